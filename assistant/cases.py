"""Training cases (``doc_type`` practice-record, knowledge/practice-records/) in the answer to a factual question.

A training case tells what professionals did ("the nurse notified the police the same day"), so it often
matches a question about the law or whom to call better than the law or the contact list does; but it is an
example, not the rule. A factual question that does not ask about a training case gets the guidance among its
passages first and the cases after it (the same passages, only their order changes). A question asks about one
when it says "training case" or "the case" in one of the asker languages, or names a case's child ("Ainon
tapauksessa", "I fallet med Sofia"): the name before the age in a case's title ("Training case 6: Sofia, 14, ...").
Situations have their own order (``retrieval.guidance_first``).
"""

from __future__ import annotations

import re

from assistant.answer import Passage
from assistant.documents import PRACTICE_RECORD

# "training case", "the/that case", "in the case of ..." by asker language (word starts; case-insensitive).
CASE_WORDS: dict[str, tuple[str, ...]] = {
    "fi": ("koulutustapau", "tapaukse", "tapausta", "esimerkkitapau"),
    "sv": ("utbildningsfall", "fallet", "övningsfall"),
    "en": ("training case", "the case", "that case", "this case", "case study"),
    "et": ("koolitusjuhtum", "juhtum"),
    "lv": ("mācību gadījum", "gadījum"),
    "lt": ("mokymų atvej", "atvej"),
    "pl": ("przypadku szkoleniow", "przypadek szkoleniow", "przypadku", "studium przypadku"),
    "de": ("trainingsfall", "fallbeispiel", "im fall", "dem fall", "diesem fall"),
    "da": ("træningscase", "casen", "sagen"),
    "nb": ("opplæringscase", "caset", "saken"),
    "uk": ("навчальн", "випадк", "випадок"),
    "ru": ("учебн", "случа"),
}
_CASE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for words in CASE_WORDS.values() for w in words) + ")",
                        re.IGNORECASE)
_CHILD = re.compile(r"(\w+), \d{1,2}\b")  # "Sofia, 14" in a case's title


def case_child(title: str) -> str | None:
    """The child a training case's title names before the age ("Training case 6: Sofia, 14, ..." -> "Sofia")."""
    found = _CHILD.search(title.split(":", 1)[-1])
    return found.group(1) if found and found.group(1)[:1].isupper() else None


def names_a_case(query: str, passages: list[Passage]) -> bool:
    """Whether ``query`` asks about a training case: by a word for one, or by the name of the child of a case
    among ``passages`` in any case form (its first letters: "Ainon", "Sofiju")."""
    if _CASE_WORD.search(query):
        return True
    words = re.findall(r"\w+", query)
    for p in passages:
        if p.chunk.doc_type != PRACTICE_RECORD or not (child := case_child(p.chunk.title)):
            continue
        stem = child if len(child) <= 4 else child[:-1]
        if any(word.startswith(stem) for word in words):
            return True
    return False


def cases_last(passages: list[Passage], query: str) -> list[Passage]:
    """``passages`` with the training cases after the guidance, unless ``query`` asks about a case."""
    if names_a_case(query, passages):
        return passages
    return ([p for p in passages if p.chunk.doc_type != PRACTICE_RECORD]
            + [p for p in passages if p.chunk.doc_type == PRACTICE_RECORD])
