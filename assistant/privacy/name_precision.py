"""Words the name rules take that name no one: holidays, group and team names, streets named after people.

Read from ``heldout-people-8``'s false names (privacy9), each a general kind of look-alike rather than a word:

- **holidays**, some named after a person: "Vappuna ja Juhannuksena kerho on kiinni", "Lucia firas 13/12",
  "Påsk, Valborg och Nationaldagen", "Mortens aften og Sankt Hans", "Kristi himmelfartsdag";
- **the names of groups, teams and wings**, which kindergartens and homes take from animals, trees and virtues:
  "Kask ja Mänd on rühmade nimed", "Sowa i Wróbel to nazwy grup", "Ulv og Bjørn er gruppene", "Любов і Віра –
  назви груп", "Rose Court and Heather House are the two wings";
- **storms** (privacy19): "myrsky Aila katkaisi sähköt", "Stormen Hans drog in", "Storm Bert and Storm Conall";
- **faith, hope and love** (privacy20), the Ukrainian and Russian names that are the virtues' words, where another of
  the three stands in the sentence: "Надія і Любов — це почуття", "Віра і надія тримають", "Вера, Надежда, Любовь";
- **a street named after a person**, after its street word and without a house number ("Вулиця Лесі Українки"),
  and a street word itself ("H.C. Andersens Boulevard").
"""

from __future__ import annotations

import re

from assistant.privacy.gazetteer import classify
from assistant.privacy.name_cues import ROLE, SURNAME_SHAPE
from assistant.privacy.name_tokens import Token
from assistant.privacy.streets import is_street_word, street_word_pattern
from assistant.privacy.voikko import finnish_readings
from assistant.text.origins import is_country_name

# Holidays that are also first names, or that the name rules take for one (base forms, lower case).
_HOLIDAYS = frozenset("""
vappu vapun lucia valborg juhannus jaani jaanipäev kadripäev mardipäev jāņi joninės kūčios wigilia pfingsten
grundlovsdag nationaldagen midsommar midsommarafton påsk påske jul julafton nyår masleni масленица великдень
pääsiäinen joulu ostern weihnachten easter christmas
""".split())
# The day or the eve after a name that makes a holiday of it ("Mortens aften", "Kristi himmelfartsdag").
_FEAST_DAY = re.compile(r"^\s+(?:aften|afton|aftenen|dag|dagen|himmelfart\w*|himmelsfärd\w*|eve|päivä\w*|päev\w*|"
                        r"diena|dienā|tag|abend|nacht|natt|yö)(?!\w)", re.IGNORECASE)
# One word that is a holiday by its ending ("Nationaldagen", "Jaanipäev", "Grundlovsdag", "Vatertag").
_HOLIDAY_SHAPE = re.compile(r"^\w{4,}(?:dagen|dag|päivä\w*|päev\w*|diena|tag)$", re.IGNORECASE)
_SAINT_BEFORE = re.compile(r"(?<!\w)(?:sankt|sankta|saint|st\.|pyhä|svētā|šventoji|święty|святого|святий)\s+$",
                           re.IGNORECASE)
# Words of a feast in the same sentence: celebrated, closed, open on a day.
_FEAST_CONTEXT = re.compile(
    r"(?<!\w)(?:fira\w*|juhli\w*|juhla\w*|celebrat\w*|feier\w*|fejre\w*|feire\w*|helg\w*|holiday\w*|ferie\w*|"
    r"kiinni|suljettu|avoinna|stängt|öppet|closed|lukket|åbent|stengt|åpent|geschlossen|geöffnet|suletud|avatud|"
    r"slēgts|uždaryta|zamknięte|зачинено|закрыто)(?!\w)", re.IGNORECASE)

# A holiday is a time: after the words for "on", "for", "before" a day ("kurs på Lucia", "Marabou till Lucia", "inför
# Lucia", "op til jul"; privacy31).
_WHEN_BEFORE = re.compile(r"(?<!\w)(?:på|till|inför|före|efter|til|før|on|for|before|after|am|zu|vor|nach|"
                          r"przed|na|перед|на|до)\s+$", re.IGNORECASE)

