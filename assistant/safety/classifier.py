"""A child in danger now, recognised from the question's embedding (the one retrieval computes anyway).

The patterns of ``assistant/safety/detector.py`` say why they fire, but they only know the words they were
written for. A logistic regression on the embedding model's question vectors generalises across wording and
language. It is trained (``python -m evals.safety --train``) on every dev set that labels a message as a child
in danger now or not: the safety sets (``labelled``, ``stories``, ``everyday``: subject questions, work stories,
everyday and off-topic messages) and the questions of the QA dev sets (a factual question is no danger; a
situation carries its ``danger_now``). Before the everyday messages were in it, it was trained on the subject's
questions alone and took "Hello!" or a question on a printer for a child in danger (87 of the 192 everyday
messages of ``everyday.jsonl``).

``refers`` is the decision the pipeline and the eval share: the classifier says so, or the patterns do and
either say danger outright ("in danger right now", "threatens to kill": a statistical model never overrules
those words) or the classifier does not find the message far from every danger it was trained on
(probability >= ``VETO``): a harm word made current ("missing" ... "now") on a child "found yesterday, now in
hospital" is overruled, one on a child in danger is not (5-fold cross-validation on the dev sets, see
``evals/safety_training.py``). A ``assistant.probes.Probe``: with another embedding model the file does not apply,
and the patterns decide alone, with one logged warning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.probes import Probe, load_probe
from assistant.safety.detector import Assessment, assess

WEIGHTS = Path(__file__).with_name("classifier.json")
# Below this probability the classifier overrules the patterns. Chosen by 5-fold cross-validation on the dev sets
# (2026-12-05): 0.05 and 0.1 lost no danger there; the lower one is kept, recall comes first.
VETO = 0.05
OUTRIGHT = "outright"  # the patterns' reason when a phrase says danger outright (``detector.assess``)


def load_classifier(embedding_model: str, path: Path = WEIGHTS) -> Probe | None:
    """The classifier trained for ``embedding_model``; None (and one warning) when there is none for it."""
    return load_probe(path, embedding_model, "the safety referral falls back to the patterns of "
                      "assistant/safety/detector.py; retrain with: python -m evals.safety --train")


def decide(patterns: Assessment, probability: float, threshold: float) -> bool:
    """The referral, from the patterns' assessment and the classifier's probability: the classifier says so
    (``threshold``), or the patterns do and either say it outright ("in danger right now", "threatens to kill":
    never overruled) or the probability is not below ``VETO``."""
    return probability >= threshold or (patterns.danger and (patterns.reason == OUTRIGHT or probability >= VETO))


def refers(question: str, language: str | None, classifier: Probe | None,
           vector: Callable[[], list[float]]) -> bool:
    """Whether the answer opens with the 112 referral (``decide``); the patterns alone without a classifier.
    ``vector`` (the question's embedding) is called only when the decision needs the classifier's probability."""
    patterns = assess(question, language)
    if classifier is None or (patterns.danger and patterns.reason == OUTRIGHT):
        return patterns.danger
    return decide(patterns, classifier.probability(vector()), classifier.threshold)
