"""IBANs, validated by their mod-97 check digits and their country's length (privacy47: out of ``numbers.py``)."""

from __future__ import annotations

import re

from assistant.privacy.base import IBAN, Finding

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


def _one_case(candidate: str) -> bool:
    """(privacy58) An IBAN is typed in one case: the account's letters are in capitals unless the country's are not,
    so a parcel's number and the words after it are none ("JD014600003827419023 for Leon Brig" held mod 97)."""
    account_letters = [ch for ch in candidate[4:] if ch.isalpha()]
    return candidate[:2].islower() or all(ch.isupper() for ch in account_letters)


def find_ibans(text: str) -> list[Finding]:
    found = []
    for m in _IBAN.finditer(text):
        candidate = m.group()
        # The greedy match may swallow a following word ("FI21 1234 5600 0007 85 ja"): shrink from the end.
        while len(candidate.replace(" ", "")) >= 15:
            if _one_case(candidate) and is_valid_iban(candidate):
                found.append(Finding(IBAN, m.start(), m.start() + len(candidate), candidate, checked=True))
                break
            candidate = candidate[:-1].rstrip()
    return found
