"""Ingest throughput (chunks/s, model tokens/s) next to the bare model's encode speed, and re-sync time.

A fresh store syncs a fixed sample of knowledge/ (the English practice guides, ~100 chunks) with
the configured model; the same texts are then encoded by the bare model, so the difference is
what chunking, Chroma and the catalog cost. Peak memory is the process's high-water mark (VmHWM)
with the model loaded. Re-sync: the same sample, and every further store given, synced again
unchanged (only file sizes and times are compared; nothing is read or embedded).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from assistant.hardware import embedding_precision
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SAMPLE = "practice/*.en.md"


def memory_kb(pid: int | str = "self") -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, in kB, from /proc (Linux)."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


def run(settings: Settings, resync_stores: list[tuple[Settings, Path]], log=None) -> dict[str, Any]:
    from assistant.factory import make_store
    from ingest.sync import Syncer

    log = log or _log

    home = settings.home / "bench" / "ingest"
    if home.exists():
        shutil.rmtree(home)  # a fresh store every run: this measures first ingestion
    folder = home / "sample"
    for path in sorted((REPO / "knowledge").glob(SAMPLE)):
        target = folder / path.relative_to(REPO / "knowledge")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    # No passage memo: this measures the model at work, not vectors this process happens to remember.
    sample_settings = settings.model_copy(update={"home": home / "store", "embedding_memo_passages": 0})
    store = make_store(sample_settings)
    embedder = store.embedder.load()
    embedder.embed_documents(["warm-up: load the model and its kernels"])
    before = memory_kb()
    cpu0 = time.process_time()
    report = Syncer(store, sample_settings).sync([folder])
    ingest_cpu = time.process_time() - cpu0
    after_ingest = memory_kb()
    chunks = list(store.catalog.all_chunks())
    texts = [c.embedding_text() for c in chunks]
    tokens = embedder.count_tokens(texts)
    t0, cpu0 = time.perf_counter(), time.process_time()
    embedder.embed_documents(texts)
    bare, bare_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    t0 = time.perf_counter()
    again = Syncer(store, sample_settings).sync([folder])
    resync_sample = time.perf_counter() - t0
    edit = _edit_and_resync(store, sample_settings, folder, log)
    result: dict[str, Any] = {
        "documents": len(report.added), "chunks": len(chunks), "model_tokens": tokens,
        "ingest_seconds": round(report.seconds, 2),
        "ingest_chunks_per_s": round(len(chunks) / report.seconds, 2),
        "ingest_tokens_per_s": round(tokens / report.seconds, 1),
        "bare_encode_seconds": round(bare, 2),
        "bare_chunks_per_s": round(len(chunks) / bare, 2),
        "bare_tokens_per_s": round(tokens / bare, 1),
        "ingest_share_in_model": round(bare / report.seconds, 3),
        # CPU share = process CPU seconds / (wall seconds x cores): well under 1 means other processes
        # took the cores, and the wall-clock rates above are then too low for this machine.
        "ingest_cpu_share": round(ingest_cpu / (report.seconds * (os.cpu_count() or 1)), 2),
        "bare_cpu_share": round(bare_cpu / (bare * (os.cpu_count() or 1)), 2),
        "rss_before_ingest_mb": round(before.get("VmRSS", 0) / 1024),
        "peak_rss_mb": round(after_ingest.get("VmHWM", 0) / 1024),
        "model": embedder.name, "precision": embedding_precision(settings.embedding_precision),
        "batch_size": settings.embedding_batch_size,
        "resync": [{"what": f"sample ({len(chunks)} chunks)", "seconds": round(resync_sample, 3),
                    "unchanged": len(again.unchanged), "re-embedded": len(again.added) + len(again.updated)}],
    }
    result["edit_resync"] = edit
    log(f"ingest: {len(chunks)} chunks in {report.seconds:.1f} s ({result['ingest_chunks_per_s']} chunks/s); "
        f"bare model {result['bare_chunks_per_s']} chunks/s")
    for store_settings, documents in resync_stores:
        if not store_settings.catalog_path.is_file():
            continue
        other = make_store(store_settings)
        t0 = time.perf_counter()
        rep = Syncer(other, store_settings).sync([documents])
        seconds = time.perf_counter() - t0
        result["resync"].append({"what": f"{documents.name}/ ({other.catalog.count_chunks()} chunks)",
                                 "seconds": round(seconds, 3), "unchanged": len(rep.unchanged),
                                 "re-embedded": len(rep.added) + len(rep.updated)})
        log(f"re-sync {documents}: {seconds:.2f} s ({len(rep.unchanged)} unchanged)")
    return result


def _edit_and_resync(store, settings: Settings, folder: Path, log) -> dict[str, Any]:
    """Append two words to one line of the sample's longest document and re-sync: how many passages are
    embedded again (the unchanged ones keep their stored vectors) and how long it takes."""
    from ingest.sync import Syncer

    longest = max(store.documents(), key=lambda r: r.chunks)
    path = folder / longest.source
    lines = path.read_text(encoding="utf-8").splitlines()
    line = max(i for i, text in enumerate(lines) if len(text.split()) > 8)
    lines[line] += " (edited)"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    embedded: list[str] = []
    real = store.embedder.embed_documents
    store.embedder.embed_documents = lambda texts: embedded.extend(texts) or real(texts)
    try:
        t0 = time.perf_counter()
        report = Syncer(store, settings).sync([folder])
        seconds = time.perf_counter() - t0
    finally:
        del store.embedder.embed_documents
    log(f"one-line edit of {longest.source} ({longest.chunks} chunks): {len(embedded)} passage(s) embedded, "
        f"{seconds:.1f} s")
    return {"document": longest.source, "chunks": longest.chunks, "passages_embedded": len(embedded),
            "seconds": round(seconds, 2), "updated": report.updated}


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
