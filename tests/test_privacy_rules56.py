"""The fifty-sixth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-sixth round"), on the
real detector.

Identity codes: a code after its scheme's name with its last digit typed apart is one code; a Russian INN of ten digits
is an organisation's, not a person's. Dates of birth: a date of an earlier year right after a name on its line, a comma
or a bracket between, no clock time after it; the Ukrainian "н." before a date. Schools: the Swedish and Norwegian year
words ("åk", "årskurs", "trinn") and a year as an ordinal before its class word join the class to its school. Names:
after a form's label and its colon, a capitalised word before a first name found is its surname, listed or not, unless
it is a title, a family word or a dictionary word. The messages here are written for the tests, not taken from the
evaluation sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import BIRTH_DATE, ID_CODE, NAME, SCHOOL
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, code", [
    ("PESEL: 1526234871 4 / Adres zamieszkania", "1526234871 4"),  # pl
    ("NHS no. 943 476 591 9. Is this a referral?", "943 476 591 9"),  # en
    ("Steuer-ID 6582497103 5, laut Finanzamt", "6582497103 5"),  # de
])
def test_a_codes_last_digit_typed_apart_is_inside(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


def test_a_count_after_a_code_stays_outside() -> None:
    assert _of_kind("personnummer 850101-1234 5 år gammal", ID_CODE) == ["850101-1234"]


@pytest.mark.parametrize("text", [
    "Счёт № 2026-1184, ИНН 7707083893, сумма 1 250 руб.",  # ru
    "Поставщик ООО «Лето», ИНН 6671028154, оплатить до 20.12.",  # ru
    "Фонд, а/я 1017, Москва, ИНН 7703363868.",  # ru
])
def test_a_ten_digit_inn_is_an_organisations(text: str) -> None:
    assert _of_kind(text, ID_CODE) == []


def test_a_twelve_digit_inn_stays_a_code() -> None:
    assert _of_kind("Егор Смирнов, ИНН 771804629154; работодатель, ИНН 7707083893.", ID_CODE) == ["771804629154"]


@pytest.mark.parametrize("text, dates", [
    ("Lapset:\n1. Aino Mäki, 14.02.2013, Kalevan koulu 7B\n2. Eino Mäki, 3.9.2016, Kalevan koulu 3A",
     ["14.02.2013", "3.9.2016"]),  # fi
    ("Familie: Leyla Demir 1.1.1990, Emre 5.6.2015 (10 J.)", ["1.1.1990", "5.6.2015"]),  # de
    ("Isa Rein Kask (5.9.1979, EE) ja lapsed", ["5.9.1979"]),  # et
    ("Children: Tariq Shah, 24/06/2016, Year 5 at Elm Primary", ["24/06/2016"]),  # en
    ("1. Марко Бойко, н. 14.03.2011, учень 7-А класу", ["14.03.2011"]),  # uk: "н."
    ("2. Дарина Бойко, н. 6 жовтня 2016 р., ЗДО № 128", ["6 жовтня 2016 р."]),  # uk
])
def test_a_date_right_after_a_name_is_a_birth(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize("text", [
    "Tapaaminen: Anna Virtanen 12.12.2099 klo 10",  # fi: a meeting, in a year to come
    "Möte med Anna Berg\n12.03.2019 kl 10 i rum 4",  # sv: a date on the next line
    "Palaveri pidettiin, kirjaaja Aino Ruohonen, 3.5.2025 klo 14.",  # fi: a clock time after it
])
def test_a_meetings_date_after_a_name_is_none(text: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == []


@pytest.mark.parametrize("text, school", [
    ("Elev: Sara, Vasaskolan åk 6", "Vasaskolan åk 6"),  # sv
    ("Hon går i årskurs 4 på Ekbackens skola.", "årskurs 4 på Ekbackens skola"),  # sv
    ("Jonas går i 9. trinn på Ullern ungdomsskole.", "9. trinn på Ullern ungdomsskole"),  # nb
    ("Freja går i 3. klasse på Vesterbro Skole.", "3. klasse på Vesterbro Skole"),  # da
])
def test_a_year_word_joins_the_class_to_its_school(text: str, school: str) -> None:
    assert _of_kind(text, SCHOOL) == [school]


def test_a_year_word_after_a_comma_stays_outside() -> None:
    assert _of_kind("Elev: Sara, Vasaskolan, åk 6", SCHOOL) == ["Vasaskolan"]


@pytest.mark.parametrize("text, name", [
    ("Huoltaja: Pihlajasalo Laura, puh. 040 123 4567", "Pihlajasalo Laura"),  # fi: unlisted
    ("Skolēns: Bērziņš Roberts | p.k. 150312-20412", "Bērziņš Roberts"),  # lv
    ("Мати: Шевчишин Ірина, тел. 044 771 2093", "Шевчишин Ірина"),  # uk
    ("VH: Andersson Therese / Dnr SN 2026/0912", "Andersson Therese"),  # sv: a surname that is a common word too
])
def test_a_surname_after_a_fields_colon_is_inside(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize("text, name", [
    ("Contacts: Aunt Precious 07984 220 615", "Precious"),  # en: a family word
    ("GP: Dr Mensah, tel 0113 496 0123", "Mensah"),  # en: a title
    ("Mamma Sanna: Hämtar Vilmer imorgon 15.30", "Vilmer"),  # sv: a verb
])
def test_a_word_or_a_title_after_a_fields_colon_stays_outside(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)
