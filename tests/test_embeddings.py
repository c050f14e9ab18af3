"""The embedder's token-length batching, and the embedding benchmark's data (passages, queries)."""

from __future__ import annotations

import math

import pytest

from tests.conftest import CORPUS

MIXED = [
    "Lapsi on otettava huostaan ja sijaishuolto järjestettävä, jos puutteet lapsen huolenpidossa tai "
    "kasvuolosuhteet uhkaavat vakavasti vaarantaa lapsen terveyttä tai kehitystä.",
    "States Parties shall protect the child from all forms of sexual exploitation.",
    "Den som har samlag med ett barn under 16 år ska för våldtäkt mot barn dömas till fängelse.",
    "Trafficking in persons",
    "Each Party shall provide in its internal law a recovery and reflection period of at least 30 days, "
    "when there are reasonable grounds to believe that the person concerned is a victim.",
]


@pytest.mark.slow
def test_batches_by_token_length_keep_input_order_and_unit_norm(embedder) -> None:
    model = embedder
    saved = model.batch_size
    try:
        model.batch_size = 2
        batched = model.embed_batch(MIXED, "document")
        model.batch_size = 1
        single = [model.embed_batch([t], "document")[0] for t in MIXED]
    finally:
        model.batch_size = saved
    assert len(batched) == len(MIXED)
    for a, b in zip(batched, single):
        assert math.isclose(sum(x * x for x in a), 1.0, abs_tol=1e-4)
        assert sum(x * y for x, y in zip(a, b)) > 0.995  # same text, same vector (padding aside)
    assert model.embed_batch([], "query") == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared reference corpus is not beside the checkout")
def test_benchmark_queries_are_cross_lingual_and_answerable() -> None:
    from evals.benchmarks.embedding import QUERIES, build_passages, load_pool

    passages = build_passages(load_pool(CORPUS), 120)
    assert 110 <= len(passages) <= 130
    assert {p.language for p in passages} == {"en", "fi", "sv"}
    assert 15 <= len(QUERIES) <= 30
    for query in QUERIES:
        answers = [p for p in passages if query.is_answer(p)]
        assert answers, query.text
        assert all(p.language != query.language for p in answers), query.text


def test_concurrent_first_use_loads_the_model_once(monkeypatch, tmp_path):
    """The UI's first questions arrive together: one load, not one per thread."""
    import threading
    import time

    from assistant.embeddings import registry
    from assistant.settings import load_settings

    loads = []

    def slow_build(settings):
        loads.append(threading.get_ident())
        time.sleep(0.2)
        return object()

    monkeypatch.setattr(registry, "build_embedder", slow_build)
    lazy = registry.LazyEmbedder(load_settings(home=tmp_path))
    threads = [threading.Thread(target=lazy.load) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(loads) == 1


def test_a_process_loads_a_model_once_for_every_store_and_eval(embedder, tmp_path):
    """Every store, eval and server in one process shares the loaded model; `fresh` (the benchmarks, which
    quantize or time the load) gets one of its own."""
    from assistant.embeddings.registry import build_embedder
    from assistant.settings import load_settings
    from assistant.store import open_store

    assert build_embedder(load_settings(home=tmp_path / "a")) is embedder
    assert open_store(load_settings(home=tmp_path / "b"), build_embedder(load_settings())).embedder is embedder
    minilm = load_settings(embedding_model="minilm")
    assert build_embedder(minilm) is build_embedder(minilm) is not build_embedder(minilm, fresh=True)
    other_limits = load_settings(embedding_model="minilm", embedding_batch_size=3)
    assert build_embedder(other_limits) is not build_embedder(minilm)
