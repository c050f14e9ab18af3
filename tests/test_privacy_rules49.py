"""The forty-ninth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-ninth round"), on the
real detector.

Addresses: a staircase, building or unit after the house number written more ways; a home given as directions (the
house, a landmark, the street) is one span; a settlement heading a rural address after more living and moving words;
a Danish town with its district's letter after a comma; a Cyrillic town's second word only on its own line. Clean
negatives: an address beside an organisation's registry, tax or charity number is the organisation's. Names: a form's
surname or first-name field alone on its line. The messages here are written for the tests, not taken from the
evaluation sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "address"), [
    ("Matka mieszka przy ul. Lipowa 17 kl. C m. 4, 20-400 Lublin.", "ul. Lipowa 17 kl. C m. 4, 20-400 Lublin"),  # pl
    ("Mama gyvena Žalgirio g. 90 k. 3, LT-09303 Vilnius.", "Žalgirio g. 90 k. 3, LT-09303 Vilnius"),  # lt
    ("Moren bor på Nørre Allé 41, opg. A, 2. th., 8000 Aarhus C.", "Nørre Allé 41, opg. A, 2. th., 8000 Aarhus C"),  # da
    ("Der Vater wohnt in der Lindenstraße 8, Haus C, Whg. 5, 04109 Leipzig.",
     "Lindenstraße 8, Haus C, Whg. 5, 04109 Leipzig"),  # de
    ("Мать живёт: ул. Гагарина, д. 21, корп. В, кв. 8, г. Тверь.", "ул. Гагарина, д. 21, корп. В, кв. 8, г. Тверь"),  # ru
    ("Батько живе: вул. Шевченка, 9-А, кв. 3, м. Полтава, 36000.", "вул. Шевченка, 9-А, кв. 3, м. Полтава, 36000"),  # uk
    ("The children are with their aunt at 14 Mill Road, Flat C.", "14 Mill Road, Flat C"),  # en, a flat's letter
    ("She sleeps at the shelter, 3 Canal Street, Unit 4, Bolton.", "3 Canal Street, Unit 4, Bolton"),  # en, a unit
    ("Hembesök på Storgatan 12 lgh 1101 kl. 9 i morgon.", "Storgatan 12 lgh 1101"),  # sv: a clock's "kl." stays out
])
def test_a_staircase_building_or_unit_after_the_number_is_inside(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("They stay in the white cottage behind the pub on Chapel Lane.", "the white cottage behind the pub on Chapel Lane"),
    ("Perhe asuu siinä sinisessä omakotitalossa kaupan takana Rantakadulla.",
     "sinisessä omakotitalossa kaupan takana Rantakadulla"),  # fi, the demonstrative outside
    ("De bor i det blå huset bakom Coop på Skolvägen.", "det blå huset bakom Coop på Skolvägen"),  # sv
    ("Pere elab punases majas Konsumi taga Pargi tänaval.", "punases majas Konsumi taga Pargi tänaval"),  # et
    ("Ģimene dzīvo baltajā mājā aiz Rimi pie Meža ceļa.", "baltajā mājā aiz Rimi pie Meža ceļa"),  # lv
    ("Šeima gyvena žaliame name už Rimi prie Miško gatvės.", "žaliame name už Rimi prie Miško gatvės"),  # lt
    ("Rodzina mieszka w zielonym domu za Lidlem przy ulicy Polnej.", "zielonym domu za Lidlem przy ulicy Polnej"),  # pl
    ("Die Familie wohnt im roten Haus hinter der Kirche an der Bahnhofstraße.",
     "roten Haus hinter der Kirche an der Bahnhofstraße"),  # de
    ("Familien bor i det gule hus bag Brugsen på Skovvej.", "det gule hus bag Brugsen på Skovvej"),  # da
    ("Familien bor i det røde huset bak Kiwi ved Storgata.", "det røde huset bak Kiwi ved Storgata"),  # nb
    ("Родина живе у білому будинку за школою на вулиці Садовій.", "білому будинку за школою на вулиці Садовій"),  # uk
    ("Семья живёт в жёлтом доме за школой на улице Лесной.", "жёлтом доме за школой на улице Лесной"),  # ru
])
def test_a_home_given_as_directions_is_one_address(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("Mormor bor nu Snedsted, Kirkevej 9, 7752 Snedsted, langt væk.", "Kirkevej 9, 7752 Snedsted"),  # da: its own town
    ("Mormor bor nu Boddum, Bakkevej 9, 7760 Hurup Thy, langt væk.", "Boddum, Bakkevej 9, 7760 Hurup Thy"),  # da, "now"
    ('Vecmāmiņa dzīvo Lielciems, "Priedes", Tukuma nov., LV-3101.', 'Lielciems, "Priedes", Tukuma nov., LV-3101'),  # lv
    ("Faren har flyttet til Grua, Haugenveien 31, 2742 Lunner, i fjor.", "Grua, Haugenveien 31, 2742 Lunner"),  # nb
    ("Isa elab Soomes, Mäkitie 4 B 12, 00370 Helsinki.", "Mäkitie 4 B 12, 00370 Helsinki"),  # et: a place in a case
])
def test_a_settlement_after_a_living_or_moving_word_heads_the_address(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("Hun er flyttet til Istedgade 40, 3. th., København V, med børnene.", "Istedgade 40, 3. th., København V"),
    ("Han bor på Ringvej 7, Aabybro J.", "Ringvej 7, Aabybro J"),
])
def test_a_danish_town_with_its_districts_letter_ends_the_address(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


def test_a_cyrillic_towns_second_word_stays_on_its_line() -> None:
    text = "Адрес: ул. Мира, д. 4, кв. 7, г. Псков\nМать: Ольга"
    assert _of_kind(text, ADDRESS) == ["ул. Мира, д. 4, кв. 7, г. Псков"]


@pytest.mark.parametrize("text", [
    "Pensionsmyndigheten, Box 2233, 103 16 Stockholm, org.nr 202100-6230. Dit skickas ansökan.",  # sv
    "Verohallinto, PL 325, 00052 Vero. Y-tunnus 0245458-3.",  # fi
    "Sotsiaalkindlustusamet, registrikood 70001975, postkast 12, 15092 Tallinn.",  # et
    "Shelter, 88 Old Street, London EC1V 9HU. Registered charity 263710.",  # en
])
def test_an_address_beside_an_organisations_number_is_the_organisations(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


def test_a_persons_po_box_is_still_an_address() -> None:
    text = "Post till pappan Jonas Ek, Box 118, 831 21 Östersund."
    assert _of_kind(text, ADDRESS) == ["Box 118, 831 21 Östersund"]


def test_a_word_before_an_english_street_and_its_town_is_no_name() -> None:
    text = "Send it to the charity at Weavers Lane, Hackney, and not to the family."
    assert "Weavers" not in _of_kind(text, NAME)


@pytest.mark.parametrize(("text", "names"), [
    ("Lähete\nSukunimi: Koskelainen\nEtunimet: Eino Juhani\nOsoite: Kauppatie 3", ["Koskelainen", "Eino Juhani"]),  # fi
    ("Iesniegums\nUzvārds: Ozoliņa\nVārds: Laura", ["Ozoliņa", "Laura"]),  # lv
    ("Melding\nEtternavn: Haugland\nFornavn: Ida", ["Haugland", "Ida"]),  # nb
    ("Заява\nПрізвище: Коваль\nІм'я: Ірина", ["Коваль", "Ірина"]),  # uk
    ("Заявление\nФамилия: Смирнова\nИмя: Анна", ["Смирнова", "Анна"]),  # ru
    ("Referral\nSurname: Whitaker\nFirst name: Josh", ["Whitaker", "Josh"]),  # en
])
def test_a_forms_surname_or_first_name_field_is_a_name(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names
