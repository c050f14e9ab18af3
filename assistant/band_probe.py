"""Does the knowledge base answer a factual question that matched it only weakly? A probe on the question's embedding.

A question in a language no document is written in (Estonian, Latvian, Lithuanian above all) scores low against the
right section (``calibration.asker_offset``), so its threshold is lowered, and in that lower band the match alone
cannot tell a short question on the subject ("barnahus, mis see on?") from an everyday one or one beside the subject
(a statistic, another country's law). The subject probe of situations (``situations_subject.py``) judged such
questions by a story's subject and took short factual questions for off-subject. This probe is trained on
factual questions (``python -m evals.band_probe --train``): answerable ones of the dev sets in every asker language (1)
against their near-topic and out-of-scope ones and everyday work questions (0). ``RefusalPolicy.before_answer`` asks it
for a factual question in that band; a question that tells a story is still judged by the subject probe.
"""

from __future__ import annotations

from pathlib import Path

from assistant.probes import Probe, load_probe

WEIGHTS = Path(__file__).with_name("band_probe.json")


def load_band_probe(embedding_model: str, path: Path = WEIGHTS) -> Probe | None:
    """The band probe trained for ``embedding_model``; None (and one warning) when there is none for it."""
    return load_probe(path, embedding_model, "a factual question in the lowered band is judged by the subject probe; "
                      "retrain with: python -m evals.band_probe --train")
