"""When the assistant does not answer: one policy, used by the pipeline and by the evals' calibration.

The policy is asked twice. Before an answer is written (``before_answer``), three signals judge the
evidence that retrieval found:

1. the best dense match is below ``refusal_threshold`` (``other_language_refusal_threshold`` for a
   question in a language no document is in, lower by that language's measured offset where the model scores
   it much lower: Estonian, Latvian, Lithuanian, ``calibration.asker_offset``, whose questions in that lower
   band must also be on the knowledge base's subject by the subject probe; a question searched with its terms'
   English appended (``Retriever.expanded``) scores higher, so its offset is smaller and the probe must agree up to
   ``refusal_threshold``; ``situation_refusal_threshold``
   for a situation, and the lowest of those and ``other_language_situation_refusal_threshold`` for a
   situation in a language no document is in): nothing in the knowledge base is close -- unless one sentence of the
   passages found matches a factual question closely (``sentence_match_rescue``: a short look-up matches the one
   sentence that answers it far better than the section around it). A situation, where
   the subject probe applies (``assistant/situations_subject.py``), is judged instead by the probe: refused
   when its story is not on the knowledge base's subject (signal ``off_subject``) or its best match is below
   ``situation_refusal_floor``; so is a question below the threshold that tells a story before it asks, or as the
   condition of a duty question (``situations.tells_a_story``: "Must I notify if a 9-year-old says ...?"), whose
   story's words lower its match as a situation's do;
2. the best match is only moderate (below ``refusal_term_band``) and two specific words of the
   question occur in no document (``assistant/coverage.py``; not for a question in a language no
   document is written in);
3. the best match is only moderate and the question asks about another country that no passage
   found mentions (``assistant/jurisdiction.py``).

After the answerer has written its draft (``after_answer``): no sentence of the passages answers,
or no generated sentence is supported by the passages it cites, or the question asks for a specific
fact (a count, an amount, a dose, a year's figure) that none of the answer's sentences gives
(``assistant/specific_facts.py``), or the near-topic probe says that the question asks for something the
knowledge base does not give (``assistant/near_topic.py``; not for a situation). In these last two cases the
sentences are still shown, as the related topic, after the sentence saying what the sources do not give.

A ``Refusal`` says which signal fired, why (for logs and the evals, in English) and, when the signal
can say it, the sentence that tells the user what is missing. ``refusal_blocks`` turns it into the
answer's blocks in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant import prompts
from assistant.answer import Block, CoverageBlock, RefusalBlock, Sentence
from assistant.band_probe import load_band_probe
from assistant.calibration import asker_offset
from assistant.coverage import is_uncovered_topic, uncovered_terms
from assistant.jurisdiction import place_name, unmentioned_places
from assistant.near_topic import load_near_topic_probe
from assistant.probes import Probe
from assistant.retrieval import Retrieved
from assistant.settings import Settings
from assistant.situations import asking_sentence, tells_a_story
from assistant.situations_subject import load_subject_probe
from assistant.specific_facts import missing_facts
from assistant.store import Store
from assistant.text.language import QUOTE_FALLBACK

COVERAGE_TITLES = 8  # titles listed with a refusal: what the knowledge base covers instead

Signal = Literal["empty_store", "no_passage", "weak_match", "off_subject", "uncovered_terms", "unmentioned_place",
                 "no_answer_sentence", "unsupported", "fact_missing", "near_topic"]
# Refusals that still show the drafted sentences after saying what is missing, and the lead those sentences get: a
# missing fact is sure ("it does not answer the question"), the near-topic probe is not ("check whether it answers").
RELATED_LEADS = {"fact_missing": prompts.RELATED_LEAD, "near_topic": prompts.NEAREST_LEAD}


@dataclass(frozen=True)
class Refusal:
    """The decision not to answer."""

    signal: Signal
    reason: str  # why, for logs and the evals (not shown as the answer)
    missing: str = ""  # the user-facing sentence saying what is missing; empty when the signal cannot say


class RefusalPolicy:
    """Decides, from the retrieval result and then from the draft, whether to answer at all."""

    def __init__(self, settings: Settings, store: Store, subject: Probe | None = None,
                 near_topic: Probe | None = None, band: Probe | None = None) -> None:
        """``subject``: the situations' subject probe; ``near_topic``: the factual questions' near-topic probe;
        ``band``: the band probe of weakly matched factual questions (by default each the one trained for the
        embedding model)."""
        self.settings = settings
        self.store = store
        self.subject = subject or load_subject_probe(settings.embedding_model)
        self.near_topic = near_topic or load_near_topic_probe(settings.embedding_model)
        self.band = band or load_band_probe(settings.embedding_model)

    def before_answer(self, question: str, language: str, retrieved: Retrieved,
                      situation: bool = False) -> Refusal | None:
        """Whether the evidence is too weak to answer ``question`` from (``None``: answer). For a
        ``situation`` (the question describes one and asks what to do) the words of its description
        (the stairwell, the uncle's restaurant) are not its topic: the uncovered-words signal stands aside."""
        s = self.settings
        best = retrieved.best_dense
        if not retrieved.passages:
            if not self.store.catalog.count_chunks():
                return Refusal("empty_store", "empty knowledge base")
            return Refusal("no_passage", "no passage found")
        if situation and self.probes(retrieved):
            refusal = self.off_subject(best, retrieved.vector)
            if refusal:
                return refusal
        else:
            expanded = retrieved.expanded is not None
            threshold = self.threshold(language, situation, expanded=expanded)
            if best < threshold:
                # A question that tells a story first ("A 7-year-old says his brother kicks him. Is this something I
                # must report?") matches with the story's words too, as a situation does: the probe judges it.
                if tells_a_story(question, language) and self.probes(retrieved):
                    return self.off_subject(best, retrieved.vector)
                if best_sentence(retrieved) < s.sentence_match_rescue:
                    return Refusal("weak_match", f"best match {best:.2f} is below the refusal threshold "
                                                 f"{threshold:.2f}")
            # Only a language the model scores much lower gets below the other-language threshold (``threshold``),
            # and a question searched with its terms' English appended (``Retriever.expanded``) scores higher
            # whatever it asks, up to where a fi/sv/en question would be refused: there the match alone cannot
            # tell, so the question (its own vector) must be on the knowledge base's subject too.
            band = s.refusal_threshold if expanded else s.other_language_refusal_threshold
            if best < band and self.probes(retrieved):
                refusal = self.off_subject(best, retrieved.vector, self.band)
                if refusal:
                    return refusal
        if best >= s.refusal_term_band:
            return None
        off_topic = self.off_topic(question, language, retrieved, situation=situation)
        if off_topic:
            return Refusal(off_topic.signal, f"best match {best:.2f} is below {s.refusal_term_band:.2f} and "
                                             f"{off_topic.reason}", off_topic.missing)
        return None

    def probes(self, retrieved: Retrieved) -> bool:
        """Whether the subject probe can judge: one is trained for the embedding model and the question's own vector
        is known."""
        return self.subject is not None and retrieved.vector is not None

    def off_subject(self, best: float, vector: list[float], factual: Probe | None = None) -> Refusal | None:
        """A situation's refusal where the subject probe applies: its story is not about what the knowledge
        base covers, or nothing at all is close (``situation_refusal_floor``); a story that a section matches
        closely (``situation_sure_match``) is not asked about. ``factual``: the band probe, which
        judges a factual question instead (``assistant/band_probe.py``), when there is one."""
        floor = self.settings.situation_refusal_floor
        if best < floor:
            return Refusal("weak_match", f"best match {best:.2f} is below the situation floor {floor:.2f}")
        if factual is None and best >= self.settings.situation_sure_match:
            return None  # a section matches the story closely: on the subject whatever the probe says
        probe = factual or self.subject
        subject = probe.probability(vector)
        if subject < probe.threshold:
            what = "the knowledge base does not answer the question" if factual else \
                "the story is not on the knowledge base's subject"
            return Refusal("off_subject", f"{what} (probability {subject:.2f} < {probe.threshold:.2f})")
        return None

    def threshold(self, language: str, situation: bool = False, expanded: bool = False) -> float:
        """The best dense similarity below which a question in ``language`` is refused. A situation's
        story dilutes its match with the guidance, and asking in a language no document is written in
        lowers every score (the model scores across languages lower than within one): each has a lower
        threshold, and a situation in such a language, lowered by both, the lowest of the three. ``expanded``:
        the question was searched with its terms' English appended, which scores nearer a fi/sv/en question's."""
        s = self.settings
        if self.has_documents_in(language):
            return s.situation_refusal_threshold if situation else s.refusal_threshold
        if not situation:  # lower still for a language the model scores much lower (calibration.py)
            return min(s.other_language_refusal_threshold, s.refusal_threshold - asker_offset(language, expanded))
        return min(s.situation_refusal_threshold, s.other_language_refusal_threshold,
                   s.other_language_situation_refusal_threshold)

    def has_documents_in(self, language: str) -> bool:
        return self.store.catalog.has_language(language)

    def off_topic(self, question: str, language: str, retrieved: Retrieved, situation: bool = False) -> Refusal | None:
        """The second and third signals alone, whatever the best match (the calibration tables combine
        them with the thresholds): words no document contains, or an unmentioned country. A ``situation``'s
        story is not what it asks: its words (the stairwell, the uncle's restaurant) stand aside, and so do the
        countries it passes through ("he came via Sweden and Germany"); a country its asking sentence names
        ("What do the social services in Sweden do now?") still counts."""
        # The question's words are looked for in the documents' words: in a language no document is
        # written in (an Estonian question) none could be found, so the signal stands aside.
        words = not situation and self.has_documents_in(language)
        # A question that tells a story before it asks ("My pupil says ... Should I talk to the parents first?"):
        # the story's words (the cupboard, the bruise, the town) are not its topic, what it asks is.
        asked = asking_sentence(question, language) if situation or tells_a_story(question, language) else question
        uncovered = uncovered_terms(asked, language, self.store.catalog, self.settings.common_word_zipf) \
            if words else []
        if is_uncovered_topic(uncovered):
            terms = ", ".join(uncovered)
            return Refusal("uncovered_terms", f"no document contains {terms}",
                           prompts.UNCOVERED_TERMS[language].format(terms=terms))
        places = unmentioned_places(asked, language, [p.chunk.text for p in retrieved.passages])
        if places:
            return Refusal("unmentioned_place",
                           f"the question is about {', '.join(c.names['en'] for c in places)}, which no passage "
                           "found mentions",
                           prompts.UNMENTIONED_PLACE[language].format(
                               places=", ".join(place_name(c, language) for c in places)))
        return None

    def after_answer(self, question: str, language: str, sentences: list[Sentence], drafted: int,
                     no_answer: bool, vector: list[float] | None = None, situation: bool = False) -> Refusal | None:
        """Whether the draft answers: ``drafted`` sentences written, ``sentences`` of them kept (each
        supported or not by the passages it cites), ``no_answer`` when the answerer said the passages
        do not answer. ``vector``: the question's own, for the near-topic probe (not asked of a ``situation``)."""
        if no_answer or not drafted:
            return Refusal("no_answer_sentence", "no sentence of the passages answers")
        supported = [s.text for s in sentences if s.supported]
        if not supported:
            return Refusal("unsupported", "no generated sentence is supported by its cited passages")
        missing = missing_facts(question, supported, language) if self.settings.refuse_missing_facts else []
        if missing:
            kinds = list(dict.fromkeys(f.kind for f in missing))
            what = " / ".join(prompts.FACT_KINDS[k][language] for k in kinds)
            return Refusal("fact_missing", f"the question asks for {', '.join(kinds)} and no answer sentence "
                                           "gives one", prompts.FACT_NOT_GIVEN[language].format(what=what))
        if self.settings.refuse_missing_facts and self.near_topic and vector is not None and not situation:
            probability = self.near_topic.probability(vector)
            if probability >= self.near_topic.threshold:
                return Refusal("near_topic", f"the question asks for something beside what the sources give "
                                             f"(near-topic probability {probability:.2f} >= "
                                             f"{self.near_topic.threshold:.2f})", prompts.NOT_GIVEN[language])
        return None


def best_sentence(retrieved: Retrieved) -> float:
    """The highest similarity of one sentence of the passages found to the question (0 where no sentence has one)."""
    return max((score for p in retrieved.passages for score in (p.sentences or {}).values()), default=0.0)


def refusal_blocks(refusal: Refusal, language: str, store: Store, indexing: bool = False) -> list[Block]:
    """The refusal as the answer shows it: the fixed sentence, what is missing, and what the knowledge
    base covers instead (titles in the user's language where there are any). An empty store that is
    being indexed (``indexing``) says nothing here: the answer's indexing notice says it."""
    if refusal.signal == "unsupported":
        return [RefusalBlock(prompts.ALL_UNSUPPORTED[language])]
    if refusal.signal in RELATED_LEADS:  # the related quotes follow: no list of other topics
        return [RefusalBlock(refusal.missing)]
    documents = store.documents()
    if not documents:
        return [] if indexing else [RefusalBlock(prompts.EMPTY_KNOWLEDGE_BASE[language])]
    mine = ([d for d in documents if d.language == language]
            or [d for d in documents if d.language == QUOTE_FALLBACK] or documents)
    titles = list(dict.fromkeys(d.title for d in mine))[:COVERAGE_TITLES]
    return [RefusalBlock(prompts.CANNOT_ANSWER[language], refusal.missing),
            CoverageBlock(prompts.COVERAGE_LEAD[language], titles)]
