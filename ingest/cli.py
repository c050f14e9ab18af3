"""``assistant ingest PATH...``: sync files and folders, with a progress bar and a summary."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.settings import Settings


def register(sub: argparse._SubParsersAction) -> object:
    parser = sub.add_parser("ingest", help="sync files and folders into the index",
                            description="Add new files, re-embed changed ones, skip unchanged ones and remove "
                                        "files gone from a synced folder. Exit status 1 if any file failed.")
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders")
    parser.add_argument("--no-prune", action="store_true", help="keep documents whose files are gone")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return run


def run(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from assistant.documents import ocr_summary
    from assistant.factory import make_store
    from assistant.hardware import embedding_precision
    from assistant.indexing import IndexingStatus, describe
    from ingest.sync import Progress, Syncer, status_progress

    store = make_store(settings)
    status = IndexingStatus()
    tracked = status_progress(status)
    bar = None
    steps = 1000  # the bar counts thousandths of the work: bytes of the files to read, chunks within a file

    def refresh(source: str = "") -> None:
        if bar is None:
            return
        now = status.snapshot()
        if source:
            bar.set_description(source[-40:])
        bar.n = int(now.fraction * steps)
        bar.set_postfix_str(describe(now), refresh=True)

    def on_estimate(sizes: dict[str, int]) -> None:
        nonlocal bar
        tracked.on_estimate(sizes)
        if not args.no_progress and sizes:
            bar = tqdm(total=steps, file=sys.stderr, dynamic_ncols=True, leave=False,
                       bar_format="{desc} {percentage:3.0f}%|{bar}| [{elapsed}] {postfix}")

    def on_file(source: str) -> None:
        tracked.on_file(source)
        refresh(source)

    def on_chunks(n: int) -> None:
        tracked.on_chunks(n)
        refresh()

    def on_done(source: str, outcome: str) -> None:
        tracked.on_done(source, outcome)
        refresh()

    def on_pages(done: int, total: int) -> None:  # a scanned PDF being read with OCR
        if bar is not None:
            bar.set_postfix_str(f"{describe(status.snapshot())}, OCR {done}/{total} pages", refresh=True)

    status.start()
    report = Syncer(store, settings).sync(
        args.paths, Progress(on_estimate=on_estimate, on_file=on_file, on_chunks_planned=tracked.on_chunks_planned,
                             on_chunks=on_chunks, on_done=on_done, on_pages=on_pages),
        prune=not args.no_prune,
    )
    status.finish()
    if bar is not None:
        bar.close()
    sentences = fill_sentences(store, show=not args.no_progress)
    if args.json:
        print(json.dumps({"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
                          "removed": report.removed, "failed": [{"source": s, "reason": r} for s, r in report.failed],
                          "skipped": [{"source": s, "reason": r} for s, r in report.skipped],
                          "warnings": [{"source": s, "warning": w} for s, w in report.warnings],
                          "ocr": report.ocr,
                          "chunks": report.chunks, "seconds": round(report.seconds, 3),
                          "sentences": sentences}, ensure_ascii=False))
    else:
        for source, reason in report.failed:
            print(f"FAILED {source}: {reason}", file=sys.stderr)
        for source, reason in report.skipped:
            print(f"skipped {source}: {reason}", file=sys.stderr)
        for source, warning in report.warnings:
            print(f"WARNING {source}: {warning}", file=sys.stderr)
        for source in report.removed:
            print(f"removed {source}", file=sys.stderr)
        for source, warning in report.warnings:
            print(f"warning {source}: {warning}", file=sys.stderr)
        for source, facts in report.ocr.items():
            print(f"OCR {source}: {ocr_summary(facts)}", file=sys.stderr)
        embedder = store.embedder
        runs_on = embedder.runs_on if getattr(embedder, "is_loaded", True) else \
            f"precision {embedding_precision(settings.embedding_precision)}"
        rate = (f", {report.chunks / report.seconds:.1f} chunks/s ({runs_on}; `assistant doctor` says why)"
                if report.chunks and report.seconds else "")
        print(f"{report.summary()}{rate}")
    return 0 if report.ok else 1



def fill_sentences(store, show: bool = True) -> int:
    """``ingest.background.fill_sentences`` with a progress bar on stderr (unless not ``show``)."""
    from tqdm import tqdm

    from ingest.background import fill_sentences as fill

    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if show and bar is None:
            bar = tqdm(total=total, file=sys.stderr, dynamic_ncols=True, leave=False, desc="sentences",
                       unit="sentence")
        if bar is not None:
            bar.n = done
            bar.refresh()
            if done >= total:
                bar.close()  # before the summary line

    try:
        return fill(store, progress)
    finally:
        if bar is not None:
            bar.close()
