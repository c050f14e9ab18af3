"""A small, fast run of the eval harness: a few knowledge/ documents, their dev questions, refusals.

Guards against regressions in retrieval, answering and refusal with the real model (about a
minute: ~35 chunks embedded). The full figures come from `assistant eval` (docs/EVALUATION.md).
The documents are a guide in fi, sv and en and a training case in English: their dev questions are of every kind
(answerable, cross-lingual, a follow-up, two situations). The child welfare act's guide, used before, cost
40 % more CPU time (228 s against 160 s on 2 cores, AMD EPYC avx2, torch fp32) in the suite's longest test.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evals.datasets import Dataset, load_dataset
from evals.harness import evaluate
from evals.pipelines import Bm25Pipeline, DefaultPipeline, OursPipeline, build_store, ours_settings
from evals.report import write_report

REPO = Path(__file__).resolve().parents[1]
# The case's English version alone: its two dev questions (one a Finnish follow-up) expect it, and its Finnish and
# Swedish versions only added 18 chunks to embed (about 30 s of the test on one of 2 cores).
DOCUMENTS = [*(f"practice/talking-with-a-child.{language}.md" for language in ("en", "fi", "sv")),
             "practice-records/case-07-missing-from-care.en.md"]
OUT_OF_SCOPE = 4


@pytest.mark.slow
def test_eval_harness_on_a_small_store(settings, tmp_path: Path):
    from assistant.pipeline import Assistant

    folder = tmp_path / "knowledge"
    for relative in DOCUMENTS:
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "knowledge" / relative, folder / relative)
    dev = load_dataset("dev", documents=folder)
    # Plainly out-of-scope questions; the near-topic ones need the whole knowledge base to judge.
    dev = Dataset(dev.name, [q for q in dev.questions if q.kind != "near-topic"], dev.documents, dev.description)
    dataset = dev.subset(set(DOCUMENTS), out_of_scope=OUT_OF_SCOPE)
    assert len(dataset.questions) >= 8 + OUT_OF_SCOPE

    # Without the sentence pass (``assistant/store/sentences.py``): it would embed the store's ~300 sentences, half a
    # minute of `make test`; tests/test_sentence_vectors.py covers it, `assistant eval` runs it. Without the glossary's
    # query expansion: these questions are in fi, sv and en, which it never expands, and its warm-up (nine languages'
    # dictionaries, 8-25 s on one thread) would only lengthen the suite's longest test; tests/test_glossary.py and
    # tests/test_asker_languages.py cover it.
    ours = ours_settings(settings, dataset).model_copy(update={"sentence_vectors": False, "query_expansion": False})
    store = build_store(ours, dataset)
    assert store.catalog.count_chunks() <= 70, "keep the smoke store small: embedding time is the test's cost"
    pipelines = [OursPipeline(Assistant(ours, store)), Bm25Pipeline(ours, store), DefaultPipeline(settings, dataset)]
    run = evaluate(dataset, pipelines, {"smoke": True})
    paths = write_report(run, tmp_path / "report", failures=[])

    figures = {r.name: r.summary for r in run.runs}
    mine = figures["ours"]
    assert mine["hit@5_source"] >= 0.9
    assert mine["hit@5_locator"] >= 0.7
    assert mine["mrr_locator"] >= 0.5
    assert mine["refusal_recall"] == 1.0, "every out-of-scope question must be refused"
    assert mine["answerable_refused"] <= 0.15  # at most one of the 8 (dev has 2 of 81 refused)
    assert mine["citation_support"] == 1.0, "an extractive answer quotes its cited passage"
    assert mine["language_match"] == 1.0
    assert mine["key_fact_recall"] >= 0.4
    assert mine["hit@5_locator"] >= figures["default"]["hit@5_locator"]
    # The reports are written and carry the evidence.
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert set(data["figures"]) == {"ours", "bm25", "default"}
    assert len(data["answers"]["ours"]) == len(dataset.questions)
    assert "ours / default" in paths["markdown"].read_text(encoding="utf-8")
    assert "<table>" in paths["html"].read_text(encoding="utf-8")
