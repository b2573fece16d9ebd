# corrgraph — the README's quick start. Each target installs what it needs on a fresh Debian 12.
SWIFT ?= swift
SHARED ?= ../shared
BIN = .build/release/corrgraph

.PHONY: run test evaluate deps build clean

# System packages: Graphviz's C libraries (libgvc with its cairo plugins for PNG and PDF).
deps:
	@if ! dpkg -s libgraphviz-dev >/dev/null 2>&1; then \
	  echo "installing libgraphviz-dev"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y libgraphviz-dev; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 toolchain not found: install it from swift.org"; exit 1; }

build: deps
	$(SWIFT) build -c release --product corrgraph

# The main job on the bundled sample corpus: writes Output/.
run: build
	$(BIN) run --output-dir Output

# The whole test suite (tests that need ../shared skip with a message where it is absent).
test: deps
	$(SWIFT) test

# Extraction scores on the sample page, the Wilson Center and FRUS dev sets and their label-preserving
# variants (unseen names, capitals, swapped document words). Needs ../shared and python3.
evaluate: build
	@test -d $(SHARED)/corpus/wilson || { echo "evaluate needs $(SHARED)/corpus/wilson"; exit 1; }
	@echo "== sample page (listing-sino-soviet-81-90.txt)"
	@$(BIN) extract --format jsonl --quiet $(SHARED)/corpus/wilson/listing-sino-soviet-81-90.txt > .build/seed-extraction.jsonl
	@python3 $(SHARED)/tools/score.py $(SHARED)/corpus/wilson/listing-sino-soviet-81-90.gold.jsonl $(SHARED)/corpus/wilson/people.json .build/seed-extraction.jsonl
	@echo "== dev sets and variants (scores on data the rules were written from)"
	@python3 scripts/evaluate.py --bin $(BIN) --shared $(SHARED) --keep .build/evaluate

clean:
	rm -rf .build
