"""Hybrid retrieval: dense (multilingual) plus BM25 (stemmed fi/sv/en), fused by weighted ranks, with the
language versions of one section taken as one hit.

The keyword side has a small weight: when the question and the document are in different
languages, BM25 finds nothing useful and must not push the dense side's good match down
(equal-weight fusion dropped cross-lingual top-1 from 14/15 to 1/15 on these machines).

Many documents exist in fi, sv and en (``assistant/versions.py``). The versions of one section are one
hit: it ranks by its best version, and the version quoted is the one in the filtered language, else
in the asker's language, else (an Estonian asker: no document is in Estonian) the English one, else
the best match. So a Finnish question finds a section through its
English version as well as its Finnish one, and a Swedish question quotes the Swedish version.
The dense score of a passage in another language, from a document with no version in the asker's
language (an English-only treaty for a Finnish question), is put on the same-language scale first
(``assistant/calibration.py``), so it ranks as one in the asker's language would.
Results are then diversified so one long document cannot take every slot. Of a statute section that
several acts in the store hold, the newest wording takes the older one's place (``assistant/law/ranking.py``).

A question that describes a situation and asks what to do (``assistant/situations.py``) is answered
from guidance: its asking sentence ("What must I do?") is also searched alone, which finds procedural
guidance that the situation's story does not; more passages are kept (the steps of one guide are
several sections), and training cases (``doc_type`` practice-record) come after the guidance, at most
one of them, as an example. When a step-by-step guide (sections headed "Step 2: ...", "2. vaihe: ...")
is among the passages, all its steps are, in order: what to do is the sequence, not its closest step.
A factual question's training cases come after its guidance too, unless it asks about a case (``assistant/cases.py``);
then the section of the case it asks about (what was done, went well or badly, the lessons) comes first.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from assistant.answer import Passage
from assistant.calibration import calibrated
from assistant.cases import aspect_first, cases_last
from assistant.documents import PRACTICE_RECORD, Chunk, is_debrief, is_source_list, last_heading
from assistant.expansion import TermShares
from assistant.law.index import LawIndex
from assistant.law.ranking import prefer_newest
from assistant.settings import Settings
from assistant.situations import asking_sentence, is_step
from assistant.text.language import QUOTE_FALLBACK
from assistant.text.lists import in_a_list, whole_lists
from assistant.text.origins import without_origins
from assistant.text.sentences import is_list_item, split_sentences
from assistant.text.stemming import keyword_tokens, query_tokens
from assistant.step_guides import StepGuides, load_guide_probes
from assistant.store import Store
from assistant.versions import Versions, version_key

log = logging.getLogger(__name__)

# The reciprocal-rank constant. The usual 60 makes ranks almost equal (1/61 vs 1/70), so any chunk the
# keyword side also finds jumps ahead of better dense matches; with 3, rank differences count and BM25
# only breaks near-ties. Chosen on the dev eval with keyword_weight (docs/evaluation/qa-history.md): MRR by section
# 0.63 -> 0.71 on dev, 0.58 -> 0.70 on the corpus set, against 60 with the former weight 0.3.
RRF_K = 3

# Situations: passages kept, passages of one document (a guide's steps), training cases kept (examples).
SITUATION_K = 8
SITUATION_CANDIDATES = 120  # a situation's words match the training cases best: look deeper for guidance
SITUATION_HEAD = 4  # guidance passages kept before a step-by-step guide's steps are added
# ... from that many documents at most each: the pocket guide's pages or the talking guide's sections
# took two or three of the four places in most situations, crowding out the guide on the situation
# itself (dev: steps covered 0.525 -> 0.549, key facts 0.756 -> 0.760; 2 per document: 0.534).
HEAD_PER_DOCUMENT = 1
ASK_WEIGHT = 0.5
# A situation's story matches many guide sections almost equally (0.53, 0.52, 0.52 ...): its dense hits count one place
# per 0.02 of similarity below the best, not one per rank, so the keyword side and the asking sentence decide among
# near-ties. Steps covered, against ranks: dev 0.729 -> 0.759 (0.01: 0.750), heldout-situations-3 0.711 -> 0.727, -6
# 0.738 -> 0.749, -12 0.721 -> 0.727, -19 0.579, -20 0.685 -> 0.672, dev-baltic 0.728, dev-stories-31 0.343; the blind
# heldout-situations-31 0.277 -> 0.287, -27 0.387 -> 0.401, -26 0.499 -> 0.528, heldout-baltic-situations 0.688 -> 0.715
# (thirty-sixth session). For factual questions it lowered section hit@1 (dev-sections-36 0.681 -> 0.639, corpus 0.675
# -> 0.650): there the dense rank is the better judge.
SITUATION_TIE = 0.02
# The story without its countries and peoples (``text/origins.py``), fused beside the story as asked. On the dev sets'
# situations (dev 36, dev-baltic 18, heldout-situations-3 51), weights 1.0 / 1.5 / 2.0 against none: steps covered 0.657
# -> 0.671 (each), 0.672 -> 0.700, 0.519 -> 0.521 / 0.527 / 0.527; section hit@5 0.691 -> 0.707 / 0.725 / 0.728,
# 0.669 -> 0.696 / 0.724 / 0.724, 0.590 -> 0.600 / 0.599 / 0.589; key facts dev 0.625 -> 0.625 / 0.653 / 0.653.
ORIGIN_WEIGHT = 1.5
# The bonus of a section whose heading names what the question asks (``by_heading``); on the dev set
# 0.05, 0.15 and 0.3 gave hit@1 by section 0.70, 0.73 and 0.70 (the 84 answerable questions before issue 14).
HEADING_WEIGHT = 0.15
# The fused score of a document's opening (the overview under its title, ``Versions.is_opening``) is multiplied by
# this (``after_opening``).
# The overview names the document's topic, so a question on one of its sections matches it too and it came first:
# a training case's title before its "What went badly", "Child Welfare Act 417/2007: ..." before the section asked.
# Section hit@1 against 1.0: dev 0.659 -> 0.667, dev-baltic 0.656 -> 0.667, dev-baltic-2 0.548 and corpus 0.675 same;
# no question's section ranked lower (docs/evaluation/qa-history.md, "The right section first").
OPENING_WEIGHT = 0.8
SITUATION_PER_DOCUMENT = 5
SITUATION_CASES = 1


@dataclass
class Retrieved:
    passages: list[Passage]
    best_dense: float  # highest cosine similarity among the passages' sections (the refusal signal)
    seconds_embed: float
    seconds_search: float
    # The question's own embedding, which the danger classifier and the subject probe read (they were trained on
    # questions as asked); the search's, when it searched more than the question (``expanded``), is not kept.
    vector: list[float] | None = None
    expanded: str | None = None  # what was searched when it was not the question: its terms' English appended


class Retriever:
    def __init__(self, store: Store, settings: Settings, law: LawIndex | None = None) -> None:
        self.store = store
        self.settings = settings
        self.versions = Versions(store.catalog)
        self.law = law or LawIndex(store.catalog)
        self._fixed_vectors: dict[str, list[float]] = {}
        self.term_shares = TermShares(store.catalog)
        self.step_guides = StepGuides(store.catalog, settings.general_step_guide,
                                      load_guide_probes(settings.embedding_model))

    def retrieve(self, query: str, filters: dict[str, str] | None = None, k: int | None = None,
                 language: str | None = None, situation: bool = False,
                 vector: list[float] | None = None, withhold_debrief: bool = False) -> Retrieved:
        """The ``k`` best passages for ``query`` (its embedding: ``vector``, when the caller has it);
        ``language``, the asker's, picks the version to quote; ``situation``: the question asks what to
        do, so guidance comes first (see the module's doc); ``withhold_debrief``: no section of a training
        case's debrief (``documents.is_debrief``) is searched, as if it were filtered out (a workshop)."""
        s = self.settings
        k = k or (max(s.top_k, SITUATION_K) if situation else s.top_k)
        t0 = time.perf_counter()
        searched = self.expanded(query, language)
        if searched == query:
            vector = searched_vector = vector or self.store.embedder.embed_query(query)
        elif vector is None:  # one batch: the question's own vector is what the classifiers read (``Retrieved``)
            searched_vector, vector = self.store.embedder.embed_batch([searched, query], "query")
        else:
            searched_vector = self.store.embedder.embed_query(searched)
        t1 = time.perf_counter()
        wanted = (filters or {}).get("language")
        depth = max(s.candidates_k, SITUATION_CANDIDATES) if situation else s.candidates_k
        search = self._search(withhold_debrief)
        dense = search.dense(searched_vector, depth, filters)
        keyword = search.keyword(searched, depth, filters) if s.keyword_weight > 0 else []
        if wanted and s.merge_versions:
            # The section may match better in another language's version: search those too.
            others = {key: v for key, v in filters.items() if key != "language"} or None
            dense = _union(dense, search.dense(searched_vector, depth, others))
        extra = []
        ask = asking_sentence(query) if situation else query
        if ask != query:
            asked = search.dense(self.store.embedder.embed_query(self.expanded(ask, language)), depth, filters)
            extra.append((asked, (1.0 - s.keyword_weight) * ASK_WEIGHT))
        story = without_origins(query, language) if situation and language else query
        if story != query:  # the story once more without where the child comes from (``text/origins.py``)
            found = search.dense(self.store.embedder.embed_query(self.expanded(story, language)), depth, filters)
            extra.append((found, (1.0 - s.keyword_weight) * ORIGIN_WEIGHT))
        if s.merge_versions or s.calibrate_language_pairs or (OPENING_WEIGHT != 1 and not situation):
            self.versions.refresh()  # once per search: the documents may have changed since the last
        if s.calibrate_language_pairs and language:
            dense = on_one_scale(dense, language, lambda c: self.versions.has_version(c.source, language))
        fused = [p for p in fuse(dense, keyword, s.keyword_weight, extra, SITUATION_TIE if situation else None)
                 if not is_source_list(p.chunk.locator)]
        if s.merge_versions:
            fused = self.merge_versions(fused, wanted or self.quote_language(language), only=wanted)
            if withhold_debrief:  # a version chosen at the same place of its aligned section is a debrief too
                fused = [p for p in fused if not is_debrief(p.chunk.doc_type, p.chunk.locator)]
        if HEADING_WEIGHT and not situation:
            fused = by_heading(fused, searched)
        if OPENING_WEIGHT != 1 and not situation:
            fused = after_opening(fused, self.versions.is_opening)
        if s.prefer_newest_wording:
            fused = prefer_newest(fused, self.law, self.store.catalog)
        if situation:
            passages = guidance_first(diversify(fused, len(fused), max(s.max_passages_per_document,
                                                                        SITUATION_PER_DOCUMENT)), k)
            passages = self.with_steps(passages, always=True, vector=vector)
        else:
            passages = aspect_first(cases_last(diversify(fused, k, s.max_passages_per_document), query), query,
                                    self.section_outside_debrief if withhold_debrief else self.section_of)
        for rank, passage in enumerate(passages, 1):
            passage.rank = rank
            passage.chunk = self.with_whole_lists(passage.chunk)
        if s.sentence_vectors:
            self.score_sentences(passages, searched_vector)
        best = max((p.dense for p in fused if p.dense is not None), default=0.0)
        return Retrieved(passages, best, t1 - t0, time.perf_counter() - t1, vector,
                         searched if searched != query else None)

    def expanded(self, query: str, language: str | None) -> str:
        """``query`` with the English wording of its domain terms appended when it is asked in a language no
        document is written in (``assistant/text/glossary.py``), else ``query``."""
        if not self.settings.query_expansion or not language or language in self.versions.languages():
            return query
        return self.term_shares.expand(query, language)

    def score_sentences(self, passages: list[Passage], vector: list[float]) -> None:
        """Give each passage its sentences' similarity to the query (``Passage.sentences``), where every sentence of
        it has a vector (``assistant/store/sentences.py``)."""
        query = np.asarray(vector, dtype=np.float32)
        query /= np.linalg.norm(query) or 1.0
        for passage in passages:
            passage.sentences = self.store.sentences.similarities(passage.chunk.text, query)

    def _search(self, withhold_debrief: bool) -> "Search":
        if not withhold_debrief:
            return Search(self.store.dense_search, self.store.keyword_search)
        withheld = sum(is_debrief(PRACTICE_RECORD, loc) for loc in self.store.catalog.chunk_locators(PRACTICE_RECORD))
        return Search(*(without_debrief(search, withheld) for search in (self.store.dense_search,
                                                                           self.store.keyword_search)))

    def with_steps(self, passages: list[Passage], always: bool = False,
                   vector: list[float] | None = None) -> list[Passage]:
        """``passages`` with every step of the first step-by-step guide among them, in the guide's order
        (its version that the passage quotes), after the ``SITUATION_HEAD`` best passages of other guidance,
        one per document. With ``always`` (what ``retrieve`` asks for every situation) the steps of a step-by-step
        guide come in even when none was found: a story that asks what to do gets the steps. Across languages the
        search finds the guidance on a story weakest (dev-baltic: steps covered 0.456 -> 0.619, key facts 0.583 ->
        0.750); in Finnish a story's dense matches can all be low (0.36-0.41) and find only the pocket guide and the
        indicators. For fi/sv/en stories it once lowered dev's steps (0.519 -> 0.472, before the guides' probes chose
        the guide); since, it changes 6 of the 195 dev stories, three up and three down (docs/evaluation/qa-history.md, "Every
        story that asks what to do gets the steps"). Of two guides, ``vector`` (the question's) decides
        (``StepGuides.for_story``).
        (Adding the steps only when one ranks among those best lowered the steps covered: 0.52 -> 0.44.)"""
        guidance = [p for p in passages if p.chunk.doc_type != PRACTICE_RECORD]
        found = next((p for p in guidance if is_step(p.chunk.locator)), None)
        if found:
            guide, score = found.chunk.source, found.score
        elif always and guidance:
            guide = self.step_guides.in_language(guidance[0].chunk.language, among=[p.chunk.source for p in guidance])
            score = min(p.score for p in guidance)
        else:
            guide = None
        if guide is None:
            return passages
        guide = self.step_guides.for_story(guide, vector)
        parts: dict[str, list[Chunk]] = {}
        for chunk in self.store.catalog.chunks_of(guide):
            if is_step(chunk.locator):
                parts.setdefault(chunk.locator, []).append(chunk)
        # A step is quoted whole (its advice line's number may sit in its second chunk); a step found by the
        # search keeps its scores.
        scores = {p.chunk.locator: p for p in passages if p.chunk.source == guide}
        steps = {}
        for locator, chunks in parts.items():
            hit = scores.get(locator)
            steps[locator] = Passage(chunk=whole_section(chunks), score=hit.score if hit else score,
                                     dense=hit.dense if hit else None, keyword=hit.keyword if hit else None)
        others = [p for p in passages if p.chunk.source != guide and p.chunk.doc_type != PRACTICE_RECORD]
        cases = [p for p in passages if p.chunk.doc_type == PRACTICE_RECORD]
        head = diversify(others, SITUATION_HEAD, HEAD_PER_DOCUMENT)
        ordered = sorted(steps.values(), key=lambda p: p.chunk.ordinal)
        return head + ordered + cases

    def with_whole_lists(self, chunk: Chunk) -> Chunk:
        """``chunk`` with a list that it begins or ends inside made whole from the chunks around it in its section
        (``text.lists.whole_lists``): quoting "each Party shall:" with "a)" alone, because "b)" and "c)" fell
        into the next chunk, would misstate what a State must do."""
        sentences = split_sentences(chunk.text)
        # Only an item first (its opening may be in the chunk before) or a list's sentence last (its items may be in the
        # chunk after) can need another chunk: every other passage is left without reading its section.
        if not sentences or not (is_list_item(sentences[0]) or in_a_list(sentences[-1])):
            return chunk
        section = [c for c in self.store.catalog.chunks_of(chunk.source)
                   if c.locator == chunk.locator and c.version == chunk.version]
        if len(section) < 2:
            return chunk
        whole = whole_lists(sentences, _in_order(section))
        return replace(chunk, text="\n".join(whole)) if len(whole) > len(sentences) else chunk

    def section_of(self, source: str, heading: str) -> Chunk | None:
        """The section of ``source`` under ``heading`` (its last heading), whole; None if it has none."""
        chunks = [c for c in self.store.catalog.chunks_of(source) if last_heading(c.locator) == heading]
        return whole_section(chunks) if chunks else None

    def section_outside_debrief(self, source: str, heading: str) -> Chunk | None:
        """``section_of``, but never a section of a training case's debrief: a workshop withholds those (its discussion
        questions it does not)."""
        section = self.section_of(source, heading)
        return None if section is None or is_debrief(section.doc_type, section.locator) else section

    def fixed_query_vector(self, query: str) -> list[float]:
        """The embedding of one of the code's own fixed queries (the safety contacts' query, one per
        language), computed once per process: it cost a second embedding in every referred answer."""
        if query not in self._fixed_vectors:
            self._fixed_vectors[query] = self.store.embedder.embed_query(query)
        return self._fixed_vectors[query]

    def quote_language(self, language: str | None) -> str | None:
        """The version to quote for an asker in ``language``: that language's when the knowledge base has
        documents in it, else ``QUOTE_FALLBACK``'s (English: every shipped document has it)."""
        if language is None or language in self.versions.languages():
            return language
        return QUOTE_FALLBACK

    def merge_versions(self, fused: list[Passage], prefer: str | None, only: str | None = None) -> list[Passage]:
        """One passage per section: its versions' best fused score and best dense similarity, and the chunk of
        the ``prefer`` version when the section has one (only that version's, with ``only``)."""
        groups: dict[object, list[Passage]] = {}
        for p in fused:
            groups.setdefault(self.versions.group(p.chunk) or p.chunk.chunk_id, []).append(p)
        merged: list[Passage] = []
        for members in groups.values():
            chunk = self._version(members, prefer)
            if only and chunk.language != only:
                continue
            dense = [m.dense for m in members if m.dense is not None]
            keyword = [m.keyword for m in members if m.keyword is not None]
            merged.append(Passage(chunk=chunk, score=max(m.score for m in members),
                                  dense=max(dense) if dense else None, keyword=max(keyword) if keyword else None))
        return sorted(merged, key=lambda p: p.score, reverse=True)

    def _version(self, members: list[Passage], prefer: str | None) -> Chunk:
        """The chunk to quote for a section found as ``members`` (best first): the ``prefer`` version's,
        found by the search or at the same place of its aligned section, else the best match's."""
        best = members[0].chunk
        if not prefer or best.language == prefer:
            return best
        mine = next((m.chunk for m in members if m.chunk.language == prefer), None)
        return mine or self.versions.same_place(best, prefer) or best


@dataclass
class Search:
    """The two searches of one retrieval: dense (vector, k, filters) and keyword (query, k, filters)."""

    dense: Callable
    keyword: Callable


def without_debrief(search: Callable, withheld: int) -> Callable:
    """``search`` with the debrief sections of training cases filtered out. It asks for ``withheld`` (the
    number of such chunks) more hits and drops those, so the ``k`` it returns are the ``k`` best of the
    others: the same as a metadata filter, which the store's equality filters cannot express."""
    def filtered(query, k: int, filters: dict[str, str] | None = None) -> list[tuple[Chunk, float]]:
        hits = search(query, k + withheld, filters)
        return [(c, score) for c, score in hits if not is_debrief(c.doc_type, c.locator)][:k]
    return filtered


def on_one_scale(dense: list[tuple[Chunk, float]], language: str,
                 translated: Callable[[Chunk], bool]) -> list[tuple[Chunk, float]]:
    """Dense hits re-ranked by their calibrated scores (``assistant/calibration.py``); the scores stay raw.

    A document with a version in the asker's language (``translated``) is judged by that version
    (``merge_versions``): calibrating its other versions too lowered hit@1 by section on the dev set
    (0.70 -> 0.66). The refusal threshold keeps judging raw scores: the offsets were measured between
    relevant passages, and an unrelated passage's cross-lingual score does not drop by as much (with
    calibrated refusal, one more out-of-scope corpus question was answered: the tenancy notice period
    quoted from the Reception Act's Swedish text)."""
    def rank(pair: tuple[Chunk, float]) -> float:
        chunk, score = pair
        return score if translated(chunk) else calibrated(score, language, chunk.language)

    return sorted(dense, key=rank, reverse=True)


def _union(first, second):
    """Two ranked (chunk, score) lists as one, by score, each chunk once."""
    seen: dict[str, tuple] = {}
    for chunk, score in [*first, *second]:
        if chunk.chunk_id not in seen or score > seen[chunk.chunk_id][1]:
            seen[chunk.chunk_id] = (chunk, score)
    return sorted(seen.values(), key=lambda pair: pair[1], reverse=True)


def fuse(dense, keyword, keyword_weight: float, extra=(), tie: float | None = None) -> list[Passage]:
    """Weighted reciprocal-rank fusion of ranked lists of (chunk, score): the dense and the keyword
    side, and ``extra`` (list, weight) pairs that add to the rank score only (their similarities are
    to another query, so they are not the passage's ``dense``). With ``tie``, a dense hit counts at most
    one place per ``tie`` of similarity below the best (``SITUATION_TIE``), never lower than its rank."""
    table: dict[str, Passage] = {}
    best = max((score for _, score in dense), default=0.0)
    for rank, (chunk, score) in enumerate(dense, 1):
        p = table.setdefault(chunk.chunk_id, Passage(chunk=chunk, score=0.0))
        p.dense = score
        place = min(rank, 1 + (best - score) / tie) if tie else rank
        p.score += (1.0 - keyword_weight) / (RRF_K + place)
    for rank, (chunk, score) in enumerate(keyword, 1):
        p = table.setdefault(chunk.chunk_id, Passage(chunk=chunk, score=0.0))
        p.keyword = score
        p.score += keyword_weight / (RRF_K + rank)
    for ranked, weight in extra:
        for rank, (chunk, _score) in enumerate(ranked, 1):
            p = table.setdefault(chunk.chunk_id, Passage(chunk=chunk, score=0.0))
            p.score += weight / (RRF_K + rank)
    return sorted(table.values(), key=lambda p: p.score, reverse=True)


def by_heading(passages: list[Passage], query: str) -> list[Passage]:
    """``passages`` re-ranked with a bonus for a section heading that names what the question asks: the
    section on the duty to notify beats a definitions section that only mentions it. The bonus is the
    share of the heading's words the question has, times ``HEADING_WEIGHT`` (fused scores run ~0.06-0.25)."""
    wanted = set(query_tokens(query))
    for p in passages:
        words = set(keyword_tokens(last_heading(p.chunk.locator), p.chunk.language))
        if words and wanted:
            p.score += HEADING_WEIGHT * len(words & wanted) / len(words)
    return sorted(passages, key=lambda p: p.score, reverse=True)


def after_opening(passages: list[Passage], is_opening: Callable[[Chunk], bool]) -> list[Passage]:
    """``passages`` re-ranked with the score of a document's opening (``is_opening``) times
    ``OPENING_WEIGHT``: a question on one section of a document matches its overview too."""
    for p in passages:
        if is_opening(p.chunk):
            p.score *= OPENING_WEIGHT
    return sorted(passages, key=lambda p: p.score, reverse=True)


def _in_order(chunks: list[Chunk]) -> list[str]:
    """The sentences of a section's chunks in order, those the chunks overlap by once."""
    sentences: list[str] = []
    for chunk in chunks:
        sentences += [s for s in split_sentences(chunk.text) if s not in sentences]
    return sentences


def whole_section(chunks: list[Chunk]) -> Chunk:
    """One chunk holding a section's chunks' text in order (the sentences they overlap by, once)."""
    if len(chunks) == 1:
        return chunks[0]
    return replace(chunks[0], text=" ".join(_in_order(chunks)))


def guidance_first(passages: list[Passage], k: int) -> list[Passage]:
    """The first ``k`` of ``passages`` with the guidance (guides, laws, contacts) in rank order first and
    at most ``SITUATION_CASES`` training cases after it."""
    guidance = [p for p in passages if p.chunk.doc_type != PRACTICE_RECORD]
    cases = [p for p in passages if p.chunk.doc_type == PRACTICE_RECORD][:SITUATION_CASES]
    return guidance[:k - len(cases)] + cases


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
