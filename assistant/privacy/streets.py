"""The words that make a street, in one list for the address rules and the name rules (privacy11).

Three lists had grown apart: the address pattern's separate street words (``places.py``), the street words that
are no name when a name rule takes them alone (``name_precision.py``: "H.C. Andersens Boulevard") and the street
words after a name with initials that make a street of it (``name_forms.py``: "H.C. Ørsteds Vej"). One list now,
``STREET_WORDS``, and the address pattern's abbreviations and inflected forms beside it.
"""

from __future__ import annotations

import re

from assistant.privacy.street_abbreviations import apart_pattern

# English street words ("Baker Street", "9 Heather Way"), and those that are everyday words more often than streets
# ("a nice view", "up the hill"): only the rules that already see an address take these (``capitals.py``,
# ``lower_addresses.py``).
ENGLISH_STREET_WORDS = frozenset(
    "street road avenue lane drive close way court place square terrace crescent gardens grove row boulevard mews walk"
    .split())
ENGLISH_EVERYDAY_STREET_WORDS = frozenset("parade rise view hill green".split())
# A street's word written apart from its own name ("Karl Johans gate", "Baker Street", "Brīvības iela",
# "вулиця Шевченка"), in lower case; the address pattern takes each with a small or a capital first letter.
STREET_WORDS = ENGLISH_STREET_WORDS | frozenset("""
gata gatan gate gaten vei veien väg vägen allé alle plads plass gade vej torv torg torget
straße strasse platz weg allee chaussee damm ufer gasse
iela gatvė prospektas prospekts bulvāris alėja dambis gatve šoseja tänav tee maantee puiestee
katu tie valtatie valtaväylä puistotie rantatie maantie
шоссе шосе улица вулиця проспект переулок провулок бульвар площадь площа набережная набережна
""".split())
# Their abbreviations and inflected forms, as regular-expression pieces ("Gedimino pr.", "ielā", "Pärnu mnt.").
# (privacy54: the abbreviations from one table per language, street_abbreviations.py: "Dronningens gt. 21")
STREET_FORMS = (r"ielā", r"ielas", r"ielu", r"gatvėje", apart_pattern(), r"tänav\w{0,2}", r"maantee\w{0,2}",
                r"dambī", r"пр-т",
                # (privacy16: the Lithuanian highway, Latvian street words in their cases, the Finnish village street)
                r"(?:(?<=ių\s)|(?<=ės\s)|(?<=os\s)|(?<=ų\s)|(?<=io\s)|(?<=aus\s))pl\.", r"plent\w{1,3}", r"damb(?:i|ja|im)",
                r"gatv[ēi]", r"prospekt[āu]", r"šosej[āu]",
                # (privacy21: more cases, "Liepų gatvę 8", "Kalda tänavale 9", "Aspazijas bulvārī 22")
                r"gatvę", r"tänava(?:le|lt|l)", r"bulvār(?:ī|a|u|im)",
                r"raiti(?:lla|lle|lta|n|ssa)", r"raitti",
                # (privacy34: the street words' other cases, "Gedimino prospekto 28-6", "Kalvarijų gatvės 134-18",
                # "Taikos prospekte 51", "Brīvības gatves 360-44", "Jelgavas ceļu 12", "Kaunase puiesteel 19-60",
                # "Оболонській набережній, 15")
                r"gatv(?:ės|ei|e|es|ē)", r"prospekt(?:o|ui|ą|u|e|a|ā)", r"alėj(?:os|oje|ą)", r"ceļ(?:š|a|u|ā)",
                r"laukum(?:s|a|ā|u)", r"puiestee(?:l|le|lt)", r"tee(?:l|le|lt)", r"набережн(?:ая|ой|ую|а|ій|у)")

# A flat's word in the twelve languages, before its number (privacy33: one table for the capitalised address pattern's
# flats, ``towns._FLAT``, and the dictated ones, ``lower_addresses._SPOKEN_FLAT``): "asunto 12", "lgh 1203", "Whg. 6",
# "dzīv. 17", "butas 8", "korter 4", "m. 3", "кв. 6", "квартира 21", "apt 4". Matched in any case, with or without a dot.
APARTMENT_WORDS = ("asunto", "as", "huoneisto", "lägenhet", "lgh", "leilighet", "leil", "lejlighed", "lejl", "wohnung",
                   "whg", "flat", "apartment", "apt", "korter", "krt", "dzīvoklis", "dzīvokli", "dzīv", "dz", "butas",
                   "bute", "mieszkanie", "m", "lok", "kv", "квартира", "кв", "корп",
                   # (privacy34: their other cases, "korterisse 7", "dzīvoklī 4", "butą 14", "квартире 12")
                   "asunnossa", "asuntoon", "huoneistossa", "huoneistoon", "lägenheten", "leiligheten", "lejligheden",
                   "korteris", "korterisse", "korterit", "korteri", "dzīvoklī", "dzīvoklim", "dzīvokļa", "butą", "buto",
                   "mieszkaniu", "mieszkania", "квартире", "квартиру", "квартиры", "квартирі",
                   # (privacy49: a unit where someone sleeps, "31 High Street, Unit 2, Luton")
                   "unit",
                   # (privacy50: the room where a family sleeps in a lodging, "Ekbacken 3, rum 12", "ul. Grochowskiej
                   # 207, pok. 14", "Kirchweg 14-16, Zimmer 7", "Solbakken 4, rom 21")
                   "rum", "room", "huone", "zimmer", "værelse", "vær", "rom", "pok", "pokój", "tuba", "istaba",
                   "kambarys", "kamb", "кімната", "кімн", "комната", "комн")


