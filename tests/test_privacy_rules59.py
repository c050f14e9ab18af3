"""The fifty-ninth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-ninth round"), on the
real detector.

Names: a listed first name opening a message, a line or a sentence before a verb only a person does (living, going to
school, being born, moving, giving, writing, running away; coming and going only after a name that is no word) is a
name, capitalised or in a chat's lower case; a listed first name that is no word, opening a sentence at most three
lower-case words before a phone, an e-mail, an identity code, an IBAN or a date of birth found, is their owner's
name, in its case too; a family, role or kin word, or a landlord's, a neighbour's or a tenant's, opening a sentence
is no part of the name after it. Addresses: an address where the sentence sets a meeting, an appointment or a session,
with a room or an office's word beside it, is an office's. The messages here are written for the tests, not taken from the
evaluation sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, name", [
    ("Maja chodzi do przedszkola nr 4 od września.", "Maja"),  # pl: a first name that is a word too
    ("Lumi syntyi Oulussa, perhe muutti myöhemmin.", "Lumi"),  # fi
    ("Robin käib Tallinnas muusikakoolis.", "Robin"),  # et
    ("Som sagt. Hanna bor hos sin moster nu.", "Hanna"),  # sv: after a sentence's end
    ("oskar gav mig sitt nummer igår", "oskar"),  # sv: lower case
    ("ewa napisała wczoraj do wychowawczyni", "ewa"),  # pl: lower case
    ("Notat:\nMarius flyttet til Bergen i fjor.", "Marius"),  # nb: opening a line
    ("тимур переехал к бабушке", "тимур"),  # ru: lower case, Cyrillic
])
def test_a_first_name_opening_a_sentence_before_a_persons_verb_is_a_name(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize("text, word", [
    ("Tuuli kävi kovana koko yön.", "Tuuli"),  # fi: the wind "went" hard, a coming-and-going verb
    ("sisko tuli hakemaan veljeä.", "sisko"),  # fi: a kin word, though a listed first name
    ("Storm kom over kysten i natt.", "Storm"),  # nb: the storm came
    ("Lumi tuli aikaisin tänä vuonna.", "Lumi"),  # fi: the snow came
])
def test_a_word_before_a_verb_of_coming_and_going_stays_a_word(text: str, word: str) -> None:
    assert word not in _of_kind(text, NAME)


@pytest.mark.parametrize("text, name", [
    ("emil har mobil 0701 234 567", "emil"),  # sv: lower case, two words between
    ("Kadri isikukood on 49403136526.", "Kadri"),  # et
    ("Mikon puhelin: 040 123 4567", "Mikon"),  # fi: a genitive, a colon
    ("jakub email jakub.k@example.pl", "jakub"),  # pl: lower case, one word between
    ("Olenas tālrunis 26 418 337.", "Olenas"),  # lv: a genitive
])
def test_a_first_name_just_before_its_owners_data_is_a_name(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize("text, word", [
    ("Anna numero 050 4417 962 hänelle.", "Anna"),  # fi: "give the number", a common word
    ("Helista numbril 5193 4471.", "Helista"),  # et: "call", a dictionary word
])
def test_a_word_before_data_stays_a_word(text: str, word: str) -> None:
    assert word not in _of_kind(text, NAME)


def test_a_first_name_before_a_capitalised_word_and_data_is_not_taken_alone() -> None:
    assert "Ilmari" not in _of_kind("Ilmari Kangasniemi on syntynyt 8.10.2013.", NAME)  # fi: a surname between


@pytest.mark.parametrize("text, name", [
    ("Vuokranantaja Laaksonen ei vastaa puhelimeen.", "Laaksonen"),  # fi: a landlord
    ("Hyresvärden Bergström har skickat en varning.", "Bergström"),  # sv
    ("Naaber Saar kaebas müra üle.", "Saar"),  # et: a neighbour
    ("Perekond Mägi kolis eelmisel nädalal.", "Mägi"),  # et: a family word
    ("Landlord Kowalczyk wants them out by Friday.", "Kowalczyk"),  # en
])
def test_a_role_or_house_word_opening_a_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    found = _of_kind(text, NAME)
    assert name in found and not any(other.endswith(" " + name) for other in found)


@pytest.mark.parametrize("text", [
    "Palaveri pidetään Hämeenkatu 20:n toimistossa, huone 3.",  # fi
    "Spotkanie w ul. Ogrodowa 8, pokój 112, o 10:00.",  # pl
    "Besprechung in der Lindenstraße 4, Raum 2.07.",  # de
    "Møte i Storgata 15, rom 4, kl. 10.",  # nb
    "Appointment at Civic House, 12 King Street, room 5.",  # en
    "Mötet hålls på Storgatan 9, plan 3, kl. 9.",  # sv
])
def test_an_address_where_a_meeting_is_set_beside_a_room_or_an_office_is_an_offices(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


@pytest.mark.parametrize("text, address", [
    ("Meeting held at the mother's flat, 6 Brook Court, Walsall.", "6 Brook Court, Walsall"),  # en: no office, a home
    ("Susitikimas vyko Pylimo g. 14-3.", "Pylimo g. 14-3"),  # lt: no room, no office
    ("Tapaaminen oli perheen kotona, Koivutie 5 B 7.", "Koivutie 5 B 7"),  # fi: someone's home
])
def test_an_address_where_a_meeting_is_held_at_home_stays_an_address(text: str, address: str) -> None:
    assert address in _of_kind(text, ADDRESS)
