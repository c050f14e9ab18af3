"""Where a street's name starts: the words before it that belong to it (privacy52).

A street's name often begins with a word of its own that the address patterns of ``places.py`` take for the sentence
around it, in every language: a qualifier, "old", "new", "great", "little", "upper", in its case and letter case
("[Vanhalla Porvoontiellä 2 D 41]", "[Gammel Kongevej 92]", "[Starym Dworze 27]", "[Wólce Dolnej 14]", "[mazā nometņu
12-3]"); a place's genitive before a generic street ("[Hatanpään valtatiellä 40]", "[Tammelan puistokatu 31]",
"[Valby Langgade 61]"); and in lower case a street's own name before its separate street word, which never starts an
address alone ("[ganību dambī 24-5]", "[sõpruse pst 175-44]").

And where it does not start: a first name before a street whose name is an everyday word, not a person's ("Mikko
[Puistokatu 7 A 3]", "Ainon [Kirkkokadulla 19 C 33]"; "[Hjalmar Lundbohmsvägen 31]" is named after a person, its stem a
genitive): ``named_after_someone``, which ``places._with_prefix`` asks.
"""

from __future__ import annotations

import re

from assistant.privacy.streets import STREET_FORMS, STREET_WORDS

# The qualifiers of the twelve languages' street names, in their cases (the capitalised Nordic ones are
# ``towns.PLACE_PREFIXES`` too; an English street takes its number first, a Cyrillic one its street word first). "Old"
# and "new" only capitalised: in lower case they label the old and the new address of a list ("vanha Keskustie 2 b 4,
# uusi Vihtakatu 9", "gammel Løkkeberget 4").
_OLD_NEW = (
    "vanha", "vanhan", "vanhalla", "vanhalle", "vanhalta", "vanhassa", "vanhaan", "uusi", "uuden", "uudella",
    "uudelle", "uudessa", "uuteen", "vana", "uus", "vecā", "jaunā", "vecās", "jaunās", "senoji", "naujoji", "senosios",
    "naujosios", "stary", "starym", "starej", "stara", "starego", "nowy", "nowym", "nowej", "nowa", "nowego", "alte",
    "alten", "alter", "neue", "neuen", "neuer", "gammel", "gamle", "gamla", "nya", "nye")
_OTHER_QUALIFIERS = (
    "iso", "pikku", "suur", "väike", "mazā", "lielā", "mazās", "lielās", "didžioji", "mažoji", "didžiosios",
    "mažosios", "wólka", "wólce", "woli", "wola", "kolonia", "kolonii", "norra", "södra", "östra", "västra", "stora",
    "lilla", "nordre", "søndre", "øvre", "nedre", "vester", "øster", "nørre", "store", "lille")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_QUALIFIER = re.compile(rf"(?<![\w.-])(?:(?:{_alternatives(tuple(w.capitalize() for w in _OLD_NEW))})|"
                        rf"(?i:{_alternatives(_OTHER_QUALIFIERS)}))\s$")
# Generic streets, which a place's name before them makes one street: the Finnish main road, park street and shore road
# after a genitive, the Danish and Norwegian long street, country road and high street after a place.
_FI_GENERIC = re.compile(r"valtatie|valtaväyl|puistokat|puistokad|puistokuj|rantatie")  # (in lower case: a capitalised
# one is a street of its own after a genitive, "Oskari Lahnasen Puistokatu 14", "pojan Puistokadulta 11")
_FI_GENITIVE = re.compile(r"(?<![\w.-])[A-ZÄÖÅ][a-zäöå]{2,}n\s$")
_FI_LOWER_GENITIVE = re.compile(r"(?<![\w.-])[a-zäöå]{3,}n\s$")
_NORDIC_GENERIC = re.compile(r"(?i:langgade|landevej|hovedgade|landevei|hovedgate)")
_PLACE_BEFORE = re.compile(r"(?<![\w.-])[A-ZÆØÅ][a-zæøå]{2,}\s$")
_STREET_WORD = re.compile(r"(?:" + "|".join([*(re.escape(w) for w in sorted(STREET_WORDS, key=len, reverse=True)),
                                             *STREET_FORMS]) + r")\s")  # (in lower case: "siis Puiestee 88-3")
# A street's own lower-case name before its street word: a word of four letters or more, not a preposition.
_LOWER_NAME = re.compile(r"(?<![\w.-])[a-zäöåõüšžčāēīūķļņģąęėįų]{4,}\s$")
_NOT_NAMES = frozenset("osoite adress adresse address aadress adrese adresas adres pie prie koło obok przy nach".split())
# The English word for the house's number before it ("she's at no. 14 Alder Cl", "no. 17 mill lane"; privacy54).
_NUMBER_WORD = re.compile(r"(?<![\w.])[Nn]o\.\s?$")


def street_start(text: str, start: int) -> int:
    """The start of the address at ``start`` with the words before it that belong to its street's name."""
    window = max(0, start - 14)
    if text[start:start + 1].isdigit() and (number_word := _NUMBER_WORD.search(text, window, start)):
        return number_word.start()
    if qualifier := _QUALIFIER.search(text, window, start):
        return qualifier.start()
    genitive = _FI_LOWER_GENITIVE if text.islower() else _FI_GENITIVE  # ("hervannan valtaväylä 12 b 40:ssä")
    place = (genitive.search(text, window, start) if _FI_GENERIC.match(text, start) else
             _PLACE_BEFORE.search(text, window, start) if _NORDIC_GENERIC.match(text, start) else None)
    if place:  # (and a qualifier before the place: "Gammel Køge Landevej")
        return street_start(text, place.start())
    if _STREET_WORD.match(text, start) and (name := _LOWER_NAME.search(text, window, start)) and \
            name.group().strip() not in _NOT_NAMES:
        return name.start()
    return start


_STEM_END = re.compile(r"(?i:katu|kadu|tie|kuja|polku|gatan|gata|vägen|väg|gade|vej|veien|vei|gate|straße|strasse|weg)")


def named_after_someone(street: str) -> bool:
    """Whether a street written as one word may be named after a person, so that a first name before it is its own:
    its stem a genitive ("Lundbohmsvägen", "Mannerheimintie"), not an everyday word ("Puistokatu", "Kirkkokadulla")."""
    stem = _STEM_END.search(street)
    return stem is None or stem.start() == 0 or street[stem.start() - 1] in "sn"
