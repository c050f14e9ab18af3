"""The fifty-seventh privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-seventh round"), on the
real detector.

Identity codes: a code split over a line anywhere (inside the date, before the hyphen, inside the serial), in every
scheme; a code partly masked whose date still shows, the mask inside; an eleven-digit code with one stray space
anywhere, when its checksum holds; an NHS number whose check digit holds anywhere in a message that names the NHS; a
number written in the same groups as a code found beside it (a twin's, a mistyped or a corrected code), not after the
word for a contract, in the code's sentence or on a line of its own. Schools: a school named by its type word's
abbreviation, each language's ("SP 58 w Łodzi", "GS Kleine Kielstraße", "Ppk Pikkukarhussa", "Rakvere Gümn.", "МБОУ «СОШ
№ 12»"), a class written as an ordinal before its class word joined to it. Dates of birth: a date in figures that an
identity code found in the message carries. The messages here are written for the tests, not taken from the evaluation
sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import BIRTH_DATE, ID_CODE, PHONE, SCHOOL
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, code", [
    ("lapsen hetu 1403\n12A345N, äiti tietää", "1403\n12A345N"),  # fi: inside the date
    ("personnummer 20120315\n-3810 enligt beslutet", "20120315\n-3810"),  # sv: before the hyphen
    ("poja ik 514091\n80310, ema teab", "514091\n80310"),  # et: inside the serial
    ("NI number QR 73\n41 58 C on the form", "QR 73\n41 58 C"),  # en: between its pairs
    ("matka: 153210\n45674 z wniosku", "153210\n45674"),  # pl
])
def test_a_code_split_over_a_line_anywhere_is_one_code(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


def test_a_phone_split_over_a_line_stays_a_phone() -> None:
    text = "Sorry, the number is 07700\n900 132"
    assert _of_kind(text, ID_CODE) == [] and _of_kind(text, PHONE) == ["07700\n900 132"]


@pytest.mark.parametrize("text, code", [
    ("isän hetu 140392-XXXX, loput tulevat myöhemmin", "140392-XXXX"),  # fi
    ("Pappans personnummer 19750611-XXXX står i domen.", "19750611-XXXX"),  # sv
    ("CPR 030917-xxxx er alt vi har.", "030917-xxxx"),  # da, in lower case
    ("isikukood 4860512****, ülejäänu hiljem", "4860512****"),  # et, with stars
    ("p.k. 230311-2XXXX no iesnieguma", "230311-2XXXX"),  # lv, a digit of the serial shown
    ("Fødselsnummer 150603XXXXX står på vedtaket.", "150603XXXXX"),  # nb
])
def test_a_partly_masked_code_with_its_date_is_a_code(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


@pytest.mark.parametrize("text", [
    "Kirjoita hetu muodossa PPKKVV-XXXX.",  # fi: the template masks the date too
    "Personnummer anges som ÅÅÅÅMMDD-XXXX.",  # sv
    "Viite 999999-XXXX ei ole kenenkään.",  # no real date
])
def test_a_wholly_masked_template_is_no_code(text: str) -> None:
    assert _of_kind(text, ID_CODE) == []


@pytest.mark.parametrize("text, code", [
    ("isa ik 48605 122730 tel puudub", "48605 122730"),  # et
    ("PESEL matki 153 21045674, adres w aktach", "153 21045674"),  # pl
])
def test_an_eleven_digit_code_with_a_stray_space_is_one_code(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


def test_a_phone_of_two_groups_starting_with_0_is_no_code() -> None:
    assert _of_kind("soita 07700 900461 illalla", ID_CODE) == []


def test_an_nhs_number_whose_check_holds_is_found_far_from_its_name() -> None:
    text = "Ethan's new NHS number, from the letter of 3 March (after the move): 485 207 9137"
    assert _of_kind(text, ID_CODE) == ["485 207 9137"]


def test_a_ten_digit_number_failing_the_nhs_check_is_no_code() -> None:
    assert _of_kind("The NHS app opens again on Monday (after the update); parcel 485 207 9135 is on its way.",
                    ID_CODE) == []


@pytest.mark.parametrize("text, codes", [
    ("NHS number on the form is 702 613 4485, the GP has 702 613 4458 for Ava.",
     ["702 613 4485", "702 613 4458"]),  # en: a corrected code that fails its check
    ("СНИЛС сына 250-394-718 67, у дочери 250-394-719 03.", ["250-394-718 67", "250-394-719 03"]),  # ru: a twin's
])
def test_a_number_in_the_groups_of_a_code_found_is_a_code(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


def test_a_number_in_a_codes_groups_in_the_next_sentence_is_no_code() -> None:
    assert _of_kind("NHS number 702 613 4485. The other, 702 613 4458, is the GP's fax.", ID_CODE) == ["702 613 4485"]


def test_a_contracts_number_in_a_codes_groups_is_no_code() -> None:
    assert _of_kind("СНИЛС 250-394-718 67, договор 250-394-721 00.", ID_CODE) == ["250-394-718 67"]


@pytest.mark.parametrize("text, school", [
    ("Marta chodzi do SP 12 w Krakowie od września.", "SP 12 w Krakowie"),  # pl
    ("Starszy syn jest w IX LO im. Kopernika.", "IX LO im. Kopernika"),  # pl
    ("Paul besucht die GS Am Lindenhof seit August.", "GS Am Lindenhof"),  # de
    ("Eetu on Ppk Mesikämmenessä aamupäivisin.", "Ppk Mesikämmenessä"),  # fi
    ("Mari käib Tartu Gümn. 5. klassis.", "Tartu Gümn. 5. klassis"),  # et: a class as an ordinal
    ("Jānis mācās Rīgas 3. vsk. jau otro gadu.", "Rīgas 3. vsk."),  # lv
    ("Школа: МБОУ «СОШ № 7», 3 «Б» класс", "МБОУ «СОШ № 7»"),  # ru: the legal form and quotes inside
    ("Олег навчається в ЗОШ № 15 м. Полтави.", "ЗОШ № 15 м. Полтави"),  # uk
])
def test_a_school_by_its_abbreviated_type_is_a_school(text: str, school: str) -> None:
    assert _of_kind(text, SCHOOL) == [school]


@pytest.mark.parametrize("text", [
    "The film is rated PG 13 and the index fell to 500.",  # en
    "Tilaa LO 2 -lomake ja palauta se.",  # fi: no school's word, a form's name
])
def test_capitals_and_a_number_without_a_schools_abbreviation_are_no_school(text: str) -> None:
    assert _of_kind(text, SCHOOL) == []


@pytest.mark.parametrize("text, born", [
    ("Rekisterissä väärin, oikea 3.5.2014. Hetu 030514A227W.", "3.5.2014"),  # fi
    ("Barn: Lind Saga, 120316-5517, 2012-03-16; mamma ringer.", "2012-03-16"),  # sv: ISO
    ("Zosia, PESEL 12230912345, w aktach 09.03.12.", "09.03.12"),  # pl: a two-digit year
])
def test_a_date_a_code_carries_is_the_date_of_birth(text: str, born: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == [born]


def test_a_date_no_code_carries_is_no_date_of_birth() -> None:
    assert _of_kind("Tapaaminen 4.12.2026 klo 10, hetu 030514A227W.", BIRTH_DATE) == []
