"""The twenty-seventh privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, twenty-seventh round"), on the real detector.

Each rule was kept only after the leave-one-set-out check; the messages here are written for the tests, not taken from
the evaluation sets. A few cases guard what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "names"), [
    # a lower-case first name in a case form next to a family word: in the genitive before it, or after one
    ("tjek lige saras mors nye adresse, tak", ["saras"]),
    ("kolla oskars mammas nya nummer", ["oskars"]),
    ("vaata palun kertu ema uut numbrit", ["kertu"]),
    ("pasižiūrėk gretos mamos naują adresą", ["gretos"]),
    ("pārbaudi, lūdzu, martas mammas jauno adresi", ["martas"]),
    ("проверь новый адрес мамы полины", ["полины"]),
    ("перевір адресу мами софійки", ["софійки"]),
    ("kan du sjekke hans mor sin adresse", []),  # (guard) a pronoun
    # a found name in a table's cell of capitalised words takes the whole cell
    ("Lapset:\nNimi\tSyntynyt\nSisu Hiltunen\t3.4.2015\nTuuli Hiltunen\t5.6.2017",
     ["Sisu Hiltunen", "Tuuli Hiltunen"]),  # ("Syntynyt", a header, is no name since privacy28)
    ("Joukkue | Maalit\nPohjan Tähdet | 4", []),  # (guard) no name found in the cell
    # a Turkish name written with its own letters is the listed name
    ("Ayşe Demirci ringde i morse.", ["Ayşe Demirci"]),
    ("Jag träffade Gülşen i skolan i dag, hon var ledsen.", ["Gülşen"]),
    ("Müşteri hizmetleri çok yavaş.", []),  # (guard) no name
])
def test_names_of_the_twenty_seventh_round(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "names"), [
    # more famous people, in their case forms too
    ("Vi läste Erich Kästners böcker i klassen i går.", []),
    ("Na zajęciach czytaliśmy wiersze Jana Brzechwy.", []),
    ("Вечером слушали стихи Самуила Маршака.", []),
    ("Bērni dziedāja Raimonda Paula dziesmu.", []),
    ("Thomas Müller hat heute wieder angerufen.", ["Thomas Müller"]),  # (guard) a name a client may bear
])
def test_famous_people_of_the_twenty_seventh_round(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "addresses"), [
    # a Cyrillic town ending in -е after the flat is the town (a Russian or Ukrainian locative takes a preposition)
    ("Дитина живе з бабусею: вул. Липова, 3, кв. 12, Рівне.", ["вул. Липова, 3, кв. 12, Рівне"]),
    ("Мама живе на вул. Садовій, 8, кв. 4, Рівне, тато — у Луцьку.", ["вул. Садовій, 8, кв. 4, Рівне"]),
    ("Brīvības iela 12-4, Rīgā", ["Brīvības iela 12-4"]),  # (guard) a Latvian locative after a street in the nominative
])
def test_addresses_of_the_twenty_seventh_round(text: str, addresses: list[str]) -> None:
    assert _of_kind(text, ADDRESS) == addresses


@pytest.mark.parametrize(("text", "phones"), [
    # an organisation's word is looked for in the number's own line and sentence: not across a line break, nor a
    # question mark or an exclamation mark before a person's pronoun
    ("Hälsningar\nKari Holm\nbarnevernspedagog\n+47 913 44 872", ["+47 913 44 872"]),
    ("С уважением,\nИрина Волкова\nспециалист отдела опеки\n+7 921 448 15 62", ["+7 921 448 15 62"]),
    ("Jag pratade med Försäkringskassan i går, vet du? Hon nås på +46 73 512 88 40.", ["+46 73 512 88 40"]),
    ("Ring socialjouren på 08-508 25 000.", []),  # (guard) an organisation's number
    ("Hur når jag socialtjänsten i Borås? Telefonen 033-35 70 00?", []),  # (guard) the organisation's, asked after
])
def test_phones_of_the_twenty_seventh_round(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones
