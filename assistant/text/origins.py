"""Where a child comes from, as a story names it: countries' names and the words made from them.

A situation's story names the child's origin as context ("a 14-year-old girl from Ukraine", "afganistanilainen
poika"), but in the embedding that name outweighs what happened: the story finds the guide on that country's
children rather than the guide on what happened (a child missing from care, a child hit at home). The retriever
searches such a story once more without them (``assistant/retrieval.py``).

The names are CLDR's (Babel), in the story's language. A word is an origin when it is a country's name; when it
begins with a name's stem (the name less a final vowel, five letters or more: "Ukraina" gives "ukrainalainen", "Ukrainian",
"ukrainsk", "Ukrainos"; "українець" from "Україна"), or with a name of four letters or more that ends in a consonant
("iranilainen"), or with a name less its "-istan" ("Afghan", "afghansk", "Kazakh"). A people's adjective written in lower
case ("ukrainalainen", "ukrainsk") adds two letters or more to a stem, and is no common word of the language; a name
or a word that begins with a stem in upper case. Shorter stems must match whole words: "Chile" would otherwise take
"child", "Peru" "peruskoulu", "Puola" (Poland) "puolesta" (on behalf of). Finland is no
origin here: every document is about Finland. Without Babel no word is an origin (one warning).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from assistant.text.frequency import zipf
from assistant.text.language import ASKER_LANGUAGES

log = logging.getLogger(__name__)

HOME = "FI"
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})  # CLDR's groups and pseudo-territories
COMMON = 4.0  # Zipf: a word this common in the story's language is that word, not a people
MIN_STEM = 5  # letters of a name's stem that other words may begin with
DERIVED = 2  # letters a people's adjective adds to its country's stem at least ("ukrain-sk")
MIN_CONSONANT_NAME = 4  # "Iran", "Irak", "Oman": a name ending in a consonant is its own stem
STAN = ("istan", "stan")  # "Afghan", "Uzbek", "Kazakh": the people's word is the country's name less this
_VOWELS = frozenset("aeiouyäöåāēīūąęėįųаеиоуыэюяєіїё")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def country_names(language: str) -> frozenset[str]:
    """The countries' names in ``language`` (also of more than one word: "sierra leone"), lower-case, Finland's
    left out; empty where Babel is missing or has no such language."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        log.warning("Babel is not installed, so a story's countries are not told apart from what happened in it: "
                    "pip install 'babel>=2.14,<3'")
        return frozenset()
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(name.lower() for code, name in territories.items()
                     if len(code) == 2 and code.isalpha() and code != HOME and code not in NOT_COUNTRIES)


@lru_cache(maxsize=None)
def _in_any_asker_language() -> frozenset[str]:
    return frozenset().union(*(country_names(language) for language in ASKER_LANGUAGES))


def is_country_name(name: str) -> bool:
    """Whether ``name`` is a country's name (not Finland's) in any asker language ("Chad", "Sierra Leone", "Kuba")."""
    return name.lower() in _in_any_asker_language()


@lru_cache(maxsize=None)
def _names(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the one-word country names of ``language``, the stems other words may begin with), lower-case."""
    names = frozenset(name for name in country_names(language) if " " not in name)
    stems = set()
    for name in names:
        if name[-1] in _VOWELS and len(name) > MIN_STEM:
            stems.add(name[:-1])
        elif name[-1] not in _VOWELS and len(name) >= MIN_CONSONANT_NAME:
            stems.add(name)
        stems.update(name[:-len(end)] for end in STAN if name.endswith(end) and len(name) - len(end) >= MIN_STEM)
    return names, tuple(sorted(stems))


def is_origin(word: str, language: str) -> bool:
    """Whether ``word`` names a country or a people in ``language`` (see the module's doc)."""
    lower = word.lower()
    names, stems = _names(language)
    if not word[:1].isupper():  # a people's adjective ("ukrainalainen", "ukrainsk", "українець"), never a name itself
        return (len(lower) >= MIN_STEM + DERIVED
                and any(lower.startswith(stem) and len(lower) >= len(stem) + DERIVED for stem in stems)
                and not _common(lower, language))  # the word list last: most words begin with no stem
    return lower in names or lower.startswith(stems)


def _common(word: str, language: str) -> bool:
    try:
        return zipf(word, language) >= COMMON
    except LookupError:  # wordfreq has no list of the language (Estonian): its stems must do
        return False


def without_origins(text: str, language: str) -> str:
    """``text`` without the words that name where someone comes from (``text`` itself when it has none)."""
    kept = _WORD.sub(lambda m: "" if is_origin(m.group(), language) else m.group(), text)
    return text if kept == text else re.sub(r"\s{2,}", " ", kept).strip()
