"""Hybrid retrieval: dense (multilingual) plus BM25 (stemmed fi/sv/en), fused by weighted ranks, with the
language versions of one section taken as one hit.

The keyword side has a small weight: when the question and the document are in different
languages, BM25 finds nothing useful and must not push the dense side's good match down
(equal-weight fusion dropped cross-lingual top-1 from 14/15 to 1/15 on these machines).

Many documents exist in fi, sv and en (``assistant/versions.py``). The versions of one section are one
hit: it ranks by its best version, and the version quoted is the one in the filtered language, else
in the asker's language, else the best match. So a Finnish question finds a section through its
English version as well as its Finnish one, and a Swedish question quotes the Swedish version.
Results are then diversified so one long document cannot take every slot.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from assistant.answer import Passage
from assistant.settings import Settings
from assistant.store import Store
from assistant.versions import Versions, version_key

log = logging.getLogger(__name__)

# The reciprocal-rank constant. The usual 60 makes ranks almost equal (1/61 vs 1/70), so any chunk the
# keyword side also finds jumps ahead of better dense matches; with 3, rank differences count and BM25
# only breaks near-ties. Chosen on the dev eval with keyword_weight (docs/EVALUATION.md): MRR by section
# 0.63 -> 0.71 on dev, 0.58 -> 0.70 on the corpus set, against 60 with the former weight 0.3.
RRF_K = 3


@dataclass
class Retrieved:
    passages: list[Passage]
    best_dense: float  # highest cosine similarity among the passages' sections (the refusal signal)
    seconds_embed: float
    seconds_search: float


class Retriever:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.versions = Versions(store.catalog)

    def retrieve(self, query: str, filters: dict[str, str] | None = None, k: int | None = None,
                 language: str | None = None) -> Retrieved:
        """The ``k`` best passages for ``query``; ``language``, the asker's, picks the version to quote."""
        s = self.settings
        k = k or s.top_k
        t0 = time.perf_counter()
        vector = self.store.embedder.embed_query(query)
        t1 = time.perf_counter()
        wanted = (filters or {}).get("language")
        dense = self.store.dense_search(vector, s.candidates_k, filters)
        keyword = self.store.keyword_search(query, s.candidates_k, filters) if s.keyword_weight > 0 else []
        if wanted and s.merge_versions:
            # The section may match better in another language's version: search those too.
            others = {key: v for key, v in filters.items() if key != "language"} or None
            dense = _union(dense, self.store.dense_search(vector, s.candidates_k, others))
        fused = fuse(dense, keyword, s.keyword_weight)
        if s.merge_versions:
            fused = self.merge_versions(fused, wanted or language, only=wanted)
        passages = diversify(fused, k, s.max_passages_per_document)
        for rank, passage in enumerate(passages, 1):
            passage.rank = rank
        best = max((p.dense for p in fused if p.dense is not None), default=0.0)
        return Retrieved(passages, best, t1 - t0, time.perf_counter() - t1)

    def merge_versions(self, fused: list[Passage], prefer: str | None, only: str | None = None) -> list[Passage]:
        """One passage per section: its versions' best fused score and best dense similarity, and the chunk of
        the ``prefer`` version when the section has one (only that version's, with ``only``)."""
        groups: dict[object, list[Passage]] = {}
        for p in fused:
            groups.setdefault(self.versions.group(p.chunk) or p.chunk.chunk_id, []).append(p)
        merged: list[Passage] = []
        for members in groups.values():
            chosen = self._version(members, prefer)
            if chosen is None or (only and chosen.chunk.language != only):
                continue
            dense = [m.dense for m in members if m.dense is not None]
            chosen.score = max(m.score for m in members)
            chosen.dense = max(dense) if dense else chosen.dense
            keyword = [m.keyword for m in members if m.keyword is not None]
            chosen.keyword = max(keyword) if keyword else None
            merged.append(chosen)
        return sorted(merged, key=lambda p: p.score, reverse=True)

    def _version(self, members: list[Passage], prefer: str | None) -> Passage | None:
        best = members[0]
        if not prefer or best.chunk.language == prefer:
            return Passage(chunk=best.chunk, score=best.score, dense=best.dense, keyword=best.keyword)
        mine = next((m for m in members if m.chunk.language == prefer), None)
        if mine is not None:
            return Passage(chunk=mine.chunk, score=mine.score, dense=mine.dense, keyword=mine.keyword)
        section = self.versions.section_in(best.chunk, prefer)
        if not section:
            return Passage(chunk=best.chunk, score=best.score, dense=best.dense, keyword=best.keyword)
        # The same place in the section: the n-th chunk of a section for the n-th of its translation.
        own = [c.chunk_id for c in self.store.catalog.chunks_of(best.chunk.source) if c.locator == best.chunk.locator]
        position = own.index(best.chunk.chunk_id) if best.chunk.chunk_id in own else 0
        return Passage(chunk=section[min(position, len(section) - 1)], score=best.score, dense=best.dense)


def _union(first, second):
    """Two ranked (chunk, score) lists as one, by score, each chunk once."""
    seen: dict[str, tuple] = {}
    for chunk, score in [*first, *second]:
        if chunk.chunk_id not in seen or score > seen[chunk.chunk_id][1]:
            seen[chunk.chunk_id] = (chunk, score)
    return sorted(seen.values(), key=lambda pair: pair[1], reverse=True)


def fuse(dense, keyword, keyword_weight: float) -> list[Passage]:
    """Weighted reciprocal-rank fusion of two ranked lists of (chunk, score)."""
    table: dict[str, Passage] = {}
    for rank, (chunk, score) in enumerate(dense, 1):
        p = table.setdefault(chunk.chunk_id, Passage(chunk=chunk, score=0.0))
        p.dense = score
        p.score += (1.0 - keyword_weight) / (RRF_K + rank)
    for rank, (chunk, score) in enumerate(keyword, 1):
        p = table.setdefault(chunk.chunk_id, Passage(chunk=chunk, score=0.0))
        p.keyword = score
        p.score += keyword_weight / (RRF_K + rank)
    return sorted(table.values(), key=lambda p: p.score, reverse=True)


def diversify(passages: list[Passage], k: int, per_document: int) -> list[Passage]:
    """Top ``k`` with at most ``per_document`` passages of one document (its language versions count as one)."""
    chosen: list[Passage] = []
    counts: dict[str, int] = {}
    for p in passages:
        document = version_key(p.chunk.source) or p.chunk.source
        if counts.get(document, 0) >= per_document:
            continue
        counts[document] = counts.get(document, 0) + 1
        chosen.append(p)
        if len(chosen) == k:
            break
    return chosen
