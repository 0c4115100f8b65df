# Trustmap developer entry points. `make report` and `make test` are the README's Quick start.
SWIFT ?= swift
REPORT_DIR ?= Reports
BIN = .build/release/trustmap

.PHONY: deps build release report test lint format bench clean

# libgraphviz is the only system library we need (CGraphviz target); install it when missing.
deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
	  echo "Installing libgraphviz-dev (needed by the CGraphviz target)…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libgraphviz-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product trustmap

# Runs the main job on Samples/ and writes into Reports/.
report: release
	$(BIN) inspect Samples/ | tee $(REPORT_DIR)/samples-inspect.txt

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive --parallel Package.swift Sources Tests

clean:
	rm -rf .build
