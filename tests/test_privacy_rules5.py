"""The personal-data detector's fifth round (issue 17, branch privacy5): each new rule, pinned.

Address extents (house letters after a space, Danish, Latvian, Estonian and Polish flats, two-word towns,
PO boxes without a postcode word, British addresses without a street word, houses and farms named before
their street, the old address in a list, address words before a street), phones (pasted characters and line
breaks inside a number, digits one by one, dots between pairs, more extensions, organisations' numbers),
identity codes after "kods"/"kodas" and after a scheme word with a word between, schools (the class before
its school, the class after a comma left out), names (called at a number, lower-case recurrences of a name
written with a capital, German nouns after their article, famous names in a case form). The examples are made
up for these tests, in the style of the dev sets.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, ID_CODE, NAME, PHONE, SCHOOL, find_personal_data


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text)]


def of_kind(text: str, kind: str) -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


@pytest.mark.parametrize(("text", "address"), [
    ("Hon bor på Granvägen 12 b – fråga henne", "Granvägen 12 b"),  # a house letter after a space
    ("han bor Vesterbrogade 88, st. th., 1620 København V", "Vesterbrogade 88, st. th., 1620 København V"),
    ("bor Nørre Allé 7 3.tv med sin mor", "Nørre Allé 7 3.tv"),  # a Danish floor without its space
    ("dzīvo Lāčplēša ielā 40 k-3 dz. 12", "Lāčplēša ielā 40 k-3 dz. 12"),  # a Latvian block and flat
    ("elab Tartu maanteel 14 korter 6, 10112 Tallinn", "Tartu maanteel 14 korter 6, 10112 Tallinn"),
    ("mieszka na Długiej 5 lok. 7", "Długiej 5 lok. 7"),  # a Polish flat
    ("bor på Eklundavägen 3, 443 31 Nya Lerum.", "Eklundavägen 3, 443 31 Nya Lerum"),  # a two-word town
    ("Post: Box 2210, Ånge", "Box 2210, Ånge"),  # a PO box with its town after a comma
    ("напишіть на а/с 12, м. Одеса, 65000", "а/с 12, м. Одеса, 65000"),  # a PO box, a town with its marker
    ("pašto dėžutė p.d. 17, LT-50001 Kaunas", "p.d. 17, LT-50001 Kaunas"),
    ("Carer at Ivy House, Upper Wick, Malvern WR13 5JN tel", "Ivy House, Upper Wick, Malvern WR13 5JN"),
    ("Address: 4b, Holly Close, Leeds, LS6 2AB", "4b, Holly Close, Leeds, LS6 2AB"),
    ("moren bor på gården Øvre Li, Lomsvegen 14, 2686 Lom", "Øvre Li, Lomsvegen 14, 2686 Lom"),
    ("Aadress Riia 12-5, 51010 Tartu", "Riia 12-5, 51010 Tartu"),  # the address word is no part of it
    ("kotiosoite on Ågatan 5", "Ågatan 5"),  # a street word right after a capital
    ("живут на Невском проспекте, 20, кв. 4", "Невском проспекте, 20, кв. 4"),
    ("mama zhyve na vulytsi Shevchenka 12, kv. 3, Lviv", "vulytsi Shevchenka 12, kv. 3, Lviv"),
    ("Mutter wohnt Lindenweg 2, Hinterhaus, 1. OG, 10115 Berlin", "Lindenweg 2, Hinterhaus, 1. OG, 10115 Berlin"),
    ("gyvena Liepų g. 4, Alytaus r., LT-62001, ūkyje", "Liepų g. 4, Alytaus r., LT-62001"),  # Ą-Ų capitals
    ('dzīvo "Kalnieši", Cesvaines pag., LV-4871', '"Kalnieši", Cesvaines pag., LV-4871'),  # a farm in quotes
])
def test_address_extents(text: str, address: str) -> None:
    assert address in of_kind(text, ADDRESS)


def test_old_address_in_a_list_and_postcode_words() -> None:
    assert of_kind("Ny adresse Storgata 5, 0155 Oslo, gammel Bakkehaugen 9, mobil", ADDRESS)[-1] == "Bakkehaugen 9"
    # A postcode word says address only where the message gives a street too.
    assert of_kind("Katu on Koivukuja 4 ja postinumero 40100 Jyväskylä", ADDRESS) == ["Koivukuja 4", "40100 Jyväskylä"]
    assert of_kind("Postinumero 00100 Helsinki kuuluu keskustaan.", ADDRESS) == []
    assert of_kind("they moved, the postcode is LS6 2AB", ADDRESS) == ["LS6 2AB"]


@pytest.mark.parametrize(("text", "number"), [
    ("puh 0 5 0 - 1 2 3 4 5 6 7", "0 5 0 - 1 2 3 4 5 6 7"),  # digit by digit with a dash
    ("mobil 0702.33.44.55 kväll", "0702.33.44.55"),  # dots between pairs: no date has ten digits
    ("ring 0706\u201144 55 66", "0706\u201144 55 66"),  # a non-breaking hyphen
    ("nr 0046 70 111 22\n33 i journalen", "0046 70 111 22\n33"),  # a line break inside the number
    ("jobb 020 7123 4567 x 12", "020 7123 4567 x 12"),
    ("+45 33 44 55 66 lokal 3 i dag", "+45 33 44 55 66 lokal 3"),
    ("+47 22 33 44 55 linje 2 etter kl 8", "+47 22 33 44 55 linje 2"),
    ("työ 09 123 456, vaihde 44 ja", "09 123 456, vaihde 44"),  # a switchboard and an extension: a person's line
    ("бабусі 380501112233 ввечері", "380501112233"),  # a country code without its plus
    ("Oma 0 40 / 12 34 56 abends", "0 40 / 12 34 56"),  # the trunk 0 apart, a slash after two digits
    ("Gran: (01865) 270 000 evenings", "(01865) 270 000"),  # a five-digit UK area code in brackets
])
def test_phone_forms(text: str, number: str) -> None:
    assert of_kind(text, PHONE) == [number]


def test_pesel_shape_stays_a_code() -> None:
    # A Russian landline's area code counts only written apart; 11 digits starting with 8 are a PESEL's shape.
    assert kinds("Tunnus 87051401234 lomakkeessa.") == [(ID_CODE, "87051401234")]
    assert of_kind("Тел. мамы 8 (812) 555-12-34", PHONE) == ["8 (812) 555-12-34"]


def test_phones_after_a_phone_word_and_another_number() -> None:
    text = "Ema tel +372 5123 4567, vanaema lauatelefon (+372) 744 2233."
    assert of_kind(text, PHONE) == ["+372 5123 4567", "(+372) 744 2233"]  # a landline word is no helpline's
    text = "Työ 010 555 1234 / vaihde 3, koti +358 (0) 14 555 6677"
    assert of_kind(text, PHONE) == ["010 555 1234 / vaihde 3", "+358 (0) 14 555 6677"]


@pytest.mark.parametrize("text", [
    "Lastensuojelun puhelinaika kaupungin vaihteen kautta, 014 266 0000.",
    "Numret till Barnombudsmannen är 08-123 45 60.",
    "Skolans nummer är 0470-123 00 (expeditionen).",
    "The local MASH is on 0113 222 3333.",
    "Kommunens borgerservice: 70 11 22 33.",
    "Barnevernvakten i Bergen: 55 11 22 33.",
    "Служба у справах дітей: (044) 123-45-67.",
    "Socialtjänsten har 040-12 34 00, det är växeln.",
    "Kontot SE12 3000 0061 0234 5678 9012 stämmer inte",  # an account number's groups of four, not a 0061 phone
])
def test_organisations_numbers(text: str) -> None:
    assert of_kind(text, PHONE) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Isikukood tühikutega: 491 0203 1234, palun", "491 0203 1234"),  # a word between the scheme and a colon
    ("Jauns kods: 32012345678 bērnam", "32012345678"),  # the Latvian new code after "kods"
    ("Kodas 50101011234 gal neteisingas", "50101011234"),
])
def test_identity_codes(text: str, code: str) -> None:
    assert of_kind(text, ID_CODE) == [code]


def test_code_word_needs_eleven_digits() -> None:
    assert of_kind("Pasta kods 1050, kods 12345", ID_CODE) == []


@pytest.mark.parametrize(("text", "school"), [
    ("Eleven i 6.A på Bakkeskolen, født 2014", "6.A på Bakkeskolen"),  # the class before its school
    ("Sie ist in Klasse 5b der Lessingschule.", "Klasse 5b der Lessingschule"),
    ("Han går på Ekbackeskolan, klass 6B.", "Ekbackeskolan"),  # a class after a comma is left out
    ("Oppilas Veera Laaksonen Kallion koulun 7A:sta on poissa", "Kallion koulun 7A:sta"),
    ("she's at Meadow Primary now", "Meadow Primary"),
    ("Ученица, Гимназия № 1520, 7 класс", "Гимназия № 1520"),
    ("Tor går i Tåsen barnehage", "Tåsen barnehage"),
])
def test_schools(text: str, school: str) -> None:
    assert of_kind(text, SCHOOL) == [school]


def test_class_after_a_comma_is_not_a_finding() -> None:
    assert kinds("Han går på Ekbackeskolan, klass 6B.") == [(SCHOOL, "Ekbackeskolan")]


def test_pupil_name_before_a_school() -> None:
    assert of_kind("Oppilas Veera Laaksonen Kallion koulun 7A:sta on poissa", NAME) == ["Veera Laaksonen"]


@pytest.mark.parametrize(("text", "name"), [
    ("ring vera på 070 111 22 33 i kväll", "vera"),  # called at a number, in lower case
    ("contact daisy on 07700 900123, daisy chains aside", "daisy"),
    ("позвонила вере на 8 916 111 22 33", "вере"),
])
def test_called_at_a_number(text: str, name: str) -> None:
    assert of_kind(text, NAME) == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("Pojan nimi on Onni Kask; kask on puu.", ["Onni Kask"]),  # a lower-case recurrence is the word
    ("Lena Wolf fehlt seit Montag. Der Wolf im Buch ist grau.", ["Lena Wolf"]),  # a noun after its article
    ("Koulu on nimetty Martti Ahtisaaren mukaan.", []),  # a famous name in a case form
    ("We read about Malala today.", []),
])
def test_name_precision(text: str, names: list[str]) -> None:
    assert of_kind(text, NAME) == names
