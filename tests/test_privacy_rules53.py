"""The fifty-third privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-third round"), on the
real detector.

Names: the apostrophe or "'s" after a name ending in s stands outside the name, the plural family's inside. The
messages here are written for the tests, not taken from the evaluation sets; the guards are the spans the rules must
leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text, names", [
    ("Niklas' Lehrerin hat heute angerufen.", ["Niklas"]),  # de, a bare apostrophe
    ("Rasmus' mor ringede i går.", ["Rasmus"]),  # da
    ("Tobias' far henter i dag.", ["Tobias"]),  # nb
    ("Phoebe Collins's dad rang the office.", ["Phoebe Collins"]),  # en, "'s" after a full name
    ("hi its thomas's key worker, can someone call back", ["thomas"]),  # en, lower case
    ("Lukas’ Schulbegleiter ist krank.", ["Lukas"]),  # de, a typographic apostrophe
])
def test_the_apostrophe_after_a_name_ending_in_s_is_outside(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


@pytest.mark.parametrize("text, names", [
    ("Amara's mum called twice.", ["Amara's"]),  # en, a name ending in another letter keeps its "'s"
    ("Moritz' Mutter wohnt in Halle.", ["Moritz'"]),  # de, a name ending in z keeps its apostrophe
    ("He says the Mensahs' flat is too small.", ["Mensahs'"]),  # en, the plural family's apostrophe is inside
])
def test_a_name_in_another_letter_or_a_plural_family_keeps_its_possessive(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names
