"""The question flow: language → follow-up rewrite → safety → retrieval → refusal or answer → checks.

``Assistant.ask`` returns one Answer; ``Assistant.ask_stream`` yields text deltas first (LLM
answerers stream) and the finished Answer last. Both build the same object. Each step's rules live
in its own module: this one only conducts.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from assistant import prompts
from assistant.answer import Answer, Passage, SafetyBlock, SentencesBlock
from assistant.answerers import Answerer, Draft, DraftSentence, build_answerer
from assistant.answerers.extractive import ExtractiveAnswerer
from assistant.citations import cite
from assistant.followup import rewrite_follow_up
from assistant.indexing import IndexingStatus, indexing_block
from assistant.law.index import LawIndex
from assistant.provenance import Provenance
from assistant.refusal import RELATED_LEADS, Refusal, RefusalPolicy, refusal_blocks
from assistant.retrieval import Retriever
from assistant.safety.classifier import load_classifier, refers
from assistant.safety import safety_referral
from assistant.settings import Settings
from assistant.situations import asks_what_to_do, tells_a_story
from assistant.store import Store
from assistant.privacy import warm_up as warm_up_privacy
from assistant.text.glossary import warm_up as warm_up_glossary
from assistant.text.language import detect_language, warm_up as warm_up_languages
from assistant.text.sentences import says_the_same
from assistant.text.stemming import query_tokens
from assistant.verification import verify


class Assistant:
    """Answers questions from the store. Build one per process and reuse it (models load once).

    The retriever, the answerer and the refusal policy are the settings' defaults unless given: a
    reranking retriever, another answerer or a test double plugs in here."""

    def __init__(self, settings: Settings, store: Store, answerer: Answerer | None = None, *,
                 retriever: Retriever | None = None, refusal: RefusalPolicy | None = None) -> None:
        self.settings = settings
        self.store = store
        law = LawIndex(store.catalog)
        self.retriever = retriever or Retriever(store, settings, law)
        self.provenance = Provenance(store.catalog, law)
        self.answerer = answerer or build_answerer(settings)
        self._steps = ExtractiveAnswerer()  # a story's steps are the guidance's own words, whatever the answerer
        self.refusal = refusal or RefusalPolicy(settings, store)
        self._danger_classifier = load_classifier(settings.embedding_model)
        # Set by a server that indexes while it answers (``assistant serve --sync``): answers say how far it is.
        self.indexing: IndexingStatus | None = None

    def ask(self, question: str, history: list[str] | None = None, filters: dict[str, str] | None = None,
            withhold_debrief: bool = False) -> Answer:
        answer = None
        for event in self.ask_stream(question, history, filters, withhold_debrief=withhold_debrief):
            if isinstance(event, Answer):
                answer = event
        assert answer is not None
        return answer

    def ask_stream(self, question: str, history: list[str] | None = None,
                   filters: dict[str, str] | None = None, withhold_debrief: bool = False) -> Iterator[str | Answer]:
        """Text deltas, then the Answer. ``withhold_debrief``: answer without the debrief sections of the
        training cases (a workshop before the trainer reveals them; ``retrieval.Retriever.retrieve``)."""
        started = time.perf_counter()
        question = question.strip()
        language = detect_language(question)
        standalone = self._standalone(question, history or [], language)
        situation = asks_what_to_do(standalone, language)
        retrieved = self.retriever.retrieve(standalone, filters, language=language, situation=situation,
                                            **({"withhold_debrief": True} if withhold_debrief else {}))
        danger = self.is_danger(question, language, retrieved.vector if standalone == question else None)
        answer = Answer(question=question, language=language, abstained=False,
                        standalone_question=standalone if standalone != question else None,
                        safety_referral=danger, passages=retrieved.passages, answerer=self.answerer.name,
                        timings={"embed": retrieved.seconds_embed, "search": retrieved.seconds_search})
        if danger:
            block, answer.citations = safety_referral(self.retriever, language)
            answer.blocks.append(block)

        refusal = self.refusal.before_answer(standalone, language, retrieved, situation=situation)
        if refusal:
            yield self._finish(answer, started, refusal)
            return

        t0 = time.perf_counter()
        draft: Draft | None = None
        for event in self.answerer.generate(standalone, retrieved.passages, language):
            if isinstance(event, Draft):
                draft = event
            else:
                yield event
        assert draft is not None
        answer.timings["generate"] = time.perf_counter() - t0

        checks = [(True, None)] * len(draft.sentences)
        if not draft.verified and draft.sentences:
            t1 = time.perf_counter()
            checks = verify(draft.sentences, retrieved.passages, self.store.embedder)
            answer.timings["verify"] = time.perf_counter() - t1
        drop = self.settings.unsupported_sentences == "drop"
        referral = _referral_words(answer.blocks)
        main = [(d, c) for d, c in zip(draft.sentences, checks) if not d.example and not _said(d, referral)]
        sentences, cited = cite([d for d, _ in main], [c for _, c in main], retrieved.passages,
                                first_n=len(answer.citations) + 1, drop_unsupported=drop)
        shown = [(d, c) for d, c in zip(draft.sentences, checks) if d.example]
        examples, example_cited = cite([d for d, _ in shown], [c for _, c in shown], retrieved.passages,
                                       first_n=len(answer.citations) + len(cited) + 1, drop_unsupported=drop)
        refusal = self.refusal.after_answer(standalone, language, sentences, len(draft.sentences), draft.no_answer,
                                            vector=retrieved.vector, situation=situation)
        if refusal and refusal.signal not in RELATED_LEADS:
            yield self._finish(answer, started, refusal)
            return
        answer.citations += cited
        if refusal:  # what the sources do not give, then what they say on the related topic
            answer = self._finish(answer, started, refusal)
            answer.blocks.append(SentencesBlock(sentences, RELATED_LEADS[refusal.signal][language], draft.quoted,
                                                related=True))
            yield answer
            return
        lead = prompts.EXTRACTIVE_LEAD[language] if draft.quoted else ""
        answer.blocks.append(SentencesBlock(sentences, lead=lead, quoted=draft.quoted))
        if examples:
            answer.citations += example_cited
            answer.blocks.append(SentencesBlock(examples, prompts.EXAMPLE_LEAD[language], draft.quoted, example=True))
        if not situation and tells_a_story(standalone, language):
            self.story_steps(answer, standalone, filters, withhold_debrief, vector=retrieved.vector)
        yield self._finish(answer, started)

    def story_steps(self, answer: Answer, question: str, filters: dict[str, str] | None,
                    withhold_debrief: bool = False, vector: list[float] | None = None) -> None:
        """After the answer to a question that tells a situation and asks one thing about it ("... Who pays his
        interpreter?"), what the guidance says to do in such a situation: at most ``settings.story_steps`` sentences of
        the steps a "what do I do" question would get, those the answer does not say already, cited like the rest.
        Their passages join ``answer.passages`` after the answer's own, with the ranks that follow. ``vector``: the
        question's embedding, when the answer's retrieval computed it."""
        if not self.settings.story_steps:
            return
        started = time.perf_counter()
        found = self.retriever.retrieve(question, filters, language=answer.language, situation=True, vector=vector,
                                        **({"withhold_debrief": True} if withhold_debrief else {}))
        passages = _joined(answer.passages, found.passages)
        said = [set(query_tokens(s.text)) for s in answer.sentences]
        drafted = [d for d in self._steps.steps(question, passages).sentences
                   if not d.example and not _repeats(d.text, said)]
        drafted = drafted[:self.settings.story_steps]
        sentences, cited = cite(drafted, [(True, None)] * len(drafted), answer.passages,
                                first_n=len(answer.citations) + 1)
        if sentences:
            answer.citations += cited
            answer.blocks.append(SentencesBlock(sentences, prompts.STORY_STEPS_LEAD[answer.language], quoted=True,
                                                steps=True))
        answer.timings["story_steps"] = time.perf_counter() - started

    def warm_up(self, background: bool = False) -> None:
        """Load what the first questions would otherwise wait for: the embedding model, the language
        models of every asker language, the privacy screen's name lists and the glossary's terms in every language
        (a server calls this before it serves). ``background``: the glossary's terms (about 6 s; only questions in
        a language no document is in use them) in a thread, so that a server serves meanwhile."""
        self.store.embedder.embed_query("warm-up")
        warm_up_languages()
        warm_up_privacy()
        if self.settings.query_expansion:
            warm_up_glossary(background=background)

    def is_danger(self, question: str, language: str, vector: list[float] | None = None) -> bool:
        """Whether ``question`` suggests a child may be in danger now: the classifier on its embedding
        (``vector``, when retrieval embedded this very text) or the patterns say so, where one is trained for the
        embedding model (``assistant.safety.classifier.refers``); the patterns alone where none is."""
        return refers(question, language, self._danger_classifier,
                      lambda: vector if vector is not None else self.store.embedder.embed_query(question))

    def _standalone(self, question: str, history: list[str], language: str) -> str:
        if not history:
            return question
        rewritten = self.answerer.rewrite(question, history, language)
        return rewritten or rewrite_follow_up(question, history)

    def _finish(self, answer: Answer, started: float, refusal: Refusal | None = None) -> Answer:
        """The answer as it leaves the pipeline: refused (the safety block, if any, stays) and timed."""
        if refusal:
            answer.abstained, answer.abstain_reason, answer.abstain_signal = True, refusal.reason, refusal.signal
            answer.blocks += refusal_blocks(refusal, answer.language, self.store,
                                            indexing=self.indexing is not None and self.indexing.running)
        notice = indexing_block(self.indexing, answer.language)
        if notice is not None:  # first, or right after the safety referral
            answer.blocks.insert(1 if answer.blocks and isinstance(answer.blocks[0], SafetyBlock) else 0, notice)
        self.provenance.annotate(answer)  # dates, links, status of the wording, the newer wording cited
        answer.timings["total"] = time.perf_counter() - started
        return answer


def make_assistant(settings: Settings) -> Assistant:
    """The assistant the settings describe (store, embedder, answerer)."""
    from assistant.factory import make_store

    return Assistant(settings, make_store(settings))


def _referral_words(blocks: list) -> list[set[str]]:
    """The words (base forms) of each contact sentence the safety referral among ``blocks`` quotes."""
    return [set(query_tokens(s.text)) for b in blocks if isinstance(b, SafetyBlock) for s in b.contacts]


def _said(sentence: DraftSentence, referral: list[set[str]]) -> bool:
    """Whether the safety referral's contact sentence (its words: ``referral``) already says what ``sentence`` says: a
    quote that repeats it ("Call 112 when a child's life or health is under threat ...", quoted from a guide after the
    contacts document said it) is left out, unless it opens a guide's step (its heading carries the step)."""
    return not sentence.label and _repeats(sentence.text, referral)


def _repeats(text: str, said: list[set[str]]) -> bool:
    """Whether ``text`` says the same as one of the sentences whose words (base forms) ``said`` holds."""
    words = set(query_tokens(text))
    return any(says_the_same(words, words_said) for words_said in said)


def _joined(passages: list[Passage], more: list[Passage]) -> list[Passage]:
    """``more`` in its own order, each passage already in ``passages`` (the same section) replaced by that one; the
    others appended to ``passages``, ranked after its last."""
    known = {(p.chunk.source, p.chunk.locator): p for p in passages}
    joined = []
    for passage in more:
        key = (passage.chunk.source, passage.chunk.locator)
        if key not in known:
            passage.rank = len(passages) + 1
            passages.append(passage)
            known[key] = passage
        joined.append(known[key])
    return joined
