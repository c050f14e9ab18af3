"""Addresses typed in lower case with a street word written apart (privacy16).

"moved to 9 heather way, livingston eh54 8pq", "new address is 3 the crescent", "adressen deres er kongens gate 20,
trondheim", "daužė duris taikos pr. 110-32": notes typed fast have no capitals, and the capitalised address patterns
of ``places.py`` miss them. The street word must be written apart and a house number must stand in the language's
order (English before the street, the others after); the English order, whose words are everyday words too ("a 10
minute walk"), counts only in a sentence that says where someone lives, moved or stays, or names an address. In a
message typed all in lower case, a word and a house and flat ("pärna 12-4") is an address without a street word too
(privacy22). A note dictated without punctuation gives the flat written out and the town after the house number
(privacy25: "osoite rajamäentie 8 a 3 nurmijärvi", "adress björkhagsvägen 9 lägenhet 1204 gävle", "at flat 2 31 victoria
terrace", "uz parka ielu 5 dzīvokli 2"), and since privacy29 a town of four letters or more right after the house
number too ("birkenweg 12 rendsburg").
"""

from __future__ import annotations

import re

from assistant.privacy.gazetteer import classify, common_words, dictionary_word_here, written_in, zipf_anywhere
from assistant.privacy.letters import CAP
from assistant.privacy.phone_words import PHONE_WORDS
from assistant.privacy.street_abbreviations import apart_pattern, english_pattern
from assistant.privacy.streets import ENGLISH_EVERYDAY_STREET_WORDS, ENGLISH_STREET_WORDS, apartment_word_pattern
from assistant.privacy.towns import UK_POSTCODE
from assistant.text.morphology import dictionary_lemma

_LOW = r"[a-zåäöæøüõšžąčęėįųūāēīķļņģłńśźż]"
# The English street words written apart, the everyday ones too (the sentence must say where someone lives); not
# "boulevard", which the English order did not take
_EN_STREET = "(?:" + "|".join(sorted((ENGLISH_STREET_WORDS - {"boulevard"}) | ENGLISH_EVERYDAY_STREET_WORDS)) + ")"
_EN_ORDER = re.compile(
    rf"(?<![\w/.,-])(?:(?:unit|flat|apt)\s\d{{1,4}}[a-z]?,\s)?\d{{1,4}}(?:-\d{{1,4}})?[a-z]?\s"
    rf"(?P<name>the|{_LOW}{{3,}}(?:\s{_LOW}{{3,}})?)\s(?:{_EN_STREET}(?!\w)|{english_pattern()})")
_NAME_FIRST = re.compile(
    rf"(?<![\w.])(?P<name>{_LOW}{{3,}})\s(?:gate|gata|gatan|gaten|vei|veien|vej|vejen|väg|vägen|iela|ielā|gatvė|tänav|"
    rf"{apart_pattern()})\s\d{{1,4}}[a-z]?(?:\s?[-/]\s?\d{{1,4}})?(?![\w/.,:]\d|\w)")
# A street's abbreviated word before its lower-case name, the Polish, Ukrainian and Russian way, with a house and flat
# ("ul. kasztanowej 9 m. 12", "os. kwiatowym 12 m. 40", "вул. квітковій 5, кв. 9", "пр. мира, 102"; privacy21): the
# abbreviation's dot says street as a capital would; so does the word written out (privacy31: "ulica polna 8
# mieszkanie 2 toruń", "вулиця садова 12 квартира 5 житомир").
_CYR_LOW = r"[а-яёіїєґ'’]"
_PREFIX_FIRST = re.compile(
    rf"(?<![\w.])(?:(?:ul|al|os|вул|ул|просп|пр)\.\s?|(?:ulica|ulicy|улица|улице|вулиця|вулиці)\s)"
    rf"(?P<name>(?:{_LOW}|{_CYR_LOW}){{3,}}),?\s\d{{1,4}}[a-zа-я]?"
    rf"(?:\s?[-/]\s?\d{{1,4}}|,?\s(?:m\.|кв\.)\s?\d{{1,4}})?(?![\w/.,:]\d|\w)")
