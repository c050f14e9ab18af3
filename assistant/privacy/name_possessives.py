"""A first name ending in s before its bare possessive apostrophe is a name, in lower case too (privacy58):
"Mads' far ringede", "jonas' mutter ist Polin", "magnus' far", "Anders' CPR". The apostrophe after a final s is how
English, German, Danish and Norwegian write a possessive, and only a person (or a family, "the Okafors'") has
one: a listed first name there names someone, whatever its case or place in the sentence, where the name alone
at a sentence's start or in lower case says nothing. The apostrophe stays outside (the README's convention); an
English plural family after "the" is no first name ("the Jonas' house" is left to the other rules).
"""

from __future__ import annotations

import re

from assistant.privacy.base import LIKELY, NAME, Finding
from assistant.privacy.gazetteer import is_first_name

_POSSESSIVE = re.compile(r"(?<![\w'’-])(?P<name>[^\W\d_][^\W\d_]+[sS])['’](?= [^\W\d_])")
_PLURAL_FAMILY = re.compile(r"(?:^|\W)the[^\S\n]+$", re.IGNORECASE)


def find_possessive_names(text: str) -> list[Finding]:
    """The first names before a bare possessive apostrophe (see the module's docstring)."""
    return [Finding(NAME, m.start(), m.end("name"), m.group("name"), LIKELY) for m in _POSSESSIVE.finditer(text)
            if is_first_name(m.group("name")) and not _PLURAL_FAMILY.search(text, 0, m.start())]
