"""Lists in a text: the sentence that opens one ("Good practice for recording a disclosure is to:", "each Party
shall:") and its items ("- ...", "a) ...", "3) ...": ``sentences.is_list_item``).

A list is quoted whole (``assistant/answerers/extractive.py``): an item alone loses what it is an item of, an opening
sentence alone says nothing, and a law's conditions quoted in part misstate the law. A numbered paragraph that ends
in a colon ("4. As soon as an unaccompanied child is identified as a victim, each Party shall:") is an item of the
article's paragraphs and opens a list of its own ("a)", "b)", "c)"), which ends where an item of another kind begins
(the paragraph "5."). A chunk boundary may fall inside a list; retrieval then gives the passage the rest of it
(``assistant/retrieval.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.text.actions import opens_list
from assistant.text.sentences import is_list_item

MOST_ITEMS = 8  # items of one list taken with it: a longer list is quoted in part


def _marker(item: str) -> str:
    """The kind of an item's mark: "a)" and "b)" are one kind, "4." another, "-" a third."""
    mark = item.split(maxsplit=1)[0]
    return ("a" if mark[0].isalpha() else "1" if mark[0].isdigit() else mark[0]) + mark[-1]


def list_around(sentence_at: Callable[[int], str | None], position: int) -> range | None:
    """The positions of the list that the sentence at ``position`` opens or is an item of (its opening sentence and
    at most ``MOST_ITEMS`` items), or None when it is in no list. ``sentence_at(i)`` is the i-th sentence, None where
    there is none."""
    here = sentence_at(position)
    if here is None:
        return None
    start = position
    if not opens_list(here):
        if not is_list_item(here):
            return None
        while (before := sentence_at(start - 1)) is not None and is_list_item(before) and not opens_list(before) \
                and _marker(before) == _marker(here):
            start -= 1
        opening = sentence_at(start - 1)
        if opening is None or not opens_list(opening):
            return None
        start -= 1
    end = start + 1
    while end - start <= MOST_ITEMS and (item := sentence_at(end)) is not None and is_list_item(item) \
            and (end == start + 1 or _marker(item) == _marker(sentence_at(start + 1))):
        end += 1
    return range(start, end)


def in_a_list(sentence: str) -> bool:
    """Whether ``sentence`` opens a list or is an item of one."""
    return opens_list(sentence) or is_list_item(sentence)


def whole_lists(part: list[str], section: list[str]) -> list[str]:
    """``part`` (consecutive sentences of ``section``, a chunk of it) with the lists it begins or ends inside made
    whole from ``section``: a chunk boundary that falls inside a list ("each Party shall:" ... "a)" | "b)", "c)")
    would otherwise leave the passage with part of the list. ``part`` as it is when it is no run of ``section``."""
    size = len(part)
    start = next((i for i in range(len(section) - size + 1) if section[i:i + size] == part), None)
    if start is None or not size:
        return part

    def sentence_at(position: int) -> str | None:
        return section[position] if 0 <= position < len(section) else None

    first, last = list_around(sentence_at, start), list_around(sentence_at, start + size - 1)
    low = min(start, first.start) if first else start
    high = max(start + size, last.stop) if last else start + size
    return section[low:high]
