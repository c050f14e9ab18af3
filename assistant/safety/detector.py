"""Does a question suggest that a child may be in immediate danger? (the 12 asker languages)

The answer to such a question opens with "call 112 now". That opening is only worth something if
it is rare enough to be read: a topic word in an informational question ("What are the indicators
that a child is being exploited?") must not trigger it, while a described situation must ("she is
being beaten right now", "he says he must go back to them tonight", "the father threatens to kill
the child").

Patterns per language (``PATTERNS``: one module per language in ``assistant/safety/languages/``),
applied in four steps:

1. **Signal.** A phrase that says danger outright (``outright``: "in danger", "threatens to kill",
   "is bleeding", "has a knife", "afraid to go home"), or a harm word (``harm``: "beaten", "locked",
   "stranger's car", "tablets", "passport") together with a word that makes it current (``now``:
   "now", "tonight", "tomorrow", "in 40 minutes", "half an hour ago", "I can hear").
2. **Not a child at risk now.** A past or closed case, a training scenario, an adult victim, a child
   already safe (``not_now``): no referral, whatever else the question says.
3. **Hypothetical.** The signal sits after "if", "suspect", "ever" (``cond``) and nothing pins it to
   the present beyond doubt (``current``: "right now", "tonight", "in an hour", "I can hear"): no referral.
4. **Informational.** A question or request (``ask``, or a "?") about indicators, definitions, law,
   penalties or procedures (``topic``: "signs", "penalty", "how do I make a notification") is asked
   for knowledge, not about a child at risk now -- unless it also describes a current case
   (``current``, or ``witness``: "she says", "told me", "is here with me").

Erring towards referral is still cheap (the referral only adds the emergency number to a normal
answer), so recall on real danger comes first; ``evals/safety.py`` measures both on a labelled set.

Patterns are matched case-insensitively; Python's ``re`` folds case and treats letters as word
characters for all scripts (Cyrillic, Baltic and Polish diacritics), so ``\\b`` and stems with ``\\w*``
work there too. Stems and alternations cover inflection (Finnish, Estonian, the Baltic and Slavic
languages inflect heavily). Without a language, every language's patterns are tried and the question
is taken as danger when one language says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.safety.languages import LANGUAGES, PATTERNS


@dataclass(frozen=True)
class _Compiled:
    outright: re.Pattern[str]
    harm: re.Pattern[str]
    now: re.Pattern[str]
    current: re.Pattern[str]
    case: re.Pattern[str]
    not_now: re.Pattern[str]
    cond: re.Pattern[str]
    ask: re.Pattern[str]
    topic: re.Pattern[str]


def _join(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=None)
def _compiled(language: str) -> _Compiled:
    p = PATTERNS[language]
    return _Compiled(outright=_join(p.outright), harm=_join(p.harm), now=_join(p.now + p.current),
                     current=_join(p.current), case=_join(p.current + p.witness), not_now=_join(p.not_now),
                     cond=_join(p.cond), ask=_join(p.ask), topic=_join(p.topic))


@dataclass(frozen=True)
class Assessment:
    """Why a question was or was not taken as danger, in one language's patterns."""

    danger: bool
    language: str | None = None
    reason: str = "no signal"
    signal: str = ""


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def _sentences(question: str) -> list[tuple[int, str]]:
    """(start offset, text) of each sentence."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(question):
        out.append((start, question[start:m.start()]))
        start = m.end()
    out.append((start, question[start:]))
    return [(s, t) for s, t in out if t.strip()]


def _hypothetical(question: str, c: _Compiled, at: int) -> bool:
    """A conditional or suspicion word before ``at``, in the same sentence."""
    for start, text in _sentences(question):
        if start <= at <= start + len(text):
            cond = c.cond.search(text)
            return bool(cond and start + cond.start() < at)
    return False


def _assess_one(question: str, language: str) -> Assessment:
    c = _compiled(language)
    outright = c.outright.search(question)
    harm = c.harm.search(question)
    now = c.now.search(question) if harm else None
    if outright:
        signal, why, at = outright.group(0), "outright", outright.start()
    elif harm and now:
        signal, why, at = f"{harm.group(0)} + {now.group(0)}", "harm + now", max(harm.start(), now.start())
    else:
        return Assessment(False, language)
    not_now = c.not_now.search(question)
    if not_now:
        return Assessment(False, language, f"not a child at risk now ({not_now.group(0)})", signal)
    if _hypothetical(question, c, at) and not c.current.search(question):
        return Assessment(False, language, "hypothetical", signal)
    topic = c.topic.search(question)
    informational = topic and ("?" in question or any(c.ask.search(t) for _, t in _sentences(question)))
    if informational and not c.case.search(question):
        return Assessment(False, language, f"informational ({topic.group(0)})", signal)
    return Assessment(True, language, why, signal)


_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_EVIDENCE = 3


@lru_cache(maxsize=None)
def _words(language: str) -> frozenset[str]:
    return frozenset(PATTERNS[language].words.split("|")) if PATTERNS[language].words else frozenset()


def candidate_languages(question: str) -> tuple[str, ...]:
    """The languages a question may be written in, by its small words: every language scoring at least
    half the best score; all languages when the best has fewer than ``_MIN_EVIDENCE`` small words (a short
    question says too little). Keeps a close neighbour's patterns (Danish for Swedish) from deciding alone,
    while a question in an unclear language is tried in all."""
    tokens = [t.lower() for t in _TOKEN.findall(question)]
    scores = {lang: sum(t in _words(lang) for t in tokens) for lang in LANGUAGES}
    best = max(scores.values(), default=0)
    if best < _MIN_EVIDENCE:
        return LANGUAGES
    return tuple(lang for lang in LANGUAGES if scores[lang] * 2 >= best)


def assess(question: str, language: str | None = None) -> Assessment:
    """The detector's decision with its reason. ``language`` (an ISO 639-1 code of ``PATTERNS``) picks that
    language's patterns; without one (or with a language it has no patterns for) the languages the
    question may be in (``candidate_languages``) are tried, and it is taken as danger when one says so."""
    languages = (language,) if language in PATTERNS else candidate_languages(question)
    first: Assessment | None = None
    for lang in languages:
        result = _assess_one(question, lang)
        if result.danger:
            return result
        if first is None or (result.signal and not first.signal):
            first = result
    return first if first and first.signal else Assessment(False, language)


def suggests_immediate_danger(question: str, language: str | None = None) -> bool:
    """True when the question suggests a child may be in danger now (see the module's docstring)."""
    return assess(question, language).danger
