"""The danger patterns of every asker language, in the order they are tried when a question's language
is unknown (``assistant.safety.detector.assess``)."""

from __future__ import annotations

from importlib import import_module

from assistant.safety.patterns import LanguagePatterns

LANGUAGES: tuple[str, ...] = ('en', 'fi', 'sv', 'et', 'lv', 'lt', 'pl', 'de', 'da', 'nb', 'uk', 'ru')
PATTERNS: dict[str, LanguagePatterns] = {code: import_module(f"{__name__}.{code}").PATTERNS for code in LANGUAGES}
