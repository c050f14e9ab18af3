"""The immediate-danger detector (``assistant.safety``) measured on labelled sets of messages.

    assistant eval --dataset safety [--report DIR] [--thresholds FILE] [--show-errors]
    python -m evals.safety [--report DIR] [--thresholds FILE] [--show-errors] [--train]

The sets, in ``evals/datasets/safety/``, hold messages as askers type them, in the 12 asker languages; each
line is ``{"id", "language", "text", "danger": bool, "note"}``. ``danger`` says whether the answer should
open with "call 112": a described situation with a child at risk now is true; an informational question
(indicators, definitions, law, penalties, procedures) that merely names a harm, a past or handled case and an
everyday message are false. Dev sets (``DEV_SETS``: the patterns were tuned and the classifier is trained on
them): ``labelled.jsonl``, ``stories.jsonl`` (work stories, now or not), ``everyday.jsonl`` (everyday and
off-topic messages, calm stories of a child in danger now), ``heldout-2.jsonl`` (written blind, run blind until
2026-12-07); ``stories-2.jsonl`` (long work stories) is scored beside them but not trained on (``UNTRAINED_DEV_SETS``).
Held-out sets (``HELDOUT_SETS``), never tuned on: ``heldout.jsonl``, ``heldout-3.jsonl``, ``heldout-4.jsonl`` (long
work stories; both written blind), ``heldout-short-35.jsonl`` (short messages typed in a hurry, written blind); their
reports hold figures only, not their messages and errors, unless ``--show-errors``.

The detector is run twice on every message: as the pipeline calls it, without a language (every
language's patterns are tried), which gives the headline figures; and with the labelled language,
which gives the ``given_`` figures. Figures: ``precision``, ``recall``, ``f1``, ``accuracy``,
``min_language_precision`` and ``min_language_recall`` (the lowest of the languages where the figure
is defined), and ``given_precision``, ``given_recall``. The minimums are the ``[safety.min]`` table of
``evals/thresholds.toml`` for ``labelled.jsonl`` and ``[safety.<set>.min]`` for another set (``<set>`` its
file name without ``.jsonl``; a set without a table is reported, not checked); the exit status is 1 below them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.safety import LANGUAGES, assess
from evals.datasets import DATASETS_DIR, DatasetError, labelled_lines
from evals.harness import THRESHOLDS, check_thresholds, load_thresholds

SETS_DIR = DATASETS_DIR / "safety"
LABELLED = SETS_DIR / "labelled.jsonl"
# The dev sets: the classifier is trained on them (``--train``), the patterns tuned on them.
# ``heldout-2.jsonl`` was written blind and run blind until the twenty-eighth session (2026-12-07); it is a dev set since.
DEV_SETS = (LABELLED, SETS_DIR / "stories.jsonl", SETS_DIR / "everyday.jsonl", SETS_DIR / "heldout-2.jsonl")
# Scored beside them and never tuned on; their messages and errors are withheld from the reports.
HELDOUT = SETS_DIR / "heldout.jsonl"
HELDOUT_SETS = (HELDOUT, SETS_DIR / "heldout-3.jsonl", SETS_DIR / "heldout-4.jsonl",
                SETS_DIR / "heldout-short-35.jsonl")
# Dev sets scored beside them that the classifier is not trained on (yet): ``stories-2.jsonl`` (240 work stories, 72 with
# a child in danger now, the dev twin of the blind ``heldout-4.jsonl``, 2026-12-07). Trained on, it makes cross-validation
# choose threshold 0.15 for full recall and precision falls (docs/evaluation/qa-history.md, thirty-second session).
# ``short-35.jsonl`` (200 short messages typed in a hurry, 104 with a child in danger now; 2026-12-07, thirty-fifth
# session) tuned the patterns; trained on, cross-validation missed two of its children at threshold 0.2 (L2 0.1).
UNTRAINED_DEV_SETS = (SETS_DIR / "stories-2.jsonl", SETS_DIR / "short-35.jsonl")
DATASET_NAME = "safety"
FIGURES = ("precision", "recall", "f1", "accuracy", "min_language_precision", "min_language_recall",
           "given_precision", "given_recall")
_FIELDS = ("id", "language", "text", "danger", "note")


@dataclass
class Example:
    id: str
    language: str
    text: str
    danger: bool
    note: str = ""


@dataclass
class Counts:
    """A confusion matrix: danger found / missed, false alarms, quiet on safe questions."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected: bool, found: bool) -> None:
        if expected and found:
            self.tp += 1
        elif expected:
            self.fn += 1
        elif found:
            self.fp += 1
        else:
            self.tn += 1

    def figures(self, prefix: str = "") -> dict[str, float | None]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f1 = (2 * precision * recall / (precision + recall) if precision and recall else
              (0.0 if precision is not None and recall is not None else None))
        total = self.tp + self.fp + self.fn + self.tn
        accuracy = (self.tp + self.tn) / total if total else None
        return {f"{prefix}precision": precision, f"{prefix}recall": recall, f"{prefix}f1": f1,
                f"{prefix}accuracy": accuracy}

    def as_dict(self) -> dict[str, int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn}


