"""Detect the language a text is written in, among the languages the assistant answers in.

Askers write in the Baltic Sea region's languages (``ASKER_LANGUAGES``); the documents are in fewer
(``DOCUMENT_LANGUAGES``): an Estonian question is answered in Estonian with quotes from the Finnish,
Swedish or English sources. lingua (character n-gram models, offline, accurate on short text)
decides, restricted to the asker languages, so a three-word question is never taken for Dutch. Its detector
is built on first use, once per process and language set; importing this module loads nothing.

lingua weighs letters, so one long borrowed name outvotes the asker's own words ("What is
huostaanotto?", "Lastensuojelulaki 25 § notification duty"). Two word-level checks correct that
(``_by_words``): the small grammar words of fi/sv/en, when they clearly say another language, and
in a short text a vote of its words. Without lingua the old function-word rule stands in, with one
warning. The figures behind these choices: ``python -m evals.language_id``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)

DOCUMENT_LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
"""The languages the shipped documents are written in (each document is in English; most also in fi and sv)."""

ASKER_LANGUAGES: tuple[str, ...] = ("fi", "sv", "en", "et", "lv", "lt", "pl", "de", "da", "nb", "uk", "ru")
"""ISO 639-1 codes of the languages questions are asked and answered in (Norwegian is bokmål, "nb"): the
answer's own sentences (assistant/prompts.py) and the UI (ui/locales/) exist in each."""


QUOTE_FALLBACK = "en"
"""The version quoted when a document has none in the asker's language (every shipped document has it)."""

SHORT_TEXT_WORDS = 8
WORD_PRIOR_MARGIN = 0.1
"""Up to this many words, a text's words vote (one lingua call each) when no grammar word backs lingua."""

_lock = threading.Lock()
_detectors: dict[tuple[str, ...], Any] = {}
_lingua_missing = False
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: "a" and "i" say little


def detect_language(text: str, default: str = "en") -> str:
    """The code of ``ASKER_LANGUAGES`` ``text`` is written in (``default`` when there is nothing to go on)."""
    return detect_language_among(text, ASKER_LANGUAGES, default)


# One short text per asker language: detecting them loads every language's lingua model (4-5 s in all),
# which a server does at start (``warm_up``) rather than in its first users' answers.
_WARM_UP = ("Mitä teen?", "Vad gör jag?", "What do I do?", "Mida ma teen?", "Ko man darīt?", "Ką man daryti?",
            "Co mam zrobić?", "Was soll ich tun?", "Hvad gør jeg?", "Hva gjør jeg?", "Що мені робити?",
            "Что мне делать?")


def warm_up() -> None:
    """Load the language models of every asker language now (the first detection of each is slow)."""
    for text in _WARM_UP:
        detect_language(text)


def detect_language_among(text: str, languages: Iterable[str], default: str = "en") -> str:
    """The ISO 639-1 code of ``languages`` that ``text`` is written in.

    ``default`` when there is nothing to go on: no word of two letters or more ("25 a §").
    """
    languages = tuple(languages)
    detector = _detector(languages)
    if detector is None:
        return function_word_language(text, default, languages)
    tokens = _WORD.findall(text)
    words = [w.lower() for w in tokens]
    picked = detector.detect_language_of(_without_names(text)) if words else None
    if picked is None:
        return default
    return _by_letters(text, tokens, _by_words(words, _code(picked), detector, languages), detector, languages)


NAMES_LEFT_WORDS = 3
"""A text keeps its capitalised words for lingua unless this many words of its own would be left without them."""
# A word after the first, not opening a sentence, up to a hyphen ("Veera-saken" keeps "saken").
_NAME = re.compile(r"(?<=[\s(\"'«„“])(?<![.!?:]\s)[^\W\d_][^\s,.;:!?)\"'»“”-]*")


def _without_names(text: str) -> str:
    """``text`` without its capitalised words after the first: names of places, services and programmes (Barnahus,
    Nettivihje, LASTA, Oulu) are borrowed into every asker language, and lingua weighs their letters as much as the
    asker's own words ("Vilket år grundades Nettivihje?" was taken for Danish). A text left with fewer than
    ``NAMES_LEFT_WORDS`` words is kept whole; German's capitalised nouns go too, its grammar words stay."""
    kept = _NAME.sub(lambda m: "" if m.group()[:1].isupper() else m.group(), text)
    return kept if len(_WORD.findall(kept)) >= NAMES_LEFT_WORDS else text


# Letters that only some asker languages write: none of them occurs in fi, sv or en, so a document's term borrowed
# into a question never brings one. In a short text lingua's n-grams are few, and "Ko man darīt?" was taken for
# Swedish; a letter only Latvian writes says more.
_OWN_LETTERS = {
    "lv": "āēīķļņģ", "lt": "ėįų", "pl": "łńśźżć", "et": "õ", "de": "ß", "uk": "іїєґ", "ru": "ыэъё",
    "da": "æø", "nb": "æø",
}


