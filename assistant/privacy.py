"""Personal data in what a professional types: find it, and replace it with neutral placeholders.

Detected kinds: Finnish personal identity codes (henkilötunnus, with the date and the check
character validated), IBANs (mod-97 validated), e-mail addresses and phone numbers (Finnish
national numbers and international ones). Validation keeps precision high: law numbers
("417/2007"), dates, years and short service numbers (112, 116 111) are not phone numbers, and a
code whose check character is wrong is not an identity code.

The placeholders are language-neutral (``[ID]``, ``[PHONE]``, ``[EMAIL]``, ``[IBAN]``) so that a
redacted question still retrieves well in any language. The UI runs ``find_personal_data`` before a
message is processed; the feedback store runs ``redact`` on everything it keeps.
"""

from __future__ import annotations

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
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])")


def _emails(text: str) -> list[Finding]:
    return [Finding(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]


# --- phone numbers ------------------------------------------------------------------------------
# International: +CC or 00CC, then digit groups. National (Finland): a leading 0 (040, 050, 09,
# (09), 0800...), then digit groups. Groups are separated by one space or dash, or nothing.
_PHONE = re.compile(
    r"(?<![\w+/.,])"
    r"(?:(?:\+|00)[1-9]\d{0,2}[ -]?(?:\(0\)[ -]?)?|\(0\d{1,3}\)[ -]?|0\d{1,3}[ -]?)"
    r"\d{2,4}(?:[ -]?\d{2,4}){0,4}"
    r"(?![\w/]|[.,]\d)"
)

# Non-geographic service numbers (free helplines, paid services) belong to organisations, not clients.
_SERVICE_PREFIXES = ("0800", "0700", "0600", "0100")


def _phones(text: str) -> list[Finding]:
    found = []
    for m in _PHONE.finditer(text):
        value = m.group()
        digits = re.sub(r"\D", "", value)
        international = value.startswith(("+", "00"))
        if international:
            ok = 8 <= len(digits) - (2 if value.startswith("00") else 0) <= 15
        else:
            ok = 7 <= len(digits) <= 12
        if ok and not (not international and digits.startswith(_SERVICE_PREFIXES)):
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