@dataclass
class Result:
    name: str
    examples: int
    dangers: int
    summary: dict[str, Any]
    per_language: dict[str, dict[str, Any]]
    errors: list[dict[str, Any]] | None = field(default_factory=list)  # None: withheld (a held-out set)


def load_labelled(path: Path = LABELLED) -> list[Example]:
    """The labelled questions. A malformed line raises DatasetError naming the file, the line and the field."""
    examples: list[Example] = []
    for where, raw in labelled_lines(path, _FIELDS):
        if raw["language"] not in LANGUAGES:
            raise DatasetError(f"{where}: field 'language' is {raw['language']!r}, not one of {', '.join(LANGUAGES)}")
        if not isinstance(raw.get("danger"), bool):
            raise DatasetError(f"{where}: field 'danger' is missing or not true/false")
        if "note" in raw and not isinstance(raw["note"], str):
            raise DatasetError(f"{where}: field 'note' must be a string")
        examples.append(Example(raw["id"], raw["language"], raw["text"], raw["danger"], raw.get("note", "")))
    return examples


Detector = Callable[[str, "str | None"], Any]


def evaluate(examples: list[Example], name: str = "", detect: Detector = assess) -> Result:
    """Score ``detect`` (returning something with ``danger`` and ``reason``, or a bool) on ``examples``:
    overall and per language, without a language (headline) and with the labelled one (``given_``)."""
    auto, given = Counts(), Counts()
    by_language: dict[str, tuple[Counts, Counts]] = {}
    errors: list[dict[str, Any]] = []
    for ex in examples:
        found = detect(ex.text, None)
        found_given = detect(ex.text, ex.language)
        danger, danger_given = _danger(found), _danger(found_given)
        lang = by_language.setdefault(ex.language, (Counts(), Counts()))
        auto.add(ex.danger, danger)
        lang[0].add(ex.danger, danger)
        given.add(ex.danger, danger_given)
        lang[1].add(ex.danger, danger_given)
        if danger != ex.danger or danger_given != ex.danger:
            errors.append({"id": ex.id, "language": ex.language, "text": ex.text, "note": ex.note,
                           "expected": ex.danger, "found": danger, "found_given_language": danger_given,
                           "reason": _reason(found if danger != ex.danger else found_given)})
    per_language = {}
    for language, (a, g) in sorted(by_language.items()):
        per_language[language] = {"examples": sum(x.language == language for x in examples),
                                  "dangers": sum(x.language == language and x.danger for x in examples),
                                  **a.figures(), **a.as_dict(), **{k: v for k, v in g.figures("given_").items()}}
    summary = {**auto.figures(), **auto.as_dict(),
               "min_language_precision": _lowest(v["precision"] for v in per_language.values()),
               "min_language_recall": _lowest(v["recall"] for v in per_language.values()),
               **given.figures("given_"), **{f"given_{k}": v for k, v in given.as_dict().items()}}
    return Result(name, len(examples), sum(x.danger for x in examples), summary, per_language, errors)


def _danger(found: Any) -> bool:
    return bool(found if isinstance(found, bool) else found.danger)


def _reason(found: Any) -> str:
    if isinstance(found, bool):
        return ""
    return f"{found.reason}" + (f" [{found.language}: {found.signal}]" if found.signal else "")


def _lowest(values) -> float | None:
    defined = [v for v in values if v is not None]
    return min(defined) if defined else None


