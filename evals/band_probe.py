"""Train and cross-validate the band probe (``assistant/band_probe.py``).

    python -m evals.band_probe            # cross-validation figures only
    python -m evals.band_probe --train    # and write assistant/band_probe.json

Answered (1): the answerable and cross-lingual questions of the dev sets in ``TRAINED_ON``; not (0): their near-topic
and out-of-scope questions, and the everyday work questions of ``subject/questions-29.jsonl``. Follow-ups and
situations are left out. The held-out sets are never read here.

Cross-validation holds out one set at a time (the everyday questions are spread over the folds). The probe is asked
only for questions in a language no document is written in, so the figures count those: per threshold, the answerable
ones it would refuse and the others it would let through to the remaining signals.
"""

from __future__ import annotations

import zlib

from evals.datasets import DATASETS_DIR, load_dataset
from evals.probes import cross_validated, labelled_lines, probe_command, write_trained

TRAINED_ON = ("dev", "dev-baltic", "dev-baltic-2", "dev-neartopic-12", "dev-neartopic-27", "dev-neartopic-28",
              "heldout-neartopic-12", "heldout-situations-3",
              # Run blind until 2026-12-07, dev sets since: 305 answerable and 150 other questions in the asker languages
              "heldout-baltic-8", "heldout-baltic-12", "heldout-baltic-16", "heldout-baltic-17", "heldout-baltic-18",
              "heldout-baltic", "heldout-baltic-neartopic")
EVERYDAY = DATASETS_DIR / "subject" / "questions-29.jsonl"
ANSWERABLE = ("answerable", "cross-lingual")
NOT_ANSWERED = ("near-topic", "out-of-scope")
DOCUMENT_LANGUAGES = ("fi", "sv", "en")  # knowledge/'s: the band is for the others
L2 = 0.1
RATE = 5.0  # as the near-topic probe's (evals/near_topic.py)
# Chosen by the cross-validation below over the 836 questions in a language no document is in: at 0.4 the probe refuses
# 57 of 330 answerable ones and lets 92 of 506 others through; the subject probe of situations, which judged them
# before, 147 and 144 (threshold 0.5). 0.3: 36 and 127; 0.5: 83 and 68 (docs/evaluation/qa-history.md). With the seven Baltic sets
# run blind until 2026-12-07 (1,291 questions): 0.4 refuses 44 of 635 and lets 140 of 656 through; 0.3: 30 and 180;
# 0.5: 72 and 111. The threshold stayed.
THRESHOLD = 0.4


def examples() -> list[tuple[str, str, int, int, str]]:
    """(text, id, label, fold, language) of every training question."""
    rows = []
    for fold, name in enumerate(TRAINED_ON):
        for q in load_dataset(name).questions:
            if not q.history and q.kind in ANSWERABLE + NOT_ANSWERED:
                rows.append((q.question, f"{name}:{q.id}", int(q.kind in ANSWERABLE), fold, q.language))
    rows += labelled_lines(EVERYDAY, lambda q: (q["text"], q["id"], int(bool(q["on_subject"])),
                                                zlib.crc32(q["id"].encode()) % len(TRAINED_ON), q["language"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    from assistant.band_probe import WEIGHTS

    args, settings = probe_command("evals.band_probe", __doc__, WEIGHTS, argv)
    rows = examples()
    x, y, fold, p = cross_validated(settings, rows, L2, rate=RATE)
    other = np.asarray([r[4] not in DOCUMENT_LANGUAGES for r in rows])
    print(f"{len(rows)} questions, {int(y.sum())} answerable; L2 {L2}, step {RATE}; one set held out at a time; "
          f"counted: the {int(other.sum())} in a language no document is in")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        print(f"  threshold {t}: answerable refused {int(((p < t) & (y == 1) & other).sum())}/"
              f"{int(((y == 1) & other).sum())}, others let through {int(((p >= t) & (y == 0) & other).sum())}/"
              f"{int(((y == 0) & other).sum())}")
    if args.train:
        write_trained(WEIGHTS, settings, x, y, L2, THRESHOLD, {"rate": RATE},
                      trained_on=[*TRAINED_ON, EVERYDAY.name])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
