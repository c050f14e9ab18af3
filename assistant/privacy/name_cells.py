"""(privacy47) A surname in its own cell of a pasted table row or record printout, right before the cell of the first
names found ("Huoltaja 1⇥Salminen⇥Kari", "| BROWN | Jayden Lee |"): the surname is a name of its own (the labelling
convention: a surname and first names in separate cells are two spans). The cell must hold one word that the lists
know as a surname (also when it is a place's or a first name's too: "Nieminen", "Taylor"), capitalised or in capitals,
so a row's label ("Henkilö", "Name") stays out.
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, NAME, Finding
from assistant.privacy.gazetteer import classify

# A tab, or a bar with its spaces, between two cells.
_CELL_GAP = r"(?:\t| ?\| ?)"
_SURNAME_CELL_BEFORE = re.compile(rf"(?:^|{_CELL_GAP})(?P<surname>[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)?){_CELL_GAP}$",
                                  re.MULTILINE)


def surnames_in_cells(text: str, candidates: list[Finding]) -> list[Finding]:
    """The surname cells before the first-name cells among ``candidates`` (see the module)."""
    found = []
    for name in (f for f in candidates if f.kind == NAME):
        line_start = text.rfind("\n", 0, name.start) + 1
        cell = _SURNAME_CELL_BEFORE.search(text, line_start, name.start)
        if cell and _a_surname(cell["surname"]):
            found.append(Finding(NAME, cell.start("surname"), cell.end("surname"), cell["surname"], CONTEXT))
    return found


def _a_surname(word: str) -> bool:
    first, last, place, ordinary = classify(word.capitalize())
    return word[:1].isupper() and last
