"""The twenty-third privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, twenty-third round"), on the real detector.

Each rule was kept only after the leave-one-set-out check; the messages here are written for the tests, not taken from
the evaluation sets. A few cases guard what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, BIRTH_DATE, ID_CODE, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "dates"), [
    # a whole date alone in a table's cell after the name's cell
    ("Lapset:\nPoika\tOnni Laaksonen\t14.2.2013\nTyttö\tIiris Laaksonen\t2.11.2016", ["14.2.2013", "2.11.2016"]),
    ("Child | DOB\nRory Callaghan | 11/05/2014 |\nNiamh Callaghan | 23/09/2017 |", ["11/05/2014", "23/09/2017"]),
    ("Möte\tDatum\nPlanering\t12.03.2025", []),  # (guard) no name in the row
])
def test_dates_of_birth_of_the_twenty_third_round(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize(("text", "codes"), [
    # a РНОКПП or a Steuer-ID bare right after a name, when its checksum holds
    ("Діти: Остап 4123401230, молодший ще без коду.", ["4123401230"]),
    ("Син\tСергій Мельник\t22.11.2012\t4123401230", ["4123401230"]),
    ("Kinder: Lena 52047183628, Jonas hat noch keine.", ["52047183628"]),
    ("Діти: Остап 4123401231, молодший ще без коду.", []),  # (guard) the check digit fails
    ("Call Maria on 4123401230 after six.", []),  # (guard) not right after the name
])
def test_codes_after_names_of_the_twenty_third_round(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


@pytest.mark.parametrize(("text", "names"), [
    # a list's or a table's item written surname first
    ("Paikalla: Korhonen, Aino; Heikkinen, Veeti; sosiaaliohjaaja.", ["Korhonen, Aino", "Heikkinen, Veeti"]),
    ("Deltagare: Bergström, Elin (mamma), Bergström, Hugo (barn).", ["Bergström, Elin", "Bergström, Hugo"]),
    ("Besökte: Nguyen, Lindqvist och Berg, alla grannar.", ["Nguyen", "Lindqvist", "Berg"]),  # (guard) surnames only
])
def test_names_of_the_twenty_third_round(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "addresses"), [
    # the years of the next item of an address history are no postcode
    ("Osoitehistoria: 2015–2018 Kauppakatu 12 B 7, Kuopio, 2018–2022 Puijonkatu 3, 70100 Kuopio.",
     ["Kauppakatu 12 B 7, Kuopio", "Puijonkatu 3, 70100 Kuopio"]),
    ("Adresse: Brīvības iela 88-4, Cēsis, LV-4101.", ["Brīvības iela 88-4, Cēsis, LV-4101"]),  # (guard) a postcode
    # the river in brackets after a town's postcode and name
    ("Die Familie wohnt in der Lindenstraße 14, 06844 Dessau (Mulde).", ["Lindenstraße 14, 06844 Dessau (Mulde)"]),
    ("Sie zog in die Gartenstraße 3, 15230 Frankfurt (Oder) um.", ["Gartenstraße 3, 15230 Frankfurt (Oder)"]),
    # at someone's, a street with its number after "na"/"на", its street word or none
    ("Od wczoraj Igor śpi u cioci na Brzozowej 14.", ["Brzozowej 14"]),
    ("мати каже, що він у діда на вулиці вишневій 7 квартира 3", ["вулиці вишневій 7 квартира 3"]),
    ("Ночует у тёти на Полевой, 21, в школу не ходит.", ["Полевой, 21"]),
    ("Zostanie u nas na około 3 dni.", []),  # (guard) a common word and a count
])
def test_addresses_of_the_twenty_third_round(text: str, addresses: list[str]) -> None:
    assert _of_kind(text, ADDRESS) == addresses
