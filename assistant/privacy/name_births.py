"""A name right before its date of birth in brackets (privacy28): a family's list gives each child's date after the
name ("lapset Elsi (12.1.2011) ja Helmi (18.8.2013)", "Maisie-Rae (DOB 28 Feb 2020)", "Maja (ur. 12 marca 2015)",
"Keita (1 g., 2024-02-29)"), or after the child's age ("Sisu 5 v (28.10.2021)"). One capitalised word, no abbreviation ("DOB (...)"), a listed name or a rare word that
no dictionary knows (``name_letters.names_word``); the bracket holds a date of birth found, or a whole date,
within a few characters of its opening. ``find_personal_data`` runs this on the other recognisers' findings, before
``birth_dates.birth_dates_after_names`` takes the date after the name.
"""

from __future__ import annotations

import re

from assistant.privacy.base import BIRTH_DATE, CONTEXT, NAME, Finding
from assistant.privacy.birth_dates import A_WHOLE_DATE
from assistant.privacy.name_letters import names_word

# (privacy38: the child's age between, "Sisu 5 v (28.10.2021)", "Jonas 10 J. (17.05.2016)")
_BEFORE_A_BRACKET = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)(?:[^\S\n]\d{1,2}[^\S\n]?[^\W\d_]{1,6}\.?)?"
    r"[^\S\n]\((?P<inside>[^()\n]*)")
# The date starts this near the bracket's opening ("DOB ", "ur. ", "1 g., ").
_NEAR = 8


def names_before_birth_dates(text: str, findings: list[Finding]) -> list[Finding]:
    """The names right before a date of birth in brackets (see the module's docstring)."""
    if "(" not in text:
        return []
    births = [f.start for f in findings if f.kind == BIRTH_DATE]
    names = []
    for m in _BEFORE_A_BRACKET.finditer(text):
        start, end, word = m.start("name"), m.end("name"), m.group("name")
        opening, inside = m.start("inside"), m.group("inside")
        date = A_WHOLE_DATE.search(inside)
        dated = any(opening <= b <= opening + _NEAR for b in births) or date is not None and date.start() <= _NEAR
        if dated and word[0].isupper() and not word.isupper() and names_word(text, word, strict=True) and \
                all(f.end <= start or f.start >= end for f in findings):
            names.append(Finding(NAME, start, end, word, CONTEXT))
    return names
