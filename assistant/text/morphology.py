"""Base forms and compound parts of a word, from the best analyser installed for its language.

One job per backend (``Analyser.analyse``): a lower-case word and a language -> the word's base
forms, then its compound parts in base form ("lastensuojeluilmoituksen" -> "lastensuojeluilmoitus",
"lasten" -> "lapsi", "lastensuojelu", "suojeluilmoitus", "ilmoitus"), or nothing when the analyser does
not know the word. Built in, in order of preference:

- ``voikko``: Finnish, from libvoikko and its Finnish dictionary (Debian's ``libvoikko1`` and
  ``voikko-fi``, `make setup` installs them) through the ``libvoikko`` binding. A real morphological
  analyser: inflected forms, derivations and the compound boundaries of every word it knows.
- ``simplemma``: dictionary lemmas for Swedish and ~50 more languages (Finnish too, for when Voikko
  is missing), compound parts split by its dictionary.
- ``snowball``: the Snowball stems of PyStemmer, always there; the fallback for a language that no
  other backend has, and for the words the chosen one does not know.

``PREFERENCE`` says which backend each language wants, measured with ``assistant eval``
(docs/EVALUATION.md). The backend is chosen on first use from what is installed; when a preferred
one is missing, one warning says what to install and the next one serves. Nothing is loaded at
import time. ``signature()`` names the backends in use, so the keyword index can tell that its
tokens were made by another analyser (assistant/store/catalog.py rebuilds it then).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.text.language import ASKER_LANGUAGES, DOCUMENT_LANGUAGES

log = logging.getLogger(__name__)

TOKENIZER_VERSION = "2"
"""Bump when the way words become keyword tokens changes (the index then rebuilds its tokens)."""

PREFERENCE: dict[str, tuple[str, ...]] = {
    "fi": ("voikko", "simplemma", "snowball"),
    "sv": ("simplemma", "snowball"),
    "en": ("snowball",),
}
"""The backends each language wants, best first. Measured on the dev set (extractive answers over the
same passages, key-fact recall): Finnish Voikko 0.692, simplemma 0.673; Swedish simplemma 0.768,
Snowball 0.750; English Snowball 0.833, simplemma 0.821 (English inflects little, and its lemmas split
"trafficking" from "trafficked" where the stem joins them)."""
DEFAULT_PREFERENCE: tuple[str, ...] = ("simplemma", "snowball")
"""Any other language (et, lv, lt, pl, de, da, nb, uk, ru, ...)."""

COMPACT_LANGUAGES = frozenset(ASKER_LANGUAGES) - frozenset(DOCUMENT_LANGUAGES)
"""The asker languages no document is in: their words are looked up in lower case, and a compound simplemma cuts
to its first part keeps its whole form (``SimplemmaAnalyser``)."""
MIN_PART = 3  # letters of a compound part worth a token of its own ("työ", "laki", "barn")
LINKING_S = frozenset({"sv", "da", "nb", "nn", "de"})  # "anmälnings|skyldighet": the s joins the parts
COMPOUNDING = frozenset({"fi", "sv", "da", "nb", "nn", "de", "et", "nl", "is"})  # written as one word


@dataclass(frozen=True)
class Analysis:
    """What a word is: its base forms (several when it is ambiguous) and its compound parts in base form."""

    forms: tuple[str, ...]
    parts: tuple[str, ...] = ()

    @property
    def tokens(self) -> tuple[str, ...]:
        """The forms, then the parts, without repeats."""
        return tuple(dict.fromkeys(self.forms + self.parts))


UNKNOWN = Analysis(())


class Analyser(ABC):
    """A morphological backend: base forms and compound parts of a word in one of its languages."""

    name: str

    @abstractmethod
    def analyse(self, word: str, language: str) -> Analysis:
        """Base forms and compound parts of the lower-case ``word`` (lower case, no repeats);
        ``UNKNOWN`` when this analyser does not know the word."""

    def handles(self, language: str) -> bool:
        """Whether this backend has ``language``."""
        return True

    def version(self) -> str:
        """What decides its output (library and dictionary versions), for ``signature()``."""
        return ""


class UnavailableError(Exception):
    """A backend cannot be loaded here; the message says what to install."""


class SnowballAnalyser(Analyser):
    """Snowball stems (PyStemmer): one stem per word, no compound parts. Knows every word."""

    name = "snowball"
    _ALGORITHMS = {"fi": "finnish", "sv": "swedish", "en": "english", "da": "danish", "nb": "norwegian",
                   "nn": "norwegian", "de": "german", "et": "estonian", "lt": "lithuanian", "pl": "polish",
                   "ru": "russian", "nl": "dutch", "fr": "french"}

    def __init__(self) -> None:
        import Stemmer

        self._stemmers = {lang: Stemmer.Stemmer(algo) for lang, algo in self._ALGORITHMS.items()
                          if algo in Stemmer.algorithms()}
        self._english = Stemmer.Stemmer("english")

    def analyse(self, word: str, language: str) -> Analysis:
        return Analysis((self._stemmers.get(language, self._english).stemWord(word),))

    def handles(self, language: str) -> bool:
        return language in self._stemmers


class VoikkoAnalyser(Analyser):
    """Finnish base forms and compound parts from Voikko's analysis (BASEFORM, STRUCTURE)."""

    name = "voikko"

    def __init__(self) -> None:
        try:
            import libvoikko
        except ImportError as exc:
            raise UnavailableError("the libvoikko Python binding is not installed (pip install libvoikko)") from exc
        try:
            self._voikko = libvoikko.Voikko("fi")
        except (OSError, libvoikko.VoikkoException) as exc:
            raise UnavailableError(f"libvoikko or its Finnish dictionary is missing ({exc}); "
                                   "install Debian's libvoikko1 and voikko-fi (make voikko)") from exc
        self._version = str(libvoikko.Voikko.getVersion())
        self._lock = threading.Lock()  # a Voikko handle is not safe to share between threads

    def handles(self, language: str) -> bool:
        return language == "fi"

    def version(self) -> str:
        return self._version

    def _analyses(self, word: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._voikko.analyze(word))

    def analyse(self, word: str, language: str) -> Analysis:
        analyses = self._analyses(word)
        forms = [a["BASEFORM"].lower() for a in analyses if a.get("BASEFORM")]
        parts: list[str] = []
        for analysis in analyses:
            parts += self._parts(word, analysis)
        return Analysis(tuple(dict.fromkeys(forms)), tuple(p for p in dict.fromkeys(parts) if p not in forms))

    def _parts(self, word: str, analysis: dict[str, Any]) -> list[str]:
        """A compound's heads and tails in base form: "lasten|suojelu|ilmoituksen" -> "lapsi" (the head
        "lasten"), "lastensuojelu", "suojeluilmoitus", "ilmoitus". A compound is inflected only at its end,
        so its other parts stand in the word as they stand in the base form."""
        segments = _segments(word, analysis.get("STRUCTURE", ""))
        baseform = str(analysis.get("BASEFORM", "")).lower()
        if len(segments) < 2:
            return []
        parts: list[str] = []
        for cut in range(1, len(segments)):
            head = "".join(segments[:cut])
            if not baseform.startswith(head):
                break
            parts += [a["BASEFORM"].lower() for a in self._analyses(head) if a.get("BASEFORM")]
            tail = baseform[len("".join(segments[:cut])):]
            parts.append(tail)
        return [p.strip("-") for p in parts if len(p.strip("-")) >= MIN_PART]


