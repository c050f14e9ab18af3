"""A first name opening a sentence a few words before the person's own phone, e-mail, identity code, IBAN or date of
birth (privacy59): "sara har e-post sara.berg@…", "andres isikukood 379041 11204", "Tuulan puhelin on 044 …",
"Ingas tālrunis 26 418 337", "kevin har nr 200615-4039". The data found says whose it is: a person's, named just
before it, in any case (a genitive, "Majas personnummer"), capitalised or in a chat's lower case. The name is a listed
first name that is no common word ("Anna numero 050 …" is "give the number"), no place, no kin or role word.
``find_personal_data`` runs this on the other recognisers' findings."""

from __future__ import annotations

import re

from assistant.privacy.base import BIRTH_DATE, CONTEXT, EMAIL, IBAN, ID_CODE, NAME, PHONE, Finding, starts_sentence, \
    unclaimed
from assistant.privacy.gazetteer import dictionary_word_here, is_first_name
from assistant.privacy.name_cues import NOT_SUBJECTS, person_word
from assistant.privacy.name_tokens import is_common, mixed_case

_OWNED = frozenset((PHONE, EMAIL, ID_CODE, IBAN, BIRTH_DATE))
_WORD = re.compile(r"(?<![\w'’@.-])[^\W\d_][\w'’]*(?![\w@-])")
# Between the name and its data: at most three words in lower case ("har e-post", "isikukood", "puhelin on", "a. k."),
# no break (a capitalised word would be a surname, "Ilmari Kangasniemi on syntynyt").
_BETWEEN = re.compile(r"(?:[^\S\n]+[^\W\d_][\w'’.-]*\.?){1,3}[^\S\n]*:?[^\S\n]*")


def names_owning_data(text: str, findings: list[Finding]) -> list[Finding]:
    """The first names that open a sentence just before their owner's data (see the module's docstring)."""
    starts = sorted(f.start for f in findings if f.kind in _OWNED)
    names = []
    for m in _WORD.finditer(text) if starts else ():
        owned = next((s for s in starts if s > m.end()), None)
        if owned is None or not _BETWEEN.fullmatch(text, m.end(), owned) or not starts_sentence(text, m.start()):
            continue
        if _an_owners_first_name(text, m.group()) and unclaimed(m.start(), m.end(), findings) and \
                text[m.end():owned].islower():
            names.append(Finding(NAME, m.start(), m.end(), m.group(), CONTEXT))
    return names


def _an_owners_first_name(text: str, word: str) -> bool:
    lower = word.lower()
    if lower in NOT_SUBJECTS or is_common(lower) or dictionary_word_here(text, lower) or mixed_case(word) or \
            word.isupper() or person_word(word):
        return False
    return is_first_name(word)
