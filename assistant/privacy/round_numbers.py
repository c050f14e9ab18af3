"""(privacy56) A phone number that ends in two zeros is an organisation's: offices, wards, schools and authorities pick
round numbers for their switchboards and main lines ("Lastenklinikka, osasto K6, puh. 09 471 72 600", "Direct: 01632 961
044 | Main: 01632 960 000", "приёмная +7 (495) 600-00-00", "GOPS Piaski tel. 81 582 70 00"), which the conventions
make nothing; a person's own line is seldom round (five of 3,463 labelled phones on the dev sets). It stays a phone
where something says it is someone's own: a relative's word before it ("tėčio +370 (37) 32 11 00"), a home's or a
mobile's label ("0161 496 0000 (home)"), or a mobile's prefix, since switchboards are landlines ("Tlf. 412 55 300"). A
person's direct line behind a switchboard keeps its extension in its span, so its digits end in the extension's."""

from __future__ import annotations

import re

from assistant.privacy.base import PHONE, Finding
from assistant.privacy.name_cues import RELATION_WORDS

_ROUND = re.compile(r"00$")
# A family word, or its genitive, right before the number or before its one label word ("mamos tel.").
_RELATIVES_BEFORE = re.compile(rf"(?<!\w)(?:{RELATION_WORDS}|mors|fars|mammas|pappas|mamos|tėčio|mātes|tēva|mamy|taty|"
                               r"мами|мамы|тата|папы)(?:[ \t]+[^\W\d_]+\.?)?[ \t]*:?[ \t]*$", re.IGNORECASE)
# A home's, a private line's or a mobile's label, in the twelve languages, before the number or in brackets after it.
_OWN_LINE = (r"home|koti\w*|hem\w*|hjemme\w*|privat\w*|private|zuhause|kodu\w*|mājas|namų|domow\w*|prywatn\w*|"
             r"домашн\w*|mob\w*|cell\w*|handy|matkapuhelin\w*|känny\w*|gsm|komórk\w*|моб\w*")
_OWN_LINE_BEFORE = re.compile(rf"(?<!\w)(?:{_OWN_LINE})\.?[ \t]*:?[ \t]*$", re.IGNORECASE)
_OWN_LINE_AFTER = re.compile(rf"[ \t]*\((?:{_OWN_LINE})\)", re.IGNORECASE)
# The region's mobiles by their prefixes, the country code read as the trunk 0 (Finnish 04x and 050, Swedish and British
# 07, Ukrainian 050; Norwegian 4 and 9, Estonian 5, Latvian 2 after its country code only (Oslo's landlines start with 2),
# Lithuanian 86, Russian 9); an area code in brackets is a landline's ("(044) 236 12 00" is Kyiv's). Hamburg's 040 reads
# as a Finnish mobile and stays a phone.
_COUNTRY_TO_TRUNK = re.compile(r"^(?:00|\+)(?:358|46|44|380)")
_MOBILE = re.compile(r"0(?:4\d|50|7\d)\d{6,9}|(?:47)?[49]\d{7}|(?:372)?5\d{6,7}|3712\d{7}|(?:370|8)6\d{7}|[78]?9\d{9}")


def _someones_own(text: str, finding: Finding) -> bool:
    before = re.split(r"\d", text[max(0, finding.start - 30):finding.start])[-1]
    national = re.sub(r"\D", "", _COUNTRY_TO_TRUNK.sub("0", finding.text.strip()))
    mobile = "(" not in finding.text and _MOBILE.fullmatch(national) is not None
    return bool(_RELATIVES_BEFORE.search(before) or _OWN_LINE_BEFORE.search(before)
                or _OWN_LINE_AFTER.match(text, finding.end) or mobile)


def without_round_numbers(candidates: list[Finding], text: str) -> list[Finding]:
    """``candidates`` without the phones whose digits end in two zeros and that nothing says are someone's own."""
    def round_number(finding: Finding) -> bool:
        digits = re.sub(r"\D", "", finding.text)
        return finding.kind == PHONE and _ROUND.search(digits) is not None and not _someones_own(text, finding)

    return [f for f in candidates if not round_number(f)]
