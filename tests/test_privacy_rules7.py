"""The personal-data detector's seventh round (issue 17, branch privacy7): each new rule, pinned.

Names no list holds, read from where they stand: a capitalised word that is no word after a family or role
word ("veli Guuleed", "Tochter Zîlan", "дочь Ферида"), a pet form of a listed first name ("Sashenka",
"Тарасиком"), two capitalised words side by side, the second with a surname's shape ("Gulbahor Ahmadova"), a first name that is a
word before a surname that is none ("Hope Adjei"), a first name joined to a family word ("Abena-äidin"), a
Ukrainian name read through its Russian spelling ("Юлія Савченко"); a client word with its possessive
("Klienten min, Vår Solberg"); a job word at a sentence's start is no part of the name ("Överläkare
Sundqvist"); a people's adjective before a family word is nobody's name ("Ромська родина"); a noun after an
article, one list for every rule ("die Pille"). Phones: North American shapes, a UK mobile with its country
code and no plus, a list of contacts, a landline with an extension and no phone word, a service word of the
sentence, not of the sentence before. The examples are made up for these tests, in the style of the dev sets.
"""

from __future__ import annotations

import pytest

from assistant.privacy import NAME, PHONE, find_personal_data
from assistant.privacy.name_cues import ARTICLE
from assistant.privacy.name_unlisted import pet_form


def of_kind(text: str, kind: str) -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


