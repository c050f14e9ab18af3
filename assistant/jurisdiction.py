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

_FINLAND = re.compile(r"\b(?:finland\w*|finnish|finsk\w*|suomi\w*|suome\w*|suomalai\w*|soome\w*|somij\w*|"
                      r"suomij\w*|finlandi\w*|fińsk\w*|finnland\w*|finnisch\w*|фінлянд\w*|фінськ\w*|"
                      r"финлянд\w*|финск\w*)", re.IGNORECASE)
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

# The other asker languages (issue 15): per language, each country's name (nominative, for the refusal
# sentence, which puts it after a colon) and its forms as a place: the locative ("Poolas", "Latvijā",
# "w Polsce", "в Польше", "in Polen", "i Polen"), the genitive where it names a country's law ("Latvijas
# Krimināllikums", "Кодекс Эстонии"; not after "from": "no", "iš", "z", "из", "з"), and the adjective before
# a word of law or authority ("polski kodeks", "dänisches Recht", "dansk lov"), a government among them ("den
# norske regjeringens opptrappingsplan", heldout-baltic-situations hbn-nb-02).
_OTHER_AUTHORITY = {
    "et": r"\w*(?:seadus|seadustik|kohus|politsei|amet|süsteem|reegl|valitsus)\w*",
    "lv": r"(?:likum|kodeks|ties|policij|iestād|dienest|sistēm|noteikum|krimināllikum|valdīb)\w*",
    "lt": r"(?:įstatym|kodeks|teism|policij|institucij|tarnyb|sistem|taisykl|baudžiam|vyriausyb)\w*",
    "pl": r"(?:praw|kodeks|sąd|policj|urząd|urzęd|ustaw|przepis|system|kar|rząd)\w*",
    "de": r"\w*(?:recht|gesetz|gesetzbuch|gericht|polizei|behörde|jugendamt|system|vorschrift|regel|regierung)\w*",
    "da": r"\w*(?:lov|ret|domstol|politi|myndighed|kommune|system|regler|regering)\w*",
    "nb": r"\w*(?:lov|rett|domstol|politi|myndighet|kommune|system|regler|barnevern|regjering)\w*",
    "uk": r"(?:закон|кодекс|суд|поліці|орган|служб|систем|правил|уряд)\w*",
    "ru": r"(?:закон|кодекс|суд|полици|орган|служб|систем|правил|правительств)\w*",
}
_FROM = {"et": "", "lv": r"(?<!no )", "lt": r"(?<!iš )", "pl": r"(?<!z )(?<!ze )", "de": r"(?<!aus )",
         "da": r"(?<!fra )", "nb": r"(?<!fra )", "uk": r"(?<!з )(?<!із )(?<!зі )", "ru": r"(?<!из )"}
