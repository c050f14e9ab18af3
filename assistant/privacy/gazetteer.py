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
from functools import lru_cache

from assistant.privacy.voikko import analyses as _analyses
from assistant.text import frequency
from assistant.text.morphology import dictionary_lemma

log = logging.getLogger(__name__)

LOCALES = ("fi_FI", "sv_SE", "et_EE", "lv_LV", "lt_LT", "pl_PL", "de_DE", "da_DK", "no_NO", "uk_UA", "ru_RU",
           "en_US", "en_GB")
# First names only (their surnames are often common words of their own language): the countries children
# come from or through, in Latin letters where Faker has them.
FIRST_NAME_LOCALES = ("tr_TR", "ro_RO", "az_AZ", "hr_HR", "bg_BG", "sk_SK", "cs_CZ", "hu_HU", "sl_SI", "mk_MK",
                      "hy_AM", "ka_GE", "uz_UZ", "en_PK", "en_IN", "en_KE", "en_NG", "ha_NG", "yo_NG", "ig_NG", "sw",
                      "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT")

# Capitalised words that the lists hold as names but that in these messages are mostly something else:
# months, weekdays, countries and peoples, the services and bodies that professionals name.
NOT_NAMES = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter
januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
ostern weihnachten jaanuar veebruar märts aprill juuni juuli oktoober detsember
januari februari mars augusti oktober
tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu
maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai juhannus joulu pääsiäinen
finland suomi sverige sweden estonia latvia lithuania poland germany denmark norway russia ukraine england
iran iraq syria afghanistan somalia eritrea ethiopia sudan vietnam nigeria turkey romania albania kosovo
morocco algeria egypt libya yemen pakistan india china congo gambia guinea ghana kenya uganda georgia armenia
runeberg topelius snellman lönnrot sibelius mannerheim kekkonen ibsen strindberg kierkegaard korczak
рада бог rada rady radzie polska polsce norge danmark deutschland eesti latvija lietuva україна россия german english french finnish swedish danish norwegian polish russian
france holland ireland scotland wales america europe helsinki espoo vantaa tampere turku oulu stockholm
tallinn riga vilnius warsaw oslo copenhagen berlin london paris
seri kela poliisi police court act section article convention directive council union barnahus nollalinja
mll thl dvv migri europol interpol unicef unhcr iom who ilo eu un nato
god jumala allah jesus christ bible
faren moren ema emal emale isal kooli festnetz mieszka mieszkają ryte kauno
""".split())

# Finnish -nen surnames in the cases Voikko would give (Virtaselle, Virtasen, Virtasta, Virtasilla).
_NEN = re.compile(r"^(\w{3,}?)s(?:e(?:n|lle|lla|lta|ssa|sta|na|ksi|en|t|ni|mme)|ta|tä|i(?:a|ä|in|lle|lla|lta|en|ssa|sta|ksi))$")


# Cyrillic to Latin letters as Ukrainian and Russian names are written in the region's messages: the English
# spelling (Oleksandr, Yulia, Kharkiv) and the Nordic one (Jevgeni, Julia, Natalja).
_LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
          "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
          "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
          "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ё": "e", "ъ": "", "ы": "y", "э": "e", "'": "", "’": ""}
_RUSSIAN = {"г": "g", "и": "i"}
_NORDIC = {"й": "j", "я": "ja", "ю": "ju", "є": "je", "ї": "ji", "х": "h"}
# Ukraine's official romanisation inside a word (Nataliia, Yurii, Matvii, Uliana).
_OFFICIAL = {"я": "ia", "ю": "iu", "є": "ie", "ї": "i", "й": "i"}


def transliterate(name: str, russian: bool = False) -> set[str]:
    """The Latin spellings of a Cyrillic ``name`` (lower case): English and Nordic."""
    english = {**_LATIN, **(_RUSSIAN if russian else {})}
    nordic = {**english, **_NORDIC}
    lower = name.lower()
    spellings = {"".join(table.get(ch, ch) for ch in lower) for table in (english, nordic)}
    official = {**english, **_OFFICIAL}
    spellings.add("".join(english.get(ch, ch) if i == 0 else official.get(ch, ch) for i, ch in enumerate(lower)))
    return spellings


def _provider_names(locale: str) -> tuple[set[str], set[str]]:
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError as exc:  # an older Faker without the locale: the others still serve
        log.warning("no Faker names for %s (%s)", locale, exc)
        return set(), set()
    first: set[str] = set()
    last: set[str] = set()
    for attribute, value in vars(provider).items():
        if attribute.startswith("_") or not isinstance(value, (tuple, list, dict, set)):
            continue
        words = {str(w).lower() for w in value if isinstance(w, str) and " " not in w}
        if locale in ("uk_UA", "ru_RU"):
            words |= {latin for w in words for latin in transliterate(w, russian=locale == "ru_RU")}
        if "first_names" in attribute or "middle_names" in attribute:
            first |= words
        elif "last_names" in attribute:
            last |= words
    return first, last


@lru_cache(maxsize=1)
def names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower-cased: Faker's person providers (``LOCALES``; first names only of
    ``FIRST_NAME_LOCALES``) and the names of the countries children come from (``origin_names``)."""
    first, last = _listed_names()
    return first - NOT_NAMES, last - NOT_NAMES


