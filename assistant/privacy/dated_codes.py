"""A run of digits whose date, as some identity scheme reads it, is the date of birth the message gives (privacy46).

"Avaldusel on 51003210347, süsteem ei võta seda vastu. Kevin Lepp on sündinud 21. märtsil 2010.": a code typed wrong
(a check digit, a digit too many or too few) has no checksum and no scheme word to go by, but the date it carries is
the person's birthday, said in the same message. The schemes' date readings: day, month, year (Finland, Denmark,
Norway, Latvia); year, month, day (Sweden); sex and century, then year, month, day (Estonia, Lithuania); the month
carrying the century (Poland); the days since 1899-12-31 (Ukraine).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.privacy.base import BIRTH_DATE, ID_CODE, LIKELY, Finding, unclaimed

_RUN = re.compile(r"(?<![\w+/.,:-])\d{5,8}(?:[ -]?\d{1,6}){1,2}(?![\w/]|[.,:-]\d)")  # a stray space or hyphen inside
_PESEL_CENTURIES = {0: 1900, 20: 2000, 80: 1800}  # added to the month


def _date(year: int, month: int, day: int) -> date | None:
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    return born if date(1900, 1, 1) <= born <= date.today() else None


def _readings(digits: str) -> set[date]:
    """Every birth date a scheme of the region would read at the start of ``digits``."""
    first, second, third = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    found = {_date(century + third, second, first) for century in (1900, 2000)}
    found |= {_date(century + first, second, third) for century in (1900, 2000)}
    sex_century = int(digits[0])
    if 1 <= sex_century <= 6:
        found.add(_date(1800 + 100 * ((sex_century - 1) // 2) + int(digits[1:3]), int(digits[3:5]), int(digits[5:7])))
    if second // 20 * 20 in _PESEL_CENTURIES:
        found.add(_date(_PESEL_CENTURIES[second // 20 * 20] + first, second % 20, third))
    found.add(date(1899, 12, 31) + timedelta(days=int(digits[:5])))
    return {born for born in found if born}


def _said(born: date, birth_date_text: str) -> bool:
    """Whether a date of birth as written (in figures or with the month in words) is ``born``: its year and its day
    are there, and a month in figures, if any, agrees."""
    numbers = [int(n) for n in re.findall(r"\d+", birth_date_text)]
    if born.year not in numbers or born.day not in numbers:
        return False
    rest = [n for n in numbers if n not in (born.year, born.day)]
    return not rest or born.month in rest


def codes_dated_as_births(text: str, findings: list[Finding]) -> list[Finding]:
    """The runs of 10 to 12 digits that carry a date of birth found among ``findings``."""
    births = [f.text for f in findings if f.kind == BIRTH_DATE]
    if not births:
        return []
    found = []
    for m in _RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 10 <= len(digits) <= 12 and any(_said(born, said) for born in _readings(digits) for said in births):
            found.append(Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY, False))
    return found


# (privacy57) The other way round: a date in figures that is the date an identity code found in the message carries is
# that person's date of birth ("hetu 140210A5831 ... oikea 14.2.2010", "010101F053D ... merkitty 1.1.2001").
_FIGURES = re.compile(r"(?<![\w.,/-])(?:(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4}|\d{2})|"
                      r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2}))(?![\w/]|[.,/-]\d)")


def _dates_written(m: re.Match[str]) -> set[date | None]:
    if m.group("iso_year"):
        return {_date(int(m.group("iso_year")), int(m.group("iso_month")), int(m.group("iso_day")))}
    year = int(m.group("year"))
    years = [year] if year > 99 else [1900 + year, 2000 + year]
    return {_date(y, int(m.group("month")), int(m.group("day"))) for y in years}


def births_dated_by_codes(text: str, findings: list[Finding]) -> list[Finding]:
    """The dates in figures that a code among ``findings`` carries, not found already."""
    carried = set().union(*(_readings(digits) for f in findings if f.kind == ID_CODE
                            and len(digits := re.sub(r"\D", "", f.text)) >= 6))
    return [Finding(BIRTH_DATE, m.start(), m.end(), m.group(), LIKELY) for m in _FIGURES.finditer(text)
            if carried & _dates_written(m) and unclaimed(m.start(), m.end(), findings)]
