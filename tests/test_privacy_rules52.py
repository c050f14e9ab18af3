"""The fifty-second privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-second round"), on the
real detector.

Addresses: a farm or village heading a rural address after an address's word, a colon, a bracket or "auf dem"; a
street's qualifier in its case and letter case, and a place before a generic street; a lower-case name before its
street word; no first name before a street named by an everyday word, and no word on the line or in the cell before a
street; a town's word heading a city address outside; a municipality's word after its town; a house called by its
Finnish number noun. Phones: the letter O typed for a zero; the Baltic landlines in their own country's message; an
office's information line and the police's number are no one's. Codes: a code glued to the word before it; a code
after its scheme's name, a kin word and the person's name before a colon. The messages here are written for the
tests, not taken from the evaluation sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, ID_CODE, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, address", [
    ("Mummo asuu osoitteessa Yliharju, Jokivarrentie 318, 91900 Liminka.", "Yliharju, Jokivarrentie 318, 91900 Liminka"),  # fi
    ("Morfar: Ekbacka, Byvägen 12, 930 90 Arjeplog", "Ekbacka, Byvägen 12, 930 90 Arjeplog"),  # sv, after a colon
    ("Vanaisa (Kaasiku, Metsa tee 7, 63601 Põlva) helistas.", "Kaasiku, Metsa tee 7, 63601 Põlva"),  # et, in brackets
    ("Sie leben auf dem Lindenhof, Dorfstraße 8, 29553 Bienenbüttel.", "Lindenhof, Dorfstraße 8, 29553 Bienenbüttel"),  # de
])
def test_a_farm_heading_a_rural_address_is_inside_it(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text, address", [
    ("Lähettäjä: Perheneuvola, Kaupintie 11, 00440 Helsinki", None),  # fi, an office heading its address
    ("Postadress: Socialförvaltningen, Box 1034, 721 26 Västerås.", None),  # sv
    ("Familjehem: Nordins, Lärkvägen 12, 746 34 Bålsta", "Lärkvägen 12, 746 34 Bålsta"),  # sv, a family in the plural
    ("Osoite: Hämeentie 5 A 3, 00530 Helsinki", "Hämeentie 5 A 3, 00530 Helsinki"),  # fi, a town's flat: no farm
])
def test_an_office_or_a_family_heading_an_address_is_no_farm(text: str, address: str | None) -> None:
    assert _of_kind(text, ADDRESS) == ([address] if address else [])


@pytest.mark.parametrize("text, address", [
    ("Isä asuu Vanhalla Kirkkotiellä 4 B 7.", "Vanhalla Kirkkotiellä 4 B 7"),  # fi, the qualifier in its case
    ("Hun bor på Gammel Køge Landevej 12, 1. th.", "Gammel Køge Landevej 12, 1. th."),  # da
    ("Babcia mieszka w Starym Sączu 14, 33-340 Stary Sącz.", "Starym Sączu 14, 33-340 Stary Sącz"),  # pl
    ("Rodzina mieszka w Wólce Grodziskiej 9, 21-040 Świdnik.", "Wólce Grodziskiej 9, 21-040 Świdnik"),  # pl, a village
    ("tētis dzīvo mazā kalna 12-3", "mazā kalna 12-3"),  # lv, lower case
    ("nyt perhe asuu Kalevan puistokatu 14 C 5:ssä, joten", "Kalevan puistokatu 14 C 5:ssä"),  # fi, a genitive, a generic street
    ("bor nu i Valby Langgade 14, 2. tv.", "Valby Langgade 14, 2. tv."),  # da, a place before the long street
    ("viņi dzīvo ganību dambī 14-2", "ganību dambī 14-2"),  # lv, a lower-case name before its street word
    ("ta elab nüüd sõpruse pst 12-4", "sõpruse pst 12-4"),  # et
])
def test_the_words_that_begin_a_streets_name_are_inside(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text, address", [
    ("vanha Keskustie 2 b 4, uusi Vihtakatu 9 as. 11", "Keskustie 2 b 4"),  # fi, the old and the new address of a list
    ("Ny adresse Jernbanegade 5, gammel Lyngbakken 3", "Lyngbakken 3"),  # da
    ("Äiti haki pojan Puistokadulta 11 A 3 aamulla.", "Puistokadulta 11 A 3"),  # fi, a genitive before a capital
    ("Mikko Puistokatu 7 A 3, 20100 Turku", "Puistokatu 7 A 3, 20100 Turku"),  # fi, a first name before "park street"
    ("Tapasin Ainon Kirkkokadulla 19 C 33.", "Kirkkokadulla 19 C 33"),  # fi
    ("Farid\nSkolgatan 14 B lgh 1203\n903 25 Umeå", "Skolgatan 14 B lgh 1203\n903 25 Umeå"),  # sv, the line before
    ("Bor på Hjalmar Lundbohmsvägen 31.", "Hjalmar Lundbohmsvägen 31"),  # sv, a street named after a person keeps him
])
def test_a_word_that_does_not_begin_the_street_stays_outside(text: str, address: str) -> None:
    assert address in _of_kind(text, ADDRESS)


@pytest.mark.parametrize("text, address", [
    ("Мать проживает: г. Тверь, ул. Советская, д. 12, кв. 4.", "ул. Советская, д. 12, кв. 4"),  # ru, a city's word
    ("Батько живе: м. Суми, вул. Соборна, 21, кв. 8.", "вул. Соборна, 21, кв. 8"),  # uk
    ("Vanaisa elab: Nurme küla, Kase tee 4, 76404 Saue vald.", "Nurme küla, Kase tee 4, 76404 Saue vald"),  # et
])
def test_a_towns_word_heading_a_city_address_is_outside_a_municipality_after_its_town_inside(text: str,
                                                                                              address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text, address", [
    ("Mummo asuu nykyään Koulukadulla vitosessa.", "Koulukadulla vitosessa"),
    ("asuu sammonkadulla kasissa", "sammonkadulla kasissa"),
])
def test_a_house_called_by_its_finnish_number_noun(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text, phone", [
    ("Soita töihin (09) 816 4O2 11, kiitos.", "(09) 816 4O2 11"),  # fi
    ("Ring på jobbet 08-55O 913 20.", "08-55O 913 20"),  # sv
    ("or call her work 0161 49O 3327.", "0161 49O 3327"),  # en, a Latin O
    ("или на работу 8 (812) 3О4-77-16.", "8 (812) 3О4-77-16"),  # ru, a Cyrillic О
    ("eller på jobb 22 O4 71 39.", "22 O4 71 39"),  # nb
])
def test_a_phone_with_the_letter_o_typed_for_a_zero(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


def test_the_letter_o_outside_a_number_is_left_alone() -> None:
    assert _of_kind("CO2 levels reached 4O0 ppm in room O4.", PHONE) == []


@pytest.mark.parametrize("text, phone", [
    ("Vanaema Helju kodus 443 1720, mobiil puudub.", "443 1720"),  # et
    ("Ar cieņu / Ieva / sociālā darbiniece / 6710 5512", "6710 5512"),  # lv
    ("Močiutė Danutė: 8 37 22 45 19", "8 37 22 45 19"),  # lt
])
def test_a_baltic_landline_in_its_countrys_message(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize("text", [
    "The DWP number is tel0800 328 5644.",  # en: seven digits are no landline outside the Baltic states
    "Linnavalitsuse info 736 1100, kantselei suletud.",  # et, an office's information line
    "Domes informācija 6720 4400",  # lv
    "Telefoninumbrid: Politsei 612 3000.",  # et, the police
    "Aastad 2022 | 340\n2023 | 365",  # et, a table's year
])
def test_seven_digits_that_are_no_ones_landline(text: str) -> None:
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize("text, code", [
    ("kysy voiko lapsen hetun210617A587P laittaa", "210617A587P"),  # fi
    ("och läste upp pnr19880912-4517 igen", "19880912-4517"),  # sv
    ("ja ütles lapse isikukoodi61804110827 uuesti", "61804110827"),  # et
    ("i podała PESEL dziecka17241503678 przez telefon", "17241503678"),  # pl
    ("und nannte die ID des Kindes59172034614, danke", "59172034614"),  # de
])
def test_a_code_glued_to_the_word_before_it(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


@pytest.mark.parametrize("text, phone", [
    ("мама дзвонила з тел0934417806 сьогодні", "0934417806"),  # uk, glued to a phone's word: a phone
    ("IBAN FI2112345600000785", None),  # an IBAN's country is no word
])
def test_a_phone_or_an_iban_glued_to_its_word_is_no_code(text: str, phone: str | None) -> None:
    assert _of_kind(text, ID_CODE) == [] and _of_kind(text, PHONE) == ([phone] if phone else [])


@pytest.mark.parametrize("text, code", [
    ("ИНН матери Марины Соколовой: 770412345664", "770412345664"),  # ru
    ("РНОКПП батька Віктора Гуменюка: 3091804289", "3091804289"),  # uk
])
def test_a_code_after_its_scheme_a_kin_word_and_a_name(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]
