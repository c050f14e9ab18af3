"""An identity code partly masked, its date of birth still showing (privacy57).

"120488-XXXX", "19870422-XXXX", "6210121XXXX", "180216-2XXXX", "280219XXXXX": a copy of a decision or a form hides the
code's serial and check with X or *, and what is left still gives the birth date and half the code, so it is removed as
a code, the mask inside. The shape is every scheme's of the region: six, seven or eight digits that begin with a real
date (DDMMYY, YYMMDD with PESEL's month, GYYMMDD, YYYYMMDD), a hyphen, plus or century sign or none, perhaps a digit or
three shown, and the mask, ten to twelve characters in all without the sign. A template that masks the date too
("PPKKVV-XXXX", "ÅÅÅÅMMDD-XXXX") and the last digits alone ("ending 4471") are no code.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ID_CODE, LIKELY, Finding
from assistant.privacy.identity import real_date

# (The century sign X is left out: "120488XXXXX" is a date and a mask.)
_MASKED = re.compile(r"(?<![\w+-])(?P<date>\d{6,8})(?P<sign>[-+A-FU-WY]?)(?P<shown>\d{0,3})(?P<mask>[Xx*]{2,5})"
                     r"(?![\w*-])")
_LENGTHS = (10, 11, 12)


def _two_digit_year(yy: int, month: int, day: int) -> bool:
    return any(real_date(century + yy, month % 20, day % 40) for century in (1900, 2000))


def _begins_with_a_date(digits: str) -> bool:
    """Whether the code's first digits are a real date, read as each scheme writes it."""
    day_first = _two_digit_year(int(digits[4:6]), int(digits[2:4]), int(digits[:2]))
    year_first = _two_digit_year(int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    after_sex_digit = len(digits) >= 7 and _two_digit_year(int(digits[1:3]), int(digits[3:5]), int(digits[5:7]))
    four_digit_year = len(digits) == 8 and 1900 <= int(digits[:4]) <= 2100 and real_date(
        int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    return day_first or year_first or after_sex_digit or four_digit_year


def find_masked_codes(text: str) -> list[Finding]:
    """Identity codes whose serial and check are masked and whose date shows."""
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY) for m in _MASKED.finditer(text)
            if len(m.group("date") + m.group("shown") + m.group("mask")) in _LENGTHS
            and _begins_with_a_date(m.group("date"))]
