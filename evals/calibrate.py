"""Calibration sweep of the retrieval and refusal settings on the dev set (never on the corpus set).

    python -m evals.calibrate [--dataset dev] [--home DIR] [--chunk-words 160] [--out DIR]
    python -m evals.calibrate --dataset dev-baltic --refusal-only   # the refusal tables alone

1. Retrieval grid: the fusion's reciprocal-rank constant (``assistant.retrieval.RRF_K``, set for
   the sweep only) x keyword_weight x max_passages_per_document (top_k fixed), every question
   answered by ``Assistant.ask`` with refusal off; figures from ``evals.metrics``.
2. top_k at the best grid point (the extractive answerer quotes from the first passages only,
   so top_k matters for hit@k and for LLM answerers).
3. Refusal: each question's best dense similarity (the first refusal signal) against the target
   "every out-of-scope question refused, at most 5% of answerable ones refused"; then both signals
   together: the threshold x the band below which a question with uncovered words is refused.

``--refusal-only`` skips 1 and 2 and gives the tables of 3 at the shipped retrieval settings, plus the
threshold for a situation asked in a language no document is in (issue 15: its story dilutes the match,
and so does the other language).

Query vectors are cached, so the sweep embeds each question once. ``--chunk-words`` selects
(and builds, if needed: minutes of embedding) the store chunked at that size.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import NamedTuple

from assistant.embeddings.base import Embedder, Kind
from assistant.settings import Settings, load_settings
from evals.datasets import Dataset, load_dataset
from evals.metrics import score_answer, summarize

RRF_KS = (60, 10, 3)  # assistant.retrieval.RRF_K: how much a rank difference counts in the fusion
KEYWORD_WEIGHTS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)
PER_DOCUMENT = (1, 2, 3, 4)
TOP_KS = (3, 4, 5, 6, 8, 10)
COLUMNS = ("hit@1_locator", "hit@5_locator", "mrr_locator", "mrr_source", "key_fact_recall", "answer_words")


class CachedQueries(Embedder):
    """An embedder that remembers query vectors (documents pass through)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.name, self.dimension = inner, inner.name, inner.dimension
        self.memory: dict[str, list[float]] = {}

    @property
    def vector_kind(self) -> str:
        return self.inner.vector_kind

    @property
    def runs_on(self) -> str:
        return self.inner.runs_on

    def embed_batch(self, texts: list[str], kind: Kind) -> list[list[float]]:
        if kind != "query":
            return self.inner.embed_batch(texts, kind)
        missing = [t for t in dict.fromkeys(texts) if t not in self.memory]
        if missing:
            self.memory.update(zip(missing, self.inner.embed_batch(missing, "query")))
        return [self.memory[t] for t in texts]


def run_config(store, settings: Settings, dataset: Dataset, **changes) -> dict:
    """Figures of ``Assistant.ask`` over ``dataset`` with ``changes`` applied to ``settings``."""
    from assistant.pipeline import Assistant
    from evals.pipelines import OursPipeline

    variant = settings.model_copy(update={"refusal_threshold": 0.0, **changes})
    pipeline = OursPipeline(Assistant(variant, store))
    scored = []
    for q in dataset.questions:
        t0 = time.perf_counter()
        answer = pipeline.ask(q)
        scored.append(score_answer(q, answer, time.perf_counter() - t0))
    return summarize([s for s in scored if s.answerable])


class DenseRow(NamedTuple):
    """One question's refusal signals: its best dense similarity and ``RefusalPolicy.off_topic`` (uncovered
    words or an unmentioned country), with its language and whether it reads as a situation."""

    id: str
    kind: str
    answerable: bool
    best: float
    off_topic: bool
    language: str
    situation: bool  # ``asks_what_to_do``


