"""Answer latency of the extractive default at 1,000, 10,000 and 100,000 chunks (synthetic scale-up).

Embedding 100,000 chunks with the real model would take days here, so the store is filled with
synthetic chunks made from real ones: each takes a real chunk's vector plus small Gaussian noise
(renormalised; cosine ~0.9 to the original) and a made-up text (the original's words shuffled, a
fifth of them swapped for words from elsewhere in the knowledge base), in documents of 25 chunks.
They are written through the public write path of the store (``VectorIndex.add_embedded`` and
``Catalog.publish``), so Chroma's HNSW index and the SQLite keyword index grow exactly as with real
documents. Queries are the dev set's questions, answered by ``Assistant.ask`` with the real model
(query embedding included), one after another. Each size has its own store under
``<home>/bench/scale-<size>``, reused by later runs.
"""

from __future__ import annotations

import os
import random
import sys
import time
from typing import Any

import numpy as np

from assistant.documents import Chunk, DocumentRecord
from assistant.settings import Settings
from assistant.store.catalog import now_iso
from evals.metrics import percentile

CHUNKS_PER_DOCUMENT = 25
NOISE = 0.0175  # per-dimension sigma: |noise| ~ 0.48 for 768 dimensions, cosine to the original ~0.9
META_KEY = "synthetic_chunks"


def real_chunks(store) -> tuple[list[Chunk], np.ndarray]:
    """The chunks of a real store and their vectors (read from the Chroma collection)."""
    chunks = list(store.catalog.all_chunks())
    got = store.vectors._db._collection.get(ids=[c.chunk_id for c in chunks], include=["embeddings"])
    by_id = dict(zip(got["ids"], got["embeddings"]))
    kept = [c for c in chunks if c.chunk_id in by_id]
    return kept, np.array([by_id[c.chunk_id] for c in kept], dtype=np.float32)


def grow(store, base: list[Chunk], vectors: np.ndarray, target: int, log=None) -> float:
    """Add synthetic chunks until the store holds ``target``; return the seconds it took."""
    log = log or _log
    have = int(store.catalog.get_meta(META_KEY) or 0)
    if have >= target:
        return 0.0
    rng = np.random.default_rng(have)
    shuffle = random.Random(have)
    vocabulary = [w for c in base for w in c.text.split()]
    started = time.perf_counter()
    while have < target:
        doc = have // CHUNKS_PER_DOCUMENT
        count = min(CHUNKS_PER_DOCUMENT, target - have)
        originals = [base[(have + i) % len(base)] for i in range(count)]
        language = originals[0].language
        source = f"synthetic/doc-{doc:06d}.{language}.md"
        version = f"{doc:016d}"
        chunks = []
        for i, original in enumerate(originals):
            words = original.text.split()
            shuffle.shuffle(words)
            for j in range(0, len(words), 5):
                words[j] = shuffle.choice(vocabulary)
            chunks.append(Chunk(source=source, version=version, ordinal=i, text=" ".join(words),
                                locator=f"Section {i + 1}", title=f"Synthetic document {doc}", language=language,
                                doc_type="guide"))
        noisy = vectors[[(have + i) % len(base) for i in range(count)]] + rng.normal(0, NOISE, (count, vectors.shape[1]))
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        store.vectors.add_embedded(chunks, noisy.astype(np.float32).tolist())
        record = DocumentRecord(source=source, version=version, title=chunks[0].title, language=language,
                                doc_type="guide", chunks=len(chunks), ingested_at=now_iso(), path="", extra={})
        store.catalog.publish(record, chunks)
        have += count
        if have % 10_000 == 0:
            store.catalog.set_meta(META_KEY, str(have))
            log(f"  synthetic store: {have} chunks ({time.perf_counter() - started:.0f} s)")
    store.catalog.set_meta(META_KEY, str(have))
    return time.perf_counter() - started


def run(settings: Settings, source_store, questions: list, scales: list[int], log=None) -> dict[str, Any]:
    from assistant.factory import make_store
    from assistant.pipeline import Assistant

    log = log or _log

    base, vectors = real_chunks(source_store)
    log(f"scale-up from {len(base)} real chunks of {source_store.settings.home}")
    results = []
    for target in sorted(scales):
        # One store per size, kept for later runs (building 100,000 chunks takes minutes).
        scale_settings = settings.model_copy(update={"home": settings.home / "bench" / f"scale-{target}",
                                                     "collection": "synthetic"})
        store = make_store(scale_settings)
        build = grow(store, base, vectors, target, log)
        assistant = Assistant(scale_settings, store)
        assistant.ask(questions[0].question)  # warm-up: model, Chroma segments, SQLite pages
        seconds, stages = [], {"embed": [], "search": [], "generate": []}
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for q in questions:
            t0 = time.perf_counter()
            answer = assistant.ask(q.question, history=q.history or None, filters=q.filters)
            seconds.append(time.perf_counter() - t0)
            for key in stages:
                if key in answer.timings:
                    stages[key].append(answer.timings[key])
        cpu_share = (time.process_time() - cpu0) / ((time.perf_counter() - wall0) * (os.cpu_count() or 1))
        row = {"chunks": store.catalog.count_chunks(), "build_seconds": round(build, 1), "questions": len(seconds),
               "cpu_share": round(cpu_share, 2),
               "p50_s": round(percentile(seconds, 50), 4), "p95_s": round(percentile(seconds, 95), 4),
               **{f"{k}_p{q}_s": round(percentile(v, q), 4) for k, v in stages.items() if v for q in (50, 95)}}
        results.append(row)
        log(f"  {row['chunks']} chunks: p50 {row['p50_s']} s, p95 {row['p95_s']} s "
            f"(embed p50 {row.get('embed_p50_s')} s, search p50 {row.get('search_p50_s')} s)")
    return {"scales": results, "noise_sigma": NOISE, "base_chunks": len(base)}


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
