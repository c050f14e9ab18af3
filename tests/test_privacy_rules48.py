"""The forty-eighth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-eighth round"), on the
real detector.

Addresses: a village or settlement heading a rural address is inside its span, with its village word in any case, or
as a rare place's bare name after a living word or in a table cell before an address with a postcode and another town;
a town, a district, a person or an office before the street stays outside. Names: an Arabic particle after a name
belongs to it, one after another and in Cyrillic too ("bin Faisal al-Qahtani", "аль-Масрі"). The messages here are written for the tests, not taken
from the evaluation sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "address"), [
    ("Äiti asuu nyt Hirvijärven kylässä, Koivulahdentie 214, ja lapset käyvät siellä.",
     "Hirvijärven kylässä, Koivulahdentie 214"),  # fi, the village word in a case
    ("Vanaema elab Kaasiku küla, Tammiku talu, Kanepi vald, 63101 Põlva maakond.",
     "Kaasiku küla, Tammiku talu, Kanepi vald, 63101 Põlva maakond"),  # et
    ("Senelės adresas: Ąžuolų k., Liepų g. 4, Anykščių r. sav., LT-29142.",
     "Ąžuolų k., Liepų g. 4, Anykščių r. sav., LT-29142"),  # lt
    ("Mormor bor i Lillträsk, Lillträskvägen 12, 930 90 Arjeplog, långt från skolan.",
     "Lillträsk, Lillträskvägen 12, 930 90 Arjeplog"),  # sv
    ("Die Großmutter wohnt in Niederwiesental, Dorfstraße 4, 01778 Altenberg, ohne Busanschluss.",
     "Niederwiesental, Dorfstraße 4, 01778 Altenberg"),  # de
    ("Besteforeldrene bor på Skjervøyhamn, Hamnevegen 8, 9180 Skjervøy, langt fra skolen.",
     "Skjervøyhamn, Hamnevegen 8, 9180 Skjervøy"),  # nb
    ("They moved out to Kirkton of Auchterhouse, 4 Mill Row, Dundee DD3 0QT, last year.",
     "Kirkton of Auchterhouse, 4 Mill Row, Dundee DD3 0QT"),  # en
    ("Virtanen Aino | 120612A123B | Kärkölänkylä, Kärkölänraitti 40, 16600 Järvelä | asia 4.12.2026",
     "Kärkölänkylä, Kärkölänraitti 40, 16600 Järvelä"),  # fi, a table cell
])
def test_a_village_heading_a_rural_address_is_inside_it(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("Pappa bor i Ekenäs, Drottninggatan 5 B 9, 10600 Raseborg.", "Drottninggatan 5 B 9, 10600 Raseborg"),  # a town
    ("Bor i Ytterby, Strandvägen 5, 442 50 Ytterby.", "Strandvägen 5, 442 50 Ytterby"),  # the postcode's town itself
    ("Isä asuu Utsjoella, Kaamasentie 1021, 99980 Utsjoki.", "Kaamasentie 1021, 99980 Utsjoki"),  # a town in a case
    ("Amira Haddad-Lindgren, Storgatan 41 lgh 1102, 831 30 Östersund", "Storgatan 41 lgh 1102, 831 30 Östersund"),
])
def test_a_town_or_a_person_before_the_street_stays_outside(text: str, address: str) -> None:
    assert _of_kind(text, ADDRESS) == [address]


@pytest.mark.parametrize(("text", "names"), [
    ("Omar bin Faisal al-Qahtani (hetu 170990U9215) on perheen isä.", ["Omar bin Faisal al-Qahtani"]),  # fi
    ("Uncle Khalid bin Nasser al-Shehri says the flat is too small.", ["Khalid bin Nasser al-Shehri"]),  # en
    ("Ахмед аль-Масрі і дружина Марія шукають сина.", ["Ахмед аль-Масрі", "Марія"]),  # uk
])
def test_an_arabic_family_names_article_belongs_to_the_name(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names
