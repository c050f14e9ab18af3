"""The answerer interface: turn a question and ranked passages into cited sentences."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.answer import Passage


@dataclass
class DraftSentence:
    text: str
    ranks: list[int]  # ranks of the passages it cites (Passage.rank)
    quote: dict[int, str] = field(default_factory=dict)  # rank -> words quoted from that passage
    example: bool = False  # from a training case, shown as an example (not as guidance)
    label: str = ""  # the heading of the guide's step this sentence is quoted from, shown before it


@dataclass
class Draft:
    sentences: list[DraftSentence]
    no_answer: bool = False  # the answerer found nothing in the passages that answers
    verified: bool = False  # True when the sentences need no further support check
    quoted: bool = False  # True when the sentences are the passages' own words, quoted verbatim


class Answerer(ABC):
    name: str = "answerer"

    @abstractmethod
    def generate(self, question: str, passages: list[Passage], language: str) -> Iterator[str | Draft]:
        """Yield text deltas as they come (may be none), then exactly one final Draft."""

    def rewrite(self, question: str, history: list[str], language: str) -> str | None:
        """A standalone version of a follow-up question, or None to use the rule-based rewrite."""
        return None
