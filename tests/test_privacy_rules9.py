"""The personal-data detector's ninth round (issue 17, branch privacy9): each new rule, pinned.

Names: the Baltic states' and Central Asia's commonest names, which Faker's lists lack; Cyrillic words looked up
through their Latin spellings; a noun after a first name as its surname; a lower-case first name as the subject
of a reported clause; Estonian case forms by simplemma's lemma; the Estonian dictionary at a sentence's start
only in Estonian, Finnish and Latvian messages; Cyrillic case endings, patronymics, a Cyrillic name recurring in
Latin letters; holidays, group names and streets after their street word are no one's. Addresses: a town before
a street, farms before a street, rooms, a postcode after its town, German street words apart, Russian postcodes,
living words. Phones: Estonian and Latvian landlines, "fasttelefon", the UK's 03 numbers. Schools: compound
Norwegian school words, Cyrillic school words in their cases. The examples are made up for these tests, in the
style of the dev sets.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME, PHONE, SCHOOL, find_personal_data
from assistant.privacy.gazetteer import classify, dictionary_word, estonian_first_name


def of_kind(text: str, kind: str) -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


# --- names: the lists -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Mano klientas Gintaras Vaitkus gyvena su mama", "Gintaras Vaitkus"),
    ("Tėvas Žydrūnas Kazlauskas skambino vakar", "Žydrūnas Kazlauskas"),
    ("Klients Andris Ozols dzīvo Jelgavā", "Andris Ozols"),
    ("Ema Kertu Tamm helistas eile", "Kertu Tamm"),
    ("Клиентка Gulnara Ibragimova написала письмо", "Gulnara Ibragimova"),
])
def test_the_regions_commonest_names_are_listed(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


@pytest.mark.parametrize("word", ["Ахмед", "Юсуф", "Марьям", "Зейнаб", "Хоссейни"])
def test_a_cyrillic_word_is_looked_up_through_its_latin_spellings(word: str) -> None:
    assert any(classify(word)[:2])


@pytest.mark.parametrize("word", ["Семья", "Сім'я", "Органы"])
def test_a_russian_or_ukrainian_word_is_not_looked_up_in_latin(word: str) -> None:
    assert not any(classify(word)[:2])


def test_names_in_cyrillic_from_the_latin_lists() -> None:
    assert of_kind("Мариам і Юсуф Ахмеді, пошта m.ahmedi@ukr.net", NAME)[:1] == ["Мариам"]
    assert "Марьям" in of_kind("Ахмад Хоссейни и Марьям живут в Петербурге", NAME)


# --- names: where they stand ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Jag träffade Nils Fisk och hans mamma igår", "Nils Fisk"),
    ("Meine Klientin Paula Fuchs wohnt bei ihrer Oma", "Paula Fuchs"),
])
def test_a_noun_after_a_first_name_is_its_surname(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


@pytest.mark.parametrize("text", ["Ich habe Sabines Handy gefunden", "We read Nataliia's Ukrainian letter"])
def test_a_genitives_noun_is_no_surname(text: str) -> None:
    assert all(" " not in name for name in of_kind(text, NAME))


@pytest.mark.parametrize("text, name", [
    ("mummo sano et eeli on ollu poissa koulusta", "eeli"),
    ("mamma sa att noor inte vill gå till skolan", "noor"),
    ("the teacher said mason hasn't eaten", "mason"),
    ("tēvs teica, ka kristaps neiet uz skolu", "kristaps"),
    ("mama mówi że wojtek ma gorączkę", "wojtek"),
    ("мама каже що тарасик не спить", "тарасик"),
])
def test_a_lower_case_first_name_as_a_reported_clauses_subject(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


@pytest.mark.parametrize("text, word", [
    ("she said that will be fine", "will"),
    ("Lilia to imię, a mama mówi że lilia to kwiat", "lilia"),  # the message writes the name with its capital
    ("han truer med at dele dem på nettet", "dele"),  # an infinitive's mark, and its object after
])
def test_a_word_after_that_stays_a_word(text: str, word: str) -> None:
    assert word not in of_kind(text, NAME)


def test_a_first_name_in_a_case_form_after_a_call_verb() -> None:
    assert "jaanile" in of_kind("palun helista jaanile, ta ootab", NAME)


@pytest.mark.parametrize("word, is_name", [("mardile", True), ("kadril", True), ("isale", False), ("lapse", False)])
def test_estonian_case_forms_of_first_names_by_their_lemma(word: str, is_name: bool) -> None:
    assert estonian_first_name(word) is is_name
    assert dictionary_word(word) is not is_name


@pytest.mark.parametrize("text, name", [
    ("Oksana gyvena Kaune su dukra", "Oksana"),  # Estonian "oksana" (as a branch) is no word of a Lithuanian message
    ("Ahmad er sønn av Laila, sier læreren", "Ahmad"),  # nor "ahmad" (wolverines) of a Norwegian one
])
def test_the_estonian_dictionary_only_in_messages_of_its_languages(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


def test_the_estonian_dictionary_still_serves_finnish_messages() -> None:
    assert of_kind("Tuuli oli kova eilen, joten retki peruttiin.", NAME) == []


@pytest.mark.parametrize("text, name", [
    ("Учителька говорила з Андрієм Савчуком після уроків", "Андрієм Савчуком"),
    ("Я бачила Дмитра Коваленка вчора", "Дмитра Коваленка"),
    ("Батько Василь Петрович Бондаренко прийшов сам", "Василь Петрович Бондаренко"),
    ("папа Орлов сказал, что они переезжают", "Орлов"),
])
def test_cyrillic_cases_patronymics_and_a_role_before_a_surname(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


def test_a_name_in_cyrillic_recurs_in_latin_letters() -> None:
    assert "Olesian" in of_kind("muistiin: Олеся Коваленко asuu Tampereella. Olesian puhelin on rikki", NAME)


def test_a_first_name_at_a_sentence_start_listed_with_a_whole_name() -> None:
    assert of_kind("Mads og Ida Thygesen går på skolen", NAME) == ["Mads", "Ida Thygesen"]


def test_a_farm_surname_after_a_family_word() -> None:
    assert "Mäkelä" in of_kind("Perhe Mäkelä muutti keväällä", NAME)


def test_a_kings_numeral_only_after_one_run_of_names() -> None:
    assert "Abena" in of_kind("She lives with her aunt Abena. Aunt's phone is off. Can I share this?", NAME)


# --- names: look-alikes -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vappuna ja Juhannuksena kerho on kiinni.",
    "Lucia firas i aulan kl 8.",
    "Påsk, Valborg och Nationaldagen – fritids är öppet.",
    "Mortens aften og Sankt Hans holder vi lukket.",
    "Jul og Kristi himmelfartsdag er fridager.",
])
def test_holidays_are_no_names(text: str) -> None:
    assert of_kind(text, NAME) == []


@pytest.mark.parametrize("text", [
    "Kask ja Mänd on rühmade nimed lasteaias.",
    "Sowa i Wróbel to nazwy grup w przedszkolu.",
    "Ulv og Bjørn er gruppene i barnehagen.",
    "Любов і Віра – назви груп.",
    "Лев и Мир – названия команд.",
    "Rose Court and Heather House are the two wings.",
])
def test_names_of_groups_and_teams_are_no_names(text: str) -> None:
    assert of_kind(text, NAME) == []


def test_a_person_in_a_group_is_still_named() -> None:
    assert "Aino Virtanen" in of_kind("Aino Virtanen is in the group that meets on Fridays.", NAME)


@pytest.mark.parametrize("text", [
    "Вулиця Лесі Українки закрита до вечора.",
    "H.C. Andersens Boulevard er spærret.",
    "Timo Winter kommt im Winter zurück.",
    "Herr Koch sagt, Jonas lernt beim Koch.",
    "Bach, Beethoven und Luther im Musikunterricht.",
    "Edvard Munch-museet har åpent i dag.",
])
def test_streets_nouns_after_a_preposition_and_famous_names_are_no_one(text: str) -> None:
    found = of_kind(text, NAME)
    assert not any(word in found for word in ("Лесі", "Boulevard", "Bach", "Luther", "Edvard Munch-museet"))
    assert found.count("Winter") <= 1 and found.count("Koch") <= 1


# --- addresses ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, address", [
    ("osoite Riiassa Brīvības iela 41-7, Rīga, LV-1011", "Brīvības iela 41-7, Rīga, LV-1011"),
    ("zhyve v Talini Pärnu maantee 41-17, Tallinn", "Pärnu maantee 41-17, Tallinn"),
    ("Perhe: Yli-Anttilan tila, Anttilantie 8, 92930 Pyhäntä", "Yli-Anttilan tila, Anttilantie 8, 92930 Pyhäntä"),
    ("Gården: Nordre Bakke, Bakkevegen 4, 2850 Lena", "Nordre Bakke, Bakkevegen 4, 2850 Lena"),
    ("new address Room 4, 18 Mill Road, Liverpool L5 7QX", "Room 4, 18 Mill Road, Liverpool L5 7QX"),
    ("nad elavad Raekoja 7-12, Tartu 51004", "Raekoja 7-12, Tartu 51004"),
    ("ööbib vanaema juures, Pikk 42-5, Haapsalu", "Pikk 42-5, Haapsalu"),
    ("dzīvo Brīvības ielā 112-14, Rīgā ar meitu", "Brīvības ielā 112-14, Rīgā"),
    ("wohnt in der Schönhauser Allee 141, 3. OG links, 10437 Berlin", "Schönhauser Allee 141, 3. OG links, 10437 Berlin"),
    ("er flyttet til Gadelandet 14, 1. mf., 2700 Brønshøj", "Gadelandet 14, 1. mf., 2700 Brønshøj"),
    ("а/я 47, 190000 Санкт-Петербург", "а/я 47, 190000 Санкт-Петербург"),
])
def test_addresses_drawn_to_their_edges(text: str, address: str) -> None:
    assert of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize("text", ["Politiet 114, alarm 112.", "Meeting moved to Tue 3 March, room 112."])
def test_no_address(text: str) -> None:
    assert of_kind(text, ADDRESS) == []


# --- phones and schools -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phone", [
    ("Heino Saar 6 40 22 19, tütar Piret", "6 40 22 19"),
    ("Tulks Dmitrijs Kozlovs 67 214 590, tēvs", "67 214 590"),
    ("Idil – fasttelefon 23 19 54 82", "23 19 54 82"),
    ("Oma Renate Lindemann, 0341 98 72 206", "0341 98 72 206"),
])
def test_landlines(text: str, phone: str) -> None:
    assert of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize("text", ["social worker office 0300 123 1234", "Bāriņtiesa 67 181 000, darba laiks 8.30–17.00."])
def test_public_bodies_numbers(text: str) -> None:
    assert of_kind(text, PHONE) == []


@pytest.mark.parametrize("text, school", [
    ("jonas kom ikke på Solbakken ungdomsskole", "Solbakken ungdomsskole"),
    ("не ходить до ліцею № 142", "ліцею № 142"),
])
def test_schools(text: str, school: str) -> None:
    assert of_kind(text, SCHOOL) == [school]
