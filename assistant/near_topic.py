"""Does a factual question ask for something the knowledge base does not give? A probe on the question's embedding.

A near-topic question ("How many children did the assistance system take in last year?", "In which city is the
Nollalinja office?", "What does the Finnish Red Cross do for child victims?") matches a neighbouring section well,
so neither the dense threshold nor the words signal refuses it; the fact and thing kinds (``specific_facts.py``,
``asked_things.py``) catch the shapes their patterns know, in fi, sv and en. A logistic regression on the question's
vector, trained on near-topic and answerable questions of the same shapes in all the asker languages of the dev sets
(``python -m evals.near_topic --train``), learns what the knowledge base leaves out beside what it covers. The
refusal policy asks it after the answer is drafted (``RefusalPolicy.after_answer``): when it says so, the answer says
that the sources do not answer exactly this, and the drafted sentences follow as the related topic, as for a missing
fact. Situations are not asked (a story's setting is not what it asks for). Like the other probes it belongs to the
knowledge base it was trained on: retrain it when documents on new topics are added.
"""

from __future__ import annotations

from pathlib import Path

from assistant.probes import Probe, load_probe

WEIGHTS = Path(__file__).with_name("near_topic.json")


def load_near_topic_probe(embedding_model: str, path: Path = WEIGHTS) -> Probe | None:
    """The near-topic probe trained for ``embedding_model``; None (and one warning) when there is none for it."""
    return load_probe(path, embedding_model, "near-topic questions are judged by the fact and thing kinds alone; "
                      "retrain with: python -m evals.near_topic --train")