def apartment_word_pattern() -> str:
    """The alternatives of a flat's word with its optional dot, longest first, in any case ("Whg.", "asunto", "KV")."""
    return rf"(?i:{_alternatives(APARTMENT_WORDS)})\.?"


def street_word_pattern() -> str:
    """The alternatives of a separate street word for a regular expression, longest first, each word with a
    small or a capital first letter ("Gate", "gate")."""
    words = sorted(STREET_WORDS, key=len, reverse=True)
    alternatives = [f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in words]
    return "(?:" + "|".join([*alternatives, *STREET_FORMS]) + ")"


def is_street_word(word: str) -> bool:
    """A street's word itself ("Boulevard", "gate"), which names no one."""
    return word.lower() in STREET_WORDS


# A floor's, a staircase's or a building's word in the twelve languages, after the house number (privacy34: one table
# beside ``APARTMENT_WORDS``): with its numeral before it ("3. kerros", "II korrus", "trešajā stāvā", "2. OG", "4. etasje",
# "andra våningen") or its number or letter after it ("porras D", "trepikoda 2", "korpusas 2", "під'їзд 3", "этаж 4",
# "klatka II"). Words in any case; an abbreviation takes its dot, a whole word leaves a sentence's full stop outside.
FLOOR_WORDS = ("kerros", "kerroksessa", "kerrokseen", "porras", "portaassa", "rappu", "rapussa", "våning", "våningen",
               "trappor", "trappa", "uppgång", "uppgången", "floor", "korrus", "korrusel", "trepikoda", "trepikojas",
               "stāvs", "stāvā", "stāvu", "kāpņutelpa", "aukštas", "aukšte", "laiptinė", "korpusas", "piętro", "piętrze",
               "klatka", "stock", "etage", "aufgang", "sal", "opgang", "etasje", "oppgang", "поверх", "поверсі",
               "під'їзд", "підʼїзд", "корпус", "кімната", "этаж", "этаже", "подъезд", "строение", "комната",
               # (privacy49: the German house of a block, "Schillerstraße 5, Haus B, Whg. 12")
               "haus")
# (privacy49: the Lithuanian building and the Danish entrance shortened, "Taikos g. 131 k. 8", "Jægergårdsgade 102, opg.
# B, 3. tv.")
FLOOR_ABBREVIATIONS = ("krs", "vån", "tr", "etg", "эт", "корп", "кімн", "комн", "стр", "p", "k", "opg")
# A floor or a building alone, without a numeral ("alakerta", "piharakennus", "bottenvåningen", "parter", "Souterrain",
# "kld", "ög", "im erdgeschoss")
FLOORS_ALONE = ("alakerta", "alakerrassa", "yläkerta", "yläkerrassa", "piharakennus", "piharakennuksessa",
                "bottenvåningen", "bv", "ög", "nb", "källaren", "basement", "parter", "parterze", "erdgeschoss",
                "im erdgeschoss", "souterrain", "kld", "kælder", "kælderen", "underetasje", "sokkel", "sokkelen",
                "цоколь", "цокольный этаж", "цокольний поверх")
# The ordinal words before a floor's word ("andra våningen", "trešajā stāvā", "drugie piętro", "третьем этаже").
FLOOR_ORDINALS = ("ensimmäinen", "toinen", "kolmas", "neljäs", "första", "andra", "tredje", "fjärde", "femte", "first",
                  "second", "third", "fourth", "top", "ground", "esimene", "teine", "kolmas", "esimesel", "teisel",
                  "kolmandal", "pirmais", "otrais", "trešais", "pirmajā", "otrajā", "trešajā", "ceturtajā", "pirmas",
                  "antras", "trečias", "pirmame", "antrame", "trečiame", "pierwsze", "drugie", "trzecie", "pierwszym",
                  "drugim", "trzecim", "ersten", "zweiten", "dritten", "første", "anden", "andre", "fjerde", "перший",
                  "другий", "третій", "першому", "другому", "третьому", "первый", "второй", "третий", "первом", "втором",
                  "третьем")


# The German upper floor only after its ordinal's dot ("2. OG", "3. og"); alone, "og" is "and" in Danish and Norwegian.
UPPER_FLOOR = r"\.\s?(?:OG|og)(?!\w)"


def _alternatives(words: tuple[str, ...]) -> str:
    """The words as a regular expression's alternatives, longest first (then alphabetically, so the pattern is the same
    in every process), a space matching any space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def floor_word_pattern() -> str:
    """A floor's, a staircase's or a building's word (see ``FLOOR_WORDS``), an abbreviation with its dot, in any case."""
    return (rf"(?i:(?:{_alternatives(FLOOR_WORDS)})(?![\w'ʼ])|(?:{_alternatives(FLOOR_ABBREVIATIONS)})"
            r"(?:\.|(?![\w'ʼ])))")


def floor_pattern() -> str:
    """A floor, a staircase or a building after a house number, as a regular expression (see ``FLOOR_WORDS``)."""
    word = floor_word_pattern()
    numeral = rf"(?:\d{{1,2}}\.?|[IVX]{{1,4}}\.?|(?:{_alternatives(FLOOR_ORDINALS)})(?!\w))"
    after = r"(?:\d{1,4}|[A-ZА-ЯЁІЇЄҐ]|[IVX]{1,4})(?![\w/-]|[.,]\d)"  # (privacy49: a Cyrillic letter, "корп. Б")
    alone = rf"(?:{_alternatives(FLOORS_ALONE)})(?!\w)"
    side = r"(?:\s(?:rechts|links|re\.|li\.))?"
    return rf"(?i:(?:{numeral}\s?{word}|\d{{1,2}}{UPPER_FLOOR}){side}|{word}\s?{after}|{alone})"
