"""A first name opening a message, a line or a sentence before a verb only a person does (privacy59): "Maja chodzi do
klasy 3b", "Robin käib Tartu koolis", "kacper podał maila", "sara har e-post", "Lumi syntyi 4.6.2013", "артём дал
почту". At a sentence's start a capital says nothing, and a first name that is a word too ("Maja", "Robin", "Lumi")
was left as the word; a verb of living, going to school, being born, moving, coming, giving, writing or running away
says a person, in the twelve languages, in capitals or in a chat's lower case.

And the other way round: a role, kin or family word that opens a sentence with its capital, or the word for a
landlord, a neighbour or a tenant there, is no part of the name after it ("Vuokranantaja Hirvonen", "Hyresvärden
Palmqvist", "Perekond Lepik"), as a title is none."""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, starts_sentence
from assistant.privacy.gazetteer import classify, names
from assistant.privacy.name_cues import NOT_SUBJECTS, person_word
from assistant.privacy.name_tokens import Token, mixed_case

# Verbs whose subject is a person, third person, present and past (a negation or a reflexive where the language
# puts it first or after), one line per kind of doing: living, going to school, being born, moving, giving, writing,
# running away.
_PERSON_VERB = re.compile(
    r"^[ \t]+(?:"
    r"asuu|asui|bor|bodde|lives|lived|wohnt|wohnte|lebt|elab|elas|dzīvo|gyvena|mieszka|живе|живёт|живет|"
    r"aloitti|aloittaa|attends|attended|besucht|käib|käis|alustas|"
    r"mācās|apmeklē|mokosi|lanko|chodzi|uczy\s+się|ходить|ходит|навчається|учится|"
    r"syntyi|föddes|ble\s+født|blev\s+født|was\s+born|wurde\s+geboren|sündis|piedzima|gimė|"
    r"urodził[aoy]?\s+się|народився|народилася|родился|родилась|"
    r"muutti|flyttade|flyttet|flyttede|moved|zog|kolis|pārcēlās|persikėlė|przeprowadził[ao]?\s+się|"
    r"переїхав|переїхала|переехал|переехала|"
    r"antoi|gav|ga|gave|gab|andis|iedeva|deva|davė|podał[ao]?|dał[ao]?|дав|дала|дал|"
    r"kirjoitti|skrev|wrote|schrieb|kirjutas|rakstīja|rašė|napisał[ao]?|написав|написала|написал|"
    r"karkasi|rymde|rømte|ran\s+away|haute\s+ab|jooksis|aizbēga|pabėgo|uciekł[ao]?|втік|втекла|сбежал[а]?"
    r")(?!\w)", re.IGNORECASE)
# Coming and going, which the weather and time do too ("Tuuli kävi kovana", "Storm kom i natt", "Lumi tuli"): a
# person's verb only after a first name that is no word.
_MOTION_VERB = re.compile(
    r"^[ \t]+(?:käy|kävi|tuli|ei\s+tullut|går|gick|gikk|gik|kom|goes|went|came|geht|ging|kam|ei\s+tulnud|atnāca|"
    r"atėjo|neatėjo|przyszedł|przyszła|nie\s+przyszedł|nie\s+przyszła|прийшов|прийшла|не\s+прийшов|не\s+прийшла|"
    r"пришёл|пришел|пришла|не\s+пришёл|не\s+пришел|не\s+пришла)(?!\w)", re.IGNORECASE)


def _a_first_name_before_a_verb(text: str, token: Token) -> bool:
    lower = token.text.lower()
    if lower in NOT_SUBJECTS or lower not in names()[0] or mixed_case(token.text) or person_word(token.text):
        return False
    first, _, place, ordinary = classify(token.text)
    after = text[token.end:]
    return first and not place and bool(_PERSON_VERB.match(after) or not ordinary and _MOTION_VERB.match(after))


def names_opening_sentences(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Add each first name that opens a sentence before a person's verb and is in no span yet."""
    for token in tokens:
        if not starts_sentence(text, token.start) or not _a_first_name_before_a_verb(text, token):
            continue
        if any(start < token.end and token.start < end for start, end in spans):
            continue
        spans[(token.start, token.end)] = CONTEXT


# Who a family lives beside or rents from, in the twelve languages (the role words of ``name_cues`` are a child's
# professionals and kin).
_HOUSE_ROLE = re.compile(
    r"landlord|landlady|neighbou?r|tenant|lodger|vuokranantaja|vuokraisäntä|naapuri|vuokralainen|isännöitsijä|"
    r"hyresvärd(?:en)?|granne[n]?|hyresgäst(?:en)?|utleier(?:en)?|nabo(?:en)?|leietaker(?:en)?|udlejer(?:en)?|"
    r"lejer(?:en)?|vermieter(?:in)?|nachbar(?:in)?|mieter(?:in)?|üürileandja|naaber|üürnik|izīrētāj[sa]|"
    r"kaimiņ(?:š|iene)|nuomotoj(?:as|a)|kaimyn(?:as|ė)|wynajmując[ya]|właściciel(?:ka)?|sąsiad(?:ka)?|"
    r"орендодав(?:ець|иця)|сусід(?:ка)?|власник|арендодатель|сосед(?:ка)?|хозяин|хозяйка", re.IGNORECASE)


def openers_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Trim a sentence's first word off the name after it when that word is a role, kin or house word, no name."""
    for (start, end) in sorted(spans):
        word = text[start:end].split()[0]
        rest = start + len(word)
        while rest < end and text[rest].isspace():
            rest += 1
        if rest >= end or not starts_sentence(text, start) or not _a_word_opening(word):
            continue
        confidence = spans.pop((start, end))
        spans[(rest, end)] = max(confidence, spans.get((rest, end), 0.0))


def _a_word_opening(word: str) -> bool:
    first, last, _, _ = classify(word)
    return not (first or last) and (person_word(word) or _HOUSE_ROLE.fullmatch(word) is not None)