def _segments(word: str, structure: str) -> list[str]:
    """Cut ``word`` where Voikko's STRUCTURE starts a compound part ("=pppppp=ppppppp": "lasten", "suojelu").
    Every letter of STRUCTURE but "=" stands for one character of the word."""
    segments: list[str] = []
    position = 0
    for mark in structure:
        if mark == "=":
            segments.append("")
        elif position < len(word):
            if not segments:
                segments.append("")
            segments[-1] += word[position]
            position += 1
    return [s for s in segments if s]


class SimplemmaAnalyser(Analyser):
    """Dictionary lemmas (simplemma); compound parts where the dictionary knows both sides of a cut."""

    name = "simplemma"

    def __init__(self) -> None:
        try:
            import simplemma
        except ImportError as exc:
            raise UnavailableError("simplemma is not installed (pip install simplemma)") from exc
        from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

        from assistant.text.simplemma_index import stream_factory

        self._languages = frozenset(SUPPORTED_LANGUAGES)
        self._version = getattr(simplemma, "__version__", "")
        self._lock = threading.Lock()  # its dictionaries load on first use of a language
        # Every language reads simplemma's compact dictionaries: the nine asker languages no document is in take
        # 130 MB, where its default dictionaries took 1.5 GB, and Swedish 10 MB against 100 MB (the same lemmas);
        # with a cache of their own, since simplemma's shared one holds eight languages and, with more in use, loaded
        # them again and again (up to 3 s a question). Their search index is kept on disk (text/simplemma_index.py).
        factory = stream_factory(len(SUPPORTED_LANGUAGES))
        self._compact = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
        self._compact_lookup = DictionaryLookupStrategy(factory)

    def handles(self, language: str) -> bool:
        return language in self._languages

    def version(self) -> str:
        return self._version

    def analyse(self, word: str, language: str) -> Analysis:
        """A word outside the dictionary that simplemma's rules leave as it is counts as unknown (its
        Snowball stem serves, as before), but its compound parts may still be dictionary words
        ("hjälpsystemet": "hjälp", "system")."""
        with self._lock:
            lemma = self._lemmatize(word, language).lower()
            if self._truncated(word, lemma, language):
                lemma = word
            known = lemma != word or self._known(word, language)
            compound = language in COMPOUNDING and len(lemma) >= 2 * MIN_PART + 2
            # A lemma's last part is a base form already ("socialnämnd": "nämnd", not the verb "nämna").
            parts = self._split(lemma, language, tail_is_base=known) if compound else []
        forms = (lemma,) if known else ()
        return Analysis(forms, tuple(p for p in dict.fromkeys(parts) if p not in forms))

    def _lemmatize(self, word: str, language: str) -> str:
        return self._compact.lemmatize(word, language)

    def dictionary_lemma(self, word: str, language: str) -> str | None:
        """The lemma of a word the dictionary holds, as simplemma writes it (a proper name keeps its capital)."""
        with self._lock:
            return self._lemmatize(word, language) if self._known(word, language) else None

    def _truncated(self, word: str, lemma: str, language: str) -> bool:
        """Whether simplemma's rules cut a compound it does not know down to its first part (Estonian "lapstöö",
        child labour, to "laps", child: the glossary's term then matched every word for child). Only in the asker
        languages no document is in, whose words only the glossary matches; a dictionary word keeps its lemma."""
        rest = word[len(lemma):]
        return (language in COMPACT_LANGUAGES and len(rest) >= MIN_PART and word.startswith(lemma)
                and self._known(rest, language) and not self._known(word, language))

    def _known(self, word: str, language: str) -> bool:
        # The asker languages no document is in look the word up in lower case; the document languages as
        # simplemma.is_known does (NFC, case kept), so that their keyword tokens stay what they were.
        key = word.lower() if language in COMPACT_LANGUAGES else unicodedata.normalize("NFC", word)
        return self._compact_lookup.get_lemma(key, language) is not None

    def _split(self, word: str, language: str, tail_is_base: bool) -> list[str]:
        """The first cut, shortest head first, where both sides are dictionary words ("barn|konvention",
        "anmälnings|skyldighet" with the linking s): the head's lemma and the tail (its lemma, unless
        ``tail_is_base``)."""
        for cut in range(MIN_PART + 1, len(word) - MIN_PART):
            head, tail = word[:cut], word[cut:]
            heads = [head]
            if language in LINKING_S and head.endswith("s") and len(head) > MIN_PART + 1:
                heads.append(head[:-1])
            for candidate in heads:
                if self._known(candidate, language) and self._known(tail, language):
                    base = tail if tail_is_base else self._lemmatize(tail, language).lower()
                    return [self._lemmatize(candidate, language).lower(), base]
        return []