# (privacy22, a fix merged by the lead's decision: not the Polish "nazwisko", surname, before the name of a form,
# "Imię i nazwisko: Maja Nowak")
_GROUP_WORD = (r"(?:groups?|teams?|wings?|ryhm\w*|grupp\w*|gruppe\w*|grupas|grupės|grupių|grupe|grup\w*|rühm\w*|"
               r"nimed|nazw(?!isk)\w*|назв\w*|груп\w*|групп\w*|команд\w*|komand\w*|holdene|lagen|lagene|mannschaft\w*|"
               # shops and projects named with name-words ("Роза ветров и Мир детства — магазины"; privacy10)
               r"shops?|stores?|butik\w*|kaup\w*|магазин\w*|projekt\w*|project\w*|проект\w*|projekt\w*|"
               # rooms and homes named with name-words ("rum Ekorren", "huoneet ovat Aamu, Tuuli ja Ilma", "HVB Linden";
               # privacy17)
               r"rooms?|rummet|rum|huone\w*|rommet|zimmer|pokój|pokoj\w*|istaba\w*|kambar\w*|комнат\w*|кімнат\w*|"
               # (privacy51) halls and meeting rooms in the other languages ("ruum Helmi", "salė „Rūta“", "sala Zofia")
               # (a word of its own, not "казала", nor the Danish floor, "3. sal")
               r"(?<!\w)(?<!\d\.\s)(?:ruum\w*|saal\w*|sal(?:en|i|a|ė|ę|ą|e)?|zāl[eē]\w*|зал(?:а|і|е|у)?)|"
               r"hvb(?:-hem\w*)?)")
# "X and Y are (the two) groups", "X ja Y on rühmade nimed", "X i Y to nazwy grup", "X и Y – названия команд".
_GROUP_AFTER = re.compile(
    r"^(?:\s(?!(?:on|er|är|are|is|to|sind|ist|ir|yra|є|это)\s)[^\W\d_][\w'-]*)?"  # ("Роза ветров и Мир детства")
    r"(?:\s*(?:,|and|&|och|og|und|ja|sekä|i|ir|un|и|і|та)\s+[^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*)?)*"
    r"\s*(?:[–—:-]|\s(?:on|er|är|are|is|to|sind|ist|ir|yra|є|это|были|were|olivat|ovat|heter|heißen|hedder|sauc|"
    r"vadinasi|называются|називаються|nazywają\s+się|nimetään))\s+"
    # (up to two words before the group word, "bērnudārza grupu", "darželio grupės", but no preposition: "Aino
    # Virtanen is in the group" is a child; privacy10)
    r"(?:(?!(?:in|i|im|w|в|у|på|at|with|med|mit|su|ar|з|с)\s)[^\W\d_]+\s+){0,2}" + _GROUP_WORD + r"(?!\w)",
    re.IGNORECASE)
# A group word joined by a hyphen, after a list ("Lumi- ja Tuuli-ryhmät", "Sowa-grupa"; privacy11).
_GROUP_HYPHEN = re.compile(r"^-?(?:\s*(?:,|ja|och|og|und|and|i|ir|un|и|і|та)\s+[^\W\d_]+)*-" + _GROUP_WORD + r"(?!\w)",
                           re.IGNORECASE)
_GROUP_BEFORE = re.compile(_GROUP_WORD + r"\s*(?:[:–—-]|\s(?:are|er|är|on|ovat|olivat|sind|ir|to))?\s*[\"„“«']?$",
                           re.IGNORECASE)

_STREET_BEFORE = re.compile(r"(?<!\w)(?:вулиц\w*|вул\.|улиц\w*|ул\.|ulica|ulicy|ul\.|проспект\w*|пр-т|площ\w*|"
                            r"aleja|aleje|al\.|бульвар\w*)\s*$", re.IGNORECASE)



