"""``python -m evals.benchmarks`` (``make bench``): every benchmark, figures printed and saved as JSON.

    python -m evals.benchmarks [--only ingest,scale,serve,embedding,fuzz,crash,load,ocr] [--scales 1000,10000,100000]
                               [--home DIR] [--out reports/bench.json]

- ingest: throughput against the bare model, peak memory, re-sync of unchanged stores;
- scale: answer latency of the extractive default at 1k/10k/100k chunks (synthetic scale-up);
- serve: peak memory of ``assistant serve``;
- embedding: ``evals.benchmarks.embedding`` (precision x batch size), with its own report;
- fuzz: ``evals.benchmarks.fuzz``, mutated files of every format fed to the loaders (about 6 min);
- crash: ``evals.benchmarks.crash``, 20 SIGKILLs of ``assistant ingest`` and queries during re-syncs;
- load: ``evals.benchmarks.load``, 20 chat sessions for 120 s against one ``assistant serve``, then
  against two sharing a Chroma server;
- ocr: ``evals.benchmarks.ocr``, pages/minute reading a 20-page scanned PDF with Tesseract (needs ``make ocr``).

State goes under ASSISTANT_HOME (or --home)/bench; the real stores of ``assistant eval``
(ASSISTANT_HOME/eval-cache) are used for re-sync timing and as the source of real vectors when they
exist. The figures go to docs/BENCHMARKS.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from assistant.hardware import embedding_precision, this_cpu

REPO = Path(__file__).resolve().parents[2]
PARTS = ("ingest", "scale", "serve", "embedding", "fuzz", "crash", "load", "ocr")
# Benchmarks that run as their own process: the fuzzer caps its address space, the crash benchmark
# kills ingest processes, the load benchmark starts servers, the OCR one counts
# its Tesseract processes' CPU time. Each writes its own JSON report.
SEPARATE = {"fuzz": ["--examples", "500", "--seconds", "350"], "crash": ["--kills", "20"],
            "load": ["--sessions", "20", "--seconds", "120", "--servers", "1,2"], "ocr": ["--pages", "20"]}


def machine() -> dict[str, str]:
    cpu = this_cpu()
    return {"python": platform.python_version(), "cpus": str(os.cpu_count()), "Model name": cpu.model,
            "Flags": " ".join(cpu.shown_flags)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated from {', '.join(PARTS)}")
    parser.add_argument("--scales", default="1000,10000,100000", help="store sizes for the latency benchmark")
    parser.add_argument("--home", type=Path, default=None, help="state folder (default: ASSISTANT_HOME)")
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "bench.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

    from assistant.cli import configure_logging
    from assistant.factory import make_store
    from assistant.settings import load_settings
    from evals.datasets import load_dataset
    from evals.pipelines import ours_settings

    configure_logging(0)
    settings = load_settings(**({"home": args.home} if args.home else {}))
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    results: dict = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                     "settings": {"embedding_model": settings.embedding_model,
                                  "embedding_precision": embedding_precision(settings.embedding_precision),
                                  "embedding_batch_size": settings.embedding_batch_size,
                                  "chunk_words": settings.chunk_words, "top_k": settings.top_k}}
    datasets = {name: load_dataset(name) for name in ("dev", "corpus")}
    eval_stores = {name: ours_settings(settings, d) for name, d in datasets.items()}
    if "ingest" in parts:
        from evals.benchmarks import ingest

        results["ingest"] = ingest.run(settings, [(eval_stores[n], datasets[n].documents) for n in ("dev", "corpus")])
    if "scale" in parts:
        from evals.benchmarks import scale

        source = eval_stores["dev"] if eval_stores["dev"].catalog_path.is_file() else \
            settings.model_copy(update={"home": settings.home / "bench" / "ingest" / "store"})
        if not source.catalog_path.is_file():
            print("scale: no store with real vectors yet; run the ingest part (or `assistant eval`) first",
                  file=sys.stderr)
        else:
            questions = [q for q in datasets["dev"].questions]
            results["scale"] = scale.run(settings, make_store(source), questions,
                                         [int(s) for s in args.scales.split(",")])
    if "serve" in parts:
        from evals.benchmarks import serve

        store = eval_stores["dev"] if eval_stores["dev"].catalog_path.is_file() else settings
        results["serve"] = serve.run(store)
    if "embedding" in parts:
        from evals.benchmarks import embedding

        status = embedding.main(["--quiet"])
        results["embedding"] = {"exit_status": status, "report": str(embedding.DEFAULT_OUT)}
    for part, options in SEPARATE.items():
        if part in parts:
            out = args.out.parent / f"bench-{part}.json"
            command = [sys.executable, "-m", f"evals.benchmarks.{part}", *options, "--out", str(out)]
            if part in ("crash", "load") and args.home:
                command += ["--home", str(args.home)]
            status = subprocess.run(command, cwd=REPO).returncode
            results[part] = {"exit_status": status, "report": str(out)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in results.items() if k != "machine"}, indent=1, ensure_ascii=False))
    print(f"figures: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
