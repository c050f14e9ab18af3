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

from assistant.privacy.base import ID_CODE, LIKELY, Finding, unclaimed

_TYPED_RUN = re.compile(r"(?<![\w+/.,-])\d(?:[ -]?\d){8,12}(?![\w/]|[.,-]\d)")
_CORRECT = re.compile(r"(?<!\w)(?:correct|right|should\sbe|oikea|oikein|rätt|riktig|rigtige|richtig|õige|teisingas|"
                      r"pareiz|"
                      r"prawidłow|poprawn|правильн|"
                      # (privacy51) an apology that corrects it ("NHS 943 476 5918, sorry 943 476 5919", "anteeksi")
                      r"sorry|anteeksi|förlåt|undskyld|unnskyld|entschuldigung|vabandust|atvainojos|atsiprašau|"
                      r"przepraszam|вибачте|вибачаюсь|извините|простите)\w*", re.IGNORECASE)
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


# (privacy45) A code with its letters, typed once wrong and once right beside each other, whichever comes first, with
# or without a word for "correct": "NI no. QT482719B – sorry, typo, it's QT482719C", "250311A041 ja viimeinen merkki P,
# eli 250311A041P": one or two characters changed, or one left off or added.
_CODE_TOKEN = re.compile(r"(?<![\w+/.,-])[0-9A-Z][0-9A-Z-]{7,13}(?![\w/]|[.,-]\d)")
_FEWEST_DIGITS, _MOST_EDITS = 6, 2


def _edits(a: str, b: str) -> int:
    """The Levenshtein distance between ``a`` and ``b`` (short strings: a code's)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def _slip_of(text: str, token: re.Match[str], code: Finding) -> bool:
    start, end = min(token.start(), code.start), max(token.end(), code.end)
    return (end - start <= len(token.group()) + len(code.text) + _BETWEEN and _digits(token.group()) >= _FEWEST_DIGITS
            and 0 < _edits(token.group(), code.text) <= _MOST_EDITS
            and _SENTENCE_END.search(text, start, end) is None)


def corrected_codes(text: str, found: list[Finding]) -> list[Finding]:
    """The runs typed wrong before the word for "correct" and a code in ``found``, and the codes with letters that are
    a slip of one in ``found``."""
    runs = [m for m in _TYPED_RUN.finditer(text) if any(_corrected_by(text, m, f) or _correction_of(text, m, f)
                                                        for f in found)]
    runs += [m for m in _CODE_TOKEN.finditer(text) if not m.group().isdigit() and any(
        _slip_of(text, m, f) for f in found if not f.text.isdigit())]
    return [Finding(ID_CODE, m.start(), m.end(), m.group(), LIKELY) for m in runs
            if unclaimed(m.start(), m.end(), found)]
