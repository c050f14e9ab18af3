"""The twenty-eighth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, twenty-eighth round"), on the real detector.

Each rule was kept only after the leave-one-set-out check; the messages here are written for the tests, not taken from
the evaluation sets. A few cases guard what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, BIRTH_DATE, NAME, find_personal_data
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "names"), [
    # the sender before an e-mail address in angle brackets, and the name signed after a closing
    ("---------- Forwarded message ---------\nFrom: Morwenna Tregear <m.tregear@example.org>\nSubject: visit",
     ["Morwenna Tregear"]),
    ("Lähettäjä: Iiris Pohjavirta <iiris.pohjavirta@example.fi>\nAihe: kotikäynti", ["Iiris Pohjavirta"]),
    ("Thanks for your help.\n\nBest regards,\nOona Blackwood-Pryce\nFamily Support Worker", ["Oona Blackwood-Pryce"]),
    ("Tack för hjälpen.\n\nMed vänlig hälsning\nAgnes Kvarnström\nkurator", ["Agnes Kvarnström"]),
    ("Mit freundlichen Grüßen\nHelga Rautenberg\nJugendamt", ["Helga Rautenberg"]),
    ("Kind regards,\nFamily Support Team\n0800 000 000", []),  # (guard) a team signs
    ("Terveisin\nPerhekeskus Pihlaja\nPuistokatu 4, 00100 Helsinki", []),  # (guard) a service signs
])
def test_names_in_letters(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "names"), [
    # a first name right before its date of birth in brackets, the date found or whole
    ("Lapset: Kerttu (3.9.2014) ja Eemil (22.1.2017).", ["Kerttu", "Eemil"]),
    ("Children:\n- Tallulah-Rose (DOB 14 Mar 2019)\n- Idris (DOB 2 Aug 2021)", ["Tallulah-Rose", "Idris"]),
    ("Dzieci: Antonina (ur. 4 maja 2016) i Leon (ur. 19 lipca 2018).", ["Antonina", "Leon"]),
    ("Дети: Савелий (03.04.2015) и Злата (11.10.2017).", ["Савелий", "Злата"]),
    ("Geburtsdatum (01.02.2015) bitte eintragen.", []),  # (guard) a German noun
    ("Bitte DOB (12.03.2010) prüfen.", []),  # (guard) an abbreviation
    ("Meeting (12.03.2024) moved to Friday.", []),  # (guard) a common word
])
def test_names_before_birth_dates(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "names"), [
    # a word alone in a cell of a table's header row names a column
    ("Nimi\tHetu\tOsoite\nPihla Kallio\t010203A123X\tRantatie 4", ["Pihla Kallio"]),
    ("Månad | Akuta | Övriga\njan | 12 | 40\nfeb | 9 | 38", []),
    ("Barn\tFödd\nAlma\t2015\nElsa\t2017", ["Alma", "Elsa"]),  # (guard) the names below the header
])
def test_table_headers_out(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "addresses"), [
    # a flat or a block by its letter, a floor alone or with its flat, before the street's number
    ("Post goes to Flat B, 27 Orchard Road, Worksop S80 2QT now.", ["Flat B, 27 Orchard Road, Worksop S80 2QT"]),
    ("She has moved into Basement Flat, 3 Marine Parade, Whitby.", ["Basement Flat, 3 Marine Parade, Whitby"]),
    ("They live at Block D, 48 Tenter Street, Sheffield S1 4BY.", ["Block D, 48 Tenter Street, Sheffield S1 4BY"]),
    ("The meeting is on the 2nd floor of the town hall.", []),  # (guard) no street after it
])
def test_flats_and_floors_before_the_street(text: str, addresses: list[str]) -> None:
    assert _of_kind(text, ADDRESS) == addresses


@pytest.mark.parametrize(("text", "dates"), [
    # a date of birth in brackets after a name, in any of the dates' shapes, an age before or after it
    ("Lapset: Vilja (7 v, 03.02.2018) ja Eino (14.6.2021, 4 v).", ["03.02.2018", "14.6.2021"]),
    ("Barnen: Astrid (11 mars 2015) och Melker (2 år, 2023-05-09).", ["11 mars 2015", "2023-05-09"]),
    ("Kinder: Greta (10.04.14) und Jonas (3 J., 2022-01-17).", ["10.04.14", "2022-01-17"]),
    ("Дети: Алиса (8 лет, 12.05.2017).", ["12.05.2017"]),
    ("The review (12 March 2025) is at the school.", []),  # (guard) no name before it
])
def test_bracketed_birth_dates_after_names(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize(("text", "dates"), [
    # the Nordic day and month before the year's hyphen
    ("Sigrid (f. 9/2-15) går i förskolan.", ["9/2-15"]),
    ("Anton er født 23/10-2013 i Vejle.", ["23/10-2013"]),
    ("Mødet er flyttet til 9/2-25 kl. 10.", []),  # (guard) no birth word
])
def test_nordic_birth_dates(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


def test_a_school_never_runs_across_a_line_break():
    """Under a letter, a signed name and then the signer's role on the next line ("School nurse") are a name and a
    role: no school (noticed by privacy28's tuner; the lead's fix, no dev set changed)."""
    letter = "Best regards,\nOona Blackwood\nSchool Nurse\nKallio Primary School"
    assert [(f.kind, f.text) for f in find_personal_data(letter) if f.kind in ("school", "name")] == [
        ("name", "Oona Blackwood"), ("school", "Kallio Primary School")]


@pytest.mark.parametrize("text, name", [
    ("Гоша не ходит в школу уже неделю.", "Гоша"),
    ("Даниил живёт с бабушкой с весны.", "Даниил"),
])
def test_common_russian_pet_forms_are_names(text, name):
    """Pet forms privacy28's tuner found missing from the lists (heldout-people-13 and -24 gain one name each)."""
    assert name in _of_kind(text, NAME)
