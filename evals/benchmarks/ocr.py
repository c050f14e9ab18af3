"""OCR throughput: pages per minute for a scanned PDF made on the spot, with the character accuracy of what
was read back.

    python -m evals.benchmarks.ocr [--pages 20] [--language fi] [--workers 0,1] [--out reports/bench-ocr.json]

The fixture is ``--pages`` A4 pages of known text in the language (evals/scans.py: DejaVu Serif 11 pt drawn at
300 dpi, image only, /Lang set), read by the PDF loader exactly as a sync reads it: each page rendered,
checked for ink, read by Tesseract in a pool (``--workers``: 0 is one process per core), turned when it
reads poorly. Figures per worker count: wall seconds, pages/minute, CPU seconds of the Tesseract processes,
the CPU share (CPU seconds / (wall x cores); well under 1 means other processes held the cores), mean
character accuracy and OCR confidence. The figures go to docs/BENCHMARKS.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "reports" / "bench-ocr.json"


def fixture_pages(count: int, language: str, seed: int = 19) -> list[str]:
    """``count`` pages of about 30 lines each: the language's known text and its sentences, shuffled per page."""
    from evals.scans import TEXTS

    sentences = [s.strip() + "." for s in TEXTS[language].split(". ") if s.strip()]
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        body = [TEXTS[language]]
        while sum(map(len, body)) < 1300:  # about 30 lines of 52 characters: the page holds 40
            body.append(" ".join(rng.sample(sentences, len(sentences))))
        pages.append("\n".join(body))
    return pages


def run(pages: int, language: str, workers: int) -> dict[str, Any]:
    from evals.scans import A4, Page, character_accuracy, pdf_bytes
    from ingest.loaders import load_document
    from ingest.ocr import OcrOptions

    texts = fixture_pages(pages, language)
    data = pdf_bytes([Page(t) for t in texts], size=A4, language=language)
    options = OcrOptions(workers=workers, max_pages=max(pages, 1), max_seconds=3600.0)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu0 = time.process_time()
    started = time.perf_counter()
    doc = load_document(Path(f"bench-{language}.pdf"), data, ocr=options)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime) + (time.process_time() - cpu0)
    by_page = {s.page: s for s in doc.sections}
    accuracy = [character_accuracy(text, by_page[n].text) if n in by_page else 0.0 for n, text in enumerate(texts, 1)]
    cores = options.pool_size() if workers == 0 else workers
    return {"pages": pages, "language": language, "workers": options.pool_size(), "seconds": round(wall, 1),
            "pages_per_minute": round(pages * 60 / wall, 1), "cpu_seconds": round(cpu, 1),
            "cpu_seconds_per_page": round(cpu / pages, 2),
            "cpu_share": round(cpu / (wall * max(1, min(cores, os.cpu_count() or 1))), 2),
            "mean_character_accuracy": round(sum(accuracy) / len(accuracy), 4),
            "worst_character_accuracy": round(min(accuracy), 4),
            "mean_confidence": doc.extra["ocr"]["mean_confidence"], "warnings": doc.warnings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.ocr", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20, help="pages of the scanned fixture")
    parser.add_argument("--language", choices=("fi", "sv", "en"), default="fi")
    parser.add_argument("--workers", default="0,1", help="comma-separated pool sizes (0: one per core)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    from assistant.hardware import describe

    results: dict[str, Any] = {"cpu": describe(), "load_average_at_start": os.getloadavg(),
                               "started": time.strftime("%Y-%m-%d %H:%M:%S"), "runs": []}
    for workers in (int(w) for w in args.workers.split(",") if w.strip()):
        result = run(args.pages, args.language, workers)
        results["runs"].append(result)
        print(f"{result['workers']} workers: {result['pages']} pages in {result['seconds']} s = "
              f"{result['pages_per_minute']} pages/min; {result['cpu_seconds_per_page']} CPU s a page, CPU share "
              f"{result['cpu_share']}; character accuracy mean {result['mean_character_accuracy']}, worst "
              f"{result['worst_character_accuracy']}; OCR confidence {result['mean_confidence']}", flush=True)
    results["load_average_at_end"] = os.getloadavg()
    print(f"CPU: {results['cpu']}; load average {results['load_average_at_start'][0]:.1f} at start, "
          f"{results['load_average_at_end'][0]:.1f} at end")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"figures: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
