"""Identity codes that are tax numbers and have no shape of their own: the Ukrainian РНОКПП and the German Steuer-ID.

Ten or eleven bare digits are many things; these are codes only when their checksum holds and something says whose
number it is: the tax number's name before it (``tax_numbers``), its groups of a Steuer-ID (``grouped_steuer_ids``)
or a person's name right before it (``codes_after_names``). ``identity.py`` finds the other schemes.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.privacy.base import CHECKED, ID_CODE, NAME, Finding
from assistant.privacy.birth_dates import A_WHOLE_DATE
from assistant.privacy.checksums import weighted

# A code of a scheme without a shape of its own, bare right after a name (a date's cell may stand between), when its
# checksum holds (privacy23): the Ukrainian РНОКПП (ten digits, the first five the days from 1899-12-31 to the birth:
# "Діти: Марко 4052118375") and the German Steuer-ID (eleven digits, ISO 7064 mod 11,10: "Kinder: Emma 81029457688").
_BARE_CODE = re.compile(r"(?<![\w+/.,:-])[1-9]\d{9,10}(?![\w/]|[.,:-]\d)")
# (privacy45) or a register row's semicolon, or the full stop of an initial ("SCHRÖDER-KAYA, Melanie; 59371602843",
# "ШЕВЧЕНКО-ЛІНДРОС Ольга В. | 3342726180")
NAME_TO_CODE = re.compile(rf"[\s,:;.(|]*(?:(?:{A_WHOLE_DATE.pattern})[\s,;|]*)?")


def _rnokpp(digits: str) -> bool:
    born = date(1899, 12, 31) + timedelta(days=int(digits[:5]))
    return (len(digits) == 10 and 1920 <= born.year and born <= date.today() and
            weighted(digits, (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10 == int(digits[9]))


def _steuer_id(digits: str) -> bool:
    if len(digits) != 11 or digits.startswith("0"):
        return False
    product = 10
    for ch in digits[:10]:
        product = 2 * ((int(ch) + product) % 10 or 10) % 11
    return (11 - product) % 10 == int(digits[10])


# The РНОКПП named in Latin letters or as a tax number (privacy30: "veronumero (RNOKPP) on 3841706125", "Mum's
# Ukrainian tax number is 3204156180", "tax no 3184052193"), when its checksum holds: "tax number" alone names many
# countries' numbers, the checksum says which.
# (privacy44) and by the tax number's name in the region's languages ("ukrainalainen veronumero 3271101260", "ukrainska
# skattenummer", "Ukrainas nodokļu numurs", "ukrainische Steuernummer")
_TAX_NAME = re.compile(r"(?<!\w)(?:rnokpp|tax\s(?:no|number|id)|taxpayer\s(?:number|id)|veronumero\w*|skattenum\w*|"
                       r"maksunumb\w*|nodokļu\s(?:maksātāja\s)?numur\w*|mokesčių\s(?:mokėtojo\s)?numer\w*|"
                       r"steuernummer\w*|налогов\w*\sномер\w*|numer\w*\spodatnika)[)\s:.#]*"
                       r"(?:(?:is|on|er|ist|är|ir|yra|jest|was)\s+)?$", re.IGNORECASE)


def tax_numbers(text: str) -> list[Finding]:
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True) for m in _BARE_CODE.finditer(text)
            if _rnokpp(m.group()) and _TAX_NAME.search(text, max(0, m.start() - 30), m.start())]


# A German Steuer-ID written in groups (privacy30: "Paul 36 815 027 933", "richtig: 57 319 842 605"), when its checksum
# holds: eleven digits in three or four groups, the first no 0 (a phone's trunk) and no "+" before (a country code).
# (privacy37: nor a bracket's end before it, the trunk of a phone's "+49 (0)151 2248 9031")
_GROUPED_ELEVEN = re.compile(r"(?<![\w+/.,:)-])[1-9]\d{1,3}(?: \d{2,4}){2,3}(?![\w/]|[.,:-]\d| \d)")


def grouped_steuer_ids(text: str) -> list[Finding]:
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True) for m in _GROUPED_ELEVEN.finditer(text)
            if _steuer_id(m.group().replace(" ", ""))]


def codes_after_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The РНОКПП and Steuer-ID numbers standing bare right after a name among ``findings`` (privacy23)."""
    ends = [f.end for f in findings if f.kind == NAME]
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True) for m in _BARE_CODE.finditer(text)
            if (_rnokpp(m.group()) or _steuer_id(m.group())) and
            any(end <= m.start() and NAME_TO_CODE.fullmatch(text, end, m.start()) for end in ends)]
