"""The personal-data detector's eighth round (issue 17, branch privacy8): each new rule, pinned.

Estonian words at a sentence's start are words, read from simplemma's Estonian dictionary, which keeps a proper
name's capital in its lemma ("Lapse nimi", "Arve nr"; not "Merili käib"). Addresses: a c/o line, a farm's or a
house's name before the street, a Latvian PO box, a German floor before the postcode. Phones: words between the
groups ("040 ja sit 562 1180"), more extension words, numbers with dots, a number word right before the digits
(not after a reference's word), a contact list's labels with a colon, calling a person by two names, Berlin's 030
in a German message, a Swedish body's number. Names in lower case after a professional's word or a title
("lärare hansson", "teacher mrs whitfield says") and before a verb of hitting or pushing ("mikael tönäs häntä").
The examples are made up for these tests, in the style of the dev sets.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME, PHONE, find_personal_data
from assistant.privacy.gazetteer import dictionary_word


def of_kind(text: str, kind: str) -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


@pytest.mark.parametrize("word", ["lapse", "kool", "arve", "isa", "lumi"])
def test_estonian_words_are_dictionary_words(word: str) -> None:
    assert dictionary_word(word)


@pytest.mark.parametrize("word", ["merili", "rasmus", "hannes", "helmi"])
def test_names_whose_lemma_keeps_its_capital_are_not_dictionary_words(word: str) -> None:
    assert not dictionary_word(word)


@pytest.mark.parametrize("text", [
    "Lapse nimi on veel teadmata, koosolek 14.03.",
    "Arve nr 2026/77, summa 45,50 €.",
    "Kool asub kesklinnas, tunnid algavad 8.15.",
])
def test_an_estonian_word_at_a_sentence_start_is_no_name(text: str) -> None:
    assert of_kind(text, NAME) == []


def test_a_first_name_at_a_sentence_start_stays_a_name() -> None:
    assert "Merili" in of_kind("Merili käib kolmandas klassis, sünd 07.03.2016", NAME)


@pytest.mark.parametrize(("text", "address"), [
    ("Uusi osoite: c/o Lindroos, Koivukuja 3 B 7, 40100 Jyväskylä.", "c/o Lindroos, Koivukuja 3 B 7, 40100 Jyväskylä"),
    ("Post an c/o Familie Berger, Postfach 11 20 33, 44135 Dortmund, bitte.",
     "c/o Familie Berger, Postfach 11 20 33, 44135 Dortmund"),
    ("Perhe asuu tilalla: Ala-Mattila, Jokivarrentie 88, 95700 Pello.", "Ala-Mattila, Jokivarrentie 88, 95700 Pello"),
    ("De bor på gården «Søndre Lie», Liavegen 14, 2390 Moelv.", "«Søndre Lie», Liavegen 14, 2390 Moelv"),
    ("Männiku talu, Kõrveküla küla, 60534 Tartumaa; seal elab pere.", "Männiku talu, Kõrveküla küla, 60534 Tartumaa"),
    ("Sūtīt uz a/k 17, Cēsis, LV-4101, saņēmējs.", "a/k 17, Cēsis, LV-4101"),
    ("Sie wohnt Am Mühlbach 5, 3. OG, 28195 Bremen.", "Am Mühlbach 5, 3. OG, 28195 Bremen"),
])
def test_what_a_postal_address_carries_before_and_inside_it(text: str, address: str) -> None:
    assert of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "phone"), [
    ("Isän numero 040 ja sit 562 1180, soita illalla", "040 ja sit 562 1180"),
    ("Hennes mobil 073 och sen 441 09 27.", "073 och sen 441 09 27"),
    ("Her mum is on 07700 then 900 612.", "07700 then 900 612"),
    ("Jobb 018-471 22 00, lokalnummer 305.", "018-471 22 00, lokalnummer 305"),
    ("Darbo (8 5) 231 4400, vidinis 215.", "(8 5) 231 4400, vidinis 215"),
    ("Робочий (044) 235-61-00, дод. 314", "(044) 235-61-00, дод. 314"),
    ("Onos numeris 8.612.03.558", "8.612.03.558"),
    ("тато 050.118.33.72, мама вдома", "050.118.33.72"),
    ("ema numbr 5 234 6611", "5 234 6611"),
    ("Jānis zvanīja no 2981 4406 vakar", "2981 4406"),
    ("ring til Sara Nørgaard på 50 12 39 87", "50 12 39 87"),
    ("Emils Vater erreicht man unter 030 555 81 47.", "030 555 81 47"),
])
def test_phone_shapes_of_the_eighth_round(text: str, phone: str) -> None:
    assert of_kind(text, PHONE) == [phone]


def test_a_contact_list_with_colons_and_a_place_in_brackets() -> None:
    text = "Ema: +372 5123 4410\nIsa: 5\n891 2240\nVanaema (Tartu) 744 2091"
    assert of_kind(text, PHONE) == ["+372 5123 4410", "5\n891 2240", "744 2091"]


@pytest.mark.parametrize("text", [
    "Ticket INC0012345, PO number 4500012876, total £318.40.",
    "Vårdguiden 1177 och Giftinformationscentralen 010-456 67 00 – vem ringer man?",
    "Soita 030 123 4567 yrityksen asiakaspalveluun.",
])
def test_numbers_that_are_no_persons_phone(text: str) -> None:
    assert of_kind(text, PHONE) == []


@pytest.mark.parametrize(("text", "names"), [
    ("opettaja laine sanoo että aino itki ja mikael tönäs häntä", ["laine", "aino", "mikael"]),
    ("lärare hansson säger att saga grät och milo slog henne", ["hansson", "saga", "milo"]),
    ("teacher mrs whitfield says leo cried at lunch", ["whitfield", "leo"]),
    ("lærer berg sier at siv gråt og tore dyttet henne", ["berg", "siv", "tore"]),
])
def test_lower_case_names_after_a_professional_and_before_a_verb(text: str, names: list[str]) -> None:
    assert of_kind(text, NAME) == names


@pytest.mark.parametrize("text", [
    "skolotāja satraukta, bērni raudāja",
    "pedagog szkolny powiedział, że wszystko dobrze",
    "Ukko junior on 5-vuotias",
])
def test_a_word_after_a_professional_that_is_no_name(text: str) -> None:
    assert not [n for n in of_kind(text, NAME) if n.islower() or " " in n]


@pytest.mark.parametrize(("text", "name"), [
    ("Asiasta vastaa J. Lindholm, soita hänelle.", "J. Lindholm"),
    ("Please copy in J. A. Whitmoreley, the key worker.", "J. A. Whitmoreley"),
    ("Handläggare är A-K. Lövgren på enheten.", "A-K. Lövgren"),
])
def test_initials_belong_to_the_name(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


@pytest.mark.parametrize("text", [
    "H.C. Andersen skrev Den grimme ælling.",
    "H.C. Ørsteds Vej er lukket i dag.",
    "De bor i 8000 Aarhus C. Mathildes far hedder Kasper.",
])
def test_initials_of_the_famous_of_streets_and_of_towns(text: str) -> None:
    assert not [n for n in of_kind(text, NAME) if "." in n]


@pytest.mark.parametrize(("text", "names"), [
    ("Mamman kallar honom Петенька (Pjotr Volkov) hemma.", ["Петенька", "Pjotr Volkov"]),
    ("Abu Samir (Khaled al-Masri) har två barn.", ["Abu Samir", "Khaled al-Masri"]),
    ("Tolk: Светлана Ковальчук (Света) och hennes son.", ["Светлана Ковальчук", "Света"]),
])
def test_a_second_name_in_brackets_and_an_arabic_particle(text: str, names: list[str]) -> None:
    assert [n for n in names if n in of_kind(text, NAME)] == names


def test_an_estonian_word_before_brackets_is_no_name() -> None:
    assert "Emal" not in of_kind("Emal (Kadri Mets) on kodus relv.", NAME)


@pytest.mark.parametrize(("text", "address"), [
    ("Han bor Västergården, Byn 4, 830 15 Duved nu.", "Västergården, Byn 4, 830 15 Duved"),
    ("Nordre Lia gård, Liavegen 12, 2848 Skreia er adressen.", "Nordre Lia gård, Liavegen 12, 2848 Skreia"),
    ("Adresse: Nørrebrogade 61, 2. sal tv., 2200 København N.", "Nørrebrogade 61, 2. sal tv., 2200 København N"),
    ("De bor på Kildevej 9, st. th., 2400 København NV.", "Kildevej 9, st. th., 2400 København NV"),
])
def test_danish_and_norwegian_farms_floors_and_districts(text: str, address: str) -> None:
    assert of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("She lives at Flat 7, Heron House, 12 Mill Lane, Bristol BS1 4QT now.", "Flat 7, Heron House, 12 Mill Lane, Bristol BS1 4QT"),
    ("Address: Flat 3/2, 21 Dumbarton Road, Glasgow G11 6PR.", "Flat 3/2, 21 Dumbarton Road, Glasgow G11 6PR"),
])
def test_a_flat_and_its_building_before_the_street(text: str, address: str) -> None:
    assert of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text", [
    "Edvard Munch-utstillingen stenger, og på Karl Johans gate er det tog.",
    "Evert Taubes visor sjöngs på avslutningen.",
])
def test_a_famous_name_in_a_compound_and_a_street_without_a_number(text: str) -> None:
    assert not [n for n in of_kind(text, NAME) if " " in n or "-" in n]


def test_a_hyphenated_lower_case_name_stays_whole() -> None:
    assert of_kind("hilla-maria ja jon-martin tulivat", NAME)[:1] == ["hilla-maria"]


@pytest.mark.parametrize(("text", "address"), [
    ("Dzīvo Brīvības ielā 140 k-2 dz. 15 ar mammu.", "Brīvības ielā 140 k-2 dz. 15"),
    ("Asuu Pohjoinen Rautatiekatu 13 B 20, 00100 Helsinki.", "Pohjoinen Rautatiekatu 13 B 20, 00100 Helsinki"),
    ("Adresse: Dorfstraße 9, OT Groß Köris, 15746 Groß Köris.", "Dorfstraße 9, OT Groß Köris, 15746 Groß Köris"),
])
def test_a_lives_verb_out_a_direction_word_in_and_a_village_part(text: str, address: str) -> None:
    assert of_kind(text, ADDRESS) == [address]
