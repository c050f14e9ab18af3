"""The thirty-ninth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, thirty-ninth round"), on the real detector.

Dates of birth: the day as an ordinal word in Lithuanian and Norwegian, and in Lithuanian the month's name after it; the
German birthplace between the date and "geboren"; the Lithuanian "g." before a whole date; the Ukrainian and Russian
day with its ordinal ending ("25-го серпня 2013 р."), in brackets with the word for "year"; a sibling's date after
"and", the sibling's word inflected, the day as an ordinal word. Never a meeting's date, nor a street's "g." before a
number. Names: the word right before a birth word whose date of birth is found ("Weronika urodziła się ...", "Pihla on
syntynyt ..."), never a common word whose lemma is in lower case ("the youngest", "the child"), a surname alone, or the
last word of a name found before it. A register's name field that runs on after a comma: the name's label without its
colon, or with it after a date; a label for a person's details with its colon; never a table's header row.
The messages here are written for the tests, not taken from the evaluation sets. The guards are the spans the rules
must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import BIRTH_DATE, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "dates"), [
    ("Tomas gimė dvyliktą gegužės 2014 Kaune.", ["dvyliktą gegužės 2014"]),  # lt, an ordinal word
    ("Sigrid er født andre mars 2016 i Bergen.", ["andre mars 2016"]),  # nb, "andre"
    ("Lena ist am dritten Mai 2013 in Odessa geboren.", ["dritten Mai 2013"]),  # de, the birthplace between
    ("Vaiko duomenys: Rūta Petraitytė, g. 14.07.2018, darželis.", ["14.07.2018"]),  # lt, "g." before a whole date
    ("Богдан (7-го березня 2015 р.) живе з бабусею.", ["7-го березня 2015 р."]),  # uk, in brackets
    ("Алиса (3-го мая 2012 г.) живёт у тёти.", ["3-го мая 2012 г."]),  # ru, in brackets
    ("Aino on syntynyt toisena toukokuuta 2011 ja hänen siskonsa Helmi kymmenentenä maaliskuuta 2015.",
     ["toisena toukokuuta 2011", "kymmenentenä maaliskuuta 2015"]),  # fi, a sibling's ordinal date
    ("Olle föddes 4 maj 2012 och hans lillebror Nils 9 juni 2015.", ["4 maj 2012", "9 juni 2015"]),  # sv
])
def test_more_ways_of_writing_a_date_of_birth(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize("text", [
    "Susitikimas vyks Vilniaus g. 12, gruodžio 16 d.",  # lt, a street's "g." before a number
    "Kokous pidetään toisena toukokuuta 2027 ja hänen veljensä tulee mukaan.",  # fi, a meeting's ordinal date
    "Засідання (5-го березня 2026 р.) перенесено.",  # uk, a meeting's date in brackets after no name
])
def test_a_meeting_or_a_street_is_no_date_of_birth(text: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Weronika urodziła się 4 maja 2015 roku w Krakowie.", ["Weronika"]),  # pl, a name no list holds
    ("Pihla on syntynyt 3.4.2012 Oulussa.", ["Pihla"]),  # fi
    ("Liisbet on sündinud 12. jaanuaril 2015 ja elab vanaema juures.", ["Liisbet"]),  # et
    ("Vytautas gimė 2011-05-17 Kaune.", ["Vytautas"]),  # lt
])
def test_the_word_before_a_birth_word_is_a_name(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize("text", [
    "Najmłodsze ur. 2020-06-14, rodzina przeprowadza się.",  # pl, "the youngest"
    "Laps on sündinud 14. novembril 2015.",  # et, "the child"
    "Han är född 3:e maj 2014 och bor i Lerum.",  # sv, a pronoun the lists hold as a surname
    "Schüler geb. 13.10.2016, Anschrift folgt.",  # de, a noun the lists hold as a surname
])
def test_a_common_word_or_a_surname_before_a_birth_word_is_no_name(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize(("text", "names"), [
    ("CPR-nr. 121110-1234, navn Holm, Sofie, adresse Algade 3, 4000 Roskilde", ["Holm, Sofie"]),  # da, no colon
    ("Personas kods 010115-12345, vārds Kalniņa Laura, adrese Rīga", ["Kalniņa Laura"]),  # lv, no colon
    ("Dzimšanas datums: 2018-02-11 Vārds: Anna", ["Anna"]),  # lv, one word after a date
    ("Opplysninger: Hansen Emil, fødselsdato 2017-05-02", ["Hansen Emil"]),  # nb, a details label
    ("Данные: Петров Иван, дата рождения 2016-03-14", ["Петров Иван"]),  # ru, a details label
    ("Dane: Nowak Zofia, data ur. 2019-01-20", ["Nowak Zofia"]),  # pl, a details label
])
def test_a_registers_name_field_that_runs_on(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


def test_a_tables_header_row_is_no_name() -> None:
    text = "Name\tSteuer-ID\tAdresse\nKrüger, Ben\t37950416273\tAm Stadtpark 9, 19055 Schwerin"
    assert "Steuer-ID\tAdresse" not in _of_kind(text, NAME)
