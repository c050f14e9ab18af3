"""The danger classifier on the question's embedding: shipped for the packaged model, used by the pipeline
beside the patterns, and stood aside (with a warning) for another model or a broken weights file."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from assistant.probes import Probe
from assistant.safety.classifier import VETO, WEIGHTS, decide, load_classifier, refers
from assistant.safety import assess, suggests_immediate_danger
from evals.datasets import DATASETS_DIR, load_dataset
from evals.safety import HELDOUT_SETS


def test_the_shipped_weights_are_for_the_packaged_model(settings):
    classifier = load_classifier(settings.embedding_model)
    assert classifier is not None and 0 < classifier.threshold < 1
    trained_on = json.loads(WEIGHTS.read_text(encoding="utf-8"))["trained_on"]
    sets = trained_on.split(", ")
    assert "evals/datasets/safety/everyday.jsonl" in sets
    # No held-out set is trained on: a safety file of HELDOUT_SETS, or a QA set whose dataset.toml says held_out (sets
    # named "heldout-..." that were run blind once and are dev sets since say held_out = false).
    assert not {str(p.relative_to(DATASETS_DIR.parent.parent)) for p in HELDOUT_SETS} & set(sets)
    assert not any(load_dataset(name).held_out for name in sets if "/" not in name)


def _probe(bias: float) -> Probe:
    """A probe whose probability is the logistic of ``bias`` for every vector (weights zero)."""
    return Probe("m", (0.0, 0.0), bias, 0.3)


@pytest.mark.parametrize(("patterns_fire", "bias", "expected"), [
    (False, 2.0, True),    # the classifier alone (probability 0.88 >= 0.3)
    (False, -2.0, False),  # neither (0.12)
    (True, -2.0, True),    # the patterns, the classifier not far from danger (0.12 >= VETO)
    (True, -6.0, False),   # the patterns overruled: the classifier finds the message far from any danger (0.0025)
])
def test_the_referral_is_the_classifier_or_the_patterns_unless_the_classifier_overrules_them(
        patterns_fire: bool, bias: float, expected: bool):
    question = ("The girl was beaten and is locked in tonight." if patterns_fire  # a harm word made current
                else "What is a child welfare notification?")
    assert suggests_immediate_danger(question, "en") is patterns_fire
    assert refers(question, "en", _probe(bias), lambda: [1.0, 1.0]) is expected
    assert VETO < 0.12


def test_danger_said_outright_is_never_overruled_and_needs_no_vector():
    def no_vector() -> list[float]:
        raise AssertionError("embedded although the patterns said danger outright")

    question = "How do I notify child welfare when a child is in danger right now?"
    assert refers(question, "en", _probe(-30.0), no_vector)
    assert decide(assess(question, "en"), 0.0, 0.3)


def test_without_a_classifier_the_patterns_decide_and_no_vector_is_computed():
    def no_vector() -> list[float]:
        raise AssertionError("embedded without a classifier")

    assert refers("The girl is in danger right now.", "en", None, no_vector)
    assert not refers("Good morning!", "en", None, no_vector)


def test_another_model_or_a_broken_file_falls_back_to_the_patterns(tmp_path: Path, caplog):
    with caplog.at_level(logging.WARNING):
        assert load_classifier("some-other-model") is None
    assert "trained for" in caplog.text and "falls back to the patterns" in caplog.text
    broken = tmp_path / "weights.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_classifier("embeddinggemma", broken) is None


@pytest.fixture(scope="module")
def assistant(small_assistant):
    return small_assistant({"contacts/help.en.md": "---\ntitle: Emergency contacts\nlanguage: en\ntype: contacts\n---\n"
                            "# Emergency contacts\n\n## 112\n\nCall the emergency number 112 when a child is in "
                            "immediate danger.\n"}, "danger")


def test_a_story_without_danger_words_gets_the_referral(assistant):
    """No pattern fires (no 'danger', 'now', harm word and time word together), the classifier does."""
    question = ("My neighbour's little boy, about six, has been standing outside in the yard since morning without "
                "a coat; his parents have not come home and the door is locked. Who should I call?")
    assert not suggests_immediate_danger(question, "en")
    assert assistant.ask(question).safety_referral


def test_a_question_about_the_law_gets_none(assistant):
    assert not assistant.ask("What is the penalty for aggravated trafficking in human beings?").safety_referral


@pytest.mark.parametrize("message", [
    "Good morning, everyone!",
    "Thanks, that was all I needed.",
    "How do I reset my VPN password on the office laptop?",
    "Kiitos avusta!",
    "Hur byter jag språk i verktyget?",
])
def test_everyday_messages_get_no_referral(assistant, message: str):
    """Trained on the subject's questions alone, the classifier took greetings and IT questions for danger;
    the everyday messages of evals/datasets/safety/everyday.jsonl taught it otherwise (sentences written here)."""
    assert not assistant.ask(message).safety_referral
