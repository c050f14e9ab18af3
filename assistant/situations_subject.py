"""Is a told situation about what the knowledge base covers? A probe on the question's embedding.

A situation ("I am a teacher; a pupil ...; what do I do?") in a language no document is written in matches the
guidance weakly (best similarity 0.27-0.40 for Estonian, Lithuanian or Ukrainian stories of a child at risk), and an
everyday story that the knowledge base does not cover (a sprained wrist in gym class, head lice at day care, a
custody quarrel) matches about as well (0.25-0.47): the story's setting -- a teacher, a pupil, an age -- carries the
score, not its subject, so no threshold on the best match tells them apart (on the dev stories it refused 8 of 105
situations and still answered 32 of 72 everyday stories). A logistic regression on the question's vector, trained on
stories of both kinds (``python -m evals.situations_subject --train``), learns the subject instead; the refusal
policy asks it for a situation (``assistant/refusal.py``), with the best match only as a floor
(``situation_refusal_floor``). Without a probe for the embedding model, the thresholds decide as before.
"""

from __future__ import annotations

from pathlib import Path

from assistant.probes import Probe, load_probe

WEIGHTS = Path(__file__).with_name("situations_subject.json")


def load_subject_probe(embedding_model: str, path: Path = WEIGHTS) -> Probe | None:
    """The subject probe trained for ``embedding_model``; None (and one warning) when there is none for it."""
    return load_probe(path, embedding_model, "a situation is refused by the refusal thresholds alone; retrain "
                      "with: python -m evals.situations_subject --train")
