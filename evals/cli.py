"""``assistant eval``: run the pipelines over a dataset, write the reports, check the thresholds.

Exit status: 0 when our pipeline's figures are within ``evals/thresholds.toml``, 1 when one is
not (or on an error).

``--dataset privacy`` measures the personal-data detector instead (``evals/privacy.py``), and
``--dataset safety`` the immediate-danger detector (``evals/safety.py``): no pipeline, no store, only
``--report`` and ``--thresholds`` apply. ``--dataset all`` (``make eval``) runs those two and every
dataset that has thresholds, one report folder each under ``--report``, and exits 1 if any is below;
a dataset whose documents are not beside the checkout (../shared/corpus) is skipped and said so.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.settings import Settings
from evals.pipelines import PIPELINES


def register(sub: argparse._SubParsersAction) -> object:
    parser = sub.add_parser(
        "eval", help="evaluate retrieval, answers, citations and refusal against two baselines",
        description="Answer every question of a dataset with our pipeline and the baselines (BM25 only; "
                    "LangChain 1000/200 + Chroma + all-MiniLM-L6-v2), write Markdown, HTML and JSON reports, "
                    "and exit 1 if our figures are below evals/thresholds.toml. Stores are cached under "
                    "ASSISTANT_HOME/eval-cache (one per documents folder), so a rerun does not re-embed.")
    parser.add_argument("--dataset", default="dev",
                        help="dev, corpus, amendments (questions on amended statute sections), another folder "
                             "name under evals/datasets/, or a path (default: dev); "
                             "privacy measures the personal-data detector, safety the immediate-danger detector "
                             "(for these two only --report and --thresholds apply); all: the two detectors and "
                             "every dataset with thresholds (what `make eval` runs)")
    parser.add_argument("--report", type=Path, default=None,
                        help="folder for the reports (default: reports/eval-DATASET)")
    parser.add_argument("--pipelines", default=",".join(PIPELINES),
                        help=f"comma-separated, from {', '.join(PIPELINES)} (default: all)")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N questions (mixed kinds)")
    parser.add_argument("--home", type=Path, default=None,
                        help="the eval's home, holding its store cache (default: ASSISTANT_HOME)")
    parser.add_argument("--documents", type=Path, default=None,
                        help="the folder the questions are about (default: from the dataset's dataset.toml)")
    parser.add_argument("--thresholds", type=Path, default=None, help="thresholds file (default: evals/thresholds.toml)")
    parser.add_argument("--dev-only", action="store_true",
                        help="privacy: score the dev sets only (while tuning; the held-out sets are run once, at the end)")
    parser.add_argument("--show-answers", action="store_true",
                        help="write a held-out set's questions, answers and misses into its report too (withheld by "
                        "default: its dataset.toml says held_out = true)")
    parser.add_argument("--show-errors", action="store_true",
                        help="privacy, safety: write the held-out sets' per-message errors too (withheld by default, so that "
                        "nobody tunes on a set that is held out)")
    return run


DETECTORS = ("safety", "privacy")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.dataset == "all":
        return run_all(args, settings)
    if args.dataset == "privacy":
        from evals import privacy

        return privacy.run(args.report, args.thresholds, dev_only=args.dev_only,
                           show_errors=args.show_errors)
    if args.dataset == "safety":
        from evals import safety

        return safety.run(args.report, args.thresholds, show_errors=args.show_errors)

    from tqdm import tqdm

    from evals.datasets import load_dataset
    from evals.harness import THRESHOLDS, check_run, evaluate, load_thresholds
    from evals.pipelines import make_pipelines
    from evals.report import write_report
    from assistant.hardware import embedding_precision

    if args.home is not None:
        settings = settings.model_copy(update={"home": args.home.expanduser().resolve()})
    dataset = load_dataset(args.dataset, args.documents).limited(args.limit)
    names = [n.strip() for n in args.pipelines.split(",") if n.strip()]
    limits = load_thresholds(args.thresholds or THRESHOLDS, dataset.name)
    print(f"dataset {dataset.name}: {len(dataset.questions)} questions over {dataset.documents}", file=sys.stderr)
    pipelines = make_pipelines(names, settings, dataset)
    bars: dict[str, tqdm] = {}

    def on_question(name: str, done: int, total: int) -> None:
        if name not in bars:
            bars[name] = tqdm(total=total, desc=name, unit="q", file=sys.stderr, leave=False)
        bars[name].update(1)

    tracked = ("top_k", "candidates_k", "keyword_weight", "max_passages_per_document", "refusal_threshold",
               "chunk_words", "chunk_overlap_sentences", "embedding_model", "embedding_precision", "answerer")
    tracked_settings = {k: getattr(settings, k) for k in tracked}
    tracked_settings["embedding_precision"] = embedding_precision(settings.embedding_precision)  # "auto" resolved
    result = evaluate(dataset, pipelines, tracked_settings, on_question)
    for bar in bars.values():
        bar.close()
    ours = result.run("ours")
    failures = check_run(ours.scored, limits) if ours else []
    folder = args.report or Path("reports") / f"eval-{dataset.name}"
    paths = write_report(result, folder, failures if ours else None,
                         withhold=dataset.held_out and not args.show_answers)
    for r in result.runs:
        f = r.summary
        print(f"{r.name:8} hit@5 source {_f(f['hit@5_source'])}  hit@5 section {_f(f['hit@5_locator'])}  "
              f"key facts {_f(f['key_fact_recall'])}  steps {_f(f['steps_covered'])}  citation support {_f(f['citation_support'])}  "
              f"refused: out-of-scope {_f(f['refusal_recall'])}, answerable {_f(f['answerable_refused'])}  "
              f"p95 {_f(f['latency_p95_s'])} s"
              + (f"  newest wording cited {_f(f['newest_cited'])}, quoted {_f(f['newest_quoted'])}, "
                 f"older flagged {_f(f['older_flagged'])}"
                 if f.get("newest_cited") is not None else ""))
    print(f"report: {paths['markdown']} and {paths['html']} (data: {paths['json']})")
    if not ours:
        print("thresholds not checked: they apply to the 'ours' pipeline", file=sys.stderr)
        return 0
    for failure in failures:
        print(f"BELOW THRESHOLD: {failure}", file=sys.stderr)
    return 1 if failures else 0


def thresholded_datasets(thresholds: Path | None = None) -> list[str]:
    """The datasets ``--dataset all`` runs: the detectors, then every folder under evals/datasets/ that
    has a table in the thresholds file, in the file's order."""
    import tomllib

    from evals.datasets import DATASETS_DIR
    from evals.harness import THRESHOLDS

    with open(thresholds or THRESHOLDS, "rb") as f:
        tables = list(tomllib.load(f))
    return [*DETECTORS, *[n for n in tables if n not in DETECTORS and (DATASETS_DIR / n).is_dir()]]


def run_all(args: argparse.Namespace, settings: Settings) -> int:
    from evals.datasets import DatasetError, load_dataset

    root = args.report or Path("reports") / "eval-all"
    outcome: dict[str, str] = {}
    for name in thresholded_datasets(args.thresholds):
        print(f"\n== {name}", file=sys.stderr)
        one = argparse.Namespace(**{**vars(args), "dataset": name, "report": root / name, "documents": None})
        try:
            documents = None if name in DETECTORS else load_dataset(name).documents
            if documents is not None and not documents.is_dir():
                outcome[name] = f"skipped: its documents ({documents}) are not here"
                continue
            status = run(one, settings)
        except DatasetError as exc:
            outcome[name] = f"failed: {exc}"
            continue
        outcome[name] = "within thresholds" if status == 0 else "BELOW THRESHOLDS"
    print("\nassistant eval --dataset all:")
    for name, said in outcome.items():
        print(f"  {name:28} {said}  ({root / name})")
    return 1 if any(said == "BELOW THRESHOLDS" or said.startswith("failed") for said in outcome.values()) else 0


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
