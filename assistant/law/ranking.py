"""Retrieval prefers the newest wording of a statute section (``assistant/retrieval.py`` calls this).

When the search finds a section in an act whose wording a newer act in the store changed, the newer
wording takes its place: of the newer acts' texts of the section that the search found about as similar
to the question, the one it ranked best changes places with the older wording (the parts of a section may
stand in several acts, and the search knows which part the question is about), so no other passage moves.
When it found none of them and a newer act rewrote the whole section, that act's text is fetched from the
catalog into the older wording's place, and the older wording goes last. The older wording stays (it may still hold the subsections nobody changed,
and a citation of it says it was amended, ``assistant/provenance.py``).
"""

from __future__ import annotations

from assistant.answer import Passage
from assistant.law.index import LawIndex, Wording
from assistant.law.references import AMENDED, REPEALED
from assistant.store.catalog import Catalog

STEP = 1e-6  # ties go to the newer wording
# How much less similar to the question (cosine) the newer wording may be and still move up: chosen on the
# amendment dev set (evals/datasets/amendments, docs/evaluation/qa-history.md).
DENSE_MARGIN = 0.03


def prefer_newest(passages: list[Passage], law: LawIndex, catalog: Catalog) -> list[Passage]:
    """``passages`` (best first) with the newer wording of every amended section in the older one's place."""
    if not any(p.chunk.doc_type == "law" for p in passages):
        return passages
    law.refresh()
    at = {(p.chunk.source, p.chunk.locator): p for p in passages}
    added: list[Passage] = []
    for passage in list(passages):
        if passage.chunk.doc_type != "law":
            continue
        wording = law.wording(passage.chunk)
        if wording.status not in (AMENDED, REPEALED):
            continue
        holdings = law.current_holdings(wording, passage.chunk.language)
        found = [at[(h.source, h.locator)] for h in holdings if (h.source, h.locator) in at]
        close = [p for p in found if _as_close(p, passage)]
        if close:
            best = max(close, key=lambda p: p.score)
            if best.score < passage.score:  # the two change places: no other passage moves
                best.score, passage.score = passage.score + STEP, best.score
            continue
        if found or not holdings or not rewrites_whole_section(wording):
            continue  # a newer act changed another part of the section than the one the search found
        newest = holdings[0]
        chunk = next((c for c in catalog.chunks_of(newest.source) if c.locator == newest.locator), None)
        if chunk is not None:  # the newest text takes the place of the wording it replaced, which goes last
            fetched = Passage(chunk=chunk, score=passage.score + STEP)
            passage.score = min(p.score for p in passages) - STEP
            at[(chunk.source, chunk.locator)] = fetched
            added.append(fetched)
    return sorted(passages + added, key=lambda p: p.score, reverse=True)


def _as_close(newer: Passage, older: Passage) -> bool:
    """Whether the search found the newer wording about as similar to the question as the older one: then it
    is the same part of the section in newer words (a newer act that rewrote only another subsection, such
    as 610/2022's 25(1) for a question on 25(3), is less similar and keeps its place)."""
    if newer.dense is None or older.dense is None:
        return newer.dense is not None or older.dense is None
    return newer.dense >= older.dense - DENSE_MARGIN


def rewrites_whole_section(wording: Wording) -> bool:
    """Whether the newest change of the section rewrote it whole: the older wording holds nothing current."""
    last = wording.newer[-1] if wording.newer else None  # the oldest standing change: whole when any is
    return last is not None and not last.provision.subsections and not last.provision.partial
