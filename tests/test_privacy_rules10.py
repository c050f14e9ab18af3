"""The tenth round's rules of the personal-data detector (branch privacy10), each pinned by a message of its own
(not a line of any set): docs/EVALUATION.md, "Figures, tenth round"."""

from __future__ import annotations

import pytest

from assistant.privacy import find_personal_data


def _found(text: str, kind: str = "name") -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


@pytest.mark.parametrize("text, name", [
    ("asiakas Pham Thi Mai:n äiti soitti", "Pham Thi Mai:n"),
    ("Le Van Nam:lle lähti kirje eilen", "Le Van Nam:lle"),
])
def test_a_finnish_case_ending_after_a_colon_belongs_to_the_name(text, name):
    assert name in _found(text)


def test_a_possessive_ends_the_name():
    assert _found("Client Aino Korhonen's Swedish passport is missing") == ["Aino Korhonen's"]


def test_a_genitive_before_a_noun_is_no_surname():
    assert _found("Bei Familie Weber (Lena und Tom) war niemand; Webers Nachbarin sagt, sie sind weg.")[-1] == "Webers"
    assert "Wolfs Lehrerin" not in _found("Gestern war Wolfs Lehrerin krank.")
    assert _found("Dzintras Kalnas jaunā adrese ir zināma") == ["Dzintras Kalnas"]  # a Latvian genitive


def test_a_farm_surname_in_the_genitive_before_a_family_word():
    assert _found("Hakalan perhe muutti Tampereelle") == ["Hakalan"]


def test_a_rare_lower_case_word_after_mr_or_mrs_is_the_surname():
    assert _found("met mrs blackthorne today, she is worried") == ["blackthorne"]


def test_a_lower_case_recurrence_in_a_lower_case_sentence():
    assert _found("soitin hakulaselta saatuun numeroon, pitää kysyä Ilona Hakulaselta")[0] == "hakulaselta"
    assert "tyyni" not in _found("Tyyne Laine on tänään. meri on tyyni")  # the word


def test_finnish_stems_and_plurals_of_a_found_surname():
    found = _found("Isä Pekka Kivi sanoi, että Kiven perheellä on huolia; Kivelle soitetaan.")
    assert {"Kiven", "Kivelle"} <= set(found)
    assert "Virtasten" in _found("Virtasten isä Jari Virtanen soitti eilen.") or \
        "Heikkilöiden" in _found("Heikkilöiden isä Jari Heikkilä soitti eilen.")


@pytest.mark.parametrize("text, name", [
    ("Rozmawiałam z Pawłem Nowakiem wczoraj.", "Pawłem Nowakiem"),
    ("Dzwoniła matka Kasi, pani Zielińska.", "Kasi"),
    ("Wniosek dla Anny Kowalskiej jest gotowy.", "Anny Kowalskiej"),
])
def test_polish_case_forms(text, name):
    assert name in _found(text)


def test_a_month_beside_a_day_number_is_no_name():
    assert _found("The review is on 14 Jan, the next one Jun 3.") == []


@pytest.mark.parametrize("text, phone", [
    ("Kontakte: Mutter 0152 / 3344 5566, Oma Festnetz 030-4411 287", "030-4411 287"),  # Berlin, in a German list
    ("Kontakter: far 2288 4410, mor +45 40 11 22 33", "2288 4410"),  # the list's first number, after a family word
    ("Kontakti: tētis 26 1 55 903, mamma +371 2912 3456", "26 1 55 903"),
    ("hun sa at hustelefonen er 23 45 67 89", "23 45 67 89"),  # a house telephone is no organisation's
])
def test_phones_of_a_list_of_contacts(text, phone):
    assert phone in _found(text, "phone")


@pytest.mark.parametrize("text, school", [
    ("Her son is in Year 5 at Oakwood Primary School now.", "Year 5 at Oakwood Primary School"),
    ("Pracuje w Szkole Podstawowej nr 7 w Lublinie od roku.", "Szkole Podstawowej nr 7 w Lublinie"),
])
def test_schools_with_their_class_and_case(text, school):
    assert school in _found(text, "school")
