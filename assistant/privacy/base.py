"""What every recogniser returns: a ``Finding`` of one kind, with how sure it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

ID_CODE = "id_code"
PHONE = "phone"
EMAIL = "email"
IBAN = "iban"
NAME = "name"
ADDRESS = "address"
BIRTH_DATE = "birth_date"
SCHOOL = "school"
# Also the priority when two findings of the same confidence overlap.
KINDS = (ID_CODE, IBAN, EMAIL, PHONE, BIRTH_DATE, ADDRESS, SCHOOL, NAME)

# Language-neutral, so that a redacted question still retrieves well in any language.
PLACEHOLDERS = {ID_CODE: "[ID]", PHONE: "[PHONE]", EMAIL: "[EMAIL]", IBAN: "[IBAN]", NAME: "[NAME]",
                ADDRESS: "[ADDRESS]", BIRTH_DATE: "[BIRTH DATE]", SCHOOL: "[SCHOOL]"}

# How sure a recogniser is. A checksum that holds is CHECKED; the shape of a code with a wrong check
# character, a name in the gazetteer, an address with its street word are LIKELY; what only its
# context makes personal (a capitalised word after "my client") is CONTEXT. All of them are reported.
CHECKED, LIKELY, CONTEXT = 1.0, 0.8, 0.6


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind, where it is (``text[start:end]``) and how sure we are.

    ``checked`` is True when a checksum holds, False when the code's checksum fails (a mistyped code
    still warns), None for kinds that have no checksum.
    """

    kind: str
    start: int
    end: int
    text: str
    confidence: float = CHECKED
    checked: bool | None = None


def unclaimed(start: int, end: int, findings: list[Finding]) -> bool:
    """Whether ``text[start:end]`` overlaps none of ``findings``."""
    return all(f.end <= start or f.start >= end for f in findings)


def window_before(text: str, start: int, chars: int = 48) -> str:
    """The lower-cased text just before ``start`` (for context words)."""
    return text[max(0, start - chars):start].lower()


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“”«»(#*-])\s*$")


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence (or a heading, a list item, a quote), where a
    capital letter says nothing of a name."""
    return _SENTENCE_END.search(text[max(0, start - 4):start]) is not None