def best_dense(store, settings: Settings, dataset: Dataset) -> list[DenseRow]:
    """A ``DenseRow`` per question of ``dataset``, retrieved as the pipeline retrieves."""
    from assistant.followup import rewrite_follow_up
    from assistant.pipeline import Assistant
    from assistant.situations import asks_what_to_do

    assistant = Assistant(settings, store)
    rows = []
    for q in dataset.questions:
        query = rewrite_follow_up(q.question, q.history) if q.history else q.question
        situation = asks_what_to_do(query, q.language)
        retrieved = assistant.retriever.retrieve(query, q.filters, language=q.language, situation=situation)
        rows.append(DenseRow(q.id, q.kind, q.answerable, retrieved.best_dense,
                             assistant.refusal.off_topic(query, q.language, retrieved, situation=situation) is not None,
                             q.language, situation))
    return rows


def other_language_situations(rows, documented: set[str], thresholds) -> dict:
    """The threshold for a situation asked in a language no document is in (``documented``: the
    documents' languages): the situations of those languages against every unanswerable question of
    those languages (any of them could be asked as a situation). ``choose_threshold``'s midpoint (at most
    5% of the situations refused), and the table of both sides' refusals."""
    mine = [r for r in rows if r.language not in documented and (r.situation or not r.answerable)]
    situations = [r for r in mine if r.answerable and r.situation]
    unanswerable = [r for r in mine if not r.answerable]
    table = [(t, sum(1 for r in situations if r.best < t), sum(1 for r in unanswerable if r.best < t))
             for t in thresholds]
    return {"situations": len(situations), "unanswerable": len(unanswerable),
            "choice": choose_threshold(situations + unanswerable), "table": table}


def two_signal_table(rows, thresholds, bands) -> list[tuple[float, float, float, float]]:
    """(threshold, term band, out-of-scope refused, answerable refused) for each combination."""
    table = []
    for t in thresholds:
        for band in bands:
            refused = [(r.answerable, r.best < t or (r.best < band and r.off_topic)) for r in rows]
            oos = [x for answerable, x in refused if not answerable]
            ans = [x for answerable, x in refused if answerable]
            table.append((t, band, sum(oos) / len(oos), sum(ans) / len(ans)))
    return table


def choose_threshold(rows: list[DenseRow], max_refused: float = 0.05) -> dict:
    """The midpoint between the highest out-of-scope score and the answerable score at the allowed
    refusal quantile: the widest margin on both sides that meets the target."""
    oos = sorted(r.best for r in rows if not r.answerable)
    ans = sorted(r.best for r in rows if r.answerable)
    allowed = int(max_refused * len(ans))  # answerable questions that may fall below the threshold
    upper = ans[allowed] if ans else 1.0  # a threshold up to this refuses at most `allowed` answerable
    lower = oos[-1] if oos else 0.0
    feasible = upper > lower
    if not feasible:
        # No threshold refuses every out-of-scope question within the budget: refuse all those that can
        # be, i.e. take the midpoint below the allowed quantile, and report the ones left answered.
        lower = max((v for v in oos if v < upper), default=0.0)
    return {"highest_out_of_scope": oos[-1] if oos else None, "lowest_answerable": ans[0] if ans else None,
            "answerable_at_allowed_quantile": upper, "threshold": round((lower + upper) / 2, 3),
            "feasible": feasible,
            "out_of_scope_left_answered": [r.id for r in rows if not r.answerable and r.best >= (lower + upper) / 2]}


def refusal_table(rows, thresholds) -> list[tuple[float, float, float]]:
    oos = [r.best for r in rows if not r.answerable]
    ans = [r.best for r in rows if r.answerable]
    return [(t, sum(1 for v in oos if v < t) / len(oos), sum(1 for v in ans if v < t) / len(ans)) for t in thresholds]


