#!/usr/bin/env bash
# Export benchmark: generates the 500×1,000 organisation (or SYNTH_ARGS) once, then runs
# `trustmap export` in every format (or FORMATS) with the release build and prints, per format,
# wall time, peak resident memory, output size, the files written and the process's own phase
# timings (import, engine, graph, reachability, findings, export).
#
#   Scripts/bench-export.sh                      # 500×1,000, all formats
#   FORMATS="neo4j-csv" SYNTH_ARGS="--accounts 50 --roles-per-account 200 --users-per-account 20" \
#     BENCH_DIR=/tmp/bench50 Scripts/bench-export.sh
#
# BENCH_DIR (default /tmp/trustmap-bench-export) keeps the generated organisation between runs;
# outputs are deleted after they are measured unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
SYNTH_ARGS=${SYNTH_ARGS:-"--accounts 500 --roles-per-account 1000 --users-per-account 50"}
FORMATS=${FORMATS:-"neo4j-csv neptune-csv opengraph graphml"}
DIR=${BENCH_DIR:-/tmp/trustmap-bench-export}
SWIFT=${SWIFT:-swift}

$SWIFT build -c release --product trustmap >/dev/null
$SWIFT build -c release --product trustmap-synth >/dev/null
BIN=$($SWIFT build -c release --show-bin-path)
mkdir -p "$DIR"
if [ ! -f "$DIR/org/org.json" ]; then
  echo "generating: trustmap-synth $SYNTH_ARGS --seed 7"
  # shellcheck disable=SC2086
  "$BIN/trustmap-synth" $SYNTH_ARGS --seed 7 --out "$DIR/org"
fi
echo "input: $(du -sm "$DIR/org" | cut -f1) MB in $(find "$DIR/org" -name '*.json' | wc -l) files"
echo "build: $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); $(nproc) cores"
for format in $FORMATS; do
  out="$DIR/out-$format"
  rm -rf "$out"
  echo "uptime: $(uptime)"
  /usr/bin/time -f "%e %M" -o "$DIR/time-$format" "$BIN/trustmap" export "$DIR/org" \
    --org "$DIR/org/org.json" --format "$format" --out "$out" --timings 2>"$DIR/log-$format"
  read -r wall rss <"$DIR/time-$format"
  size=$(du -sb "$out" | cut -f1)
  printf '%-12s wall %7.2f s   peak %6d MB   output %7d MB in %d files\n' "$format" "$wall" \
    $((rss / 1024)) $((size / 1048576)) "$(find "$out" -type f | wc -l)"
  grep -E "^trustmap export: (timing|wrote)" "$DIR/log-$format" | sed 's/^trustmap export: /    /'
  [ "${KEEP:-0}" = 1 ] || rm -rf "$out"
done
