"""(privacy56) A phone number that ends in two zeros is an organisation's: offices, wards, schools and authorities pick
round numbers for their switchboards and main lines ("Lastenklinikka, osasto K6, puh. 09 471 72 600", "Direct: 01632 961
044 | Main: 01632 960 000", "приёмная +7 (495) 600-00-00", "GOPS Piaski tel. 81 582 70 00"), which the conventions
make nothing; a person's own mobile or home line is seldom round (five of 3,463 labelled phones on the dev sets). A
person's direct line behind a switchboard keeps its extension in its span, so its digits end in the extension's, and a
relative's number stays a phone, round or not ("tėčio +370 (37) 32 11 00", "mamma tel. 08-712 44 00")."""

from __future__ import annotations

import re

from assistant.privacy.base import PHONE, Finding
from assistant.privacy.name_cues import RELATION_WORDS

_ROUND = re.compile(r"00$")
# A family word, or its genitive, right before the number or before its one label word ("mamos tel.").
_RELATIVES_BEFORE = re.compile(rf"(?<!\w)(?:{RELATION_WORDS}|mors|fars|mammas|pappas|mamos|tėčio|mātes|tēva|mamy|taty|"
                               r"мами|мамы|тата|папы)(?:[ \t]+[^\W\d_]+\.?)?[ \t]*:?[ \t]*$", re.IGNORECASE)


def without_round_numbers(candidates: list[Finding], text: str) -> list[Finding]:
    """``candidates`` without the phones whose digits end in two zeros and whose owner is no relative."""
    def round_number(finding: Finding) -> bool:
        return (finding.kind == PHONE and _ROUND.search(re.sub(r"\D", "", finding.text)) is not None
                and not _RELATIVES_BEFORE.search(text, max(0, finding.start - 30), finding.start))

    return [f for f in candidates if not round_number(f)]
