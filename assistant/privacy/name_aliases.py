"""A short form or a nickname given beside a name found (privacy35).

"Gedas (tikrasis vardas Gediminas Vaitkus)", "Basti (eigentlich Sebastian Wendt)", "Kris (egentlig Kristoffer Lunde
Aas)": the word before a bracket that gives the real name; "Kaur ehk Kaurits Pihlak", "kepa eli Kalle-Petteri",
"Juho-Pekka eli ”Jusa”": the word joined to a name by "that is" or "alias". The word is the same person's name when
the lists hold it as a name or it is no ordinary word and no place (``gazetteer.classify``), in capitals or not.
``find_personal_data`` runs this on the other recognisers' findings.
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, NAME, Finding
from assistant.privacy.gazetteer import classify

_WORD = r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?"
_REAL_NAME = (r"real name|actually|properly|eigentlich|egentlig|egentligen|virkelig|oikealta nimeltään|oikea nimi|"
              r"oikeasti|tegelikult|päris nimi|tikrasis vardas|tikrasis|īstajā vārdā|īstais vārds|naprawdę|właściwie|"
              r"справжнє ім['’]я|насправді|настоящее имя|на самом деле")
_ALIAS = r"eli|ehk|alias|aka|a\.k\.a\.|vulgo|kallad|kaldet|kalt|genannt|zwany|dit"
_BEFORE_REAL = re.compile(rf"(?<![\w'’-])(?P<alias>{_WORD})\s\((?:{_REAL_NAME})\s*:?\s*$", re.IGNORECASE)
_BEFORE_ALIAS = re.compile(rf"(?<![\w'’-])(?P<alias>{_WORD})\s(?:{_ALIAS})\s[”\"«]?$", re.IGNORECASE)
_AFTER_ALIAS = re.compile(rf"\s(?:{_ALIAS})\s[”\"«]?(?P<alias>{_WORD})[”\"»]?(?!\w)", re.IGNORECASE)
_REACH = 40


def _a_name(word: str) -> bool:
    first, last, place, ordinary = classify(word)
    return (first or last or not ordinary) and not place


def aliases_of_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The short forms and nicknames given beside a name among ``findings`` (see the module's docstring)."""
    aliases = []
    for name in (f for f in findings if f.kind == NAME):
        before = text[max(0, name.start - _REACH):name.start]
        offset = name.start - len(before)
        matches = [m for m in (_BEFORE_REAL.search(before), _BEFORE_ALIAS.search(before)) if m]
        starts = [(offset + m.start("alias"), m.group("alias")) for m in matches]
        after = _AFTER_ALIAS.match(text, name.end)
        if after:
            starts.append((after.start("alias"), after.group("alias")))
        aliases += [Finding(NAME, start, start + len(word), word, CONTEXT) for start, word in starts if _a_name(word)]
    return aliases
