"""Train and cross-validate the situations' subject probe (``assistant/situations_subject.py``).

    python -m evals.situations_subject            # cross-validation figures only
    python -m evals.situations_subject --train    # and write assistant/situations_subject.json

On the subject (1): the situations of the dev sets (``dev``, ``dev-baltic``, ``heldout-situations-3``, which became
a dev set when ``heldout-situations-4`` was written, and ``heldout-situations-19`` and ``-20``, dev sets since the
twentieth session), the stories of a child in danger of the labelled safety set, and the stories of
``subject/stories.jsonl`` and ``subject/stories-23.jsonl`` labelled ``on_subject``. Not on it (0):
``dev-offtopic-situations`` and the other stories of those files, everyday work stories knowledge/ does not cover. The
held-out sets (``heldout-situations-4``, ``-21``, ``heldout-offtopic-situations``, ``-22``) are never read here.

Cross-validation holds out one group at a time: the everyday stories by their number (``dos-<lang>-NN``: stories
with one number share a kind of topic across languages, so a topic is judged by a probe that has not seen it), the
rest spread over the same number of folds. It reports, per threshold, how many situations would be refused and how
many everyday stories answered, beside the best-match floor.
"""

from __future__ import annotations

import zlib

from evals.datasets import DATASETS_DIR, load_dataset
from evals.probes import cross_validated, labelled_lines, probe_command, write_trained
from evals.safety import load_labelled

ON_SUBJECT = ("dev", "dev-baltic", "heldout-situations-3", "heldout-situations-19", "heldout-situations-20")
OFF_SUBJECT = "dev-offtopic-situations"
STORIES = (DATASETS_DIR / "subject" / "stories.jsonl", DATASETS_DIR / "subject" / "stories-23.jsonl")
L2 = 0.1
THRESHOLD = 0.5  # chosen by the cross-validation below (docs/evaluation/qa-history.md)
FOLDS = 6


def examples() -> list[tuple[str, str, int, int, bool]]:
    """(text, id, label, fold, a dev set's situation) of every training story."""
    rows = []
    for name in ON_SUBJECT:
        for q in load_dataset(name).questions:
            if q.kind == "situation":
                rows.append((q.question, q.id, 1, zlib.crc32(q.id.encode()) % FOLDS, True))
    for e in load_labelled():
        if e.danger:
            rows.append((e.text, e.id, 1, zlib.crc32(e.id.encode()) % FOLDS, False))
    for q in load_dataset(OFF_SUBJECT).questions:
        rows.append((q.question, q.id, 0, (int(q.id.rsplit("-", 1)[1]) - 1) % FOLDS, False))
    for path in STORIES:
        rows += labelled_lines(path, lambda story: (story["text"], story["id"], int(bool(story["on_subject"])),
                                                    zlib.crc32(story["id"].encode()) % FOLDS, False))
    return rows


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    from assistant.situations_subject import WEIGHTS

    args, settings = probe_command("evals.situations_subject", __doc__, WEIGHTS, argv)
    rows = examples()
    x, y, fold, p = cross_validated(settings, rows, L2)
    situations = np.asarray([r[4] for r in rows])
    print(f"{len(rows)} stories: {int(y.sum())} on the subject ({int(situations.sum())} situations), "
          f"{int((y == 0).sum())} everyday; L2 {L2}; {FOLDS}-fold, everyday stories held out by number")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        print(f"  threshold {t}: situations refused {int(((p < t) & situations).sum())}/{int(situations.sum())}, "
              f"everyday stories answered {int(((p >= t) & (y == 0)).sum())}/{int((y == 0).sum())}")
    if args.train:
        write_trained(WEIGHTS, settings, x, y, L2, THRESHOLD, {},
                      trained_on=[*ON_SUBJECT, "safety/labelled.jsonl (danger)", OFF_SUBJECT,
                                  *(f"subject/{p.name}" for p in STORIES)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
