"""The fifteenth round's name and address rules of the personal-data detector (branch privacy15), each pinned by
messages written for this file (not a line of any set): docs/evaluation/privacy-rounds.md, "Figures, fifteenth round". Each rule
was kept only because it passed the leave-one-set-out check there."""

from __future__ import annotations

import pytest

from assistant.privacy import find_personal_data
from assistant.privacy.places import find_addresses


def _names(text: str) -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == "name"]


def _addresses(text: str) -> list[str]:
    # (the address rules alone, as tests/test_privacy_rules14.py: no name lists needed)
    return [f.text for f in find_addresses(text)]


# --- half a name found: the capitalised word beside it completes it ------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Tapasimme Aino Kallio ja Liu Jian eilen.", "Liu Jian"),                 # a Chinese name, family name first
])
def test_a_found_half_name_takes_the_capitalised_word_beside_it(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Yesterday Ruth Carver She phoned the office.", "Ruth Carver"),           # a pronoun is no surname
    ("Vi har fått ett brev från Elin i Umeå Universitet.", "Elin"),           # nor a place after a preposition
])
def test_the_neighbour_is_not_taken_when_it_is_a_word_of_the_sentence(text, name):
    assert name in _names(text) and not any(found.startswith(name + " ") for found in _names(text))


# --- a lower-case first name right after a family word, though a word too ------------------------------------
def test_a_lower_case_first_name_after_a_family_word_is_a_name_though_a_word():
    assert "hope" not in _names("she said her brother will hope for the best")
    assert "faith" in _names("talked to her mum faith this morning")


# --- the name a person goes by, after a verb of calling ------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Pojken kallar sig 'Tiko' och vill inte säga mer.", "Tiko"),
    ("Her cousin goes by Dizzy, nobody knows his real name.", "Dizzy"),
    ("Koulussa häntä kutsutaan Pipsaksi.", "Pipsaksi"),
])
def test_the_name_after_a_verb_of_calling_is_a_name(text, name):
    assert name in _names(text)


# --- a Polish diminutive in -ek of a listed first name -------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Mieszka z nami także Józek od sąsiadki.", "Józek"),
    ("Na obiad przyszedł Bolek z siostrą.", "Bolek"),
])
def test_a_polish_diminutive_in_ek_is_a_name(text, name):
    assert name in _names(text)


# --- an institution's address after it is no one's home -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vest Politistasjon, Vestre vei 14, 0375 Oslo, er åpen.",
    "Sjukhuset i Lund, Getingevägen 4, 221 85 Lund, har akutmottagning.",
    "Riverside Hospital, 12 Albert Road, Leeds LS2 9JT, has a walk-in clinic.",
    "Barnevernvakten i Bergen, Allehelgens gate 5, svarer hele døgnet.",
])
def test_the_address_after_a_police_station_or_a_hospital_is_not_personal(text):
    assert _addresses(text) == []


def test_an_address_in_a_sentence_that_names_the_police_as_its_subject_is_still_one():
    assert _addresses("Поліція привезла дівчинку на вул. Садовій, 14, кв. 3 — там живе її бабуся.") == [
        "вул. Садовій, 14, кв. 3"]


# --- a street without a number as someone's home ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "address"), [
    ("Isä asuu nykyään Kuusikujalla Kangasalla.", "Kuusikujalla"),
    ("Mormor bor fortfarande på Blåbärsstigen i Vetlanda.", "Blåbärsstigen"),
    ("Her father lives on Primrose Close now.", "Primrose Close"),
    ("Vectēvs dzīvo Liepu ielā kopā ar suni.", "Liepu ielā"),
])
def test_a_street_without_a_number_is_an_address_where_someone_lives(text, address):
    assert _addresses(text) == [address]


def test_a_street_without_a_number_and_no_one_living_there_is_not_an_address():
    assert _addresses("Kuusikujalla on tietyö koko viikon.") == []
    assert _addresses("The march goes along Primrose Close at noon.") == []


# --- a street without its street word, with its number, as someone's home ------------------------------------
@pytest.mark.parametrize(("text", "address"), [
    ("Hon bor hos sin faster på Björkhagen 14 sedan i somras.", "Björkhagen 14"),
    ("Бабуся живе на Личаківській, 31 з онуком.", "Личаківській, 31"),
])
def test_a_street_without_its_street_word_is_an_address_where_someone_lives(text, address):
    assert _addresses(text) == [address]


def test_a_word_and_a_number_after_a_preposition_are_no_address():
    assert _addresses("Hon bor hos sin faster och ringer på Room 4 eller på Tue 3.") == []
