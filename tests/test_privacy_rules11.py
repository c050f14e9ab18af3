"""The eleventh round's rules of the personal-data detector (branch privacy11), each pinned by a message of its own
(not a line of any set): docs/evaluation/privacy-rounds.md, "Figures, eleventh round"."""

from __future__ import annotations

import pytest

from assistant.privacy import find_personal_data
from assistant.privacy.name_cues import person_word
from assistant.privacy.streets import STREET_WORDS, is_street_word, street_word_pattern


def _found(text: str, kind: str = "name") -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


# --- the folded twins -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["Mrs", "Sohn", "Familie", "Hausmeister", "Mamman", "Liisa-mummo", "Pekka-veli"])
def test_one_person_word_rule_for_titles_kin_and_jobs_also_after_a_hyphen(word):
    assert person_word(word)


@pytest.mark.parametrize("word", ["Liisa", "Veli-Matti", "Anna-Maria"])
def test_a_name_is_no_person_word(word):
    assert not person_word(word)


def test_one_street_word_list_serves_the_addresses_and_the_names():
    assert {"gate", "vej", "iela", "street", "вулиця"} <= STREET_WORDS
    assert is_street_word("Boulevard") and not is_street_word("Aino")
    pattern = street_word_pattern()
    assert "[gG]ate" in pattern and r"ielā" in pattern


# --- addresses: where they start and end --------------------------------------------------------------------
@pytest.mark.parametrize("text, address", [
    ("isä Pekka Laine, os. Koivukuja 3, 40100 Jyväskylä", "Koivukuja 3, 40100 Jyväskylä"),  # osoite, no estate
    ("Mieszka os. Słoneczne 4, 20-001 Lublin", "os. Słoneczne 4, 20-001 Lublin"),  # the Polish estate stays
    ("aunt lives at 22/1 Easter Road, EH7 5QA now", "22/1 Easter Road, EH7 5QA"),  # a UK postcode alone
    ("Hun bor i Thorvalds gate 12, leil. H0203, 0457 Oslo.", "Thorvalds gate 12, leil. H0203, 0457 Oslo"),
    ("Han bor på Nørrebrogade 40, 2., tlf. 3 1 2 2", "Nørrebrogade 40, 2."),  # a Danish floor alone
    ("isä asuu Kauppakatu 11-13 C 27:ssä nykyään", "Kauppakatu 11-13 C 27:ssä"),  # staircase and flat after a range
    ("Sūtīt uz pasta kaste 12, Cēsis, LV-4101", "pasta kaste 12, Cēsis, LV-4101"),
    ("Adresas: a. d. 45, LT-10001 Vilnius", "a. d. 45, LT-10001 Vilnius"),
    ("močiutė Liepų g. 7, Rudnios k., LT-65001 Varėnos r.", "Liepų g. 7, Rudnios k., LT-65001 Varėnos r."),
    ("jāaizsūta uz Avotu ielu 5-2, Rīga, LV-1009", "Avotu ielu 5-2, Rīga, LV-1009"),
    ("Mary Byrne, 8 Oak Lane, Leeds LS6 2AB, 0113 496 0000", "8 Oak Lane, Leeds LS6 2AB"),  # no postcode from a phone
])
def test_an_address_runs_from_its_street_to_its_town(text, address):
    assert _found(text, "address") == [address]


@pytest.mark.parametrize("text", [
    "Käräjäoikeus, Salomonkatu 17, antoi päätöksen eilen.",
    "Our office is at 3 Market Street, Hull HU1 1AA.",
    "The clinic at 7 Wimpole Street is a private practice.",
    "Socialkontoret ligger på Storgatan 12, 2 tr.",
    "Das Jugendamt ist in der Kaiserstraße 8, 10115 Berlin.",
])
def test_an_institutions_address_is_no_ones(text):
    assert _found(text, "address") == []


@pytest.mark.parametrize("text, address", [
    ("Sosiaalitoimisto kysyi: äiti asuu Hämeentie 5 A 3, 00530 Helsinki", "Hämeentie 5 A 3, 00530 Helsinki"),
    ("Mötet med socialtjänsten gäller boendet på Ekvägen 4, 191 45 Sollentuna", "Ekvägen 4, 191 45 Sollentuna"),
])
def test_an_address_where_someone_lives_is_kept_beside_an_institution(text, address):
    assert _found(text, "address") == [address]


