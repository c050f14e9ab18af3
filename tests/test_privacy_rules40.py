"""The fortieth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fortieth round"), on the real detector.

Schools: a day-care centre by its name in quotes after its type word in any case, and the Estonian "lasteaed" as a
school word after a name. Names: a listed first name among the commonest words that starts a sentence, when the
message language's dictionary writes it with its capital (never a word, a place or a month); a title trimmed off a
name in every case form; a lower-case first name joined by "and" to a name found. Identity codes: a code after its
scheme's name and whose it is ("РНОКПП батька, Віктора Гуменюка:"). Phones: a case's or a register's number written
like a phone is none. The messages here are written for the tests, not taken from the evaluation sets. The guards are
the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ID_CODE, NAME, PHONE, SCHOOL
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "schools"), [
    ("Córka chodzi do przedszkola „Biedronka” na Mokotowie.", ["przedszkola „Biedronka”"]),  # pl
    ("Син ходить у дитсадок «Сонечко» біля дому.", ["дитсадок «Сонечко»"]),  # uk
    ("Младший ходит в детский сад «Берёзка».", ["детский сад «Берёзка»"]),  # ru
    ("Jaunākais iet PII \"Saulīte\" Jelgavā.", ['PII "Saulīte"']),  # lv
    ("Mažasis lanko lopšelį-darželį „Bitutė“.", ["lopšelį-darželį „Bitutė“"]),  # lt
    ("Noorem laps käib Päikesekiire lasteaias.", ["Päikesekiire lasteaias"]),  # et, the name before "lasteaed"
])
def test_a_day_care_centre_by_its_name(text: str, schools: list[str]) -> None:
    assert _of_kind(text, SCHOOL) == schools


@pytest.mark.parametrize(("text", "names"), [
    ("Paul wohnt jetzt bei der Tante.", ["Paul"]),  # de
    ("Дмитро живе з бабусею.", ["Дмитро"]),  # uk
])
def test_a_common_first_name_at_a_sentences_start(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize("text", [
    "Will you send the form today?",  # en, a word
    "Anna minulle lomake.",  # fi, a word (give)
    "Bergen har mange skoler.",  # nb, a place
    "Jan | 204 | 31",  # en, a month in a table
])
def test_a_word_a_place_or_a_month_at_a_sentences_start_is_no_name(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Пані Коваль не прийшла, я написала пані Коваль ще раз.", ["Коваль", "Коваль"]),  # uk
    ("Poniai Jankauskienei parašiau laišką.", ["Jankauskienei"]),  # lt, the dative
    ("Rozmawiałam z panem Wiśniewskim wczoraj.", ["Wiśniewskim"]),  # pl, the instrumental
])
def test_a_title_is_outside_the_names_span(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


def test_a_lower_case_first_name_joined_to_a_name_found() -> None:
    assert _of_kind("остап і тарас посварилися, мама тараса прийде", NAME) == ["остап", "тарас", "тараса"]


@pytest.mark.parametrize(("text", "codes"), [
    ("РНОКПП матері, Олени Бойко: 3012345678 (одна цифра неправильна)", ["3012345678"]),  # uk
    ("СНИЛС отца, Ивана Смирнова: 112-233-445 96 (проверить)", ["112-233-445 96"]),  # ru
])
def test_a_code_after_its_scheme_and_whose_it_is(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


def test_a_phone_after_a_scheme_word_and_another_label_stays_a_phone() -> None:
    assert _of_kind("Hetu puuttuu, soita: 0401234567", PHONE) == ["0401234567"]


@pytest.mark.parametrize("text", [
    "Asja number 2-25-7731, istung 12.03.",  # et, a court case's number
    "Bylos nr. 2-3315/2025 dar nagrinėjama.",  # lt, a case's number with its year
    "CAF ref 2025/01184 was closed.",  # en, a year before a slash
    "Parcel tracking 1Z 888 BB2 03 4567 8912 arrives today.",  # en, a code's tail
])
def test_a_case_or_register_number_is_no_phone(text: str) -> None:
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize(("text", "phones"), [
    ("Kunde tel. 040 1234567", ["040 1234567"]),  # de, a customer's word and a phone word
    ("Mamos tel. 8 612 34 567, bylos nr. 2-3315/2025", ["8 612 34 567"]),  # lt, the phone before the case
])
def test_a_phone_beside_a_reference_stays_a_phone(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones
