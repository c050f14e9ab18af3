"""(privacy47) A first name typed in lower case after its writer's introduction of herself, as a text message, a voicemail
or a chat line opens: "hej det är lejla", "hiya its leanne", "hei det er kjetil berg", "labdien te elīna" (the
introduction's words in the twelve languages: "hier ist", "tu", "это", "see on", "čia" ...). The word after the
introduction is the writer's name when the lists hold it as a first name and it is no common word, no place and no
ordinary word of any language ("sandra", "света" are words somewhere, and stay unfound).
"""

from __future__ import annotations

import re

from assistant.privacy.gazetteer import classify, zipf_anywhere
from assistant.privacy.name_cues import HOMOGRAPHS, NOT_SUBJECTS
from assistant.privacy.name_tokens import Token

# "It is" / "here is" / "this is" as the twelve languages open a message with the writer's name.
_INTRODUCTION = re.compile(
    r"(?<!\w)(?:it'?s|it\sis|this\sis|here\sis|det\sär|det\se|här\sär|det\ser|her\ser|hier\sist|ich\sbin|täs|tässä|"
    r"täällä|mä\soon|tässä\son|see\son|siin\son|te|šeit|čia|cia|čia\syra|tu|tu\sjest|z\stej\sstrony|это|тут|це|"
    r"тут\sє)[ \t]+$", re.IGNORECASE)
# A first name that is this common a word somewhere is the word ("its will", "tu jest"); a surname after the first
# name may be a commoner word ("kjetil berg", "anna lind"), but not a verb's ("lejla kan").
_COMMONEST = 4.5
_SURNAME_COMMONEST = 5.0


def introduced_name(text: str, tokens: list[Token], i: int) -> list[Token]:
    """A lower-case first name right after "it's", "det är", "hier ist", "это" … (see the module), with the surname
    typed after it ("hei det er kjetil berg"); none when a second first name follows, the writer's child's in a case
    ("tere see on kaia annika ema": Annika's mother)."""
    token = tokens[i]
    if not _listed_first_name(token.text) or not _INTRODUCTION.search(text, max(0, token.start - 16), token.start):
        return []
    after = tokens[i + 1] if i + 1 < len(tokens) and text[token.end:tokens[i + 1].start] == " " else None
    if after is None or not after.text.islower():
        return [token]
    first, last, place, ordinary = classify(after.text)
    if first and not last:
        return []
    return [token, after] if last and not place and zipf_anywhere(after.text) < _SURNAME_COMMONEST else [token]


def _listed_first_name(lower: str) -> bool:
    if not lower.islower() or lower in NOT_SUBJECTS or lower in HOMOGRAPHS or len(lower) < 3:
        return False
    first, last, place, ordinary = classify(lower)
    return first and not (place or ordinary) and zipf_anywhere(lower) < _COMMONEST
