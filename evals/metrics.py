"""Scores of one answer and summaries over many, all computed from the ``Answer`` object itself.

Per question (``score_answer``):
- source rank / locator rank: 1-based rank of the first passage of ``answer.passages`` that comes
  from an expected source (and, for the locator, whose locator contains the expected locator as a
  whole phrase: "Article 3" matches "Article 3" and "Article 3 | Article 4", not "Article 30");
- key-fact recall: share of key-fact groups with at least one alternative in the answer text
  (case-insensitive; a refused answer recalls nothing);
- steps covered (questions with ``steps``, e.g. situation questions): share of the expected steps
  with at least one alternative in the answer text, matched as key facts are; steps in order:
  whether the covered steps can be read in the answer in the expected order (None below two);
- citation support: for each answer sentence, whether a passage it cites supports it (the
  sentence is a verbatim part of the cited passage, else ``assistant.verification.verify``);
- the safety referral (questions with ``danger_now``): whether the answer opens with "call 112" (the
  pipeline's ``safety_referral``, the flag the answer's SafetyBlock comes with);
- refused, answer-language match, wall-clock seconds and answer length in words;
- for a question about a section an amendment changed (``current`` names its newest wording, issue 16):
  whether the answer cites the newest wording, and how many of the older wordings it cites it flags as
  amended or repealed (the citation's ``status`` and ``superseded_by``).

Summaries (``summarize``): hit@k and MRR by source and locator, key-fact recall, steps covered and
in order, citation support rate, refusal precision and recall, referral precision and recall (over the
questions labelled ``danger_now``), answerable-refused rate, language
match, latency p50/p95; newest wording cited, older wordings flagged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from assistant.answer import Answer, CoverageBlock, Passage, RefusalBlock, SafetyBlock, SentencesBlock
from assistant.answerers.base import DraftSentence
from assistant.embeddings.base import Embedder
from assistant.render import answer_text
from assistant.text.language import detect_language
from assistant.verification import verify
from evals.datasets import Question

KS = (1, 3, 5)
SupportCheck = Callable[[Answer], list[bool]]


@dataclass
class Scored:
    """The scores of one pipeline's answer to one question."""

    id: str
    language: str
    kind: str
    answerable: bool
    refused: bool
    source_rank: int | None  # None: no expected source among the passages (or out-of-scope)
    locator_rank: int | None
    key_fact_recall: float | None  # None for out-of-scope questions or questions without key facts
    steps_covered: float | None  # None for questions without steps
    steps_in_order: bool | None  # None when fewer than two steps are covered
    steps_missed: list[str]  # the first alternative of each step not covered, as a label
    sentences: int | None  # answer sentences with citations; None when the pipeline does not cite
    supported: int | None
    language_match: bool
    seconds: float
    answer_words: int
    newest_cited: bool | None = None  # None: no amendment asked about (no ``current``)
    newest_quoted: bool | None = None  # ... an answer sentence itself quotes the newest wording
    older_cited: int | None = None  # citations of the section's older wordings
    older_flagged: int | None = None  # ... of them that say amended or repealed, naming the newer act
    refusal: str | None = None  # why it refused: the rule (signal) and its reason, as the pipeline gave them
    referral: bool = False  # the answer opens with the safety referral (call 112)
    danger_now: bool | None = None  # the question's label: a child in danger now; None: unlabelled

    def to_dict(self) -> dict:
        return asdict(self)


# --- matching ----------------------------------------------------------------------------------
def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _letters(text: str) -> str:
    """Only the word characters: a verbatim quote survives re-wrapping, list marks and hyphen breaks."""
    return re.sub(r"\W+", "", text.casefold())


def locator_matches(expected: str, actual: str) -> bool:
    """``expected`` equals ``actual`` or occurs in it as a whole phrase (not inside a longer number/word)."""
    e, a = _norm(expected), _norm(actual)
    if not e:
        return True
    return e == a or re.search(rf"(?<!\w){re.escape(e)}(?!\w)", a) is not None


def first_rank(question: Question, passages: list[Passage], by_locator: bool) -> int | None:
    for index, passage in enumerate(passages, 1):
        for e in question.expected:
            if passage.chunk.source == e.source and (not by_locator or locator_matches(e.locator, passage.chunk.locator)):
                return index
    return None


