"""A phone number said or typed in words, as a number dictated over the phone is written down (privacy43).

"nolla neljä nolla, kuus kaks kolme, yheksän yks nolla viis", "oh seven nine eight one, double four two, six one
seven", "plus fire fem, toogtyve, fireogfyrre", "восемь, девятьсот шестнадцать, двести сорок один, тридцать семь":
a run of number words of one language (``digit_words``), digits among them or not, in groups with spaces or commas
between, is a phone when it says seven to fifteen digits in at least three words. A sum, a time, an age, a date or
a count said in words says fewer digits, or is cut by the words between ("kaksituhatta", "o'clock", "May"), and
a count ("one, two, three, four, five, six, seven": a digit a group) or a count of things with no word of a phone, a
number or a call before it on its line is none. Words
in brackets or quotes right after a number in digits read that number out ("8 800 2000 122 («восемь восемьсот …»)"):
they are a phone when the digits are one, and a helpline's when the digits are a helpline's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from assistant.privacy.base import LIKELY, PHONE, Finding
from assistant.privacy.digit_words import (HUNDRED, LANGUAGES, PAIR, PLUS, REPEAT, REPEATS, TEN, UNIT, ZERO,
                                          is_number_word, role_of)
from assistant.privacy.numbers import is_organisations_number
from assistant.privacy.phone_shapes import find_all_phones

_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*|\d{1,4}")
# What may stand between two words of one number: spaces, a comma (which closes a group) or a dash.
_GAP = re.compile(r"[ \t]*(?:[,–-][ \t]*)?")
_FEWEST_WORDS, _FEWEST_DIGITS, _MOST_DIGITS = 3, 7, 15
DIGITS = "digits"
_Run = list[tuple[re.Match[str], str]]  # number words (and digits) next to each other, with their roles
_DIGITS_OF_ROLE = {ZERO: 1, UNIT: 1, PAIR: 2, TEN: 2, HUNDRED: 3, REPEAT: 0, PLUS: 0}
# A phone's, a number's, a call's or a dictation's word, on the line before the words, in the region's languages.
_PHONE_SAID = re.compile(
    r"(?<![\w-])(?:puh|tel|tlf|tfn|тел|ring|call|ruf|sms|text|mob|cell|gsm|handy)|phone|mobil|моб|"
    r"numb|numm|numer|numur|numr|tālr|номер|soit|helist|zvan|skamb|dzwo|zadzw|звон|дзвон|"
    r"dikt|dictat|sanel|дикт|padikt|podykt", re.IGNORECASE)
_LINE_BEFORE = 120
# What completes the tens or hundreds said before it, with no digits of its own ("forty five", "trzysta czterdzieści
# jeden").
_COMPLETES = {TEN: (UNIT,), HUNDRED: (UNIT, PAIR, TEN)}


def find_spoken_phones(text: str) -> list[Finding]:
    """Phone numbers said in words (with digits among the words or not), as typed."""
    found: list[Finding] = []
    for run in runs_in_each_language(text, _digit_or_number_word, _FEWEST_WORDS):
        start, end = run[0][0].start(), run[-1][0].end()
        if not any(f.start < end and start < f.end for f in found) and _is_phone(text, run) and (
                _said_for_a_phone(text, start) and not is_organisations_number(text, start, end)
                and not _restates_no_phone(text, start)):
            found.append(Finding(PHONE, start, end, text[start:end], LIKELY))
    return sorted(found, key=lambda f: f.start)


def _digit_or_number_word(token: str, language: str) -> str | None:
    return DIGITS if token.isdigit() else role_of(token, language)


def runs_in_each_language(text: str, role: Callable[[str, str], str | None], fewest_words: int) -> Iterator[_Run]:
    """The runs of each language's number words in ``text`` (``role`` gives a token's role in a language), in languages
    whose words in the text are ``fewest_words`` or more (privacy44: the phones' and the identity codes' one reading)."""
    tokens = list(_TOKEN.finditer(text))
    if sum(is_number_word(t.group()) for t in tokens) < fewest_words:
        return
    for language in LANGUAGES:
        roles = [role(t.group(), language) for t in tokens]
        if sum(r is not None and r != DIGITS for r in roles) >= fewest_words:
            yield from _runs(text, tokens, roles)


def _runs(text: str, tokens: list[re.Match[str]], roles: list[str | None]) -> list[_Run]:
    """The runs of number words next to each other; a plus only first, a repeat never last."""
    runs: list[_Run] = []
    run: _Run = []
    for token, role in zip(tokens, roles):
        joined = run and _GAP.fullmatch(text, run[-1][0].end(), token.start()) and role != PLUS
        if role is not None and (joined or not run):
            run.append((token, role))
            continue
        runs.append(run)
        run = [(token, role)] if role is not None else []
    runs.append(run)
    for run in runs:
        while run and run[-1][1] in (PLUS, REPEAT):
            run.pop()
    return [run for run in runs if run]


def _said_for_a_phone(text: str, start: int) -> bool:
    line = text[max(0, start - _LINE_BEFORE):start].rsplit("\n", 1)[-1]
    return _PHONE_SAID.search(line) is not None


# A number in digits, then an opening bracket or quote before the words.
_DIGITS_BEFORE = re.compile(r"\d[ \t]*[(«\"“„']+[ \t]*$")


def _restates_no_phone(text: str, start: int) -> bool:
    """Whether the words at ``start`` read out the number in digits before them, and that number is no phone."""
    before = _DIGITS_BEFORE.search(text, max(0, start - 6), start)
    return before is not None and not any(p.end == before.start() + 1 for p in find_all_phones(text[:before.end()]))


def _is_phone(text: str, run: _Run) -> bool:
    words = sum(role != DIGITS and role != PLUS for _, role in run)
    return (words >= _FEWEST_WORDS and _FEWEST_DIGITS <= digits_said(text, run) <= _MOST_DIGITS
            and not _counted(text, run))


def _counted(text: str, run: _Run) -> bool:
    """Every word a group of its own, each a single digit: numbers counted or listed, not a phone read out."""
    gaps = [text[a.end():b.start()] for (a, _), (b, _) in zip(run, run[1:])]
    return all("," in gap for gap in gaps) and all(role in (UNIT, ZERO) for _, role in run if role != PLUS)


def digits_said(text: str, run: _Run) -> int:
    """How many digits the run says: tens and hundreds take the units after them into their own digits, a unit
    before hundreds becomes the hundreds ("šeši šimtai"), a comma closes a group."""
    digits, awaiting, previous, repeat = 0, None, None, 1
    for index, (token, role) in enumerate(run):
        if index and "," in text[run[index - 1][0].end():token.start()]:
            awaiting, previous = None, None
        if role == HUNDRED and previous == UNIT:
            digits += 2
        elif role not in _COMPLETES.get(awaiting, ()):
            digits += len(token.group()) if role == DIGITS else _DIGITS_OF_ROLE[role] * repeat
        awaiting = role if role in (TEN, HUNDRED) else None
        repeat = REPEATS.get(token.group().lower(), 1) if role == REPEAT else 1
        previous = role
    return digits
