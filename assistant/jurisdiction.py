"""The third refusal signal: a question about another country's system that no source found mentions.

The knowledge base is about Finland (and the international law that binds it). "When must the
social welfare board in Sweden open an investigation?" is as close to the Finnish child-welfare
passages as a Finnish question (0.65 on the dev set), every word of it is in the knowledge base, and
a quoted answer would give Finnish law as if it were Swedish. What gives it away is the place: the
question asks about Sweden and none of the passages found says a word about Sweden.

A country counts as the question's *place* when the question asks what holds there, not when it is
a child's origin or a language: "in Sweden", "Sweden's", "the Swedish Penal Code", "i Sverige",
"Sveriges", "Ruotsissa", "Ruotsin laki" count; "from Estonia", "från Estland", "Virosta" (origin),
"in Swedish", "på svenska", "ruotsiksi", "ruotsin kielellä" (language) and "a Swedish child"
(nationality) do not. A question that also names Finland is left alone (it compares, or the other
country is where a child came from or went). The countries are the Nordic and Baltic Sea states and
a few others users compare with; a country outside the list is never a reason to refuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    key: str
    names: dict[str, str]  # name per language for the refusal sentence (Finnish in the partitive: "Ruotsia")
    nouns: dict[str, str]  # regex of the name as a place (per question language)
    adjective: dict[str, str]  # regex of the adjective (en, sv), counted before a word of law or authority
    any_form: str  # regex of the name in any language and form, not as a language, for the passages


_EN_AUTHORITY = r"(?:law|laws|act|acts|code|courts?|police|authorit\w*|agenc\w*|legislation|social services|" \
                r"child welfare|system|rules|government|municipalit\w*|constitution|criminal)"
_SV_AUTHORITY = r"\w*(?:lag|lagen|lagar|lagarna|balk|balken|domstol\w*|polis\w*|myndighet\w*|" \
                r"socialtjänst\w*|regler\w*|kommun\w*|regering\w*|system\w*)"


def _country(key: str, names: tuple[str, str, str], en: str, sv: str, fi: str, en_adj: str, sv_adj: str,
             any_form: str) -> Country:
    return Country(key, dict(zip(("en", "sv", "fi"), names)), {"en": en, "sv": sv, "fi": fi},
                   {"en": en_adj, "sv": sv_adj}, any_form)


# Finnish forms that count as a place: nominative, genitive (not before "kieli"), inessive, adessive.
COUNTRIES = (
    _country("sweden", ("Sweden", "Sverige", "Ruotsia"), r"sweden", r"sverige", r"ruotsi(?:n|ssa|lla)?",
             r"swedish", r"svensk[a-z]*", r"sweden\w*|swedes|sverige\w*|ruotsi(?!ksi|n ?kiel)\w*"),
    _country("norway", ("Norway", "Norge", "Norjaa"), r"norway", r"norge", r"norja(?:n|ssa|lla)?",
             r"norwegian", r"norsk[a-z]*", r"norway\w*|norwegians|norge\w*|norja(?!ksi|n ?kiel)\w*"),
    _country("denmark", ("Denmark", "Danmark", "Tanskaa"), r"denmark", r"danmark", r"tanska(?:n|ssa|lla)?",
             r"danish", r"dansk[a-z]*", r"denmark\w*|danes|danmark\w*|tanska(?!ksi|n ?kiel)\w*"),
    _country("iceland", ("Iceland", "Island", "Islantia"), r"iceland", r"island", r"islanti|islannin|islannissa",
             r"icelandic", r"isländsk[a-z]*", r"iceland\b|iceland\'s|islanti\w*|islann(?!iksi|in ?kiel)\w*"),
    _country("estonia", ("Estonia", "Estland", "Viroa"), r"estonia", r"estland", r"viro(?:n|ssa|lla)?",
             r"estonian", r"estnisk[a-z]*", r"estonia\b|estonia\'s|estland\w*|viro\b|viron\b(?! ?kiel)|viross\w*|virolai\w*"),
    _country("latvia", ("Latvia", "Lettland", "Latviaa"), r"latvia", r"lettland", r"latvia(?:n|ssa|lla)?",
             r"latvian", r"lettisk[a-z]*", r"latvia\b|latvia\'s|lettland\w*|latvia(?:n|ssa|lla|sta)\b(?! ?kiel)"),
    _country("lithuania", ("Lithuania", "Litauen", "Liettuaa"), r"lithuania", r"litauen",
             r"liettua(?:n|ssa|lla)?", r"lithuanian", r"litauisk[a-z]*",
             r"lithuania\b|lithuania\'s|litauen\w*|liettua(?!ksi|n ?kiel)\w*"),
    _country("poland", ("Poland", "Polen", "Puolaa"), r"poland", r"polen", r"puola(?:n|ssa|lla)?",
             r"polish", r"polsk[a-z]*", r"poland\w*|polen\w*|puola(?:n|ssa|lla|sta|an)?\b(?! ?kiel)"),
    _country("germany", ("Germany", "Tyskland", "Saksaa"), r"germany", r"tyskland", r"saksa(?:n|ssa|lla)?",
             r"german", r"tysk[a-z]*", r"germany\w*|tyskland\w*|saksa(?!ksi|n ?kiel)\w*"),
    _country("russia", ("Russia", "Ryssland", "Venäjää"), r"russia", r"ryssland", r"venäjä(?:n|llä)?",
             r"russian", r"rysk[a-z]*", r"russia\b|russia\'s|ryssland\w*|venäjä(?:n|llä|lle|ltä)?\b(?! ?kiel)"),
    _country("united-kingdom", ("the United Kingdom", "Storbritannien", "Iso-Britanniaa"),
             r"the united kingdom|the uk|britain|england", r"storbritannien|england",
             r"iso-britannia(?:n|ssa)?|britannia(?:n|ssa)?|englannissa",
             r"british", r"brittisk[a-z]*",
             r"united kingdom|uk\b|britain\w*|england\w*|storbritannien\w*|britanni\w*"),
    _country("united-states", ("the United States", "USA", "Yhdysvaltoja"),
             r"the united states|the us|the usa", r"usa|förenta staterna",
             r"yhdysval(?:lat|tojen|loissa)", r"american", r"amerikansk[a-z]*",
             r"united states|usa\b|förenta staterna|yhdysval\w*"),
)

_FINLAND = re.compile(r"\b(?:finland\w*|finnish|finsk\w*|suomi\w*|suome\w*|suomalai\w*)", re.IGNORECASE)
_BEFORE = {"en": r"(?<!from )(?<!to )(?<!into )(?<!via )", "sv": r"(?<!från )(?<!till )(?<!via )", "fi": ""}
_NOT_LANGUAGE = {"en": r"(?! language| translation| interpret)", "sv": r"(?! språk)", "fi": r"(?! ?kiel)"}


def _adjective_of_authority(country: Country, language: str) -> list[str]:
    """The adjective followed, within two words, by a word of law or authority ("Swedish Penal Code")."""
    if language not in country.adjective:
        return []
    authority = _EN_AUTHORITY if language == "en" else _SV_AUTHORITY
    return [rf"\b(?:{country.adjective[language]})\s+(?:[\w-]+\s+){{0,2}}?{authority}\b"]


def _place_pattern(country: Country, language: str) -> re.Pattern[str]:
    before, after = _BEFORE[language], _NOT_LANGUAGE[language]
    parts = [rf"\b{before}(?:{country.nouns[language]})(?:'s|s)?\b{after}", *_adjective_of_authority(country, language)]
    return re.compile("|".join(parts), re.IGNORECASE)


_PLACES = {language: [(c, _place_pattern(c, language)) for c in COUNTRIES] for language in ("en", "sv", "fi")}


def _mention_pattern(country: Country) -> re.Pattern[str]:
    """The name in any form, or an adjective before a word of law or authority ("svensk lag"); not the
    adjective alone, which in these documents is mostly a language ("in Swedish", "på svenska")."""
    adjectives = [p for lang in ("en", "sv") for p in _adjective_of_authority(country, lang)]
    return re.compile("|".join([rf"\b(?:{country.any_form})", *adjectives]), re.IGNORECASE)


_MENTIONS = {c.key: _mention_pattern(c) for c in COUNTRIES}


def places_asked_about(question: str, language: str) -> list[Country]:
    """The foreign countries ``question`` asks about as a place (none if it also names Finland).

    English place names are looked for in every question (they are used in all three languages)."""
    if _FINLAND.search(question):
        return []
    found: list[Country] = []
    for lang in dict.fromkeys((language, "en")):
        for country, pattern in _PLACES.get(lang, []):
            if country not in found and pattern.search(question):
                found.append(country)
    return found


def unmentioned_places(question: str, language: str, passages: list[str]) -> list[Country]:
    """The countries the question asks about that none of ``passages`` mentions in any language."""
    return [c for c in places_asked_about(question, language)
            if not any(_MENTIONS[c.key].search(text) for text in passages)]
