"""Messages typed in capitals (a duty log, a note copied from a form: "SOCIALJOUR: ROGER FALK, ADRESS BERGSGATAN 14
LGH 1001, 972 31 LULEÅ"), where a capital says nothing of a name or a street: written again in ordinary case, of the
same length, so that every recogniser reads them as it reads other messages (privacy17). A word keeps a capital when it
starts a sentence, when the name lists hold it as a first name or a surname, when it is a street's name (its street
ending or a street word after it), or when it stands before a postcode (a town); a word with a digit, and a letter
alone, keep their capitals ("3 B 7", "HU3 2QP"); every other word is written small."""

from __future__ import annotations

import re

from assistant.privacy.base import starts_sentence
from assistant.privacy.gazetteer import classify, dictionary_word, zipf_anywhere
from assistant.privacy.name_tokens import is_common
from assistant.privacy.streets import ENGLISH_EVERYDAY_STREET_WORDS, ENGLISH_STREET_WORDS, is_street_word

# A message is in capitals when this share of its letters, and at least this many, are capitals.
_CAPITALS_SHARE = 0.8
_CAPITALS_LEAST = 12
_WORD = re.compile(r"\w+(?:[-'][^\W\d_]+)*")
_STREET_ENDING = re.compile(r"(?:katu|tie|kuja|gatan|vägen|gata|gate|veien|vej|gade|straße|strasse|str|weg|tänav|"
                            r"iela|gatvė|ulica)$", re.IGNORECASE)
_POSTCODE_NEXT = re.compile(r"^,?\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{3}\s\d{2}|\d{2}-\d{3}|\d{4,5})(?![\w:.])")
_TOWN_BEFORE = re.compile(r"(?:\d{3}\s\d{2}|\d{2}-\d{3}|\d{4,5})\s[^\W\d_]+\s$")  # "21-500 BIAŁA PODLASKA"
_POSTCODE_BEFORE = re.compile(r"(?:\d{3}\s\d{2}|\d{2}-\d{3}|\d{4,5}|(?:LV|LT|EE)-\d{4,5})\s$")
# Words of an address written small in every language ("LGH 1001", "UL. POLNA", "3. ETASJE").
_SMALL_WORDS = frozenset("lgh as krs tr th tv dz kv ul al os pl nr lok apt etasje etg sal".split())
# A listed name that is also a word keeps its capital when the word is rarer than this (Zipf, in any asker language).
_NAME_ZIPF = 5.0
# English street words, the everyday ones too, and two more that name streets in a British address ("Hyde Park",
# "Ash Vale")
_UK_STREET_WORDS = ENGLISH_STREET_WORDS | ENGLISH_EVERYDAY_STREET_WORDS | {"park", "vale"}


def in_capitals(text: str) -> bool:
    """Whether ``text`` is typed in capitals."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= _CAPITALS_LEAST and upper >= _CAPITALS_SHARE * len(letters)


def _keeps_its_capital(text: str, m: re.Match[str], after_name: bool) -> bool:
    word = m.group()
    lower = word.lower()
    if len(word) == 1:  # a staircase after its number ("3 B 7"); a preposition otherwise ("I MÅLILLA", "В ШКОЛУ")
        return bool(re.search(r"\d\s?$", text[max(0, m.start() - 2):m.start()]) and re.match(r"\s?\d", text[m.end():]))
    if any(c.isdigit() for c in word) or starts_sentence(text, m.start()) or m.start() == 0:
        return True
    if _POSTCODE_BEFORE.search(text[max(0, m.start() - 10):m.start()]) or lower in _UK_STREET_WORDS or (
            _TOWN_BEFORE.search(text[max(0, m.start() - 40):m.start()]) and re.match(r"\s*(?:[,.;]|$)", text[m.end():])):
        return True  # a town after its postcode, an English street word
    parts = lower.split("-")
    first, last, _, ordinary = classify(word.capitalize())
    if lower in _SMALL_WORDS:
        return False
    if (first or last) and not is_common(lower) and (not ordinary or zipf_anywhere(lower) < _NAME_ZIPF):
        return True
    if after_name and zipf_anywhere(lower) < 3.0 and not is_common(lower) and not ordinary and not dictionary_word(lower):
        return True  # a surname the lists lack after a first name ("PIRKKO-LIISA JÄÄSKELÄINEN", "DARREN STOTT")
    if len(parts) > 1 and all(classify(p.capitalize())[0] or classify(p.capitalize())[1] for p in parts):
        return True  # "PIRKKO-LIISA"
    after = text[m.end():m.end() + 20].split()
    return bool(_STREET_ENDING.search(lower) or (after and is_street_word(after[0].rstrip(".,").lower())) or
                _POSTCODE_NEXT.match(text[m.end():m.end() + 12]))


def ordinary_case(text: str) -> str | None:
    """``text`` in ordinary case, of the same length, or None when that cannot keep its length."""
    out, at, after_name = [], 0, False
    for m in _WORD.finditer(text):
        word = m.group()
        out.append(text[at:m.start()])
        lower = word.lower()
        keep = _keeps_its_capital(text, m, after_name and text[at:m.start()] == " ")
        out.append(word if any(c.isdigit() for c in word) or (len(word) == 1 and keep) else
                   "-".join(p.capitalize() for p in lower.split("-")) if keep else lower)
        after_name = keep and len(word) > 1 and all(classify(p.capitalize())[0] for p in lower.split("-"))
        at = m.end()
    out.append(text[at:])
    result = "".join(out)
    return result if len(result) == len(text) else None
