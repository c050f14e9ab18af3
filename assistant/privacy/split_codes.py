"""An identity code split over a line anywhere, in any scheme (privacy57).

"hetu 0905⏎12A734L", "pnr 20110927⏎-3753", "ik 517090⏎60429", "NI JT 48⏎29 17 B", "УНЗР 20150619⏎-04178": a form's
narrow field or a pasted table wraps a code wherever its line ends, inside the date, before the hyphen or inside the
serial, and the code patterns, which take a line break in only one or two places, miss it. Each line break between a
code's characters (a digit or a sign before it, a digit or a hyphen and a digit after it) is read as if it were not
there, and a code found across it is reported on the text as typed, the line break inside, as the sets label it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.privacy.base import Finding
from assistant.privacy.identity import find_identity_codes

_BREAK = re.compile(r"(?:(?<=\d)|(?<=\d[-+A-FU-Y]))\n(?=-?\d)")


def codes_split_over_lines(text: str) -> list[Finding]:
    """Identity codes with a line break between two of their characters."""
    breaks = {m.start() for m in _BREAK.finditer(text)}
    if not breaks:
        return []
    kept = [i for i in range(len(text)) if i not in breaks]  # where each character of the joined text stood
    joined = "".join(text[i] for i in kept)
    found = []
    for code in find_identity_codes(joined):
        start, end = kept[code.start], kept[code.end - 1] + 1
        if end - start > code.end - code.start:  # (a line break inside)
            found.append(replace(code, start=start, end=end, text=text[start:end]))
    return found
