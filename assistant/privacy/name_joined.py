"""A lower-case first name joined by "and" to a name found (privacy40): "богдан і тарас знову побилися, мама тараса
...", "lova och ture sover hos tures mormor". The name found beside it, by any rule, is the cue, as a surname is for a
lower-case pair (``name_lower_pairs``): the word is a listed first name that is no place, no common word, rarer as a
word than the commonest, and no word of the message's language by its dictionary ("klass", "nursery", "ąžuolas").
A comma is no cue: it joins a name to a class, a role or a language as often. ``find_personal_data`` runs this on the
other recognisers' findings and the repeats of names among them ("мама тараса" finds "тараса", its repeat "тарас", and
then "богдан" beside it).
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, NAME, Finding, unclaimed
from assistant.privacy.name_lower_pairs import given_in_lower_case
from assistant.privacy.name_repeats import LOWER_WORD, ordinary_word

_AND = re.compile(r"[ \t]+(?:and|&|och|og|und|ja|ning|ir|un|i|oraz|и|і|й|та)[ \t]+", re.IGNORECASE)


def names_joined_to_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The lower-case first names joined to a name among ``findings`` (see the module's docstring)."""
    names = [f for f in findings if f.kind == NAME]
    joined = []
    for name in names:
        for word in _neighbours(text, name):
            if word.group().islower() and given_in_lower_case(word.group()) and not ordinary_word(text, word.group()) \
                    and unclaimed(word.start(), word.end(), findings):
                joined.append(Finding(NAME, word.start(), word.end(), word.group(), CONTEXT))
    return joined


def _neighbours(text: str, name: Finding) -> list[re.Match[str]]:
    """The words joined to ``name`` by "and", before and after it."""
    before = [m for m in LOWER_WORD.finditer(text, max(0, name.start - 30), name.start)
              if _AND.fullmatch(text, m.end(), name.start)]
    joined = _AND.match(text, name.end)
    after = LOWER_WORD.match(text, joined.end()) if joined else None
    return before[-1:] + ([after] if after else [])
