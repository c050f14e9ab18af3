"""The question flow: language → follow-up rewrite → safety → retrieval → refusal or answer → checks.

``Assistant.ask`` returns one Answer; ``Assistant.ask_stream`` yields text deltas first (LLM
answerers stream) and the finished Answer last. Both build the same object.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator

from assistant import prompts
from assistant.answer import Answer, Citation, Passage, Sentence
from assistant.answerers import Answerer, Draft, build_answerer
from assistant.coverage import is_uncovered_topic, uncovered_terms
from assistant.followup import rewrite_follow_up
from assistant.jurisdiction import unmentioned_places
from assistant.retrieval import Retrieved, Retriever
from assistant.safety import suggests_immediate_danger
from assistant.settings import Settings
from assistant.store import Store
from assistant.text.language import detect_language
from assistant.text.sentences import split_sentences
from assistant.verification import verify

log = logging.getLogger(__name__)

COVERAGE_TITLES = 8


class Assistant:
    """Answers questions from the store. Build one per process and reuse it (models load once)."""

    def __init__(self, settings: Settings, store: Store, answerer: Answerer | None = None) -> None:
        self.settings = settings
        self.store = store
        self.retriever = Retriever(store, settings)
        self.answerer = answerer or build_answerer(settings)

    # --- public --------------------------------------------------------------------------------
    def ask(self, question: str, history: list[str] | None = None, filters: dict[str, str] | None = None) -> Answer:
        answer = None
        for event in self.ask_stream(question, history, filters):
            if isinstance(event, Answer):
                answer = event
        assert answer is not None
        return answer

    def ask_stream(self, question: str, history: list[str] | None = None,
                   filters: dict[str, str] | None = None) -> Iterator[str | Answer]:
        started = time.perf_counter()
        timings: dict[str, float] = {}
        question = question.strip()
        language = detect_language(question)
        standalone = self._standalone(question, history or [], language)
        danger = suggests_immediate_danger(question)

        retrieved = self.retriever.retrieve(standalone, filters)
        timings["embed"] = retrieved.seconds_embed
        timings["search"] = retrieved.seconds_search
        answer = Answer(question=question, language=language, answer="", abstained=False,
                        standalone_question=standalone if standalone != question else None,
                        safety_referral=danger, passages=retrieved.passages, answerer=self.answerer.name)

        safety_citations: list[Citation] = []
        lead: list[str] = []
        if danger:
            lead.append(prompts.SAFETY_REFERRAL[language])
            safety_citations = self._safety_contacts(language)
            if safety_citations:
                lead.append(prompts.SAFETY_CONTACTS_LEAD[language])
                lead.extend(f"{without_markers(c.quote)} [{c.n}]" for c in safety_citations)

        refusal = self._refusal_reason(standalone, language, retrieved)
        if refusal:
            reason, missing = refusal
            answer.abstained, answer.abstain_reason = True, reason
            answer.citations = safety_citations
            answer.answer = "\n\n".join([*lead, self._refusal(language, missing)])
            timings["total"] = time.perf_counter() - started
            answer.timings = timings
            yield answer
            return

        t0 = time.perf_counter()
        draft: Draft | None = None
        for event in self.answerer.generate(standalone, retrieved.passages, language):
            if isinstance(event, Draft):
                draft = event
            else:
                yield event
        assert draft is not None
        timings["generate"] = time.perf_counter() - t0
        if not draft.verified and draft.sentences:
            t1 = time.perf_counter()
            checks = verify(draft.sentences, retrieved.passages, self.store.embedder)
            timings["verify"] = time.perf_counter() - t1
        else:
            checks = [(True, None)] * len(draft.sentences)
        self._render(answer, draft, checks, lead, safety_citations)
        timings["total"] = time.perf_counter() - started
        answer.timings = timings
        yield answer

    # --- steps ---------------------------------------------------------------------------------
    def _standalone(self, question: str, history: list[str], language: str) -> str:
        if not history:
            return question
        rewritten = self.answerer.rewrite(question, history, language)
        return rewritten or rewrite_follow_up(question, history)

    def _safety_contacts(self, language: str) -> list[Citation]:
        """The emergency passage of the contacts document, in the user's language if there is one."""
        query = prompts.SAFETY_CONTACTS_QUERY[language]
        for filters in ({"doc_type": "contacts", "language": language}, {"doc_type": "contacts"}):
            found = self.retriever.retrieve(query, filters, k=1)
            if found.passages:
                p = found.passages[0]
                quote = next((s for s in _sentences(p.chunk.text) if "112" in s), _sentences(p.chunk.text)[0])
                return [Citation(n=1, source=p.chunk.source, title=p.chunk.title, locator=p.chunk.locator,
                                 quote=quote, score=p.score, language=p.chunk.language, page=p.chunk.page)]
        return []

    def _refusal_reason(self, query: str, language: str, retrieved: Retrieved) -> tuple[str, str] | None:
        """Why the evidence is too weak to answer from, and the sentence that says what is missing
        (empty when the reason needs none), or None."""
        s = self.settings
        best = retrieved.best_dense
        if not retrieved.passages:
            return ("empty knowledge base" if not self.store.catalog.count_chunks() else "no passage found"), ""
        if best < s.refusal_threshold:
            return f"best match {best:.2f} is below the refusal threshold {s.refusal_threshold:.2f}", ""
        if best >= s.refusal_term_band:
            return None
        off_topic = self.off_topic(query, language, retrieved)
        if off_topic:
            why, missing = off_topic
            return f"best match {best:.2f} is below {s.refusal_term_band:.2f} and {why}", missing
        return None

    def off_topic(self, query: str, language: str, retrieved: Retrieved) -> tuple[str, str] | None:
        """The second and third refusal signals, which count when the best match is only moderate:
        words no document contains (assistant/coverage.py), or a country the question asks about that no
        passage found mentions (assistant/jurisdiction.py). Why, and the sentence telling the user."""
        uncovered = uncovered_terms(query, language, self.store.catalog, self.settings.common_word_zipf)
        if is_uncovered_topic(uncovered):
            return (f"no document contains {', '.join(uncovered)}",
                    prompts.UNCOVERED_TERMS[language].format(terms=", ".join(uncovered)))
        places = unmentioned_places(query, language, [p.chunk.text for p in retrieved.passages])
        if places:
            return (f"the question is about {', '.join(c.names['en'] for c in places)}, which no passage found "
                    "mentions", prompts.UNMENTIONED_PLACE[language].format(
                        places=", ".join(c.names[language] for c in places)))
        return None

    def _refusal(self, language: str, missing: str = "") -> str:
        documents = self.store.documents()
        if not documents:
            return prompts.EMPTY_KNOWLEDGE_BASE[language]
        mine = [d for d in documents if d.language == language] or documents
        titles = []
        for d in mine:
            if d.title not in titles:
                titles.append(d.title)
        listed = "\n".join(f"- {t}" for t in titles[:COVERAGE_TITLES])
        return f"{prompts.CANNOT_ANSWER[language]}{' ' + missing if missing else ''}\n\n" \
               f"{prompts.COVERAGE_LEAD[language]}\n{listed}"

    def _render(self, answer: Answer, draft: Draft, checks, lead: list[str], safety: list[Citation]) -> None:
        language = answer.language
        by_rank: dict[int, Passage] = {p.rank: p for p in answer.passages}
        citations: list[Citation] = list(safety)
        number_of: dict[int, int] = {}
        lines: list[str] = []
        for sentence, (supported, support) in zip(draft.sentences, checks):
            if not supported and self.settings.unsupported_sentences == "drop":
                continue
            numbers = []
            if supported:
                for rank in sentence.ranks:
                    if rank not in by_rank:
                        continue
                    if rank not in number_of:
                        p = by_rank[rank]
                        number_of[rank] = len(citations) + 1
                        citations.append(Citation(
                            n=number_of[rank], source=p.chunk.source, title=p.chunk.title, locator=p.chunk.locator,
                            quote=sentence.quote.get(rank, sentence.text), score=p.score,
                            language=p.chunk.language, page=p.chunk.page))
                    numbers.append(number_of[rank])
            marks = "".join(f"[{n}]" for n in numbers) if supported else f" {prompts.UNSUPPORTED_MARK[language]}"
            line = f"{without_markers(sentence.text)} {marks}".replace("  ", " ").strip()
            lines.append(f"- {line.lstrip('-*• ')}" if self.answerer.name == "extractive" else line)
            answer.sentences.append(Sentence(text=sentence.text, citations=numbers, supported=supported,
                                             support=support))
        supported_count = sum(1 for s in answer.sentences if s.supported)
        if draft.no_answer or not supported_count:
            answer.abstained = True
            answer.abstain_reason = "no sentence of the passages answers" if draft.no_answer or not draft.sentences \
                else "no generated sentence is supported by its cited passages"
            body = prompts.ALL_UNSUPPORTED[language] if draft.sentences and not draft.no_answer \
                else self._refusal(language)
            answer.sentences = []
            answer.citations = list(safety)
            answer.answer = "\n\n".join([*lead, body])
            return
        answer.citations = citations
        head = [*lead, prompts.EXTRACTIVE_LEAD[language]] if self.answerer.name == "extractive" else lead
        answer.answer = "\n\n".join([*head, "\n".join(lines)]) if head else "\n".join(lines)


# A bracketed number inside a source's own sentence ("[3]", "[1, 2]": a footnote, or a fake citation
# planted in a document) would read, and render in the UI, as one of the answer's citations. Up to
# three digits, as the UI's links: "[2012]" (a year, a case citation) stays.
_MARKER = re.compile(r"\s*\[\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\]")


def without_markers(text: str) -> str:
    """``text`` without citation-like markers; the answer's own ``[n]`` are added after it.
    (Sentence.text and the citation quotes keep the words as the source has them.)"""
    return _MARKER.sub("", text)


def _sentences(text: str) -> list[str]:
    return split_sentences(text) or [text]


def make_assistant(settings: Settings) -> Assistant:
    """The assistant the settings describe (store, embedder, answerer)."""
    from assistant.factory import make_store

    return Assistant(settings, make_store(settings))