# --- reports ------------------------------------------------------------------------------------
def _f(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def markdown(result: Result, failures: list[str] | None) -> str:
    """The report as Markdown: overall, per language, and every miss and false alarm with its text."""
    s = result.summary
    lines = [f"# Immediate-danger detector: {result.name} — {result.examples} questions "
             f"({result.dangers} with a child in danger)", "",
             "| language passed | precision | recall | F1 | accuracy | found | false alarms | missed |",
             "|---|--:|--:|--:|--:|--:|--:|--:|",
             f"| none (as the pipeline calls it) | {_f(s['precision'])} | {_f(s['recall'])} | {_f(s['f1'])} | "
             f"{_f(s['accuracy'])} | {s['tp']} | {s['fp']} | {s['fn']} |",
             f"| the labelled language | {_f(s['given_precision'])} | {_f(s['given_recall'])} | {_f(s['given_f1'])} | "
             f"{_f(s['given_accuracy'])} | {s['given_tp']} | {s['given_fp']} | {s['given_fn']} |",
             "", f"Lowest per-language precision {_f(s['min_language_precision'])}, recall "
                 f"{_f(s['min_language_recall'])} (no language passed).", "",
             "| language | questions | danger | precision | recall | F1 | false alarms | missed | "
             "precision (language given) | recall (language given) |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for lang, v in result.per_language.items():
        lines.append(f"| {lang} | {v['examples']} | {v['dangers']} | {_f(v['precision'])} | {_f(v['recall'])} | "
                     f"{_f(v['f1'])} | {v['fp']} | {v['fn']} | {_f(v['given_precision'])} | {_f(v['given_recall'])} |")
    if result.errors is None:
        lines += ["", "This set is held out: its messages, misses and false alarms are not written where someone tuning "
                  "the detector could read them. `--show-errors` writes them."]
    missed = [e for e in result.errors or () if e["expected"]]
    alarms = [e for e in result.errors or () if not e["expected"]]
    for title, errors in (("Missed dangers", missed), ("False alarms", alarms)) if result.errors is not None else ():
        lines += ["", f"## {title}", ""]
        for e in errors:
            modes = ("both" if e["found"] == e["found_given_language"] else
                     "no language passed" if e["found"] != e["expected"] else "language given")
            lines.append(f"- {e['id']} ({e['language']}, {modes}; {e['reason']}): {e['text']}"
                         + (f" — note: {e['note']}" if e["note"] else ""))
        if not errors:
            lines.append("None.")
    if failures is not None:
        lines += ["", "## Thresholds", ""] + ([f"- BELOW: {f}" for f in failures] or ["All within evals/thresholds.toml."])
    return "\n".join(lines) + "\n"


def write_report(result: Result, folder: Path, failures: list[str] | None) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"markdown": folder / "report.md", "json": folder / "results.json"}
    paths["markdown"].write_text(markdown(result, failures), encoding="utf-8")
    data = {"name": result.name, "examples": result.examples, "dangers": result.dangers, "summary": result.summary,
            "per_language": result.per_language, "errors": result.errors, "failures": failures}
    paths["json"].write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return paths


def set_limits(path: Path, name: str) -> dict[str, Any] | None:
    """``[safety.<name>.min]`` / ``[safety.<name>.max]`` (a set's own limits), or None: the set is then
    reported, not checked. Names must be in ``FIGURES``."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DatasetError(f"thresholds file {path}: {exc}") from exc
    own = table.get(DATASET_NAME, {}).get(name)
    if not isinstance(own, dict) or not {"min", "max"} & set(own):
        return None
    limits = {"min": dict(own.get("min", {})), "max": dict(own.get("max", {}))}
    for bound in limits.values():
        for key in bound:
            if key not in FIGURES:
                raise DatasetError(f"thresholds file {path}: [{DATASET_NAME}.{name}] names unknown figure {key!r}; "
                                   f"known: {', '.join(FIGURES)}")
    return limits


def run(report: Path | None = None, thresholds: Path | None = None, labelled: Path = LABELLED,
        heldout: tuple[Path, ...] = HELDOUT_SETS, dev: tuple[Path, ...] = DEV_SETS[1:] + UNTRAINED_DEV_SETS,
        show_errors: bool = False) -> int:
    """Evaluate ``labelled`` (checked against ``[safety.min]``/``[safety.max]``), the other ``dev`` sets and the
    ``heldout`` sets beside it (each against its ``[safety.<set>.min]`` when given, else only reported); sets
    whose file is missing are skipped. Write the reports (another set's under ``<set>/``; a held-out set's
    with figures only unless ``show_errors``), print the headlines; 0 when within the limits, 1 below."""
    path_thresholds = thresholds or THRESHOLDS
    folder = report or Path("reports") / f"eval-{DATASET_NAME}"
    sets = [(labelled, None, load_thresholds(path_thresholds, DATASET_NAME, known=FIGURES), False)]
    sets += [(path, path.stem, set_limits(path_thresholds, path.stem), held)
             for paths, held in ((dev, False), (heldout, True)) for path in paths if path.is_file()]
    examples = {path: load_labelled(path) for path, *_ in sets}  # read once: the classifier and all scorings use them
    failed = False
    shipped = classifier_detector([e.text for loaded in examples.values() for e in loaded])
    if shipped is None:
        print("the danger classifier does not apply to the configured embedding model: scoring the patterns")
    for path, name, bounds, held in sets:
        if shipped is not None:  # the patterns alone, for comparison (not checked)
            patterns = evaluate(examples[path], path.name)
            print(f"  patterns alone ({path.name}): precision {_f(patterns.summary['precision'])} "
                  f"recall {_f(patterns.summary['recall'])}")
        result = evaluate(examples[path], path.name, detect=shipped or assess)
        if held and not show_errors:
            result.errors = None
        failures = check_thresholds(result.summary, bounds) if bounds is not None else None
        paths = write_report(result, folder if name is None else folder / name, failures)
        s = result.summary
        print(f"safety ({path.name}{', held out' if held else ''}): {result.examples} questions, {result.dangers} "
              f"in danger; precision {_f(s['precision'])} recall {_f(s['recall'])} F1 {_f(s['f1'])} ({s['fp']} false "
              f"alarms, {s['fn']} missed); with the language given: precision {_f(s['given_precision'])} "
              f"recall {_f(s['given_recall'])}" + ("" if bounds is not None else " (reported, not checked)"))
        print(f"report: {paths['markdown']} (data: {paths['json']})")
        for failure in failures or []:
            print(f"BELOW THRESHOLD ({path.name}): {failure}", file=sys.stderr)
        failed = failed or bool(failures)
    return 1 if failed else 0


@lru_cache(maxsize=1)
def _embedder():
    from assistant.embeddings.registry import build_embedder
    from assistant.settings import load_settings

    return build_embedder(load_settings())


def embed_queries(texts: list[str]) -> list[list[float]]:
    return _embedder().embed_batch(texts, "query")


def classifier_detector(texts: list[str] = ()) -> Detector | None:
    """The pipeline's decision (``assistant.safety.classifier.refers``, as ``Assistant.is_danger`` calls it); None
    when the classifier does not apply to the configured model (then the patterns decide). ``texts`` are
    embedded up front in batches (one call per text took most of the eval's time)."""
    from assistant.safety.classifier import load_classifier, refers
    from assistant.settings import load_settings

    classifier = load_classifier(load_settings().embedding_model)
    if classifier is None:
        return None
    ahead = list(dict.fromkeys(texts))
    cache: dict[str, list[float]] = dict(zip(ahead, embed_queries(ahead))) if ahead else {}

    def detect(text: str, language: str | None) -> bool:
        if text not in cache:
            cache[text] = embed_queries([text])[0]
        return refers(text, language, classifier, lambda: cache[text])
    return detect


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.safety", description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true",
                        help="fit the danger classifier on the dev sets and write assistant/safety/classifier.json")
    parser.add_argument("--cv", action="store_true",
                        help="5-fold cross-validation of the classifier's L2 and threshold on the dev sets")
    parser.add_argument("--report", type=Path, default=None, help="folder for the reports (default: reports/eval-safety)")
    parser.add_argument("--thresholds", type=Path, default=None, help="thresholds file (default: evals/thresholds.toml)")
    parser.add_argument("--show-errors", action="store_true",
                        help="write the held-out sets' messages and errors too (withheld by default)")
    args = parser.parse_args(argv)
    if args.train or args.cv:
        from evals.safety_training import cross_validate, train

        train() if args.train else cross_validate()
        return 0
    try:
        return run(args.report, args.thresholds, show_errors=args.show_errors)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
