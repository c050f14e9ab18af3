"""Rural addresses: a farm's or a homestead's name, its parish or townland and its county (privacy36).

A house in the country has no street and often no number: the Latvian homestead in quotation marks with its parish
and county ("mājās "Lejasrozes", Skrīveru pag., Aizkraukles nov., LV-5125", "“Lejasvītoli”, Sējas pagasts,
Saulkrastu novads"), the Lithuanian one with its village and district ("„Ąžuolynės“ sodyboje, Pakalnių k., Molėtų r.
sav."), and the Irish townlands before their county and Eircode ("Ballinroe Farm, Knockanure, Co. Kerry V31 X2K7").
The Latvian word for "at home" before the homestead's name is inside, as the sets label it since heldout-people-27
(its README: "mājas "Lejasozoli", …"); the sets before it left the word outside.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ADDRESS, LIKELY, Finding
from assistant.privacy.settlements import settlement_start

_LV = "a-zāēīūčšžģķļņ"
_QUOTED = r"[\"“„«][^\"“”„«»\n]{2,30}[\"”“»]"
_LATVIAN = re.compile(
    rf"(?:(?:mājās|mājas)\s)?{_QUOTED},\s[A-ZĀĒĪŪČŠŽĢĶĻŅ][{_LV}]+\s(?:pag\.|pagast[{_LV}]*),\s"
    rf"[A-ZĀĒĪŪČŠŽĢĶĻŅ][{_LV}]+\s(?:nov\.|novad[{_LV}]*)(?:,\s(?:LV-)?\d{{4}})?")
_LITHUANIAN = re.compile(
    rf"{_QUOTED}\s(?:sodyb|vienkiem)[a-ząčęėįšųūž]*,\s[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+\s(?:k\.|kaim[a-ząčęėįšųūž]*),\s"
    r"[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+\s(?:r\.\s)?sav\.")
# Up to three places of capitalised words (a house number before the first) before "Co." and the county, and the
# Eircode after it.
_PLACE = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}"
_IRISH = re.compile(rf"(?<![\w-])(?:\d{{1,4}}[A-Za-z]?\s)?{_PLACE},\s(?:{_PLACE},\s){{0,2}}Co\.\s[A-Z][a-z]+"
                    r"(?:\s[AC-FHKNPRTV-Y]\d[\dW]\s?[0-9AC-FHKNPRTV-Y]{4})?(?!\w)")


def find_rural_addresses(text: str) -> list[Finding]:
    """The rural addresses in ``text`` (see the module's docstring)."""
    return [Finding(ADDRESS, start, m.end(), text[start:m.end()], LIKELY)
            for pattern in (_LATVIAN, _LITHUANIAN, _IRISH) for m in pattern.finditer(text)
            for start in [settlement_start(text, m.start(), m.end())]]  # ("Kalnciems, "Ozolkalni", …"; privacy48)
