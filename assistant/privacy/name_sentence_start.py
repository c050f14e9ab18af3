"""A Finnish sentence's first word that Voikko reads as a common noun in the translative, or as a verb or an adverb
and as no name in the nominative, is that word, not a name (privacy17): "Lahjaksi" (as a gift; Lahja),
"Onneksi" (luckily), "Toivoisin" (I would hope; Toivo). A name in the nominative, by Voikko or as the lists hold
it, stays one ("Usko", "Tuuli", "Aleksi", "Ali": verbs, adverbs or a translative too), and so do the other cases, which a name at a sentence's
start takes as often as the word ("Pilvellä on kuumetta", "Liljalta kysyttiin", "Lahjan äiti")."""

from __future__ import annotations

from assistant.privacy.base import starts_sentence
from assistant.privacy.gazetteer import names, written_in
from assistant.privacy.voikko import finnish_readings

# Voikko's classes of words that are never names, and the case of a noun or adjective that says "as", "into".
_NO_NAME_CLASSES = frozenset({"teonsana", "seikkasana", "sidesana", "suhdesana", "huudahdussana", "kieltosana"})
_NOUN_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
_WORD_CASES = frozenset({"tulento"})
_NAME_CLASSES = frozenset({"etunimi", "sukunimi"})


def _a_word_here(word: str) -> bool:
    readings = finnish_readings(word)
    if word.lower() in names()[0] or word.lower() in names()[1] or any(r.get("CLASS") in _NAME_CLASSES and r.get("SIJAMUOTO") == "nimento" for r in readings):
        return False
    for reading in readings:
        kind = reading.get("CLASS", "")
        if kind in _NO_NAME_CLASSES or (kind in _NOUN_CLASSES and reading.get("NUMBER") == "singular" and
                                        reading.get("SIJAMUOTO") in _WORD_CASES):
            return True
    return False


def sentence_words_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Trim such a word off the names that start a sentence of a Finnish message ("Onneksi Onni" → "Onni")."""
    for (start, end) in sorted(spans):
        word = text[start:end].split()[0]
        if not word[:1].isupper() or not starts_sentence(text, start) or written_in(text) != "fi" or \
                not _a_word_here(word):
            continue
        confidence = spans.pop((start, end))
        rest = start + len(word)
        while rest < end and text[rest].isspace():
            rest += 1
        if rest < end:
            spans[(rest, end)] = max(confidence, spans.get((rest, end), 0.0))
