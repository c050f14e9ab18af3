"""The thirty-eighth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, thirty-eighth round"), on the real detector.

Dates of birth: a date in brackets right after a child's age, whoever's name stands before it ("Eetu 9 v (3.2.2017)",
"Лёва 4 года (9 октября 2022)"), never a date in brackets after a duration; the Ukrainian "д.н." and the German
"Geb.-Datum" and "Geburtstag" as form labels; a date with its month's name before the Ukrainian "р. н.". Names: a
name found once and typed again in lower case, or with a case ending or a genitive's s (``name_repeats``), unless the
lower-case word is a word of the message's language or part of an e-mail address; a name before a child's age and a
bracketed date of birth ("Robin 7 a (02.09.2019)"); a listed surname written before a first name found, in a register's
cell, a list's line or running text (``name_surname_before``), but not a family word, a noun after an article, a
sentence's first word, nor the first of two people joined by a comma.
The messages here are written for the tests, not taken from the evaluation sets. The guards are the spans the rules
must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import BIRTH_DATE, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "dates"), [
    ("Aino 8 v (14.6.2018) ja Kaapo 3 v (2.1.2023) ovat sijoitettuina.", ["14.6.2018", "2.1.2023"]),  # fi
    ("Alva 7 år (2019-03-11) placerades i familjehem.", ["2019-03-11"]),  # sv, ISO
    ("Mona 12 a (09.09.2014) elab vanaemaga.", ["09.09.2014"]),  # et
    ("Ieva 6 g. (15.02.2020) dzīvo pie tantes.", ["15.02.2020"]),  # lv
    ("Greta 10 lat (03.04.2016) mieszka u babci.", ["03.04.2016"]),  # pl
    ("Lina 8 J. (21.07.2018) lebt bei der Tante.", ["21.07.2018"]),  # de
    ("Тарас 6 р. (4 березня 2020) живе з бабусею.", ["4 березня 2020"]),  # uk, a month's name
    ("Соня 9 лет (13 мая 2017) живёт у тёти.", ["13 мая 2017"]),  # ru, a month's name
])
def test_a_date_in_brackets_after_a_childs_age(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize("text", [
    "Kokous kesti 3 h (12.3.2026) ja päätös tehdään myöhemmin.",  # fi, a duration
    "The review took 2 weeks (ended 14.3.2026).",  # en, a date not right after the age
])
def test_a_date_in_brackets_after_a_duration_is_no_birth(text: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == []


@pytest.mark.parametrize(("text", "date"), [
    ("КОВАЛЬ Остап\tд.н. 14.08.2013", "14.08.2013"),  # uk, the abbreviation
    ("Geb.-Datum: 17.05.2016, Klasse 4b", "17.05.2016"),  # de
    ("Geburtstag: 02.11.2015", "02.11.2015"),  # de
    ("Мельник Олена, 12 березня 2015 р. н., учениця 5-Б", "12 березня 2015"),  # uk, "р. н." after a month's name
])
def test_form_labels_and_the_ukrainian_born_after_a_date(text: str, date: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == [date]


@pytest.mark.parametrize(("text", "repeat"), [
    ("isä sanoo pojalle nimellä Jarkko, jarkko ei tule kotiin", "jarkko"),  # fi
    ("hennes bror Tariq bor i Malmö, tariqs skola ringde", "tariqs"),  # sv, the genitive's s
    ("her cousin Kayla came too, kayla was quiet", "kayla"),  # en
    ("tikrasis vardas Dovydas, dovydas bijo šunų", "dovydas"),  # lt
])
def test_a_name_typed_again_in_lower_case(text: str, repeat: str) -> None:
    assert repeat in _of_kind(text, NAME)


@pytest.mark.parametrize(("text", "word"), [
    ("Вера сказала, что вера помогает", "вера"),  # ru, faith
    ("Skolotājs Ozols teica, ka pie skolas aug liels ozols.", "ozols"),  # lv, an oak
    ("Björn sa att björnen i parken skrämde honom", "björnen"),  # sv, the bear
    ("Pappan Kent Ohlsson vill ha post till kent.ohlsson snabel-a telia punkt com", "ohlsson"),  # an address's part
])
def test_a_word_that_is_also_the_name_stays_a_word(text: str, word: str) -> None:
    assert word not in _of_kind(text, NAME)


@pytest.mark.parametrize(("text", "names"), [
    ("Robin 7 a (02.09.2019) käib lasteaias", ["Robin"]),  # et, a name that is a word elsewhere
    ("Jonas 6 J. (11.02.2020) wohnt bei der Oma", ["Jonas"]),  # de
])
def test_a_name_before_an_age_and_a_bracketed_date_of_birth(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "name"), [
    ("Korhonen Aleksi\t120512A123B\thuoltaja Korhonen Sanna", "Korhonen Sanna"),  # fi, a register's cell
    ("Lindqvist, Elsa\t7B\tvh Lindqvist, Helena", "Lindqvist, Helena"),  # sv, the comma
    ("kuratorn ringde om Johansson Alva i klass 7A", "Johansson Alva"),  # sv, a common surname in running text
    ("Skolotāja zvanīja:\nBērziņš Kristaps, 4. klase", "Bērziņš Kristaps"),  # lv, a list's line
])
def test_a_surname_written_before_a_first_name_found(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize(("text", "name"), [
    ("die Kinder Lena und Paul bleiben bei der Mutter", "Lena"),  # de, a noun after an article
    ("Bruder Jonas kommt morgen", "Jonas"),  # de, a family word
    ("Ring Ebba i morgon om mötet", "Ebba"),  # sv, a verb at a sentence's start
    ("Osalejad: Tamm, Kask ja Mäkelä", "Kask"),  # et, two people after a comma
])
def test_a_word_before_a_first_name_that_is_no_surname_of_it(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)
