"""Personal data in what a professional types: find it, and replace it with neutral placeholders.

Detected kinds: Finnish personal identity codes (henkilötunnus, with the date and the check
character validated), IBANs (mod-97 validated), e-mail addresses and phone numbers (Finnish
national numbers and international ones). Validation keeps precision high: law numbers
("417/2007"), dates, years, business IDs, account numbers, short service numbers (112, 116 111) and
the national numbers of organisations (0800, 029...) are not phone numbers, and a code whose check
character is wrong is not an identity code. E-mail addresses are also found in their dodging forms
("name(at)example.fi", "name [at] example [dot] com").

The placeholders are language-neutral (``[ID]``, ``[PHONE]``, ``[EMAIL]``, ``[IBAN]``) so that a
redacted question still retrieves well in any language. The UI runs ``find_personal_data`` before a
message is processed; the feedback store runs ``redact`` on everything it keeps; the entry points'
log handlers format with ``RedactingFormatter``, so a log line never holds what a user typed in clear.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

ID_CODE = "id_code"
PHONE = "phone"
EMAIL = "email"
IBAN = "iban"
KINDS = (ID_CODE, IBAN, EMAIL, PHONE)  # also the priority when two findings overlap

PLACEHOLDERS = {ID_CODE: "[ID]", PHONE: "[PHONE]", EMAIL: "[EMAIL]", IBAN: "[IBAN]"}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind and where it is (``text[start:end]``)."""

    kind: str
    start: int
    end: int
    text: str


# --- Finnish personal identity code -------------------------------------------------------------
# DDMMYY, a century sign, a three-digit individual number and a check character.
_HETU = re.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2})([-+ABCDEFYXWVU])(\d{3})([0-9A-Y])(?![\w-])", re.IGNORECASE)
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
            "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def is_valid_identity_code(code: str) -> bool:
    """True if ``code`` is a well-formed henkilötunnus: real date, individual number, check character."""
    match = _HETU.fullmatch(code.strip())
    if not match:
        return False
    day, month, year, sign, individual, check = match.groups()
    try:
        date(_CENTURY[sign.upper()] + int(year), int(month), int(day))
    except ValueError:
        return False
    if int(individual) < 2:  # 000 and 001 are never issued
        return False
    return _HETU_CHECK[int(day + month + year + individual) % 31] == check.upper()


def _identity_codes(text: str) -> list[Finding]:
    return [Finding(ID_CODE, m.start(), m.end(), m.group()) for m in _HETU.finditer(text)
            if is_valid_identity_code(m.group())]


