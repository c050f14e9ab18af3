"""Names in a message typed all in lower case, chat style (privacy36).

A writer who types no capital at all ("soitin matille", "kerro liisalle", "mirre o sigge på fritids") gives the
name no capital either, and often no cue beside it. In such a message a listed first name, in any case form, is the
name when it is no ordinary word of the message's language, no place and no common word anywhere.
"""

from __future__ import annotations

from assistant.privacy.base import CONTEXT
from assistant.privacy.gazetteer import classify, dictionary_word_here, zipf_anywhere
from assistant.privacy.name_cues import HOMOGRAPHS, NOT_SUBJECTS
from assistant.privacy.name_tokens import Token, is_common

# Rarer than this as a word in every asker language (Zipf): "sigge", "liisu" and "aliisalta" are, "saga" and "will"
# are not.
_CHAT_ZIPF = 4.75


def typed_in_lower_case(text: str) -> bool:
    """Whether ``text`` holds letters and not one capital."""
    return text == text.lower() and text != text.upper()


def chat_names(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Listed first names, in any case form, in a message typed all in lower case (see the module's note)."""
    if not typed_in_lower_case(text):
        return
    found = dict(spans)
    judged = {text[start:end] for start, end in found}
    for token in tokens:
        if token.text in judged or any(start <= token.end + 1 and token.start <= end + 1 for start, end in found):
            # the same word found elsewhere and not here ("contact ruby on ..., ruby red hair"), or a word beside a
            # name found ("vakar mantą rado"): the cued rules have read it
            continue
        if _chat_name(text, token.text):
            spans[(token.start, token.end)] = CONTEXT


def _chat_name(text: str, lower: str) -> bool:
    if len(lower) < 3 or lower in NOT_SUBJECTS or lower in HOMOGRAPHS or is_common(lower):
        return False
    first, _last, place, ordinary = classify(lower)
    return first and not place and not ordinary and zipf_anywhere(lower) < _CHAT_ZIPF and \
        not dictionary_word_here(text, lower)