def holidays_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop holidays and the names in them."""
    for (start, end) in list(spans):
        word = text[start:end]
        lower = word.lower()
        sentence = text[max(0, start - 80):end + 80]
        holiday = lower in _HOLIDAYS or any(lower.endswith(e) and lower[:-len(e)] in _HOLIDAYS
                                            for e in ("na", "nä", "n", "lla", "llä", "sta", "en", "s"))
        if (_HOLIDAY_SHAPE.match(word) and " " not in word) or _FEAST_DAY.match(text[end:]) or \
                _SAINT_BEFORE.search(text[max(0, start - 8):start]) or (holiday and (
                    _FEAST_CONTEXT.search(sentence) or _WHEN_BEFORE.search(text[max(0, start - 12):start]) or
                    sum(w.lower().rstrip("s") in _HOLIDAYS for w in re.findall(r"\w+", sentence)) > 1)):
            del spans[(start, end)]


def groups_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop the names of groups, teams and wings, listed as such."""
    for (start, end) in list(spans):
        if (start, end) in spans and (_GROUP_AFTER.match(text[end:end + 80]) or _GROUP_HYPHEN.match(text[end:end + 60]) or
                                      _GROUP_BEFORE.search(text[max(0, start - 30):start])):
            for key in [k for k in spans if start <= k[0] and k[1] <= end]:
                del spans[key]  # and its parts ("Heather" of "Heather House")
            if _GROUP_BEFORE.search(text[max(0, start - 30):start]):
                _listed_after_out(text, end, spans)  # "huoneet ovat Lumi, Tuuli ja Sade" (privacy17)


def _listed_after_out(text: str, end: int, spans: dict[tuple[int, int], float]) -> None:
    """Drop the names listed after a group's first name, joined by commas and "and"."""
    while nxt := next(((c, d) for (c, d) in sorted(spans) if c >= end and re.fullmatch(_AND, text[end:c])), None):
        del spans[nxt]
        end = nxt[1]


def _listed_before_out(text: str, start: int, spans: dict[tuple[int, int], float]) -> None:
    """Drop the names listed before a name, joined by commas and "and" (``_listed_after_out``'s other way)."""
    while prev := next(((a, b) for (a, b) in sorted(spans, reverse=True) if b <= start and re.fullmatch(_AND, text[b:start])),
                       None):
        del spans[prev]
        start = prev[0]


_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,4}[A-Za-z]?[ \t]$")
_HOUSE_NUMBER_AFTER = re.compile(r"^[ \t]\d{1,4}(?!\d)")
# A street's own name: its street word and a house number after it ("Birutės g. 1", "Santariškių g. 2"), a street word
# as its first word ("Aleje Jerozolimskie"), or a house number after it right behind an address word ("aadress L.
# Puusepa 8"; privacy16).
_STREET_WORD_AFTER = re.compile(rf"^\s+{street_word_pattern()}\s?\d", re.IGNORECASE)
_STREET_FIRST = re.compile(r"^(?:aleje|aleja|ulica|вулиця|улица|проспект)(?:\s|$)", re.IGNORECASE)
# (privacy49: an English street without a number before its district or town, "Barnardo's, Tanners Lane, Barkingside")
_EN_STREET_BEFORE_PLACE = re.compile(r"^ (?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Grove|Gardens),\s[A-Z]")
_ADDRESS_WORD_BEFORE = re.compile(r"(?<!\w)(?:aadress\w*|adres\w*|address\w*|osoite\w*|osoittee\w*|adrese\w*|"
                                  r"adress\w*|anschrift|адрес\w*)\s*:?\s*(?:[A-ZÅÄÖÜÕŠŽ]\.\s?)?$", re.IGNORECASE)


