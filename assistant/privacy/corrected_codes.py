"""A code typed wrong and then corrected in the same message (privacy35).

"Isikukood on paberil 5 090 314 225, aga õige on 50903142253", "I søknaden står 090312 51781, riktig er 09031251718",
"У заяві РНОКПП 40 789 0462, правильний 4078904626": the run of digits before the word for "correct" and a code found
(or, since privacy37, after a code found and the word: "612 398 2041 is wrong, it should be 612 398 2044"; since
privacy44 after a code found and a word for "not": "721 604 3383 not 721 604 3393") is the same
person's code, a digit short or long or spaced otherwise, as the sets label a mistyped code. Only in the
same sentence: in "Soita 040 123 4567. Hetu oli väärin, oikea on ..." the number is a phone.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ID_CODE, LIKELY, Finding

_TYPED_RUN = re.compile(r"(?<![\w+/.,-])\d(?:[ -]?\d){8,12}(?![\w/]|[.,-]\d)")
_CORRECT = re.compile(r"(?<!\w)(?:correct|right|should\sbe|oikea|oikein|rätt|riktig|rigtige|richtig|õige|teisingas|"
                      r"pareiz|"
                      r"prawidłow|poprawn|правильн)\w*", re.IGNORECASE)
# (privacy44) The right code, then a word for "not" and the slip: "721 604 3383 not 721 604 3393 as the form says",
# "СНИЛС 156-330-842 57, а не 156-330-842 67", "0102 ei 0103" — a negation right before the run, as long as the code.
_NOT_BEFORE = re.compile(r"(?<!\w)(?:not|inte|ej|ikke|ei|nicht|nie|ne|не|а\sне|не\sже)[\s:,]*$", re.IGNORECASE)
_BETWEEN = 40  # characters at most from the wrong run to the code
_SENTENCE_END = re.compile(r"[.!]\s")  # not "?": "0906148842? Nej fel – rätt nummer ..."


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _corrected_by(text: str, run: re.Match[str], code: Finding) -> bool:
    return (run.end() <= code.start <= run.end() + _BETWEEN and abs(_digits(run.group()) - _digits(code.text)) <= 1
            and _CORRECT.search(text, run.end(), code.start) is not None
            and _SENTENCE_END.search(text, run.end(), code.start) is None)


def _correction_of(text: str, run: re.Match[str], code: Finding) -> bool:
    """The other way round (privacy37): the code found, then the word for "correct" and the run that corrects it
    ("NHS no. 612 398 2041 is wrong on the form, it should be 612 398 2044"), as long as the code."""
    return (code.end <= run.start() <= code.end + _BETWEEN and _digits(run.group()) == _digits(code.text)
            and (_CORRECT.search(text, code.end, run.start()) is not None
                 or _NOT_BEFORE.search(text, code.end, run.start()) is not None)
            and _SENTENCE_END.search(text, code.end, run.start()) is None)


def corrected_codes(text: str, found: list[Finding]) -> list[Finding]:
    """The runs typed wrong before the word for "correct" and a code in ``found``."""
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY) for m in _TYPED_RUN.finditer(text)
            if any(_corrected_by(text, m, f) or _correction_of(text, m, f) for f in found) and
            all(m.end() <= f.start or m.start() >= f.end for f in found)]
