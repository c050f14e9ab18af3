"""The sentences of a guide that tell what to do (assistant/text/actions.py) and how the extractive answerer
quotes them: a situation's answer prefers the steps, and a list is quoted with the sentence that opens it."""

from __future__ import annotations

import pytest

from assistant.answer import Passage
from assistant.answerers.extractive import ExtractiveAnswerer
from assistant.documents import Chunk
from assistant.text.actions import is_action, is_duty, is_imperative, opens_list
from assistant.text.sentences import is_list_item


@pytest.mark.parametrize("sentence, language", [
    ("Record your observations and what the child said as soon as possible.", "en"),
    ("Do not confront or question a person you suspect of exploiting the child.", "en"),
    ("- keep the original notes instead of destroying them.", "en"),
    ("2. Make a child welfare notification without delay", "en"),
    ("Step 1: Call 112 when the child is in immediate danger.", "en"),
    ("Älä kohtaa tai kysele henkilöä, jonka epäilet hyväksikäyttävän lasta.", "fi"),
    ("Kerro velvollisuudestasi tehdä lastensuojeluilmoitus.", "fi"),
    ("Konfrontera eller fråga inte ut en person som du misstänker utnyttjar barnet.", "sv"),
    ("- citera barnets egna ord inom citattecken, även slanguttryck och svordomar;", "sv"),
])
def test_an_instruction_is_an_imperative(sentence, language):
    assert is_imperative(sentence, language)
    assert is_action(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("The institution must take measures without delay to search for the child.", "en"),
    ("Lasta on etsittävä viipymättä, ja poissaolosta on ilmoitettava poliisille.", "fi"),
    ("Sosiaalityöntekijän tulee kuulla lasta ennen päätöstä.", "fi"),
    ("En anmälan ska göras utan dröjsmål.", "sv"),
])
def test_a_duty_is_an_action_but_no_imperative(sentence, language):
    assert is_action(sentence, language) and is_duty(sentence, language)
    assert not is_imperative(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("The Assistance System is maintained by the Joutseno reception centre.", "en"),
    ("Recording is part of the social worker's everyday work.", "en"),
    ("Auttamisjärjestelmää ylläpitää Joutsenon vastaanottokeskus.", "fi"),
    ("Hjälpsystemet drivs av förläggningen i Joutseno.", "sv"),
    ("Record your observations.", "de"),  # documents are in fi, sv or en: another language has no actions here
])
def test_a_statement_is_no_action(sentence, language):
    assert not is_action(sentence, language)


def test_a_list_and_its_opening_sentence_are_recognised():
    assert opens_list("Good practice for recording a disclosure is to:")
    assert not opens_list("Good practice is to record at once.")
    assert is_list_item("- record the date, time and place;") and is_list_item("3) keep the notes")
    assert not is_list_item("Record the date, time and place.")


def _passage(text: str, locator: str, rank: int, language: str = "en") -> Passage:
    chunk = Chunk(source=f"guide-{rank}.{language}.md", version="v" * 16, ordinal=0, text=text, locator=locator,
                  title="Guide", language=language, doc_type="guide")
    return Passage(chunk=chunk, score=1.0 / rank, rank=rank)


RECORDING = ("A record that may later be used by the police should be factual and precise. "
             "Records are kept in the client information system of the wellbeing services county.\n\n"
             "Good practice for recording a disclosure is to:\n\n"
             "- make only brief notes during the conversation and write the full record immediately afterwards;\n"
             "- record the date, time and place of the conversation and everyone who was present;\n"
             "- quote the child's own words in quotation marks;\n"
             "- keep the original notes instead of destroying them.")


def test_a_list_is_quoted_whole_with_the_sentence_that_opens_it():
    """An item quoted alone loses what it is an item of; an opening sentence quoted alone says nothing."""
    draft = ExtractiveAnswerer().answer("What is good practice for recording a disclosure?",
                                        [_passage(RECORDING, "How to write down a disclosure", 1)])
    texts = [s.text for s in draft.sentences]
    opening = texts.index("Good practice for recording a disclosure is to:")
    assert [t[:12] for t in texts[opening + 1:opening + 5]] == [
        "- make only ", "- record the", "- quote the ", "- keep the o"]


def test_a_situation_is_answered_with_what_to_do_before_what_is():
    """Of a guide's sentences, those that tell the reader what to do are the steps."""
    text = ("The assistance system for victims of trafficking was founded in 2006 and is run from Joutseno. "
            "It has helped hundreds of children and adults over the years in many municipalities. "
            "Call the assistance system's advice line before you refer the child, and agree on the next steps.")
    question = "A boy of 15 says he works nights without pay for the man who brought him here. What should I do?"
    draft = ExtractiveAnswerer().answer(question, [_passage(text, "Step 4: Refer the child", 1)], language="en")
    assert draft.sentences[0].text.startswith("Call the assistance system's advice line")
    # A step's second sentence would be its advice; what the system is and has done is none.
    assert not any("founded" in s.text or "hundreds" in s.text for s in draft.sentences)
