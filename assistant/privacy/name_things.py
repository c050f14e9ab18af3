"""(privacy50) Words that look like first names but that the sentence says are the names of groups, rooms, teams or a
play's characters: "Rose, Violet and Lily are the names of the three group rooms", "Storm og Sol er navne på to
hold", "Vår og Sol er navn på to grupper", "Rūta ir Laima – spektaklio veikėjos". The sentence names the words as
names, so no person is meant; a name before "is called" or "heißt" names a person and is not read here."""

from __future__ import annotations

import re

from assistant.privacy.base import NAME, Finding

# The words of a list of names: capitalised words joined by commas and "and" in the twelve languages.
_AND = r"(?:and|og|och|ja|ning|un|ir|i|oraz|und|и|і|та)"
_CAP_WORD = r"(?-i:[A-ZÅÄÖÆØÜÕŠŽČĒĪĀŪĶĻŅĢŁŚŻŹĆŃÓĄĘĖĮŲА-ЯЁІЇЄҐ])[\w'’-]*"
# What the names are of: groups, rooms, teams, classes and units ("names of the three group rooms", "navn på to
# grupper"); "Anna and Ben are the names of her twins" names people, and is not read here.
_GROUPS = (r"(?:[\w-]+\s){0,3}?[\w-]*(?:group|groups|room|rooms|team|teams|class|classes|unit|units|hold|lag|gruppe\w*|"
           r"grupp\w*|ryhm\w*|rühm\w*|grup\w*|klass\w*|luok\w*|klas\w*|zespo\w*|komand\w*|груп\w*|команд\w*|"
           r"класс\w*|клас\w*|huone\w*|rum|rom|zimmer|räume|raum|tuba|toad|istab\w*|kambar\w*|pokoj\w*|sal\w*|"
           r"кімнат\w*|комнат\w*)")
_LIST = rf"{_CAP_WORD}(?:(?:,\s|\s{_AND}\s|,\s{_AND}\s){_CAP_WORD}){{1,5}}"
# The copula (or a dash) and a complement that calls the words names or characters, not people.
_THINGS = re.compile(
    rf"(?P<list>{_LIST})\s(?:are|were|er|var|är|var|ovat|olivat|on|olid|ir|buvo|ir\sbija|sind|waren|są|były|—|–|-|"
    r"это|це)\s(?:the\s|de\s|die\s)?(?:[\w-]+\s){0,3}?"
    r"(?:(?:names?\s(?:of|for)|navne?\s(?:på|til|for)|namn(?:en)?\s(?:på|för)|namen\s(?:der|von|für)|nazwy|"
    r"vārdi|nosaukumi|vardai|pavadinimai|имена|названия|назви|імена)\s" + _GROUPS + r"|"
    r"(?:[\w-]+\s){0,3}?(?:ryhmien|ryhmän|rühmade|rühma)\s(?:nimiä|nimet|nimed)|"
    r"characters|hahmo\w*|figur\w*|tegelased|tegelaskujud|veikėj\w*|varoņ\w*|postaci\w*|personaż\w*|"
    r"персонаж\w*)(?!\w)", re.IGNORECASE)


def without_names_of_things(candidates: list[Finding], text: str) -> list[Finding]:
    """``candidates`` without the names inside a list that the sentence calls the names of things or characters, and
    (privacy51) without those words where the message names the thing again ("Hugo, Ture och Sten är namn på våra
    mötesrum. Saga-gruppen träffas i Ture på onsdagar")."""
    lists = [m.span("list") for m in _THINGS.finditer(text)]
    if not lists:
        return candidates
    things = {word for start, end in lists for word in re.findall(_CAP_WORD, text[start:end])}
    return [f for f in candidates if f.kind != NAME or not (f.text in things or any(start <= f.start and f.end <= end
                                                                                     for start, end in lists))]
