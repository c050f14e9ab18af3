"""The English flat, floor or house name written before the house number and street (privacy35).

"Flat 9, 40 Green Lanes", "ground floor flat at 9 Cecil Street", "first floor flat, 31 Albany Terrace, Dundee",
"Flat 2F1, 14 Marchmont Road", "Bramble Cottage, 4 Mill Lane": the English order puts the flat and the house's name
first, and the sets label them with the address. ``find_personal_data`` runs this on the addresses the other
recognisers found that start with a house number; the longer address wins the overlap by starting first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.privacy.base import ADDRESS, Finding

_FLOOR = r"(?:ground|first|second|third|fourth|top|basement|upper|lower)[\s-]floor\s"
# A flat with its number or letter, or a floor's flat ("Flat 2F1", "Flat B", "first floor flat"; not "Connor's flat").
_FLAT = (rf"(?:(?i:{_FLOOR})(?i:flat)|(?i:flat|apartment|apt\.?|unit)\s(?:\d{{1,3}}[A-Za-z]?\d?|[A-Z])(?![\w/-]))"
         r"(?:,\s|\sat\s|\s)")
_HOUSE_WORDS = r"Cottage|Farm|House|Lodge|Barn|Hall|Manor|Grange|Villa|Bungalow|Farmhouse"
_HOUSE_NAME = rf"(?:[A-Z][a-z]+ ){{1,2}}(?:{_HOUSE_WORDS}), "
_BEFORE = re.compile(rf"(?<![\w,])(?:{_FLAT}(?:{_HOUSE_NAME})?|{_HOUSE_NAME})$")


def flats_before_addresses(text: str, findings: list[Finding]) -> list[Finding]:
    """Each address found that starts with a house number, with the flat or the house's name right before it."""
    longer = []
    for address in findings:
        if address.kind != ADDRESS or not text[address.start:address.start + 1].isdigit():
            continue
        m = _BEFORE.search(text, max(0, address.start - 60), address.start)
        if m:
            longer.append(replace(address, start=m.start(), text=text[m.start():address.end]))
    return longer
