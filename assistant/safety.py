"""Does a question suggest that a child may be in immediate danger? (fi, sv, en)

Two kinds of signal: phrases that say danger outright ("in danger", "vaarassa", "i fara"), and
a harm word together with a word that makes it current ("is being beaten right now"). Erring
towards referral is cheap: the referral only adds the emergency number to a normal answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import prompts
from assistant.answer import Citation, SafetyBlock, Sentence

if TYPE_CHECKING:
    from assistant.retrieval import Retriever

_OUTRIGHT = [
    # English
    r"\bin (immediate |acute )?danger\b", r"\bunsafe (right )?now\b", r"\bemergency\b", r"\bsuicid",
    r"\bkill (her|him|them|me|myself|themselves)\b", r"\bthreaten(ed|s|ing)? to kill\b", r"\bbleeding\b",
    r"\bbeing (abused|beaten|raped|hurt|sold|trafficked|exploited|held|locked)\b", r"\bat risk right now\b",
    # Finnish
    r"\bvaara(ssa|an|llinen)\b", r"\bhätä", r"\bitsemurh", r"\buhka(a|si|illut) tappaa", r"\btappaa\b",
    r"\bvuota(a|vat) verta", r"\bhengenvaara", r"\bväkivallan kohteena nyt\b",
    # Swedish
    r"\bi (omedelbar |akut )?fara\b", r"\bnödläge", r"\bsjälvmord", r"\bhotat? att döda\b", r"\bdöda (henne|honom|dem|mig)\b",
    r"\bblöder\b", r"\blivsfara",
]
_HARM = [
    r"\b(hurt|harm|beat|beaten|beating|hit|hitting|abus\w*|rap\w*|assault\w*|threat\w*|locked|trapped|held|"
    r"kidnap\w*|abduct\w*|forced|sold|selling|missing|run away|ran away|weapon|knife|gun|violence|violent)\b",
    r"\b(satuttaa|satuttanut|lyö|lyönyt|lyödään|hakkaa|pahoinpi\w*|raiskat\w*|raiskaa|uhkaa|uhkailee|lukittu\w*|"
    r"lukinnut|pidetään|kaapat\w*|pakotet\w*|pakottaa|myydään|myyty|kadon\w*|karan\w*|ase\w*|veitsi\w*|"
    r"väkival\w*|hyväksikäyt\w*)\b",
    r"\b(skadar|skadad|slår|slagen|misshand\w*|våldt\w*|hotar|hotad|inlåst|låst|hålls|kidnapp\w*|tvingad|"
    r"tvingas|säljs|såld|försvunn\w*|rymt|rymmer|vapen|kniv|våld\w*|utnyttj\w*)\b",
]
_NOW = [
    r"\b(right now|now|tonight|today|at the moment|currently|at this moment|immediately|still there|is being)\b",
    r"\b(nyt|juuri nyt|tällä hetkellä|tänään|tänä iltana|heti|parhaillaan|vieläkin|yhä)\b",
    r"\b(nu|just nu|i kväll|i natt|i dag|idag|för tillfället|genast|fortfarande|pågår)\b",
]
_OUTRIGHT_RE = re.compile("|".join(_OUTRIGHT), re.IGNORECASE)
_HARM_RE = re.compile("|".join(_HARM), re.IGNORECASE)
_NOW_RE = re.compile("|".join(_NOW), re.IGNORECASE)


def suggests_immediate_danger(question: str) -> bool:
    """True when the question suggests a child may be in danger now."""
    if _OUTRIGHT_RE.search(question):
        return True
    return bool(_HARM_RE.search(question) and _NOW_RE.search(question))


def safety_referral(retriever: Retriever, language: str) -> tuple[SafetyBlock, list[Citation]]:
    """The block that opens an answer when a child may be in danger: call 112, and the emergency passage
    of the contacts document (in the user's language if there is one), cited as source 1."""
    from assistant.citations import citation_of
    from assistant.text.sentences import split_sentences

    query = prompts.SAFETY_CONTACTS_QUERY[language]
    for filters in ({"doc_type": "contacts", "language": language}, {"doc_type": "contacts"}):
        found = retriever.retrieve(query, filters, k=1)
        if found.passages:
            passage = found.passages[0]
            sentences = split_sentences(passage.chunk.text) or [passage.chunk.text]
            quote = next((s for s in sentences if "112" in s), sentences[0])
            citation = citation_of(passage, 1, quote)
            return (SafetyBlock(prompts.SAFETY_REFERRAL[language], prompts.SAFETY_CONTACTS_LEAD[language],
                                [Sentence(text=quote, citations=[1])]), [citation])
    return SafetyBlock(prompts.SAFETY_REFERRAL[language]), []