@pytest.mark.parametrize(("text", "name"), [
    ("Äiti tuli yksin, veli Cabdullaahi jäi kotiin.", "Cabdullaahi"),
    ("Mutter spricht nur Kurmancî, die Tochter Rojîn übersetzt.", "Rojîn"),
    ("Пришла мать, дочь Зарема осталась в школе.", "Зарема"),
    ("Hon och hennes dotter Bêrîvan bor på boendet.", "Bêrîvan"),
    ("The twins came with the kids Marigold and Peregrine.", "Marigold"),
])
def test_a_word_that_is_no_word_after_a_family_word_is_a_name(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


@pytest.mark.parametrize("word", ["Sashenka", "Тарасиком", "Jonukas", "Kasieńka", "Yurko", "Назарчик"])
def test_pet_forms_of_listed_first_names(word: str) -> None:
    assert pet_form(word)


@pytest.mark.parametrize("word", ["Polska", "Maksu", "Ulica"])
def test_words_with_a_diminutive_ending_on_no_name_are_no_pet_forms(word: str) -> None:
    assert not pet_form(word)


def test_a_pet_form_mid_sentence_is_a_name() -> None:
    assert of_kind("Вчора прийшов Назарчик без мами.", NAME) == ["Назарчик"]


@pytest.mark.parametrize(("text", "name"), [
    ("Tapasin Gulbahor Ahmadova ja hänen poikansa.", "Gulbahor Ahmadova"),
    ("Adresāts ir Vitālijs Grigorjevs, Daugavpilī.", "Vitālijs Grigorjevs"),
    ("Gehört Herrn Yıldırım, also Emre Yıldırım.", "Emre Yıldırım"),
    ("Tolk til Юлія Савченко, onsdag.", "Юлія Савченко"),
    ("Hope Adjei har astma.", "Hope Adjei"),
    ("Asiakkaani Ilo Mäkelä kertoi, että isä juo.", "Ilo Mäkelä"),
    ("Klienten min, Vår Solberg, bor hos mormor.", "Vår Solberg"),
])
def test_names_the_lists_do_not_vouch_for(text: str, name: str) -> None:
    assert name in of_kind(text, NAME)


@pytest.mark.parametrize("text", ["Fallkonferenz im Jugendamt Neukölln am Montag.",
                                  "Kui pikk peab Euroopa Nõukogu konventsiooni järgi olema taastumisaeg?",
                                  "Hon bor på landet: Zalesie Górne 112, 05-540 Zalesie Górne."])
def test_two_unknown_words_at_a_place_are_no_name(text: str) -> None:
    assert of_kind(text, NAME) == []


def test_a_family_word_joined_to_a_name() -> None:
    assert of_kind("Abena-äidin numero on salainen.", NAME) == ["Abena"]


@pytest.mark.parametrize(("text", "name"), [
    ("Överläkare Lindqvist ville ringa mamman.", "Lindqvist"),
    ("Sotsiaaltöötaja Kask soovitas perearsti.", "Kask"),
])
def test_a_job_word_at_a_sentence_start_is_no_part_of_the_name(text: str, name: str) -> None:
    assert of_kind(text, NAME) == [name]


@pytest.mark.parametrize("text", ["Ромська родина живе тут давно.", "Езидская семья приехала в 2023 году.",
                                  "The family are Romany Gypsy travellers."])
def test_a_peoples_adjective_before_a_family_word_is_no_name(text: str) -> None:
    assert of_kind(text, NAME) == []


def test_one_article_list_for_every_rule() -> None:
    assert all(ARTICLE.search(f"{article} ") for article in ("der", "die", "das", "eine", "the"))
    assert of_kind("Darf eine 15-Jährige ohne die Eltern die Pille bekommen?", NAME) == []
    assert "Patel" in of_kind("We talked about the Patel twins today.", NAME)  # a family after "the"


def test_a_name_of_a_place_is_no_one_s_name_nor_are_its_parts() -> None:
    assert of_kind("Vi åkte till Gustav Adolfs torg istället.", NAME) == []


def test_a_finnish_case_of_a_name_in_s_recurs() -> None:
    assert of_kind("Yonas Habtemariam saapui. Yonaksen syntymäaika on arvioitu.", NAME) == \
        ["Yonas Habtemariam", "Yonaksen"]


@pytest.mark.parametrize("phone", ["(555) 214-0937", "614-555-0193", "312.555.0177", "1-212-555-0189",
                                   "(212) 555-0148 x 309"])
def test_north_american_numbers(phone: str) -> None:
    assert of_kind(f"Her aunt can be reached at {phone} most days.", PHONE) == [phone]


def test_a_uk_mobile_with_its_country_code_and_no_plus() -> None:
    assert of_kind("Dad: 447700900123 (whatsapp only)", PHONE) == ["447700900123"]


@pytest.mark.parametrize(("text", "phone"), [
    ("Kontaktid: Kadri 5123 4409, isa +372 5845 2210, vanaema 7 421 880", "7 421 880"),
    ("Kontakter: Ida 22 41 08 77, far +45 31 20 45 66, farmor 4588 1203", "4588 1203"),
    ("Контакты: Ваня 8 911 204-18-33, бабушка 8(8112)72-40-19", "8(8112)72-40-19"),
])
def test_a_number_in_a_list_of_contacts(text: str, phone: str) -> None:
    assert phone in of_kind(text, PHONE)


def test_no_list_of_contacts_without_a_phone_first() -> None:
    assert of_kind("Maksuamet 880 0811, sotsiaalkindlustusamet 612 1360.", PHONE) == []
    assert of_kind("Faktura 8814423, OCR 4471 0033 2210, förfallodag 2027-01-31.", PHONE) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("Darbiniece pieejama pa 67 105 220, papildnumurs 41.", "67 105 220, papildnumurs 41"),
    ("Helistage direktorile numbril 6412 380, lisa 14.", "6412 380, lisa 14"),
])
def test_a_landline_with_an_extension_or_after_the_number_word(text: str, phone: str) -> None:
    assert of_kind(text, PHONE) == [phone]


def test_a_service_word_of_the_sentence_before_leaves_a_number_alone() -> None:
    text = "Skatteverket hittar inget. Pappan nås på 0046 70 551 83 02."
    assert of_kind(text, PHONE) == ["0046 70 551 83 02"]


@pytest.mark.parametrize("text", ["Nuorisoasema päivystää numerossa 09 310 5015 arkisin.",
                                  "Ośrodek Pomocy Społecznej: 22 123 45 67 (sekretariat).",
                                  "Kontakt skolens kontor på 33 17 22 00 mellem 8 og 15."])
def test_an_organisation_named_by_its_service_word(text: str) -> None:
    assert of_kind(text, PHONE) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("Precious rang from 020 7946 0\n123 yesterday", "020 7946 0\n123"),
    ("naujas adresas, tel (8 5) 261 0\n044", "(8 5) 261 0\n044"),
])
def test_a_group_split_by_a_line_break(text: str, phone: str) -> None:
    assert of_kind(text, PHONE) == [phone]
