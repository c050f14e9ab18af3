"""National identity codes of the Baltic Sea states, checked or not (dates of birth are ``birth_dates.py``'s).

A code is found by its shape: the date it carries must be a real date, and its checksum, where the
scheme has one, decides how sure the finding is. A code whose checksum holds is CHECKED; one whose
checksum fails is still reported (people mistype, and a mistyped code is still personal data), but
as LIKELY when the shape is distinctive (the Finnish century sign, a separator) and only near an
identity or client word ("hetu", "personnummer", "my client") when it is a bare run of digits, which
a phone or account number can also be.

| scheme | shape | check |
|---|---|---|
| Finnish henkilötunnus | DDMMYY, century sign (+ - A-F U-Y), NNN, check character | mod 31 |
| Swedish personnummer, samordningsnummer (day + 60) | (YY)YYMMDD, - or +, NNNC | Luhn |
| Danish CPR | DDMMYY-NNNN | none since 2007 (the old mod 11 raises confidence) |
| Norwegian fødselsnummer, D-nummer (day + 40), H-nummer (month + 40) | DDMMYY NNNCC | two mod 11 digits |
| Estonian isikukood, Lithuanian asmens kodas | GYYMMDDNNNC (G: sex and century) | mod 11, two weight rows |
| Latvian personas kods | DDMMYY-CNNNN (old), 32NNNN-NNNNN (since 2017) | mod 11 (old) |
| Polish PESEL | YYMMDDNNNNC (month + 20, 40, 60, 80 for the century) | weights 1 3 7 9 |
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from assistant.privacy.base import CHECKED, CONTEXT, ID_CODE, LIKELY, NAME, Finding, unclaimed, window_before
from assistant.privacy.corrected_codes import corrected_codes
from assistant.privacy.checksums import weighted
from assistant.privacy.code_lookalikes import named_as_another_number, organisations_inn
from assistant.privacy.letters import UP
from assistant.privacy.tax_codes import NAME_TO_CODE, grouped_steuer_ids, tax_numbers
from assistant.privacy.twin_codes import codes_in_the_same_groups

# Words that say a number next to them is someone's identity code.
_ID_WORDS = re.compile(
    r"hetu|henkilötun|sotu\b|tunnus|tunnuks|tunniste|syntymä|personnum|personnr|pnr\b|personbeteckn|pbt\b|"
    r"samordningsnummer|cpr|fødselsn|fodselsn|d-nummer|h-nummer|isikukood|personas kod|personskod|asmens kod|"
    r"pesel|\bid\b|identity|identification|personal code|personal number|ssn\b|social security|"
    r"\bfnr\b|\bp\.\s?k\.|\ba\.\s?k\.|steuer|рнокпп|снилс|\bинн\b|\bіпн\b|ni number|national insurance|"
    r"ідентиф|идентиф|код|номер",
    re.IGNORECASE)
# ... or to a client: enough to report a code whose date is mistyped.
_CLIENT_WORDS = re.compile(
    r"asiaka|asiakka|klient|client|patient|potilas|oppila|elev|pupil|äiti|äidin|isä\b|isän\b|tyttö|tytön|"
    r"poika|pojan|lapsen|mamma|pappa|flick|pojke|barnet|mother|father|\bgirl|\bboy\b|child",
    re.IGNORECASE)


def near_id_word(text: str, start: int, clients: bool = False) -> bool:
    before = window_before(text, start)
    return _ID_WORDS.search(before) is not None or (clients and _CLIENT_WORDS.search(before) is not None)


def real_date(year: int, month: int, day: int) -> bool:
    """Whether the day, month and year make a date of the calendar (a code's date must)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# --- Finnish henkilötunnus -----------------------------------------------------------------------
# The century signs of 2023: + (1800s), - and U-Y (1900s), A-F (2000s). A space may stand on either
# side of the sign ("010203 A123X"), as people type it.
# (privacy45) The line may break after the sign ("080485-\n2446"), as a form's narrow field wraps it.
_HETU = re.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2}) ?([-+A-FU-Y])[ \n]?(\d{3})([0-9A-Z])(?![\w-]|/\d)", re.IGNORECASE)
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
            "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def _hetu_parts(code: str) -> tuple[bool, bool] | None:
    """(the date is real, the individual number and check character hold) for a code of the shape."""
    match = _HETU.fullmatch(code.strip())
    if not match:
        return None
    day, month, year, sign, individual, check = match.groups()
    real = real_date(_CENTURY[sign.upper()] + int(year), int(month), int(day))
    holds = int(individual) >= 2 and _HETU_CHECK[int(day + month + year + individual) % 31] == check.upper()
    return real, holds


