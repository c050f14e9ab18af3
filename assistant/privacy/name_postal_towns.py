"""(privacy55) A capitalised word right after a postcode is the postcode's town, not a person, whatever the name lists
say of it: "Skatteverket, 771 83 Ludvika", "Kela, PL 450, 00056 Kela", "ul. Polna 3, 26-600 Radom", "Brīvības iela
5, LV-1010 Rīga", "Postboks 2128, 0505 Oslo". A postcode is five digits, the Swedish three and two, the Polish two and
three, a Baltic country's letters before its digits, or four digits after a comma or at a line's start (the Nordic
four, not a year in a sentence: "i 2019 Emma började")."""

from __future__ import annotations

import re

_POSTCODE_BEFORE = re.compile(r"(?:(?<![\d-])(?:\d{5}|\d{3}\s\d{2}|\d{2}-\d{3}|(?:LV|LT|EE)-\d{4,5})|"
                              r"(?:^|,\s|\n)\d{4})[ \t]$")


def postal_towns_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a name found right after a postcode (see the module's docstring)."""
    for start, end in list(spans):
        if _POSTCODE_BEFORE.search(text, max(0, start - 12), start) and text[start:start + 1].isupper():
            del spans[(start, end)]
