"""Run pipelines over a dataset, score every answer, and check the figures against thresholds."""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from assistant.hardware import describe
from assistant.render import answer_json
from evals.datasets import Dataset, DatasetError
from evals.metrics import FIGURES, Scored, score_answer, summarize, summarize_by
from evals.pipelines import Pipeline

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.toml"


@dataclass
class PipelineRun:
    name: str
    scored: list[Scored]
    answers: list[dict[str, Any]]  # the Answer objects as JSON (evidence for every figure)
    seconds: float

    @property
    def summary(self) -> dict[str, Any]:
        return summarize(self.scored)


@dataclass
class EvalRun:
    dataset: str
    description: str
    documents: str
    settings: dict[str, Any]
    runs: list[PipelineRun] = field(default_factory=list)
    started_at: str = field(default_factory=lambda: datetime.now(timezone.utc).replace(microsecond=0).isoformat())
    machine: str = field(default_factory=describe)

    def run(self, name: str) -> PipelineRun | None:
        return next((r for r in self.runs if r.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset, "description": self.description, "documents": self.documents,
            "started_at": self.started_at, "machine": self.machine, "settings": self.settings,
            "figures": {r.name: r.summary for r in self.runs},
            "by_language": {r.name: summarize_by(r.scored, "language") for r in self.runs},
            "by_kind": {r.name: summarize_by(r.scored, "kind") for r in self.runs},
            "questions": {r.name: [s.to_dict() for s in r.scored] for r in self.runs},
            "answers": {r.name: r.answers for r in self.runs},
        }


def evaluate(dataset: Dataset, pipelines: list[Pipeline], settings: dict[str, Any],
             on_question: Callable[[str, int, int], None] | None = None) -> EvalRun:
    """Every pipeline answers every question (one pipeline after the other, models warmed up first)."""
    result = EvalRun(dataset.name, dataset.description, str(dataset.documents), settings)
    for pipeline in pipelines:
        pipeline.warm_up()
        scored, answers = [], []
        started = time.perf_counter()
        for index, question in enumerate(dataset.questions, 1):
            t0 = time.perf_counter()
            answer = pipeline.ask(question)
            seconds = time.perf_counter() - t0
            scored.append(score_answer(question, answer, seconds, pipeline.support))
            record = answer_json(answer)
            record["id"] = question.id
            answers.append(record)
            if on_question:
                on_question(pipeline.name, index, len(dataset.questions))
        result.runs.append(PipelineRun(pipeline.name, scored, answers, time.perf_counter() - started))
    return result


def load_thresholds(path: Path, dataset: str, known: Collection[str] = FIGURES) -> dict[str, Any]:
    """``{"min": {...}, "max": {...}, "kinds": {kind: {"min": ..., "max": ...}}}`` for ``dataset`` (its own
    table, else ``[default]``); names must be in ``known``.

    A kind of question may have its own table (``[dev.kinds.situation.min]``): its questions are then
    checked against that table alone, and the dataset's table applies to the other questions."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DatasetError(f"thresholds file {path}: {exc}") from exc
    chosen = table.get(dataset, table.get("default", {}))
    limits: dict[str, Any] = {"min": dict(chosen.get("min", {})), "max": dict(chosen.get("max", {})), "kinds": {}}
    for kind, bounds in chosen.get("kinds", {}).items():
        limits["kinds"][kind] = {"min": dict(bounds.get("min", {})), "max": dict(bounds.get("max", {}))}
    for where, bound in [("", limits["min"]), ("", limits["max"]),
                         *[(f".kinds.{k}", b[m]) for k, b in limits["kinds"].items() for m in ("min", "max")]]:
        for key in bound:
            if key not in known:
                raise DatasetError(f"thresholds file {path}: [{dataset}{where}] names unknown figure {key!r}; "
                                   f"known: {', '.join(known)}")
    return limits


def check_thresholds(figures: dict[str, Any], limits: dict[str, Any]) -> list[str]:
    """Human-readable failures (empty: all figures within their limits). A missing figure fails."""
    failures = []
    for key, minimum in limits["min"].items():
        value = figures.get(key)
        if value is None or value < minimum:
            failures.append(f"{key} = {_fmt(value)} is below the minimum {minimum}")
    for key, maximum in limits["max"].items():
        value = figures.get(key)
        if value is None or value > maximum:
            failures.append(f"{key} = {_fmt(value)} is above the maximum {maximum}")
    return failures


def check_run(scored: list[Scored], limits: dict[str, Any]) -> list[str]:
    """The failures of one pipeline's answers: each kind with a table of its own against it, the other
    questions against the dataset's table."""
    kinds = limits.get("kinds", {})
    rest = [s for s in scored if s.kind not in kinds]
    failures = check_thresholds(summarize(rest), limits) if rest else []
    if kinds and rest:
        failures = [f"{f} (questions of other kinds than {', '.join(kinds)})" for f in failures]
    for kind, bounds in kinds.items():
        mine = [s for s in scored if s.kind == kind]
        if mine:
            failures += [f"{kind}: {f}" for f in check_thresholds(summarize(mine), bounds)]
    return failures


def _fmt(value: Any) -> str:
    return "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
