"""Train the name and address tagger (``assistant/privacy/tagger.py``) on the dev privacy sets, and choose how it
is trained and combined with the rules by leave-one-set-out cross-validation.

    python -m evals.privacy_train                       # train on every dev set: tagger.crfsuite and tagger.json
    python -m evals.privacy_train --cv --report FILE    # cross-validate the candidate settings (writes no model)

Only the dev sets of ``evals.privacy.DEV_SETS`` are read; a held-out set never is. Training is deterministic
(CRFsuite's L-BFGS on the sets in a fixed order): the same sets and settings write the same file, and the record
``tagger.json`` holds the sets' and the model's sha256.

The rules were tuned on every dev set, so on a training set the rules' finding is nearly always right, and a model
that takes it as a feature learns to copy it. Three ways are compared: with the rules' finding as a feature
("yes"), without it ("no"), and each training message twice, with and without ("dropout").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from assistant.privacy import find_by_rules, warm_up
from assistant.privacy.tagger import MODEL_FILE, RECORD_FILE, combine
from assistant.privacy.tagger_features import FEATURES_VERSION, bio_labels, features, rule_labels, spans_of, tokens_of
from evals.privacy import DEV_SETS, Example, evaluate, load_labelled

PACKAGE = Path(__file__).resolve().parent.parent / "assistant" / "privacy"
# The settings chosen by cross-validation (docs/EVALUATION.md, "Figures, twelfth round").
CHOSEN = {"rule_feature": "yes", "c1": 0.05, "c2": 0.05, "max_iterations": 150, "combine": "union", "threshold": 0.8}
CANDIDATES = tuple({"rule_feature": rf, "c1": c1, "c2": c2} for rf in ("yes", "dropout")
                   for c1, c2 in ((0.05, 0.05),))
COMBINATIONS = tuple((how, t) for how in ("union", "decide") for t in (0.0, 0.5, 0.7, 0.8, 0.9, 0.95))

_SETS: dict[str, list[dict[str, Any]]] = {}  # the prepared dev sets, shared with the forked workers


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def prepare(examples: list[Example]) -> list[dict[str, Any]]:
    """Each message's rule findings, tokens, features (with and without the rules' finding) and gold labels."""
    out = []
    for ex in examples:
        rules = find_by_rules(ex.text)
        tokens = tokens_of(ex.text)
        out.append({"example": ex, "rules": rules, "tokens": tokens,
                    "yes": features(ex.text, tokens, rule_labels(tokens, rules)),
                    "no": features(ex.text, tokens, ["O"] * len(tokens)),
                    "y": bio_labels(tokens, [(s.kind, s.start, s.end) for s in ex.expected])})
    return out


def train(items: list[dict[str, Any]], model: Path, rule_feature: str, c1: float, c2: float,
          max_iterations: int = 150) -> None:
    """Train a CRF on ``items`` into ``model``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for views in (("yes",), ("no",), ("yes", "no"))[("yes", "no", "dropout").index(rule_feature)]:
        for item in items:
            if item["tokens"]:
                trainer.append(item[views], item["y"])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True})
    trainer.train(str(model))


