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

    from assistant.factory import make_store
    from assistant.hardware import embedding_precision
    from ingest.sync import Progress, Syncer

    store = make_store(settings)
    bar = None
    chunks_done = 0

    def on_plan(total: int) -> None:
        nonlocal bar
        if not args.no_progress:
            bar = tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)

    def on_chunks(n: int) -> None:
        nonlocal chunks_done
        chunks_done += n
        if bar is not None:
            elapsed = max(bar.format_dict["elapsed"], 1e-6)
            bar.set_postfix(chunks=chunks_done, chunks_per_s=f"{chunks_done / elapsed:.1f}", refresh=True)

    def on_done(source: str, outcome: str) -> None:
        if bar is not None:
            bar.update(1)

    def on_file(source: str) -> None:
        if bar is not None:
            bar.set_description(source[-40:])

    report = Syncer(store, settings).sync(
        args.paths, Progress(on_plan=on_plan, on_file=on_file, on_chunks=on_chunks, on_done=on_done),
        prune=not args.no_prune,
    )
    if bar is not None:
        bar.close()
    if args.json:
        print(json.dumps({"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
                          "removed": report.removed, "failed": [{"source": s, "reason": r} for s, r in report.failed],
                          "skipped": [{"source": s, "reason": r} for s, r in report.skipped],
                          "chunks": report.chunks, "seconds": round(report.seconds, 3)}, ensure_ascii=False))
    else:
        for source, reason in report.failed:
            print(f"FAILED {source}: {reason}", file=sys.stderr)
        for source, reason in report.skipped:
            print(f"skipped {source}: {reason}", file=sys.stderr)
        for source in report.removed:
            print(f"removed {source}", file=sys.stderr)
        rate = (f", {report.chunks / report.seconds:.1f} chunks/s (precision "
                f"{embedding_precision(settings.embedding_precision)}; `assistant doctor` says why)"
                if report.chunks and report.seconds else "")
        print(f"{report.summary()}{rate}")
    return 0 if report.ok else 1
