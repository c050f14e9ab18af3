"""The fifty-fourth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-fourth round"), on the
real detector.

Addresses: the street word abbreviated each language's own ways (``street_abbreviations.py``), glued with its dot or
written apart, and the English order's; the house's "no." before an English-order address, a flat and a capitalised
town with its postcode after a lower-case one; a meeting room after an address makes it a meeting's place. Phones: two
numbers run together split where they meet; a number in a comma-separated row or glued to another by a comma; an
extension's shortened words; up to three Os typed for zeros. Names: a surname in capitals before the first names
found. The messages here are written for the tests, not taken from the evaluation sets; the guards are the spans the
rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, address", [
    ("Ny adress: Granv. 14, Umeå", "Granv. 14, Umeå"),  # sv, vägen
    ("Adressen er Bøgev. 9 st. tv.", "Bøgev. 9 st. tv."),  # da, vej
    ("Mor bor i Skoleg. 21 B, leil. H0201", "Skoleg. 21 B, leil. H0201"),  # nb, gate
    ("Mor bor i Storgt. 21", "Storgt. 21"),  # nb, gate as "gt."
    ("äiti asuu nyt koivut. 4 b 2, ei kertonut", "koivut. 4 b 2"),  # fi, tie, in lower case
    ("Er wohnt jetzt Lindenstr. 12, Halle", "Lindenstr. 12, Halle"),  # de, Straße
    ("Hun flyttet til Kongens gt. 8, 7011 Trondheim", "Kongens gt. 8, 7011 Trondheim"),  # nb, written apart
    ("She's moved to 6 Hazel Cl, Leeds", "6 Hazel Cl, Leeds"),  # en, Close
    ("Nan lives at 22 Quarry Ct now", "22 Quarry Ct"),  # en, Court
    ("dad lives at 9 elm gr with his brother", "9 elm gr"),  # en, Grove, in lower case
])
def test_a_street_word_abbreviated_in_its_languages_way(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text", [
    "Meeting on Sept. 3 with Dept. 4",  # en, a month and a department
    "Sanāksme notiks plkst. 10, 3. kabinetā",  # lv, the clock
    "uppföljning v. 50 med familjen",  # sv, a week
    "Jahrg. 2015 der Zeitschrift",  # de, a volume
    "Der Mietpreis beträgt 300 Euro",  # de, a verb ending like "gt"
])
def test_an_abbreviation_that_ends_like_a_street_word_is_none(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


@pytest.mark.parametrize("text, address", [
    ("the family are at no. 8 Larch Drive since May", "no. 8 Larch Drive"),  # the house's "no." before
    ("All at no. 31 fern lane, Bradford BD7 1AA; dad elsewhere", "no. 31 fern lane, Bradford BD7 1AA"),
    ("Mail should go to 14 cedar road apt 3 from now on.", "14 cedar road apt 3"),  # a flat after a lower-case street
])
def test_where_an_english_order_address_starts_and_ends(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text", [
    "Koosolek kell 10 Lastekaitse Liidus, Tartu mnt 40, ruum 3.12.",  # et
    "Netværksmøde i Familiehuset, Vesterbrogade 40, lokale 1.12.",  # da
    "Møte på kontoret, Storgata 12, møterom 3.",  # nb
    "Зустріч у ЦНАП, вул. Шевченка 12, каб. 214.",  # uk
    "Palaveri sosiaaliviraston tiloissa, Hämeenkatu 12, neuvotteluhuone Kuusi.",  # fi
])
def test_an_address_with_a_meeting_room_after_it_is_no_ones_home(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


def test_a_lodgings_room_after_an_address_stays_an_address() -> None:
    assert _of_kind("Familjen bor nu på Björkgatan 4, rum 7", ADDRESS) == ["Björkgatan 4, rum 7"]


@pytest.mark.parametrize("text, phones", [
    ("isän numerot 0401239087 0503317722 (toinen työ)", ["0401239087", "0503317722"]),  # fi, a space between
    ("pappas nr 0704418811 0739115022 vet inte vilken", ["0704418811", "0739115022"]),  # sv
    ("tel. 512 330 481 694 100 237 (drugi ojca)", ["512 330 481", "694 100 237"]),  # pl, mobiles in groups
    ("isa 53318829 56107741 (teine on töö oma)", ["53318829", "56107741"]),  # et, bare mobiles
    ("Saga nås på 070 118 22 36/08-641 02 71 (den andra)", ["070 118 22 36", "08-641 02 71"]),  # sv, a slash
])
def test_two_phones_run_together_are_split_where_they_meet(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


def test_a_cards_groups_of_four_are_no_two_phones() -> None:
    assert _of_kind("kortet 4556 7375 8689 9855 udløber i maj", PHONE) == []


@pytest.mark.parametrize("text, phones", [
    ("Ahmed,Samira,1990-02-11,07700 900 481,12 Mill Road, Leeds LS1 1AA", ["07700 900 481"]),  # en, a CSV row
    ("mum gave two numbers 07700 900661,07700 900772 – the second is work", ["07700 900661", "07700 900772"]),
])
def test_a_phone_glued_to_its_neighbour_by_a_comma(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


def test_a_number_with_thousands_commas_is_no_phone() -> None:
    assert _of_kind("Summa 1,050,000 EUR maksetaan", PHONE) == []


@pytest.mark.parametrize("text, phone", [
    ("Kuraattori tavoittaa numerosta 014 266 1200 alanro 412 ma–to.", "014 266 1200 alanro 412"),  # fi
    ("Schulsozialarbeit, 089/2334-4411 App. 218", "089/2334-4411 App. 218"),  # de
    ("Ring skolen på 55 30 61 00 lokalnr. 204", "55 30 61 00 lokalnr. 204"),  # nb
])
def test_an_extensions_shortened_word_belongs_to_the_phone(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


def test_two_os_typed_for_zeros_in_a_phone() -> None:
    assert _of_kind("Spoke to mum on 07700 9OO 518 this morning", PHONE) == ["07700 9OO 518"]


@pytest.mark.parametrize("text, name", [
    ("Dziecko: WIŚNIEWSKA Zofia, ur. 2015", "WIŚNIEWSKA Zofia"),  # pl
    ("Дитина: МЕЛЬНИК Андрій Петрович, нар. 2012", "МЕЛЬНИК Андрій Петрович"),  # uk, with a patronymic
    ("Kind: KOWALCZYK Lena, geb. 2014", "KOWALCZYK Lena"),  # de
])
def test_a_surname_in_capitals_before_a_first_name(text: str, name: str) -> None:
    assert _of_kind(text, NAME) == [name]


@pytest.mark.parametrize("text, word", [
    ("Заява: ПІБ Гнатюк Олег Іванович, тел. пізніше", "ПІБ"),  # uk, a form's abbreviation
    ("PESEL Julia ma podać jutro", "PESEL"),  # pl, a scheme's name
    ("ASIAKAS Petra soitti", "ASIAKAS"),  # fi, an everyday word
])
def test_an_abbreviation_or_an_everyday_word_in_capitals_is_no_surname(text: str, word: str) -> None:
    names = _of_kind(text, NAME)
    assert names and not any(name.startswith(word) for name in names)