# In a message typed all in lower case, a street's name, its Baltic street word in any case after it or none, and a
# house and flat ("elab nüüd pärna 12-4", "kalda teel 6-21", "dzīvo lāčplēša 60-12", "uz lāčplēša ielu 87-14"; privacy22);
# not after a clock's word, nor before a unit ("kell 10-12", "3-5 aastat").
_HOUSE_FLAT_LOWER = re.compile(
    rf"(?<![\w.,/-])(?P<name>{_LOW}{{3,}})(?:\s(?:tee|teel|teele|tänav\w*|iela|ielā|ielu|ielas|gatv\w*))?"
    rf"\s\d{{1,3}}[a-z]?-\d{{1,3}}(?![\w/.,:-]\d|\w|\s(?:aasta\w*|vuo\w*|year\w*|metai|met\w*|gad\w*|lat\w*|"
    rf"tund\w*|tunni\w*|h|min\w*|val\w*))")
_CLOCK = frozenset("kell klo kl plkst val godz pkt kello".split())
# Dictated, all in lower case (privacy25): the flat written out after the house number, the town after that (see
# ``_a_town``: "korter 4 rakvere ja", "flat 2 sunderland tyler", "lgh 1002 791 35 falun");
# the English flat before the street ("at flat 2 31 victoria terrace"); a Baltic street word written out with a house
# number and no flat's hyphen, before its flat ("parka ielu 5 dzīvokli 2", "žalgirio gatvėje 92 bute 15").
_SPOKEN_FLAT = re.compile(
    rf"\s{apartment_word_pattern()}\s?\d{{1,4}}[a-z]?(?![\w/-])|"
    r"\s(?:første|anden|tredje|fjerde|andre)\s(?:sal|etasje|etage)(?!\w)")
_SPOKEN_TOWN = re.compile(rf"(?:\s(?:\d{{3}}\s?\d{{2}}|\d{{4}}))?\s(?P<town>(?:{_LOW}|{_CYR_LOW}){{2,}})"
                          rf"(?:\s[a-z]{{1,2}}\d[a-z\d]?\s?\d[a-z]{{2}})?(?=\s|$)")
_SPOKEN_TOWN_ZIPF = 5.0
_STAIRCASE_FLAT = re.compile(r"\d\s[a-h]\s\d{1,3}$")
# (the words of dictation, "comma", "piste", are no town)
_DICTATED = frozenset("comma pilkku piste komma punkt kropka przecinek koma komats punktas kablelis точка кома запятая "
                      "sanelu diktat dictation".split())
_SPOKEN_FLAT_BEFORE = re.compile(
    r"(?<!\w)(?:flat|apt|apartment|unit)\s(?:\d{1,4}[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s$")
_BALTIC_SPOKEN = re.compile(
    rf"(?<![\w.,/-])(?P<name>{_LOW}{{3,}})\s(?:iela|ielā|ielu|gatvė|gatvėje|gatvę|tänav|tänaval|tänavale)\s\d{{1,3}}[a-z]?"
    rf"(?=\s(?:dzīvokl\w*|dz\.|butas|bute|korter\w*)\s?\d)")
# A lower-case town after a comma where the clause ends, with a British postcode in lower case if one follows.
_LOWER_TOWN_AFTER = re.compile(rf",\s{_LOW}{{3,}}(?:\s[a-z]{{1,2}}\d[a-z\d]?\s?\d[a-z]{{2}})?(?=\s*(?:$|[.;!?)]|\s(?:last|and|og|och|ja|ir)\s))")
# A capitalised town with its British postcode after an English street typed in lower case ("no. 17 mill lane, Halifax
# HX3 6LN"; privacy54).
_TOWN_POSTCODE_AFTER = re.compile(rf",\s{CAP}(?:\s{CAP})?,?\s{UK_POSTCODE}(?!\w)")
_CUE = re.compile(r"(?<!\w)(?:address\w*|lives|living|live|moved|moving|stays?|staying|at|to|home|from)(?!\w)", re.IGNORECASE)
# (the number's "no." ends no sentence: "All at no. 17 mill lane"; privacy54)
_SENTENCE_START = re.compile(r"(?:(?<![Nn]o)[.!?]\s+|\n)(?=[^.!?\n]*$)")
# The street's own name is no everyday word of this frequency (Zipf): "heather", "mill", "kongens", "taikos".
_NAME_ZIPF = 5.5


