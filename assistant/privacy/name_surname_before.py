"""A listed surname written right before a first name found, the surname first (privacy38): a register's guardian
"huoltaja Virtanen Riikka", "vh Berglund, Maria", "ringde om Nilsson Ebba", a family's list "Ozols Jānis". The word
before is capitalised, a surname by the lists, neither a first name nor a place (``gazetteer.classify``), no family
word ("Bruder Ben", "Tata Zbyszek"), no noun after an article, and no common word whose dictionary lemma is in lower case ("Ring Ebba",
"King Day"; a common surname is a common word too, "Nilsson", but its lemma keeps its capital). After a comma the
name after it must be a first name and no surname: "Laaksonen, Abbas" and "Tamm, Kask" are two people. The finding
grows to take the surname. ``find_personal_data`` runs this on the other recognisers' findings.
"""

from __future__ import annotations

import re

from assistant.privacy.base import LIKELY, NAME, Finding, starts_sentence
from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.name_cues import RELATION_WORDS
from assistant.text.morphology import dictionary_lemma

# Not after an article ("die Kinder Lena"), nor opening a sentence in running text ("Latem Wiktoria przebywała"): a
# register's line or cell may open with the surname, a sentence's capital says nothing of one (but a contact's row, below).
_SURNAME_BEFORE = re.compile(
    r"(?<![\w'’.-])(?<!\b(?:der|die|das|den|dem|des|the) )(?P<surname>[^\W\d_a-zà-þа-яёіїєґ][\w'’]*(?:-[^\W\d_][\w'’]*)?)(?P<comma>,?)[ ]$")
_FAMILY_WORD = re.compile(rf"(?:{RELATION_WORDS})$", re.IGNORECASE)
_REACH = 40


def _surname_only(text: str, word: str) -> bool:
    first, last, place, ordinary = classify(word)
    if not last or first or place or _FAMILY_WORD.match(word):
        return False
    lemma = dictionary_lemma(word.lower(), written_in(text))
    return not (ordinary and lemma is not None and lemma.islower())


def _first_name_only(word: str) -> bool:
    first, last, _, _ = classify(word)
    return first and not last


# (privacy44) A contact's row opens with the surname, the first name and the phone's word: "Andersson Per tfn 0702 ...",
# "Ozoliņš Juris tālr. +371 ...", "Olsen Geir tlf. +47 ...": no sentence goes on like that.
_PHONE_WORD_AFTER = re.compile(r"[ ,]+(?:tel|tfn|tlf|puh|tālr|tel\.|тел|phone|mob|mobil)\w*\.?:?\s*[+(0-9]", re.IGNORECASE)


def _opens_running_text(text: str, start: int, end: int) -> bool:
    return ((start == 0 or starts_sentence(text, start)) and text[start - 1:start] not in ("\n", "\t")
            and not _PHONE_WORD_AFTER.match(text, end))


def surnames_before_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The names found with the surname written before them (see the module's docstring)."""
    grown = []
    for name in (f for f in findings if f.kind == NAME and " " not in f.text and f.text[:1].isupper()):
        before = text[max(0, name.start - _REACH):name.start]
        m = _SURNAME_BEFORE.search(before)
        if m and _surname_only(text, m.group("surname")) and (not m.group("comma") or _first_name_only(name.text)):
            start = name.start - len(before) + m.start("surname")
            if _opens_running_text(text, start, name.end):
                continue
            if all(f.end <= start or f.start >= name.end or f.kind == NAME and f.start >= start for f in findings):
                grown.append(Finding(NAME, start, name.end, text[start:name.end], LIKELY))
    return grown
