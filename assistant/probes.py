"""Linear probes on a question's embedding: a logistic regression over the vector that retrieval computes
anyway, trained offline for one embedding model and shipped as a JSON file of weights.

Five use it: the danger classifier (``assistant/safety/classifier.py``: a child in danger now), the subject
probe of situations (``assistant/situations_subject.py``: is a told story about what the knowledge base covers), the
step-by-step guides for one harm (``assistant/step_guides.py``: is a story about that harm) and the near-topic probe
(``assistant/near_topic.py``: does a factual question ask for something beside what the sources give) and the band
probe (``assistant/band_probe.py``: does the knowledge base answer a weakly matched factual question).
``make probes`` retrains them all from the dev sets.
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

    def fields(self) -> dict[str, object]:
        """What a probe's file holds of it (``load_probes``): its threshold, bias and weights."""
        return {"threshold": self.threshold, "bias": self.bias, "weights": [round(w, 6) for w in self.weights]}

    def to_json(self, **about: object) -> str:
        return json.dumps({"embedding_model": self.embedding_model, **about, **self.fields()}, indent=1)


def load_probe(path: Path, embedding_model: str, fallback: str) -> Probe | None:
    """The probe in ``path`` when it was trained for ``embedding_model``; None (and one warning saying
    ``fallback``: what decides instead, and how to retrain) when it is missing, broken or for another model."""
    return (load_probes(path, embedding_model, fallback) or {}).get("")


def load_probes(path: Path, embedding_model: str, fallback: str) -> dict[str, Probe] | None:
    """The probes in ``path`` by name (a file of one probe: under "") when they were trained for
    ``embedding_model``; None (and one warning saying ``fallback``) when the file is missing, broken or for
    another model. A file of several keeps them under "probes" (name -> bias, weights, threshold)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = data["embedding_model"]
        probes = {name: Probe(model, tuple(entry["weights"]), float(entry["bias"]), float(entry["threshold"]))
                  for name, entry in data.get("probes", {"": data}).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        _warn_once(f"{path}: {exc}", fallback)
        return None
    if model != embedding_model:
        _warn_once(f"{path} was trained for {model}, not {embedding_model}", fallback)
        return None
    return probes


def _warn_once(problem: str, fallback: str) -> None:
    if problem not in _warned:
        _warned.add(problem)
        log.warning("a probe is not used (%s): %s", problem, fallback)
