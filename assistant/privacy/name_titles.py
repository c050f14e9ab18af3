"""A title before a name is outside the name's span (the sets' convention since privacy11), in every case form
(privacy40): "Пані Ткачук" → "Ткачук", "Poniai Petrauskienei" → "Petrauskienei", "pana Kowalskiego" → "Kowalskiego".
A title the lists hold as a first name ("Пані") or an unlisted surname after it made a run of two names."""

from __future__ import annotations

import re

_TITLE_WORD = re.compile(
    r"(?:mr|mrs|ms|miss|dr|herra|herran|herralle|rouva|rouvan|rouvalle|neiti|herr|herrn|fru|fröken|hr|frau|"
    r"pan|pana|panu|panem|panie|pani|panią|ponas|pono|ponui|poną|pone|ponia|ponios|poniai|ponią|proua|härra|"
    r"г-н|г-жа|пан|пана|пану|паном|пані|господин\w*|госпож\w*)\.?(?=\s|$)", re.IGNORECASE)


def titles_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Trim a title off the start of a name's span; a span that was only a title goes."""
    for start, end in list(spans):
        title = _TITLE_WORD.match(text, start, end)
        if not title:
            continue
        confidence = spans.pop((start, end))
        rest = end - len(text[title.end():end].lstrip())
        if rest < end:
            spans[(rest, end)] = max(confidence, spans.get((rest, end), 0.0))
