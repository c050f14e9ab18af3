"""A name written surname first as a record's entry (privacy58): a list's, a register row's or a form field's "Nielsen,
Karina, CPR …", "Attendees: Okonkwo, Chidi; Walsh, Siobhan (IRO)", "7712,"Mensah, Kwabena",12/05/2010", "- Virtanen
Aino, äiti", "Hansen Emma – fnr.", "Мороз Наталія, мати". One span from the surname through the first names, in
every language (the README's convention).

The entry's place says it is a record, not a sentence: it opens a line, a cell or a field (after a colon, a
semicolon, a bar, a tab, a quote, a bracket or a list's dash) and ends where the entry does (a comma, a semicolon, a
bar, a quote, a bracket, a dash, a slash, a digit, the line's end), never before a word that goes on a sentence
("Korhonen Eelis ei saapunut"). The surname is a listed surname, a word in capitals ("OKONJO, Chiamaka") or one
after its particle ("von Ahlen"); no place, title, family or role word, no common word whose dictionary lemma is in
lower case ("Nurmi Jaana" is left alone), and no first name only ("Kinder: Anna, Maria, Jonas" are three children); a
verb or a greeting opening a message is none of these ("Helistasin Kadrile", "Hei Jenni"). The first names after it
are listed first names, or words the lists and the dictionary do not know after a listed surname ("Walsh, Siobhan"),
never an abbreviation in capitals ("Mors CPR"). ``find_personal_data`` runs this on the other recognisers' findings:
the entry replaces the names found inside it ("Mensah" and "Kwabena" alone).
"""

from __future__ import annotations

import re

from assistant.privacy.base import LIKELY, NAME, Finding
from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.name_cues import person_word
from assistant.text.morphology import dictionary_lemma

_CAPITALISED = r"[^\W\d_a-zà-þа-яёіїєґ][\w'’]*(?:-[^\W\d_][\w'’]*)?"
_PARTICLE = r"(?:(?:von|van|de|di|da|del|al|el)[ -])?"
_ENTRY = re.compile(rf"(?<![\w'’.-])(?<!-\n)(?P<surname>{_PARTICLE}{_CAPITALISED})(?P<comma>,?) "
                    rf"(?P<given>{_CAPITALISED}(?: {_CAPITALISED})?)"
                    r"(?=$|[\n\t,;|\"”)·/–]| [(·–/|-]| \+?\d)")
_RECORD_OPENS = re.compile(r"(?:^|[\n\t:;|\"“(·]|(?:^|\n)[ \t]*[-•*])[ \t]*$")
_OPENING_REACH = 8


def _ordinary_word(text: str, word: str, ordinary: bool) -> bool:
    lemma = dictionary_lemma(word.lower(), written_in(text))
    return ordinary and lemma is not None and lemma.islower()


def _surname(text: str, word: str) -> tuple[bool, bool]:
    """Whether ``word`` can be the entry's surname, and whether the lists hold it as one."""
    particle = word[:1].islower()
    bare = word.split(" ")[-1].split("-")[-1] if particle else word
    first, last, place, ordinary = classify(bare.capitalize() if bare.isupper() else bare)
    plausible = (last or particle or bare.isupper()) and not (
        place or person_word(bare) or _ordinary_word(text, bare, ordinary) or first and not last and not bare.isupper())
    return plausible, last


def _given_name(text: str, word: str, after_listed_surname: bool) -> bool:
    first, last, place, ordinary = classify(word)
    unknown = not (first or last or place or ordinary) and dictionary_lemma(word.lower(), written_in(text)) is None
    return (first or after_listed_surname and unknown) and not (place or person_word(word) or word.isupper())


def _entry(text: str, m: re.Match[str]) -> bool:
    if _RECORD_OPENS.search(text, max(0, m.start() - _OPENING_REACH), m.start()) is None:
        return False
    plausible, listed = _surname(text, m.group("surname"))
    return plausible and all(_given_name(text, word, listed) for word in m.group("given").split(" "))


def names_written_surname_first(findings: list[Finding], text: str) -> list[Finding]:
    """``findings`` with each record's entry written surname first as one name, the names found inside it dropped
    (see the module's docstring); an entry that overlaps a finding of another kind is left alone."""
    entries = [Finding(NAME, m.start(), m.end(), m.group(), LIKELY) for m in _ENTRY.finditer(text) if _entry(text, m)]
    entries = [e for e in entries if all(f.kind == NAME or f.end <= e.start or f.start >= e.end for f in findings)]
    if not entries:
        return findings
    inside = [f for f in findings if f.kind == NAME and any(e.start <= f.start and f.end <= e.end for e in entries)]
    return [f for f in findings if f not in inside] + entries
