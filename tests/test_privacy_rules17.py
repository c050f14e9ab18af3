"""The seventeenth round's rules of the personal-data detector (branch privacy17; precision first, then addresses and
names), each pinned by messages written for this file (not a line of any set): docs/evaluation/privacy-rounds.md, "Figures,
seventeenth round". Each rule was kept only because it passed the leave-one-set-out check there."""

from __future__ import annotations

import pytest

from assistant.privacy import find_personal_data
from privacy_found import found as _found  # tests/ is on sys.path (pytest rootdir conftest)


# --- names: a list of brands names no one ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Volvo, Nivea och Marabou sponsrade skolans lopp.",
    "Na festynie były stoiska Biedronki, a Żabka i Biedronka dały nagrody.",
    "Freia og Kvikk Lunsj ble delt ut etter turen.",
])
def test_a_list_of_brands_holds_no_name(text):
    assert _found(text, "name") == []


def test_two_girls_named_like_brands_stay_names():
    assert _found("Laima ir Rimi atėjo pas mus vakar.", "name") == ["Laima", "Rimi"]


# --- names: a Finnish sentence's first word that is a common word ----------------------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("Lahjaksi hän sai polkupyörän mummolta.", []),                 # as a gift; Lahja
    ("Toivoisin, että joku soittaa minulle.", []),                   # I would hope; Toivo
    ("Onneksi Onni pääsi kotiin illalla.", ["Onni"]),                # luckily; Onni is the boy
    ("Usko kertoi, että isä huutaa.", ["Usko"]),                     # a name in the nominative stays one
])
def test_a_finnish_sentence_starting_with_a_word(text, names):
    assert _found(text, "name") == names


# --- phones: a service's desk, duty or office ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nuorisoasema vastaa numerossa 040 555 1234 arkisin.",
    "W święta dyżur pod numerem 22 555 12 34 pełni ośrodek.",
    "The contact centre is on 0113 555 0101 until five.",
])
def test_a_services_number_is_no_ones_phone(text):
    assert _found(text, "phone") == []


# --- names: rooms and care homes named with name-words ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Huoneet ovat Lumi, Tuuli ja Sade, ja kerho alkaa yhdeksältä.",
    "Vi ses i rum Räven efter lunch.",
    "Pojke placerad på HVB Eken sedan mars.",
])
def test_rooms_and_homes_hold_no_name(text):
    assert _found(text, "name") == []


def test_a_care_home_in_the_genitive_is_no_surname():
    assert "Rinteen" not in _found("Sisarukset asuvat Rinteen perhekodissa.", "name")


# --- addresses: an institution's address ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lastenklinikka on Tukholmankatu 8:ssa, sinne pääsee ilman lähetettä.",
    "Polishuset, Storgatan 5, har öppet dygnet runt.",
    "Royal Infirmary Hospital, Queen Street, Leeds LS1 3EX – is a referral needed?",
])
def test_an_institutions_address_is_no_ones(text):
    assert _found(text, "address") == []


def test_a_home_after_a_clinic_word_elsewhere_stays():
    assert _found("Äiti asuu Kirkkokatu 3 B 4:ssä, klinikka on kaukana.", "address") == ["Kirkkokatu 3 B 4:ssä"]


# --- a message typed in capitals -------------------------------------------------------------------------------------
def test_a_message_in_capitals_is_read_like_any_other():
    text = "PÄIVYSTYS: MAIJA KORHONEN JA POIKA EEMIL, OSOITE KOIVUKUJA 4 B 6, 40100 JYVÄSKYLÄ, EI AVANNUT OVEA"
    found = find_personal_data(text)
    assert [(f.kind, f.text) for f in found] == [("name", "MAIJA KORHONEN"), ("name", "EEMIL"),
                                                 ("address", "KOIVUKUJA 4 B 6, 40100 JYVÄSKYLÄ")]
    assert all(text[f.start:f.end] == f.text for f in found)


def test_a_message_in_capitals_without_personal_data_stays_clean():
    assert _found("HUOM: PALAVERI SIIRTYY MAANANTAIHIN KLO 10, OTTAKAA PAPERIT MUKAAN") == []


# --- schools: a class alone ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "schools"), [
    ("Hon går i klass 4B och trivs.", []),
    ("Er ist in der Klasse 6a.", []),
    ("Hän aloittaa 2C-luokalla syksyllä.", ["2C-luokalla"]),
])
def test_a_class_alone(text, schools):
    assert _found(text, "school") == schools
