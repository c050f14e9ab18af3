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
# Python's byte code is written once, under .venv/pycache, and read by every later process. With
# PYTHONDONTWRITEBYTECODE set (as in many images, CI's included) each process compiled its imports again:
# the stack's imports took 30-35 s instead of 16-19 s in every server and CLI that `make test` and `make run` start.
export PYTHONDONTWRITEBYTECODE :=
export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache

.PHONY: setup model model-onnx knowledge run chat test browser voikko ocr bench eval clean probes

setup: $(STAMP) voikko ocr

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, the CPU build from local disk (pip would fetch a multi-GB CUDA build if anything else asked for
# torch first). uv installs it from the folders pip's find-links name in ~6 s where pip takes ~22 s; it asks for
# the +cpu build by name, so it can never fetch the CUDA one, and pip installs torch if uv cannot. The rest with uv
# (from PyPI), which installs it in ~15 s where pip takes ~3 min on a fresh clone; pip if uv cannot.
TORCH_LINKS = $(addprefix --find-links ,$(sort $(PIP_FIND_LINKS) $(shell $(BIN)/pip config get global.find-links 2>/dev/null)))
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --disable-pip-version-check -q uv
	$(BIN)/uv pip install --python $(BIN)/python -q $(TORCH_LINKS) 'torch==2.13.0+cpu' \
	  || $(BIN)/pip install --disable-pip-version-check -q torch==2.13.0
	$(BIN)/uv pip install --python $(BIN)/python -q -e '.[test,onnx]' \
	  || $(BIN)/pip install --disable-pip-version-check -q -e '.[test,onnx]'
	touch $(STAMP)

model: $(STAMP) voikko ocr
	$(BIN)/assistant prepare-model

# Opt-in: the model's ONNX export for ONNX Runtime and OpenVINO (3-5 minutes for EmbeddingGemma on 2 cores;
# ASSISTANT_EMBEDDING_BACKEND=auto then uses the fastest backend on this CPU, see docs/BENCHMARKS.md).
model-onnx: model
	$(BIN)/assistant prepare-model --backend onnx

knowledge: model
	$(BIN)/assistant ingest knowledge/

# Serves at once and indexes knowledge/ meanwhile (answers say how far it is); `make chat` waits for it.
run: model
	ASSISTANT_KNOWLEDGE_DIR=$${ASSISTANT_KNOWLEDGE_DIR:-$(CURDIR)/knowledge} $(BIN)/assistant serve --sync

chat: knowledge
	$(BIN)/assistant chat

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@test -x /usr/bin/chromium && test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else echo "browser tests need Debian's chromium: sudo apt-get install chromium fonts-dejavu-core"; fi; }

# Debian's Voikko (libvoikko1 and its Finnish dictionary voikko-fi): Finnish base forms and compound
# parts for keyword search (assistant/text/morphology.py). Without it Finnish falls back to simplemma.
voikko:
	@test -e /usr/lib/voikko/5/mor-standard/mor.vfst && ldconfig -p | grep -q libvoikko.so.1 || { \
	  if [ "$$(id -u)" = 0 ]; then { apt-get update -qq && apt-get install -y -qq libvoikko1 voikko-fi >/dev/null; } \
	    || echo "could not install Voikko; Finnish keyword search falls back to simplemma"; \
	  else echo "Finnish base forms need Debian's Voikko: sudo apt-get install libvoikko1 voikko-fi"; fi; }

# Debian's Tesseract with Finnish, Swedish and English (and the orientation data it brings): scanned PDF
# pages are read with it (ingest/ocr/). Without it such pages are reported, not read.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-fin tesseract-ocr-swe tesseract-ocr-eng
ocr:
	@command -v tesseract >/dev/null && test -z "$$(for l in fin swe eng osd; do tesseract --list-langs 2>/dev/null | grep -qx $$l || echo $$l; done)" || { \
	  if [ "$$(id -u)" = 0 ]; then { apt-get update -qq && apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; } \
	    || echo "could not install Tesseract; scanned PDF pages will be reported, not read"; \
	  else echo "scanned PDF pages need Debian's Tesseract: sudo apt-get install $(OCR_PACKAGES)"; fi; }

# TEST_WORKERS=N runs the tests in N pytest-xdist processes, one test file each at a time (a file's fixtures stay
# in one process), each computing with its share of the cores (tests/conftest.py). The default is one per core, at
# most 4 (each holds the embedding model): on 2 cores (AMD EPYC, AVX2 only) pytest took 408 s in one process, which
# kept the second core half idle (imports, the privacy screen and the browser are single-threaded).
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); if [ $$n -lt 2 ]; then echo 0; elif [ $$n -gt 4 ]; then echo 4; else echo $$n; fi)
test: model browser
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=15

# Every quality gate: the safety and privacy detectors and every dataset with thresholds (corpus sets when
# ../shared/corpus is beside the checkout); reports under reports/eval-all/.
eval: knowledge
	$(BIN)/assistant eval --dataset all

bench: model
	$(BIN)/python -m evals.benchmarks

# Retrain the linear probes on the question's embedding from the dev sets (each prints its cross-validation first):
# after dev questions on a new topic were added, or with another embedding model. Then run `make eval`.
probes: model
	$(BIN)/python -m evals.situations_subject --train
	$(BIN)/python -m evals.step_guides --train
	$(BIN)/python -m evals.near_topic --train
	$(BIN)/python -m evals.band_probe --train
	$(BIN)/python -m evals.safety --train

clean:
	rm -rf $(VENV) build *.egg-info
