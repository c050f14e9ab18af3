"""The fiftieth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fiftieth round"), on the real
detector.

Clean negatives: an address beside an office's switchboard, customer service or opening hours is the office's, and
so is the address that ends a professional's signature with a work e-mail; words that the sentence calls the names of
groups, rooms, teams or a play's characters are no one's names. Addresses: the room where a family sleeps after the
street and number is inside; a home street without a number in a chat's lower case, and the living verb after it.
The messages here are written for the tests, not taken from the evaluation sets; the guards are the spans the rules
must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text", [
    "Hakemukset: Verohallinto, PL 325, 00052 Vero. Asiakaspalvelu 029 497 000.",  # fi, the next sentence
    "Skicka till Försäkringskassan, Box 1164, 621 22 Visby; telefon 0771-524 524 (växel).",  # sv
    "Postboks 8150, 0033 Oslo. Sentralbord 22 00 00 00.",  # nb
    "Das Familienbüro ist in der Hafenstraße 12, 20359 Hamburg; Öffnungszeiten Mo–Fr 9–12.",  # de
    "Centrum Pomocy, ul. Długa 5, 00-238 Warszawa, centrala 22 111 22 33.",  # pl
])
def test_an_address_beside_a_switchboard_or_opening_hours_is_the_offices(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


def test_a_persons_address_keeps_beside_alternate_living_and_a_later_work_number() -> None:
    text = "Pojken bor växelvis på Ekvägen 4 och Björkgatan 9. Pappans jobb 08 555 100 00 växel."
    assert _of_kind(text, ADDRESS) == ["Ekvägen 4", "Björkgatan 9"]


@pytest.mark.parametrize("text", [
    "Ystävällisin terveisin\nAnna Laine\nsosiaalityöntekijä\n040 123 4567\nanna.laine@kunta.fi\nTorikatu 3, 40100 Jyväskylä",
    "Med vennlig hilsen\nKari Holm\nbarnevernspedagog\nkari.holm@bergen.kommune.no\nPostboks 7700, 5020 Bergen",  # nb
    "Ar cieņu\nAnda Kalniņa\nsociālā darbiniece\nanda.kalnina@riga.lv\nBrīvības iela 49, Rīga",  # lv
    "З повагою\nОксана Мельник\nфахівець служби\noksana.melnyk@kyivcity.gov.ua\nвул. Велика Житомирська, 15, Київ",  # uk
])
def test_the_address_ending_a_professionals_signature_is_the_offices(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


@pytest.mark.parametrize(("text", "address"), [
    ("Med vänliga hälsningar\nEva Lind, mamma\nLinvägen 3, 722 14 Västerås\neva.lind@bahnhof.se",
     "Linvägen 3, 722 14 Västerås"),  # sv: a parent says so
    ("Best wishes\nTom Hale\ntom.hale@gmail.com\n21 Park Road, Leeds LS6 2AB", "21 Park Road, Leeds LS6 2AB"),  # en
])
def test_a_parents_signature_keeps_the_home_address(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("Perhe yöpyy hätämajoituksessa Koivutie 3, huone 12.", "Koivutie 3, huone 12"),  # fi
    ("Familjen bor på boendet Storgatan 5, rum 3.", "Storgatan 5, rum 3"),  # sv
    ("The family sleep at the hostel at 12 Station Road, Room 4.", "12 Station Road, Room 4"),  # en
    ("Pere ööbib varjupaigas Tartu mnt 5, tuba 3.", "Tartu mnt 5, tuba 3"),  # et
    ("Ģimene dzīvo patversmē Brīvības ielā 5, istaba 3.", "Brīvības ielā 5, istaba 3"),  # lv
    ("Šeima gyvena nakvynės namuose Savanorių pr. 5, kambarys 3.", "Savanorių pr. 5, kambarys 3"),  # lt
    ("Rodzina śpi w hostelu przy ul. Wolskiej 12, pok. 8.", "ul. Wolskiej 12, pok. 8"),  # pl
    ("Die Familie schläft in der Unterkunft Lindenweg 4, Zimmer 2.", "Lindenweg 4, Zimmer 2"),  # de
    ("Familien bor på asylcentret Nørregade 4, værelse 12.", "Nørregade 4, værelse 12"),  # da
    ("Familien bor på mottaket Fjellveien 8, rom 5.", "Fjellveien 8, rom 5"),  # nb
    ("Родина живе в гуртожитку на вул. Шевченка, 5, кімната 3.", "вул. Шевченка, 5, кімната 3"),  # uk
    ("Семья живёт в общежитии на ул. Ленина, 5, комната 3.", "ул. Ленина, 5, комната 3"),  # ru
])
def test_the_room_where_a_family_sleeps_is_inside_the_address(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("se asuu vielä rautatienkadulla kai", "rautatienkadulla"),  # fi
    ("vet du om de bor kvar på ringvägen?", "ringvägen"),  # sv
    ("ved du om de bor på nørrebrogade endnu?", "nørrebrogade"),  # da
    ("vet du om hun bor i thereses gate fortsatt?", None),  # nb: two words, not read
    ("vet du om hun bor i markveien fortsatt?", "markveien"),  # nb
    ("weißt du ob sie noch in der bahnhofstraße wohnt?", "bahnhofstraße"),  # de, the verb after
    ("vai viņa vēl dzīvo stabu ielā?", "stabu ielā"),  # lv
    ("ar jis dar gyvena pilies gatvėje?", "pilies gatvėje"),  # lt
    ("kas ta elab veel kase tänaval?", "kase tänaval"),  # et
    ("ar jis gyvena toje gatvėje?", None),  # lt: "that street" is no address
])
def test_a_home_street_in_lower_case_is_an_address(text: str, address: str | None) -> None:
    assert _of_kind(text, ADDRESS) == ([address] if address else [])


@pytest.mark.parametrize("text", [
    "Tulip, Poppy and Daisy are the names of the three group rooms.",  # en
    "Björn och Varg är namn på två grupper i förskolan.",  # sv
    "Storm og Bølge er navne på to hold.",  # da
    "Saulė ir Mėnulis – spektaklio veikėjai.",  # lt
    "Kuu ja Täht olid näidendi tegelased.",  # et
])
def test_names_of_groups_rooms_teams_or_characters_are_no_names(text: str) -> None:
    assert _of_kind(text, NAME) == []


def test_the_names_of_children_stay_names() -> None:
    assert _of_kind("Anna and Ben are the names of her twins.", NAME) == ["Anna", "Ben"]
