"""(privacy47) An address in a pasted e-mail header or a reply's opening line whose display name is no person's is an
office's mailbox ("To: Duty Social Work <duty.sw@tusla.ie>", "Kam: Bāriņtiesa <barintiesa@riga.lv>", "Am 01.12.2026
um 10:14 schrieb ASD Mitte <asd-mitte@…>:"): the name before the angle brackets says whose the mailbox is, and an
office's name holds no name of a person. "Lähettäjä: Sari Pehkonen <sari.pehkonen@…>" keeps its address."""

from __future__ import annotations

import re

from assistant.privacy.base import EMAIL, NAME, Finding

# A header's label at the start of a line (a quoted reply's ">" before it), or a reply's opening verb, in the twelve
# languages, then the display name up to the "<" of the address.
_REPLY_VERBS = (r"wrote|skrev|kirjoitti|schrieb|pisze|napisał\w*|написал\w*|написав\w*|rašė|parašė|rakstīja|"
                r"kirjutas|écrit")
_DISPLAY_NAME = re.compile(rf"(?:^[ \t>]*[^\W\d_][\w-]*(?: [\w-]+)?:|\b(?:{_REPLY_VERBS}))[ \t]+"
                           r"(?P<display>[^\W\d_][^:<>\n]*?)[ \t]*<$", re.MULTILINE | re.IGNORECASE)


def _display_name(text: str, finding: Finding) -> tuple[int, int] | None:
    """Where the display name before ``finding`` (an address in angle brackets) stands, if it follows a header's label
    or a reply's verb and starts with a capital ("Mamma skrev från <…>" gives none)."""
    if text[finding.end:finding.end + 1] != ">":
        return None
    line_start = text.rfind("\n", 0, finding.start) + 1
    match = _DISPLAY_NAME.search(text, line_start, finding.start)
    return match.span("display") if match and match["display"][0].isupper() else None


def without_offices_header_addresses(candidates: list[Finding], text: str) -> list[Finding]:
    """``candidates`` without the addresses whose header display name holds no name found."""
    names = [f for f in candidates if f.kind == NAME]

    def offices(finding: Finding) -> bool:
        span = _display_name(text, finding) if finding.kind == EMAIL else None
        return span is not None and not any(n.start < span[1] and span[0] < n.end for n in names)

    return [f for f in candidates if not offices(f)]
