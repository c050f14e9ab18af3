"""The tenth round's rules of the personal-data detector (branch privacy10), each pinned by a message of its own
(not a line of any set): docs/evaluation/privacy-rounds.md, "Figures, tenth round"."""

from __future__ import annotations

import pytest

from assistant.privacy import find_personal_data


def _found(text: str, kind: str = "name") -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


@pytest.mark.parametrize("text, name", [
    ("asiakas Pham Thi Mai:n äiti soitti", "Pham Thi Mai:n"),
    ("Le Van Nam:lle lähti kirje eilen", "Le Van Nam:lle"),
])
def test_a_finnish_case_ending_after_a_colon_belongs_to_the_name(text, name):
    assert name in _found(text)


def test_a_possessive_ends_the_name():
    assert _found("Client Aino Korhonen's Swedish passport is missing") == ["Aino Korhonen's"]


def test_a_genitive_before_a_noun_is_no_surname():
    assert _found("Bei Familie Weber (Lena und Tom) war niemand; Webers Nachbarin sagt, sie sind weg.")[-1] == "Webers"
    assert "Wolfs Lehrerin" not in _found("Gestern war Wolfs Lehrerin krank.")
    assert _found("Dzintras Kalnas jaunā adrese ir zināma") == ["Dzintras Kalnas"]  # a Latvian genitive


def test_a_farm_surname_in_the_genitive_before_a_family_word():
    assert _found("Hakalan perhe muutti Tampereelle") == ["Hakalan"]


def test_a_rare_lower_case_word_after_mr_or_mrs_is_the_surname():
    assert _found("met mrs blackthorne today, she is worried") == ["blackthorne"]


def test_a_lower_case_recurrence_in_a_lower_case_sentence():
    assert _found("soitin hakulaselta saatuun numeroon, pitää kysyä Ilona Hakulaselta")[0] == "hakulaselta"
    assert "tyyni" not in _found("Tyyne Laine on tänään. meri on tyyni")  # the word


def test_finnish_stems_and_plurals_of_a_found_surname():
    found = _found("Isä Pekka Kivi sanoi, että Kiven perheellä on huolia; Kivelle soitetaan.")
    assert {"Kiven", "Kivelle"} <= set(found)
    assert "Virtasten" in _found("Virtasten isä Jari Virtanen soitti eilen.") or \
        "Heikkilöiden" in _found("Heikkilöiden isä Jari Heikkilä soitti eilen.")


@pytest.mark.parametrize("text, name", [
    ("Rozmawiałam z Pawłem Nowakiem wczoraj.", "Pawłem Nowakiem"),
    ("Dzwoniła matka Kasi, pani Zielińska.", "Kasi"),
    ("Wniosek dla Anny Kowalskiej jest gotowy.", "Anny Kowalskiej"),
])
def test_polish_case_forms(text, name):
    assert name in _found(text)


def test_a_month_beside_a_day_number_is_no_name():
    assert _found("The review is on 14 Jan, the next one Jun 3.") == []


@pytest.mark.parametrize("text, phone", [
    ("Kontakte: Mutter 0152 / 3344 5566, Oma Festnetz 030-4411 287", "030-4411 287"),  # Berlin, in a German list
    ("Kontakter: far 2288 4410, mor +45 40 11 22 33", "2288 4410"),  # the list's first number, after a family word
    ("Kontakti: tētis 26 1 55 903, mamma +371 2912 3456", "26 1 55 903"),
    ("hun sa at hustelefonen er 23 45 67 89", "23 45 67 89"),  # a house telephone is no organisation's
])
def test_phones_of_a_list_of_contacts(text, phone):
    assert phone in _found(text, "phone")


@pytest.mark.parametrize("text, school", [
    ("Her son is in Year 5 at Oakwood Primary School now.", "Year 5 at Oakwood Primary School"),
    ("Pracuje w Szkole Podstawowej nr 7 w Lublinie od roku.", "Szkole Podstawowej nr 7 w Lublinie"),
])
def test_schools_with_their_class_and_case(text, school):
    assert school in _found(text, "school")


def test_a_turkish_or_yoruba_name_faker_lacks_and_a_german_sibling_word():
    assert _found("Kerem Aydın und seine Schwester Elif kommen morgen.") == ["Kerem Aydın", "Elif"]
    assert _found("Please write to Temitope Adeyemi at the school.") == ["Temitope Adeyemi"]


def test_the_subject_of_a_reported_clause_after_a_verb_of_saying():
    assert _found("The teacher said Wren has been crying a lot.") == ["Wren"]
    assert _found("Die Lehrerin sagt Mathe ist schwer.") == []  # a German noun
    assert _found("Mum said Monday is fine.") == []


def test_a_common_first_name_listed_with_a_whole_name_in_lower_case():
    assert _found("pekka ja liisa korhonen ei vastannu") == ["pekka", "liisa korhonen"]


def test_a_name_in_brackets_listed_with_another():
    assert _found("Bei Familie Bauer (Jonas und Mia) war niemand.") == ["Bauer", "Jonas", "Mia"]


def test_a_vietnamese_name_in_lower_case():
    assert _found("tran thi lan's son was not at school") == ["tran thi lan's"]


@pytest.mark.parametrize("text, names", [
    ("snakket med faren til sindre i går, sindre sin mor var borte", ["sindre", "sindre"]),
    ("mor sagde at hendes kæreste kasper var der", ["kasper"]),
    ("babcia dzwoniła, wnuczek szymon jest chory", ["szymon"]),
])
def test_lower_case_names_after_kin_words(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "The Hope Church youth club meets on Fridays.",
    "Bring the forms to Ivy Lodge before noon.",
    "Riverside Family Centre opens at nine.",
    "Hon flyttade till Bergen i fjol.",
    "Vi läste om Alfred Nobel och Carl von Linné i skolan.",
])
def test_buildings_places_and_the_regions_famous_people_are_no_one(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Betala fakturan med OCR 880 214 553 senast fredag.",
    "Fältassistenterna nås på 08-123 456 78 vardagar.",
    "The Hope Church food bank is on 01632 960 222.",
])
def test_references_and_services_are_no_ones_phone(text):
    assert _found(text, "phone") == []


@pytest.mark.parametrize("text", [
    "Ābele, Liepa un Bērzs ir bērnudārza grupu nosaukumi.",
    "Лилия мира и Рассвет — магазины на углу.",
])
def test_names_of_groups_and_shops_listed_as_such(text):
    assert _found(text) == []


def test_a_child_in_a_group_stays_a_name():
    assert _found("Aino Virtanen is in the group with Eetu.") == ["Aino Virtanen", "Eetu"]


def test_a_lower_case_recurrence_opening_its_own_sentence():
    assert _found("Mum Faadumo and the kids came. faadumo prefers texts.")[-1] == "faadumo"


@pytest.mark.parametrize("text, name", [
    ("Rozmawiałam wczoraj z Igą o szkole.", "Igą"),
    ("Proszę zadzwonić do Ewy po południu.", "Ewy"),
    ("Ojciec Bogusław mieszka na wsi.", "Bogusław"),
])
def test_short_polish_names_and_polish_kin_words(text, name):
    assert name in _found(text)


def test_a_short_lower_case_word_is_no_polish_case_form():
    assert _found("Eelis sano et isi lyö remmillä.") == ["Eelis"]  # isi, dad, is no case of Isa
