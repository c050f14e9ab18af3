"""The fifty-third privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-third round"), on the
real detector.

Names: the apostrophe or "'s" after a name ending in s stands outside the name, the plural family's inside. Phones:
a small l or a capital I typed for a one; a number word in its case forms or before "is"; a digit short or long after
a phone word, not the EU's six-digit helplines; a country's mobile typed with odd spaces in its language. The messages
here are written for the tests, not taken from the evaluation sets; the guards are the spans the rules must leave
alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, names", [
    ("Niklas' Lehrerin hat heute angerufen.", ["Niklas"]),  # de, a bare apostrophe
    ("Rasmus' mor ringede i går.", ["Rasmus"]),  # da
    ("Tobias' far henter i dag.", ["Tobias"]),  # nb
    ("Phoebe Collins's dad rang the office.", ["Phoebe Collins"]),  # en, "'s" after a full name
    ("hi its thomas's key worker, can someone call back", ["thomas"]),  # en, lower case
    ("Lukas’ Schulbegleiter ist krank.", ["Lukas"]),  # de, a typographic apostrophe
])
def test_the_apostrophe_after_a_name_ending_in_s_is_outside(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize("text, names", [
    ("Amara's mum called twice.", ["Amara's"]),  # en, a name ending in another letter keeps its "'s"
    ("Moritz' Mutter wohnt in Halle.", ["Moritz'"]),  # de, a name ending in z keeps its apostrophe
    ("He says the Mensahs' flat is too small.", ["Mensahs'"]),  # en, the plural family's apostrophe is inside
])
def test_a_name_in_another_letter_or_a_plural_family_keeps_its_possessive(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize("text, phone", [
    ("hendes nummer er 4l 27 90 16", "4l 27 90 16"),  # da, a small l for a one
    ("soita äidille 040 7I2 3318", "040 7I2 3318"),  # fi, a capital I
    ("ring pappa på 070-3l8 22 91", "070-3l8 22 91"),  # sv
    ("mum's mobile 07l23 448 190", "07l23 448 190"),  # en
])
def test_a_letter_l_or_i_typed_for_a_one_in_a_phone(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


def test_a_letter_l_beside_no_number_stays_a_letter() -> None:
    assert _of_kind("Bring 2l milk and 3 eggs for the 10 kids", PHONE) == []


@pytest.mark.parametrize("text, phone", [
    ("Andres jättis numbri 5318 204 ja läks ära", "5318 204"),  # et, the number word's partitive
    ("tēva numurs ir 2915 407", "2915 407"),  # lv, "is" after it
    ("Numer taty to 601 224 41", "601 224 41"),  # pl, whose, then "is"
    ("Номер мамы был 8 912 604 18", "8 912 604 18"),  # ru, "was"
])
def test_a_number_word_in_its_case_or_before_is_says_phone(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


def test_a_schemes_number_word_says_no_phone() -> None:
    assert _of_kind("Sorry, Freddie's NHS number is 601 447 218 5, not 601 447 281 6.", PHONE) == []


@pytest.mark.parametrize("text, phone", [
    ("Kätlin andis numbri 53 349 0, puudu on kaks numbrit", "53 349 0"),  # et, a digit short
    ("puh. 040 123 456 78 (yksi numero liikaa)", "040 123 456 78"),  # fi, a digit long
    ("mor har nummer 412 55 9033", "412 55 9033"),  # nb
    ("her mobile 07723 418 90", "07723 418 90"),  # en
    ("tel. matki 601 224 4183", "601 224 4183"),  # pl
])
def test_a_phone_a_digit_short_or_long_after_a_phone_word(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize("text", [
    "Lasteabi telefon 116 111 töötab ööpäev läbi.",  # et, the EU's children's helpline
    "Lasten ja nuorten puhelin 116 111 vastaa joka päivä.",  # fi
    "Contact Samaritans on 116 123 any time.",  # en
])
def test_the_eus_six_digit_helplines_are_no_ones_phone(text: str) -> None:
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize("text, phone", [
    ("runāju ar tēvu, 26 11 884 0", "26 11 884 0"),  # lv
    ("snakka med marte skogvoll 97 41 205 8", "97 41 205 8"),  # nb
    ("rozmawiałam z ojcem 605 11 873 4", "605 11 873 4"),  # pl
    ("Kasper ringede fra 2 03 11 8 44 i går", "2 03 11 8 44"),  # da
])
def test_a_countrys_mobile_typed_with_odd_spaces_in_its_language(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize("text", [
    "Børnetelefonen 116 111, alarm 112, Livslinien 70 201 201.",  # da, a company's 70 number
    "Powiatowe Centrum Pomocy Rodzinie, centrala 81 532 11 00 wew. 12",  # pl, a landline's area code
    "Barnets Lov § 133, j.nr. 26-4471-09.",  # da, a journal's number with dashes
])
def test_a_service_number_or_a_landline_is_no_bare_mobile(text: str) -> None:
    assert _of_kind(text, PHONE) == []
