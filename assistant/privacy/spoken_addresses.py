"""A house or flat number said in words, as a note dictated to a phone writes it (privacy35).

"myllytie kakskytkolme", "ringvägen fyrtiotvå b", "twenty-seven Brookfield Avenue", "kastani tänav kakskümmend kaks
korter viis", "ulicy lipowej dwadzieścia sześć mieszkanie trzy", "улице садовой двадцать два квартира семь": the
numbers from one to ninety-nine in words, in each asker language, are read as digits and ``places.find_addresses``
runs on that reading; an address it finds there that holds a number in words is mapped back onto the words. The
words that are also everyday words elsewhere ("en", "to", "one", "du", "fire") count only after a flat's word.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ADDRESS, Finding
from assistant.privacy.digit_words import PAIR, TEN, UNIT, words_of_roles
from assistant.privacy.places import find_addresses
from assistant.privacy.streets import apartment_word_pattern

# The parts a number's word is built of, so compounds are read whole ("kakskytkolme", "fyrtiotvå", "zweiundvierzig",
# "toogtyve", "tjueto", "divdesmit", "dvidešimt"); the words of the languages that write tens and units apart come
# in one or two words ("kakskümmend kaks", "dwadzieścia sześć", "двадцять два"). The units, teens and tens are
# ``digit_words``'; here only the stems that compounds are built of.
_STEMS = ("nelj toista kymmentä kyt kümmend teist div četr piec seš septiņ astoņ deviņ padsmit "
          "dvi tris keturias penkias šešias septynias aštuonias devynias ein sech sieb und og")
_WORDS = words_of_roles(UNIT, PAIR, TEN) | set(_STEMS.split())
_PART = "|".join(sorted(_WORDS | {w.replace("'", "’") for w in _WORDS}, key=len, reverse=True))
_NUMBER_WORD = rf"(?:{_PART})+"
# (privacy52: the Finnish number nouns a house is called by in speech, in their cases, "Rinnekadulla kolmosessa",
# "Sammonkadulla kasissa", "Koulukadulla seiskassa", "Asemantie vitonen")
_FI_NUMBER_NOUN = (r"(?:ykkö|kakko|kolmo|nelo|vito|kuto)(?:nen|s(?:e(?:ssa|ssä|lla|llä|en|n|lta|ltä|sta|stä))?)|"
                   r"(?:kasi|ysi|seiska|kymppi|kympi)(?:ssa|ssä|lla|llä|in|iin|sta|stä|lta|ltä)")
_SPOKEN = re.compile(rf"(?<![\w'’-])(?:{_NUMBER_WORD}(?:[-\s]{_NUMBER_WORD})?|{_FI_NUMBER_NOUN})(?![\w'’-])",
                     re.IGNORECASE)
# Number words that are everyday words too (an article, a preposition, a pronoun, a noun) count only after a flat's
# word ("butas du", "flat two").
_EVERYDAY = {"en", "et", "ett", "ein", "to", "one", "du", "ni", "fire", "elf", "sex", "und", "og", "tre", "acht", "vier"}
_FLAT_BEFORE = re.compile(rf"(?<!\w){apartment_word_pattern()}\s$")


def _spoken_numbers(text: str) -> list[re.Match[str]]:
    return [m for m in _SPOKEN.finditer(text)
            if m.group().lower() not in _EVERYDAY or _FLAT_BEFORE.search(text, max(0, m.start() - 20), m.start())]


def find_spoken_addresses(text: str) -> list[Finding]:
    """Addresses whose house or flat number is said in words, mapped back onto the words as typed."""
    spoken = _spoken_numbers(text)
    if not spoken:
        return []
    pieces, starts, last = [], [], 0  # starts: for each spoken number, (start in the digits' text, its match)
    for m in spoken:
        pieces.append(text[last:m.start()])
        starts.append((sum(map(len, pieces)), m))
        pieces.append("1")
        last = m.end()
    pieces.append(text[last:])
    read = "".join(pieces)
    return [_mapped(text, f, starts) for f in find_addresses(read)
            if any(f.start <= at < f.end for at, _ in starts)]


def _typed(position: int, starts: list[tuple[int, re.Match[str]]]) -> int:
    """A position in the digits' reading, in the typed text: each "1" before it stood for a spoken number."""
    return position + sum(len(m.group()) - 1 for at, m in starts if at < position)


# A lower-case word right after the last number said is the sentence going on ("myllytie kakskytkolme ovikoodi",
# "mieszkanie trzy urodziła"), not a town: a dictated note has no comma to tell them apart.
_WORD_AFTER = re.compile(r"\s(?-i:[^\W\d_A-ZÅÄÖÜÕŠŽČĀĒĪŪĄĘĖĮŲŁŚŻŹĆŃА-ЯЁІЇЄҐ])[^\W\d_]*")


def _mapped(text: str, finding: Finding, starts: list[tuple[int, re.Match[str]]]) -> Finding:
    start, end = _typed(finding.start, starts), _typed(finding.end, starts)
    last = max(m.end() for _, m in starts if start <= m.start() < end)
    if _WORD_AFTER.fullmatch(text, last, end):
        end = last
    return Finding(ADDRESS, start, end, text[start:end], finding.confidence)
