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
from assistant.privacy.identity import SCHEME_WORDS
from assistant.privacy.name_cues import RELATION_WORDS, TITLE
from assistant.privacy.name_tokens import zipf_here
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


# (privacy56) A form's field after its label's colon opens with the surname ("Huoltajat:
# Pihlajamäki Laura", "VH: Andersson Therese", "Мати: Лисенко Ірина"): there a capitalised word before the first name
# found is the surname when it is no first name, no place, no family word or title, and either unknown to the dictionary
# or a listed surname whose lemma keeps its capital ("Contacts: Aunt Precious", "Mamma Sanna: Hämtar Vilmer", "Termine:
# Umgang Leni" are words); not the start of a line or a cell, where a sentence starts as often ("Soitin Minean isälle",
# "Flickan Vera").
_FIELD_START = re.compile(r"[^\W\d_]:[ \t]$")


def _field_surname(text: str, start: int, word: str) -> bool:
    first, last, place, _ = classify(word)
    lemma = dictionary_lemma(word.lower(), written_in(text))
    return (_FIELD_START.search(text, max(0, start - 3), start) is not None and not (first or place)
            and not (_FAMILY_WORD.match(word) or TITLE.match(word)) and (lemma is None or last and not lemma.islower()))


def _first_name_only(word: str) -> bool:
    first, last, _, _ = classify(word)
    return first and not last


# (privacy44) A contact's row opens with the surname, the first name and the phone's word: "Andersson Per tfn 0702 ...",
# "Ozoliņš Juris tālr. +371 ...", "Olsen Geir tlf. +47 ...": no sentence goes on like that.
_PHONE_WORD_AFTER = re.compile(r"[ ,]+(?:tel|tfn|tlf|puh|tālr|tel\.|тел|phone|mob|mobil)\w*\.?:?\s*[+(0-9]", re.IGNORECASE)


def _opens_running_text(text: str, start: int, end: int) -> bool:
    return ((start == 0 or starts_sentence(text, start)) and text[start - 1:start] not in ("\n", "\t")
            and not _PHONE_WORD_AFTER.match(text, end))


# (privacy54) A surname in capitals, a register's way, before the first names found ("Dziecko: NOWAK Julia", "Дитина:
# КОВАЛЬ Андрій Петрович"): the capitals say surname where the lists do not know it. Not a first name, a place, an
# ordinary word or an everyday one of the message's language ("ASIAKAS", "KIND"), nor an identity scheme's name
# ("PESEL Julia" is no one's surname); four letters or more, since a shorter word in capitals is a form's abbreviation
# ("ПІБ Іваненко Богдан", "ФИО Смирнова Алиса").
_CAPITALS_BEFORE = re.compile(r"(?<![\w'’.-])(?P<surname>[^\W\d_]{4,}(?:['’-][^\W\d_]+)?) $")
_EVERYDAY_ZIPF = 4.5


def _surname_in_capitals(text: str, word: str) -> bool:
    first, _, place, ordinary = classify(word.capitalize())
    return word.isupper() and not (first or place or ordinary or SCHEME_WORDS.search(word) or
                                   zipf_here(text, word.lower()) >= _EVERYDAY_ZIPF)


def _capitals_start(text: str, name: Finding) -> int | None:
    """Where the surname in capitals before the name found starts (see ``_CAPITALS_BEFORE``), if one is there."""
    m = _CAPITALS_BEFORE.search(text, max(0, name.start - _REACH), name.start)
    if m and not name.text.isupper() and _surname_in_capitals(text, m.group("surname")):
        return m.start()
    return None


def _listed_surname_start(text: str, name: Finding) -> int | None:
    """Where the listed surname before a one-word name found starts (see the module's docstring), if one is there."""
    if " " in name.text:
        return None
    before = text[max(0, name.start - _REACH):name.start]
    m = _SURNAME_BEFORE.search(before)
    if not m or (m.group("comma") and not _first_name_only(name.text)):
        return None
    start = name.start - len(before) + m.start("surname")
    if _field_surname(text, start, m.group("surname")):
        return start
    return start if _surname_only(text, m.group("surname")) and not _opens_running_text(text, start, name.end) else None


def surnames_before_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The names found with the surname written before them (see the module's docstring and ``_CAPITALS_BEFORE``)."""
    grown = []
    for name in (f for f in findings if f.kind == NAME and f.text[:1].isupper()):
        start = _listed_surname_start(text, name)
        start = _capitals_start(text, name) if start is None else start
        if start is not None and all(f.end <= start or f.start >= name.end or f.kind == NAME and f.start >= start
                                     for f in findings):
            grown.append(Finding(NAME, start, name.end, text[start:name.end], LIKELY))
    return grown