def streets_out(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Drop a name after a street word (a street named after a person) and a street word itself."""
    for (start, end) in list(spans):
        words = text[start:end].split()
        if _STREET_BEFORE.search(text[max(0, start - 12):start]) or is_street_word(text[start:end]) or (
                len(words) > 1 and is_street_word(words[-1]) and (_HOUSE_NUMBER_BEFORE.search(text[max(0, start - 8):start])
                                                                  or _HOUSE_NUMBER_AFTER.match(text[end:end + 6]))) or (
                _STREET_WORD_AFTER.match(text[end:end + 20]) or _EN_STREET_BEFORE_PLACE.match(text[end:end + 14]) or
                _STREET_FIRST.match(text[start:end]) or (
                _ADDRESS_WORD_BEFORE.search(text[max(0, start - 16):start]) and _HOUSE_NUMBER_AFTER.match(text[end:end + 6]))):
            del spans[(start, end)]  # ("1 Victoria Square", "Karl Johans gate 5": a street; privacy11)


# A month's name or abbreviation next to a day's number or a year ("12 Jan", "Jan 12", "June 2026"; privacy10).
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec june april may mai juni juli august".split())
_DAY_BEFORE = re.compile(r"\d{1,2}\.?[ \t]+$")
_DAY_AFTER = re.compile(r"^\.?[ \t]+\d{1,4}(?!\w)")


def months_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a month written beside a date's number."""
    for (start, end) in list(spans):
        if text[start:end].lower() in MONTHS and (_DAY_BEFORE.search(text[max(0, start - 6):start]) or
                                                  _DAY_AFTER.match(text[end:end + 8])):
            del spans[(start, end)]


# A building or a service named with a name-word: "Grace Church", "Holly Lodge", "Parkside Family Centre" (privacy10).
_INSTITUTION = (r"(?:church|chapel|lodge|centre|center|hall|house|court|clinic|surgery|museum|library|"
                r"foundation|stiftelse|stiftelsen|stiftung|säätiö|fond|fonden|"
                # a care home by its own name in the genitive ("Koivulan perhekotiin"; privacy17)
                r"perhekoti\w*|perhekodi\w*|lastenkoti\w*|lastenkodi\w*|nuorisokoti\w*|nuorisokodi\w*|koulukoti\w*|koulukodi\w*|"
                # (privacy51) a children's home and a municipality in the other languages ("Tallinna Lastekodu",
                # "Bergen kommune", "Stadt Essen")
                r"lastekodu\w*|barnehjem\w*|barnhem\w*|børnehjem\w*|kinderheim\w*|kommune\w*|kommun(?:en|s)?|"
                r"kaupun\w*|kunta\w*|kunnan|novad\w*|savivaldyb\w*|gmin\w*|stadt|gemeinde\w*|council)")
# (privacy51) An office by its own compound first, the place after it ("Familjecentralen Gottsunda", "Perhekeskus
# Nokia", "Familienzentrum Nord").
_INSTITUTION_FIRST = re.compile(r"^[^\W\d_]+(?:centralen|centret|senteret|centeret|zentrum|keskus|lastekodu|"
                                r"barnehjemmet|barnhemmet)\s", re.IGNORECASE)
_INSTITUTION_LAST = re.compile(rf"\s(?i:{_INSTITUTION})$")
_INSTITUTION_NEXT = re.compile(rf"^\s+(?:(?:Family|Community|Children's|Youth|Health|Resource|Day)\s)?(?i:{_INSTITUTION})(?!\w)")
# A shop or a café by its owner's surname alone in the genitive ("Virtasen kaupan edessä"; not a person's whole name
# before it, "näin niilo hakulisen kaupan edessä"; privacy11).
_SHOP_NEXT = re.compile(r"^\s+(?:kaup(?:pa|an|assa|asta|aan|alla|alta|alle)|kioski\w*|apteek\w*|leipomo\w*|"
                        r"kahvila\w*|ravintola\w*|parturi\w*|pizzeria\w*|butik\w*|bageri\w*|konditori\w*)(?!\w)")
# A place after a preposition of place or direction: "i Bergen", "to Jordan", "nach Florenz" (privacy10).
_PLACE_PREPOSITIONS = "i|in|to|till|nach|från|fra|from|w|we|do|в|у|на|до|из|з"
_TO_A_PLACE = re.compile(rf"(?<!\w)(?:{_PLACE_PREPOSITIONS})\s+$", re.IGNORECASE)


# ... and a country, also after "the" ("from the Philippines", "to Sierra Leone", "in Chad"; issue 17's known false
# names): CLDR's names (Babel) in the asker languages, which the name lists and Voikko do not all hold as places.
# Not after "i", which is "and" in Polish ("Tosia i Kuba": a boy, not Cuba).
_TO_A_COUNTRY = re.compile(rf"(?<!\w)(?!i\s)(?:{_PLACE_PREPOSITIONS})\s+(?:the\s+)?$", re.IGNORECASE)


def _a_place_word(text: str, start: int, end: int) -> bool:
    """A listed place, or a surname that is no first name after a Latin-letter preposition of place: a town ("moved
    from Leeds to Bradford", "taken to Calais", "flyttade till Lund"; privacy33), as a person is seldom named there by
    the surname alone; not a genitive before its noun ("till Lindgrens kontor"), nor after a Cyrillic preposition,
    where a family is named so ("У Ковалів було тихо")."""
    word = text[start:end]
    first, surname, place, _ = classify(word)
    return place or (surname and not first and _TO_A_TOWN.search(text[max(0, start - 6):start]) is not None and
                     not _GENITIVE_BEFORE_NOUN.match(text, end - 1))


_TO_A_TOWN = re.compile(r"(?<!\w)(?:in|to|till|nach|från|fra|from)\s+$", re.IGNORECASE)
# (privacy51) A town after its postcode, where an office's address around it is no finding ("Postboks 7700, 5020 Bergen")
_POSTCODE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}-)?\d{4,5}[ \t]$")
_GENITIVE_BEFORE_NOUN = re.compile(r"s\s+[a-zåäöæø]")