def is_valid_identity_code(code: str) -> bool:
    """True if ``code`` is a well-formed henkilötunnus: real date, individual number, check character."""
    parts = _hetu_parts(code)
    return parts == (True, True)


def _finnish(text: str) -> list[Finding]:
    found = []
    for m in _HETU.finditer(text):
        real, holds = _hetu_parts(m.group())  # type: ignore[misc]
        if real and holds:
            found.append(Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True))
        elif real or near_id_word(text, m.start(), clients=True):
            # A mistyped check character (or a mistyped date next to "hetu") still identifies someone.
            found.append(Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY if real else CONTEXT, False))
    return found + _finnish_of_a_wrong_length(text)


# (privacy46) A henkilötunnus with a digit too many or too few in its individual number ("210784-1195K", "030512-41R"):
# a real date, the century sign and a check letter make it one, near an identity word.
_HETU_WRONG_LENGTH = re.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2}) ?([-+A-FU-Y])(?:\d{2}|\d{4})[A-Y](?![\w-])")


def _finnish_of_a_wrong_length(text: str) -> list[Finding]:
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY, False) for m in _HETU_WRONG_LENGTH.finditer(text)
            if near_id_word(text, m.start(), clients=True) and
            real_date(_CENTURY[m.group(4).upper()] + int(m.group(3)), int(m.group(2)), int(m.group(1)))]


# --- digit codes ---------------------------------------------------------------------------------
# Six digits of date, an optional separator (-, +, a space), and four or five more; or eleven or
# twelve digits in one run. Not inside a longer number, an IBAN, a law number or a decimal.
_DIGITS = re.compile(r"(?<![\w+/.,:-])(\d{6}|\d{8})( ?[-+] ?| )?(\d{4,5})(?![\w/]|[.,:-]\d)")


