"""Words of a message as the name recognisers see them (``names.py``, ``name_passes.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.privacy.gazetteer import common_words, names, written_in, zipf
from assistant.privacy.name_cues import HOMOGRAPHS
from assistant.text import frequency

TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() and not (len(self.text) > 1 and self.text.isupper())


def tokens_of(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def adjacent(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] in (" ", "-")


# A Finnish case ending joined to a foreign name by a colon (privacy10).
_COLON_CASE = re.compile(r":(?:n|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|a|ä|ta|tä|ään|iin|hin|seen|in|ille|ssa)(?!\w)")


# (privacy44) A phone's label after a name is no surname: "Wagner Michael Tel. +49 ...", "Berg Kari Tlf: 912 ...".
_PHONE_LABEL = re.compile(r"(?:Tel|Tlf|Tfn|Puh|Mob|Tālr)[.:]")


def name_span(text: str, tokens: list[Token]) -> tuple[int, int]:
    """A name's span with its case or possessive ending ("Declan's", "Lorenz'", "Virtaselle")."""
    if len(tokens) > 1 and _PHONE_LABEL.match(text, tokens[-1].start):
        tokens = tokens[:-1]
    start, end = tokens[0].start, tokens[-1].end
    if text[end:end + 1] in ("'", "’") and tokens[-1].text.endswith(("s", "z", "x")) and \
            not text[end + 1:end + 2].isalpha():
        end += 1
    colon = _COLON_CASE.match(text, end)
    if colon:
        end = colon.end()  # a Finnish case ending after a colon ("Nguyen Thi Lan:n", "Tran Van Duc:lle"; privacy10)
    return start, end


def mixed_case(word: str) -> bool:
    """An abbreviation or brand ("SoL", "iPhone", "McDonald" aside): a capital after the first letter."""
    return any(ch.isupper() for ch in word[1:]) and "-" not in word and not word[:2] in ("Mc", "Ma", "O'")


def is_common(lower: str) -> bool:
    return lower in HOMOGRAPHS or lower in common_words() or (
        lower.endswith("s") and (lower[:-1] in HOMOGRAPHS or lower[:-1] in common_words()))


def genitive(word: str, following: str) -> bool:
    """A listed name with a genitive -s that is no listed name itself ("Wolfs", "Annas"; not "Jonas"), before a
    word of English, Swedish or German: the word is what the person has ("Wolfs Nachbarin"), not a surname
    (privacy10; "Dzintras Kalnas", a Latvian genitive with its surname, stays one name)."""
    lower = word.lower()
    if zipf(following.lower()) < 2.5:
        return False
    first_names, surnames = names()
    return lower.endswith("s") and lower not in first_names and lower not in surnames and (
        lower[:-1] in first_names or lower[:-1] in surnames)


_WORDFREQ_LANGUAGES = ("en", "sv", "de", "da", "nb", "fi", "pl", "lt", "lv", "ru", "uk")


def zipf_here(text: str, lower: str) -> float:
    """How common ``lower`` is in the language ``text`` is written in (Zipf; 0 where wordfreq has no list)."""
    language = written_in(text)  # (wordfreq has no Estonian list: 0 there)
    return frequency.zipf(lower, language) if language in _WORDFREQ_LANGUAGES else 0.0
