"""Sentence splitting for Finnish, Swedish and English legal and practice texts.

Rules that general splitters get wrong here:
- abbreviations: "esim.", "ks.", "mm.", "t.ex.", "bl.a.", "kap.", "mom.", "e.g.", "Art." ...;
- Finnish ordinals and dates: "1. momentti", "18. ikävuotta", "1.1.2023" (a number + period
  followed by a lower-case word does not end a sentence);
- section marks: "25 luvun 3 §:n" and "3 § Ihmiskauppa" never split around the mark;
- list items and headings on their own lines are sentences of their own.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    # Finnish
    "esim", "ks", "mm", "ym", "yms", "jne", "ns", "vrt", "mom", "kohd", "lk", "kpl", "n", "s",
    "tms", "em", "ko", "ao", "huom", "nro", "puh", "klo", "os", "v", "ts", "ml", "jälk", "yht",
    # Swedish
    "t.ex", "bl.a", "m.m", "dvs", "kap", "mom", "st", "p", "jfr", "resp", "ca", "s.k", "t.o.m", "fr.o.m",
    "nr", "osv", "enl", "tel", "f.d", "d.v.s", "m.fl", "o.d", "ang",
    # English
    "e.g", "i.e", "etc", "art", "arts", "no", "nos", "para", "paras", "cf", "vs", "dr", "mr", "mrs", "ms",
    "prof", "sec", "ch", "vol", "pp", "oj", "approx", "incl", "fig", "u.s", "st",
}

# A candidate boundary: ., ! or ? (optionally closing quotes/brackets), then space(s).
_BOUNDARY = re.compile(r"([.!?]+[\"'”’)\]]*)(\s+)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)]|[a-z][.)])\s+")


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, keeping each one's original wording."""
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        for line in _lines(block):
            sentences.extend(_split_line(line))
    return [s for s in (s.strip() for s in sentences) if s]


def says_the_same(a: set[str], b: set[str]) -> bool:
    """Whether two sentences, as sets of their words' base forms, say the same: more than 80 % of the shorter one's are
    in the other ("Call 112 when a child's life or health is under threat, and also when you only suspect this" in
    "... or find the situation threatening")."""
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) > 0.8


def _lines(block: str) -> list[str]:
    """Join wrapped lines of a paragraph, but keep list items and headings on their own."""
    out: list[str] = []
    for raw in block.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if out and not is_list_item(line) and not line.startswith("#") and not out[-1].startswith("#") \
                and not _ends_sentence(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return [re.sub(r"^#+\s*", "", line) for line in out]


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?:;][\"'”’)\]]*$", line)) or is_list_item(line)


def is_list_item(line: str) -> bool:
    """Whether ``line`` (or a sentence split from it) is an item of a list: "- ...", "3) ...", "b. ..."."""
    return bool(_LIST_ITEM.match(line))


def _split_line(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end(1)
        before = line[start:match.start(1)]
        after = line[match.end():]
        if _is_boundary(before, match.group(1), after):
            parts.append(line[start:end])
            start = match.end()
    parts.append(line[start:])
    return parts


def _is_boundary(before: str, punct: str, after: str) -> bool:
    if not after:
        return True
    if punct[0] in "!?":
        return True
    if re.fullmatch(r"\s*(\d{1,3}|[a-z]|[ivxlc]+)", before):
        return False  # a list number or letter opening the line: "1.  States Parties ..."
    last_word = re.search(r"([\w.]+)$", before)
    word = last_word.group(1) if last_word else ""
    next_char = after[0]
    if word.lower().rstrip(".") in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. Smith"
    if word.isdigit() and (next_char.islower() or next_char in "§"):
        return False  # Finnish ordinal or date: "1. momentti", "18. ikävuotta"
    if next_char.islower():
        return False
    return next_char.isupper() or next_char.isdigit() or next_char in "\"'“‘(§[-–•*"