# Word beginnings only some asker languages write: "hv" opens Danish and Norwegian question words (hvad, hva, hvem,
# hvor, hvordan), never a Swedish, Finnish or English word; "Hvad er et barnahus?" was taken for Swedish by its
# borrowed term.
_OWN_STARTS = {"da": ("hv",), "nb": ("hv",)}
# ... and of those, the one word that only one of them writes: Danish "hvad" and "hvornår", Norwegian "hva".
_OWN_WORDS = {"da": {"hvad", "hvornår"}, "nb": {"hva"}}


def _by_letters(text: str, tokens: list[str], picked: str, detector: Any, languages: tuple[str, ...]) -> str:
    """``picked``, unless a short text (``SHORT_TEXT_WORDS`` words at most) has a letter or a word beginning
    ``picked`` never writes and some of ``languages`` do, in a word that is no name: then the most likely of those (a
    longer text's n-grams already know)."""
    if len(tokens) > SHORT_TEXT_WORDS:
        return picked
    # A name ("Jānis", "Ozoliņa") is no language: only words written in lower case count, and the first word.
    words = {w.lower() for i, w in enumerate(tokens) if i == 0 or not w[:1].isupper()}
    present = {lang for lang, letters in _OWN_LETTERS.items()
               if lang in languages and any(c in word for word in words for c in letters)}
    present |= {lang for lang, starts in _OWN_STARTS.items()
                if lang in languages and any(word.startswith(starts) for word in words)}
    present = {lang for lang, own in _OWN_WORDS.items() if lang in present and own & words} or present
    if not present or picked in present:
        return picked
    confidences = [_code(v.language) for v in detector.compute_language_confidence_values(text)]
    return next((lang for lang in confidences if lang in present), picked)


def language_confidences(text: str, languages: Iterable[str] = ASKER_LANGUAGES) -> dict[str, float]:
    """lingua's confidence (0..1, summing to 1) for each of ``languages``, highest first.

    All 0.0 when the text has no letters; empty when lingua is not installed.
    """
    detector = _detector(tuple(languages))
    if detector is None:
        return {}
    return {_code(value.language): value.value for value in detector.compute_language_confidence_values(text)}


def _by_words(words: list[str], picked: str, detector: Any, languages: tuple[str, ...]) -> str:
    """lingua's pick for the whole text, unless its words (lower-cased) say otherwise."""
    known = [lang for lang in _GRAMMAR if lang in languages]
    if picked in known:
        counts = {lang: sum(1 for w in words if w in _GRAMMAR[lang]) for lang in known}
        clear = _clear_winner(counts)
        # One grammar word is not enough to overrule: "en" is Swedish's article and Finnish's "I do not".
        if clear and clear != picked and counts[clear] >= 2:
            return clear
        if counts[picked]:
            return picked
    # The word-level checks correct a name borrowed from another document language; a text lingua
    # takes for another language as a whole ("Hva skal jeg gjøre?": Norwegian 0.76) keeps lingua's pick,
    # as its single words are mostly shared with a neighbour (Danish "skal", "jeg").
    if 1 < len(words) <= SHORT_TEXT_WORDS and picked in DOCUMENT_LANGUAGES:
        found = [lang for lang in (_word_language(w, detector) for w in words) if lang is not None]
        votes = Counter(found)
        winner = _clear_winner(votes)
        if winner:
            return winner
        # A tie ("Huostaanotto criteria?", "Grooming rikoslaissa?"): a noun phrase ends in its head
        # in all three languages, and the borrowed term comes before it.
        if found and found[-1] in DOCUMENT_LANGUAGES and votes[found[-1]] == max(votes.values()):
            return found[-1]
    return picked


def _word_language(word: str, detector: Any) -> str | None:
    """One word's language: lingua's pick, or a document language whose confidence is within
    ``WORD_PRIOR_MARGIN`` of it. Among twelve languages a word's pick is often a neighbour's by a hair
    ("placering": Danish 0.42, Swedish 0.38; "role": Estonian 0.17, English 0.14), and most askers write
    in the documents' languages."""
    confidences = [(_code(v.language), v.value) for v in detector.compute_language_confidence_values(word)]
    if not confidences or not confidences[0][1]:
        return None
    top = confidences[0][1]
    near = [lang for lang, value in confidences if lang in DOCUMENT_LANGUAGES and top - value <= WORD_PRIOR_MARGIN]
    return near[0] if near else confidences[0][0]


