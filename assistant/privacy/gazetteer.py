"""First names and surnames of the region, and what Voikko says a Finnish word is.

The names are the person providers of Faker (MIT licence, © Daniele Faraglia and contributors;
https://github.com/joke2k/faker) for Finland, Sweden, Estonia, Latvia, Lithuania, Poland, Germany,
Denmark, Norway, Ukraine, Russia, the US and the UK: about 11,000 first names and surnames, among
them the names of the region's larger immigrant groups that Sweden's, Germany's and Norway's lists
carry (Abdi, Ahmed, Ali). They are read from the installed package once, on first use.

Finnish names inflect ("Matti Virtaselle", "Virtasen perhe"): Voikko (Debian's libvoikko1 and
voikko-fi, ``make voikko``) gives each word's base form and class (``etunimi``, ``sukunimi``,
``paikannimi``); without it a stem rule undoes the common -nen surname endings.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

LOCALES = ("fi_FI", "sv_SE", "et_EE", "lv_LV", "lt_LT", "pl_PL", "de_DE", "da_DK", "no_NO", "uk_UA", "ru_RU",
           "en_US", "en_GB")

# Capitalised words that the lists hold as names but that in these messages are mostly something else:
# months, weekdays, countries and peoples, the services and bodies that professionals name.
NOT_NAMES = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter
tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu
maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai juhannus joulu pääsiäinen
finland suomi sverige sweden estonia latvia lithuania poland germany denmark norway russia ukraine england
france holland ireland scotland wales america europe helsinki espoo vantaa tampere turku oulu stockholm
tallinn riga vilnius warsaw oslo copenhagen berlin london paris
seri kela poliisi police court act section article convention directive council union barnahus nollalinja
mll thl dvv migri europol interpol unicef unhcr iom who ilo eu un nato
god jumala allah jesus christ bible
""".split())

# Finnish -nen surnames in the cases Voikko would give (Virtaselle, Virtasen, Virtasta, Virtasilla).
_NEN = re.compile(r"^(\w{3,}?)s(?:e(?:n|lle|lla|lta|ssa|sta|na|ksi|en|t|ni|mme)|ta|tä|i(?:a|ä|in|lle|lla|lta|en|ssa|sta|ksi))$")


@lru_cache(maxsize=1)
def names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower-cased, from Faker's person providers."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError as exc:  # an older Faker without the locale: the others still serve
            log.warning("no Faker names for %s (%s)", locale, exc)
            continue
        for attribute, value in vars(provider).items():
            if attribute.startswith("_") or not isinstance(value, (tuple, list, dict, set)):
                continue
            words = {str(w).lower() for w in value if isinstance(w, str) and " " not in w}
            if "first_names" in attribute or "middle_names" in attribute:
                first |= words
            elif "last_names" in attribute:
                last |= words
    return frozenset(first - NOT_NAMES), frozenset(last - NOT_NAMES)


class _Voikko:
    """Voikko's analyses of a word (thread-safe), or nothing when Voikko is not installed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        try:
            import libvoikko

            self._voikko: Any = libvoikko.Voikko("fi")
        except (ImportError, OSError, Exception) as exc:  # libvoikko raises its own VoikkoException
            log.info("Voikko is unavailable (%s); Finnish names fall back to a stem rule", exc)
            self._voikko = None

    def analyse(self, word: str) -> list[tuple[str, str]]:
        if self._voikko is None:
            return []
        with self._lock:
            return [(a.get("BASEFORM", ""), a.get("CLASS", "")) for a in self._voikko.analyze(word)]


_voikko_lock = threading.Lock()
_voikko: _Voikko | None = None


def _analyses(word: str) -> list[tuple[str, str]]:
    global _voikko
    with _voikko_lock:
        if _voikko is None:
            _voikko = _Voikko()
    return _voikko.analyse(word)


_NAME_CLASSES = ("etunimi", "sukunimi", "paikannimi")
# An ordinary word of English, Swedish or German at least this frequent (Zipf scale, wordfreq) is no
# surname unless the gazetteer says so ("Tech", "Documents"; "Smith" is in the gazetteer).
COMMON_ZIPF = 4.0


def _common(lower: str) -> bool:
    from wordfreq import zipf_frequency

    return any(zipf_frequency(lower, language) >= COMMON_ZIPF for language in ("en", "sv", "de"))


@lru_cache(maxsize=50_000)
def classify(word: str) -> tuple[bool, bool, bool, bool]:
    """(a first name, a surname, a place name, an ordinary word) for a capitalised ``word``, in any case
    form. A word can be several ("Anna": a first name and the verb "give"; "Kallio": a surname and "rock")."""
    first_names, surnames = names()
    lower = word.lower()
    bases = {lower}
    if lower.endswith(("'s", "’s")):
        bases.add(lower[:-2])
    elif lower.endswith("s") and len(lower) > 3:
        bases.add(lower[:-1])  # the Swedish and English genitive: "Annas", "Holms"
    first = last = place = False
    ordinary = _common(lower)
    for base, kind in _analyses(word):
        if kind in _NAME_CLASSES:
            first, last, place = first or kind == "etunimi", last or kind == "sukunimi", place or kind == "paikannimi"
            bases.add(base.lower())  # an ordinary word's base form says nothing of names ("kenenkään": "ken")
        elif base:
            ordinary = True
    stem = _NEN.match(lower)
    if stem:
        bases.add(stem.group(1) + "nen")
    first = first or any(b in first_names for b in bases)
    last = last or any(b in surnames for b in bases)
    if any(b in NOT_NAMES for b in bases):
        return False, False, True, True
    return first, last, place, ordinary
