"""Keyword tokens for the BM25 index, the answer's sentence scoring and the refusal's word check.

Lower-cased words, stop words out, each word replaced by its base forms and its compound parts from
the analyser of its language (``assistant.text.morphology``: Voikko for Finnish, simplemma for
Swedish, Snowball stems for English and when neither is installed). A question may be in another
language than the documents it is about, so query-side functions analyse its words in all three.
"""

from __future__ import annotations

import re

from assistant.text.morphology import analyse, signature

QUERY_LANGUAGES = ("fi", "sv", "en")
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


def _words(text: str, stop: set[str]) -> list[str]:
    return [w for w in (m.lower() for m in _TOKEN.findall(text)) if w not in stop and (len(w) > 1 or w.isdigit())]


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without the stop words of any of the three languages."""
    return _words(text, _ALL_STOP)


def stems_of(word: str) -> list[str]:
    """The base forms of ``word`` in each of the three languages (no compound parts; no repeats): the
    tokens under which the keyword index holds the word itself."""
    return list(dict.fromkeys(form for language in QUERY_LANGUAGES for form in analyse(word, language).forms))


def keyword_tokens(text: str, language: str) -> list[str]:
    """Base forms and compound parts of the words of ``text``, analysed in the document's ``language``."""
    return [token for word in _words(text, _STOP.get(language, _STOP["en"])) for token in analyse(word, language).tokens]


def query_tokens(query: str) -> list[str]:
    """Base forms of a query's words in all three languages (the documents may be in any of them), without
    repeats. No compound parts: the documents' parts are indexed, so "ilmoitus" finds the
    "lastensuojeluilmoitus" of a document, while the question's own compound keeps its weight (with its
    parts too, Finnish key-fact recall fell from 0.692 to 0.615 on the dev set's answered questions)."""
    words = _words(query, _ALL_STOP)
    tokens = (form.replace('"', "") for language in QUERY_LANGUAGES for word in words
              for form in analyse(word, language).forms)
    return [t for t in dict.fromkeys(tokens) if t]


def tokenizer_signature() -> str:
    """What makes the tokens now (analyser and version per language); the index rebuilds when it changes."""
    return signature(QUERY_LANGUAGES)