# language -> country key -> (name, place forms, genitive or adjective before a word of authority)
_OTHER_FORMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "et": {"sweden": ("Rootsi", r"rootsis", r"rootsi"), "norway": ("Norra", r"norras", r"norra"),
           "denmark": ("Taani", r"taanis", r"taani"), "iceland": ("Island", r"islandil", r"islandi"),
           "estonia": ("Eesti", r"eestis", r"eesti"), "latvia": ("Läti", r"lätis", r"läti"),
           "lithuania": ("Leedu", r"leedus", r"leedu"), "poland": ("Poola", r"poolas", r"poola"),
           "germany": ("Saksamaa", r"saksamaal", r"saksamaa"), "russia": ("Venemaa", r"venemaal", r"venemaa"),
           "united-kingdom": ("Suurbritannia", r"suurbritannias|inglismaal", r"suurbritannia|inglismaa"),
           "united-states": ("USA", r"usa-s|ühendriikides", r"usa|ühendriikide")},
    "lv": {"sweden": ("Zviedrija", r"zviedrijā", r"zviedrijas"), "norway": ("Norvēģija", r"norvēģijā", r"norvēģijas"),
           "denmark": ("Dānija", r"dānijā", r"dānijas"), "iceland": ("Islande", r"islandē", r"islandes"),
           "estonia": ("Igaunija", r"igaunijā", r"igaunijas"), "latvia": ("Latvija", r"latvijā", r"latvijas"),
           "lithuania": ("Lietuva", r"lietuvā", r"lietuvas"), "poland": ("Polija", r"polijā", r"polijas"),
           "germany": ("Vācija", r"vācijā", r"vācijas"), "russia": ("Krievija", r"krievijā", r"krievijas"),
           "united-kingdom": ("Lielbritānija", r"lielbritānijā|anglijā", r"lielbritānijas|anglijas"),
           "united-states": ("ASV", r"asv", r"asv")},
    "lt": {"sweden": ("Švedija", r"švedijoje", r"švedijos"), "norway": ("Norvegija", r"norvegijoje", r"norvegijos"),
           "denmark": ("Danija", r"danijoje", r"danijos"), "iceland": ("Islandija", r"islandijoje", r"islandijos"),
           "estonia": ("Estija", r"estijoje", r"estijos"), "latvia": ("Latvija", r"latvijoje", r"latvijos"),
           "lithuania": ("Lietuva", r"lietuvoje", r"lietuvos"), "poland": ("Lenkija", r"lenkijoje", r"lenkijos"),
           "germany": ("Vokietija", r"vokietijoje", r"vokietijos"), "russia": ("Rusija", r"rusijoje", r"rusijos"),
           "united-kingdom": ("Jungtinė Karalystė", r"didžiojoje britanijoje|anglijoje|jungtinėje karalystėje",
                              r"didžiosios britanijos|anglijos|jungtinės karalystės"),
           "united-states": ("JAV", r"jav", r"jav")},
    "pl": {"sweden": ("Szwecja", r"w szwecji", r"szwedzk\w*"), "norway": ("Norwegia", r"w norwegii", r"norwesk\w*"),
           "denmark": ("Dania", r"w danii", r"duńsk\w*"), "iceland": ("Islandia", r"na islandii", r"islandzk\w*"),
           "estonia": ("Estonia", r"w estonii", r"estońsk\w*"), "latvia": ("Łotwa", r"na łotwie", r"łotewsk\w*"),
           "lithuania": ("Litwa", r"na litwie", r"litewsk\w*"), "poland": ("Polska", r"w polsce", r"polsk\w*"),
           "germany": ("Niemcy", r"w niemczech", r"niemieck\w*"), "russia": ("Rosja", r"w rosji", r"rosyjsk\w*"),
           "united-kingdom": ("Wielka Brytania", r"w wielkiej brytanii|w anglii", r"brytyjsk\w*|angielsk\w*"),
           "united-states": ("USA", r"w usa|w stanach zjednoczonych", r"amerykańsk\w*")},
    "de": {"sweden": ("Schweden", r"in schweden", r"schwedisch\w*"), "norway": ("Norwegen", r"in norwegen", r"norwegisch\w*"),
           "denmark": ("Dänemark", r"in dänemark", r"dänisch\w*"), "iceland": ("Island", r"auf island|in island", r"isländisch\w*"),
           "estonia": ("Estland", r"in estland", r"estnisch\w*"), "latvia": ("Lettland", r"in lettland", r"lettisch\w*"),
           "lithuania": ("Litauen", r"in litauen", r"litauisch\w*"), "poland": ("Polen", r"in polen", r"polnisch\w*"),
           "germany": ("Deutschland", r"in deutschland", r"deutsch\w*"), "russia": ("Russland", r"in russland", r"russisch\w*"),
           "united-kingdom": ("Großbritannien", r"in großbritannien|in england", r"britisch\w*|englisch\w*"),
           "united-states": ("die USA", r"in den usa|in den vereinigten staaten", r"amerikanisch\w*")},
    "da": {"sweden": ("Sverige", r"i sverige", r"svensk\w*"), "norway": ("Norge", r"i norge", r"norsk\w*"),
           "denmark": ("Danmark", r"i danmark", r"dansk\w*|danmarks"), "iceland": ("Island", r"på island", r"islandsk\w*"),
           "estonia": ("Estland", r"i estland", r"estisk\w*"), "latvia": ("Letland", r"i letland", r"lettisk\w*"),
           "lithuania": ("Litauen", r"i litauen", r"litauisk\w*"), "poland": ("Polen", r"i polen", r"polsk\w*"),
           "germany": ("Tyskland", r"i tyskland", r"tysk\w*"), "russia": ("Rusland", r"i rusland", r"russisk\w*"),
           "united-kingdom": ("Storbritannien", r"i storbritannien|i england", r"britisk\w*|engelsk\w*"),
           "united-states": ("USA", r"i usa", r"amerikansk\w*")},
    "nb": {"sweden": ("Sverige", r"i sverige", r"svensk\w*"), "norway": ("Norge", r"i norge", r"norsk\w*|norges"),
           "denmark": ("Danmark", r"i danmark", r"dansk\w*"), "iceland": ("Island", r"på island", r"islandsk\w*"),
           "estonia": ("Estland", r"i estland", r"estisk\w*"), "latvia": ("Latvia", r"i latvia", r"latvisk\w*"),
           "lithuania": ("Litauen", r"i litauen", r"litauisk\w*"), "poland": ("Polen", r"i polen", r"polsk\w*"),
           "germany": ("Tyskland", r"i tyskland", r"tysk\w*"), "russia": ("Russland", r"i russland", r"russisk\w*"),
           "united-kingdom": ("Storbritannia", r"i storbritannia|i england", r"britisk\w*|engelsk\w*"),
           "united-states": ("USA", r"i usa", r"amerikansk\w*")},
    "uk": {"sweden": ("Швеція", r"[ув] швеції", r"швеції|шведськ\w*"), "norway": ("Норвегія", r"[ув] норвегії", r"норвегії|норвезьк\w*"),
           "denmark": ("Данія", r"[ув] данії", r"данії|данськ\w*"), "iceland": ("Ісландія", r"[ув] ісландії", r"ісландії"),
           "estonia": ("Естонія", r"[ув] естонії", r"естонії|естонськ\w*"), "latvia": ("Латвія", r"[ув] латвії", r"латвії|латвійськ\w*"),
           "lithuania": ("Литва", r"[ув] литві", r"литви|литовськ\w*"), "poland": ("Польща", r"[ув] польщі", r"польщі|польськ\w*"),
           "germany": ("Німеччина", r"[ув] німеччині", r"німеччини|німецьк\w*"), "russia": ("Росія", r"[ув] росії", r"росії|російськ\w*"),
           "united-kingdom": ("Велика Британія", r"[ув] великій британії|[ув] англії", r"великої британії|британськ\w*"),
           "united-states": ("США", r"[ув] сша", r"сша|американськ\w*")},
    "ru": {"sweden": ("Швеция", r"в швеции", r"швеции|шведск\w*"), "norway": ("Норвегия", r"в норвегии", r"норвегии|норвежск\w*"),
           "denmark": ("Дания", r"в дании", r"дании|датск\w*"), "iceland": ("Исландия", r"в исландии|на исландии", r"исландии"),
           "estonia": ("Эстония", r"в эстонии", r"эстонии|эстонск\w*"), "latvia": ("Латвия", r"в латвии", r"латвии|латвийск\w*"),
           "lithuania": ("Литва", r"в литве", r"литвы|литовск\w*"), "poland": ("Польша", r"в польше", r"польши|польск\w*"),
           "germany": ("Германия", r"в германии", r"германии|немецк\w*"), "russia": ("Россия", r"в россии", r"россии|российск\w*"),
           "united-kingdom": ("Великобритания", r"в великобритании|в англии", r"великобритании|британск\w*"),
           "united-states": ("США", r"в сша", r"сша|американск\w*")},
}
_BY_KEY = {c.key: c for c in COUNTRIES}


