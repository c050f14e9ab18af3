"""Half a name found, the other half beside it (privacy15).

The commonest shape of a name the recognisers half-find, across the dev sets: a first name and a surname side by
side of which one half is also a word or in no list, so that the rules take only the other half ("Malthe Due",
"Linnea Gran", "Jaanika Lille", "Kadi Kaskin", and Chinese names, family name first: "Zhang Wei", "Chen Wei").
A capital after a found name, with nothing but a space between, says that the word goes on with the name unless it
is a word of the sentence: a job, a role, a title or a street word, a place or a place's case, or a word commoner
than Zipf 5 in the message's language ("She", and "Min" in Swedish; in German, whose nouns are capitals, Zipf 3:
"Engel Fuchs" stays half-found). Before a found surname, a capitalised first name from the lists, or mid-sentence a
capitalised word rarer than Zipf 3, is its first name. Only a one-word name is extended, and only from a form the
lists hold as written or a word of no language (not from a case form: "Timuriga Narvas").
"""

from __future__ import annotations

import os
import re

from assistant.privacy.base import starts_sentence
from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.name_cues import CLIENT, EPONYM_NEXT, JOB_WORD, ROLE, TITLE, person_word
from assistant.privacy.name_passes import unknown_word
from assistant.privacy.name_tokens import Token, genitive, mixed_case, name_span, zipf_here

# A word commoner than this in the message's language (Zipf) is a word of the sentence, not the name's other half
# ("She" in English, "Min" in Swedish; "Due" in Danish is rarer). In German, whose nouns are capitalised, a word
# must be rarer still.
_NEIGHBOUR_ZIPF = 5.0
_GERMAN_ZIPF = 3.0
# Before a surname, a capitalised word that no list holds as a first name must be rarer than this (3.0 until
# privacy18, which also let it start a sentence: "Kaisla Heinonen-Ruotsalainen", "Lauma Krūmiņas", "Eitan Rosen").
_BEFORE_ZIPF = 3.5
# A family compound before a surname is no first name ("Sijaisperhe Koivula", "Tater-familien Karlsen").
_FAMILY_END = re.compile(r"(?:perhe|famil\w*)$", re.IGNORECASE)


def _other_half(text: str, token: Token) -> bool:
    """Could ``token`` be the rest of a name beside it: capitalised, no abbreviation, no cue word, no place."""
    word = token.text
    if not token.capitalised or mixed_case(word) or len(word) < 2:
        return False
    if CLIENT.search(word) or ROLE.search(word) or TITLE.search(word) or JOB_WORD.search(word) or \
            EPONYM_NEXT.match(" " + word):
        return False
    first, last, place, _ = classify(word)
    if place and not (first or last) or any(classify(word[:-cut])[2] for cut in (1, 2, 3)):
        return False  # a place, or a place's case ("Annelyga Pärnus", "Timuriga Narvas")
    limit = _GERMAN_ZIPF if written_in(text) == "de" and not (first or last) else _NEIGHBOUR_ZIPF
    return zipf_here(text, word.lower()) < limit


def take_neighbours(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Extend a found one-word name by the capitalised word beside it that completes it."""
    inside = {i for i, t in enumerate(tokens) for (a, b) in spans if a <= t.start < b}
    for (a, b), confidence in sorted(spans.items()):
        if (a, b) not in spans:
            continue
        members = [i for i, t in enumerate(tokens) if a <= t.start < b]
        if len(members) != 1 or not tokens[members[0]].capitalised or \
                any(c < b and a < d and (c, d) != (a, b) for (c, d) in spans):
            continue
        i = members[0]
        token = tokens[i]
        # forward from a name as the lists write it, not from a case form ("Timuriga"), nor after a possessive
        if b == token.end and i + 1 < len(tokens) and i + 1 not in inside and (
                any(classify(token.text, stems=False)[:2]) or unknown_word(text, token)):
            nxt = tokens[i + 1]
            if text[token.end:nxt.start] == " " and _other_half(text, nxt) and \
                    not genitive(token.text, nxt.text) and not EPONYM_NEXT.match(text[nxt.end:]):
                del spans[(a, b)]
                spans[(a, name_span(text, [nxt])[1])] = confidence
                inside.add(i + 1)
                continue
        if i > 0 and i - 1 not in inside:
            prev = tokens[i - 1]
            if text[prev.end:token.start] == " " and classify(token.text)[1] and _other_half(text, prev) and \
                    not person_word(prev.text) and not _FAMILY_END.search(prev.text) and (
                    classify(prev.text, stems=False)[0] or written_in(text) != "de" and (
                        zipf_here(text, prev.text.lower()) < _BEFORE_ZIPF or starts_sentence(text, prev.start) and
                        classify(prev.text, stems=False)[1] and zipf_here(text, prev.text.lower()) < 4.5)):
                del spans[(a, b)]
                spans[(prev.start, b)] = confidence
                inside.add(i - 1)


def two_persons_apart(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Split a found pair of first names whose first is another case of a full name's first name the message gives
    elsewhere: the one person's name in the genitive, then another's ("Ірина Пилипенко ... донька Ірини Соломія",
    "Светлана Гуляева ... дочь Светланы Алиса"; privacy36)."""
    given = {text[start:end].split()[0] for (start, end) in spans if len(text[start:end].split()) > 1}
    for (start, end) in list(spans):
        words = text[start:end].split(" ")
        if len(words) != 2 or not all(classify(w)[0] and not classify(w)[1] for w in words) or \
                not any(_another_case(words[0], other) for other in given):
            continue
        confidence = spans.pop((start, end))
        spans[(start, start + len(words[0]))] = confidence
        spans[(end - len(words[1]), end)] = confidence


def _another_case(word: str, other: str) -> bool:
    """``word`` and ``other`` differ only in their last two letters or fewer ("Ірини", "Ірина")."""
    shared = len(os.path.commonprefix([word, other]))
    return word != other and shared >= 3 and max(len(word), len(other)) - shared <= 2
