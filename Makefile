# make run  : set everything up and start the assistant on the shipped knowledge base
# make test : set everything up and run the tests
# make bench: run the benchmarks (figures go to docs/BENCHMARKS.md by hand)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: setup model knowledge run chat test browser bench eval clean

setup: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, from the CPU build on local disk; otherwise pip would fetch a multi-GB CUDA build.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --disable-pip-version-check -q torch==2.13.0
	$(BIN)/pip install --disable-pip-version-check -q -e '.[test]'
	touch $(STAMP)

model: $(STAMP)
	$(BIN)/assistant prepare-model

knowledge: model
	$(BIN)/assistant ingest knowledge/

run: knowledge
	ASSISTANT_KNOWLEDGE_DIR=$${ASSISTANT_KNOWLEDGE_DIR:-$(CURDIR)/knowledge} $(BIN)/assistant serve

chat: knowledge
	$(BIN)/assistant chat

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "browser tests need Debian's chromium: sudo apt-get install chromium"; fi; }

test: model browser
	$(BIN)/python -m pytest -q

eval: knowledge
	$(BIN)/assistant eval

bench: model
	$(BIN)/python -m evals.benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