def markdown(results: dict) -> str:
    lines = [f"### Retrieval grid (top_k = {results['top_k']}, chunk_words = {results['chunk_words']}, "
             f"answerable questions only)", "",
             "| RRF k | keyword_weight | per document | " + " | ".join(COLUMNS) + " |",
             "|--:|--:|--:|" + "--:|" * len(COLUMNS)]
    for row in results["grid"]:
        lines.append(f"| {row['rrf_k']} | {row['keyword_weight']} | {row['max_passages_per_document']} | "
                     + " | ".join(f"{row[c]:.3f}" if c != "answer_words" else f"{row[c]:.0f}" for c in COLUMNS) + " |")
    lines += ["", f"### top_k (RRF k = {results['chosen']['rrf_k']}, keyword_weight = "
              f"{results['chosen']['keyword_weight']}, per document = "
              f"{results['chosen']['max_passages_per_document']})", "",
              "| top_k | " + " | ".join(COLUMNS) + " |", "|--:|" + "--:|" * len(COLUMNS)]
    for row in results["top_k_sweep"]:
        lines.append(f"| {row['top_k']} | " + " | ".join(
            f"{row[c]:.3f}" if c != "answer_words" else f"{row[c]:.0f}" for c in COLUMNS) + " |")
    t = results["threshold"]
    lines += ["", "### Refusal threshold (best dense similarity)", "",
              f"Highest out-of-scope question: {t['highest_out_of_scope']:.3f}; lowest answerable: "
              f"{t['lowest_answerable']:.3f}; answerable at the 5% quantile: {t['answerable_at_allowed_quantile']:.3f}; "
              f"chosen midpoint: {t['threshold']}"
              + ("." if t["feasible"] else f" (the target is out of reach with this signal; still answered: "
                 f"{', '.join(t['out_of_scope_left_answered'])}).") , "",
              "| threshold | out-of-scope refused | answerable refused |", "|--:|--:|--:|"]
    lines += [f"| {a:.2f} | {b:.3f} | {c:.3f} |" for a, b, c in results["refusal_table"]]
    lines += ["", "### All signals: dense threshold and the band below which uncovered words or an unmentioned country refuse", "",
              "| threshold | term band | out-of-scope refused | answerable refused |", "|--:|--:|--:|--:|"]
    lines += [f"| {a:.2f} | {b:.2f} | {c:.3f} | {d:.3f} |" for a, b, c, d in results["two_signal_table"]]
    return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def refusal_markdown(results: dict) -> str:
    t, o = results["threshold"], results["other_language_situations"]
    lines = [f"### Refusal threshold on {results['dataset']} (best dense similarity, shipped retrieval)", "",
             f"Highest out-of-scope question: {t['highest_out_of_scope']:.3f}; lowest answerable: "
             f"{t['lowest_answerable']:.3f}; chosen midpoint: {t['threshold']}", "",
             "| threshold | out-of-scope refused | answerable refused |", "|--:|--:|--:|"]
    lines += [f"| {a:.2f} | {b:.3f} | {c:.3f} |" for a, b, c in results["refusal_table"]]
    c = o["choice"]
    lines += ["", "### Situations in a language no document is in", "",
              f"{o['situations']} situations and {o['unanswerable']} unanswerable questions in those languages. "
              f"Highest unanswerable: {_figure(c['highest_out_of_scope'])}; lowest situation: "
              f"{_figure(c['lowest_answerable'])}; situation at the 5% quantile: "
              f"{_figure(c['answerable_at_allowed_quantile'])}; midpoint: {c['threshold']}"
              + ("" if c["feasible"] else " (no threshold separates them within the budget)") + ".", "",
              "| threshold | situations refused | unanswerable refused (by this signal alone) |", "|--:|--:|--:|"]
    lines += [f"| {a:.2f} | {b}/{o['situations']} | {u}/{o['unanswerable']} |" for a, b, u in o["table"]]
    return "\n".join(lines) + "\n"