# --- IBAN ---------------------------------------------------------------------------------------
# Two letters, two check digits, then the account in groups (of four when printed).
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![\w])", re.IGNORECASE)
_IBAN_LENGTHS = {"FI": 18, "SE": 24, "EE": 20, "LV": 21, "LT": 20, "DE": 22, "DK": 18, "NO": 15, "PL": 28,
                 "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "AX": 18, "BE": 16, "AT": 20, "IE": 22}


def is_valid_iban(value: str) -> bool:
    """True if ``value`` (spaces allowed) passes the ISO 13616 mod-97 check and, for known countries, the length."""
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def _ibans(text: str) -> list[Finding]:
    found = []
    for m in _IBAN.finditer(text):
        candidate = m.group()
        # The greedy match may swallow a following word ("FI21 1234 5600 0007 85 ja"): shrink from the end.
        while len(candidate.replace(" ", "")) >= 15:
            if is_valid_iban(candidate):
                found.append(Finding(IBAN, m.start(), m.start() + len(candidate), candidate))
                break
            candidate = candidate[:-1].rstrip()
    return found


# --- e-mail -------------------------------------------------------------------------------------
# Also the forms people type to dodge spam filters: "name(at)example.fi", "name [at] example [dot] fi".
# An apostrophe may sit inside the local part ("o'connor.mary@..."), never at its start.
_AT = r"(?:@|\s*[(\[]\s*at\s*[)\]]\s*)"
_DOT = r"(?:\.|\s*[(\[]\s*dot\s*[)\]]\s*)"
_EMAIL = re.compile(rf"(?<![\w.+-])(?<!\w')[\w+-][\w.+'-]*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,24}}(?![\w-])",
                    re.IGNORECASE)


def _emails(text: str) -> list[Finding]:
    return [Finding(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]


# --- phone numbers ------------------------------------------------------------------------------
# International: +CC or 00CC, then digit groups. National (Finland): a leading 0 and a non-zero digit
# (040, 050, 09, (09), 0800...), then digit groups. Groups are separated by one space or dash, or
# nothing. A number does not start right after a four-digit group ("SE48 5000 0000 0583 9825 7466"
# is an account number, not a phone) nor run on into "-digit" ("0245442-8" is a business ID).
_PHONE = re.compile(
    r"(?<![\w+/.,])(?<!\d{4}[ -])"
    r"(?:(?P<international>(?:\+|00)[1-9]\d{0,2})[ -]?(?:\(0\)[ -]?)?\d{1,4}"
    r"|(?:\(0[1-9]\d{0,2}\)|0[1-9]\d{0,2})[ -]?\d{2,4})"
    r"(?:[ -]?\d{2,4}){0,4}"
    r"(?![\w/]|[.,-]\d)"
)

# Numbers that belong to organisations, not to clients: non-geographic service numbers (free
# helplines, paid services) and the national numbers of the state and of companies (029 is the
# state's, e.g. the assistance system's 029 546 3177; 020, 030 and 075 are companies').
_SERVICE_PREFIXES = ("0800", "0700", "0600", "0100", "020", "029", "030", "075")
_FINLAND = "358"


def _phones(text: str) -> list[Finding]:
    found = []
    for m in _PHONE.finditer(text):
        value = m.group()
        digits = re.sub(r"\D", "", value)
        country = m.group("international")
        if country:
            country_digits = re.sub(r"\D", "", country).removeprefix("00")
            subscriber = digits[len(re.sub(r"\D", "", country)):]
            ok = 8 <= len(country_digits) + len(subscriber) <= 15
            # "+358 (0)9 ..." carries the trunk 0 already.
            national = ("0" + subscriber.removeprefix("0")) if country_digits == _FINLAND else None
        else:
            ok = 7 <= len(digits) <= 12
            national = digits
        if ok and not (national and national.startswith(_SERVICE_PREFIXES)):
            found.append(Finding(PHONE, m.start(), m.end(), value))
    return found


# --- public -------------------------------------------------------------------------------------
def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, in order, without overlaps."""
    if not text:
        return []
    candidates = _identity_codes(text) + _ibans(text) + _emails(text) + _phones(text)
    candidates.sort(key=lambda f: (KINDS.index(f.kind), f.start))
    taken: list[Finding] = []
    for finding in candidates:
        if all(finding.end <= t.start or finding.start >= t.end for t in taken):
            taken.append(finding)
    return sorted(taken, key=lambda f: f.start)


def redact(text: str, findings: list[Finding] | None = None) -> str:
    """``text`` with each piece of personal data replaced by its placeholder, e.g. ``[PHONE]``."""
    findings = find_personal_data(text) if findings is None else findings
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out.append(text[last:f.start])
        out.append(PLACEHOLDERS[f.kind])
        last = f.end
    out.append(text[last:])
    return "".join(out)


def kinds_found(findings: list[Finding]) -> list[str]:
    """The distinct kinds in ``findings``, in the fixed order of KINDS."""
    present = {f.kind for f in findings}
    return [k for k in KINDS if k in present]


class RedactingFormatter(logging.Formatter):
    """A log formatter whose every line (message, arguments, traceback) passes through ``redact``.

    Libraries put their input into messages and exceptions (a validation error quotes the prompt),
    so redacting the finished line is the one place that catches them all.
    """

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
