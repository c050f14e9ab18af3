"""The twenty-second privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, twenty-second round"), on the real detector.

Each rule was kept only after the leave-one-set-out check; the messages here are written for the tests, not taken from
the evaluation sets. A few cases guard what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, BIRTH_DATE, ID_CODE, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "dates"), [
    # the Russian and Ukrainian birth marker after the date
    ("Ученик Павел Орлов, 17.03.2013 г. р., живёт с бабушкой.", ["17.03.2013"]),
    ("Олег Бондар, 02.11.2014 р.н., мати не відповідає.", ["02.11.2014"]),
    ("Заседание 17.03.2023 г. в 10:00.", []),  # (guard) a date with "year" alone is no birth date
    # an English ordinal date, its "the" with it
    ("Her DOB is 2nd June 2012, per the file.", ["2nd June 2012"]),
    ("He was born on the 14th of May 2011 in Aleppo.", ["the 14th of May 2011"]),
    ("The review is on the 2nd of June 2025.", []),  # (guard) no birth word
    # a whole date in brackets right after a name
    ("Sonen Elias Berg (2016-04-21) går i förskolan.", ["2016-04-21"]),
    ("Poika Veeti (3.9.2014) asuu isällään.", ["3.9.2014"]),
    ("Palaveri pidettiin Tampereella (3.9.2024).", []),  # (guard) after a place
    # a word or two between the birth word and a whole date
    ("Tyttö on syntynyt Virossa 14.8.2015 ja muutti Suomeen.", ["14.8.2015"]),
    ("He gave his date of birth as 02/09/2009 at the station.", ["02/09/2009"]),
    ("Born abroad, moved here on 02/09/2019.", []),  # (guard) a comma ends the birth's clause
])
def test_dates_of_birth_of_the_twenty_second_round(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize(("text", "addresses"), [
    # a staircase or a flat written out behind a comma
    ("Mamma bor nu på Ekholmsvägen 14, uppgång A, 2 tr, 589 41 Linköping.", ["Ekholmsvägen 14, uppgång A, 2 tr, 589 41 Linköping"]),
    ("Uusi osoite on Kivikonkaari 3, rappu C, asunto 27, 00940 Helsinki.", ["Kivikonkaari 3, rappu C, asunto 27, 00940 Helsinki"]),
    ("Sie lebt in der Birkenstraße 6, Whg. 12, 04109 Leipzig.", ["Birkenstraße 6, Whg. 12, 04109 Leipzig"]),
    # an authority's verb before a preposition of place or its town: the authority's address, no one's
    ("Отдел опеки находится на ул. Ленина, 5.", []),
    # someone moved from or to the address, or it is named someone's new address, though an authority is asked about it
    ("Kan socialtjänsten berätta för förskolan att Elsa har flyttat till Järnvägsgatan 5, 2 tr, 803 20 Gävle?",
     ["Järnvägsgatan 5, 2 tr, 803 20 Gävle"]),
    ("Darf das Jugendamt dem Kindergarten sagen, dass Mias neue Anschrift Lindenweg 4, 1. OG, 39104 Magdeburg ist?",
     ["Lindenweg 4, 1. OG, 39104 Magdeburg"]),
    ("Socialtjänsten finns på Storgatan 12, 831 30 Östersund.", []),  # (guard) the authority's own address
    # a Lithuanian or Latvian town in the locative after the street's "g." or "gatvē" is its town
    ("Mama gyveno Liepų g. 7-3, Kėdainiuose, dabar nežinome.", ["Liepų g. 7-3, Kėdainiuose"]),
    ("Zēns dzīvoja Ulmaņa gatvē 88 dz. 5, Rīgā pie tēva.", ["Ulmaņa gatvē 88 dz. 5, Rīgā"]),
    # in a message typed all in lower case, a street's name and a house and flat, a Baltic street word between or none
    ("ta elab nüüd kase 14-7, telefon ei vasta", ["kase 14-7"]),
    ("vari aizbraukt uz rūpniecības ielu 12-5? mamma neatbild", ["rūpniecības ielu 12-5"]),
    ("nad elavad nüüd männi teel 4-9, lähen homme", ["männi teel 4-9"]),
    ("kohtume kell 10-12 koolis", []),  # (guard) a clock's hours
    ("lapsed on 3-5 aastat vanad", []),  # (guard) ages
    # a Finnish farm's or a German estate's name before its street
    ("Perhe asuu nyt Anttilan tila, Kirkkotie 412, 62100 Lapua.", ["Anttilan tila, Kirkkotie 412, 62100 Lapua"]),
    ("Die Kinder sind auf Gut Rosenhof, Dorfstraße 3, 24398 Brodersby.", ["Gut Rosenhof, Dorfstraße 3, 24398 Brodersby"]),
    ("Rajono vaiko teisių inspekcija atrodas Vilniuje, Ukmergės g. 3.", []),
])
def test_addresses_of_the_twenty_second_round(text: str, addresses: list[str]) -> None:
    assert _of_kind(text, ADDRESS) == addresses


@pytest.mark.parametrize(("text", "names"), [
    # a lower-case first name at someone's home, a friend's word between allowed
    ("var hos sigrid i går, alt var fint", ["sigrid"]),
    ("han overnatter hos vennen torstein i natt", ["torstein"]),
    ("er ist bei seinem kumpel malte, handy aus", ["malte"]),
    ("вчера была у дарьи, дети спали", ["дарьи"]),
    ("hon bor hos mormor nu", []),  # (guard) a family word
    # the names of a name day name no one
    ("Perjantaina on Kallen nimipäivä, tuodaanko kakkua?", []),
    ("Vi firar Olofs och Idas namnsdag på fritids.", []),
    ("W piątek są imieniny Jana i Zofii.", []),
    ("Maria Nowak przyszła na imieniny.", ["Maria Nowak"]),  # (guard) a person
    # an English floor is no Dutch first name
    ("Send it to the Youth Offending Team, 3rd Floor, Civic House.", []),
    ("Her name is Floor Jansen, she is 9.", ["Floor Jansen"]),  # (guard) the name
])
def test_names_of_the_twenty_second_round(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


# Merged by the lead's decision after the round (they failed leave-one-set-out only for want of dev examples; a space
# inside a code is one of issue 17's named cases, and the Polish form label is a bug): an Estonian or Lithuanian code
# typed with a space, or a six-and-five-digit code with a space, when its check digit holds; a name after "nazwisko".
@pytest.mark.parametrize(("text", "codes"), [
    ("poisi paberil oli 5 110523 1004, ema ei teadnud", ["5 110523 1004"]),
    ("ema andis paberi, seal 5110523 1004 ja aadress", ["5110523 1004"]),
    ("vaikas paso nr. 511052 31004 buvo pas globėją", ["511052 31004"]),
    ("ema andis paberi, seal 5110523 1005 ja aadress", []),  # (guard) the check digit fails: a phone-like number
])
def test_spaced_identity_codes_merged_after_the_round(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


def test_a_name_after_the_polish_surname_label_is_a_name() -> None:
    assert _of_kind("Imię i nazwisko: Maja Nowak, klasa 3b.", NAME) == ["Maja Nowak"]
    assert _of_kind("Nazwa grupy: Biedronki.", NAME) == []  # (guard) a group's name stays none
