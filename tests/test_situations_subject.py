"""The situations' subject probe: shipped for the packaged model; a story of a child at risk told in a language
no document is in is answered, an everyday story told the same way is refused as off the subject; another model
or a broken file leaves the refusal thresholds to decide."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from assistant.situations import asks_what_to_do
from assistant.situations_subject import WEIGHTS, load_subject_probe

GUIDE = """---
title: When a child tells you about violence at home
language: en
type: guide
---
# When a child tells you about violence at home

## Make a child welfare notification

A professional who learns that a child is hit or threatened at home must make a child welfare notification
to the wellbeing services county without delay, whatever the duty of confidentiality says.

## Report the suspicion to the police

Violence against a child is also reported to the police; the notification to child welfare does not replace it.

## Talk with the child calmly

Listen, let the child tell in her own words, do not promise to keep the secret, and write down what she said.
"""

CONTACTS = """---
title: Emergency contacts
language: en
type: contacts
---
# Emergency contacts

## 112

Call the emergency number 112 when a child is in immediate danger.
"""


MISSING = """---
title: Children missing from care
language: en
type: guide
---
# Children missing from care

## A child missing from a children's home or an institution

When a child leaves a children's home or another child welfare institution without permission, or does not come
back, the institution must search for the child without delay, notify the police and the social worker
responsible for the child, and record what was done.
"""


@pytest.fixture(scope="module")
def assistant(small_assistant):
    return small_assistant({"guides/violence-at-home.en.md": GUIDE, "contacts/help.en.md": CONTACTS,
                            "guides/children-missing-from-care.en.md": MISSING}, "subject")


def test_the_shipped_probe_is_for_the_packaged_model(settings):
    probe = load_subject_probe(settings.embedding_model)
    assert probe is not None and 0 < probe.threshold < 1 and len(probe.weights) > 100
    trained_on = json.loads(WEIGHTS.read_text(encoding="utf-8"))["trained_on"]
    assert "dev-offtopic-situations" in trained_on and not any("heldout-situations-4" in t for t in trained_on)


def test_another_model_or_a_broken_file_leaves_the_thresholds_to_decide(tmp_path: Path, caplog):
    with caplog.at_level(logging.WARNING):
        assert load_subject_probe("some-other-model") is None
    assert "trained for" in caplog.text and "refusal thresholds alone" in caplog.text
    broken = tmp_path / "probe.json"
    broken.write_text('{"embedding_model": "x"}', encoding="utf-8")
    assert load_subject_probe("x", broken) is None


def test_a_lithuanian_story_of_a_child_hit_at_home_is_answered(assistant):
    question = ("Dirbu mokykloje socialine pedagoge. Dešimtmetė mergaitė šiandien man papasakojo, kad patėvis ją "
                "muša diržu, kai mama išeina į darbą. Ką turiu daryti?")
    assert asks_what_to_do(question, "lt")
    answer = assistant.ask(question)
    assert not answer.abstained, answer.abstain_reason
    assert any("notification" in c.quote for c in answer.citations)


def test_a_short_estonian_story_a_section_matches_closely_is_answered_whatever_the_probe_says(assistant):
    """The probe takes some short stories in Estonian, Latvian and Lithuanian for everyday ones; a story that a
    section matches closely (``situation_sure_match``) is on the subject anyway."""
    question = "Laps on lastekodust kadunud. Mida teha?"  # a child has gone missing from a children's home
    assert asks_what_to_do(question, "et")
    found = assistant.retriever.retrieve(question, language="et", situation=True)
    assert assistant.refusal.subject.probability(found.vector) < assistant.refusal.subject.threshold
    assert found.best_dense >= assistant.settings.situation_sure_match
    answer = assistant.ask(question)
    assert not answer.abstained, answer.abstain_reason
    assert any("search for the child" in c.quote for c in answer.citations)


def test_an_everyday_story_told_the_same_way_is_refused_as_off_the_subject(assistant):
    question = ("Ich bin Sportlehrerin an einer Grundschule. Ein neunjähriger Junge ist beim Bockspringen gestürzt "
                "und sein Knöchel ist dick geschwollen. Was muss ich tun?")
    assert asks_what_to_do(question, "de")
    answer = assistant.ask(question)
    assert answer.abstained and answer.abstain_signal == "off_subject", answer.abstain_reason


def test_a_told_story_below_the_threshold_is_judged_by_the_probe(assistant):
    """A question that tells a story but does not ask what to do matches with the story's words too (a baby's
    bruises scored 0.29): below the threshold the probe judges it, as it judges a situation. (Asking whether it is
    "something I have to act on" asks what to do since the thirty-first session: ``situations._UNSURE_IF``.)"""
    from assistant.retrieval import Retrieved

    s = assistant.settings
    weak = (s.refusal_threshold + s.situation_refusal_floor) / 2

    def decide(question: str):
        vector = assistant.store.embedder.embed_query(question)
        found = assistant.retriever.retrieve(question, language="en")
        assert not asks_what_to_do(question, "en")
        return assistant.refusal.before_answer(question, "en", Retrieved(found.passages, weak, 0.0, 0.0, vector))

    assert decide("A 4-month-old has bruises on both arms and the parents cannot say where they came from. "
                  "Is it usual for a baby to bruise like that?") is None
    assert decide("Must I make a notification if a 9-year-old says her mother's partner pushes her into the wall "
                  "when she is naughty?") is None
    assert decide("A pupil fell off the climbing frame and hurt his wrist badly. "
                  "Is it usual for a wrist to swell like that?").signal == "off_subject"
    assert decide("Is the kitchen open late?").signal == "weak_match"  # no story: the threshold decides
