"""A name found once and typed again in lower case in the same message (privacy38): "isää nimellä Pate, ..., pate on
juonut", "veli Khaled on Turkissa, khaled soittaa", "Malte slog henne, maltes mamma", "tyttärensä ellan
kotikäynnillä, ella ei puhunut", "tikrasis vardas Nojus, nojus bijo". The word is the name, or the name with a case
ending or a genitive's s on one of the two ("ellan" and "ella", "Malte" and "maltes"), no part of an e-mail address,
and no ordinary word of the message's language: a common word (``gazetteer.classify``), or a word whose dictionary
lemma is in lower case ("Vera ..., вера помогает", "Ozols ..., liels ozols", "Björn ..., björnen").
``find_personal_data`` runs this on the other recognisers' findings.
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, NAME, Finding, unclaimed
from assistant.privacy.gazetteer import classify, dictionary_word_here, written_in
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


def repeats_of_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The lower-case repeats of a name among ``findings`` (see the module's docstring)."""
    names = {m.group().lower() for f in findings if f.kind == NAME for m in _NAME_WORD.finditer(f.text)}
    if not names:
        return []
    repeats = []
    for m in LOWER_WORD.finditer(text):
        word = m.group()
        if word.islower() and unclaimed(m.start(), m.end(), findings) and \
                any(_same_name(word, name) for name in names) and not ordinary_word(text, word):
            repeats.append(Finding(NAME, m.start(), m.end(), word, CONTEXT))
    return repeats
