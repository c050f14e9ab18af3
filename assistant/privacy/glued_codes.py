"""An identity code typed glued to the word before it, in any language (privacy52).

"hetun210617A587P", "pnr19880912-4517", "isikukoodi61804110827", "PESEL dziecka17241503678", "РНОКПП дитини4324006186":
a note typed fast or a speech-to-text line drops the space, and the code patterns, which want a word's end before a
code, miss it. Each such place is read as if the space were typed, and a code found starting there is reported on the
text as typed, without the word. Only after a word of three letters or more with a small letter in it, so no IBAN's
country ("FI21 …") and no reference's prefix in capitals is split; not after a phone's word ("тел0934417806" is a phone).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.privacy.base import Finding
from assistant.privacy.identity import find_identity_codes
from assistant.privacy.phone_words import PHONE_WORDS

_GLUED = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?=\d)")


def codes_glued_to_words(text: str) -> list[Finding]:
    """Identity codes typed right after a word, without a space."""
    glued = [m.end() for m in _GLUED.finditer(text) if not m.group().isupper() and not PHONE_WORDS.fullmatch(m.group())]
    if not glued:
        return []
    spaced = "".join(text[start:end] + " " for start, end in zip([0, *glued], glued)) + text[glued[-1]:]
    code_starts = {at + k + 1: at for k, at in enumerate(glued)}  # (where each code would start in ``spaced``)
    found = []
    for code in find_identity_codes(spaced):
        if code.start in code_starts:
            start = code_starts[code.start]
            end = start + len(code.text)
            if text[start:end] == code.text:  # (no other space inserted inside it)
                found.append(replace(code, start=start, end=end))
    return found