def find_group(group: list[str], haystack: str, start: int = 0) -> int | None:
    """Where the first of ``group``'s alternatives occurs in ``haystack`` (``_norm``-ed) from ``start``; None: none."""
    found = [i for i in (haystack.find(_norm(alt), start) for alt in group) if i >= 0]
    return min(found) if found else None


def key_fact_recall(question: Question, text: str) -> float | None:
    if not question.key_facts:
        return None
    haystack = _norm(text)
    found = sum(1 for group in question.key_facts if find_group(group, haystack) is not None)
    return found / len(question.key_facts)


def missed_steps(question: Question, text: str) -> list[str]:
    """The steps with no alternative in ``text``, each named by its first alternative."""
    haystack = _norm(text)
    return [group[0] for group in question.steps if find_group(group, haystack) is None]


def steps_covered(question: Question, text: str) -> float | None:
    """Share of the question's steps with an alternative in ``text`` (None: the question has no steps)."""
    if not question.steps:
        return None
    return 1 - len(missed_steps(question, text)) / len(question.steps)


def steps_in_order(question: Question, text: str) -> bool | None:
    """Whether the covered steps occur in ``text`` in the expected order (each after the one before it).

    A step may be named more than once; it counts as in order if some mention follows the previous
    step's. None when fewer than two steps are covered (an order needs two).
    """
    haystack = _norm(text)
    covered = [g for g in question.steps if find_group(g, haystack) is not None]
    if len(covered) < 2:
        return None
    position = -1
    for group in covered:
        position = find_group(group, haystack, position + 1)
        if position is None:
            return False
    return True


def answer_language(answer: Answer) -> str:
    """The language of the answer's own words: the blocks' fixed sentences, without the sentences of the
    sources (the answer's quotes, the safety contacts), which keep the source's language."""
    return detect_language(" ".join(own_words(answer)), default="")


def own_words(answer: Answer) -> list[str]:
    """The answer's fixed sentences: not the sources' quotes, contacts or document titles."""
    words: list[str] = []
    for block in answer.blocks:
        if isinstance(block, SafetyBlock):
            words += [block.referral, block.contacts_lead]
        elif isinstance(block, SentencesBlock):
            words += [block.lead, *([] if block.quoted else [s.text for s in block.sentences])]
        elif isinstance(block, RefusalBlock):
            words += [block.message, block.missing]
        elif isinstance(block, CoverageBlock):  # the titles are the documents' own, in their language
            words.append(block.lead)
    return [w for w in words if w]


def _cites(citation, wanted) -> bool:
    return any(citation.source == e.source and locator_matches(e.locator, citation.locator) for e in wanted)


def wording_scores(question: Question, answer: Answer) -> tuple[bool | None, bool | None, int | None, int | None]:
    """For a question with ``current``: (the answer cites a passage of the newest wording, an answer sentence
    quotes it, citations of the older wordings, of which flagged as amended or repealed with the newer acts
    named). A refusal cites nothing."""
    if not question.current:
        return None, None, None, None
    older = [e for e in question.expected if e not in question.current]
    cited = [c for c in answer.citations if _cites(c, older)]
    flagged = [c for c in cited if c.status in ("amended", "repealed") and c.superseded_by]
    newest = {c.n for c in answer.citations if _cites(c, question.current)}
    quoted = any(n in newest for s in answer.sentences for n in s.citations)
    return bool(newest), quoted, len(cited), len(flagged)