def _clear_winner(counts: dict[str, int]) -> str | None:
    """The one language counted more often than every other, if there is one."""
    best = max(counts, key=counts.__getitem__, default=None)
    if best is None or any(n >= counts[best] for lang, n in counts.items() if lang != best):
        return None
    return best


def _code(language: Any) -> str:
    return language.iso_code_639_1.name.lower()


def _detector(languages: tuple[str, ...]) -> Any:
    """The process's lingua detector for ``languages`` (built on first use), or None without lingua."""
    global _lingua_missing
    key = tuple(sorted(set(languages)))
    with _lock:
        if key in _detectors or _lingua_missing:
            return _detectors.get(key)
        try:
            from lingua import IsoCode639_1, LanguageDetectorBuilder
        except ImportError:
            _lingua_missing = True
            log.warning("lingua is not installed, so languages are told apart by common words only "
                        "(less accurate on short questions): pip install 'lingua-language-detector>=2.1,<3'")
            return None
        try:
            codes = [IsoCode639_1.from_str(code) for code in key]
        except ValueError as exc:
            raise ValueError(f"not ISO 639-1 language codes lingua knows: {', '.join(key)}") from exc
        # Models load lazily, per language, when a text first needs them. Preloading all of them
        # (with_preloaded_language_models) took longer in all than loading them as needed, and the
        # calls after it were no faster (measured for issue 14 on the evaluation questions).
        _detectors[key] = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
        return _detectors[key]


# --- the function-word rule ----------------------------------------------------------------------
_WORDS = {
    "fi": """ja on ei se että mitä mikä miten kuka ketkä missä milloin miksi kun jos tai mutta
        olla ole oli ovat voi voiko pitää täytyy minun minä sinä hän me te he lapsi lapsen lasta
        lapsi lasten ihmiskauppa ihmiskaupan tulee onko ovatko mihin kenelle mistä teen tehdä
        kanssa myös vain sekä eli jotka joka jonka niin nyt kuin sen hänen heidän tämä tämän
        nämä tässä siitä siihen laki lain lakia mukaan pykälä luku uhri uhrin uhrit apua""",
    "sv": """och är en ett att som det den de inte på för med av till om har kan ska skall vad
        hur vem vilka var när varför jag du han hon vi ni barn barnet barnets människohandel
        också bara eller men så nu från hos vid efter enligt lagen lag kap gör göra måste får
        finns detta denna dessa här där sig sin sitt sina offer offret hjälp""",
    "en": """the and is are a an of to in for on with by that this what how who which when where
        why do does did can could should must may i you he she we they child children's child's
        trafficking victim victims law act section article help if or not be been from at as it
        there their under about report""",
}
_VOCAB = {lang: set(words.split()) for lang, words in _WORDS.items()}
# Nouns of the field, in the lists above for the old rule's sake, are left out when words overrule
# lingua: names are made of them ("Child Welfare Act" in a Finnish question).
_TOPIC = set("""lapsi lapsen lasta lasten ihmiskauppa ihmiskaupan laki lain lakia pykälä luku uhri uhrin
    uhrit apua barn barnet barnets människohandel lagen lag kap offer offret hjälp child children's
    child's trafficking victim victims law act section article help report""".split())
_GRAMMAR = {lang: words - _TOPIC for lang, words in _VOCAB.items()}
_TOKEN = re.compile(r"[a-zåäöéü]+", re.IGNORECASE)


def function_word_language(text: str, default: str = "en", languages: Iterable[str] = ASKER_LANGUAGES) -> str:
    """The rule used before lingua: count common words of fi, sv and en, letters breaking ties.

    It knows only those three; when none of them is among ``languages`` it returns ``default``.
    """
    allowed = [lang for lang in _VOCAB if lang in set(languages)]
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if not tokens or not allowed:
        return default
    scores = {lang: float(sum(1 for t in tokens if t in _VOCAB[lang])) for lang in allowed}
    lowered = text.lower()
    # Letters as tie-breakers and weak evidence for text with few function words.
    bonus = {"fi": 0.0, "sv": 0.0}
    if "å" in lowered:
        bonus["sv"] += 1.5
    if re.search(r"(ää|öö|yy|ii|uu|aa)\w", lowered):
        bonus["fi"] += 1.0
    if re.search(r"[äö]", lowered) and "å" not in lowered:
        bonus["fi"] += 0.5
        bonus["sv"] += 0.25
    if re.search(r"\b\w+(ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|nen|ista|istä)\b", lowered):
        bonus["fi"] += 1.0
    for lang in scores:
        scores[lang] += bonus.get(lang, 0.0)
    best = max(allowed, key=scores.__getitem__)  # a tie goes to the first of fi, sv, en, as before
    if scores[best] == 0:
        return default
    return best
