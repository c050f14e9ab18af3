"""The twenty-first privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, twenty-first round"), on the real detector.

Each rule was kept only after the leave-one-set-out check; the messages here are written for the tests, not taken from
the evaluation sets. A few cases guard what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, BIRTH_DATE, ID_CODE, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "addresses"), [
    # the German "Str." written apart or after a hyphenated name, and a rear building behind a comma
    ("Sie wohnt jetzt in der Dresdner Str. 12, 2. OG, 01067 Dresden.", ["Dresdner Str. 12, 2. OG, 01067 Dresden"]),
    ("Er schläft bei Anna in der Karl-Marx-Str. 77, 04229 Leipzig.", ["Karl-Marx-Str. 77, 04229 Leipzig"]),
    ("Die Familie wohnt in der Gartenstraße 4, Hinterhof, 10115 Berlin.", ["Gartenstraße 4, Hinterhof, 10115 Berlin"]),
    ("Früher Lindenstr. 9, Rgb., 80331 München.", ["Lindenstr. 9, Rgb., 80331 München"]),
    # Baltic street words in more cases
    ("Jis persikraustė į Ąžuolų gatvę 14.", ["Ąžuolų gatvę 14"]),
    ("Isa kolis Pärna tänavale 7.", ["Pärna tänavale 7"]),
    ("Meitene dzīvo Raiņa bulvārī 9, Rīgā.", ["Raiņa bulvārī 9, Rīgā"]),
    # a Cyrillic town after the flat, of two words or before a lower-case word
    ("Семья переехала с ул. Лесной, д. 5, кв. 12, Тверь в мае.", ["ул. Лесной, д. 5, кв. 12, Тверь"]),
    ("Мать живёт на ул. Мира, д. 3, кв. 4, Нижний Новгород.", ["ул. Мира, д. 3, кв. 4, Нижний Новгород"]),
    # a lower-case street after its abbreviated street word
    ("mieszka teraz na ul. lipowej 3 m. 8, nie odbiera", ["ul. lipowej 3 m. 8"]),
    ("живе на вул. садовій 12, кв. 4, мама не відповідає", ["вул. садовій 12, кв. 4"]),
    # a staircase letter typed apart before a lower-case word
    ("han bor på tallvägen 7 b och vill inte hem", ["tallvägen 7 b"]),
    # the town after a comma before a clock time, a lower-case word ending the clause, a table's bar
    ("Policija atvyko į Vytauto g. 5-2, Kaunas 02.30 val.", ["Vytauto g. 5-2, Kaunas"]),
    ("Senas adresas Taikos pr. 12-4, Alytus nebegalioja.", ["Taikos pr. 12-4, Alytus"]),
    ("| Mari Kask | Kuuse 14-3, Tartu |", ["Kuuse 14-3, Tartu"]),
    # a pope's or a king's numeral in a street's name
    ("Mieszka przy al. Jana Pawła II 45 m. 3, Kraków.", ["al. Jana Pawła II 45 m. 3, Kraków"]),
    # an English flat before its street with its floor or building, and before a street without a street word
    ("He lives at Flat 5, Second Floor, Mill House, 2 River Street, Leeds LS1 4AB.",
     ["Flat 5, Second Floor, Mill House, 2 River Street, Leeds LS1 4AB"]),
    ("They moved to Flat 2, Elm View, 9 Park Road, York YO1 7HH.", ["Flat 2, Elm View, 9 Park Road, York YO1 7HH"]),
    ("She stays at Room 3, 12 Kingsway, Derby DE1 1AA, with her aunt.", ["Room 3, 12 Kingsway, Derby DE1 1AA"]),
])
def test_addresses_of_the_twenty_first_round(text: str, addresses: list[str]) -> None:
    assert _of_kind(text, ADDRESS) == addresses


@pytest.mark.parametrize(("text", "dates"), [
    ("Chłopiec ur. 7 lipca 2012 w Gdańsku.", ["7 lipca 2012"]),  # the Polish months the list lacked
    ("Mergaitė gimusi 2011 m. gegužės 5 d. Vilniuje.", ["2011 m. gegužės 5 d."]),  # the Lithuanian written date
    ("Isä on syntynyt 1975 ja asuu Oulussa.", []),  # a year alone is no date of birth
    ("Farbror Olle är född 1951 och bor i Luleå.", []),
    ("Lapsi on syntynyt 3.2.2010.", ["3.2.2010"]),  # (guard) a whole date still is
])
def test_dates_of_birth_of_the_twenty_first_round(text: str, dates: list[str]) -> None:
    assert _of_kind(text, BIRTH_DATE) == dates


@pytest.mark.parametrize(("text", "names"), [
    ("We read Malala Yousafzai's book in class.", []),  # a famous name a neighbour completed
    ("Kan vi læse H.C. Andersens eventyr i 2. klasse?", []),  # a famous surname after its initials
    ("Ryte lijo, todėl vaikai liko namuose.", []),  # 'in the morning'
    ("Kauno pilis yra senamiestyje.", []),  # Kaunas's genitive
    ("Greta Nowak i jej brat Józef Nowak przyszli sami.", ["Greta Nowak", "Józef Nowak"]),  # (guard) not famous
])
def test_names_left_out_in_the_twenty_first_round(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


# Identity codes (privacy21, merged by the lead's decision: only heldout-people-19 among the dev sets had such misses,
# so leave-one-set-out could not judge them; no dev set lost a span or gained a false one).
@pytest.mark.parametrize(("text", "codes"), [
    # a dot or slashes typed between the groups after the scheme's name
    ("Henkilötunnus 120305.7318 on väärin kirjattu.", ["120305.7318"]),
    ("РНОКПП: 31/204/518/774, записано з матері.", ["31/204/518/774"]),
    # a code alone in a table column whose header names the scheme
    ("| Child | NHS no | Address |\n| Ruby | 734 219 6401 | - |", ["734 219 6401"]),
    # the Russian СНИЛС by its shape when its check number holds: 112-233-445 95
    ("Мальчик, СНИЛС не помню, номер 112-233-445 95, живёт у тёти.", ["112-233-445 95"]),
    # a bare digit run as long as a spaced code found in the same message
    ("Barn: Olav 170716 52033, Hedda 09112049871", ["170716 52033", "09112049871"]),
])
def test_identity_codes_written_with_other_separators_under_a_header_or_by_shape(text, codes):
    assert _of_kind(text, ID_CODE) == codes


@pytest.mark.parametrize("text", [
    "СНИЛС-like 112-233-445 96 with a wrong check number is a phone-shaped number, not a code.",
    "| Service | Phone |\n| Lasten ja nuorten puhelin | 116 111 |",  # a helpline under a non-scheme header
])
def test_look_alikes_of_identity_codes_are_left_alone(text):
    assert _of_kind(text, ID_CODE) == []
