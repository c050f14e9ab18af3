"""LLM answerers through LangChain chat models: any OpenAI-compatible server, or Ollama.

The model sees the passages as delimited data and must cite passage numbers. Its output is
parsed into sentences with their [n] citations; the pipeline then checks every sentence
against the passages it cites (assistant/verification.py).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from assistant import prompts
from assistant.answer import Passage
from assistant.answerers.base import Answerer, Draft, DraftSentence
from assistant.errors import AnswererError
from assistant.settings import Settings
from assistant.text.sentences import split_sentences

log = logging.getLogger(__name__)

_CITE = re.compile(r"\s*\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def make_chat_model(settings: Settings):
    """A LangChain chat model for the configured server (imported only when used)."""
    if settings.answerer == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(base_url=settings.llm_base_url, model=settings.llm_model, temperature=0,
                          client_kwargs={"timeout": settings.llm_timeout_s})
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model, temperature=0,
                      api_key=settings.llm_api_key.get_secret_value(), timeout=settings.llm_timeout_s,
                      max_retries=1, streaming=True)


# Anything a model could read as our frame's tag: "</passage>", "<passage n=9>", "< / PASSAGE >"...
_FRAME_TAG = re.compile(r"<(?=\s*/?\s*passage\b)", re.IGNORECASE)


def inert(text: str) -> str:
    """``text`` with every passage-tag look-alike defused ("<" becomes "‹"), so that a document cannot
    close its own frame or open a fake one; the words stay readable."""
    return _FRAME_TAG.sub("‹", text)


def format_passages(passages: list[Passage]) -> str:
    """The passages as numbered, delimited data; their text, source and locator cannot break the frame."""
    blocks = []
    for p in passages:
        blocks.append(prompts.LLM_PASSAGE.format(n=p.rank, source=inert(p.chunk.source).replace('"', "'"),
                                                 locator=inert(p.chunk.locator).replace('"', "'"),
                                                 text=inert(p.chunk.text)))
    return "\n\n".join(blocks)


def parse_cited_text(text: str, valid: set[int]) -> list[DraftSentence]:
    """Sentences with the passage numbers each one cites; invalid numbers are dropped."""
    out: list[DraftSentence] = []
    # "... shown. [1]" -> "... shown [1]." so that a citation stays with the sentence it ends.
    text = re.sub(r"([.!?])\s*((?:\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+)", lambda m: f" {m.group(2).strip()}{m.group(1)} ", text)
    for sentence in split_sentences(text):
        ranks: list[int] = []
        for group in _CITE.findall(sentence):
            for number in re.split(r"\s*[,;]\s*", group):
                n = int(number)
                if n in valid and n not in ranks:
                    ranks.append(n)
        clean = _CITE.sub("", sentence).strip()
        if clean:
            out.append(DraftSentence(text=clean, ranks=ranks))
    return out


class LlmAnswerer(Answerer):
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = settings.answerer
        self._model = make_chat_model(settings)

    def _messages(self, question: str, passages: list[Passage], language: str):
        from langchain_core.messages import HumanMessage, SystemMessage

        system = prompts.LLM_SYSTEM.format(language_name=prompts.LANGUAGE_NAMES[language],
                                           no_answer=prompts.LLM_NO_ANSWER_TOKEN)
        user = prompts.LLM_USER.format(passages=format_passages(passages), question=question)
        return [SystemMessage(content=system), HumanMessage(content=user)]

    def generate(self, question: str, passages: list[Passage], language: str) -> Iterator[str | Draft]:
        parts: list[str] = []
        try:
            for chunk in self._model.stream(self._messages(question, passages, language)):
                delta = chunk.content if isinstance(chunk.content, str) else ""
                if delta:
                    parts.append(delta)
                    yield delta
        except Exception as exc:
            raise AnswererError(f"the LLM server at {self.settings.llm_base_url} failed: {type(exc).__name__}: {exc}") from exc
        text = "".join(parts).strip()
        if not text or text.strip(" .") == prompts.LLM_NO_ANSWER_TOKEN:
            yield Draft(sentences=[], no_answer=True)
            return
        yield Draft(sentences=parse_cited_text(text, {p.rank for p in passages}))

    def rewrite(self, question: str, history: list[str], language: str) -> str | None:
        from langchain_core.messages import HumanMessage

        prompt = prompts.LLM_REWRITE.format(language_name=prompts.LANGUAGE_NAMES[language],
                                            history="\n".join(f"- {h}" for h in history[-4:]), question=question)
        try:
            reply = self._model.invoke([HumanMessage(content=prompt)])
        except Exception as exc:
            log.warning("follow-up rewrite by the LLM failed (%s); using the rule-based rewrite", exc)
            return None
        text = reply.content if isinstance(reply.content, str) else ""
        return text.strip().strip('"') or None
