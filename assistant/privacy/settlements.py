"""A village or settlement heading a rural address, inside its span (privacy48; the sets' convention since round 47).

Two shapes, in every language. A village with its word, in any case, before the street or farm ("Kuivaniemen kylässä,
Pahkalantie 71", "Nursi küla, Männiku talu, …", "Pakalnių k., Beržų g. 7, …", "Kirkton of Glenisla, 3 Mill
Cottages, …"). And a settlement's bare name after a living or moving word or in a table's cell, before an address
that ends in a postcode and another town ("bor i Sörbyn, Sörbyvägen 8, 962 99 Jokkmokk", "wohnt in Kleinwaldau,
Dorfstraße 9, …, 07952 Pausa-Mühltroff", "| Rantakylä, Kuusiniementie 118, 58900 Rantasalmi"): a name rare in
running text, as a village's is; a town's or a district's is common and stays outside ("bor i Ekenäs,
[Drottninggatan 5 B 9, 10600 Raseborg]", "bor i Rosengård, [Ramels väg …, Malmö]"), and so does a place that is the
postcode's town itself ("Bor i Ytterby, [Strandvägen 5, 442 50 Ytterby]").
"""

from __future__ import annotations

import re

from assistant.privacy.gazetteer import classify, zipf_anywhere
from assistant.privacy.institution_addresses import names_an_authority
from assistant.privacy.letters import CAP
from assistant.privacy.streets import apartment_word_pattern
from assistant.privacy.towns import IN_A_TOWN, PLACE_PREFIXES, POSTCODE, UK_POSTCODE

_PLACE = rf"(?:(?:{PLACE_PREFIXES})\s)?{CAP}(?:\s(?:of\s)?{CAP})?"
# The village words of the region in their cases, and their abbreviations.
_VILLAGE_WORD = (r"(?:kylä|kylässä|kylästä|kylään|kylän|kylällä|küla|külas|külast|külla|k\.|kaimas|kaime|kaimo|ciems|"
                 r"ciemā|ciemats|wieś|wsi|village)")
_VILLAGE = re.compile(rf"(?<![\w.-]){CAP}\s{_VILLAGE_WORD},\s$")
# Where a settlement's bare name may stand: in a table's cell, or after a living or moving word and its preposition
# (not at a line's start or after a colon, where a person or an office heads its address: "Amira Haddad-Lindgren,
# Storgatan 41 …", "Barnevernvakten, Storgata 36, …").
# (privacy49: more living and moving words, and a "now" or "still" between: "bor nu Hvidbjerg, Skovvej 4, …", "dzīvo
# Kalnciems, "Ozolkalni", …", "flyttet til Grua, …"; not the Estonian, Finnish, Russian or Ukrainian words, whose place
# after them is in a case that says where, "elab Soomes, …", "kolis Lasnamäele, …", "живёт в Нарве, …")
_LIVING = (r"bor|bur|bo|wohnt|wohnen|lebt|leben|lives|live|living|moved|moving|asuu|asuvat|mieszka|mieszkają|dzīvo|"
           r"gyvena|flyttet|flyttat|flyttade|flyttede|zog|gezogen")
_NOW = r"(?:nu|nå|now|still|kvar|nyt|vielä|joprojām|dabar|teraz|jetzt|noch)"
_TO = r"(?:(?:out\s)?(?:i|på|in|at|to|w|til|till|nach))"
# (privacy52: also after an address's word, a colon or an opening bracket, and a farm after the German "auf dem":
# "osoitteessa Ylitalo, Kivijärventie 408, …", "Mormor: Skovbakkegård, Skovbakkevej 12, …", "(Mäkitalo, Rantakyläntie
# 212, 88900 Kuhmo)", "auf dem Birkenhof, Oberdorf 12, …"; the place still a rare word and no name, the address rural)
_ADDRESS_WORD = r"osoite|osoitteessa|osoitteeseen|address|adress|adresse|adres|adresas|adrese|aadress|адрес|адреса"
_SETTLEMENT = re.compile(
    rf"(?:[|\t(][ \t]*|:[ \t]|(?<!\w)(?:(?:{_LIVING})\s(?:{_NOW}\s)?(?:{_TO}\s)?|(?i:{_ADDRESS_WORD}):?\s|"
    rf"auf\s(?:dem|der)\s))(?P<place>{_PLACE}),\s$")
_FARM_HEAD = re.compile(rf"[(:]|(?i:{_ADDRESS_WORD})|auf\s")
# A flat's, a staircase's or a house letter's mark in an address: a town's home, no farm's ("Pajukatu 7 as. 4", "12 B 3").
_FLAT = re.compile(rf"\d\s?[A-Ha-h]\s?\d|\d\s?[-/]\s?\d|(?<!\w)(?i:{apartment_word_pattern()})\s?\d")
_POSTCODE = re.compile(rf"(?<![\w-]){POSTCODE}(?!\w)|(?<!\w){UK_POSTCODE}(?!\w)")
_VILLAGE_ZIPF = 3.0  # (a village's name is rarer than this; "Ekenäs" 3.05, "Rosengård" 3.88, "Wien" 5.19)
_FARM_ZIPF = 3.5  # (a farm named like its family is as common as a surname: "Mäkitalo" 3.09, "Ylitalo" 3.02)


def settlement_start(text: str, start: int, end: int) -> int:
    """The start of the address ``text[start:end]`` with the village or settlement heading it, if one does."""
    window = max(0, start - 50)
    village = _VILLAGE.search(text, window, start)
    if village:
        return village.start()
    settlement = _SETTLEMENT.search(text, window, start)
    if settlement and _is_village(settlement.group("place"), text[start:end], _FARM_HEAD.match(settlement.group())):
        return settlement.start("place")
    return start


def _is_village(place: str, address: str, farm_head: bool) -> bool:
    """A settlement's name before an address with a postcode and another town: rare in running text, no person's
    name, and not a town in a case that says where ("asuu Utsjoella, [Kaamasentie 1021, …]"). Where a farm may head
    the address (``_FARM_HEAD``), one word that is a surname is a farm's name too when the address has no flat
    ("osoitteessa [Ylitalo, Kivijärventie 408, …]", "([Mäkitalo, Rantakyläntie 212, …])")."""
    words = re.findall(CAP, place)
    own_town = re.compile(rf"(?<!\w){re.escape(words[-1])}(?!\w)")  # ("Ytterby, …, 442 50 Ytterby"; not "Sörbyvägen")
    if farm_head and (names_an_authority(place) or _family_in_plural(words[-1])):
        return False  # "Lähettäjä: Perheneuvola, Kaupintie 11, …", "Familjehem: Nordins, Lärkvägen 12, …"
    farm = farm_head and len(words) == 1 and not _FLAT.search(address)
    return (_POSTCODE.search(address) is not None and not own_town.search(address) and
            not words[-1].endswith(IN_A_TOWN) and
            not any(classify(word)[0] or (classify(word)[1] and not farm) for word in words) and
            min(zipf_anywhere(word.lower()) for word in words) < (_FARM_ZIPF if farm else _VILLAGE_ZIPF))


def _family_in_plural(word: str) -> bool:
    """A surname with the plural or genitive s, a family ("Nordins")."""
    return word.endswith("s") and classify(word[:-1])[1]
