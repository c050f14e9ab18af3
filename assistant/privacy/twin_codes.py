"""A number typed in the same groups as an identity code found in the message is a code too (privacy57).

"NHS number on the form is 943 217 6058, GP says 943 217 6053", "СНИЛС не 148-611-902 35, а 148-611-920 72", two
siblings' numbers in one row: the second number, mistyped, corrected or a twin's, often fails its check or stands
after no scheme's name, but it is written in the very groups of the code beside it (digits in the same runs, the same
spaces and dashes between), which no phone of the message shares by chance; in its sentence or on a line of its own,
not after the word for a contract or an invoice ("договор 132-447-221 00"). ``identity``'s ``_same_shape`` does this for bare digit runs; this is its grouped
counterpart.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ID_CODE, LIKELY, Finding, unclaimed
from assistant.privacy.code_lookalikes import after_a_numbered_thing

_FEWEST_DIGITS = 9


def _groups_of(code: str) -> re.Pattern[str] | None:
    """The pattern of ``code``'s groups: each digit a digit, each separator itself; None for an ungrouped code."""
    if not re.fullmatch(r"\d+(?:[ -]\d+)+", code) or sum(ch.isdigit() for ch in code) < _FEWEST_DIGITS:
        return None
    shape = re.sub(r"\d", r"\\d", re.escape(code))
    return re.compile(rf"(?<![\w+/.,:-]){shape}(?![\w/]|[.,:-]\d)")


_SENTENCE_END = re.compile(r"[.!?]\s")


def _beside(text: str, code: Finding, start: int, end: int) -> bool:
    """In the code's sentence, or on a line of its own (a table's row, a list's item): "NHS number 612 408 7735. Not
    612 408 7753 but the other line." names a number that is not the code (round 44's guard)."""
    between = text[min(code.end, end):max(code.start, start)]
    return "\n" in between or _SENTENCE_END.search(between) is None


def codes_in_the_same_groups(text: str, found: list[Finding]) -> list[Finding]:
    """The numbers written in the groups of a code in ``found``, beside it, and not found themselves."""
    twins: list[Finding] = []
    for code in (f for f in found if f.kind == ID_CODE):
        pattern = _groups_of(code.text)
        if pattern is None:
            continue
        twins += [Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY) for m in pattern.finditer(text)
                  if unclaimed(m.start(), m.end(), found + twins) and _beside(text, code, m.start(), m.end())
                  and not after_a_numbered_thing(text, m.start())]
    return twins