def institutions_and_places_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a building or a service named with a name-word, and a place or a country after a preposition of place."""
    for (start, end) in list(spans):
        if (start, end) not in spans:
            continue  # a word of a country dropped before it
        word = text[start:end]
        if _INSTITUTION_LAST.search(word) or _INSTITUTION_NEXT.match(text[end:end + 40]) or \
                _INSTITUTION_FIRST.match(word) or _POSTCODE_BEFORE.search(text[max(0, start - 10):start]) or (
                " " not in word and word[:1].isupper() and _SHOP_NEXT.match(text[end:end + 20])) or (
                " " not in word and _a_place_word(text, start, end) and _TO_A_PLACE.search(text[max(0, start - 6):start])):
            del spans[(start, end)]
        elif is_country_name(word) and _TO_A_COUNTRY.search(text[max(0, start - 10):start]):
            for key in [k for k in spans if start <= k[0] and k[1] <= end]:
                del spans[key]  # and its words ("Sierra", "Leone")


# Shop chains and brands of the region that name lists hold as first names or surnames ("Kalev", "Laima", "Rimi",
# "Maxima", "Rema"), and the names listed with them; taken for no one in a sentence about opening hours ("Kalev ja
# Selver on avatud 9-21", "Biedronka i Żabka otwarte"; not "Laima ir Rimi atėjo", two girls; privacy11).
_CHAINS = frozenset("""
aldi lidl netto rimi maxima iki norfa selver prisma kalev laima żabka zabka biedronka lewiatan stokrotka rema kiwi
coop ica willys hemköp konsum føtex bilka meny spar alepa sale lidl tokmanni stockmann fazer marimekko alko
systembolaget apoteket vinmonopolet ikea jysk clas elgiganten elkjøp gigantti verkkokauppa tesco sainsbury's
asda morrisons waitrose boots primark aldi edeka rewe kaufland penny dm rossmann ашан auchan carrefour сільпо атб
пятёрочка магнит вкусвилл перекрёсток lego kumu tivoli maxi
""".split())
_OPENING = re.compile(
    r"(?<!\w)(?:open\w*|closed?|closes|hours|öppe\w*|stäng\w*|åbe\w*|lukke\w*|åpe\w*|steng\w*|avatud|suletud|"
    r"avoinna|auki|aukeaa|kiinni|suljettu|strādā|slēgt\w*|atvērt\w*|dirba|uždaryt\w*|atidaryt\w*|otwar\w*|zamknię\w*|"
    r"öffne\w*|geöffnet|geschlossen|schließ\w*|работа\w*|закрыт\w*|открыт\w*|працю\w*|зачинен\w*|відчинен\w*)(?!\w)",
    re.IGNORECASE)
_AND = r"\s*(?:,|&|and|och|og|und|ja|i|ir|un|и|і|та)\s+"
# Brands of goods and cars that name lists hold as first names ("Freia", "Nivea", "Mercedes"), taken for no one when
# listed with other brands ("Nivea, Haribo und Porsche", "Żabka i Biedronka") and one of them names no person
# (privacy17: two girls "Laima ir Rimi" stay names).
_BRANDS = _CHAINS | frozenset("""
volvo saab tesla jaguar mercedes porsche bmw audi toyota škoda skoda opel ford volkswagen renault peugeot fiat kia
hyundai nissan honda haribo nivea marabou freia kvikk tine cloetta panda valio arla ariel colgate nokia ericsson
spotify samsung apple sony adidas nike puma reebok dior chanel gucci prada zara h&m mcdonald's burger hesburger
coca-cola pepsi fanta
""".split())
_CAP_ITEM = r"[A-ZÅÄÖØÆÜŽŠĄĆĘŁŃÓŚŹŻ][\w'&-]+(?:\s[A-ZÅÄÖØÆÜŽŠĄĆĘŁŃÓŚŹŻ][\w'-]+)?"
_BRAND_LIST = re.compile(rf"(?<!\w){_CAP_ITEM}(?:(?:,\s|\s(?:and|och|og|und|ja|i|ir|un|и|і|та|&)\s){_CAP_ITEM})+")
_LIST_SEPARATOR = re.compile(r",\s|\s(?:and|och|og|und|ja|i|ir|un|и|і|та|&)\s")


def brand_lists_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop the names in a list of two or more brands one of which names no person."""
    for m in _BRAND_LIST.finditer(text):
        firsts = [item.split()[0] for item in _LIST_SEPARATOR.split(m.group())]
        brands = [w for w in firsts if w.lower() in _BRANDS]
        if len(brands) < 2 or all(classify(w)[0] for w in brands) or ROLE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        for key in [k for k in spans if m.start() <= k[0] and k[1] <= m.end()]:
            del spans[key]
        # and the brands' case forms elsewhere in the message ("stoiska Biedronki, a Żabka i Biedronka"; privacy18)
        stems = [brand.lower()[:-1] for brand in brands if len(brand) > 4]
        for key in [(a, b) for (a, b) in spans if any(
                text[a:b].lower().startswith(stem) and b - a - len(stem) <= 3 for stem in stems)]:
            del spans[key]


