"""The twenty-fifth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, twenty-fifth round"), on the real detector.

Each rule was kept only after the leave-one-set-out check; the messages here are written for the tests, not taken from
the evaluation sets. A few cases guard what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, ID_CODE, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "addresses"), [
    # an address's town and street name stay on their line
    ("Nimi: Aili Ranta\nOsoite: Kuusitie 4 B 7, 70100 Kuopio\nPuhelin: ei ole", ["Kuusitie 4 B 7, 70100 Kuopio"]),
    ("Adress: Kullagatan 3, 252 20 Helsingborg\nSkola: ingen än", ["Kullagatan 3, 252 20 Helsingborg"]),
    # an authority that has moved, is now or still is at the address: no one's home
    ("Perheneuvola on muuttanut, uusi osoite on Koulukatu 12, 90100 Oulu.", []),
    ("Socialjouren i Umeå finns på Skolgatan 31 nu, har ni uppdaterat?", []),
    ("Barnevernvakten i Bergen er nå i Kaigaten 4, stemmer det?", []),
    ("Lastensuojelun päivystys siirtyy 1.3.2026 alkaen osoitteeseen Rautatienkatu 9.", []),
    ("Perhe on muuttanut, uusi osoite on Koulukatu 12, 90100 Oulu.", ["Koulukatu 12, 90100 Oulu"]),  # (guard) a family
    # a dictated lower-case address: its flat written out and its town
    ("kotikäynti tänään osoite koivukuja 3 b 12 pieksämäki äiti paikalla", ["koivukuja 3 b 12 pieksämäki"]),
    ("hembesök hos familjen adress ekvägen 14 lägenhet 1102 kiruna barnen hemma", ["ekvägen 14 lägenhet 1102 kiruna"]),
    ("met the family at flat 4 12 rowan terrace comma all well full stop", ["flat 4 12 rowan terrace"]),
    ("vakar biju pie ģimenes uz ozolu ielu 7 dzīvokli 9 viss kārtībā", ["ozolu ielu 7 dzīvokli 9"]),
    ("osoite mäntytie 8 a 3 piste seuraava käynti ensi viikolla", ["mäntytie 8 a 3"]),  # (guard) a word of dictation
    ("call from sam she wants letters sent to 4 birch road dunoon pa23 8ab today", ["4 birch road dunoon pa23 8ab"]),
    # a Cyrillic village's or town's word and name after the street's number
    ("Мати живе: вул. Садова, 12, с. Ясенівка, Житомирська обл.", ["вул. Садова, 12, с. Ясенівка, Житомирська обл."]),
    ("Новый адрес: ул. Мира, д. 3, кв. 7, г. Нижний Тагил?", ["ул. Мира, д. 3, кв. 7, г. Нижний Тагил"]),
    # the German "str." in a lower-case street
    ("wohnt jetzt bei der oma in der lindenstr. 22 glaub ich", ["lindenstr. 22"]),  # (and no town without a flat)
    # the town after a street's comma before a single quote or a lower-case word in any asker language's letters
    ("Mama rašė: 'Žalgirio g. 5-2, Kaunas' – taip ir liko.", ["Žalgirio g. 5-2, Kaunas"]),
    ("Jis gyveno Gedimino pr. 9-4, Vilnius į sodybą neišvyko.", ["Gedimino pr. 9-4, Vilnius"]),
])
def test_addresses_of_the_twenty_fifth_round(text: str, addresses: list[str]) -> None:
    assert _of_kind(text, ADDRESS) == addresses


@pytest.mark.parametrize(("text", "names"), [
    # a lower-case first name greeted at a message's or a line's start
    ("moikka sanna! muistatko milloin palaveri on?", ["sanna"]),
    ("hej oskar, kan du ringa mig efter lunch?", ["oskar"]),
    ("hi, can you send me the form?", []),  # (guard) no name
    # a lower-case first name asked after: reached, heard from, where someone lives
    ("onko kukaan tavoittanut eliasta? ei vastaa", ["eliasta"]),
    ("vet du hvor ingrid bor nå?", []),  # (guard) the Norwegian order, verb after the name: not taken
    ("не знаешь где сейчас живёт кирилл? мать не отвечает", ["кирилл"]),
    ("czy ktoś się dodzwonił do zosi? nie odbiera", ["zosi"]),
    # a son's and a daughter's word in the Baltic and Slavic cases before a lower-case first name
    ("vizīte pie mātes un dēla mārtiņa šodien", ["mārtiņa"]),
    ("визит к маме и сыну матвею сегодня", ["матвею"]),
    # a shop chain as a landmark is no one
    ("Pere elab maja Rimi taga, Aino teab.", ["Aino"]),
    ("Šeima gyvena už Maximos, Tomas žino.", ["Tomas"]),
    # a law named after a person, and the schools' messaging service
    ("Ska vi göra en Lex Sarah-anmälan om det?", []),
    ("Viesti lähti Wilmassa eilen, Wilma itse ei vastannut.", ["Wilma"]),
])
def test_names_of_the_twenty_fifth_round(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "codes"), [
    # the NHS number after "NHS" without its "number", or a few words after it
    ("Referral for Maisie (NHS 943 476 5919) from the GP.", ["943 476 5919"]),
    ("Her NHS number on the letter is 401-023-2137, please check.", ["401-023-2137"]),
    ("Call NHS 111 or 0300 123 4567 out of hours.", []),  # (guard) a service's numbers
])
def test_identity_codes_of_the_twenty_fifth_round(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes
