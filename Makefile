# corrgraph — the README's quick start. Each target installs what it needs on a fresh Debian 12.
SWIFT ?= swift
SHARED ?= ../shared
BIN = .build/release/corrgraph

.PHONY: run test evaluate deps build clean bench bench-corpora fuzz fuzz-build fuzz-seeds

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

# Synthetic listings for Benchmarks/ (StageBenchmarks): 50k and 200k letters, from ../shared/bench.
bench-corpora:
	@test -d $(SHARED)/bench || { echo "bench-corpora needs $(SHARED)/bench"; exit 1; }
	@mkdir -p Benchmarks/.corpora
	python3 $(SHARED)/bench/gen_corpus.py --people 5000 --letters 50000 --seed 42 --out Benchmarks/.corpora/listing-50k
	python3 $(SHARED)/bench/gen_corpus.py --people 20000 --letters 200000 --seed 5 --out Benchmarks/.corpora/listing-200k

# Stage benchmarks (read, extract, resolve, graph, each centrality measure) on those listings.
bench: bench-corpora
	cd Benchmarks && $(SWIFT) package benchmark --target StageBenchmarks

# Fuzzing (docs/fuzzing.md): libFuzzer with the address sanitizer, in the separate package Fuzz/, so
# neither `make build` nor `make test` compiles it. Each target runs FUZZ_SECONDS, FUZZ_PARALLEL at a time.
FUZZ_SECONDS ?= 600
FUZZ_PARALLEL ?= 1
FUZZ_TARGETS ?= FuzzListing FuzzHTML FuzzCSV FuzzJSONLines FuzzCMIF FuzzExtract FuzzDOT

fuzz-build: deps
	cd Fuzz && for t in $(FUZZ_TARGETS); do \
	  $(SWIFT) build -c release --sanitize address --sanitize fuzzer --product $$t || exit 1; done

# Seeds from the test fixtures and ../shared's corpora, written to the git-ignored Fuzz/.seeds.
fuzz-seeds:
	rm -rf Fuzz/.seeds
	python3 scripts/fuzz_seeds.py --shared $(SHARED) --out Fuzz/.seeds

fuzz: fuzz-build fuzz-seeds
	@printf '%s\n' $(FUZZ_TARGETS) | FUZZ_SECONDS=$(FUZZ_SECONDS) xargs -P $(FUZZ_PARALLEL) -n 1 scripts/fuzz.sh

clean:
	rm -rf .build