# A chain's shop as a landmark, its name or a case form of it after a preposition of place or before a postposition
# ("bak Rema", "utanför Maxi", "aiz Maxima", "už Maximos", "prie Maximos", "Rimi taga"; privacy25).
_BY_A_SHOP = re.compile(r"(?<!\w)(?:behind|near|opposite|outside|bak|bakom|bag|ved|vid|utanför|hinter|neben|aiz|pie|už|prie|"
                        r"prieš|przy|za|obok|naprzeciwko|за|біля|возле|около|напротив)\s+$", re.IGNORECASE)
_SHOP_AFTER = re.compile(r"\s+(?:taga|juures|ees|kõrval|vastas)(?!\w)")


def chains_as_places_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a name whose first word is a shop chain's, or a case form of it, used as a landmark (``_BY_A_SHOP``)."""
    for (a, b) in list(spans):
        word = text[a:b].split()[0].lower()
        if not (_BY_A_SHOP.search(text[max(0, a - 14):a]) or _SHOP_AFTER.match(text, a + len(word))):
            continue  # (the cheap test first)
        if word in _CHAINS or any(word.startswith(c[:-1]) and len(word) - len(c) <= 2 for c in _CHAINS if len(c) > 4):
            del spans[(a, b)]


def chains_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop the shop chains and brands in a sentence about opening hours, and the names listed with them."""
    # (a chain's name alone or with its kind, "Ica Maxi", "Rema 1000"; not a person's name, "Maxima Petrauskienė")
    chains = [(a, b) for (a, b) in spans if text[a:b].split()[0].lower() in _CHAINS and
              not any(classify(w)[1] or SURNAME_SHAPE.search(w) for w in text[a:b].split()[1:]) and
              not ROLE.search(text[max(0, a - 30):a])]  # ("māte Laima": a mother)
    sentence = lambda a: text[max(0, a - 80):a + 80]  # noqa: E731
    dropped = [(a, b) for (a, b) in chains if _OPENING.search(sentence(a))]
    for (a, b) in dropped:
        for key in [k for k in spans if a <= k[0] and k[1] <= b]:
            del spans[key]
        for (c, d) in list(spans):
            if re.fullmatch(_AND, text[d:a]) or re.fullmatch(_AND, text[b:c]) or text[b:c] == " ":
                del spans[(c, d)]  # "Kalev ja Selver": the chain's neighbour in the list; "Ica" "Maxi"


# A storm's word before its name ("myrsky Aila", "stormen Ivar", "Sturmtief Zoltan", "Storm Bert and Storm Conall",
# "шторм Ольга"; privacy19).
_STORM = (r"(?:myrsky\w*|storm|stormen|stormens|sturm|sturmtief|orkan\w*|orkaan\w*|tormi|torm|vētra\w*|audr\w*|"
          r"huragan\w*|hurricane|cyclone|typhoon|шторм\w*|бур[яию]|ураган\w*|циклон\w*)")
_STORM_BEFORE = re.compile(rf"(?<!\w){_STORM}\s+$", re.IGNORECASE)
_STORM_FIRST = re.compile(rf"^{_STORM}\s", re.IGNORECASE)


def storms_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a storm's name, and the names listed after it."""
    for (start, end) in sorted(spans):
        # (a storm's word as a name's first word before a first name: "Storm Bert"; not "Storm Rask-Nielsen", a person)
        if (start, end) in spans and (_STORM_BEFORE.search(text[max(0, start - 16):start]) or (
                _STORM_FIRST.match(text[start:end]) and not classify(text[start:end].split()[-1])[1])):
            del spans[(start, end)]
            _listed_after_out(text, end, spans)  # "myrskyt Aila ja Aapeli"


