"""The forty-third privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-third round"), on the
real detector.

Phones said or typed in words, in the twelve languages (``digit_words``, ``spoken_phones``): digit words, the tens,
teens and hundreds a number is read out in, repeaters, a plus for the country code, digits among the words; never a
count, a sum, a time or a date said in words, nor a helpline's number read out after its digits; a phone glued to its
word and that word's full stop. Identity codes after their scheme's name with another name in brackets, or split
over a line. Day-care centres by their number, with their name in quotes or their town. No e-mail for a registry's, a post room's, a municipality's, a service desk's or a
child-protection office's mailbox. The messages here
are written for the tests, not taken from the evaluation sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import EMAIL, ID_CODE, PHONE, SCHOOL
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "phones"), [
    ("Isä sanoi numeronsa: nolla viis nolla, kolme kaks yks, kuus kuus nolla kaks.",
     ["nolla viis nolla, kolme kaks yks, kuus kuus nolla kaks"]),  # fi, digit by digit in groups
    ("Hans nummer är noll sjuttio, tre fyra fem, tjugoåtta nittioett.",
     ["noll sjuttio, tre fyra fem, tjugoåtta nittioett"]),  # sv, tens in one word
    ("Her dad's number: oh seven seven double two, triple nine, four one eight.",
     ["oh seven seven double two, triple nine, four one eight"]),  # en, repeaters
    ("Isa telefon on viis üks kaks, kolmkümmend neli, kaheksateist.",
     ["viis üks kaks, kolmkümmend neli, kaheksateist"]),  # et, tens and a teen
    ("Tēva tālrunis: divi deviņi, četrdesmit seši, nulle trīs, astoņpadsmit.",
     ["divi deviņi, četrdesmit seši, nulle trīs, astoņpadsmit"]),  # lv
    ("Mamos numeris: aštuoni, šeši šimtai keturi, dvidešimt septyni, trylika.",
     ["aštuoni, šeši šimtai keturi, dvidešimt septyni, trylika"]),  # lt, hundreds said as a unit and its word
    ("Zadzwoń do babci: plus czterdzieści osiem, pięćset jeden, dwieście trzydzieści, czterdzieści cztery.",
     ["plus czterdzieści osiem, pięćset jeden, dwieście trzydzieści, czterdzieści cztery"]),  # pl, with a plus
    ("Die Handynummer vom Vater: null eins sechs zwei, einundvierzig, siebzehn, zweiundneunzig.",
     ["null eins sechs zwei, einundvierzig, siebzehn, zweiundneunzig"]),  # de
    ("Ring til farmor på enogtyve, seksogtredive, nul fire, halvfems.",
     ["enogtyve, seksogtredive, nul fire, halvfems"]),  # da
    ("Mobilen til mor: ni syv, førtito, null en, seksti fem.", ["ni syv, førtito, null en, seksti fem"]),  # nb
    ("Номер тата: нуль шістдесят шість, сто сорок два, тридцять, дев’ять один.",
     ["нуль шістдесят шість, сто сорок два, тридцять, дев’ять один"]),  # uk, a typographic apostrophe
    ("Позвоните бабушке: восемь девятьсот двадцать один, триста пять, сорок четыре, ноль семь.",
     ["восемь девятьсот двадцать один, триста пять, сорок четыре, ноль семь"]),  # ru
    ("puh. nolla neljä 4 kaks kolme 55 kuus seitsemän", ["nolla neljä 4 kaks kolme 55 kuus seitsemän"]),  # fi, mixed
])
def test_a_phone_said_in_words(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


@pytest.mark.parametrize("text", [
    "Numerot luettiin ääneen: yksi, kaksi, kolme, neljä, viisi, kuusi, seitsemän.",  # fi, counting, a number word
    "The children counted one, two, three, four, five, six, seven, eight before the game.",  # en, a count
    "Stypendium wynosi dwa tysiące trzysta czterdzieści pięć złotych miesięcznie.",  # pl, a sum
    "Hon ringde klockan sju, sedan tjugo över åtta, och sist halv tio.",  # sv, times
    "Er ist am dreiundzwanzigsten Mai neunzehnhundertneunzig geboren, Telefon folgt.",  # de, a date
    "Телефон доверия 8 800 2000 122 («восемь восемьсот, двести, ноль ноль, сто двадцать два»).",  # ru, a helpline
])
def test_no_phone_in_other_numbers_said_in_words(text: str) -> None:
    assert _of_kind(text, PHONE) == []


def test_words_after_a_persons_number_read_it_out() -> None:
    text = "Isän numero 040 623 9105 (nolla neljä nolla, kuus kaks kolme, yheksän yks nolla viis)."
    assert _of_kind(text, PHONE) == ["040 623 9105", "nolla neljä nolla, kuus kaks kolme, yheksän yks nolla viis"]


@pytest.mark.parametrize(("text", "phones"), [
    ("Kontakt: mor Sanna (tel.+46705512344), far Jonas.", ["+46705512344"]),  # sv, a country code after "tel."
    ("Батько: тел.+380671234590, ввечері.", ["+380671234590"]),  # uk
    ("Opa erreichbar, Tel:+49 171 4429 310.", ["+49 171 4429 310"]),  # de, after a colon
])
def test_a_phone_glued_to_its_word_and_full_stop(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


@pytest.mark.parametrize("text", [
    "Hakemus lähti Maahanmuuttovirastoon, registrator@migri.example.fi, viime viikolla.",  # fi, a registry
    "Unterlagen bitte an poststelle@stadt-kiel.example.de schicken.",  # de, a post room
    "Frågor till kommun@ljungby.example.se eller växeln.",  # sv, a municipality
    "Skriv til kundeservice@odense.example.dk for at få en tid.",  # da, a service desk in a compound
    "Concerns go to safeguarding@county.example.gov.uk or the LADO, lado@county.example.gov.uk.",  # en, roles
    "Пишите в опеку: opeka@mo.example.ru.",  # ru, a guardianship office
])
def test_an_offices_mailbox_is_no_ones(text: str) -> None:
    assert _of_kind(text, EMAIL) == []


def test_a_workers_mailbox_with_a_name_is_personal() -> None:
    text = "Sosiaalityöntekijä vastaa: sosiaalityontekija.virtanen@kunta.example.fi."
    assert _of_kind(text, EMAIL) == ["sosiaalityontekija.virtanen@kunta.example.fi"]


@pytest.mark.parametrize(("text", "codes"), [
    ("Ukraiński RNOKPP (ІПН) 3184052193 należy do ojca.", ["3184052193"]),  # pl, the other name in brackets
    ("Personnummer (svenskt) 19850412-1234 gäller.", ["19850412-1234"]),  # sv, a note in brackets
    ("Hei, her er Olas fødselsnummer:\n120515\n47321", ["120515\n47321"]),  # nb, split over a line
    ("Tere, siin on Mardi isikukood:\n50207\n150331", ["50207\n150331"]),  # et
    ("Вот СНИЛС Павла:\n112-233-\n445 95", ["112-233-\n445 95"]),  # ru, a dash before the break
])
def test_an_identity_code_after_its_schemes_name(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


@pytest.mark.parametrize(("text", "schools"), [
    ("Син ходить до ЗДО № 118, група «Бджілки».", ["ЗДО № 118"]),  # uk, an abbreviation and a number
    ("Внук ходит в детский сад № 7 «Берёзка» у дома.", ["детский сад № 7 «Берёзка»"]),  # ru, a name in quotes
    ("Placówka: Przedszkole Publiczne nr 3 w Gdańsku", ["Przedszkole Publiczne nr 3 w Gdańsku"]),  # pl, kind, town
])
def test_a_day_care_centre_by_its_number(text: str, schools: list[str]) -> None:
    assert _of_kind(text, SCHOOL) == schools