def luhn_holds(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _swedish(head: str, tail: str) -> tuple[bool, bool] | None:
    """Personnummer or samordningsnummer: (YY)YYMMDD + NNNC; Luhn over the last ten digits."""
    if len(tail) != 4:
        return None
    year = int(head[:4]) if len(head) == 8 else None
    yy, month, day = int(head[-6:-4]), int(head[-4:-2]), int(head[-2:])
    day = day - 60 if day > 60 else day
    years = [year] if year else [1900 + yy, 2000 + yy]
    real = any(real_date(y, month, day) for y in years) and (year is None or 1850 <= year <= 2100)
    return (real, luhn_holds(head[-6:] + tail)) if real else None


def _danish(head: str, tail: str) -> tuple[bool, bool] | None:
    """CPR: DDMMYY + NNNN; the old modulus 11 check no longer binds (since 2007)."""
    if len(head) != 6 or len(tail) != 4:
        return None
    day, month, yy = int(head[:2]), int(head[2:4]), int(head[4:])
    if not any(real_date(c + yy, month, day) for c in (1900, 2000)):
        return None
    return True, weighted(head + tail, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0


def _norwegian(digits: str) -> bool:
    """Fødselsnummer, D-nummer (day + 40) or H-nummer (month + 40): DDMMYYIIIKK, two mod 11 digits."""
    day, month, yy = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    day, month = (day - 40 if day > 40 else day), (month - 40 if month > 40 else month)
    if not any(real_date(c + yy, month, day) for c in (1900, 2000)):
        return False
    k1 = 11 - weighted(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2)) % 11
    k2 = 11 - weighted(digits[:9] + str(k1 % 11), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return k1 % 11 == int(digits[9]) and k1 != 10 and k2 % 11 == int(digits[10]) and k2 != 10


def _baltic(digits: str) -> bool:
    """Estonian isikukood and Lithuanian asmens kodas: GYYMMDDNNNC, G 1-8 (sex and century)."""
    g = int(digits[0])
    if not 1 <= g <= 8:
        return False
    if not real_date(1800 + 100 * ((g - 1) // 2) + int(digits[1:3]), int(digits[3:5]), int(digits[5:7])):
        return False
    check = weighted(digits, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if check == 10:
        check = weighted(digits, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11 % 10
    return check == int(digits[10])


def _pesel(digits: str) -> bool:
    """Polish PESEL: YYMMDDZZZXQ, the month carrying the century (+80 1800s, +20 2000s, +40, +60)."""
    month = int(digits[2:4])
    century = {0: 1900, 1: 1900, 8: 1800, 9: 1800, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200}[month // 10]
    month = month % 20
    if not real_date(century + int(digits[:2]), month, int(digits[4:6])):
        return False
    return (10 - weighted(digits, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10 == int(digits[10])


def _latvian(head: str, tail: str) -> tuple[bool, bool] | None:
    """Personas kods: DDMMYY-CNNNN (C the century: 0 1800s, 1 1900s, 2 2000s) or 32NNNN-NNNNN."""
    if len(head) != 6 or len(tail) != 5:
        return None
    if head.startswith("32"):
        return True, True  # the new codes (2017) carry no date and no checksum: the prefix is the shape
    century = {"0": 1800, "1": 1900, "2": 2000}.get(tail[0])
    if century is None or not real_date(century + int(head[4:]), int(head[2:4]), int(head[:2])):
        return None
    weights = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return True, (1101 - weighted(head + tail[:4], weights)) % 11 % 10 == int(tail[4])


def _checks_as_eleven_digits(digits: str) -> bool:
    """Whether eleven digits are a code of a scheme that has eleven: an Estonian or Lithuanian code, a PESEL or a Norwegian
    fødselsnummer, its date real and its check holding."""
    return _baltic(digits) or _pesel(digits) or _norwegian(digits)


def _digit_code(text: str, m: re.Match[str]) -> Finding | None:
    head, separator, tail = m.group(1), (m.group(2) or "").strip(), m.group(3)
    spaced = m.group(2) == " "  # "030319 51487": a space where the parts meet (privacy22; by the lead's decision)
    digits = head + tail
    context = near_id_word(text, m.start())
    if len(digits) == 11 and separator in ("", "-") and len(head) == 6:
        if _checks_as_eleven_digits(digits):
            # A run starting with 0 may be a phone number whose digits happen to check: ask for context; not of a
            # Norwegian fødselsnummer, whose real date and two mod 11 digits a phone's 11 digits hold about once in
            # five hundred (privacy30: "the stepfather's Norwegian number is 09047624123").
            if separator or spaced or not digits.startswith("0") or context or _norwegian(digits):
                return Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True)
        latvian = _latvian(head, tail)
        # (privacy42) a new code's prefix is its shape, with the hyphen or without ("jaunais formāts 32118540217")
        if latvian and (separator or head.startswith("32")):
            return Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED if latvian[1] else LIKELY, latvian[1])
        if context and (separator or not digits.startswith("0")):
            return Finding(ID_CODE, m.start(), m.end(), m.group(), CONTEXT, False)
        return None
    if len(tail) != 4 or len(digits) not in (10, 12):
        return None
    readings = [r for r in (_swedish(head, tail), _danish(head, tail)) if r]
    if not readings:
        return None
    holds = any(check for _, check in readings)
    if separator or (spaced and holds):
        return Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED if holds else LIKELY, holds)
    if len(digits) == 12 and holds:  # YYYYMMDDNNNC: no phone number looks like that and checks
        return Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True)
    if context and (holds or not digits.startswith("0")):
        return Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED if holds else CONTEXT, holds)
    return None


# --- any code right after the name of an identity number --------------------------------------------
# Schemes without a checksum here (German Steuer-ID, Ukrainian РНОКПП, Russian СНИЛС, the UK's NI number),
# codes typed with a space inside ("5060619 6060", "070707 99760") or without their century sign
# ("270618559X"): after the scheme's own word they are identity codes whatever their digits say. The
# words are the schemes' names, not "number" or "code", which a phone or a case number follows as well.
# The schemes' names, in any case form ("hetun", "personnumret", "CPR-nummeret", "isikukoodi", "asmens kodą", "PESEL-u",
# privacy20); a code said in words after one is ``spoken_codes``' (privacy44).
SCHEME_NAMES = (
    r"(?<!\w)(?:hetu\w*|henkilötunnu\w*|sotu\w*|personnum\w*|personnr|pnr|samordningsnum\w*|samordningsnr|"
    r"cpr(?:-nr\.?|-num\w*)?|fødselsnum\w*|fødselsnr\.?|fnr|d-num\w*|isikukood\w*|p\.\s?k\.|"
    r"personas kod\w*|a\.\s?k\.|asmens kod\w*|pesel\w*(?:-\w+)?|steuer-?id\w*|"
    r"ni number|national insurance number|ssn|рнокпп\w*|іпн|инн|снилс\w*|унзр|pps\w*|"
    # (privacy42) the long names: "Ідентифікаційний код", "идентификационный номер", "податковий номер",
    # "Identifikationsnummer", "IdNr", "personal identity number"
    r"ідентифікаційн\w*\s(?:код|номер)\w*|идентификационн\w*\s(?:код|номер)\w*|податков\w*\sномер\w*|"
    r"identifikationsnummer\w*|idnr|personal\s(?:identity|identification)\s(?:number|code)|"
    # The UK's short names: "NI:", "NI no.", "National Insurance no.", "NHS number", "NHS no." (privacy20).
    r"(?-i:NI)|national insurance|nhs\s(?:number|no\b))")
SCHEME_WORDS = re.compile(
    SCHEME_NAMES +
    # A word or two may stand between the scheme and a colon ("Isikukood tühikutega:", "CPR uden bindestreg:"), on its
    # line: a table's header ending in "Pnr" is not the scheme of the next row's name and date (privacy35).
    r"(?:(?:[^\S\n][^\W\d_]+){1,2}:?"
    # (privacy52) or whose it is, a kin word and the person's name without a comma, before a colon ("ИНН матери Марины
    # Соколовой:", "PESEL ojca Jana Kowalskiego:", "Steuer-ID der Mutter Anna Berg:")
    r"|(?:[^\S\n][^\W\d_]+){3,4}:"
    # (privacy40) or whose it is, a kin word and the person's name after a comma, before a colon ("РНОКПП батька,
    # Віктора Гуменюка:", "СНИЛС матери, Натальи Егоровой:", "personnummer för mamman, Anna Berg:")
    rf"|(?:[^\S\n][^\W\d_]+){{1,3}},(?:[^\S\n](?-i:{UP})[^\W\d_]+){{1,3}}:)?"
    # (privacy43) or its other name or a note in brackets after it, or itself in brackets after its other name:
    # "RNOKPP (ІПН) 4214405262", "personnummer (svenskt) 19...", "Steuer-ID (IdNr): ..."
    r"(?:[^\S\n]?\([^()\n]{1,25}\))?"
    r"[\s:.#)]*(?:(?:nr|no|номер|№)\.?\s*)?(?:(?:is|on|er|ist|är|was|oli|ir|yra|jest|є)\s+)?$", re.IGNORECASE)
# The Latvian and Lithuanian word for "code" before a run of exactly 11 digits, the length of their codes
# ("Jauns kods: 32579461005", "Kodas 61402270026"): a personal code, checked or not.
_CODE_WORD = re.compile(r"(?<!\w)(?:kods|kodas|koda|kodą)[\s:.]*$", re.IGNORECASE)
_SCHEME_CODE = re.compile(r"(?<![\w+])(?:(?:\d ?){6}[-+A-FU-Ya-fu-y] ?(?:\d ?){2}\d[0-9A-Ya-y]"  # "14031 2A4878"
                          # (privacy21: a dot or slashes typed between the groups, "820405.7312", "53/802/917/466")
                          # (privacy43: split over a line, "614080\n20499", "20120517-\n3840")
                          # (privacy56: the last digit typed apart, "PESEL: 1426234871 8", "NHS no. 487 326 915 6"; not
                          # an age's or a count's digit before a word, "… 5 år")
                          r"|\d{2,13}(?:(?:[ -]|-?\n)\d{2,8}){0,4}(?: \d(?! ?[^\W\d_]))?"
                          r"(?: ?[A-Z](?![\w-])|\.\d{4,5}|(?:/\d{3}){2,3})?"
                          # the UK's NI number, in capitals or (privacy44) typed in lower case
                          r"|[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]|[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]"
                          r"|\d{7}[A-Z]{2})(?![\w/]|[.,-]\d)")
_PPS = re.compile(r"\d{7}[A-Z]{1,2}")  # (privacy44) Ireland's PPS number: seven digits, one or two letters


# (privacy45) The word after a tax code's name that makes it an organisation's, not a person's ("ИНН организации
# 7718390254", "ІПН підприємства 418273926543", "tax number of the company").
_ORGANISATION_AFTER = re.compile(r"(?<!\w)(?:организаци|організаці|предприяти|підприємств|компани|компані|фирм|фірм|"
                                 r"юрлиц|юридичн|юридическ|company|organisation|organization|employer|yrityks|företag|"
                                 r"virksomhed|spółk|unternehmen|arbeitgeber)\w*[\s:.#]*$", re.IGNORECASE)


def _after_scheme_word(text: str) -> list[Finding]:
    found = []
    for m in _SCHEME_CODE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group())
        before = text[max(0, m.start() - 40):m.start()]
        if _ORGANISATION_AFTER.search(before):
            continue
        if ((8 <= digits <= 13 or m.group()[0].isalpha() or _PPS.fullmatch(m.group())) and (SCHEME_WORDS.search(before) or _under_scheme(text, m))) or (
                re.fullmatch(r"\d{11}", m.group()) and _CODE_WORD.search(before)):
            found.append(Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY))
    return found


# A table's cells, between bars, tabs or semicolons ("| Nimi | Hetu | Osoite |", "sukunimi;etunimi;hetu").
_CELLS = re.compile(r"\s*[|\t;]\s*")


def _under_scheme(text: str, m: re.Match[str]) -> bool:
    """The code stands alone in a table's cell whose column a header line above names by a scheme ("| Child | NHS no
    | Address |" ... "| Ruby | 734 219 6401 |"; privacy21)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end()) % (len(text) + 1)
    row = text[line_start:line_end]
    if not _CELLS.search(row):
        return False
    cells = _CELLS.split(row.strip(" |"))
    column = _CELLS.split(text[line_start:m.start()].lstrip(" |"))
    if cells[len(column) - 1].strip() != m.group() or column[-1].strip():
        return False
    for header in text[:line_start].splitlines():
        names = _CELLS.split(header.strip(" |"))
        header = names[len(column) - 1] if len(names) == len(cells) else ""
        if SCHEME_WORDS.search(header) or re.fullmatch(_NHS_WORD, header.strip()):
            return True
    return False


# The UK's National Insurance number by its shape alone (privacy20): two prefix letters HMRC issues, three
# pairs of digits and a suffix A-D, spaced or not ("JX 41 22 87 C"); written in capitals, as on the card.
_DASHES = str.maketrans("‐‑‒–—−", "------")
_UK_NI = re.compile(r"(?<![\w-])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                    r"(?: ?\d{2}){3} ?[A-D](?![\w-])")


def _uk_national_insurance(text: str) -> list[Finding]:
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY) for m in _UK_NI.finditer(text)]


# The NHS number, ten digits grouped 3-3-4, after "NHS" in capitals with or without its "number", a few words between
# (privacy25): "(NHS 485 201 7735)", "NHS 402-118-5933", "NHS number on the referral is 612 408 7735"; checked or not.
# Since privacy30 also the plural and the Finnish compound, a person's word after the colon ("NHS numbers on the
# referral: child 601-338-2471", "NHS-numero on ..."), and a table's column headed "NHS" (``_under_scheme``).
_NHS_WORD = r"(?<!\w)NHS(?:[\s-](?:numbers?|numero|no\.?))?"
# (privacy45) Up to five words between ("NHS no. is split on the form:"), and the line may break before the last group.
_NHS = re.compile(rf"{_NHS_WORD}(?:\s[^\W\d_]+){{0,5}}[\s:,(]*(?:is\s+|[^\W\d_]+\s)?"
                  r"(?P<code>\d{3}([ -]?)\d{3}(?:\2|\n)\d{4})(?![\w-]|[.,]\d)")


def _nhs_numbers(text: str) -> list[Finding]:
    return [Finding(ID_CODE, m.start("code"), m.end("code"), m.group("code"), LIKELY) for m in _NHS.finditer(text)]


# The Russian СНИЛС by its shape, "163-084-927 71", when its check number holds (privacy21): the first nine digits
# weighted 9 down to 1, modulo 101 (100 is written 00).
_SNILS = re.compile(r"(?<![\w-])(\d{3})-(\d{3})-(\d{3})[ -](\d{2})(?![\w-])")


def _snils(text: str) -> list[Finding]:
    found = []
    for m in _SNILS.finditer(text):
        digits = "".join(m.groups()[:3])
        if weighted(digits, tuple(range(9, 0, -1))) % 101 % 100 == int(m.group(4)):
            found.append(Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True))
    return found


# An Estonian or Lithuanian code typed with a space after its date or its first digit ("4890711 0274", "6 090517
# 0312"; privacy22, merged by the lead's decision: no dev set but -20 has such codes): a code when its check digit holds.
# (privacy57) Any eleven-digit code with one stray space anywhere ("38204 173722"), a PESEL's or a fødselsnummer's too,
# not starting with 0 (a phone's trunk: "07700 900461" reads as a PESEL of 2207).
_BALTIC_SPACED = re.compile(r"(?<![\w+/.,:-])(?:[1-9] \d{6} \d{4}|[1-9]\d{0,9} \d{1,10})(?![\w/]|[.,:-]\d)")


def _baltic_spaced(text: str) -> list[Finding]:
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), CHECKED, True) for m in _BALTIC_SPACED.finditer(text)
            if len(digits := m.group().replace(" ", "")) == 11 and _checks_as_eleven_digits(digits)]


def find_identity_codes(text: str) -> list[Finding]:
    """Every identity code in ``text``. A code that two schemes read ("030409-1237": a Finnish code
    with a wrong check character, or a Danish CPR) is the surer reading; a code after its scheme's name
    that no scheme here reads is reported as it stands."""
    typed, text = text, text.translate(_DASHES)  # "140698–2131": a dash typed for the hyphen, one character for one
    candidates = _finnish(text) + _baltic_spaced(text)
    candidates += [f for f in (_digit_code(text, m) for m in _DIGITS.finditer(text)) if f]
    candidates += _after_scheme_word(text) + _uk_national_insurance(text) + _snils(text) + _nhs_numbers(text)
    candidates += tax_numbers(text) + grouped_steuer_ids(text)
    candidates = [replace(f, text=typed[f.start:f.end]) for f in candidates]
    candidates.sort(key=lambda f: -f.confidence)  # stable: the Finnish reading wins a tie
    found: list[Finding] = []
    for finding in candidates:
        if all(finding.end <= f.start or finding.start >= f.end for f in found):
            found.append(finding)
    found += _same_shape(text, found)
    found += codes_in_the_same_groups(text, found)  # "943 217 6058, GP says 943 217 6053" (privacy57)
    found += corrected_codes(text, found)  # "5 090 314 225, aga õige on 50903142253" (privacy35)
    return sorted((f for f in found if not _another_partys(text, f)), key=lambda f: f.start)


def _another_partys(text: str, code: Finding) -> bool:
    """Whether a code-shaped number is a business's: named as an invoice's, a contract's... number, or a Russian INN of
    ten digits (an organisation's)."""
    return named_as_another_number(text, code.start) or organisations_inn(text, code.start, code.end)


_DIGIT_RUN = re.compile(r"(?<![\w+/.,-])\d{9,13}(?![\w/]|[.,-]\d)")


def _same_shape(text: str, found: list[Finding]) -> list[Finding]:
    """A bare digit run as long as an identity code found in the same message is a code too ("Steuer-ID
    81630274583 für Hannah, ihr Bruder hat 81630247583")."""
    lengths = {len(f.text) for f in found if f.text.isdigit()}
    # (privacy21: also as long as the digits of a spaced code, and sure enough to win over a phone's reading:
    # "Barn: Olav 170716 52033, Hedda 09112049871")
    lengths |= {sum(ch.isdigit() for ch in f.text) for f in found if f.text.replace(" ", "").isdigit()}
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY) for m in _DIGIT_RUN.finditer(text)
            if len(m.group()) in lengths and unclaimed(m.start(), m.end(), found)]


# (privacy51) A code alone in a register row's cell right after the name ("Mazur Oliwia | 08231507648 | 512-409-836",
# "Jensen, Laura Marie⇥2304124884⇥61 92 04 83"): the row says whose number it is, as a scheme's word would, so a PESEL
# starting with 0 (a birth in the 2000s) is no phone, and a CPR without its hyphen is one by its date; a ten-digit run
# starting with 0 stays a phone (a Finnish mobile, "0401234567", has a date's shape too).
_ROW_CODE = re.compile(r"(?<![\w+/.,:-])\d{10,11}(?![\w/]|[.,:-]\d)")


def _reads_as_a_code(digits: str) -> tuple[float, bool] | None:
    if len(digits) == 11:
        return (CHECKED, True) if _checks_as_eleven_digits(digits) else None
    danish = None if digits.startswith("0") else _danish(digits[:6], digits[6:])
    return (CHECKED, True) if danish and danish[1] else (LIKELY, False) if danish else None


def codes_in_rows(text: str, findings: list[Finding]) -> list[Finding]:
    """The codes standing bare in a row's cell right after a name among ``findings``."""
    ends = [f.end for f in findings if f.kind == NAME]
    codes = []
    for m in _ROW_CODE.finditer(text):
        reading = _reads_as_a_code(m.group())
        if reading and any(end <= m.start() and NAME_TO_CODE.fullmatch(text, end, m.start()) for end in ends):
            codes.append(Finding(ID_CODE, m.start(), m.end(), m.group(), *reading))
    return codes
