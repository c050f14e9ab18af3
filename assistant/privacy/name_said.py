"""(privacy55) A chat's lower-case first name before a verb of saying, writing or asking is the verb's subject, a
person: "katya pishet chto vovy net doma", "dima kazhe shcho nastya u babusi", "laima raksta, ka Dāvis ir pie
Zariņiem". The verb is no surname after the first name, as a word of no language would otherwise be taken for one.
The verbs in the twelve languages, the Cyrillic ones also as chats type them in Latin letters."""

from __future__ import annotations

import re

from assistant.privacy.gazetteer import written_in
from assistant.privacy.name_cues import ROLE
from assistant.privacy.name_tokens import Token, adjacent
from assistant.text.morphology import dictionary_lemma

_SAYING_VERBS = re.compile(
    r"says|said|writes|wrote|texted|asks|asked|"
    r"sanoo|sanoi|kirjoittaa|kirjoitti|kysyy|kysyi|viestitti|"
    r"säger|sa|sade|skriver|skrev|frågar|frågade|sier|spør|spurte|siger|sagde|spørger|spurgte|"
    r"sagt|sagte|schreibt|schrieb|fragt|fragte|"
    r"ütleb|ütles|kirjutab|kirjutas|küsib|küsis|"
    r"saka|teica|raksta|rakstīja|jautā|jautāja|sako|sakė|rašo|parašė|klausia|klausė|"
    r"mówi|powiedział|powiedziała|pisze|napisał|napisała|pyta|pytał|pytała|"
    r"каже|казала|казав|сказала|сказав|пише|написала|написав|питає|"
    r"говорит|сказал|пишет|написал|спрашивает|"
    r"kazhe|kazala|kazav|skazala|skazav|pyshe|napysala|napysav|pytaie|pytaye|"
    r"govorit|skazal|pishet|napisal|napisala|sprashivaet")


def says_next(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the word after ``tokens[i]`` is a verb of saying, writing or asking, and ``tokens[i]`` no family word in
    any case ("isa kirjutas", "isaga ütles": the father)."""
    if i + 1 == len(tokens) or not _SAYING_VERBS.fullmatch(tokens[i + 1].text):
        return False
    word = tokens[i].text
    lemma = dictionary_lemma(word, written_in(text)) or word
    return adjacent(text, tokens[i], tokens[i + 1]) and not ROLE.search(word + " ") and not ROLE.search(lemma + " ")
