"""An NHS number by its check digit, anywhere in a message that names the NHS (privacy57).

``identity`` takes an NHS number right after "NHS number" and a few words; a referral puts more between ("New NHS number
for Lily-Mae (29/02/2012): …") or a second child's number further on ("NHS numbers: child …, mother 702-519-4484"). Ten
digits grouped 3-3-4 (spaces or dashes) or run together, not starting with 0 (a phone's trunk), are an NHS number when
its modulus 11 check digit holds (one number in eleven passes by chance) and the message names the NHS.
"""

from __future__ import annotations

import re

from assistant.privacy.base import CHECKED, ID_CODE, Finding
from assistant.privacy.checksums import weighted

_NAMES_THE_NHS = re.compile(r"(?<![^\W\d_])(?:NHS|nhs)")
_TEN_DIGITS = re.compile(r"(?<![\w+/.,:-])[1-9]\d{2}([ -]?)\d{3}\1\d{4}(?![\w/]|[.,:-]\d)")


def _check_holds(digits: str) -> bool:
    check = 11 - weighted(digits, tuple(range(10, 1, -1))) % 11
    return check != 10 and check % 11 == int(digits[9])


def find_checked_nhs_numbers(text: str) -> list[Finding]:
    """NHS numbers whose check digit holds, in a message that names the NHS."""
    if not _NAMES_THE_NHS.search(text):
        return []
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True) for m in _TEN_DIGITS.finditer(text)
            if _check_holds(re.sub(r"\D", "", m.group()))]
