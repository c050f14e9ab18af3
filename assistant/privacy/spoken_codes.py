"""An identity code said in words, as a parent reads it out over the phone and a worker types it down (privacy44).

"hetun puhelimessa: kaks kuus nolla kolme yks yks, A, viis kaks kaheksan kaks", "personnumret: … fjorton, streck, tre
tre sex sex", "NI number over the phone: J K one four, seven seven, three one, C", "РНОКПП доньки: чотири два шість
сім сім, нуль нуль два шість чотири": right after a scheme's name (``identity.SCHEME_NAMES``; a few words and a colon
may stand between, in one sentence), a run of one language's number words (``digit_words``), digits among them or
not, with the capital letters and the century sign or hyphen said as a word ("A", "viiva", "streck", "bindestreg"),
that says as many digits and letters as a code has. After a scheme's name such a run is the code, not a phone.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ID_CODE, LIKELY, Finding
from assistant.privacy.digit_words import role_of
from assistant.privacy.identity import SCHEME_NAMES, near_id_word
from assistant.privacy.spoken_phones import DIGITS, digits_said, runs_in_each_language

_LETTER, _SIGN = "letter", "sign"
# The hyphen or a century sign said as a word, in the region's languages.
_SIGN_WORDS = re.compile(r"viiva|miinus|streck|bindestreck|bindestreg|bindestrek|strek|svītra|brūkšnys|kriips|"
                         r"myślnik|kreska|dash|hyphen|bindestrich|strich|тире|дефіс|дефис", re.IGNORECASE)
# The scheme's name, then at most four words (whose code, who read it out) and a colon or a dash, on one line; (privacy45)
# the words read out may open a quotation ("personnummer i telefon: "tjugofjorton noll nio …"", "СНИЛС сына: «…»").
_SCHEME_BEFORE = re.compile(rf"{SCHEME_NAMES}(?:[^\S\n]+[^\W\d_]+){{0,4}}[^\S\n]*[:–—-]?[^\S\n]*[\"«„“]?$",
                            re.IGNORECASE)
_REACH = 90  # characters from the scheme's name to the first word of the code, at most
_FEWEST_WORDS, _FEWEST_SIGNS, _MOST_SIGNS = 5, 8, 14  # number words; digits and letters said


def find_spoken_codes(text: str) -> list[Finding]:
    """Identity codes said in words after their scheme's name, as typed."""
    found: list[Finding] = []
    for run in runs_in_each_language(text, _role, _FEWEST_WORDS):
        run = _trimmed(run)
        if not run:
            continue
        start, end = run[0][0].start(), run[-1][0].end()
        if _is_code(text, run) and _named(text, run) and not any(f.start < end and start < f.end for f in found):
            found.append(Finding(ID_CODE, start, end, text[start:end], LIKELY))
            found += _typed_after(text, run)
    return sorted(found, key=lambda f: f.start)


# (privacy45) The code typed down right after it was read out, in its sentence: the quote closed, a few words ("also",
# "тобто", "and I've typed it as") and the digits, as many as the words said ("…", also 47182539065").
_TYPED_AFTER = re.compile(r"[\"»”“]?[,;]?(?:[^\S\n]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,6}[^\S\n]*:?[^\S\n]*"
                          r"(?P<code>\d+(?:[ -]\d+)*)(?![\w-]|[.,]\d)")


def _typed_after(text: str, run: list[tuple[re.Match[str], str]]) -> list[Finding]:
    typed = _TYPED_AFTER.match(text, run[-1][0].end())
    said = digits_said(text, [(token, role) for token, role in run if role not in (_LETTER, _SIGN)])
    if typed is None or sum(ch.isdigit() for ch in typed.group("code")) != said:
        return []
    return [Finding(ID_CODE, typed.start("code"), typed.end("code"), typed.group("code"), LIKELY)]


def _named(text: str, run: list[tuple[re.Match[str], str]]) -> bool:
    """A scheme's name before the run; or, when the run says a letter or a sign (a check character, a century sign,
    which no phone has), an identity word ("tunnuksen: kaks yks nolla kuus yks neljä, A, kolme viis kaks, B")."""
    start = run[0][0].start()
    return _SCHEME_BEFORE.search(text, max(0, start - _REACH), start) is not None or (
        any(role in (_LETTER, _SIGN) for _, role in run) and near_id_word(text, start))


def _role(token: str, language: str) -> str | None:
    if token.isdigit():
        return DIGITS
    if len(token) == 1 and token.isupper():
        return _LETTER
    return _SIGN if _SIGN_WORDS.fullmatch(token) else role_of(token, language)


def _trimmed(run: list[tuple[re.Match[str], str]]) -> list[tuple[re.Match[str], str]]:
    """The run without a sign word at either end (a hyphen stands between a code's parts)."""
    while run and run[0][1] == _SIGN:
        run = run[1:]
    while run and run[-1][1] == _SIGN:
        run = run[:-1]
    return run


def _is_code(text: str, run: list[tuple[re.Match[str], str]]) -> bool:
    numbers = [(token, role) for token, role in run if role not in (_LETTER, _SIGN)]
    letters = sum(role == _LETTER for _, role in run)
    words = sum(role != DIGITS for _, role in numbers)
    return words >= _FEWEST_WORDS and _FEWEST_SIGNS <= digits_said(text, numbers) + letters <= _MOST_SIGNS