def find_lower_addresses(text: str) -> list[tuple[int, int]]:
    """Where a lower-case address with its street word written apart stands (start, end)."""
    spans = []
    patterns = (_EN_ORDER, _NAME_FIRST, _PREFIX_FIRST) + ((_HOUSE_FLAT_LOWER, _BALTIC_SPOKEN) if text.islower() else ())
    for pattern in patterns:
        for m in pattern.finditer(text):
            if pattern is _HOUSE_FLAT_LOWER and m.group("name") in _CLOCK:
                continue
            words = m.group("name").split()
            if m.group("name") != "the" and max(zipf_anywhere(w) for w in words) >= _NAME_ZIPF:
                continue
            if pattern is _EN_ORDER:
                before = text[max(0, m.start() - 100):m.start()]
                boundary = _SENTENCE_START.search(before)
                if not _CUE.search(before[boundary.end():] if boundary else before):
                    continue
            end = m.end()
            if pattern is _EN_ORDER and (flat := _SPOKEN_FLAT.match(text, end)):
                end = flat.end()  # ("post should go to 12 rose st apt 2 from now on"; privacy54)
            town = _LOWER_TOWN_AFTER.match(text, end) or _TOWN_POSTCODE_AFTER.match(text, end)
            spans.append((m.start(), town.end() if town else end))
    return spans


def spoken_address(text: str, start: int, end: int) -> tuple[int, int]:
    """An address found in a message typed all in lower case, with the flat written out before or after it and the
    town after it (see ``_SPOKEN_FLAT``); the span unchanged in any other message."""
    if not text.islower():
        return start, end
    if flat := _SPOKEN_FLAT_BEFORE.search(text, max(0, start - 24), start):
        start = flat.start()
    flat = _SPOKEN_FLAT.match(text, end)
    if flat:
        end = flat.end()
    town = _SPOKEN_TOWN.match(text, end)
    # (a town only after a flat, its own or a staircase's, or with a postcode: not "lindenstr. 22 glaub ich")
    postcode = town is not None and (town.start("town") - end > 1 or town.end() > town.end("town"))
    # (privacy29: a town of four letters or more also right after the house number, "birkenweg 12 rendsburg", when no
    # ordinary word's form: "lindenstraße 8 aufgegriffen" is a verb's)
    if town and (flat or _STAIRCASE_FLAT.search(text, start, end) or postcode or len(town.group("town")) > 3 and
                 not _inflected_word(text, town.group("town"))) and \
            _a_town(text, town.group("town"), town.start("town") - end > 1):
        end = town.end()
    return start, end


def _inflected_word(text: str, word: str) -> bool:
    """A form of an ordinary word in the message's language, whose dictionary lemma differs ("aufgegriffen" ->
    "aufgreifen"; a town's lemma is the town, capitalised: "rendsburg" -> "Rendsburg")."""
    lemma = dictionary_lemma(word, written_in(text))
    return lemma is not None and lemma[:1].islower() and lemma != word


def _a_town(text: str, word: str, after_postcode: bool) -> bool:
    """A lower-case word after a dictated address is its town: a place's name, or no first name, none of the commonest
    words of any language (nor an Estonian word), rarer than ``_SPOKEN_TOWN_ZIPF`` everywhere, no word of dictation
    and no phone's word ("lgh 1102 mobil 073 ..."; privacy37); two letters only after a postcode ("91100 ii")."""
    first, _, place, _ = classify(word)
    if len(word) < 3 and not after_postcode:
        return False
    return place or not (first or word in _DICTATED or word in common_words() or dictionary_word_here(text, word) or
                         zipf_anywhere(word) >= _SPOKEN_TOWN_ZIPF or PHONE_WORDS.fullmatch(word))
