"""The second refusal signal: specific words of the question that the knowledge base never uses.

The first signal, the best dense similarity, cannot tell a near-topic question from an answerable
one: "How are the care fees paid to foster parents taxed?" is as close to the foster-care passages
as a real foster-care question (0.53 on the dev set, where answerable questions start at 0.35).
What gives it away is a word the knowledge base never uses ("taxed", "deduct"; "brottsbalken" in a
question about Sweden's law). So a question is also refused when its dense match is only moderate
and it has such a word.

A word counts as *covered* when the keyword index has it under any of the three stemmers, or has a
word sharing all but the last quarter of its stem, at most three letters (Finnish and Swedish
inflection: "ilmoitusvelvollisuuteni" is covered by "ilmoitusvelvollisuus", "hatkaan" by
"hatkaaminen"; but "brottsbalken" is not covered by "brottsbekämpning"). Words that are common in
the question's language (Zipf frequency from ``wordfreq``, at or above ``common_word_zipf``) never
count: "saako", "minun", "säger" carry no topic. What is left are the rare, specific words that no
document in the knowledge base contains.

One such word is weak evidence when it is merely uncommon ("tricked", "neighbour": a user's own
wording for what the documents say otherwise), strong when it is rare (Zipf below
``RARE_ZIPF``: "brottsbalken", "socialnämnden"). ``is_uncovered_topic`` wants one rare word or two
uncommon ones.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.store.catalog import Catalog
from assistant.text.stemming import content_words, stems_of

MIN_LETTERS = 4  # shorter words are abbreviations or particles, too ambiguous to judge
MAX_SLACK = 3  # letters an inflected form may differ by at the end (a quarter of the stem at most)
MIN_PREFIX = 5
RARE_ZIPF = 3.0  # below this a word is rare in its language (about once per 10 million words)


@lru_cache(maxsize=4096)
def _zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency  # imported on first use: loading its tables costs ~0.1 s

    return zipf_frequency(word, language)


def _covered(word: str, catalog: Catalog) -> bool:
    for stem in stems_of(word):
        if catalog.has_term(stem):
            return True
        prefix = max(MIN_PREFIX, len(stem) - min(MAX_SLACK, len(stem) // 4))
        if len(stem) >= MIN_PREFIX and catalog.has_term(stem, prefix):
            return True
    return False


def uncovered_terms(question: str, language: str, catalog: Catalog, common_word_zipf: float) -> list[str]:
    """The question's rare words that no chunk of the knowledge base contains, in question order."""
    found: list[str] = []
    for word in content_words(question):
        if len(word) < MIN_LETTERS or any(c.isdigit() for c in word) or word in found:
            continue
        if _zipf(word, language) >= common_word_zipf:
            continue
        if not _covered(word, catalog):
            found.append(word)
    return found


def is_uncovered_topic(terms: list[str], language: str) -> bool:
    """Whether the uncovered ``terms`` are strong enough evidence: one rare word or two uncommon ones."""
    rare = sum(1 for term in terms if _zipf(term, language) < RARE_ZIPF)
    return rare >= 1 or len(terms) >= 2
