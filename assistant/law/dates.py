"""Dates in statute text, read ("30 päivänä joulukuuta 2014", "den 1 april 2015", "8.7.2022") and written
for a reader of each answer language ("1.4.2015", "1 April 2015")."""

from __future__ import annotations

import re
from datetime import date

_FI_MONTHS = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
              "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta")
_SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
              "november", "december")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_MONTH = {name: n for names in (_FI_MONTHS, _SV_MONTHS) for n, name in enumerate(names, 1)}
_WORDS = re.compile(r"(\d{1,2})\s+(?:päivänä\s+)?(" + "|".join(_MONTH) + r")\s+(\d{4})", re.IGNORECASE)
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
# The entry into force: "Tämä laki tulee voimaan 1 päivänä huhtikuuta 2015", "Denna lag träder i kraft den 1 april
# 2015"; a decision "tulee voimaan heti" / "träder i kraft genast" takes effect the day it is given.
_IN_FORCE = re.compile(r"(?:tulee|tulevat)\s+voimaan\s+(.{0,40}?\d{4}|heti)|träder\s+i\s+kraft\s+(.{0,40}?\d{4}|genast)",
                       re.IGNORECASE)


def find_date(text: str) -> date | None:
    """The first date written in ``text`` (Finnish or Swedish words, or d.m.yyyy), or None."""
    found = []
    for match in _WORDS.finditer(text):
        found.append((match.start(), _make(match.group(3), _MONTH[match.group(2).lower()], match.group(1))))
    for match in _DOTTED.finditer(text):
        found.append((match.start(), _make(match.group(3), match.group(2), match.group(1))))
    found = [(at, d) for at, d in found if d is not None]
    return min(found)[1] if found else None


def entry_into_force(text: str, given: date | None) -> date | None:
    """When the act of the entry-into-force provision ``text`` takes effect ("heti": the day ``given``)."""
    match = _IN_FORCE.search(text)
    if not match:
        return None
    said = match.group(1) or match.group(2) or ""
    if said.lower() in ("heti", "genast"):
        return given
    return find_date(said)


def _make(year: str, month: str | int, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def format_date(iso: str | None, language: str) -> str:
    """An ISO date as readers of ``language`` write it: 1.4.2015 (Finnish, Swedish and most of the asker
    languages), 1 April 2015 (English), 2015-04-01 (Lithuanian and Latvian official usage)."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    if language == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    if language in ("lt", "lv"):
        return day.isoformat()
    return f"{day.day}.{day.month}.{day.year}"
