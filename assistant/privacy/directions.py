"""A home given as directions: the house, a landmark beside it and the street it stands on (privacy49).

"in [the yellow house behind the school on Church Lane]", "asuu siinä [punaisessa rivitalossa kaupan takana
Koulukadulla]", "bor i [det gröna huset bakom ICA på Hagalundsvägen]", "elab [kollases majas Rimi taga Jaama tänaval]",
"dzīvo [zaļajā mājā aiz Maxima pie Dzirnavu ceļa]", "mieszka w [żółtym domu za Biedronką przy ulicy Leśnej]", "wohnt
im [grünen Haus hinter dem Aldi an der Mühlenstraße]", "живе у [синьому будинку за АТБ на вулиці Лісовій]". The sets'
convention (h22, h26, h29): one span from the house, with its article, adjective and case, to the street; the
preposition before it and a demonstrative ("siinä", "that") stay outside. A street alone without its number is found
by ``home_streets.py``; this takes the house and its landmark in with it, in the twelve languages.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ADDRESS, LIKELY, Finding
from assistant.privacy.letters import CAP, UP, WORD
from assistant.privacy.streets import street_word_pattern

# A dwelling's word in its cases: a house, a bungalow, a cottage, a caravan; the Finnish compounds end in "talo".
_HOUSE = (r"(?:house|bungalow|cottage|caravan|[a-zäö]*talo(?:ssa|on|a)?|huset|hus|stugan|villan|majas|majja|maja|mājā|"
          r"mājas|name|namo|domu|domku|dom|Haus|Häuschen|будинку|будинок|хаті|доме|домике|доми)")
# A landmark: a preposition of place and up to three words, or up to three words and a postposition.
_BESIDE = (r"(?:behind|next\sto|opposite|near|beside|across\sfrom|bakom|bredvid|mittemot|bak|bag|ved\ssiden\sa[fv]|"
           r"overfor|hinter|neben|gegenüber|aiz|blakus|pie|už|prie|šalia|priešais|za|obok|naprzeciwko|за|біля|"
           r"навпроти|поряд\sз|возле|около|напротив|рядом\sс)")
_AFTER = r"(?:takana|vieressä|edessä|lähellä|vastapäätä|taga|kõrval|vastas|juures|ees)"
_LANDMARK_WORD = r"[^\W\d][\w'’.-]*"
_LANDMARK = rf"(?:{_BESIDE}(?:\s{_LANDMARK_WORD}){{1,3}}?|(?:{_LANDMARK_WORD}\s){{1,3}}?{_AFTER})"
# The street the house stands on, after its own preposition or in a locative case: a Finnish street word in any case
# ("Koulukadulla"), a street of its own suffix ("Hagalundsvägen", "Mühlenstraße"), a name and its street word ("Marsh
# Lane", "Dzirnavu ceļa", "Jaama tänaval", "Sodų gatvėje") or the street word first ("ulicy Leśnej", "вулиці Лісовій").
_ON = r"(?:on|på|ved|vid|an\sder|am|in\sder|pie|prie|przy|na|на|at)"
_STREET = (rf"(?:{UP}{WORD}*(?:katu|kadu|tie|kuja|polu|raiti|kaare|rintee|mäe|penkere|tanhua){WORD}*"
           rf"|{UP}{WORD}*(?:gatan|vägen|stigen|gränd|veien|vegen|gata|gate|gaten|vej|vejen|gade|straße|strasse|gasse|"
           rf"weg|allee|platz)"
           rf"|(?:{CAP}\s){{1,2}}{street_word_pattern()}"
           rf"|(?:ulicy|ulica|ulice|вулиці|вулиця|улице|улица)\s{CAP})")
_ARTICLE = r"(?:the|det|den|a|an)"
# An adjective before the house, in lower case ("yellow", "punaisessa", "żółtym"; not "in", "i", "w").
_ADJECTIVE = rf"[^\W\d_A-ZÅÄÖÜÕŠŽČĒĪĀŪĶĻŅĢŁŚŻŹĆŃÓØÆĄĘĖĮŲА-ЯЁІЇЄҐ]{WORD}{{2,}}"
_DIRECTIONS = re.compile(
    rf"(?<![\w-])(?:{_ARTICLE}\s)?(?:{_ADJECTIVE}\s)?{_HOUSE}\s{_LANDMARK}\s"
    rf"(?:{_ON}\s)?{_STREET}(?![\w-]|\s?\d)")


def find_directions(text: str) -> list[Finding]:
    """Homes given as a house beside a landmark on a street (see the module's docstring)."""
    return [Finding(ADDRESS, m.start(), m.end(), m.group(), LIKELY) for m in _DIRECTIONS.finditer(text)]
