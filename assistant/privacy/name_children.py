"""Children named in lower case after the word for children (privacy37).

A note typed fast lists the children after the word for them: "lapsed rasmus ja mia", "barna emil og nora", "dzieci
oliwka i staś", "kids ruby and jay". The word says that persons follow, so two or three lower-case words joined by
"and" or commas right after it are names when each is a listed first name (in any case form) that is no place, no
common word and not among the commonest words of any language; a name there may be a word too ("mia", "nora").
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT
from assistant.privacy.gazetteer import is_first_name, zipf_anywhere
from assistant.privacy.name_cues import HOMOGRAPHS, NOT_SUBJECTS
from assistant.privacy.name_tokens import is_common

_CHILDREN = (r"(?:kids|children|lapset|lapsilla|lapsed|lastel|barnen|barna|barn|børnene|børn|ungerne|ungene|ungarna|"
             r"kinder|dzieci|dzieciaki|vaikai|vaikų|bērni|bērniem|діти|дітей|дети|детей)")
_AND = r"(?:and|&|och|og|und|ja|ning|ir|un|i|и|і|та)"
_NAME = r"[^\W\d_A-ZА-Я][^\W\d_]{2,}"
_LIST = re.compile(
    rf"(?<!\w){_CHILDREN}:?[ \t]+(?P<names>{_NAME}(?:(?:,[ \t]*|[ \t]+{_AND}[ \t]+){_NAME}){{1,2}})(?!\w)")
_AND_WORD = re.compile(rf"{_AND}$")
# A listed name commoner than this as a word in some asker language is the word (Zipf).
_WORD_ZIPF = 5.5


def children_listed(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Add the lower-case names listed right after a word for children (see the module's docstring)."""
    for m in _LIST.finditer(text):
        at = m.start("names")
        words = [(at + w.start(), at + w.end()) for w in re.finditer(r"[^\W\d_]+", m.group("names"))
                 if not _AND_WORD.match(w.group())]
        if all(_a_first_name(text[s:e]) for s, e in words):
            for span in words:
                if not any(a < span[1] and span[0] < b for a, b in spans):
                    spans[span] = CONTEXT


def _a_first_name(lower: str) -> bool:
    if lower in NOT_SUBJECTS or lower in HOMOGRAPHS or is_common(lower):
        return False
    return is_first_name(lower) and zipf_anywhere(lower) < _WORD_ZIPF
