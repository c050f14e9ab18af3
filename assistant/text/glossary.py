"""The domain's terms in every asker language, and a question's terms in the documents' languages.

The documents are in fi, sv and en; askers write in Estonian, Latvian, Polish and more. The embedding model
scores such a question far lower against the right English section than the same question in English (a
Latvian question on residence permits for trafficking victims 0.36, in English 0.72), and the keyword side
finds nothing, since no document has its words. ``assistant/text/glossary.tsv`` holds knowledge/'s terms
(one concept per row: its en, fi and sv wording as the documents word it, and the usual professional terms in
et, lv, lt, pl, de, da, nb, uk and ru). ``Glossary.expand`` finds the question's terms and appends their
English wording, which the retriever searches with (``assistant/retrieval.py``).

A question's word matches a term's word when their base forms (``assistant.text.morphology``) are equal, or,
for a word the analyser does not know (Latvian and Lithuanian inflect more than any dictionary holds), when
they share a long beginning (``_same_stem``). A term of several words matches when all its words are among
the question's, in any order (these languages order words freely) and close together.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.text.morphology import analyse

log = logging.getLogger(__name__)

GLOSSARY_FILE = Path(__file__).with_name("glossary.tsv")
TARGET = "en"  # the wording appended: every document of knowledge/ has an English version
SEPARATOR = " | "
MIN_STEM = 5  # letters two unknown words must share at the start ...
MAX_ENDING = 3  # ... leaving at most this many letters of an ending on either word
WINDOW_SLACK = 3  # a term's words may have this many other words between them in all
_WORD = re.compile(r"\w+", re.UNICODE)
# Languages that write a compound as one word (the glossary does) where askers often split it, or split a verb from
# its particle (Estonian "üle kuulata" for "ülekuulamine", interview; "lastekaitse teatis")
JOINED = frozenset({"et", "de", "da", "nb", "lv", "lt"})


@dataclass(frozen=True)
class Term:
    """One concept: its wording (variants, the first one the documents') in each language."""

    wordings: dict[str, tuple[str, ...]]

    def wording(self, language: str) -> str | None:
        variants = self.wordings.get(language)
        return variants[0] if variants else None


class GlossaryError(ValueError):
    """The glossary file is malformed; the message names the file, the line and the problem."""


class Glossary:
    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        self._index: dict[str, list[tuple[tuple[tuple[str, ...], ...], Term]]] = {}
        self._indexing = threading.Lock()  # a question and the background warm-up index a language once

    @classmethod
    def load(cls, path: Path = GLOSSARY_FILE) -> "Glossary":
        return cls(read_terms(path))

    def languages(self) -> set[str]:
        return {language for term in self.terms for language in term.wordings}

    def terms_in(self, text: str, language: str) -> list[Term]:
        """The terms whose wording in ``language`` occurs in ``text``, in the order they first occur there;
        a term that is part of a longer matched term's wording (\"trafficking\" in \"child trafficking\") too."""
        tokens = _WORD.findall(text)
        words = [_asked(w, language) for w in tokens]
        if language in JOINED:  # a word written apart: its two halves joined count as one word where the first is
            words = [forms + _joined(a, b, language) if len(a) > 1 and len(b) > 2 else forms
                     for forms, a, b in zip(words, tokens, [*tokens[1:], ""])]
        heads = {_head(form) for forms in words for form in forms}
        found: list[tuple[int, int, Term]] = []
        for variants, term in self._variants(language):
            spans = [span for variant in variants if _may_occur(variant, heads) and (span := _find(variant, words))]
            if spans:
                start, length = min(spans)
                found.append((start, -length, term))
        return [term for _, _, term in sorted(found, key=lambda f: (f[0], f[1]))]

    def expand(self, text: str, language: str, into: str = TARGET, keep: Callable[[str], bool] | None = None) -> str:
        """``text`` with the ``into`` wording of its terms appended (``text`` itself when it has none, or when
        it is already in ``into``); ``keep``: whether a wording is worth appending."""
        if language == into:
            return text
        wordings = [w for w in dict.fromkeys(t.wording(into) for t in self.terms_in(text, language))
                    if w and (keep is None or keep(w))]
        if not wordings:
            return text
        return f"{text}\n({'; '.join(wordings)})"

    def _variants(self, language: str):
        if language in self._index:
            return self._index[language]
        with self._indexing:
            if language not in self._index:
                self._index[language] = [
                    (tuple(tuple(_wanted(w, language) for w in _WORD.findall(v)) for v in term.wordings[language]),
                     term)
                    for term in self.terms if term.wordings.get(language)]
        return self._index[language]


def warm_up(background: bool = False) -> threading.Thread | None:
    """Index the shipped glossary's wordings in every language: the first question in a language otherwise waits
    for its dictionary to load and its terms to be analysed (0.1-3 s per language here; about 6 s for all).
    ``background``: in a daemon thread, returned; a question meanwhile waits at most for the language being
    indexed and its own."""
    def index_all() -> None:
        glossary = default_glossary()
        for language in sorted(glossary.languages() - {TARGET}) if glossary else ():
            glossary.terms_in("", language)

    if not background:
        index_all()
        return None
    thread = threading.Thread(target=index_all, name="glossary-warm-up", daemon=True)
    thread.start()
    return thread


def read_terms(path: Path) -> list[Term]:
    """The rows of a glossary file: ``#`` comments, a header naming the languages, one concept per row."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"{path}: cannot read the glossary: {exc}") from exc
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not rows:
        raise GlossaryError(f"{path}: no header line (tab-separated language codes)")
    header = [c.strip() for c in rows[0][1].split("\t")]
    if TARGET not in header:
        raise GlossaryError(f"{path}, line {rows[0][0]}: the header has no {TARGET!r} column")
    terms = []
    for n, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise GlossaryError(f"{path}, line {n}: {len(cells)} cells, the header has {len(header)}")
        wordings = {lang: tuple(v.strip() for v in cell.split(SEPARATOR.strip()) if v.strip())
                    for lang, cell in zip(header, cells)}
        if not wordings[TARGET]:
            raise GlossaryError(f"{path}, line {n}: the {TARGET!r} cell is empty")
        terms.append(Term({lang: v for lang, v in wordings.items() if v}))
    return terms


@lru_cache(maxsize=1)
def default_glossary() -> Glossary | None:
    """The shipped glossary, or None (with one warning) when it cannot be read: the question is then
    searched as it was asked."""
    try:
        return Glossary.load()
    except GlossaryError as exc:
        log.warning("%s; questions are searched without the glossary's terms", exc)
        return None


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _is_abbreviation(word: str) -> bool:
    return 1 < len(word) <= 3 and word.isupper()  # "EU", "ES", "NGO"; "UNICEF" is a word like any other


@lru_cache(maxsize=65536)
def _forms(word: str, language: str) -> tuple[str, ...]:
    """The word in lower case and its base forms, folded (\"atļauju\" -> \"atlauju\", \"atlauja\"; a glossary
    phrase's other words are inflected: Lithuanian \"aukų\", of victims, has the base form \"auka\")."""
    lower = word.lower()
    return tuple(dict.fromkeys(_fold(f) for f in (lower, *analyse(lower, language).forms)))


def _joined(first: str, second: str, language: str) -> tuple[str, ...]:
    """Two words written apart, as one: joined, and the first before the second's base forms ("üle kuulata":
    "ülekuulata", "ülekuulama", which shares its stem with "ülekuulamine")."""
    head = _fold(first.lower())
    return tuple(dict.fromkeys((*_forms(first + second, language), *(head + f for f in _forms(second, language)))))


def _asked(word: str, language: str) -> tuple[str, ...]:
    """A question's word: its forms, and an abbreviation also as written (``_wanted``)."""
    return (word, *_forms(word, language)) if _is_abbreviation(word) else _forms(word, language)


def _wanted(word: str, language: str) -> tuple[str, ...]:
    """A glossary word: its forms; an abbreviation (\"ES\", \"EL\") only as written, so that it matches only itself,
    never a word whose base form it spells (Latvian \"man\", to me, has the base form \"es\")."""
    return (word,) if _is_abbreviation(word) else _forms(word, language)


def _head(form: str) -> str:
    """The beginning two forms of one word share (``_same_stem`` needs ``MIN_STEM`` letters): a quick first test."""
    return form[:MIN_STEM - 1]


def _may_occur(variant: tuple[tuple[str, ...], ...], heads: set[str]) -> bool:
    return all(any(_head(form) in heads for form in wanted) for wanted in variant)


def _same_word(wanted: tuple[str, ...], asked: tuple[str, ...]) -> bool:
    return any(a == b or _same_stem(a, b) for a in wanted for b in asked)


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one word by their shared beginning: at least ``MIN_STEM`` letters, and neither has more than
    ``MAX_ENDING`` letters after it. A word shorter than the stem must match exactly."""
    if len(a) < MIN_STEM or len(b) < MIN_STEM or a[:MIN_STEM] != b[:MIN_STEM]:
        return False
    shared = len(_common_prefix(a, b))
    return len(a) - shared <= MAX_ENDING and len(b) - shared <= MAX_ENDING


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def _find(variant: tuple[tuple[str, ...], ...], words: list[tuple[str, ...]]) -> tuple[int, int] | None:
    """(first position, number of words) where all of ``variant``'s words occur in ``words`` within a window
    of its length plus ``WINDOW_SLACK``, or None."""
    if not variant:
        return None
    window = len(variant) + WINDOW_SLACK
    for start, asked in enumerate(words):
        if not _same_word(variant[0], asked) and not any(_same_word(v, asked) for v in variant[1:]):
            continue
        near = words[start:start + window]
        used: set[int] = set()
        for wanted in variant:
            at = next((i for i, w in enumerate(near) if i not in used and _same_word(wanted, w)), None)
            if at is None:
                break
            used.add(at)
        else:
            return start, len(variant)
    return None
