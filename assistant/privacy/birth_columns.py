"""Dates of birth in a table's column that a header row names by a birth word (privacy35).

"Namn<tab>Född<tab>Pnr", "Surname<tab>Forename<tab>DOB", "ID,Name,DOB,Address", "| Nimi | Syntymäaika |": every
later row's cell in that column that holds a date alone, in any of the date shapes ``birth_dates`` knows ("3 Feb 2011",
"14-05-2016", "2016-04-17"), is a date of birth, whether or not the detector found the name in its row.
"""

from __future__ import annotations

import csv
import re

from assistant.privacy.base import BIRTH_DATE, LIKELY, Finding
from assistant.privacy.birth_dates import A_DATE, BIRTH_HEADER

_SEPARATORS = ("\t", "|", ";", ",")


def _separator(header: str) -> str | None:
    return next((s for s in _SEPARATORS if s in header), None)


def _cells(line: str, separator: str) -> list[str]:
    return next(csv.reader([line.strip().strip("|")], delimiter=separator), [])


def _birth_column(header: str, separator: str) -> int | None:
    cells = _cells(header, separator)
    return next((i for i, cell in enumerate(cells) if BIRTH_HEADER.fullmatch(cell.strip())), None)


def _dates_in_column(text: str, start: int, separator: str, column: int) -> list[Finding]:
    found = []
    for row in re.finditer(r"[^\n]+", text[start:]):
        cells = _cells(row.group(), separator)
        if len(cells) <= column:
            continue
        cell = cells[column].strip()
        at = row.group().find(cell) if cell else -1
        if at >= 0 and A_DATE.fullmatch(cell):
            begin = start + row.start() + at
            found.append(Finding(BIRTH_DATE, begin, begin + len(cell), cell, LIKELY))
    return found


def find_birth_columns(text: str) -> list[Finding]:
    """The dates of birth under a header cell that says birth ("DOB", "Född", "Geburtsdatum", "Gimimo data")."""
    if "\n" not in text:
        return []
    offset = 0
    for line in text.split("\n"):
        offset += len(line) + 1
        separator = _separator(line)
        column = _birth_column(line, separator) if separator else None
        if column is not None:
            return _dates_in_column(text, offset, separator, column)
    return []
