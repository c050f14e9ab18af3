"""A country after a preposition of place is no one's name ("from Chad", "from the Philippines", "in Sierra Leone"),
while the same word as a person's name stays one (issue 17's known false names; CLDR's names through Babel)."""

from __future__ import annotations

import pytest

from assistant.privacy import NAME, find_personal_data


def _names(text: str) -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == NAME]


@pytest.mark.parametrize("text", [
    "The girl came from Chad through Libya and Italy.",
    "He was trafficked from the Philippines to Finland.",
    "A boy from Sierra Leone arrived alone.",
    "Pojken kom från Sierra Leone.",
    "Her mother lives in Georgia and her uncle in Chad.",
])
def test_a_country_after_a_preposition_of_place_is_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Chad is my client's brother.", ["Chad"]),
    ("I gave the form to Chad Wilson yesterday.", ["Chad Wilson"]),
    ("Our client Jordan Smith, 15, came from Jordan.", ["Jordan Smith"]),
    ("Tosia i Kuba z 5b mówią, że Tomkowi grożą starsi.", ["Tosia", "Kuba", "Tomkowi"]),  # Polish "i" is "and"
])
def test_the_same_words_as_names_stay_names(text, names):
    assert _names(text) == names