# The Baltic languages put a chain of genitives between the country and its authority ("Lietuvos valstybės vaiko
# teisių apsaugos ir įvaikinimo tarnybos", "Latvijas Valsts bērnu tiesību aizsardzības inspekcijas"): up to six
# words there, none after a punctuation mark; elsewhere two.
_GENITIVE_CHAIN = {"et": 6, "lv": 6, "lt": 6}


def _other_pattern(language: str, place: str, of_authority: str) -> re.Pattern[str]:
    authority = _OTHER_AUTHORITY[language]
    near = rf"(?:\S+\s+){{0,2}}?"  # "Latvijas Krimināllikums", "Уголовный кодекс Эстонии": either order
    chain = rf"(?:[^\s,.;:!?]+\s+){{0,{_GENITIVE_CHAIN.get(language, 2)}}}?"
    return re.compile(rf"(?<!\w)(?:{place})(?!\w)|{_FROM[language]}(?<!\w)(?:{of_authority})\s+{chain}{authority}"
                      rf"|(?<!\w){authority}\s+{near}(?:{of_authority})(?!\w)", re.IGNORECASE)


for _language, _forms in _OTHER_FORMS.items():
    _PLACES[_language] = [(_BY_KEY[key], _other_pattern(_language, place, of))
                          for key, (_name, place, of) in _forms.items()]


def place_name(country: Country, language: str) -> str:
    """The country's name for the refusal sentence in ``language`` (English when the table has none)."""
    if language in country.names:
        return country.names[language]
    forms = _OTHER_FORMS.get(language, {}).get(country.key)
    return forms[0] if forms else country.names["en"]


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