# The three virtues, in Ukrainian and Russian; a name is one only in the nominative ("доньці Надії" is a girl).
_VIRTUE = re.compile(r"(?<!\w)(?:вір(?:а|и|і|у|ою)|наді(?:я|ї|ю|єю)|любов(?:і|['’]ю)?|вер(?:а|ы|е|у|ой)|надежд(?:а|ы|е|у|ой)|"
                     r"любовь|любви|любовью)(?!\w)", re.IGNORECASE)
_VIRTUE_NAMES = frozenset("віра надія любов вера надежда любовь".split())
_SENTENCE = re.compile(r"[^.!?\n]+")


def virtues_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a name that is a virtue's word (``_VIRTUE_NAMES``) when another virtue, no part of a full name, stands in its
    sentence, unless the message names her with her surname too ("Віра Коваль ... а Віра каже, що втратила віру")."""
    full = {text[a:b].split()[0].lower() for (a, b) in spans if " " in text[a:b]}
    for sentence in _SENTENCE.finditer(text):
        virtues = [(m.start(), m.group().lower()[:3]) for m in _VIRTUE.finditer(text, sentence.start(), sentence.end())
                   if not any(a <= m.start() < b and " " in text[a:b] for (a, b) in spans)]  # (not "Віра Коваль")
        for (start, end) in [s for s in spans if sentence.start() <= s[0] < sentence.end()]:
            if text[start:end].lower() in _VIRTUE_NAMES - full and any(
                    at != start and stem != text[start:start + 3].lower() for at, stem in virtues):
                del spans[(start, end)]


# A name day: the names before its word, or after the Polish and East Slavic one, name no one ("Ainon nimipäivä",
# "Lucia och Alfreds namnsdag", "Annas vārda dienā", "Imieniny Marii i Józefa"; privacy22).
_NAME_DAY_AFTER = re.compile(r"^\s+(?:nimipäiv\w*|namnsdag\w*|navnedag\w*|namenstag\w*|vārda\s+dien\w*|vardadien\w*|"
                             r"name\s?days?|nimepäev\w*)(?!\w)", re.IGNORECASE)
_NAME_DAY_BEFORE = re.compile(r"(?<!\w)(?:imienin\w*|именин\w*|іменин\w*)\s+$", re.IGNORECASE)


def name_days_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop the names of a name day, and the names listed with them."""
    for (start, end) in sorted(spans):
        if (start, end) not in spans:
            continue
        if _NAME_DAY_BEFORE.search(text[max(0, start - 12):start]):
            del spans[(start, end)]
            _listed_after_out(text, end, spans)
        elif _NAME_DAY_AFTER.match(text[end:]):
            del spans[(start, end)]
            _listed_before_out(text, start, spans)


