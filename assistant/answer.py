"""The answer is data: one object that the CLI, the UI, the handout and the evals render or score.

An answer is a list of blocks (a safety referral, the answer's sentences, a refusal, what the
knowledge base covers), and sentences carry their citation numbers. No text here holds a ``[n]``:
renderers (``assistant/render.py`` for the terminal and JSON, ``ui/render.py`` for HTML, the
workshop handout) turn the blocks into text, once. Citations carry exactly the passages the answer
used; nothing re-runs a search afterwards to "find sources".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Union

from assistant.documents import Chunk


@dataclass
class Passage:
    """A retrieved chunk with its scores; ``rank`` is 1-based after fusion."""

    chunk: Chunk
    score: float  # fused score
    dense: float | None = None  # cosine similarity to the question, if the dense side found it
    keyword: float | None = None  # BM25 score, if the keyword side found it
    rank: int = 0
    # Each sentence's cosine similarity to the question (``assistant/store/sentences.py``); None until the
    # passage's sentences are embedded, or with the ``sentence_vectors`` setting off.
    sentences: dict[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        c = self.chunk
        return {"rank": self.rank, "source": c.source, "title": c.title, "locator": c.locator, "page": c.page,
                "language": c.language, "doc_type": c.doc_type, "ocr": c.ocr, "ocr_confidence": c.ocr_confidence,
                "score": round(self.score, 6),
                "dense": None if self.dense is None else round(self.dense, 4),
                "keyword": None if self.keyword is None else round(self.keyword, 4), "text": c.text}


@dataclass
class Citation:
    """One numbered source of an answer: the passage and the words quoted from it, and what the answer says
    of the source (``assistant/provenance.py``): its type, its date (a statute's date given, a guide's
    ``reviewed``), a statute's entry into force, whether the wording quoted is still the newest the store
    holds (``status``: in_force, amended, repealed, unknown), the newer acts when it is not
    (``superseded_by``, newest first; ``n`` there is the citation of the newer wording when the answer
    cites it), a link to the official text and how to cite it."""

    n: int
    source: str
    title: str
    locator: str
    quote: str
    score: float
    language: str
    page: int | None = None
    ocr: bool = False  # the quote was recognised from a scanned page: the reader should check the original
    ocr_confidence: float | None = None  # OCR's mean word confidence on that page, 0-100
    doc_type: str = ""
    date: str | None = None  # ISO 8601
    in_force: str | None = None  # ISO 8601, statutes
    status: str = "unknown"
    superseded_by: list[dict[str, Any]] = field(default_factory=list)
    url: str | None = None
    cite_as: str = ""
    act: str | None = None  # statutes: the act whose wording is quoted, "1302/2014"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sentence:
    """One sentence of the answer, the citation numbers behind it, and whether they support it."""

    text: str  # as the source or the answerer wrote it: never with citation markers added
    citations: list[int]
    supported: bool = True
    support: float | None = None  # support score from verification (LLM answers)
    # A situation answer's step: the heading of the guide's step it is quoted from ("Step 3: Report the suspicion to
    # the police"), the document's own words, shown before it. The step's action is often in its heading alone.
    label: str = ""


@dataclass
class SafetyBlock:
    """Opens an answer when a child may be in immediate danger: call 112, and the emergency passage of
    the contacts document, cited like any source."""

    kind: ClassVar[str] = "safety"
    referral: str
    contacts_lead: str = ""
    contacts: list[Sentence] = field(default_factory=list)


@dataclass
class SentencesBlock:
    """The answer itself: cited sentences. ``quoted`` when they are the sources' own words (the
    extractive answerer), with the lead sentence that says so; ``related`` when they do not answer the
    question but are the closest the sources come (shown after a refusal that says what is missing);
    ``example`` when they come from a training case and illustrate the guidance before them; ``steps`` when they are
    the guidance on the situation a question tells, after the answer to what it asks (``Assistant.story_steps``)."""

    kind: ClassVar[str] = "sentences"
    sentences: list[Sentence]
    lead: str = ""
    quoted: bool = False
    related: bool = False
    example: bool = False
    steps: bool = False


@dataclass
class RefusalBlock:
    """The assistant does not answer: the fixed sentence, and what is missing when a signal can say it."""

    kind: ClassVar[str] = "refusal"
    message: str
    missing: str = ""


@dataclass
class CoverageBlock:
    """What the knowledge base covers (titles), shown with a refusal."""

    kind: ClassVar[str] = "coverage"
    lead: str
    titles: list[str]


@dataclass
class IndexingBlock:
    """The knowledge base is still being indexed (or indexing stopped): the answer may miss documents."""

    kind: ClassVar[str] = "indexing"
    message: str
    files_done: int
    files_total: int
    eta_seconds: float | None
    running: bool = True


Block = Union[SafetyBlock, IndexingBlock, SentencesBlock, RefusalBlock, CoverageBlock]


def block_to_dict(block: Block) -> dict[str, Any]:
    return {"kind": block.kind, **asdict(block)}


@dataclass
class Answer:
    question: str
    language: str
    abstained: bool
    abstain_reason: str | None = None
    abstain_signal: str | None = None  # which refusal rule decided (assistant/refusal.py's Signal)
    standalone_question: str | None = None  # the follow-up rewritten into a full question
    safety_referral: bool = False
    blocks: list[Block] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    answerer: str = "extractive"
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    @property
    def sentences(self) -> list[Sentence]:
        """The answer's sentences (not the safety contacts, not related quotes): empty when it abstained."""
        return [s for b in self.blocks if isinstance(b, SentencesBlock) and not b.related for s in b.sentences]

    def block(self, kind: type[Block]) -> Block | None:
        """The first block of that type, or None."""
        return next((b for b in self.blocks if isinstance(b, kind)), None)
