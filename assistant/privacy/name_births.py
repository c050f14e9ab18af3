"""A name right before its date of birth in brackets (privacy28): a family's list gives each child's date after the
name ("lapset Elsi (12.1.2011) ja Helmi (18.8.2013)", "Maisie-Rae (DOB 28 Feb 2020)", "Maja (ur. 12 marca 2015)",
"Keita (1 g., 2024-02-29)"), or after the child's age ("Sisu 5 v (28.10.2021)"). One capitalised word, no abbreviation ("DOB (...)"), a listed name or a rare word that
no dictionary knows (``name_letters.names_word``); the bracket holds a date of birth found, or a whole date,
within a few characters of its opening. Since privacy39 also the word right before a birth word whose date of birth
is found, the subject of "was born" ("Weronika urodziła się trzeciego marca 2016", "Maja ur. 23.09.2012", "Pihla on
syntynyt kolmantena huhtikuuta 2012"), held to the same test of the word. ``find_personal_data`` runs this on the
other recognisers' findings, before ``birth_dates.birth_dates_after_names`` takes the date after the name.
"""

from __future__ import annotations

import re

from assistant.privacy.base import BIRTH_DATE, CONTEXT, NAME, Finding, unclaimed
from assistant.privacy.birth_dates import A_WHOLE_DATE, BIRTH_HEADER
from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.name_letters import names_word
from assistant.text.morphology import dictionary_lemma

# (privacy38: the child's age between, "Sisu 5 v (28.10.2021)", "Jonas 10 J. (17.05.2016)")
_BEFORE_A_BRACKET = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)(?:[^\S\n]\d{1,2}[^\S\n]?[^\W\d_]{1,6}\.?)?"
    r"[^\S\n]\((?P<inside>[^()\n]*)")
# The date starts this near the bracket's opening ("DOB ", "ur. ", "1 g., ").
_NEAR = 8
# A word, a verb "to be" perhaps, and a birth word: "Pihla on syntynyt", "Maja ur.", "Weronika urodziła się".
_BEFORE_A_BIRTH_WORD = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)[^\S\n]"
    r"(?:(?:on|är|is|was|ist|wurde|er|ble|blev|jest|ir|yra|buvo|oli)[^\S\n])?"
    rf"(?P<born>{BIRTH_HEADER.pattern})", re.IGNORECASE)
# The date of birth starts this near the birth word's end ("się ", "den ").
_BORN_NEAR = 12


def names_before_birth_dates(text: str, findings: list[Finding]) -> list[Finding]:
    """The names right before a date of birth in brackets or a birth word (see the module's docstring)."""
    return _names_before_brackets(text, findings) + _names_before_birth_words(text, findings)


def _names_before_brackets(text: str, findings: list[Finding]) -> list[Finding]:
    if "(" not in text:
        return []
    births = [f.start for f in findings if f.kind == BIRTH_DATE]
    names = []
    for m in _BEFORE_A_BRACKET.finditer(text):
        start, end, word = m.start("name"), m.end("name"), m.group("name")
        opening, inside = m.start("inside"), m.group("inside")
        date = A_WHOLE_DATE.search(inside)
        dated = any(opening <= b <= opening + _NEAR for b in births) or date is not None and date.start() <= _NEAR
        if dated and _free_name(text, word, start, end, findings):
            names.append(Finding(NAME, start, end, word, CONTEXT))
    return names


def _names_before_birth_words(text: str, findings: list[Finding]) -> list[Finding]:
    births = [f.start for f in findings if f.kind == BIRTH_DATE]
    name_ends = {f.end + 1 for f in findings if f.kind == NAME}  # a name's last word, cut off: "María José García Pérez"
    names = []
    for m in _BEFORE_A_BIRTH_WORD.finditer(text) if births else ():
        start, end, word = m.start("name"), m.end("name"), m.group("name")
        dated = any(m.end("born") <= b <= m.end("born") + _BORN_NEAR for b in births)
        if dated and start not in name_ends and _free_name(text, word, start, end, findings) and _given_name_alone(text, word):
            names.append(Finding(NAME, start, end, word, CONTEXT))
    return names


def _free_name(text: str, word: str, start: int, end: int, findings: list[Finding]) -> bool:
    """A capitalised word, not in capitals, that passes ``names_word`` strictly, where nothing else was found."""
    return word[0].isupper() and not word.isupper() and names_word(text, word, strict=True) and \
        unclaimed(start, end, findings)


def _given_name_alone(text: str, word: str) -> bool:
    """No word whose dictionary lemma is in lower case ("Najmłodsze ur.", "Laps on sündinud": the youngest, the child;
    a name's lemma keeps its capital, "Weronika", "Liisbet"), and no surname alone ("Han är född", "Schüler geb.")."""
    first, last, _, _ = classify(word)
    lemma = dictionary_lemma(word.lower(), written_in(text))
    return (first or not last) and not (lemma is not None and lemma.islower())
