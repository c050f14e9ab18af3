"""The name a person goes by: after a verb of calling, in quotes or not (privacy15).

"som hon kallar Rolle", "Her boyfriend goes by 'Blaze'", "kotona häntä sanotaan Fiaksi", "Barnet kallar sig
'Zizi'", "who knew her as 'Tash'": what a person is called is their name, whatever word it is and whether or not
a list holds it. The recurrences of the name then follow (``every_occurrence``).
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT
from assistant.privacy.gazetteer import classify, written_in, zipf_anywhere
from assistant.privacy.name_cues import ROLE, TITLE
from assistant.privacy.name_tokens import Token, mixed_case, name_span
from assistant.text.morphology import dictionary_lemma

# A verb of calling or being called, with its object pronoun, right before the name and an optional quote.
_CALLED_AS = re.compile(
    r"(?<!\w)(?:kallar(?:\s(?:sig|honom|henne|mig|dem))?|kallas|kallad|kallades|"
    r"calls?\s(?:herself|himself|themselves|him|her|them|me)|called\s(?:herself|himself)|goes\sby|go\sby|"
    r"known\sas|knows?\s(?:him|her|them)\sas|knew\s(?:him|her|them)\sas|aka|a\.k\.a\.|nicknamed|"
    r"sanotaan|sanovat|sanoo|kutsutaan|kutsuu(?:\sitseään)?|kutsuvat|kutsumanimi|lempinimi|"
    # privacy29: the Finnish "by the name" after a verb of going by, and the Estonian, Latvian, Polish and Russian
    # verbs the list lacked
    r"(?:esittäytyy|esittäytyi|kulkee|tunnetaan)\snimellä|"
    r"kutsuvad|kutsutakse|hüüavad|hüütakse|sauc\spar|sauca\spar|wołają(?:\sna\s(?:niego|nią))?|wołali|"
    r"зовут|звали|звуть|"
    r"nennt(?:\s(?:sich|ihn|sie))?|nennen(?:\s(?:ihn|sie))?|genannt|"
    r"kalder(?:\s(?:sig|ham|hende))?|kaldes|kaller(?:\s(?:seg|ham|henne))?|kalles|"
    r"vadinamas|vadinama|vadina|sauc|mówią\sna\s(?:niego|nią)|zwany|zwana|"
    r"называ\w*|назива\w*|кличут|кличуть)"
    # privacy37: the verb's object pronoun before the name ("kutsuvad teda Kiisuks", "vadina jį Zuikiu", "кличуть її
    # Зайчиком", "зовут его Малышом", "sauc viņu par")
    r"(?:[ \t]+(?:teda|neid|jį|ją|juos|jas|viņu|viņus|його|її|їх|его|её|ее|их|go|ich|häntä|hänet|heitä))?"
    r"(?:[ \t]+par)?[ \t]+[\"'„“«‘]?$", re.IGNORECASE)


# The verb of calling opening brackets and the name closing them, in lower case too ("bastian (kaldes basse)",
# "mats og sindre (kalles sindy)"; privacy37): the brackets say that the word is what the person is called.
_BRACKET_OPEN = re.compile(r"\([ \t]*\w+(?:[ \t]+\w+)?[ \t]+$")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
# A word in lower case so common in some asker language is the word ("kalles ofte").
_BRACKETED_ZIPF = 4.0


def called_names(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A capitalised word right after a verb of calling (see ``_CALLED_AS``) is the person's name; a word in lower
    case too when the verb and the name fill a pair of brackets."""
    for token in tokens:
        if not (token.capitalised or _in_brackets(text, token)) or mixed_case(token.text) or \
                ROLE.search(token.text + " ") or TITLE.search(token.text) or \
                any(a <= token.start < b for (a, b) in spans):
            continue
        if _CALLED_AS.search(text[max(0, token.start - 30):token.start]) and not _a_place(text, token.text):
            spans[name_span(text, [token])] = CONTEXT


def _a_place(text: str, word: str) -> bool:
    """A place in a case form ("kutsuvad teda Tallinnasse" invites to Tallinn; privacy37)."""
    lemma = dictionary_lemma(word.lower(), written_in(text))
    return bool(lemma) and classify(lemma.capitalize())[2]


# A name joined by a hyphen to the Finnish or Estonian adjective "named" ("Blessing-niminen tyttö", "Ilmo-nimiselle
# pojalle", "Blessing-nimeline tüdruk"; privacy37): the part before the hyphen is the name, whatever word it is.
_NAMED = re.compile(r"(?<![\w-])([^\W\d_][\w']+)-(?:nimi(?:nen|se\w*|s\w+)|nimeli\w+)(?!\w)")


def named_compounds(text: str, spans: dict[tuple[int, int], float]) -> None:
    """The name before "-niminen" or "-nimeline" (see ``_NAMED``)."""
    for m in _NAMED.finditer(text):
        if m.group(1)[0].isupper():
            spans.pop((m.start(), m.end()), None)
            spans[m.span(1)] = CONTEXT


def _in_brackets(text: str, token: Token) -> bool:
    """The word ends a pair of brackets that a verb of calling opens: "(kaldes basse)", not "(kalles ofte)"."""
    return bool(_BRACKET_CLOSE.match(text, token.end) and zipf_anywhere(token.text.lower()) < _BRACKETED_ZIPF and
                _BRACKET_OPEN.search(text, max(0, token.start - 30), token.start))
