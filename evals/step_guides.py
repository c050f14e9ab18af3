"""Train and cross-validate the probes of the step-by-step guides for one harm (``assistant/step_guides.py``).

    python -m evals.step_guides            # cross-validation figures only
    python -m evals.step_guides --train    # and write assistant/step_guides.json

The examples are the situations of the subject probe's dev sets (``evals/situations_subject.ON_SUBJECT``) whose
expected sections include a guide's steps. For each step-by-step guide other than the general one
(``Settings.general_step_guide``), a story is about its harm (1) when the story expects that guide's steps, else (0).
The held-out situation sets are never read here.

Cross-validation holds out one story number of one set at a time in six folds (a set's stories with one number are
one story told in several languages). It reports, per threshold, the stories about the harm given the general guide
and the other stories given the guide for the harm.
"""

from __future__ import annotations

import re
import zlib

from assistant.situations import is_step
from assistant.step_guides import guide_name
from evals.datasets import load_dataset
from evals.probes import embedded_questions, fit_logistic, out_of_fold, probe_command, write_probes
from evals.situations_subject import ON_SUBJECT

L2 = 0.1
THRESHOLD = 0.5  # more likely than not; the cross-validation below (docs/evaluation/qa-history.md)
FOLDS = 6


def examples() -> list[tuple[str, str, set[str], int]]:
    """(text, id, the guides whose steps it expects, fold) of every dev situation that expects a guide's steps."""
    rows = []
    for name in ON_SUBJECT:
        for q in load_dataset(name).questions:
            guides = {guide_name(e.source) for e in q.expected if q.kind == "situation" and is_step(e.locator or "")}
            if guides:
                number = re.sub(r"^.*?(\d+)$", r"\1", q.id)
                rows.append((q.question, f"{name}:{q.id}", guides, zlib.crc32(f"{name}:{number}".encode()) % FOLDS))
    return rows


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    from assistant.step_guides import WEIGHTS

    args, settings = probe_command("evals.step_guides", __doc__, WEIGHTS, argv)
    rows = examples()
    harms = sorted({g for r in rows for g in r[2]} - {settings.general_step_guide})
    x = embedded_questions(settings, [r[0] for r in rows])
    fold = np.asarray([r[3] for r in rows])
    fitted = {}
    for harm in harms:
        y = np.asarray([int(harm in r[2]) for r in rows])
        p = out_of_fold(x, y, fold, L2)
        print(f"{harm}: {len(rows)} situations, {int(y.sum())} about its harm; L2 {L2}; {FOLDS}-fold by story")
        for t in (0.3, 0.4, 0.5, 0.6, 0.7):
            print(f"  threshold {t}: about the harm, given the general guide {int(((p < t) & (y == 1)).sum())}/"
                  f"{int(y.sum())}; others given this guide {int(((p >= t) & (y == 0)).sum())}/{int((y == 0).sum())}")
        w, b = fit_logistic(x, y, L2)
        fitted[harm] = (w, b, THRESHOLD)
    if args.train:
        write_probes(WEIGHTS, settings.embedding_model, fitted, trained_on=list(ON_SUBJECT), l2=L2,
                     examples=len(rows))
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