# An English floor ("2nd Floor", "Ground Floor Flat"; privacy22): "Floor" is a Dutch first name too.
_FLOOR = re.compile(r"(?<!\w)(?:\d{1,2}(?:st|nd|rd|th)|[Gg]round|[Ff]irst|[Ss]econd|[Tt]hird|[Tt]op|[Uu]pper|[Ll]ower)\s$")


# Wilma, the Finnish schools' messaging service, in a place's case or before its messages or an update, not the girl
# ("Wilmassa", "Wilman viestissä", "Wilma 4.12 päivityksen jälkeen"; privacy25).
_SCHOOL_SERVICE = re.compile(r"Wilma(?:ssa|sta|an|aan)(?!\w)|Wilma(?:n|-)?\s?(?:\d[\d.]*\s)?(?:viest|päivity)\w*")


def school_service_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop "Wilma" where it is the schools' messaging service (``_SCHOOL_SERVICE``)."""
    for (start, end) in list(spans):
        if _SCHOOL_SERVICE.match(text, start):
            del spans[(start, end)]


# A Swedish law named after a person: "Lex Sarah", "Lex Maria" (privacy25).
_LEX = re.compile(r"(?<!\w)Lex\s$")


def laws_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a name that is a law's, after "Lex" or with it ("en Lex Sarah-rapport")."""
    for (start, end) in list(spans):
        if text[start:end].startswith("Lex ") or _LEX.search(text[max(0, start - 4):start]) or (
                text[start:end] == "Lex" and re.match(r"\s[A-ZÅÄÖ]", text[end:end + 2])):
            del spans[(start, end)]


# Where a town is, and where one goes, in Finnish: the inessive and the illative ("Kemissä", "Bergenissä", "Lahteen";
# privacy34). Not the cases a person is named in as often ("Kemillä on", "Kemin äiti", "Kemistä puhuttiin").
_IN_OR_INTO = frozenset({"sisaolento", "sisatulento"})
_PERSONS = frozenset({"etunimi", "sukunimi"})


def finnish_places_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop one capitalised word that Voikko reads as a place in the inessive or the illative, and never as a first
    name or a surname."""
    for (start, end) in list(spans):
        word = text[start:end]
        if " " in word or not word[:1].isupper():
            continue
        readings = finnish_readings(word)
        places = [r for r in readings if r.get("CLASS") == "paikannimi"]
        if places and all(r.get("SIJAMUOTO") in _IN_OR_INTO for r in places) and not any(
                r.get("CLASS") in _PERSONS for r in readings):
            del spans[(start, end)]


def floors_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop "Floor" after an ordinal or a floor's word."""
    for (start, end) in list(spans):
        if text[start:end].split()[0] == "Floor" and _FLOOR.search(text[max(0, start - 8):start]):
            del spans[(start, end)]


def look_alikes_out(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Holidays, name days, storms, groups, streets, floors, months, buildings, places (Finnish ones in a case too) and
    shop chains out (see the module's docstring)."""
    months_out(text, spans)
    storms_out(text, spans)
    virtues_out(text, spans)
    chains_out(text, spans)
    chains_as_places_out(text, spans)
    brand_lists_out(text, spans)
    institutions_and_places_out(text, spans)
    holidays_out(text, spans)
    groups_out(text, spans)
    streets_out(text, tokens, spans)
    floors_out(text, spans)
    finnish_places_out(text, spans)
    laws_out(text, spans)
    school_service_out(text, spans)
    name_days_out(text, spans)
