"""The sixteenth round's address and name rules of the personal-data detector (branch privacy16), each pinned by
messages written for this file (not a line of any set), every positive one checked to fail on main's detector
(55a112b): docs/evaluation/privacy-rounds.md, "Figures, sixteenth round". Each rule was kept only because it passed the
leave-one-set-out check there."""

from __future__ import annotations

import pytest

from privacy_found import found as _found  # tests/ is on sys.path (pytest rootdir conftest)


# --- addresses: street words the lists lacked, in their cases ------------------------------------------------------
@pytest.mark.parametrize(("text", "address"), [
    ("Sofia gyvena pas tetą, Kalvarijų pl. 15-3.", "Kalvarijų pl. 15-3"),                   # Lithuanian highway
    ("taksis aizveda viņu uz Krasta dambi 12-4, tur dzīvo tēvs.", "Krasta dambi 12-4"),      # Latvian, accusative
    ("Perhe asuu nyt Kirkonkylän raitilla 7.", "Kirkonkylän raitilla 7"),                    # Finnish village street
    ("Poika yöpyi kaverilla, Myllysilta 3 A 2, eikä vastannut.", "Myllysilta 3 A 2"),         # a bridge's street
    ("Jonas war im Sommer hier: Südgürtel 14, Köln; dann bei Oma.", "Südgürtel 14, Köln"),
    ("they live above the shop at 21C Mill Parade, Hull HU3 2AB, with his gran", "21C Mill Parade, Hull HU3 2AB"),
])
def test_street_words_the_lists_lacked(text, address):
    assert _found(text, "address") == [address]


def test_a_latvian_hour_is_no_lithuanian_highway():
    assert _found("Tikšanās pl. 9 bērnu tiesību aizsardzības centrā.", "address") == []


# --- addresses: what stands before the street and belongs to it -----------------------------------------------------
@pytest.mark.parametrize(("text", "address"), [
    ("Han bor på Övre Slottsgatan 14 med pappa.", "Övre Slottsgatan 14"),
    ("Vi körde till gården Ekbacka, Byvägen 12, 820 60 Delsbo.", "Ekbacka, Byvägen 12, 820 60 Delsbo"),
    ("Das Taxi brachte ihn zum Hof Meyer, Dorfstraße 9, 29664 Walsrode.", "Hof Meyer, Dorfstraße 9, 29664 Walsrode"),
    ("Kirje lähtee osoitteeseen c/o Liisa Heinonen, Vanha Porvoontie 12, 01380 Vantaa.",
     "c/o Liisa Heinonen, Vanha Porvoontie 12, 01380 Vantaa"),
    ("the kids were left at 3/2, 45 Paisley Road, Glasgow G5 8RE overnight", "3/2, 45 Paisley Road, Glasgow G5 8RE"),
])
def test_what_stands_before_the_street_belongs_to_the_address(text, address):
    assert _found(text, "address") == [address]


# --- addresses: lower case, the street word written apart -----------------------------------------------------------
@pytest.mark.parametrize(("text", "address"), [
    ("dad moved to 14 orchard close, bedford last week", "14 orchard close, bedford"),
    ("her new address is 2 the green, not the old flat", "2 the green"),
    ("adressen er dronningens gate 12, bodø", "dronningens gate 12, bodø"),
])
def test_lower_case_addresses(text, address):
    assert _found(text, "address") == [address]


def test_a_walk_of_ten_minutes_is_no_address():
    assert _found("It's a 10 minute walk to school from the station.", "address") == []


# --- names: a street's own name is no one's --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Aleje Ujazdowskie będą zamknięte w niedzielę.",
    "Vaikų ligoninė, Santariškių g. 7, Vilnius - tai ligoninės adresas.",
])
def test_a_streets_own_name_is_no_name(text):
    assert _found(text, "name") == []


# --- names: first names the lists lacked, Estonian cases, word-names, initials ---------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Sølvi sa at hun var redd for å gå hjem.", "Sølvi"),                      # the parents' generation
    ("Eilen Tõnis tuli kouluun myöhässä.", "Tõnis"),
    ("Grażyna zadzwoniła wczoraj w sprawie wnuka.", "Grażyna"),
    ("Rozmawiałam z Bożeną wczoraj o wnuku.", "Bożeną"),
    ("Rääkisin eile Andresega ja ta oli mures.", "Andresega"),                # Estonian comitative on the stem
    ("Willow told me her dad shouts at night.", "Willow"),                    # a word-name
    ("Tähti kertoi, että isä huutaa.", "Tähti"),
    ("J.K. kertoi ryhmässä, että kotona riidellään.", "J.K."),                # initials alone
    ("T.R. disclosed at the end of the session.", "T.R."),
])
def test_names_the_lists_or_the_rules_lacked(text, name):
    assert _found(text, "name") == [name]


def test_abbreviations_are_no_initials():
    assert _found("U.S. officials said the rules changed. P.S. Remember the meeting.", "name") == []
