"""A workshop withholds a training case's debrief (what was done, what went well or badly, the lessons)
from answers until the trainer reveals it: enforced in retrieval, on a real store."""

from __future__ import annotations

import pytest

from assistant.documents import is_debrief

CASE = """---
title: "Training case 9: the bakery"
language: en
type: practice-record
---
# Training case 9: the bakery

A fictional training case.

## Situation
Mira is 15 and works nights in her uncle's bakery without pay. She sleeps in the storeroom.

## What went well
The school nurse noticed Mira's exhaustion and made a child welfare notification on the same day.

## What went badly
The teacher phoned the uncle to ask about the night work, which warned him before the police came.

## Lessons
Never contact a suspected exploiter before the police know: the teacher's phone call warned the uncle.

## Discussion questions
1. Who should have been told first?
"""

GUIDE = """---
title: Notifying the police
language: en
type: guide
---
# Notifying the police

## Who to tell first
Tell the police and child welfare before anyone close to the suspected exploiter, so that evidence is kept.
"""

QUESTION = "Should the teacher have phoned the uncle to ask about the night work before the police knew?"


@pytest.fixture(scope="module")
def assistant(small_assistant):
    return small_assistant({"cases/bakery.en.md": CASE, "guides/police.en.md": GUIDE}, "debrief")


def test_debrief_sections_are_known_by_their_headings() -> None:
    assert is_debrief("practice-record", "Lessons") and is_debrief("practice-record", "Case > Mikä epäonnistui")
    assert is_debrief("practice-record", "Vad som gick mindre bra")
    assert not is_debrief("practice-record", "Situation") and not is_debrief("guide", "Lessons")


def test_the_debrief_is_withheld_from_retrieval_and_answers_until_revealed(assistant) -> None:
    shown = assistant.retriever.retrieve(QUESTION, language="en").passages
    assert any(is_debrief(p.chunk.doc_type, p.chunk.locator) for p in shown)  # found when not withheld

    held = assistant.retriever.retrieve(QUESTION, language="en", withhold_debrief=True).passages
    assert held and not any(is_debrief(p.chunk.doc_type, p.chunk.locator) for p in held)
    assert {p.chunk.locator for p in held} >= {"Who to tell first"}

    answer = assistant.ask(QUESTION, withhold_debrief=True)
    for c in answer.citations:
        assert not is_debrief("practice-record" if c.source.startswith("cases/") else "guide", c.locator), c
    assert "phoned the uncle" not in " ".join(c.quote for c in answer.citations)


def test_a_question_on_the_case_s_lessons_gets_none_of_its_debrief_in_a_workshop(assistant) -> None:
    """The section a question asks of a case (assistant/cases.py, aspect_first) is its debrief: withheld as well."""
    question = "In the bakery training case, what went badly and what are the lessons?"
    shown = assistant.retriever.retrieve(question, language="en").passages
    assert is_debrief(shown[0].chunk.doc_type, shown[0].chunk.locator)
    held = assistant.retriever.retrieve(question, language="en", withhold_debrief=True).passages
    assert not any(is_debrief(p.chunk.doc_type, p.chunk.locator) for p in held)


def test_a_workshop_gets_the_discussion_questions_of_the_case_it_asks_about(assistant) -> None:
    """They are no debrief: a trainer asks for them while the debrief is withheld, and they come first."""
    question = "What are the discussion questions of the bakery training case?"
    held = assistant.retriever.retrieve(question, language="en", withhold_debrief=True).passages
    assert held[0].chunk.locator == "Discussion questions"
    assert not any(is_debrief(p.chunk.doc_type, p.chunk.locator) for p in held)
