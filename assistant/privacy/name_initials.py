"""A person named by initials alone (privacy16): "A.K. kertoi ryhmässä", "K.M. disclosed at the end of the session",
"M.S. hat erzählt", "undertecknad av A.K. och L. Bergkvist".

Notes keep a child's name short for privacy's sake, and the initials are still personal data. Two or three capitals,
each with its dot and no space, count when a person's verb follows (or an auxiliary and a verb: "hat erzählt", "oli
lähtenyt", "has told") or a word of signing or a conjunction with a name stands before; abbreviations common as
words ("U.S.", "z.B.", "d.h.", "P.S.") are rarer than that as initials and stay out by their frequency.
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT
from assistant.privacy.gazetteer import zipf_anywhere
from assistant.privacy.name_cues import PERSON_NEXT

_INITIALS = re.compile(r"(?<![\w.\d:])(?:[A-ZÅÄÖÜØÆŠŽ]\.){2,3}(?![\w.])")
_AUXILIARY_NEXT = re.compile(r"^\s+(?:hat|hatte|ist|war|har|hade|on|oli|ei|has|had|was|is|er|var|ir|yra|ma|jest|"
                             r"disclosed|reported|stated|admitted|denied|explained|said|told|refused)(?:\s+[a-zäöüåæøõšž]\w*)?",
                             re.IGNORECASE)
_SIGNED_BEFORE = re.compile(r"(?<!\w)(?:av|by|witness|signed|signerad|undertecknad|unterschrieben\s+von|von|"
                            r"kirjoittanut|allekirjoittanut)\s+$", re.IGNORECASE)
_WITH_A_NAME_AFTER = re.compile(r"^\s+(?:och|and|und|og|ja|sekä|i|ir|un|и|і)\s+(?:[A-ZÅÄÖ]\.\s?)*[A-ZÅÄÖ][a-zåäöüæø]+")
# An abbreviation as common as this as a word in some asker language is one ("u.s.", "z.b.", "p.s.": Zipf).
_ABBREVIATION_ZIPF = 4.0


def initials_alone(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Add initials that stand for a person (see the module's docstring)."""
    for m in _INITIALS.finditer(text):
        if zipf_anywhere(m.group().lower()) >= _ABBREVIATION_ZIPF:
            continue
        after = text[m.end():m.end() + 40]
        if PERSON_NEXT.match(after) or _AUXILIARY_NEXT.match(after) or _WITH_A_NAME_AFTER.match(after) or \
                _SIGNED_BEFORE.search(text[max(0, m.start() - 24):m.start()]):
            if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans):
                spans[(m.start(), m.end())] = CONTEXT
