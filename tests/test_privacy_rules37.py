"""The thirty-seventh privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, thirty-seventh round"), on the real detector.

Names: a surname in capitals that the lists lack takes the first name found after it, at a line's or a cell's start
(a register's "NOORZAI Leyla") or with an Arabic particle ("EL-MASRI, Yusuf"); a code's acronym is no surname. A
nickname after a verb of calling and its object pronoun ("kutsuvad teda", "vadina ją", "кличуть його", "зовут её"), in
any case form, not a place; in lower case when the verb and the nickname fill a pair of brackets ("(kaldes frede)"); the
name before the Finnish and Estonian "named" ("Precious-niminen", "-nimeline"). A name in capitals in a message in
ordinary case, a surname among its words, and the given names after it (``name_capitals``); acronyms and places in
capitals are left alone. Lower-case first names listed right after the word for children ("lapsed kristjan ja mia",
``name_children``); a lower-case first name beside a surname the lists hold only as one, either order ("hakimi zahra",
``name_lower_pairs``). A table's cell with the surname first and a comma. Names' precision: a place's name before its
station, centre or airport ("Euston coach station", "Rinkeby centrum"); the author or the subject of what a class read
or watched is no client ("læste Tove Ditlevsen", "film om Niels Bohr", ``name_works``). Dates of birth: the Polish
reflexive after the birth verb ("urodziła się 3 marca 2016 r."). Phones: two numbers joined by a spaced slash are two
phones; the digits after a trunk in brackets ("+49 (0)160 ...") are no Steuer-ID. Addresses: the Danish floor and side
after the house number without a comma ("112 3. tv"), the Norwegian flat's H in lower case ("h0201"), and a phone's
word after a dictated address is no town. Identity codes: a code corrected after it ("... is wrong, it should be ...").
The messages here are written for the tests, not taken from the evaluation sets. The guards are the spans the rules
must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, BIRTH_DATE, ID_CODE, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "names"), [
    ("Poissa tänään:\nNOORZAI Leyla\nHAKIMI Omid", ["NOORZAI Leyla", "HAKIMI Omid"]),  # fi
    ("Absent list 8B:\nSAFIULLAH Hamid\nJAMALZADA Noor", ["SAFIULLAH Hamid", "JAMALZADA Noor"]),  # en
    ("Frånvaro:\tWARSAME Ayan\t7B", ["WARSAME Ayan"]),  # sv, a table's cell
    ("RE: EL-MASRI, Yusuf Ahmad DOB 02/03/2011", ["EL-MASRI, Yusuf Ahmad"]),  # en, the particle
])
def test_an_unlisted_surname_in_capitals_takes_the_first_name_after_it(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


def test_a_codes_acronym_is_no_surname() -> None:
    assert _of_kind("РНОКПП Тараса у заяві 3987162241, бракує цифри.", NAME) == ["Тараса"]


@pytest.mark.parametrize(("text", "nickname"), [
    ("Sõbrad kutsuvad teda Jänkuks, ametlikult on ta Mari Kask.", "Jänkuks"),  # et, translative
    ("Draugai vadina ją Pelyte, tikras vardas Ona Petraitytė.", "Pelyte"),  # lt, instrumental
    ("Друзі кличуть його Ведмедиком, справжнє ім'я Іван Коваль.", "Ведмедиком"),  # uk
    ("Дома зовут её Лисичкой, а по паспорту Анна Орлова.", "Лисичкой"),  # ru
])
def test_a_nickname_after_a_verb_of_calling_and_its_pronoun(text: str, nickname: str) -> None:
    assert nickname in _of_kind(text, NAME)


@pytest.mark.parametrize(("text", "nickname"), [
    ("jonas og frederik (kaldes frede) kom ikke hjem", "frede"),  # da
    ("sebastian (kalles basti) var borte i natt", "basti"),  # nb
])
def test_a_nickname_in_lower_case_that_fills_brackets_with_its_verb(text: str, nickname: str) -> None:
    assert nickname in _of_kind(text, NAME)


@pytest.mark.parametrize("text", [
    "Sõbrad kutsuvad teda Tallinnasse elama.",  # et: an invitation to a place
    "vi var der hele dagen (kalles ofte) og kom hjem sent",  # nb: a common word in the brackets
])
def test_a_verb_of_calling_leaves_places_and_common_words_alone(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize(("text", "names"), [
    ("VIRTANEN ei vastaa, VIRTASEN naapuri sanoi että Aino on mummolla.", ["VIRTANEN", "VIRTASEN", "Aino"]),  # fi
    ("ПЕТРОВОЙ не дозвонились, Катю забрала бабушка.", ["ПЕТРОВОЙ", "Катю"]),  # ru, a case form
    ("БОНДАРЧУК ОКСАНА і БОНДАРЧУК ТАРАС — сестра і брат.", ["БОНДАРЧУК ОКСАНА", "БОНДАРЧУК ТАРАС"]),  # uk
    ("Household:\nADEBAYO Chiamaka (mother, 36)\nADEBAYO Tobi, 9 yrs", ["ADEBAYO Chiamaka", "ADEBAYO Tobi"]),  # en
])
def test_a_name_in_capitals_in_a_message_in_ordinary_case(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize("text", [
    "HOJKS tehdään syksyllä, KELA maksaa kuljetuksen.",  # fi: an acronym, a body
    "Soitin NAV og BUP, men ingen svarte.",  # nb
    "Hän muutti TAMPEREELLE viime vuonna.",  # fi: a place in capitals
])
def test_capitals_that_are_no_name_are_left_alone(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize(("text", "names"), [
    ("rääkisin emaga, lapsed kristjan ja mia", ["kristjan", "mia"]),  # et
    ("snakket med mor, barna emil og nora var hjemme", ["emil", "nora"]),  # nb
    ("talked to mum, kids ruby, ellie and jay not at school", ["ruby", "ellie", "jay"]),  # en
    ("rozmawiałam z matką, dzieci kuba i zosia są w szkole", ["kuba", "zosia"]),  # pl
])
def test_lower_case_names_listed_after_the_word_for_children(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize("text", [
    "the kids love and hate school",  # en: words, not names
    "lapset leikkivät ja nauroivat",  # fi
])
def test_words_after_the_word_for_children_are_left_alone(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize(("text", "name"), [
    ("tapasin eilen hakimi zahra kotona", "hakimi zahra"),  # fi, surname first
    ("ringde bergqvist tove i går", "bergqvist tove"),  # sv
    ("spoke yesterday with amina yusufzai about school", "amina yusufzai"),  # en
])
def test_a_lower_case_first_name_beside_a_surname(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize("text", [
    "strony się rozjechały, строки съехали przy kopiowaniu",  # words the lists lack beside a surname-like word
    "Rīt spīdēs saule un zīle dziedās.",  # lv
])
def test_lower_case_words_beside_a_surname_like_word_are_left_alone(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize("text", [
    "Vi læste Tove Ditlevsen og så en film om Niels Bohr.",  # da
    "Wir haben Otfried Preußler gelesen.",  # de
    "Учні читали Лесю Українку і Стефаника.",  # uk, and the second joined by "і"
    "Klassen så en film om Thor Heyerdahl.",  # nb
])
def test_authors_and_subjects_of_works_are_no_clients(text: str) -> None:
    assert _of_kind(text, NAME) == []


def test_a_name_beside_a_work_word_elsewhere_stays() -> None:
    assert _of_kind("Vi læste en bog, og bagefter hentede Freja Holm sin søn.", NAME) == ["Freja Holm"]


@pytest.mark.parametrize(("text", "date"), [
    ("Zosia urodziła się 3 marca 2016 r. w Lublinie.", "3 marca 2016 r."),  # pl, the reflexive after the verb
    ("Dziecko urodziło się 21.09.2014 r.", "21.09.2014 r."),
    ("Kuba urodził się 12.03.2014 w Krakowie.", "12.03.2014"),
])
def test_a_polish_birth_verb_with_its_reflexive(text: str, date: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == [date]


@pytest.mark.parametrize(("text", "phones"), [
    ("Contact: +44 (0)7700 900 123 / 0161 496 0000 (home)", ["+44 (0)7700 900 123", "0161 496 0000"]),  # en
    ("Tel. 030/4412 887 oder mobil +49 (0)160 1234 5678", ["030/4412 887", "+49 (0)160 1234 5678"]),  # de
])
def test_phones_with_a_trunk_in_brackets_and_alternatives_after_a_spaced_slash(text: str, phones: list[str]) -> None:
    assert (_of_kind(text, PHONE), _of_kind(text, ID_CODE)) == (phones, [])


@pytest.mark.parametrize(("text", "address"), [
    ("bor nu vesterbrogade 41 2. th med børnene", "vesterbrogade 41 2. th"),  # da, lower case
    ("han bor hos mor på Nørregade 19 1. tv. i Vejle", "Nørregade 19 1. tv."),  # da
    ("hun bor i thorvaldsgata 9 h0201 sammen med faren", "thorvaldsgata 9 h0201"),  # nb, the flat's H small
    ("hon bor på björkvägen 3 lgh 1204 mobil 070 123 45 67", "björkvägen 3 lgh 1204"),  # sv: a phone's word, no town
    ("визит ул. садовая 12 кв 4 телефон восемь девятьсот", "ул. садовая 12 кв 4"),  # ru
])
def test_a_flat_after_the_house_and_no_phone_word_for_a_town(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


def test_a_table_cell_with_the_surname_first_and_a_comma_is_one_name() -> None:
    text = "Nimi\tSyntymäaika\nRahimi, Ali Reza\t11.06.2013\nRahimi, Zainab\t02.09.2016"
    assert _of_kind(text, NAME) == ["Rahimi, Ali Reza", "Rahimi, Zainab"]


@pytest.mark.parametrize(("text", "name"), [
    ("Epäilemme että Precious-niminen tyttö on uhri.", "Precious"),  # fi
    ("Soitin Ilmo-nimiselle pojalle eilen.", "Ilmo"),  # fi, a case form
    ("Precious-nimeline tüdruk kadus eile.", "Precious"),  # et
])
def test_the_name_before_the_adjective_named(text: str, name: str) -> None:
    assert _of_kind(text, NAME) == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("Kian was found at Euston coach station at 2am; his aunt Mary Doyle was called.", ["Kian", "Mary Doyle"]),  # en
    ("Liban sågs senast vid Rinkeby centrum i fredags.", ["Liban"]),  # sv
])
def test_a_place_before_its_station_or_centre_is_no_name(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


def test_a_code_corrected_after_it_in_the_same_sentence() -> None:
    text = "NHS no. 943 476 5919 is wrong on the form, it should be 943 476 5910 for Amir."
    assert _of_kind(text, ID_CODE) == ["943 476 5919", "943 476 5910"]


def test_a_phone_after_a_code_and_a_new_sentence_stays_a_phone() -> None:
    text = "NHS no. 943 476 5919 is right. Call 0161 496 0000 for Amir."
    assert (_of_kind(text, ID_CODE), _of_kind(text, PHONE)) == (["943 476 5919"], ["0161 496 0000"])
