"""A factual question's training cases come after its guidance unless it asks about a case (assistant/cases.py),
on a real store with the real embedding model."""

from __future__ import annotations

import pytest

from assistant.answer import Passage
from assistant.cases import case_child, cases_last, names_a_case
from assistant.documents import PRACTICE_RECORD, Chunk
from assistant.pipeline import Assistant

DOCS = {
    "contacts/police.en.md": """---
title: Emergency and support contacts
language: en
type: contacts
---
# Emergency and support contacts

## Police
Report a suspected sexual offence against a child to the police. In an emergency, call 112.
""",
    "cases/nurse.en.md": """---
title: "Training case 8: a school nurse notices signs of sexual abuse of Aino, 9"
language: en
type: practice-record
---
# Training case 8: a school nurse notices signs of sexual abuse of Aino, 9

## What was done
The school nurse reported the suspected sexual offence against the child to the police on the same day
and made a child welfare notification.
""",
}


def chunk(title: str, doc_type: str, locator: str = "What was done") -> Chunk:
    return Chunk(source=f"{doc_type}/{title[:8]}.en.md", version="v", ordinal=0, text="...", locator=locator,
                 title=title, language="en", doc_type=doc_type)


NURSE = chunk("Training case 8: a school nurse notices signs of sexual abuse of Aino, 9", PRACTICE_RECORD)
SOFIA = chunk("Koulutustapaus 6: Sofia, 14, Ukrainasta, asui aikuisen luona", PRACTICE_RECORD)
POLICE = chunk("Emergency and support contacts", "contacts", "Police")


def test_the_child_of_a_case_is_the_name_before_the_age():
    assert case_child(NURSE.title) == "Aino"
    assert case_child(SOFIA.title) == "Sofia"
    assert case_child("Emergency and support contacts") is None


@pytest.mark.parametrize("question", [
    "In the training case about the school nurse, what was done?",
    "Koulutustapauksessa: mitä terveydenhoitaja teki?",
    "I utbildningsfallet med skolhälsovårdaren: vad gjordes?",
    "Mitä Ainon kanssa tehtiin?",  # the case's child, in the genitive
    "Mācību gadījumā par Sofiju: kas notika?",
    "Im Trainingsfall der Schulkrankenschwester: was wurde getan?",
])
def test_a_question_that_asks_about_a_case_names_it(question):
    assert names_a_case(question, [Passage(chunk=NURSE, score=0.3), Passage(chunk=SOFIA, score=0.2)])


def test_a_factual_question_gets_the_guidance_first_and_keeps_the_cases():
    passages = [Passage(chunk=NURSE, score=0.3), Passage(chunk=POLICE, score=0.2)]
    question = "Must a school nurse report a suspected sexual offence against a child to the police?"
    assert not names_a_case(question, passages)
    assert [p.chunk for p in cases_last(passages, question)] == [POLICE, NURSE]
    asked = "In the training case, did the school nurse report it to the police?"
    assert [p.chunk for p in cases_last(passages, asked)] == [NURSE, POLICE]


@pytest.fixture(scope="module")
def assistant(small_assistant) -> Assistant:
    return small_assistant(DOCS, "cases")


def test_the_retriever_puts_the_guidance_before_a_case_that_matches_better(assistant):
    question = "Should a school nurse report a suspected sexual offence against a child to the police?"
    passages = assistant.retriever.retrieve(question, language="en").passages
    assert [p.chunk.source for p in passages] == ["contacts/police.en.md", "cases/nurse.en.md"]
    asked = "In Aino's training case, what did the school nurse do about the suspected sexual offence?"
    passages = assistant.retriever.retrieve(asked, language="en").passages
    assert passages[0].chunk.source == "cases/nurse.en.md"
