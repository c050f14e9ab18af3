"""The near-topic probe (``assistant/near_topic.py``): the shipped probe, on the packaged model, takes questions that
ask for a fee or a salary beside what the knowledge base covers for near-topic in several asker languages and lets
questions it answers through; through the pipeline, a factual question it takes says that the sources do not seem to
give what is asked and shows the drafted quotes as the nearest topic, while a situation is never asked."""

from __future__ import annotations

import pytest
from conftest import assert_shipped_probe

from assistant import prompts
from assistant.answer import RefusalBlock, SentencesBlock
from assistant.near_topic import WEIGHTS, load_near_topic_probe
from assistant.probes import Probe
from evals.near_topic import TRAINED_ON

NEAR_TOPIC = [
    "Kiek kainuoja vertėjo valanda, kai socialinis darbuotojas kalbasi su vaiku?",
    "Ile kosztuje godzina pracy tłumacza podczas rozmowy z dzieckiem?",
    "Wie viel verdient ein Vertreter eines unbegleiteten Kindes im Monat?",
    "What salary does a representative of an unaccompanied child get?",
]
ANSWERABLE = [
    "Who is admitted to the assistance system for victims of trafficking?",
    "Vem kan tas in i hjälpsystemet för offer för människohandel?",
    "Kto może zostać przyjęty do systemu pomocy ofiarom handlu ludźmi?",
    "When must a child welfare notification be made?",
]


def test_the_shipped_probe_is_for_the_packaged_model_and_was_never_trained_on_a_held_out_set(settings):
    assert_shipped_probe(load_near_topic_probe(settings.embedding_model), WEIGHTS, TRAINED_ON)


def test_the_shipped_probe_tells_near_topic_questions_from_answerable_ones(settings, embedder):
    probe = load_near_topic_probe(settings.embedding_model)
    vectors = embedder.embed_batch(NEAR_TOPIC + ANSWERABLE, "query")
    said = [probe.says(v) for v in vectors]
    assert said == [True] * len(NEAR_TOPIC) + [False] * len(ANSWERABLE)


DOCS = {
    "guides/representatives.en.md": """---
title: Representatives for unaccompanied children
language: en
type: guide
---
# Representatives for unaccompanied children

## Which children get a representative
Section 39(1) of the Reception Act 746/2011 provides that a representative must be appointed without delay for a child who is in Finland without a guardian. The representative uses the guardian's right to act on the child's behalf.

## What to do when an unaccompanied child arrives
If a child arrives without a guardian, make a child welfare notification without delay and ask the district court to appoint a representative. If the child is in immediate danger, call 112.
""",
}

ALWAYS = Probe("any", (0.0,), 60.0, 0.9)  # a probe that takes every question for near-topic


@pytest.fixture(scope="module")
def assistant(small_assistant):
    return small_assistant(DOCS, "near-topic")


@pytest.fixture
def always(assistant):
    shipped = assistant.refusal.near_topic
    assistant.refusal.near_topic = ALWAYS
    yield assistant
    assistant.refusal.near_topic = shipped


def test_a_question_the_probe_takes_says_so_and_shows_the_nearest_quotes(always):
    answer = always.ask("Which children get a representative?")
    assert answer.abstained and answer.abstain_signal == "near_topic", answer.abstain_reason
    refusal, nearest = answer.blocks
    assert isinstance(refusal, RefusalBlock) and refusal.message == prompts.NOT_GIVEN["en"]
    assert isinstance(nearest, SentencesBlock) and nearest.related and nearest.lead == prompts.NEAREST_LEAD["en"]
    assert any("Section 39(1)" in s.text for s in nearest.sentences)
    assert answer.sentences == []  # the quotes are not presented as the answer
    assert answer.citations and answer.citations[0].source == "guides/representatives.en.md"


def test_a_situation_is_never_asked(always):
    answer = always.ask("I am a social worker. A 15-year-old boy has arrived alone at the reception centre without "
                        "a guardian. What must I do?")
    assert answer.abstain_signal != "near_topic", answer.abstain_reason


def test_the_setting_for_missing_facts_turns_it_off(always):
    always.settings.refuse_missing_facts = False
    try:
        answer = always.ask("Which children get a representative?")
    finally:
        always.settings.refuse_missing_facts = True
    assert not answer.abstained and answer.sentences


def test_the_shipped_probe_answers_what_the_sources_give(assistant):
    answer = assistant.ask("Which children get a representative?")
    assert not answer.abstained, answer.abstain_reason


def test_without_a_probe_for_the_model_there_is_none_and_a_warning_says_how_to_train_one(caplog):
    assert load_near_topic_probe("another/model") is None
    assert "python -m evals.near_topic --train" in caplog.text
