"""Linear probes on a question's embedding: a logistic regression over the vector that retrieval computes
anyway, trained offline for one embedding model and shipped as a JSON file of weights.

Two use it: the danger classifier (``assistant/safety/classifier.py``: a child in danger now) and the subject
probe of situations (``assistant/situations_subject.py``: is a told story about what the knowledge base covers).
The weights belong to one embedding model (like the calibration offsets): with another model a file does not
apply, the caller falls back to its rule without the probe, and one warning is logged per file and problem.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_warned: set[str] = set()


@dataclass(frozen=True)
class Probe:
    embedding_model: str
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, vector: list[float]) -> float:
        """The probability the probe was trained to give (a child in danger now; a story on the subject)."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, vector))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def says(self, vector: list[float]) -> bool:
        return self.probability(vector) >= self.threshold

    def to_json(self, **about: object) -> str:
        return json.dumps({"embedding_model": self.embedding_model, "threshold": self.threshold, **about,
                           "bias": self.bias, "weights": [round(w, 6) for w in self.weights]}, indent=1)


def load_probe(path: Path, embedding_model: str, fallback: str) -> Probe | None:
    """The probe in ``path`` when it was trained for ``embedding_model``; None (and one warning saying
    ``fallback``: what decides instead, and how to retrain) when it is missing, broken or for another model."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        probe = Probe(data["embedding_model"], tuple(data["weights"]), float(data["bias"]), float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        _warn_once(f"{path}: {exc}", fallback)
        return None
    if probe.embedding_model != embedding_model:
        _warn_once(f"{path} was trained for {probe.embedding_model}, not {embedding_model}", fallback)
        return None
    return probe


def _warn_once(problem: str, fallback: str) -> None:
    if problem not in _warned:
        _warned.add(problem)
        log.warning("a probe is not used (%s): %s", problem, fallback)
