"""The fifty-eighth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-eighth round"), on the
real detector.

Names: a name written surname first as a record's entry (a list's, a register row's or a form field's), with or
without a comma, is one span, the names found inside it replaced; a listed first name before a bare possessive
apostrophe after its s is a name, in lower case and at a sentence's start too. Addresses: an embassy's or a
consulate's address is an institution's. IBANs: an IBAN is typed in one case, so a number with the words after it
is none. The messages here are written for the tests, not taken from the evaluation sets; the guards are the spans
the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, IBAN, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, name", [
    ("Larsen, Sofie, CPR 120312-4468, bor i Odense.", "Larsen, Sofie"),  # da: opening the message
    ('3391,"Owusu, Kwame",04/09/2011,"12 Elm Road"', "Owusu, Kwame"),  # en: a CSV cell
    ("Present: Murphy, Aoife; Brennan, Sean (chair)", "Murphy, Aoife"),  # en: a list after a colon
    ("Name: von Bülow, Carlotta\nGeburtsdatum: 01.02.2013", "von Bülow, Carlotta"),  # de: with its particle
    ("Från registret: Lindberg, Ebba Linnea 201104123384, Umeå", "Lindberg, Ebba Linnea"),  # sv: two first names
    ("Johansen Emma – fnr. 17061550445 – tlf 915 40 327", "Johansen Emma"),  # nb: no comma, a dash after
    ("Склад сім'ї:\nКовальчук Наталія, мати, 14.03.87", "Ковальчук Наталія"),  # uk
])
def test_a_name_written_surname_first_as_a_records_entry_is_one_span(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize("text, not_one_name", [
    ("Kinder: Anna, Maria, Jonas", "Anna, Maria"),  # de: first names only, three children
    ("Korhonen Eelis ei saapunut tapaamiseen.", "Korhonen Eelis"),  # fi: running text, a verb after
    ("Helistasin Kadrile, ta ei vastanud.", "Helistasin Kadrile"),  # et: a verb opening the message
    ("Hei Jenni, tässä tiedot.", "Hei Jenni"),  # fi: a greeting
    ("Mors CPR 150586-1229 er forkert.", "Mors CPR"),  # da: an abbreviation is no first name
])
def test_what_is_no_records_entry_stays_apart(text: str, not_one_name: str) -> None:
    assert not_one_name not in _of_kind(text, NAME)


@pytest.mark.parametrize("text, name", [
    ("Mads' far ringede igen i morges.", "Mads"),  # da: at the message's start
    ("magnus' mor har nyt nummer", "magnus"),  # da: lower case
    ("jonas' mutter ist heute nicht gekommen", "jonas"),  # de: lower case
    ("Niels' CPR is on the form", "Niels"),  # en
    ("lukas' kontaktlærer ringte i dag", "lukas"),  # nb
])
def test_a_first_name_before_its_possessive_apostrophe_is_a_name(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize("text", ["The parents' evening is on Monday.", "We walked past the Jonas' house."])
def test_a_plural_possessive_is_no_first_name(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize("text", [
    "Visa: Embassy of Ghana, 13 Belsize Park, London NW3 4ES.",  # en
    "Reisepass: Botschaft der Republik Moldau, Gotlandstraße 16, 10439 Berlin.",  # de
    "Passi haetaan Moldovan suurlähetystöstä, Kalevankatu 12, 00100 Helsinki.",  # fi
    "Moldovos ambasada Vilniuje, Didžioji g. 8.",  # lt
    "Посольство Молдовы, ул. Кузнецкий Мост, 18, Москва.",  # ru
])
def test_an_embassys_address_is_no_ones(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


def test_a_home_near_an_embassy_stays_an_address() -> None:
    assert _of_kind("Mamma bor nära ambassaden, på Storgatan 5, 114 55 Stockholm.", ADDRESS) == [
        "Storgatan 5, 114 55 Stockholm"]


def test_a_parcels_number_with_the_words_after_it_is_no_iban() -> None:
    text = "parcel JD014600003827419023 for Leon Bright, left with the neighbour"
    assert _of_kind(text, IBAN) == [] and "Leon Bright" in _of_kind(text, NAME)


@pytest.mark.parametrize("text, iban", [
    ("iban fi21 1234 5600 0007 85, viite 1232", "fi21 1234 5600 0007 85"),  # lower case throughout
    ("Pay to GB29 NWBK 6016 1331 9268 19 please", "GB29 NWBK 6016 1331 9268 19"),  # the bank's letters in capitals
])
def test_an_iban_in_one_case_is_still_found(text: str, iban: str) -> None:
    assert _of_kind(text, IBAN) == [iban]
