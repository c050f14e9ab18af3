"""The answer is data: one object that the CLI, the UI and the evals render or score.

Citations carry exactly the passages the answer used; nothing re-runs a search afterwards to
"find sources".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.documents import Chunk


@dataclass
class Passage:
    """A retrieved chunk with its scores; ``rank`` is 1-based after fusion."""

    chunk: Chunk
    score: float  # fused score
    dense: float | None = None  # cosine similarity to the question, if the dense side found it
    keyword: float | None = None  # BM25 score, if the keyword side found it
    rank: int = 0

    def to_dict(self) -> dict[str, Any]:
        c = self.chunk
        return {"rank": self.rank, "source": c.source, "title": c.title, "locator": c.locator, "page": c.page,
                "language": c.language, "doc_type": c.doc_type, "score": round(self.score, 6),
                "dense": None if self.dense is None else round(self.dense, 4),
                "keyword": None if self.keyword is None else round(self.keyword, 4), "text": c.text}


@dataclass
class Citation:
    """One numbered source of an answer: the passage and the words quoted from it."""

    n: int
    source: str
    title: str
    locator: str
    quote: str
    score: float
    language: str
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sentence:
    """One sentence of the answer, the citation numbers behind it, and whether they support it."""

    text: str
    citations: list[int]
    supported: bool = True
    support: float | None = None  # support score from verification (LLM answers)


@dataclass
class Answer:
    question: str
    language: str
    answer: str
    abstained: bool
    abstain_reason: str | None = None
    standalone_question: str | None = None  # the follow-up rewritten into a full question
    safety_referral: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    answerer: str = "extractive"
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``assistant ask --json`` and the UI's ``ask`` endpoint."""
        return {
            "question": self.question,
            "language": self.language,
            "answer": self.answer,
            "abstained": self.abstained,
            "abstain_reason": self.abstain_reason,
            "standalone_question": self.standalone_question,
            "safety_referral": self.safety_referral,
            "answerer": self.answerer,
            "sentences": [asdict(s) for s in self.sentences],
            "citations": [c.to_dict() for c in self.citations],
            "passages": [p.to_dict() for p in self.passages],
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }
