"""The eighteenth round's rules of the personal-data detector (branch privacy18; names first, then address edges and
institutions' addresses), each pinned by messages written for this file (not a line of any set): docs/evaluation/privacy-rounds.md,
"Figures, eighteenth round". Each rule was kept only because it passed the leave-one-set-out check there. One
parametrised test per kind, so that the file stays fast (the detector's lists load once)."""

from __future__ import annotations

import pytest

from privacy_found import found as _found  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "names"), [
    # initials before a surname, after a job word or at a sentence's start, "M.-L." and Cyrillic initials, and a
    # listed surname that is a place too
    ("Kuraattori R. Lindholm soitti kotiin eilen.", ["R. Lindholm"]),
    ("P. Koskela ja A.-M. Westerlund tulivat palaveriin.", ["P. Koskela", "A.-M. Westerlund"]),
    ("Вчера заходила Н. В. Соколова, тётя девочки.", ["Н. В. Соколова"]),
    ("Bor i 8000 Aarhus C. Mathildes far ringede.", ["Mathildes"]),           # a town's letter stays no initial
    # a listed first name at a sentence's start joined by "and" to a name found after it; Polish "i"
    ("Jari ja Pihla asuvat nyt mummolla.", ["Jari", "Pihla"]),
    ("Jan i Zofia Wójcik mieszkają u babci.", ["Jan", "Zofia Wójcik"]),
    # before a found surname, a rare word or a listed surname at a sentence's start is its first name
    ("Kielo Mäkitalo-Rantanen (7 v) kävi tänään neuvolassa.", ["Kielo Mäkitalo-Rantanen"]),
    ("Sijaisperhe Koskela soitti illalla.", ["Koskela"]),                      # a family compound is no first name
    # mid-sentence, a capitalised case form of a first name that is a word's form too
    ("Mummo vei Lumin uimahalliin lauantaina.", ["Lumin"]),
    ("Babcia pomogła Oli w lekcjach.", ["Oli"]),
])
def test_names_of_the_eighteenth_round(text, names):
    assert _found(text, "name") == names


@pytest.mark.parametrize(("text", "addresses"), [
    # the town after a comma also before a bracket, a line break or a lower-case word
    ("Perhe asuu Rinnetie 4 B 6, Kuopio (vuokra-asunto).", ["Rinnetie 4 B 6, Kuopio"]),
    ("Barnen bor nu på Tallvägen 3, Mora sedan i höstas.", ["Tallvägen 3, Mora"]),
    # a person before a street of two words and its street word is no part of it
    ("Tüdruk läks koos Merlega Tartu mnt 40-2 juurde.", ["Tartu mnt 40-2"]),
    # an institution's address after its name and a comma or a locating verb is no one's home
    ("Ośrodek Pomocy Społecznej, ul. Długa 12, przyjmuje we wtorki.", []),
    ("Bāriņtiesa atrodas Skolas ielā 4, Cēsīs, un strādā līdz pieciem.", []),
    ("Отдел опеки, ул. Ленина, 7, принимает по средам.", []),
    ("Mamma bor på senteret, Storgata 9, Moss.", ["Storgata 9, Moss"]),        # someone lives there: a home
])
def test_addresses_of_the_eighteenth_round(text, addresses):
    assert _found(text, "address") == addresses