def tagged_spans(items: list[dict[str, Any]], model: Path, rule_feature: str) -> dict[str, list]:
    """The tagger's (kind, start, end, probability) spans per message text."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    out = {}
    for item in items:
        spans = []
        if item["tokens"]:
            labels = tagger.tag(item["no" if rule_feature == "no" else "yes"])
            for kind, start, end, indices in spans_of(item["tokens"], labels):
                spans.append((kind, start, end, min(tagger.marginal(labels[i], i) for i in indices)))
        out[item["example"].text] = spans
    return out


def score(items: list[dict[str, Any]], spans: dict[str, list] | None, how: str = "", threshold: float = 0.0):
    """evals.privacy's figures for the rules alone (``spans`` None) or the rules joined with the tagger's spans."""
    rules = {item["example"].text: item["rules"] for item in items}

    def detect(text: str):
        return rules[text] if spans is None else combine(text, rules[text], spans[text], how, threshold)

    return evaluate([item["example"] for item in items], detect)


def row(result) -> dict[str, Any]:
    """The figures compared in cross-validation."""
    k, s = result.per_kind, result.summary
    figures = {"P": s["precision"], "R": s["recall"], "F1": s["f1"], "clean": s["negatives_clean"]}
    for kind in ("name", "address", "phone", "id_code", "email"):
        figures.update({f"{kind}_R": k[kind]["recall"], f"{kind}_P": k[kind]["precision"],
                        f"{kind}_oR": k[kind]["overlap_recall"], f"{kind}_tp": k[kind]["tp"],
                        f"{kind}_fp": k[kind]["fp"], f"{kind}_fn": k[kind]["fn"]})
    return {**figures, "tp": s["tp"], "fp": s["fp"], "fn": s["fn"]}


def _fold(left_out: str) -> tuple[str, dict[str, Any]]:
    items = _SETS[left_out]
    rest = [i for name, its in _SETS.items() if name != left_out for i in its]
    fold = {"rules": row(score(items, None))}
    with tempfile.TemporaryDirectory() as tmp:
        for params in CANDIDATES:
            model = Path(tmp) / "fold.crfsuite"
            train(rest, model, params["rule_feature"], params["c1"], params["c2"], CHOSEN["max_iterations"])
            spans = tagged_spans(items, model, params["rule_feature"])
            for how, threshold in COMBINATIONS:
                key = f"rf={params['rule_feature']} c1={params['c1']} c2={params['c2']} {how}@{threshold}"
                fold[key] = row(score(items, spans, how, threshold))
    print(f"fold {left_out} done", file=sys.stderr, flush=True)
    return left_out, fold


def cross_validate(workers: int = 2) -> dict[str, dict[str, Any]]:
    """Leave one dev set out: train on the others, score the one left out, for every candidate and combination."""
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return dict(pool.map(_fold, list(_SETS), chunksize=1))


def summarise(folds: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, float]]]:
    """Each setting's figures averaged over the folds (the mean of the per-set figures), best F1 first."""
    settings = list(next(iter(folds.values())))
    out = []
    for setting in settings:
        mean = {}
        for figure in ("P", "R", "F1", "clean", "name_R", "name_P", "address_R", "address_P", "name_oR", "address_oR"):
            values = [f[setting][figure] for f in folds.values() if f[setting][figure] is not None]
            mean[figure] = statistics.fmean(values) if values else None
        out.append((setting, mean))
    return sorted(out, key=lambda x: -(x[1]["F1"] or 0))


def write_model(paths: list[Path]) -> dict[str, Any]:
    """Train on every dev set with the chosen settings; write the model and its record into the package."""
    model = PACKAGE / MODEL_FILE
    train([i for items in _SETS.values() for i in items], model, CHOSEN["rule_feature"], CHOSEN["c1"], CHOSEN["c2"],
          CHOSEN["max_iterations"])
    record = {"features_version": FEATURES_VERSION, "model_sha256": _sha256(model), "model_bytes": model.stat().st_size,
              "training_sets": {p.name: _sha256(p) for p in paths}, **CHOSEN,
              "command": "python -m evals.privacy_train"}
    (PACKAGE / RECORD_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.privacy_train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate the candidate settings; write no model")
    parser.add_argument("--report", type=Path, default=None, help="JSON file for the cross-validation figures")
    args = parser.parse_args(argv)
    warm_up()
    paths = list(DEV_SETS)
    _SETS.update({p.stem: prepare(load_labelled(p)) for p in paths})
    if args.cv:
        folds = cross_validate()
        if args.report:
            args.report.write_text(json.dumps(folds, indent=1), encoding="utf-8")
        for setting, mean in summarise(folds)[:12]:
            print(setting, " ".join(f"{k}={v:.3f}" for k, v in mean.items() if v is not None))
        return 0
    print(json.dumps(write_model(paths), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
