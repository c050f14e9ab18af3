"""The twenty-ninth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, twenty-ninth round"), on the real detector.

Each rule was kept only after the leave-one-set-out check; the messages here are written for the tests, not taken from
the evaluation sets. A few cases guard what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, BIRTH_DATE, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "names"), [
    # the name a person goes by, after the verbs of calling the list lacked
    ('Poiss, keda sõbrad kutsuvad "Tiksu", ei tulnud kooli.', ["Tiksu"]),
    ('Zēnu mājās sauc par "Mārčuku", skolā nē.', ["Mārčuku"]),
    ('Chłopiec, na którego wołają "Kubuś", nie przyszedł.', ["Kubuś"]),
    ('Мальчика дома зовут "Тёма", он в 3 классе.', ["Тёма"]),
    ('Nuori kutsuu itseään "Rölli" eikä vastaa muuhun.', ["Rölli"]),
    ('Lapsi esittäytyy nimellä "Tuikku" päiväkodissa.', ["Tuikku"]),
    ("Tiimi toimii nimellä Perhetiimi.", []),  # (guard) a team, no verb of going by
])
def test_names_after_verbs_of_calling(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "names"), [
    # an e-mail's subject line opening with the child's name, in any case form, and its recurrences
    ("Subject: Brogan – missed sessions\n\nBrogan has not come in since Monday.", ["Brogan", "Brogan"]),
    ("Subject: RE: Tayshawn's school bus\n\nHello,", ["Tayshawn's"]),
    ("Aihe: Elmerin kuljetukset\n\nHei, Elmeri tarvitsee taksin.", ["Elmerin", "Elmeri"]),
    ("Subject: Attendance concerns\n\nDear colleague,", []),  # (guard) a topic, no name
    ("Aihe: poissaolot\n\nHei,", []),  # (guard) a Finnish topic word
])
def test_names_in_subject_lines(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "names"), [
    # a famous name in a case form, its first name left unfound before the rest, a hyphenated surname part by part
    ("Na apelu mówiliśmy o Januszu Korczaku.", []),
    ("Referat był o Marii Skłodowskiej-Curie i jej córkach.", []),
    ("Luetaanko ryhmässä Astrid Lindgrenin Peppi?", []),
    ("Pani Maria Skłodowska przyszła z synem Kubą.", ["Maria Skłodowska", "Kubą"]),  # (guard) a client's name
])
def test_famous_names_in_case_forms(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "addresses"), [
    # dictated in lower case, the town right after the house number
    ("äiti sanoi että elmo asuu nyt isällä koivukuja 7 lohja eikä tule kouluun", ["koivukuja 7 lohja"]),
    ("pappan säger att nils bor hos farmor på björkvägen 14 ljusdal sen i maj", ["björkvägen 14 ljusdal"]),
    ("nan says jayden is staying at 41 larkspur road grimsby till friday", ["41 larkspur road grimsby"]),
    ("han bor på ekvägen 3 mvh", ["ekvägen 3"]),  # (guard) three letters: an abbreviation, no town
    ("anteckning ekvägen 3 diktat slut", ["ekvägen 3"]),  # (guard) a word of dictation
    ("mama ist in die rosenstraße 3 gezogen", ["rosenstraße 3"]),  # (guard) a verb's form, no town
])
def test_dictated_towns_after_the_house_number(text: str, addresses: list[str]) -> None:
    assert _of_kind(text, ADDRESS) == addresses


@pytest.mark.parametrize(("text", "dates"), [
    # the day as an ordinal word, the month named, the year in digits, after a birth word
    ("Veeti on syntynyt neljäs kesäkuuta 2016 Porissa.", ["neljäs kesäkuuta 2016"]),
    ("Mollie was born on the twenty second of August 2013, mum says.", ["twenty second of August 2013"]),
    ("Elis är född den femte oktober 2011 och bor hos farmor.", ["femte oktober 2011"]),
    # (privacy36: "März" before "geboren" too)
    ("Paul ist am dreizehnten März 2014 geboren; er wurde geboren am elften Mai 2014.",
     ["dreizehnten März 2014", "elften Mai 2014"]),
    ("Kuba, urodzony czwartego lipca 2015, chodzi do przedszkola.", ["czwartego lipca 2015"]),
    ("Barnet er født i slutningen af maj 2012.", []),  # (guard) no day
])
def test_birth_dates_with_ordinal_words(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize(("text", "dates"), [
    # Ukrainian and Russian dates of birth with the month named, the ordinal's -го and the year's word with them
    ("Дитина народилася 9 серпня 2014 р., живе з бабусею.", ["9 серпня 2014 р."]),
    ("Мальчик родился седьмого апреля 2013 года в Пскове.", ["седьмого апреля 2013 года"]),
    ("Дочка народилася п'ятого березня 2016 року.", ["п'ятого березня 2016 року"]),
    ("Родился 05.09.2011 г. р., сведения из школы.", ["05.09.2011"]),  # (guard) "г. р." is the year of birth
])
def test_cyrillic_birth_dates_with_months(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize(("text", "dates"), [
    # the German date before its birth word
    ("Jonte ist am 4. August 2015 geboren und wohnt bei der Oma.", ["4. August 2015"]),
    ("Die Kleine ist am zwölften Juni 2019 geboren.", ["zwölften Juni 2019"]),
    ("Das Treffen ist am 4. August 2025, die Mutter ist in Riga geboren.", []),  # (guard) a meeting's date
])
def test_german_dates_before_geboren(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates
