"""The thirteenth round's rules of the personal-data detector (branch privacy13), each pinned by messages written
for this file (not a line of any set): docs/evaluation/privacy-rounds.md, "Figures, thirteenth round". Each rule was kept only
because it passed the leave-one-set-out check there."""

from __future__ import annotations

import pytest

from assistant.privacy import find_personal_data
from assistant.privacy.gazetteer import classify


def _found(text: str, kind: str = "name") -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


# --- a lower-case first name after a verb of talking or meeting and its preposition --------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("pratade med elsa i morse, elsa vill inte gå hem", ["elsa", "elsa"]),
    ("snakket med ingrid etter skolen", ["ingrid"]),
    ("vakar runāju ar ilzi, viņa raudāja", ["ilzi"]),
    ("сегодня говорила с машей, она плакала", ["машей"]),
    ("i spoke to kerstin lindfors at the gate", ["kerstin lindfors"]),
])
def test_a_lower_case_name_after_talked_with_is_the_person(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "pratade med mamma igår om skolan",
    "i spoke to the teacher and to mum",
    "snakket med barnevernet i dag",
])
def test_a_family_word_or_a_body_after_talked_with_is_no_name(text):
    assert _found(text) == []


# --- case forms the endings missed: the Latvian softened genitive, the Lithuanian instrumental in -umi ----------
@pytest.mark.parametrize(("word", "first"), [("Kārļa", True), ("Jāņa", True), ("Mariumi", True), ("Kūdra", False)])
def test_latvian_genitive_and_lithuanian_instrumental_read_back_to_the_name(word, first):
    assert classify(word)[0] is first


def test_a_latvian_genitive_of_a_name_is_found_in_a_sentence():
    assert "Kārļa" in _found("Kārlis ir slims, Kārļa māte zvanīja no rīta.")
    assert _found("Vakar kalbėjau su Mariumi apie mokyklą.") == ["Mariumi"]


def test_a_street_named_after_a_person_in_the_genitive_is_no_name():
    assert _found("Birojs atrodas Krišjāņa Valdemāra ielā, netālu no parka.") == []


# --- particles belong to the surname -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Grannen Tove af Klint ringde igen.", "Tove af Klint"),
    ("Gestern kam Henrike von Stade zum Gespräch.", "Henrike von Stade"),
    ("The foster carer, Sanne van der Meer, called twice.", "Sanne van der Meer"),
    ("isä karim al-masri ei vastannut", "karim al-masri"),
])
def test_a_particle_and_the_surname_after_a_first_name_are_one_name(text, name):
    assert name in _found(text)


# --- lower-case first names joined by "and" to a first name or a family word ---------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("oskar and jonna came late again", ["oskar", "jonna"]),
    ("isä ja veera kävivät eilen", ["veera"]),
])
def test_lower_case_first_names_listed_together_are_persons(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", ["bread and butter for the class", "mamma och pappa kom båda"])
def test_words_joined_by_and_are_no_names(text):
    assert _found(text) == []