# --- citation support --------------------------------------------------------------------------
class SupportChecker:
    """Checks each answer sentence against the passages its citations point to."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self.embedder = embedder

    def __call__(self, answer: Answer) -> list[bool]:
        by_number = {c.n: c for c in answer.citations}
        results: list[bool] = []
        pending: list[tuple[int, DraftSentence]] = []
        for sentence in answer.sentences:
            cited = [p for n in sentence.citations if n in by_number for p in answer.passages
                     if p.chunk.source == by_number[n].source and p.chunk.locator == by_number[n].locator]
            if not cited:
                results.append(False)
            elif any(_letters(sentence.text) in _letters(p.chunk.text) for p in cited):
                results.append(True)
            elif self.embedder is not None:
                results.append(False)
                pending.append((len(results) - 1, DraftSentence(sentence.text, ranks=[p.rank for p in cited])))
            else:
                results.append(False)
        if pending and self.embedder is not None:
            checks = verify([d for _, d in pending], answer.passages, self.embedder)
            for (index, _), (ok, _score) in zip(pending, checks):
                results[index] = ok
        return results


# --- one answer --------------------------------------------------------------------------------
def score_answer(question: Question, answer: Answer, seconds: float, support: SupportCheck | None = None) -> Scored:
    """All per-question scores of ``answer`` (what a pipeline returned for ``question``)."""
    answerable = question.answerable
    refused = answer.abstained
    checks = support(answer) if support is not None and not refused else None
    text = "" if refused else answer_text(answer)  # a refusal recalls no fact and covers no step
    newest, quoted, older, flagged = wording_scores(question, answer) if not refused else (
        (False, False, 0, 0) if question.current else (None, None, None, None))
    return Scored(
        id=question.id, language=question.language, kind=question.kind, answerable=answerable, refused=refused,
        source_rank=first_rank(question, answer.passages, by_locator=False) if answerable else None,
        locator_rank=first_rank(question, answer.passages, by_locator=True) if answerable else None,
        key_fact_recall=key_fact_recall(question, text) if answerable else None,
        steps_covered=steps_covered(question, text) if answerable else None,
        steps_in_order=steps_in_order(question, text) if answerable else None,
        steps_missed=missed_steps(question, text) if answerable else [],
        sentences=None if support is None else len(checks or []),
        supported=None if support is None else sum(checks or []),
        language_match=answer_language(answer) == question.language,
        seconds=seconds,
        answer_words=len(text.split()),
        newest_cited=newest, newest_quoted=quoted, older_cited=older, older_flagged=flagged,
        refusal=_refusal(answer) if refused else None,
        referral=answer.safety_referral, danger_now=question.danger_now,
    )


def _refusal(answer: Answer) -> str:
    signal, reason = answer.abstain_signal, answer.abstain_reason
    return ": ".join(part for part in (signal, reason) if part) or "refused"


# --- summaries ---------------------------------------------------------------------------------
def percentile(values: Iterable[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) with linear interpolation; None for no values."""
    data = sorted(values)
    if not data:
        return None
    position = (len(data) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return data[low] + (data[high] - data[low]) * (position - low)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize(scored: list[Scored]) -> dict[str, float | int | None]:
    """The headline figures over ``scored`` (None where a figure is undefined, e.g. no refusals)."""
    answerable = [s for s in scored if s.answerable]
    out_of_scope = [s for s in scored if not s.answerable]
    refused = [s for s in scored if s.refused]
    figures: dict[str, float | int | None] = {"questions": len(scored), "answerable": len(answerable),
                                               "out_of_scope": len(out_of_scope)}
    for by in ("source", "locator"):
        ranks = [getattr(s, f"{by}_rank") for s in answerable]
        for k in KS:
            figures[f"hit@{k}_{by}"] = _mean([1.0 if r is not None and r <= k else 0.0 for r in ranks])
        figures[f"mrr_{by}"] = _mean([1.0 / r if r else 0.0 for r in ranks])
    figures["key_fact_recall"] = _mean([s.key_fact_recall for s in answerable if s.key_fact_recall is not None])
    figures["steps_covered"] = _mean([s.steps_covered for s in answerable if s.steps_covered is not None])
    figures["steps_in_order"] = _mean([1.0 if s.steps_in_order else 0.0 for s in answerable
                                       if s.steps_in_order is not None])
    cited = [s for s in scored if s.sentences is not None and not s.refused]
    sentences = sum(s.sentences or 0 for s in cited)
    figures["citation_support"] = (sum(s.supported or 0 for s in cited) / sentences) if sentences else None
    refused_oos = sum(1 for s in refused if not s.answerable)
    figures["refusal_precision"] = refused_oos / len(refused) if refused else None
    figures["refusal_recall"] = refused_oos / len(out_of_scope) if out_of_scope else None
    figures["answerable_refused"] = _mean([1.0 if s.refused else 0.0 for s in answerable])
    labelled = [s for s in scored if s.danger_now is not None]
    referred = [s for s in labelled if s.referral]
    in_danger = [s for s in labelled if s.danger_now]
    figures["referral_precision"] = (sum(1 for s in referred if s.danger_now) / len(referred)) if referred else None
    figures["referral_recall"] = (sum(1 for s in in_danger if s.referral) / len(in_danger)) if in_danger else None
    figures["referral_rate_not_danger"] = _mean([1.0 if s.referral else 0.0 for s in labelled if not s.danger_now])
    figures["language_match"] = _mean([1.0 if s.language_match else 0.0 for s in scored])
    figures["latency_p50_s"] = percentile([s.seconds for s in scored], 50)
    figures["latency_p95_s"] = percentile([s.seconds for s in scored], 95)
    figures["answer_words"] = _mean([float(s.answer_words) for s in answerable if not s.refused])
    figures["newest_cited"] = _mean([1.0 if s.newest_cited else 0.0 for s in scored if s.newest_cited is not None])
    figures["newest_quoted"] = _mean([1.0 if s.newest_quoted else 0.0 for s in scored if s.newest_quoted is not None])
    older = sum(s.older_cited or 0 for s in scored)
    figures["older_flagged"] = sum(s.older_flagged or 0 for s in scored) / older if older else None
    return figures


def summarize_by(scored: list[Scored], key: str) -> dict[str, dict[str, float | int | None]]:
    """``summarize`` per value of ``key`` ("language" or "kind")."""
    groups: dict[str, list[Scored]] = {}
    for s in scored:
        groups.setdefault(str(getattr(s, key)), []).append(s)
    return {name: summarize(items) for name, items in sorted(groups.items())}


# What each figure means, for reports; "higher" says which direction is better.
FIGURES: dict[str, tuple[str, str]] = {
    "hit@1_source": ("higher", "an expected document is the first passage"),
    "hit@3_source": ("higher", "an expected document is among the first 3 passages"),
    "hit@5_source": ("higher", "an expected document is among the first 5 passages"),
    "mrr_source": ("higher", "mean reciprocal rank of the first passage from an expected document"),
    "hit@1_locator": ("higher", "the expected section/page is the first passage"),
    "hit@3_locator": ("higher", "the expected section/page is among the first 3 passages"),
    "hit@5_locator": ("higher", "the expected section/page is among the first 5 passages"),
    "mrr_locator": ("higher", "mean reciprocal rank of the first passage from an expected section/page"),
    "key_fact_recall": ("higher", "share of key facts found word for word in the answer text"),
    "steps_covered": ("higher", "share of a situation question's expected steps found in the answer text"),
    "steps_in_order": ("higher", "share of answers covering two or more steps that give them in the expected order"),
    "citation_support": ("higher", "share of answer sentences whose cited passage supports them"),
    "refusal_precision": ("higher", "share of refusals that were out-of-scope questions"),
    "refusal_recall": ("higher", "share of out-of-scope questions refused"),
    "answerable_refused": ("lower", "share of answerable questions refused"),
    "referral_precision": ("higher", "share of the answers opening with the 112 referral whose question is labelled "
                                     "danger_now true (over the questions labelled danger_now)"),
    "referral_recall": ("higher", "share of the questions labelled danger_now true whose answer opens with the referral"),
    "referral_rate_not_danger": ("lower", "share of the questions labelled danger_now false whose answer opens "
                                          "with the referral"),
    "language_match": ("higher", "the answer's own words are in the question's language"),
    "latency_p50_s": ("lower", "median seconds per question (wall clock, model loaded)"),
    "latency_p95_s": ("lower", "95th percentile seconds per question"),
    "answer_words": ("lower", "mean words per (non-refused) answer; long answers recall more facts"),
    "newest_cited": ("higher", "share of questions on an amended section whose answer cites its newest wording"),
    "newest_quoted": ("higher", "... whose answer's own sentences quote it (not only the citation added after an older one)"),
    "older_flagged": ("higher", "share of the cited older wordings of such a section marked amended or repealed"),
}
