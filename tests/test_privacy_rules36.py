"""The thirty-sixth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, thirty-sixth round"), on the real detector.

Names: a form's name field's value is one name, surname first or not (``name_fields``). A pair of first names whose
first is another case of a full name's first name the message gives is two persons, the one's name in the genitive and
the other's (``name_neighbours.two_persons_apart``). Phones: a switchboard's word on the next line names the next
number, not the mobile above it, and an extension's digits end the number (a switchboard's number after its word is no
extension); a mobile typed as one run of digits, in the shape of a country whose numbers have no trunk 0, in a message
in its language; no phone after a company register's word; an authority named by its word's ending ("-styrelsen",
"-etat", "-amet", "-virasto", "Kirjaamo") owns the number after it. Dates of birth with the day as an ordinal word:
with a hyphen ("twenty-first"), the word for day after it ("päivä"), the Polish reflexive after the birth word
("urodził się"), the Estonian months the list lacked, the Latvian "gadā" after the year; a date in brackets after a
name and its age ("Matas, 10 m. (...)"); the year in words first (Latvian, Lithuanian) or last (German, before
"geboren"); the Swedish "22/3 1991". Addresses: rural ones, a Latvian or Lithuanian homestead with its parish and
county, Irish townlands before "Co." and the county (``rural_addresses``). The messages here are written for the tests,
not taken from the evaluation sets. The guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, BIRTH_DATE, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "name"), [
    ("Vārds, uzvārds: Liepa Anete\nPersonas kods: 120312-21457", "Liepa Anete"),  # lv
    ("ПІБ: Бондар Ірина Олегівна\nТелефон: 050 123 45 67", "Бондар Ірина Олегівна"),  # uk
    ("ФИО: Орлова Дарья Сергеевна\nТелефон: 8 916 123 45 67", "Орлова Дарья Сергеевна"),  # ru
    ("Navn: Lund, Freja Marie\nAdresse: Nørregade 4", "Lund, Freja Marie"),  # da
    ("Asiakas: Koskinen, Aada Maria\nOsoite: Kuusitie 3", "Koskinen, Aada Maria"),  # fi
])
def test_a_name_fields_value_is_one_name(text: str, name: str) -> None:
    assert _of_kind(text, NAME) == [name]


def test_a_name_field_leaves_the_other_fields_alone() -> None:
    text = "Navn: Lund, Freja Marie\nAdresse: Nørregade 4\nTelefon: 41 28 77 35"
    assert (_of_kind(text, NAME), _of_kind(text, ADDRESS), _of_kind(text, PHONE)) == (
        ["Lund, Freja Marie"], ["Nørregade 4"], ["41 28 77 35"])


@pytest.mark.parametrize(("text", "names"), [
    ("На прийомі була мати Оксана Мельник (050 123 45 67) і донька Оксани Дарина, нар. 03.04.2014.",
     ["Оксана Мельник", "Оксани", "Дарина"]),  # uk
    ("На приёме была мать Наталья Орлова и дочь Натальи Вера, 2014 г.р.", ["Наталья Орлова", "Натальи", "Вера"]),  # ru
    ("Na spotkaniu była matka Joanna Nowak i córka Joanny Zofia.", ["Joanna Nowak", "Joanny", "Zofia"]),  # pl
    # the guard: the full name itself stays one, though its genitive follows
    ("Zeynep Yıldız jobbar natt, ring hellre Zeyneps syster Elif 072-100 33 44", ["Zeynep Yıldız", "Zeyneps", "Elif"]),
])
def test_a_mothers_name_in_the_genitive_then_her_childs_are_two_names(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize(("text", "phone"), [
    ("Terveisin\nSari Laine\nmob. 040 712 3345\nvaihde 09 816 4000", "040 712 3345"),  # fi
    ("Hälsningar\nEva Berg\nMobil 070-512 44 18\nVäxel 08-508 000 00", "070-512 44 18"),  # sv
    ("Mit freundlichen Grüßen\nJan Ott\nMobil 0171 552 48 19\nZentrale 030 9025 0", "0171 552 48 19"),  # de
])
def test_a_mobile_above_a_switchboards_line_is_the_persons_own(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


def test_an_extension_on_the_next_line_still_belongs_to_its_number() -> None:
    assert _of_kind("Tel. 08-612 33 07\nankn 14", PHONE) == ["08-612 33 07\nankn 14"]


@pytest.mark.parametrize(("text", "phone"), [
    ("runāju ar annu ozolu 26418830 tagad dzīvo pie māsas", "26418830"),  # lv
    ("kalbėjau su rasa 861377204 dabar gyvena pas draugę", "861377204"),  # lt
    ("rozmawiałam z anią 604227318 mieszka u babci", "604227318"),  # pl
    ("snakkede med mette 28417731 bor hos sin søster", "28417731"),  # da
    ("snakka med kari 41955203 bor hos mormor", "41955203"),  # nb
])
def test_a_mobile_typed_as_one_run_of_digits_is_a_phone(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize("text", [
    "Firmaet har CVR 29980982 og ligger i Vejle.",  # da: a company's register number
    "Fakturanummer 20265518 er betalt.",  # da: an invoice's
    "Ankestyrelsen 33 41 12 00 svarer om formiddagen.",  # da
    "Bufetat 466 15 000 er åpent hverdager.",  # nb
    "Sotsiaalkindlustusamet vastab numbril 612 1360.",  # et
    "Kirjaamo vastaa numerosta 09 310 11111.",  # fi
])
def test_no_persons_phone_after_a_company_register_or_an_authority(text: str) -> None:
    assert _of_kind(text, PHONE) == []


def test_a_caseworkers_own_number_after_her_municipality_stays_a_phone() -> None:
    assert _of_kind("Socialrådgiver Louise Damgaard, Aarhus Kommune, tlf. 41 85 63 20", PHONE) == ["41 85 63 20"]


@pytest.mark.parametrize(("text", "date"), [
    ("Mummon mukaan Eino on syntynyt yhdeksäs päivä maaliskuuta 2015.", "yhdeksäs päivä maaliskuuta 2015"),  # fi
    ("The grandmother says Kofi was born on the twenty-second of May 2013.", "twenty-second of May 2013"),  # en
    ("Marten on sündinud viiendal veebruaril 2014 ja käib lasteaias.", "viiendal veebruaril 2014"),  # et
    ("Līga dzimusi trīspadsmitajā maijā 2012. gadā.", "trīspadsmitajā maijā 2012. gadā"),  # lv
    ("Kacper urodził się piątego lutego 2013 roku.", "piątego lutego 2013 roku"),  # pl
])
def test_a_date_of_birth_with_the_day_as_an_ordinal_word(text: str, date: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == [date]


@pytest.mark.parametrize(("text", "dates"), [
    ("Vaikai: Matas, 10 m. (2016 m. birželio 2 d.), ir Ugnė, 7 m. (2019 m. kovo 5 d.).",
     ["2016 m. birželio 2 d.", "2019 m. kovo 5 d."]),  # lt
    ("Lapset: Oskari, 6 v (1.5.2019) ja Eino, 9 v (12.3.2016).", ["1.5.2019", "12.3.2016"]),  # fi
])
def test_a_date_in_brackets_after_a_name_and_its_age_is_a_date_of_birth(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize(("text", "date"), [
    ("Meita ir dzimusi divtūkstoš vienpadsmitā gada otrajā jūnijā.",
     "divtūkstoš vienpadsmitā gada otrajā jūnijā"),  # lv
    ("Dukra gimė dviejų tūkstančių vienuoliktųjų metų birželio antrąją dieną.",
     "dviejų tūkstančių vienuoliktųjų metų birželio antrąją dieną"),  # lt
    ("Er ist am zweiten Juni zweitausendelf geboren.", "zweiten Juni zweitausendelf"),  # de
    ("Dottern (f. 2/6 2011) bor hos mormor.", "2/6 2011"),  # sv
])
def test_a_date_of_birth_with_the_year_in_words_or_the_swedish_day_and_month(text: str, date: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == [date]


@pytest.mark.parametrize(("text", "address"), [
    ("Ģimene dzīvo mājās \"Kalnāji\", Rankas pag., Gulbenes nov., LV-4416.",
     "mājās \"Kalnāji\", Rankas pag., Gulbenes nov., LV-4416"),  # lv
    ("Šeima gyvena „Beržynės“ sodyboje, Ąžuolų k., Utenos r. sav.",
     "„Beržynės“ sodyboje, Ąžuolų k., Utenos r. sav."),  # lt
    ("They moved to Glenmore Farm, Ballyduff, Co. Kerry V92 K2X7 last month.",
     "Glenmore Farm, Ballyduff, Co. Kerry V92 K2X7"),  # en (Ireland)
])
def test_a_rural_address_with_its_parish_or_townland_and_county(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]