def test_a_name_ending_in_a_street_word_beside_a_house_number_is_a_street():
    assert _found("Send it to 1 Victoria Square, Birmingham B1 1BD, the office.") == []
    assert _found("Autumn Lane missed her appointment") == ["Autumn Lane"]


# --- phones -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phone", [
    ("Vanaisa lauatelefon 655 1234", "655 1234"),
    ("mummon lankapuhelin 016 22 41 87", "016 22 41 87"),
    ("Тел. бабушки 8 (343) 2 17 40 55", "8 (343) 2 17 40 55"),
])
def test_a_landline_word_and_the_trunk_8(text, phone):
    assert _found(text, "phone") == [phone]


# --- names: recall ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ("kotona oli myös pekka ja hänen siskonsa", ["pekka"]),
    ("we saw liam and his mum at the gate", ["liam"]),
    ("gestern war elias und seine oma da", ["elias"]),
    ("rozmawiałam z kasia i jej mamą", ["kasia"]),
])
def test_a_lower_case_first_name_before_and_his_or_her(text, names):
    assert _found(text) == names


def test_a_common_word_before_and_his_is_no_name():
    assert _found("i will and his brother will come") == []


def test_a_lower_case_surname_that_is_a_place_too_and_a_patronymic_after_a_first_name():
    assert _found("paikalla oli myös hänen puolisonsa sanna mäkelä") == ["sanna mäkelä"]
    assert _found("говорила с ириной и её мамой ниной ивановной") == ["ириной", "ниной ивановной"]


def test_a_lower_case_recurrence_in_another_case_form():
    assert _found("soitin korhoselle mut ei vastannu, pitää kysyä Oona Korhoselta huomenna") == \
        ["korhoselle", "Oona Korhoselta"]


@pytest.mark.parametrize("text, name", [
    ("her stepdad Darren shouts at her", "Darren"),
    ("mikkel og hans lillesøster sofie var alene", "sofie"),
])
def test_more_kin_words(text, name):
    assert name in _found(text)


def test_a_kin_word_after_a_hyphen_is_no_part_of_the_name():
    assert _found("Soitettiin mutta Eero-veli vastasi.") == ["Eero"]


def test_a_place_surname_in_the_plural_genitive_before_a_family_word():
    assert _found("Koskimäkien perhe muutti") == ["Koskimäkien"]
    assert _found("Lasten perhe on iso.") == []


def test_a_ukrainian_pet_form_in_yk():
    assert "Mykolyk" in _found("Mama skazala, shcho Mykolyk khvoriie")


def test_a_title_after_a_naming_word_is_no_part_of_the_name():
    assert _found("Der Hausmeister heißt Herr Adler.") == ["Adler"]


# --- names: precision ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jõulude ajal on lasteaed suletud, Kalev ja Rimi on avatud 10-18.",
    "Laima un Maxima strādā svētdien līdz 20.",
    "Ostern geschlossen; Aldi und Netto öffnen um 8 Uhr.",
    "Rema 1000 og Kiwi er stengt på søndag.",
])
def test_shop_chains_about_opening_hours_are_no_one(text):
    assert _found(text) == []


def test_girls_named_like_chains_are_names():
    assert _found("Laima ir Rimi atėjo 10.00 su mama.") == ["Laima", "Rimi"]
    assert _found("Maxima Petrauskienė ir jos sūnus atvyko.") == ["Maxima Petrauskienė"]


@pytest.mark.parametrize("text", [
    "Шевченко і Леся Українка на уроці літератури.",
    "Martin Luther und Bach im Unterricht.",
    "Paavo Nurmen patsas on Turussa.",
    "Bill Gates and Greta Thunberg were in the news.",
])
def test_famous_people_and_those_listed_with_them(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Lumi- ja Tuuli-ryhmät ulkoilevat klo 10.",
    "Ilo ja Rauha ovat ryhmien nimiä.",
    "Björn och Varg heter grupperna i år.",
])
def test_group_names_by_a_hyphenated_group_word_or_a_naming_verb(text):
    assert _found(text) == []


def test_a_surname_alone_in_the_genitive_before_a_shop_word_is_the_shop():
    assert _found("Lahtisen kaupan edessä on pysäkki.") == []
    assert _found("näin niilo lahtisen kaupan edessä eilen") == ["niilo lahtisen"]
