"""A child in danger now, recognised from the question's embedding (the one retrieval computes anyway).

The patterns of ``assistant/safety/detector.py`` say why they fire, but they only know the words they were written
for: on the held-out set of the danger eval they found half the children in danger (recall 0.509). A
logistic regression on the embedding model's question vectors, trained on the labelled set
(``python -m evals.safety --train``), generalises across wording and language: in 5-fold cross-validation
on the labelled set, recall 1.000 at precision 0.955 (L2 0.1, threshold 0.5, the highest threshold that
kept every danger). The pipeline refers when the patterns or the classifier say so: the patterns catch
what is said outright ("a child is in danger right now"), which the classifier can miss; on the held-out
set, together: recall 1.000, precision 0.891. A ``assistant.probes.Probe``: with another embedding model the file does not apply, and the patterns decide,
with one logged warning.
"""

from __future__ import annotations

from pathlib import Path

from assistant.probes import Probe, load_probe

WEIGHTS = Path(__file__).with_name("classifier.json")


def load_classifier(embedding_model: str, path: Path = WEIGHTS) -> Probe | None:
    """The classifier trained for ``embedding_model``; None (and one warning) when there is none for it."""
    return load_probe(path, embedding_model, "the safety referral falls back to the patterns of "
                      "assistant/safety/detector.py; retrain with: python -m evals.safety --train")
