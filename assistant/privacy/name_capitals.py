"""Names typed in capitals inside a message in ordinary case (privacy37).

A note copies a surname from a register or shouts it: "KORHONEN ei vastaa puhelimeen, KORHOSEN naapuri sanoi",
"ИВАНОВОЙ не дозвонились", "ТКАЧУК МАРІЯ і ТКАЧУК ОЛЕКСІЙ". In a message not typed in capitals (those are
``capitals.py``'s), a run of one to three words in capitals is a name when one word, in any case form, is a listed
surname or has a surname's ending and the others are first names or words in no list and no dictionary; none may be a
place or an ordinary word commoner than a name, and a code's acronym, few vowels among its capitals ("HOJKS", "СНИЛС"),
is no surname. Capitalised words after the run that are first names or no listed word are its given names ("OKAFOR
Chidinma", "OKAFOR Tobi").
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT
from assistant.privacy.capitals import in_capitals
from assistant.privacy.gazetteer import classify, dictionary_word, zipf_anywhere
from assistant.privacy.name_cues import SURNAME_SHAPE
from assistant.privacy.name_fields import UPPER_LETTERS
from assistant.privacy.name_tokens import is_common

_WORD = rf"[{UPPER_LETTERS}]{{4,}}(?:-[{UPPER_LETTERS}]{{2,}})?"
_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:[ \t]+{_WORD}){{0,2}}(?![\w-])")
_GIVEN_AFTER = re.compile(r"(?:[ \t]+[^\W\d_][^\W\d_A-ZА-Я]+){1,2}")
# A listed name that is also an ordinary word keeps to the word when commoner than this (Zipf, in any asker language).
_WORD_ZIPF = 4.0
_VOWELS = frozenset("aeiouyåäöüøæõāēīūąęėįųóаеёиоуыэюяіїє")


def capitals_names(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Add each run of words in capitals that is a name (see the module's docstring) and no found span overlaps."""
    if in_capitals(text):
        return
    for m in _RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        kinds = [_kind(w) for w in m.group().split()]
        if all(kinds) and "surname" in kinds:
            spans[(m.start(), _given_names_end(text, m.end()))] = CONTEXT


def reads_as_acronym(lower: str) -> bool:
    """Fewer vowels than a word has: a code's or a body's acronym ("hojks", "рнокпп", "nhs")."""
    return sum(c in _VOWELS for c in lower) * 3 < len(lower)


def _kind(word: str) -> str:
    """A word in capitals as part of a name: "surname", "given", or "" for no name."""
    lower = word.lower()
    first, last, place, ordinary = classify(word.capitalize())
    if place or is_common(lower) or reads_as_acronym(lower) or (ordinary and zipf_anywhere(lower) >= _WORD_ZIPF):
        return ""
    if last or SURNAME_SHAPE.search(lower):
        return "surname"
    return "given" if first or _no_word(lower) else ""


def _no_word(lower: str) -> bool:
    return not classify(lower.capitalize())[3] and not dictionary_word(lower)


def _given_names_end(text: str, end: int) -> int:
    """Where the capitalised given names after a surname in capitals end ("OKAFOR Chidinma")."""
    m = _GIVEN_AFTER.match(text, end)
    if not m:
        return end
    for word in re.finditer(r"[^\W\d_]+", m.group()):
        first, _, place, ordinary = classify(word.group())
        if place or is_common(word.group().lower()) or (ordinary and not first):
            break
        end = m.start() + word.end()
    return end
