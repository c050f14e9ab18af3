"""Keyword tokens for the BM25 index: lower-cased, stop words out, Snowball-stemmed."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

_ALGORITHMS = {"fi": "finnish", "sv": "swedish", "en": "english"}
_TOKEN = re.compile(r"\w+", re.UNICODE)
_STOP = {
    "fi": set("""ja on ei se että tai mutta kun jos niin kuin myös sekä eli joka jotka jonka mitä mikä
        miten missä olla ole oli ovat olisi voi sen sitä siitä tämä tämän nämä hän he me te minä sinä
        mihin mistä kuka ketkä onko ovatko""".split()),
    "sv": set("""och är en ett att som det den de inte på för med av till om har kan ska skall vad hur
        vem var när jag du han hon vi ni sig sin sitt sina så eller men från hos vid""".split()),
    "en": set("""the and is are a an of to in for on with by that this these those what how who which
        when where why do does did can could should would must may i you he she we they it its be been
        from at as or not if there their about into""".split()),
}
_ALL_STOP = set().union(*_STOP.values())


@lru_cache(maxsize=None)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_ALGORITHMS.get(language, "english"))


def _words(text: str, stop: set[str]) -> list[str]:
    return [w for w in (m.lower() for m in _TOKEN.findall(text)) if w not in stop and (len(w) > 1 or w.isdigit())]


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without the stop words of any of the three languages."""
    return _words(text, _ALL_STOP)


def stems_of(word: str) -> list[str]:
    """``word`` stemmed by each of the three stemmers (duplicates removed)."""
    return list(dict.fromkeys(_stemmer(language).stemWord(word) for language in _ALGORITHMS))


def keyword_tokens(text: str, language: str) -> list[str]:
    """Stems of ``text`` for indexing, with the stemmer of the document's language."""
    return _stemmer(language).stemWords(_words(text, _STOP.get(language, _STOP["en"])))


def query_tokens(query: str) -> list[str]:
    """Stems of a query under all three stemmers (the documents may be in any of them)."""
    words = _words(query, _ALL_STOP)
    stems: list[str] = []
    for language in _ALGORITHMS:
        for stem in _stemmer(language).stemWords(words):
            if stem not in stems:
                stems.append(stem.replace('"', ""))
    return [s for s in stems if s]
