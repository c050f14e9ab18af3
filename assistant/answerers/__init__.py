"""Answerers behind one small interface; ``build_answerer`` picks one from settings."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answerers.base import Answerer, Draft, DraftSentence
from assistant.answerers.extractive import ExtractiveAnswerer
from assistant.errors import SettingsError
from assistant.settings import Settings

__all__ = ["Answerer", "Draft", "DraftSentence", "ANSWERERS", "build_answerer"]


def _extractive(settings: Settings) -> Answerer:
    return ExtractiveAnswerer()


def _llm(settings: Settings) -> Answerer:
    from assistant.answerers.llm import LlmAnswerer

    if not settings.llm_base_url or not settings.llm_model:
        raise SettingsError(f"answerer {settings.answerer!r} needs ASSISTANT_LLM_BASE_URL and ASSISTANT_LLM_MODEL")
    return LlmAnswerer(settings)


ANSWERERS: dict[str, Callable[[Settings], Answerer]] = {"extractive": _extractive, "openai": _llm, "ollama": _llm}


def build_answerer(settings: Settings) -> Answerer:
    return ANSWERERS[settings.answerer](settings)
