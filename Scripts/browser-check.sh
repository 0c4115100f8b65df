#!/usr/bin/env bash
# Loads a Trustmap report in headless Chromium: fails on any console error, exception or CSP
# violation, runs the page's #selftest (search filters the principals table, sort works) and
# saves a screenshot (+ a print-media screenshot next to it).
# Usage: Scripts/browser-check.sh REPORT.html SCREENSHOT.png
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT.html SCREENSHOT.png" >&2
  exit 64
fi
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
  echo "SKIPPED: chromium not installed (apt-get install -y chromium)"
  exit 0
fi
exec python3 "$(dirname "$0")/browser_check.py" "$browser" "$1" "$2"
