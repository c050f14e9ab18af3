"""Training the danger classifier (``assistant/safety/classifier.py``) and choosing its settings.

    python -m evals.safety --train     # fit on every dev set, write assistant/safety/classifier.json
    python -m evals.safety --cv        # 5-fold cross-validation of L2 and threshold on the same examples

The examples are every safety dev set (``evals.safety.DEV_SETS``) and the questions of the QA dev sets
(``QA_DEV_SETS``); a held-out set is never among them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.safety import assess
from evals.datasets import DATASETS_DIR, DatasetError
from evals.probes import fit_logistic, out_of_fold, write_probe
from evals.safety import DEV_SETS, Example, embed_queries, load_labelled


# The QA dev sets whose questions are training examples too: a factual question is no danger, a situation carries
# its ``danger_now``. Their held-out twins (``held_out = true``) are never trained on.
# heldout-situations-6 and -12 were run blind until the twenty-eighth session (2026-12-07) and train it since; -19 and
# -20 are dev sets since the nineteenth.
QA_DEV_SETS = ("dev", "dev-baltic", "dev-offtopic-situations", "corpus", "heldout-situations-3", "heldout-situations-6",
               "heldout-situations-12", "heldout-situations-19", "heldout-situations-20")

# Chosen by 5-fold cross-validation on the training examples (``--cv``; never on a held-out set): the highest
# threshold that finds every danger of the dev sets (patterns or classifier, the patterns overruled below
# ``assistant.safety.classifier.VETO``). 2026-12-05, 1,227 examples: 0.3 with L2 0.1 (precision 0.790). 2026-12-07,
# 1,605 examples with heldout-2 and four more situation sets: 0.3 missed 2 of 480 (a boy begging for a man at a
# station for hours, a runaway staying with older men for sex), 0.25 one; 0.2 none, precision 0.678 (L2 0.03, 0.1
# and 0.3 within 0.02 of each other).
TRAIN_L2 = 0.1
TRAIN_THRESHOLD = 0.2


def training_examples(sets: tuple[Path, ...] = DEV_SETS, qa_sets: tuple[str, ...] = QA_DEV_SETS) -> list[Example]:
    """The classifier's examples: every existing safety dev set, then the QA dev sets' questions."""
    from evals.datasets import load_dataset

    examples = [e for path in sets if path.is_file() for e in load_labelled(path)]
    for name in qa_sets:
        dataset = load_dataset(name)
        if dataset.held_out:
            raise DatasetError(f"{name} is a held-out set (held_out = true): the classifier is never trained on it")
        examples += [Example(f"{name}:{q.id}", q.language, q.question, bool(q.danger_now)) for q in dataset.questions]
    return examples


def train(out: Path | None = None) -> Path:
    """Embed the training examples with the configured model, fit the classifier, write its file."""
    from assistant.safety.classifier import WEIGHTS
    from assistant.settings import load_settings

    examples = training_examples()
    w, b = fit_logistic(embed_queries([e.text for e in examples]), [e.danger for e in examples], TRAIN_L2)
    path = out or WEIGHTS
    sets = [str(p.relative_to(DATASETS_DIR.parent.parent)) for p in DEV_SETS if p.is_file()] + list(QA_DEV_SETS)
    write_probe(path, load_settings().embedding_model, w, b, TRAIN_THRESHOLD, trained_on=", ".join(sets),
                l2=TRAIN_L2, examples=len(examples))
    print(f"wrote {path}: {len(examples)} examples, L2 {TRAIN_L2}, threshold {TRAIN_THRESHOLD}")
    return path


def cross_validate(l2s: tuple[float, ...] = (0.1, 1.0), thresholds: tuple[float, ...] = (0.2, 0.25, 0.3, 0.4, 0.5),
                   folds: int = 5) -> list[dict[str, Any]]:
    """Precision and recall of the pipeline's decision (``classifier.decide``) on the training examples, each scored by a
    classifier fitted on the other folds, for every L2 and threshold; printed and returned."""
    import numpy as np

    from assistant.safety.classifier import decide

    examples = training_examples()
    x = embed_queries([e.text for e in examples])
    y = np.array([e.danger for e in examples])
    found = [assess(e.text, None) for e in examples]
    fold_of = np.empty(len(examples), dtype=int)
    for fold, members in enumerate(np.array_split(np.random.default_rng(0).permutation(len(examples)), folds)):
        fold_of[members] = fold
    rows = []
    for l2 in l2s:
        probability = out_of_fold(x, y, fold_of, l2)
        for threshold in thresholds:
            decided = np.array([decide(f, p, threshold) for f, p in zip(found, probability)])
            tp, fp, fn = int((decided & y).sum()), int((decided & ~y).sum()), int((~decided & y).sum())
            rows.append({"l2": l2, "threshold": threshold, "precision": tp / (tp + fp) if tp + fp else None,
                         "recall": tp / (tp + fn) if tp + fn else None, "false_alarms": fp, "missed": fn})
            print(f"L2 {l2} threshold {threshold}: precision {_share(rows[-1]['precision'])} recall "
                  f"{_share(rows[-1]['recall'])} ({fp} false alarms, {fn} missed of {int(y.sum())}; {len(y)} examples)")
    return rows


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"
