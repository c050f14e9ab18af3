"""The twentieth round's rules of the personal-data detector (branch privacy20; identity codes first, then names and
addresses, then precision), each pinned by messages written for this file (not a line of any set): docs/evaluation/privacy-rounds.md,
"Figures, twentieth round". Each rule was kept only because it passed the leave-one-set-out check there. One
parametrised test per kind, so that the file stays fast (the detector's lists load once)."""

from __future__ import annotations

import pytest

from privacy_found import found as _found  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "codes"), [
    # the UK's National Insurance number by its shape, and the NI and NHS numbers after their short names
    ("Mum's NI: KP 30 71 19 B, she works nights.", ["KP 30 71 19 B"]),
    ("Carer | Jade Turner | WR294407A", ["WR294407A"]),
    ("National Insurance no. HT 55 02 16 D was on the form.", ["HT 55 02 16 D"]),
    ("The boy's NHS number is 712 406 3381 according to the GP.", ["712 406 3381"]),
    ("NHS no. 5560329147 on the discharge letter.", ["5560329147"]),
    ("Ni kan ringa 0401234567 i morgon.", []),                             # Swedish "ni" (you) and a phone
    ("Case ref GB 12 34 56 A is closed.", []),                            # a prefix HMRC never issues
    # tried, not kept (tag tried/privacy20-ids): scheme words in their cases, a word between, dashes, a diary number
    ("Personnumret 090512 3188 stämmer inte.", ["090512 3188"]),
    ("Hennes personnummer är 090512–3188.", ["090512–3188"]),
    ("PESEL dziecka 1325 1912 343.", ["1325 1912 343"]),
    ("Diaarinumero 140698-2131/2026 on kirjattu.", []),
])
def test_identity_codes_of_the_twentieth_round(text, codes):
    assert _found(text, "id_code") == codes


@pytest.mark.parametrize(("text", "addresses"), [
    # a Russian village written "дер." with its house number and region
    ("Мальчик живёт у бабушки: дер. Ольховка, д. 9, Новгородская обл.", ["дер. Ольховка, д. 9, Новгородская обл."]),
    ("В дер. Ольховка нет школы.", []),                                      # a village without a house
    # the Russian and Ukrainian street word in its cases, before or after the street's name, a comma before the number
    ("Мама переїхала на вулицю Квіткову, 12, кв. 5 у березні.", ["вулицю Квіткову, 12, кв. 5"]),
    ("Они переехали на Лесную улицу, 8 в мае.", ["Лесную улицу, 8"]),
    ("Отец теперь на Полевой ул., д. 6.", ["Полевой ул., д. 6"]),
    ("Он перешёл улицу и ждал 5 минут.", []),
    # an item of a list of addresses, without a street word, where two others are addresses
    ("Adresser: Storgatan 3, Umeå; Björkvägen 7, Luleå; Kaj 9, Piteå.",
     ["Storgatan 3, Umeå", "Björkvägen 7, Luleå", "Kaj 9, Piteå"]),
    ("Wohnorte:\n2012–2016 Lindenstraße 4, Jena\n2016–2020 Feldweg 9, Erfurt\nseit 2020 Anger 3, Weimar",
     ["Lindenstraße 4, Jena", "Feldweg 9, Erfurt", "Anger 3, Weimar"]),
    ("Storgatan 3, Umeå; Gruppe 9 möts på tisdag.", ["Storgatan 3, Umeå"]),        # one address: no list of them
    # an authority's address, after words of its name and a verb that locates it or "at the address"
    ("Sosiaalipäivystys toimii nykyään osoitteessa Torikatu 9, Lahti.", []),
    ("Centrum Pomocy Rodzinie mieści się przy ul. Długiej 3.", []),
    ("Perhe asuu osoitteessa Torikatu 9, Lahti.", ["Torikatu 9, Lahti"]),           # a family's home
])
def test_addresses_of_the_twentieth_round(text, addresses):
    assert _found(text, "address") == addresses


@pytest.mark.parametrize(("text", "names"), [
    # faith, hope and love: the virtues' words, where another of the three stands in the sentence
    ("Надія, віра і любов — тема заняття для батьків.", []),
    ("Вера и Надежда — так называется наш кружок.", []),
    ("Віра Коваль і її донька Надія прийшли.", ["Віра Коваль", "Надія"]),       # a woman, and a girl after her
    ("Віра Мельник прийшла. Віра каже, що втратила віру в школу.", ["Віра Мельник", "Віра"]),
    # a lower-case first name next to a verb of finding or bringing home, before or after it
    ("poliisi toi oskarin kotiin yöllä", ["oskarin"]),
    ("i går fandt de emil ved stationen", ["emil"]),
    ("вчера сашу нашли у магазина", ["сашу"]),
    ("they found a wallet near the school", []),
])
def test_names_of_the_twentieth_round(text, names):
    assert _found(text, "name") == names


@pytest.mark.parametrize(("text", "dates"), [
    # birth words in forms the pattern lacked: Estonian "sünd" without its dot, Latvian "dzim.", a bracket after "DOB"
    ("Marten, sünd 12.05.2014, elab Tartus.", ["12.05.2014"]),
    ("Anna, dzim. 03.04.2012, dzīvo Cēsīs.", ["03.04.2012"]),
    ("Her DOB (02/03/2012) is on file.", ["02/03/2012"]),
    ("Sünd ja surm 2020. aastal olid teemad.", []),                          # birth as a word, no date after it
])
def test_birth_dates_of_the_twentieth_round(text, dates):
    assert _found(text, "birth_date") == dates


@pytest.mark.parametrize(("text", "schools"), [
    # a school's name after a label that says a school follows, where its capital says nothing at a sentence's start
    ("Fosterfamilien bor i Bodø. Skole: Rønvik skole.", ["Rønvik skole"]),
    ("Perekond elab Raplas. Kool: Kehtna Põhikool.", ["Kehtna Põhikool"]),
    ("Школа: Бучанський ліцей, 4 клас.", ["Бучанський ліцей"]),
    ("Skola: ingen just nu.", []),
    # the Polish, Ukrainian and Russian class before its school, without a preposition
    ("Syn chodzi do klasy 2b Szkoły Podstawowej nr 3 w Opolu.", ["klasy 2b Szkoły Podstawowej nr 3 w Opolu"]),
    ("Олег навчається в 3-В класі гімназії № 12.", ["3-В класі гімназії № 12"]),
    ("Маша учится в 9 «Б» классе школы № 57.", ["9 «Б» классе школы № 57"]),
])
def test_schools_of_the_twentieth_round(text, schools):
    assert _found(text, "school") == schools
