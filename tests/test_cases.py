"""A factual question's training cases come after its guidance unless it asks about a case, and the section of the
case it asks about comes first (assistant/cases.py), on a real store with the real embedding model."""

from __future__ import annotations

import pytest

from assistant.answer import Passage
from assistant.cases import asked_aspect, case_child, cases_last, names_a_case
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
    "cases/runaway.en.md": """---
title: "Training case 7: Iida, 15, keeps running away from a child welfare institution"
language: en
type: practice-record
---
# Training case 7: Iida, 15, keeps running away from a child welfare institution

## Situation
Iida, 15, lives in a child welfare institution and keeps running away. She comes back with new clothes and a phone.

## What went well
The institution searched for Iida each time she ran away and told her social worker and the police.

## What went badly
The staff called the restriction on Iida a grounding, and one weekend the institution hired a private security firm
to search for her.

## Lessons
A search for a child who has run away from care may not be bought as a service; a restriction is not a punishment.
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
    assert [p.chunk.source for p in passages][:2] == ["contacts/police.en.md", "cases/nurse.en.md"]
    asked = "In Aino's training case, what did the school nurse do about the suspected sexual offence?"
    passages = assistant.retriever.retrieve(asked, language="en").passages
    assert passages[0].chunk.source == "cases/nurse.en.md"


@pytest.mark.parametrize("question, aspect", [
    ("In the Iida case, what went wrong?", "badly"),
    ("Iidan tapauksessa: mikä epäonnistui?", "badly"),
    ("I fallet med Iida: vad gick bra?", "well"),
    ("Koolitusjuhtum Iida: mis olid õppetunnid?", "lessons"),
    ("Mitä Iidan tapauksesta pitäisi oppia?", "lessons"),
    ("W przypadku Iidy: co zrobiono?", "done"),
    ("Im Fall Iida: was hat das Heim gemacht?", "done"),
    ("У кейсі Іїди що пішло не так?", "badly"),
    ("Mokymo atvejis apie Iidą: kas nepavyko?", "badly"),  # "nepavyko" (failed) holds "pavyko" (succeeded)
    ("How old is Iida in the case?", None),
    ("What are the discussion questions of the Iida case?", "discussion"),
    ("Iidan tapauksen keskustelukysymykset?", "discussion"),
    ("Vilka diskussionsfrågor har fallet med Iida? Vad gick fel?", "discussion"),
    ("Pytania do dyskusji w przypadku Iidy?", "discussion"),
    ("Вопросы для обсуждения по случаю Иды?", "discussion"),
])
def test_the_section_asked_of_a_case_is_recognised_in_every_language(question, aspect):
    assert asked_aspect(question) == aspect


def test_what_the_childs_case_says_the_child_did_is_not_what_was_done():
    assert asked_aspect("Co robił Eetu, żeby spłacić dług?", "Eetu") is None
    assert asked_aspect("Co robiła pielęgniarka w przypadku Eetu?", "Eetu") == "done"


def test_the_retriever_puts_the_section_of_the_case_asked_about_first(assistant):
    """Without the section asked, the search puts a sibling section first for each of these (its words match better)."""
    for question, section in [("In the Iida case, what should the institution have learnt about searching for her?",
                               "Lessons"),
                              ("Iidan tapauksessa: mikä meni hyvin, kun hän karkasi?", "What went well"),
                              ("I fallet med Iida: vad gick bra när hon rymde?", "What went well")]:
        first = assistant.retriever.retrieve(question, language="en").passages[0].chunk
        assert (first.source, first.locator) == ("cases/runaway.en.md", section), question
