"""A first name and a surname typed in lower case side by side (privacy37).

Notes typed fast write a full name small, either order: "tapasin tänään ahmadi farida", "ringde lundgren tove",
"and ruksana begum were". A lone lower-case word needs a cue to be a name (``name_lower``); a pair does
not when it is a listed first name beside a surname that the lists hold only as a surname (in any case form) and no
dictionary holds as a word: the surname is the cue. Neither may be a place or a common word; the first name may be
a word when rarer than the commonest. A word in no list beside a surname is left alone: "строки съехали", "spīdēs
saule" are words the lists lack beside a surname that is a word too.
"""

from __future__ import annotations

from assistant.privacy.base import CONTEXT
from assistant.privacy.gazetteer import classify, dictionary_word, zipf_anywhere
from assistant.privacy.name_tokens import Token, adjacent, is_common

# A first name commoner than this as a word in some asker language is the word (Zipf).
_FIRST_ZIPF = 5.0


def lower_case_pairs(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Add each lower-case pair of a first name and a surname, either order (see the module's docstring)."""
    for left, right in zip(tokens, tokens[1:]):
        if not (left.text.islower() and right.text.islower() and adjacent(text, left, right) and " " in
                text[left.end:right.start]) or any(a < right.end and left.start < b for a, b in spans):
            continue
        if (given_in_lower_case(left.text) and _surname(right.text)) or (
                _surname(left.text) and given_in_lower_case(right.text)):
            spans[(left.start, right.end)] = CONTEXT


def _surname(lower: str) -> bool:
    first, last, place, ordinary = classify(lower)
    return last and not first and not place and not ordinary and not dictionary_word(lower) and not is_common(lower)


def given_in_lower_case(lower: str) -> bool:
    """A listed first name, no place or common word, rarer as a word than the commonest."""
    first, _, place, _ = classify(lower)
    return first and not place and not is_common(lower) and len(lower) > 2 and zipf_anywhere(lower) < _FIRST_ZIPF