BACKENDS: dict[str, type[Analyser]] = {
    "voikko": VoikkoAnalyser,
    "simplemma": SimplemmaAnalyser,
    "snowball": SnowballAnalyser,
}
"""Every backend by name; a new one registers here and in ``PREFERENCE``."""

_loaded: dict[str, Analyser | None] = {}
_load_lock = threading.Lock()


def _backend(name: str) -> Analyser | None:
    """The backend ``name``, loaded once per process; None (one warning) when it cannot load here."""
    with _load_lock:
        if name not in _loaded:
            try:
                _loaded[name] = BACKENDS[name]()
            except UnavailableError as exc:
                log.warning("%s is unavailable: %s; keyword matching falls back to the next analyser", name, exc)
                _loaded[name] = None
        return _loaded[name]


@lru_cache(maxsize=None)
def analyser_for(language: str) -> Analyser:
    """The most preferred backend installed here that has ``language`` (Snowball at worst)."""
    for name in PREFERENCE.get(language, DEFAULT_PREFERENCE):
        backend = _backend(name)
        if backend is not None and backend.handles(language):
            return backend
    fallback = _backend("snowball")
    assert fallback is not None  # PyStemmer is a core dependency
    return fallback


@lru_cache(maxsize=200_000)
def analyse(word: str, language: str) -> Analysis:
    """Base forms and compound parts of the lower-case ``word`` in ``language``. A word the chosen
    backend does not know gets its Snowball stem, as every word did before the analysers came."""
    analysis = analyser_for(language).analyse(word, language)
    if analysis.forms:
        return analysis
    snowball = _backend("snowball")
    assert snowball is not None
    stems = snowball.analyse(word, language).forms
    return Analysis(stems, tuple(p for p in analysis.parts if p not in stems))


def dictionary_lemma(word: str, language: str) -> str | None:
    """simplemma's lemma of ``word`` when its dictionary of ``language`` holds the word, as the dictionary writes
    it ("rasmus" -> "Rasmus", "lapse" -> "laps"); None when it lacks the word or simplemma is not installed. The
    asker languages no document is in read the compact dictionaries (``COMPACT_LANGUAGES``: Estonian 43 MB where the
    default one took 215 MB)."""
    backend = _backend("simplemma")
    if not isinstance(backend, SimplemmaAnalyser) or not backend.handles(language):
        return None
    return backend.dictionary_lemma(word, language)


def signature(languages: tuple[str, ...] = ("fi", "sv", "en")) -> str:
    """Which backend (and version) makes the tokens of each language: "2 fi=voikko:4.3.1 sv=...". The
    keyword index stores it and rebuilds its tokens when it changes."""
    parts = [TOKENIZER_VERSION]
    for language in languages:
        backend = analyser_for(language)
        parts.append(f"{language}={backend.name}:{backend.version()}")
    return " ".join(parts)


def reset() -> None:
    """Forget the loaded backends and cached analyses (tests; after installing a backend)."""
    with _load_lock:
        _loaded.clear()
    analyser_for.cache_clear()
    analyse.cache_clear()
