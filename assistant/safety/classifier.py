"""A child in danger now, recognised from the question's embedding (the one retrieval computes anyway).

The patterns of ``assistant/safety/detector.py`` say why they fire, but they only know the words they were written
for: on the held-out set of the danger eval they found half the children in danger (recall 0.509). A
logistic regression on the embedding model's question vectors, trained on the labelled set
(``python -m evals.safety --train``), generalises across wording and language: in 5-fold cross-validation
on the labelled set, recall 1.000 at precision 0.955 (L2 0.1, threshold 0.5, the highest threshold that
kept every danger). The pipeline refers when the patterns or the classifier say so: the patterns catch
what is said outright ("a child is in danger right now"), which the classifier can miss; on the held-out
set, together: recall 1.000, precision 0.891. The weights belong to one embedding model (like the calibration offsets): with
another model the file does not apply, and the patterns decide, with one logged warning.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

WEIGHTS = Path(__file__).with_name("classifier.json")
_warned: set[str] = set()


@dataclass(frozen=True)
class DangerClassifier:
    embedding_model: str
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, vector: list[float]) -> float:
        """The probability that the question with this embedding describes a child in danger now."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, vector))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def says_danger(self, vector: list[float]) -> bool:
        return self.probability(vector) >= self.threshold

    def to_json(self, **about: object) -> str:
        return json.dumps({"embedding_model": self.embedding_model, "threshold": self.threshold, **about,
                           "bias": self.bias, "weights": [round(w, 6) for w in self.weights]}, indent=1)


def load_classifier(embedding_model: str, path: Path = WEIGHTS) -> DangerClassifier | None:
    """The classifier trained for ``embedding_model``; None (and one warning) when there is none for it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        classifier = DangerClassifier(data["embedding_model"], tuple(data["weights"]), float(data["bias"]),
                                      float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        _warn_once(f"{path}: {exc}")
        return None
    if classifier.embedding_model != embedding_model:
        _warn_once(f"{path} was trained for {classifier.embedding_model}, not {embedding_model}")
        return None
    return classifier


def _warn_once(problem: str) -> None:
    if problem not in _warned:
        _warned.add(problem)
        log.warning("the danger classifier is not used (%s): the safety referral falls back to the patterns "
                    "of assistant/safety/detector.py; retrain with: python -m evals.safety --train", problem)