def first_name_left_out(lower: str) -> bool:
    """A listed first name that ``NOT_NAMES`` leaves out as a month, a place or a body ("mai", "april", "june",
    "paris"): a name only where the sentence says a person (privacy19)."""
    return lower in NOT_NAMES and lower in _listed_names()[0]


@lru_cache(maxsize=1)
def _listed_names() -> tuple[frozenset[str], frozenset[str]]:
    from assistant.privacy.origin_names import (CHILDREN, FIRST_NAMES, MORE_FIRST_NAMES, SAMI_FIRST_NAMES,
                                                SAMI_SURNAMES, SURNAMES, WORD_FIRST_NAMES)

    from assistant.privacy import region_names

    first: set[str] = set(FIRST_NAMES) | set(CHILDREN) | set(MORE_FIRST_NAMES) | set(WORD_FIRST_NAMES) | set(SAMI_FIRST_NAMES)
    last: set[str] = set(SURNAMES) | set(SAMI_SURNAMES)
    first |= region_names.FIRST_NAMES  # the Baltic states' and Central Asia's commonest names (privacy9)
    last |= region_names.SURNAMES | _feminine(set(region_names.SURNAMES), "lt_LT") | \
        _feminine(set(region_names.SURNAMES), "lv_LV")
    for locale in LOCALES + FIRST_NAME_LOCALES:
        more_first, more_last = _provider_names(locale)
        first |= more_first
        if locale in LOCALES:
            last |= more_last | (_feminine(more_last, locale) if locale in ("lt_LT", "lv_LV") else set())
    return frozenset(first), frozenset(last)


def _feminine(surnames: set[str], locale: str) -> set[str]:
    """The women's forms of Lithuanian and Latvian surnames, which Faker lists in the men's form only:
    Kazlauskas → Kazlauskienė (married), Kazlauskaitė (unmarried); Jankauskis → Jankauskienė,
    Jankauskytė; Krūmiņš → Krūmiņa; Ozols → Ozola; Kalnietis → Kalniete."""
    women = set()
    for name in surnames:
        if locale == "lt_LT":
            for male, unmarried in (("as", "aitė"), ("is", "ytė"), ("ys", "ytė"), ("us", "utė"), ("ius", "iūtė")):
                if name.endswith(male) and len(name) > len(male) + 2:
                    women |= {name[:-len(male)] + "ienė", name[:-len(male)] + unmarried}
        elif name.endswith(("š", "s")) and len(name) > 3:
            women.add(name[:-2] + "e" if name.endswith("tis") else name[:-1] + "a")
    return women


_NAME_CLASSES = ("etunimi", "sukunimi", "paikannimi")
# An ordinary word of English, Swedish or German at least this frequent (Zipf scale, wordfreq) is no
# surname unless the gazetteer says so ("Tech", "Documents"; "Smith" is in the gazetteer).
COMMON_ZIPF = 4.0


def _common(lower: str) -> bool:
    return zipf(lower) >= COMMON_ZIPF


