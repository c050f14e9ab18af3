"""The block that opens an answer when a child may be in danger: call 112, and the contacts sentence that
says when, quoted and cited."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import prompts
from assistant.answer import Citation, SafetyBlock, Sentence

if TYPE_CHECKING:
    from assistant.retrieval import Retriever

# The contacts document's sentence that tells when to call (en/fi/sv: the documents' languages).
_CALL_112 = re.compile(r"^\W*(?:call|soita|ring)\b[^.]{0,30}\b112\b", re.IGNORECASE)
_CONTACT_PASSAGES = 3


def contact_sentence(passages: list[list[str]]) -> tuple[int, str]:
    """(which passage, which sentence) the referral quotes, of the contacts passages found (each a list of its
    sentences, best first): the sentence that says "call 112 when ...", else the best passage's first sentence
    naming 112 -- not "Do not hang up until the operator ..." of the section on the call itself."""
    for index, sentences in enumerate(passages):
        for sentence in sentences:
            if _CALL_112.search(sentence):
                return index, sentence
    return 0, next((s for s in passages[0] if "112" in s), passages[0][0])


def safety_referral(retriever: Retriever, language: str) -> tuple[SafetyBlock, list[Citation]]:
    """The block that opens an answer when a child may be in danger: call 112, and the emergency passage
    of the contacts document (in the user's language if there is one), cited as source 1."""
    from assistant.citations import citation_of
    from assistant.text.sentences import split_sentences

    query = prompts.SAFETY_CONTACTS_QUERY[language]
    vector = retriever.fixed_query_vector(query)
    # The contacts in the asker's language, else in the language quoted for them (English), else any.
    quoted = retriever.quote_language(language) or language
    for filters in ({"doc_type": "contacts", "language": quoted}, {"doc_type": "contacts"}):
        found = retriever.retrieve(query, filters, k=_CONTACT_PASSAGES, vector=vector)
        if found.passages:
            index, quote = contact_sentence([split_sentences(p.chunk.text) or [p.chunk.text] for p in found.passages])
            passage = found.passages[index]
            citation = citation_of(passage, 1, quote)
            return (SafetyBlock(prompts.SAFETY_REFERRAL[language], prompts.SAFETY_CONTACTS_LEAD[language],
                                [Sentence(text=quote, citations=[1])]), [citation])
    return SafetyBlock(prompts.SAFETY_REFERRAL[language]), []
