"""Retrieval prefers the newest wording of a statute section (``assistant/retrieval.py`` calls this).

When the search finds a section in an act whose wording a newer act in the store changed, the newer
wording ranks just above it: the passages of the newer acts' same section that the search found
move up, and when it found none of them, the section's text in the newest act is fetched from the
catalog and placed there. The older wording stays (it may still hold the subsections nobody changed,
and a citation of it says it was amended, ``assistant/provenance.py``).
"""

from __future__ import annotations

from assistant.answer import Passage
from assistant.law.index import LawIndex
from assistant.law.references import AMENDED, REPEALED
from assistant.store.catalog import Catalog

STEP = 1e-6  # how far above the older wording the newer one ranks: just above, nothing else moves


def prefer_newest(passages: list[Passage], law: LawIndex, catalog: Catalog) -> list[Passage]:
    """``passages`` (best first) with the newer wording of every amended section just above the older one."""
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
        for newer in found:
            newer.score = max(newer.score, passage.score + STEP)
        if found or not holdings:
            continue
        newest = holdings[0]
        chunk = next((c for c in catalog.chunks_of(newest.source) if c.locator == newest.locator), None)
        if chunk is not None:
            fetched = Passage(chunk=chunk, score=passage.score + STEP)
            at[(chunk.source, chunk.locator)] = fetched
            added.append(fetched)
    return sorted(passages + added, key=lambda p: p.score, reverse=True)
