"""A name found once and typed again in lower case in the same message (privacy38): "isää nimellä Pate, ..., pate on
juonut", "veli Khaled on Turkissa, khaled soittaa", "Malte slog henne, maltes mamma", "tyttärensä ellan
kotikäynnillä, ella ei puhunut", "tikrasis vardas Nojus, nojus bijo". The word is the name, or the name with a case
ending or a genitive's s on one of the two ("ellan" and "ella", "Malte" and "maltes"), no part of an e-mail address,
and no ordinary word of the message's language: a common word (``gazetteer.classify``), or a word whose dictionary
lemma is in lower case ("Vera ..., вера помогает", "Ozols ..., liels ozols", "Björn ..., björnen").
``find_personal_data`` runs this on the other recognisers' findings.
"""

from __future__ import annotations

import os
import re

from assistant.privacy.base import CONTEXT, NAME, Finding, unclaimed
from assistant.privacy.gazetteer import classify, dictionary_word_here, written_in
from assistant.privacy.name_cues import RELATION_NEXT, RELATION_WORDS
from assistant.text.morphology import dictionary_lemma

# A word of three letters or more in lower case, no part of an e-mail address, a web address or a hyphenated word.
LOWER_WORD = re.compile(r"(?<![\w'’.@-])[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]{3,}(?![\w'’@-]|\.\w)")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
_ENDING = 2  # the letters of a case ending or a genitive's s that one form may have beyond the other


def _same_name(word: str, name: str) -> bool:
    shorter, longer = sorted((word, name), key=len)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= _ENDING


def ordinary_word(text: str, word: str) -> bool:
    """A common word, or one whose dictionary lemma in the message's language is in lower case."""
    lemma = dictionary_lemma(word, written_in(text))
    return classify(word)[3] or dictionary_word_here(text, word) or lemma is not None and lemma.islower()


def _same_stem(word: str, name: str) -> bool:
    """(privacy51) The same name with one case ending for another ("надія" and "надії", "вера" and "веры")."""
    shorter, longer = sorted((word, name), key=len)
    shared = len(os.path.commonprefix((word, name)))
    return len(longer) - len(shorter) <= _ENDING and shared >= max(3, len(shorter) - 1)


# (privacy51) Where a chat's clause starts: the message's start, a sentence's end or a comma before the word.
_CLAUSE_START = re.compile(r"(?:^|[.!?]\s+|,\s+)$")
# ... but a word before a preposition of place is the thing ("роза в саду завяла", "вера в лучшее").
_PREPOSITION_NEXT = re.compile(r"\s+(?:в|во|у|на|in|im|på|i|w|we|ant|uz|pie|aan)\s", re.IGNORECASE)


# (privacy51) A family word right after the name in the genitive, or right before it ("ainon äiti", "mias mutter",
# "mama róży", "мама надії", "mora til sol").
_RELATION_BEFORE = re.compile(rf"(?<!\w){RELATION_WORDS}\w*\s+(?:til\s+|of\s+)?$", re.IGNORECASE)


def _beside_a_relation(text: str, name: Finding) -> bool:
    return bool(RELATION_NEXT.match(text[name.end:name.end + 20]) or
                _RELATION_BEFORE.search(text, max(0, name.start - 20), name.start))


def repeats_of_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The lower-case repeats of a name among ``findings`` (see the module's docstring), and (privacy51) the repeats
    that are ordinary words too where a lower-case name was found beside a family word and the word opens a clause as
    its subject does ("tuuli kävi koulussa, aino ei. ainon äiti ...", "надія не прийшла, мама надії ...")."""
    names = {m.group().lower() for f in findings if f.kind == NAME for m in _NAME_WORD.finditer(f.text)}
    if not names:
        return []
    lower_names = {f.text for f in findings if f.kind == NAME and f.text.islower() and _beside_a_relation(text, f)}
    repeats = []
    for m in LOWER_WORD.finditer(text):
        word = m.group()
        if not (word.islower() and unclaimed(m.start(), m.end(), findings)):
            continue
        if any(_same_name(word, name) for name in names) and not ordinary_word(text, word) or \
                any(_same_stem(word, name) for name in lower_names) and _CLAUSE_START.search(text, 0, m.start()) \
                and not _PREPOSITION_NEXT.match(text, m.end()):
            repeats.append(Finding(NAME, m.start(), m.end(), word, CONTEXT))
    return repeats
