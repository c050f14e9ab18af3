"""Follow-up questions ("and if the victim is a child?") rewritten into standalone queries.

Without an LLM: a question that leans on the conversation (it opens with a connective, or is
short and has no topic word of its own) is joined to the previous standalone question. With an
LLM configured, the pipeline asks the LLM instead (see answerers/llm.py).
"""

from __future__ import annotations

import re

_CONNECTIVE = re.compile(
    r"^\s*(and|but|what about|how about|what if|and if|then|also|so|or|"
    r"entä|ja jos|mutta|mitä jos|entäs|ja|sitten|myös|eli|"
    r"och|men|vad gäller|hur är det med|om|än|och om|också|alltså)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"\b(it|they|them|this|that|these|those|he|she|there|"
    r"se|ne|siitä|sitä|tämä|tästä|niitä|hän|he|sen|siihen|silloin|"
    r"det|den|de|dem|detta|denna|han|hon|där|då)\b",
    re.IGNORECASE,
)


def is_follow_up(question: str) -> bool:
    words = question.split()
    if _CONNECTIVE.match(question):
        return True
    return len(words) <= 6 and bool(_PRONOUN.search(question))


def rewrite_follow_up(question: str, history: list[str]) -> str:
    """A standalone query: the question itself, or the last question joined with it."""
    if not history or not is_follow_up(question):
        return question
    return f"{history[-1].strip()} {question.strip()}"
