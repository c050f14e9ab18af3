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
from assistant.text.origins import is_country_name

_WORD = r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?"
_REAL_NAME = (r"real name|actually|properly|eigentlich|egentlig|egentligen|virkelig|oikealta nimeltään|oikea nimi|"
              r"oikeasti|tegelikult|päris nimi|tikrasis vardas|tikrasis|īstajā vārdā|īstais vārds|naprawdę|właściwie|"
              r"справжнє ім['’]я|насправді|настоящее имя|на самом деле")
_ALIAS = r"eli|ehk|alias|aka|a\.k\.a\.|vulgo|kallad|kaldet|kalt|genannt|zwany|dit"
_BEFORE_REAL = re.compile(rf"(?<![\w'’-])(?P<alias>{_WORD})\s\((?:{_REAL_NAME})\s*:?\s*$", re.IGNORECASE)
_BEFORE_ALIAS = re.compile(rf"(?<![\w'’-])(?P<alias>{_WORD})\s(?:{_ALIAS})\s[”\"«]?$", re.IGNORECASE)
_AFTER_ALIAS = re.compile(rf"\s(?:{_ALIAS})\s[”\"«]?(?P<alias>{_WORD})[”\"»]?(?!\w)", re.IGNORECASE)
_REACH = 40
# (privacy51) A nickname in quotes or in brackets right after the name ('Josefiina ("Fiia")', "Abdirahman (abdi)",
# "Melker „Mellan“"); in quotes the writer marks it as a name; a word in bare brackets is a short form of the name
# when it begins as the name does and the lists take it for one (not "Hamid Karimi (Dari)", "Gunilla Rask (kurator)").
_QUOTED_AFTER = re.compile(rf"\s\(?[\"“„«](?P<alias>{_WORD})[\"”“»]\)?(?!\w)")
_BRACKETED_AFTER = re.compile(rf"\s\((?P<alias>{_WORD})\)")


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
        aliases += _nicknames_after(text, name)
    return aliases


def _nicknames_after(text: str, name: Finding) -> list[Finding]:
    quoted = _QUOTED_AFTER.match(text, name.end)
    if quoted and not classify(quoted["alias"])[2]:
        return [Finding(NAME, quoted.start("alias"), quoted.end("alias"), quoted["alias"], CONTEXT)]
    bracketed = _BRACKETED_AFTER.match(text, name.end)
    if bracketed and bracketed["alias"][0].lower() == name.text[0].lower() and _a_name(bracketed["alias"]) and \
            not is_country_name(bracketed["alias"]):
        return [Finding(NAME, bracketed.start("alias"), bracketed.end("alias"), bracketed["alias"], CONTEXT)]
    return []
