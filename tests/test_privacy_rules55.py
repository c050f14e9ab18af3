"""The fifty-fifth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-fifth round"), on the
real detector.

Addresses: a first name after an address's comma that the clause goes on from is its subject, not its town; a place
said to be open at its hours is a service's, no home. Names: a chat's lower-case first name before a verb of saying,
writing or asking is the subject (``name_said.py``); a name before a memorial, a statue or a fan club, or after a royal
title, is a public figure's (``name_works.py``); a capitalised word after a postcode is its town
(``name_postal_towns.py``). Phones: two numbers in pairs run together, cut at the seventh group, are split. The
messages here are written for the tests, not taken from the evaluation sets; the guards are the spans the rules must
leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, address, name", [
    ("Uusi osoite on Kuusikatu 8 B 12, Sanna ei tiedä postinumeroa", "Kuusikatu 8 B 12", "Sanna"),  # fi
    ("Home is 14 Larch Close, Connor says.", "14 Larch Close", "Connor"),  # en
    ("dzīvo Ogrē, Skolas ielā 9, Roberts iet uz dārziņu", "Skolas ielā 9", "Roberts"),  # lv
    ("przeprowadzili się na ul. Leśną 4, Kacper zmienia szkołę", "ul. Leśną 4", "Kacper"),  # pl
])
def test_a_first_name_the_clause_goes_on_from_is_no_town(text: str, address: str, name: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]
    assert name in _of_kind(text, NAME)


def test_a_town_before_a_move_to_the_next_home_stays_the_towns() -> None:
    text = "They moved from 8 Mill Lane, Ely to 3 Fen Road, Cambridge last year."
    assert "8 Mill Lane, Ely" in _of_kind(text, ADDRESS)


@pytest.mark.parametrize("text", [
    "Røde Kors, Nørregade 12, åbent 10-16.",  # da, hours
    "Härbärget på Fjällgatan 21 har öppet 19–08.",  # sv, a night's span
    "Legevakten ligger i Storgata 40, åpen hele døgnet.",  # nb, round the clock
    "Die Beratungsstelle in der Goethestraße 8 ist geöffnet Mo–Fr 9–12.",  # de, weekdays and hours
])
def test_a_place_open_at_its_hours_is_no_home(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


@pytest.mark.parametrize("text, address", [
    ("He lives at 12 Bede Ct, open to visits 2-4.", "12 Bede Ct"),  # en, someone lives there
    ("Hon bor på Storgatan 5, dörren var öppen.", "Storgatan 5"),  # sv, a door left open
])
def test_a_home_with_open_in_its_sentence_stays_an_address(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text, name", [
    ("katya pishet chto opozdaet", "katya"),  # ru, in Latin letters
    ("dima kazhe shcho vin zapiznyuietsia", "dima"),  # uk, in Latin letters
    ("laima raksta, ka nevarēs atnākt", "laima"),  # lv
    ("ola pisze że nie przyjdzie", "ola"),  # pl
    ("sofie skrev at hun er syg", "sofie"),  # da
    ("liam says he is late", "liam"),  # en
])
def test_a_lower_case_first_name_before_a_verb_of_saying(text: str, name: str) -> None:
    assert _of_kind(text, NAME) == [name]


@pytest.mark.parametrize("text", [
    "nagu isa kirjutas eile",  # et, the father
    "kõne isaga ütles et kõik on hästi",  # et, the father in a case
])
def test_a_family_word_before_a_verb_of_saying_is_no_name(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize("text", [
    "Matti Nykäsen muistolaatta paljastetaan huomenna.",  # fi, a memorial plaque
    "Runebergin patsaalla tavataan kello 12.",  # fi, a statue in a case
    "Lewis Hamilton fans' club meets on Friday.",  # en, a fan club
    "Prins Joachim besøgte skolen i 2019.",  # da, a royal title
    "Wir haben König Ludwig im Museum gesehen.",  # de, a royal title
])
def test_public_figures_by_a_memorial_or_a_royal_title_are_no_clients(text: str) -> None:
    assert _of_kind(text, NAME) == []


def test_a_verb_like_a_statue_leaves_the_name() -> None:
    assert _of_kind("Emma Virtanen patsastelee kuvassa.", NAME) == ["Emma Virtanen"]


@pytest.mark.parametrize("text", [
    "Skatteverket, 771 83 Ludvika.",  # sv
    "Skriv till 771 83 Ludvika om beslutet",  # sv, mid-sentence
])
def test_a_word_after_a_postcode_is_its_town(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize("text, phones", [
    ("tālr. 26 12 44 81 29 88 77 66", ["26 12 44 81", "29 88 77 66"]),  # lv, two mobiles in pairs
    ("far Lars Jensen 20 45 67 89 / 31 22 44 90", ["20 45 67 89", "31 22 44 90"]),  # da, apart by a slash
])
def test_two_phones_in_pairs_run_together_are_split(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones
