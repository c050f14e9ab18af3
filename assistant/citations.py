"""Numbering citations: each passage an answer cites gets one number, in order of first use."""

from __future__ import annotations

from assistant.answer import Citation, Passage, Sentence
from assistant.answerers.base import DraftSentence

Check = tuple[bool, "float | None"]  # (supported, support score) of one drafted sentence


def citation_of(passage: Passage, n: int, quote: str) -> Citation:
    c = passage.chunk
    return Citation(n=n, source=c.source, title=c.title, locator=c.locator, quote=quote, score=passage.score,
                    language=c.language, page=c.page, ocr=c.ocr, ocr_confidence=c.ocr_confidence,
                    doc_type=c.doc_type)


def cite(drafted: list[DraftSentence], checks: list[Check], passages: list[Passage], first_n: int = 1,
         drop_unsupported: bool = False) -> tuple[list[Sentence], list[Citation]]:
    """The answer's sentences with their citation numbers, and the citations they use (numbered from
    ``first_n``; the quote of a citation is the first sentence that cites it). An unsupported sentence
    cites nothing: it is dropped, or kept to be shown flagged."""
    by_rank = {p.rank: p for p in passages}
    number_of: dict[int, int] = {}
    citations: list[Citation] = []
    sentences: list[Sentence] = []
    for draft, (supported, support) in zip(drafted, checks):
        if not supported and drop_unsupported:
            continue
        numbers: list[int] = []
        for rank in draft.ranks if supported else []:
            if rank not in by_rank:
                continue
            if rank not in number_of:
                number_of[rank] = first_n + len(citations)
                citations.append(citation_of(by_rank[rank], number_of[rank], draft.quote.get(rank, draft.text)))
            numbers.append(number_of[rank])
        sentences.append(Sentence(text=draft.text, citations=numbers, supported=supported, support=support,
                                  label=draft.label))
    return sentences, citations