def refusal_only(store, settings: Settings, dataset: Dataset, out: Path | None) -> int:
    """The refusal tables alone, at the shipped retrieval settings."""
    rows = best_dense(store, settings, dataset)
    documented = {language for language in {r.language for r in rows} if store.catalog.has_language(language)}
    results = {"dataset": dataset.name, "threshold": choose_threshold(rows),
               "refusal_table": refusal_table(rows, [x / 100 for x in range(30, 61, 2)]),
               "other_language_situations": other_language_situations(rows, documented,
                                                                       [x / 100 for x in range(26, 43)]),
               "best_dense": rows}
    text = refusal_markdown(results)
    print(text)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        (out / "calibration-refusal.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
        (out / "calibration-refusal.md").write_text(text, encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    from assistant.factory import make_store
    from assistant.store import open_store
    from evals.pipelines import build_store, ours_settings

    parser = argparse.ArgumentParser(prog="python -m evals.calibrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", default="dev")
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--chunk-words", type=int, default=None)
    parser.add_argument("--top-k", type=int, default=6, help="top_k during the grid")
    parser.add_argument("--documents", type=Path, default=None,
                        help="the folder the questions are about (default: from the dataset's dataset.toml)")
    parser.add_argument("--out", type=Path, default=None, help="write calibration.json and calibration.md here")
    parser.add_argument("--refusal-only", action="store_true",
                        help="only the refusal tables, at the shipped retrieval settings (no grid: minutes, not hours)")
    args = parser.parse_args(argv)
    overrides = {k: v for k, v in (("home", args.home), ("chunk_words", args.chunk_words)) if v is not None}
    settings = load_settings(**overrides)
    dataset = load_dataset(args.dataset, args.documents)
    ours = ours_settings(settings, dataset).model_copy(update={"top_k": args.top_k})
    build_store(ours, dataset)  # sync (embeds only what changed)
    store = open_store(ours, CachedQueries(make_store(ours).embedder))
    if args.refusal_only:
        return refusal_only(store, ours, dataset, args.out)
    import assistant.retrieval as retrieval

    shipped_rrf_k = retrieval.RRF_K
    grid = []
    for rrf_k in RRF_KS:
        retrieval.RRF_K = rrf_k
        for weight in KEYWORD_WEIGHTS:
            if weight == 0.0 and rrf_k != RRF_KS[0]:
                continue  # without the keyword side the constant changes nothing
            for per_doc in PER_DOCUMENT:
                figures = run_config(store, ours, dataset, keyword_weight=weight, max_passages_per_document=per_doc)
                grid.append({"rrf_k": rrf_k, "keyword_weight": weight, "max_passages_per_document": per_doc,
                             **figures})
                print(f"rrf_k {rrf_k} kw {weight} per-doc {per_doc}: "
                      + ", ".join(f"{c} {figures[c]:.3f}" for c in COLUMNS), file=sys.stderr)
    # The best point: MRR by section plus key-fact recall (the two things a user sees first).
    chosen = max(grid, key=lambda r: (round(r["mrr_locator"] + r["key_fact_recall"], 3), r["hit@5_locator"],
                                      r["keyword_weight"]))
    retrieval.RRF_K = chosen["rrf_k"]
    sweep = []
    for top_k in TOP_KS:
        figures = run_config(store, ours, dataset, keyword_weight=chosen["keyword_weight"], top_k=top_k,
                             max_passages_per_document=chosen["max_passages_per_document"])
        sweep.append({"top_k": top_k, **figures})
    tuned = ours.model_copy(update={"keyword_weight": chosen["keyword_weight"],
                                    "max_passages_per_document": chosen["max_passages_per_document"]})
    rows = best_dense(store, tuned, dataset)
    retrieval.RRF_K = shipped_rrf_k
    threshold = choose_threshold(rows)
    results = {"dataset": dataset.name, "chunk_words": ours.chunk_words, "top_k": args.top_k, "grid": grid,
               "chosen": {k: chosen[k] for k in ("rrf_k", "keyword_weight", "max_passages_per_document")},
               "top_k_sweep": sweep, "threshold": threshold,
               "refusal_table": refusal_table(rows, [x / 100 for x in range(30, 61, 2)]),
               "two_signal_table": two_signal_table(rows, (0.35, 0.40, 0.45), (0.0, 0.60, 0.65, 0.70, 0.75, 0.80)),
               "best_dense": rows}
    text = markdown(results)
    print(text)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "calibration.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
        (args.out / "calibration.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