# wordfreq has no Estonian list: its commonest words that the name lists also hold, by hand.
_ESTONIAN_COMMON = frozenset("""
millal kas kus kes mis miks kuidas mida kui kuhu kust kelle keda mille milline millised palju ja ning aga et
see seda ta tema nad meie teie ma mina minu sa sina sinu oma on olen oli ei ka veel juba siis nüüd täna homme eile
""".split())
_COMMON_LANGUAGES = ("en", "sv", "de", "da", "nb", "fi", "pl", "lt", "lv", "ru", "uk")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The 1,000 commonest words of each asker language (wordfreq; Estonian by hand): a word among them
    that starts a sentence, or is typed in lower case, is the word, even when a name list holds it ("Jaka
    kara", "Milloin", "Anna", "kuris gali")."""
    words = set(_ESTONIAN_COMMON)
    for language in _COMMON_LANGUAGES:
        words.update(frequency.commonest(language, 1000))
    return frozenset(words)


# wordfreq has no Estonian list and only a small Lithuanian one; simplemma's lemma dictionaries hold the words of
# these languages in every case form ("lapse", "kooli"), and many first names and surnames too ("mati", "kask"),
# so they say "a word of the language" but not "no name".
DICTIONARY_LANGUAGES = ("et",)


@lru_cache(maxsize=50_000)
def dictionary_word(lower: str) -> bool:
    """Whether ``lower`` is a word of a language with no word frequencies here (simplemma's dictionaries of
    ``DICTIONARY_LANGUAGES``, the compact ones the glossary reads too, loaded on first use)."""
    # a proper name's lemma keeps its capital there ("rasmus" → "Rasmus", "helmi" → "Helmi"; "lapse" → "laps"),
    # and a case form of a listed first name is the name's ("kadril" → kadri, "mardile" → mart; privacy9)
    return bool(lower) and any((lemma := dictionary_lemma(lower, language)) is not None and lemma[:1].islower()
                               for language in DICTIONARY_LANGUAGES) and not estonian_first_name(lower)


def dictionary_word_here(text: str, lower: str) -> bool:
    """``dictionary_word``, in a message written in a language of those dictionaries: an Estonian word at a
    sentence's start is no name in an Estonian message, but "Oksana" (oks, a branch), "Ahmad" (ahm, a wolverine)
    start a Lithuanian or a Norwegian one as names (privacy9). Finnish shares many of its words ("Tuuli", "Onni",
    "Lumi") and Latvian messages borrow some ("Laima"), so the dictionary serves those messages too."""
    return dictionary_word(lower) and written_in(text) in _DICTIONARY_MESSAGES


_DICTIONARY_MESSAGES = (*DICTIONARY_LANGUAGES, "fi", "lv")


def proper_here(text: str, lower: str) -> bool:
    """A first name among the commonest words only as a name: the dictionary of the message's language holds it with
    its capital ("Paul geht", "Дмитро навчається"; "will", "anna" (antaa) and "mark" are words there; privacy40)."""
    lemma = dictionary_lemma(lower, written_in(text))
    return lemma is not None and lemma[:1].isupper() and lemma.lower() == lower


@lru_cache(maxsize=256)
def written_in(text: str) -> str:
    """The asker language ``text`` is written in (lingua, a fraction of a millisecond once loaded)."""
    from assistant.text.language import detect_language

    return detect_language(text)


# Estonian family words that the first-name lists hold too ("Isa", "Mees"): their case forms are the words.
_ESTONIAN_KIN = frozenset("isa ema vend õde mees naine poeg tütar laps onu tädi vanaema vanaisa".split())


@lru_cache(maxsize=50_000)
def estonian_first_name(lower: str) -> bool:
    """Whether ``lower`` is an Estonian case form of a listed first name, by simplemma's lemma: "mardile" →
    mart, "kadril" → kadri (a case form with the consonant change the rule-stripped endings miss)."""
    lemma = dictionary_lemma(lower, "et") if lower else None
    if lemma is None:
        return False
    lemma = lemma.lower()
    return lemma != lower and lemma in names()[0] and lemma not in _ESTONIAN_KIN and lemma not in NOT_NAMES


@lru_cache(maxsize=50_000)
def zipf_anywhere(lower: str) -> float:
    """How common ``lower`` is in the commonest of the asker languages wordfreq has."""
    return max(frequency.zipf(lower, language) for language in _COMMON_LANGUAGES)


@lru_cache(maxsize=50_000)
def zipf(lower: str) -> float:
    """How common ``lower`` is as a word of English, Swedish or German (wordfreq's Zipf scale, the highest)."""
    return max(frequency.zipf(lower, language) for language in ("en", "sv", "de"))


# Case endings of the asker languages, and the nominative endings a stem may take back: "Ifrahin" → Ifrah,
# "Darynalle" → Daryna, "Kārlim" → Kārlis, "Ignui" → Ignas, "Mikołajowi" → Mikołaj, "Leną" → Lena,
# "Остапу" → Остап, "Наталією" → Наталія, "Медведевой" → Медведева. Tried only on capitalised words and on
# words a client word or a name beside them vouches for, and only a stem found in the name lists counts.
_ENDINGS = tuple(sorted(set("""
n in lle lla llä lta ltä ssa ssä sta stä ksi na nä a ä ta tä ineen ille illa ilta issa ista iin
le ile l lt st ga d i s
am ai ui u as os ei e ą ę ie im us iem ai ais ām ēm im ym
owi em ą ę ie y i ą
у ю ою ею ой ей ом ем им ым ы и е і ї ові еві ів ов ин ина ину чин чина ією єю ію ії ьою
owie ų ых их ам ах ими цi ці ці кою
я єві ою ем ом iga ile ilt
а єм ком
iej ej
umi
ega uga ele ule elt ult est ust
""".split()), key=len, reverse=True))
# (privacy16: the Estonian cases on a genitive stem with its vowel, "Andresega" → Andres, "Siimule" → Siim, "Tõnisest")
_NOMINATIVE = ("", "a", "ä", "as", "is", "us", "s", "š", "e", "ė", "i", "o", "а", "я", "ія", "й", "о", "ь")
_MIN_STEM = 3
_FLEETING_E = re.compile(r"[^aeiouyąęó][łkc]$")


_LATVIAN_SOFTENED = {"ņ": "n", "ļ": "l", "č": "c", "š": "s", "ž": "z"}


_ENDINGS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _ending in _ENDINGS:
    _ENDINGS_BY_LAST[_ending[-1]] = _ENDINGS_BY_LAST.get(_ending[-1], ()) + (_ending,)


def _stems(lower: str) -> set[str]:
    """The base forms ``lower`` may be a case form of (the name lists decide which, if any, is real)."""
    found = set()
    for ending in _ENDINGS_BY_LAST.get(lower[-1:], ()):
        if lower.endswith(ending) and len(lower) - len(ending) >= _MIN_STEM:
            stem = lower[:-len(ending)] if ending else lower
            found.update(stem + nominative for nominative in _NOMINATIVE)
            if stem.endswith("ņ"):
                found.add(stem[:-1] + "ņš")  # Zariņu → Zariņš
            if _FLEETING_E.search(stem):
                found.add(stem[:-1] + "e" + stem[-1])  # Polish: Pawłem → Paweł, Markiem → Marek (privacy10)
            if ending in ("i", "ę", "ą", "ie") and stem[-1:] in ("s", "z", "ś", "ź", "n"):
                found.add(stem + "ia")  # Polish pet forms: Zuzi → Zuzia, Kasię → Kasia (privacy10)
            # The Latvian genitive of an -is name softens its consonant: Jāņa → Jānis, Kārļa → Kārlis (privacy13)
            if ending == "a" and stem[-1:] in _LATVIAN_SOFTENED:
                found.add(stem[:-1] + _LATVIAN_SOFTENED[stem[-1]] + "is")
    return found


@lru_cache(maxsize=50_000)
def in_name_lists(lower: str) -> bool:
    """Whether a lower-case word, or a base form its endings allow, is in the name lists (set look-ups
    only: the cheap test before Voikko's analysis)."""
    first_names, surnames = names()
    if _NEN.match(lower) or lower.endswith("nen"):
        return True  # a Finnish -nen surname by its shape: Voikko knows more of them than the lists
    bases = {lower, lower[:-1], lower.removesuffix("'s")} | _stems(lower)
    parts = lower.split("-")
    return any(b in first_names or b in surnames for b in bases) or (
        len(parts) > 1 and all(in_name_lists(part) for part in parts if part))


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_AS_RUSSIAN = str.maketrans("ієїґ", "иеиг")
# A Turkish name written with its own letters is the listed name without them ("Ayşe" is listed as "Ayse"; privacy27).
_TURKISH = re.compile("[şğıç]")
_TURKISH_AS_LATIN = str.maketrans("şğıç", "sgic")


@lru_cache(maxsize=50_000)
def classify(word: str, stems: bool = True) -> tuple[bool, bool, bool, bool]:
    """(a first name, a surname, a place name, an ordinary word) for ``word``, in any case form (capital or
    not). A word can be several ("Anna": a first name and the verb "give"; "Kallio": a surname and "rock").
    A hyphenated word is a first name when every part is one ("Kira-Maija"), a surname when its last part
    is one and the others are names ("Tuominen-Rask", "Larsen-Aziz"). ``stems=False``: only the name lists
    and Voikko, not the case endings stripped by rule."""
    if "-" in word.strip("-"):
        parts = [classify(part, stems) for part in word.split("-") if part]
        if len(parts) > 1:
            first = all(p[0] for p in parts)
            last = parts[-1][1] and all(p[0] or p[1] for p in parts[:-1]) or all(p[1] for p in parts)
            return first, last, False, False
    first_names, surnames = names()
    lower = word.lower().rstrip("'’")
    bases = {lower}
    if _CYRILLIC.search(lower):
        bases.add(lower.translate(_UKRAINIAN_AS_RUSSIAN))  # "Юлія" is listed as "Юлия"
    elif _TURKISH.search(lower):
        bases.add(lower.translate(_TURKISH_AS_LATIN))
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
    if any(b in NOT_NAMES for b in bases):
        return False, False, True, True
    first = first or any(b in first_names for b in bases)
    last = last or any(b in surnames for b in bases)
    if stems and not (first or last or place or ordinary):
        # (privacy31: and of a name with the English possessive, "Shauna's", "Ruby's", as of the name alone)
        inflected = _stems(lower) | (_stems(lower[:-2]) if lower.endswith(("'s", "’s")) else set())
        if inflected & NOT_NAMES:
            return False, False, True, True
        first = any(b in first_names for b in inflected) or estonian_first_name(lower) or (
            # short Polish names with a capital: Igą, Ewy → Iga, Ewa (privacy10; not "isi", dad, → Isa)
            word[:1].isupper() and len(lower) == 3 and lower[-1] in "yąęi" and lower[:2] + "a" in first_names)
        last = any(b in surnames for b in inflected)
    if not (first or last) and _CYRILLIC.search(lower) and max(frequency.zipf(lower, "ru"), frequency.zipf(lower, "uk")) < 4.0:
        # A name the lists hold in Latin letters, written in Cyrillic ("Ахмед", "Зейнаб Юсуф", "Марьям
        # Хоссейни"): its Latin spellings, and those of its base forms, looked up (privacy9); not a word of
        # Russian or Ukrainian ("Семья" → semya, "Мира" → mira).
        latin = latin_spellings(lower) | {s for b in (_stems(lower) if stems else ()) for s in latin_spellings(b)}
        first = any(b in first_names for b in latin)
        last = any(b in surnames for b in latin)
    return first, last, place, ordinary



def is_first_name(word: str) -> bool:
    """Whether ``word`` is a listed first name and no place name (``classify``)."""
    first, _, place, _ = classify(word)
    return first and not place


def first_name_by_case(word: str) -> bool:
    """A case form of a listed first name by its ending, also when the form is a word too ("Lumin" → Lumi, which
    Voikko reads as the genitive of "lumi"; the Polish "Oli" → Ola, a Finnish verb too): ``classify`` strips endings
    only from words that are nothing else (privacy18)."""
    lower = word.lower()
    return any(b in names()[0] for b in _stems(lower)) or (
        len(lower) == 3 and lower[-1] in "yąęi" and lower[:2] + "a" in names()[0])  # as in classify: "Oli", "Ewy"


@lru_cache(maxsize=50_000)
def latin_spellings(cyrillic: str) -> frozenset[str]:
    """The Latin spellings of a Cyrillic word, Russian and Ukrainian readings, "kh" also as "h" ("Хоссейни" →
    hosseini, "Ахмед" → ahmed)."""
    spellings = transliterate(cyrillic) | transliterate(cyrillic, russian=True)
    return frozenset(spellings | {s.replace("kh", "h") for s in spellings})
