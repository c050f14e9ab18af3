"""A question that asks for a specific fact (a count, a year's figure, an amount of money, a dose) and
sentences that do or do not carry one.

Near-topic questions that the sources cannot answer ask for exactly such a fact ("How many children
were identified as victims last year?", "Paljonko edustajalle maksetaan tunnilta?"): every word of
the question occurs in the documents, so the evidence signals of ``assistant/refusal.py`` let them
through, and the answer would quote neighbouring sentences as if they answered. The refusal policy
asks this module, after the draft, whether any chosen sentence carries the kind of fact asked for;
the extractive answerer asks it to prefer sentences that do.

The asking patterns are per asker language (fi, sv, en and the Baltic Sea region's et, lv, lt, pl, de,
da, nb, uk, ru) and deliberately narrow: "how long" is not here, because durations are answered in words
("without delay", "viipymättä") as often as in numbers. The sentences are the documents' (fi, sv, en).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.asked_things import ThingKind, any_language, carries_thing, things_asked
from assistant.situations import asking_sentence, asks_what_to_do

FactKind = Literal["count", "share", "amount", "dose", "year"] | ThingKind

# What asks for each kind of fact, per asker language. The sentences that answer are always in fi, sv or en
# (the documents' languages), so ``carries`` below needs no other language; only the asking side does.
# Words that also mean something else are fenced: Estonian "mitu" ("how many", but also "several") only
# where it opens a clause; Latvian "cik" and Lithuanian "kiek" not before "long", "often" or "old"; Polish
# "ile" not in "o ile" ("as far as") or "na ile" ("to what extent"); durations ("how much time") nowhere.
_YEAR_NUMBER = r"(?:19|20)\d\d"
_ASKS: dict[FactKind, dict[str, str]] = {
    "count": {
        "en": r"\bhow many\b|\bnumber of (?:children|victims|cases|notifications|people|minors|pupils|reports)\b"
              r"|\bstatistic",
        "fi": r"\bkuinka (?:monta|moni)\b|\bmontako\b|\bmonessako\b|\btilasto\w*|\blukumäär\w*",
        "sv": r"\bhur många\b|\bantalet\b|\bstatistik\w*",
        "et": r"(?:^|[.?!;:,(]\s*|\b(?:ja|ning|aga|kuid|või)\s+)(?:kui\s+)?(?:mitu|mitme\w*)\b|\bkui palju\b"
              r"|\bstatistik\w*",
        "lv": r"\bcik\b(?!\s+(?:ilg|biež|vec|ātr|tāl)\w*)|\bskaits\b|\bstatistik\w*",
        "lt": r"\bkiek\b(?!\s+(?:laiko|ilgai|dažnai|įmanoma|galima|senas|sena)\b)|\bskaičius\b|\bstatistik\w*",
        "pl": r"(?<!\bo )(?<!\bna )\bile\b(?!\s+czasu\b)|\bilu\b|\bliczb[aęy]\b|\bstatystyk\w*",
        "de": r"\bwie ?viele\b|\banzahl\b|\bzahl der\b|\bstatistik\w*",
        "da": r"\bhvor mange\b|\bantallet\b|\bstatisti\w*",
        "nb": r"\bhvor mange\b|\bantallet\b|\bstatisti\w*",
        "uk": r"\bскільки\b(?!\s+(?:часу|триває|триватиме)\b)|\bкількість\w*|\bстатистик\w*",
        "ru": r"\bсколько\b(?!\s+(?:времени|длится|продлится)\b)|\bколичеств\w*|\bстатистик\w*",
    },
    "share": {
        "en": r"\bpercentage\b|\bper ?cent\b|\bproportion of\b|\bshare of\b|\bwhat fraction\b",
        "fi": r"\bkuinka suuri osa\b|\bprosent\w*|\bosuus\w*",
        "sv": r"\bhur stor andel\b|\bandelen\b|\bprocent\w*",
        "et": r"\bprotsent\w*|\bkui suur osa\b|\bosakaal\w*",
        "lv": r"\bprocent\w*|\bkāda daļa\b|\bcik liela daļa\b|\bīpatsvar\w*",
        "lt": r"\bprocent\w*|\bkokia dalis\b|\bkokią dalį\b",
        "pl": r"\bprocent\w*|\bodset\w*|\bjaka część\b|\bjaką część\b",
        "de": r"\bprozent\w*|\banteil\w*|\bwelcher teil\b",
        "da": r"\bprocent\w*|\bandel(?:en)?\b|\bhvor stor en del\b",
        "nb": r"\bprosent\w*|\bandel(?:en)?\b|\bhvor stor del\b",
        "uk": r"\bвідсот\w*|\bчастк\w*|\bяка частина\b",
        "ru": r"\bпроцент\w*|\bдол[яиюе]\b|\bкакая часть\b",
    },
    "amount": {
        "en": r"\bhow much (?:is|does|do|money|are|will|would|can|may)\b|\bcost\w*\b|\bfees?\b|\beuros?\b|€|\bprice\b"
              r"|\bsalary\b|\bpaid per\b|\ballowance amount\b",
        "fi": r"\bpaljonko\b|\bkuinka paljon (?:maksa|rahaa|on|saa)\w*|\bmaksaa\b|\beuro(?:a|ina|lla|n)?\b|\bhinta\w*"
              r"|\bpalkkio\w*",
        "sv": r"\bhur mycket (?:kostar|får|är|betala)\w*|\bkostar\b|\bavgift\w*|\bpris(?:et)?\b|\barvode\w*",
        "et": r"\bkui palju (?:maksab|maksavad|makstakse|raha|eurot|saab)\b|\bmis maksab\b|\beuro(?:t|des|dega|st)?\b"
              r"|\beelarve\w*|\bkui suur on (?:\w+ )?(?:tasu|toetus|palk|trahv|summa)\w*",
        "lv": r"\bcik (?:maksā|eiro|naudas)\b|\beiro\b|\bbudžet\w*"
              r"|\bcik liel[sau] (?:ir )?(?:pabalst|atlīdzīb|alg|sod|summ)\w*",
        "lt": r"\bkiek (?:kainuoja|kainavo|eurų|pinigų|moka|mokama|gauna)\b|\bkainuoja\b|\beur(?:ų|ai|as|o)\b"
              r"|\bbiudžet\w*|\bkokio dydžio (?:\w+ )?(?:kompensacij|išmok|atlyginim|pašalp|baud|sum)\w*",
        "pl": r"\bile (?:kosztuje|kosztują|kosztował\w*|zarabia\w*|płaci\w*|pieniędzy|euro|złotych|wynosi|wynoszą)\b"
              r"|\bkosztuje\b|\bkosztują\b|\bkoszt(?:y|ów)?\b|\beuro\b|\bzłotych\b|\bbudżet\w*|\bkwot[aęy]\b",
        "de": r"\bwie ?viel\b(?!e)|\bkostet\b|\beuro\b|\w*(?:honorar|gebühr|budget|taschengeld)\w*"
              r"|\bwie hoch (?:ist|sind|war|waren) (?:das|die|der) \w*(?:gehalt|betrag|vergütung|zuschuss|geld|geldstrafe)\b",
        "da": r"\bhvor meget (?:koster|får|er|kan|betal\w*|penge)\b|\bkoster\b|\bgebyr\w*|\bbudget\w*|\bkroner\b"
              r"|\beuro\b|\bbeløb\w*|\bhvor stor (?:en )?(?:erstatning|løn|ydelse|bøde|sum)\w*",
        "nb": r"\bhvor mye (?:koster|får|er|kan|betal\w*|penger)\b|\bkoster\b|\bgebyr\w*|\bbudsjett\w*|\bkroner\b"
              r"|\beuro\b|\bbeløp\w*|\bhvor stor (?:en )?(?:erstatning|lønn|ytelse|bot|sum)\w*",
        "uk": r"\bскільки (?:коштує|коштують|коштуватиме|коштувала|коштував|грошей|євро|гривень|платять|отримує|отримують|заробляє)\b"
              r"|\bкоштує\b|\bвартість\w*|\bціна\b|\bєвро\b|\bбюджет\w*|\bсум[аиу]\b|\bякий штраф\b"
              r"|\bрозмір\w*\s+(?:\w+\s+){0,2}(?:допомог|виплат|компенсаці|штраф|грош|зарплат|пенсі)\w*",
        "ru": r"\bсколько (?:стоит|стоят|стоила|стоил|денег|евро|рублей|платят|получает|получают|зарабатывает)\b"
              r"|\bстоимост\w*|\bцен[аы]\b|\bевро\b|\bбюджет\w*|\bсумм[аыу]\b|\bкакой штраф\b"
              r"|\bразмер\w*\s+(?:\w+\s+){0,2}(?:пособи|выплат|компенсаци|штраф|денег|зарплат|пенси)\w*",
    },
    "dose": {
        "en": r"\bdoses?\b|\bdosage\b|\bmilligram\w*|\bmg\b",
        "fi": r"\bannos\w*|\bannost\w*",
        "sv": r"\bdos\b|\bdosen\b|\bdosering\w*",
        "et": r"\bannus\w*|\bmilligramm\w*",
        "lv": r"\bdeva\b|\bdevas\b|\bdevu\b|\bmiligram\w*",
        "lt": r"\bdoz(?:ė|ę|ės|ių|avim\w*)(?!\w)|\bmiligram\w*",  # not "dozen"
        "pl": r"\bdawk\w*|\bdawkowani\w*|\bmiligram\w*",
        "de": r"\w*dosis\b|\bdosierung\w*|\bmilligramm\w*",
        "da": r"\bdosis\b|\bdosen\b|\bdosering\w*",
        "nb": r"\bdose[nr]?\b|\bdosering\w*",
        "uk": r"\bдоз[аиуі]\b|\bдозуван\w*|\bміліграм\w*",
        "ru": r"\bдоз[аыуе]\b|\bдозировк\w*|\bмиллиграмм\w*",
    },
    "year": {
        "en": rf"\b(?:in|during|since) {_YEAR_NUMBER}\b|\blast year\b|\bthis year\b",
        "fi": rf"\bvuonna {_YEAR_NUMBER}\b|\bviime vuonna\b|\btänä vuonna\b",
        "sv": rf"\bår {_YEAR_NUMBER}\b|\bi fjol\b|\bförra året\b|\bi år\b",
        "et": rf"\b{_YEAR_NUMBER}\.? aasta(?:l|st|ks)?\b|\baasta(?:l|st) {_YEAR_NUMBER}\b|\balates {_YEAR_NUMBER}\b"
              r"|\beelmisel aastal\b|\bmullu\b|\btänavu\b|\bsel aastal\b",
        "lv": rf"\b{_YEAR_NUMBER}\.? gad(?:ā|a|u|am)\b|\bkopš {_YEAR_NUMBER}\b|\bpagājušajā gadā\b|\bšogad\b",
        "lt": rf"\b{_YEAR_NUMBER}\s*(?:m\.|metais\b|metų\b|metus\b)|\bnuo {_YEAR_NUMBER}\b|\bpernai\b"
              r"|\bpraėjusiais metais\b|\bšiais metais\b",
        "pl": rf"\b(?:w|od|za) {_YEAR_NUMBER}\b|\bw roku (?:szkolnym |kalendarzowym )?{_YEAR_NUMBER}\b"
              r"|\bw (?:zeszłym|ubiegłym|tym) roku\b",
        "de": rf"\b(?:im jahre?|im schuljahr|seit|in|für) {_YEAR_NUMBER}\b|\b(?:letztes|vergangenes|dieses) jahr\b"
              r"|\bim (?:letzten|vergangenen|vorigen) jahr\b",
        "da": rf"\b(?:i|siden|for) {_YEAR_NUMBER}\b(?!\s*års\b)|\bsidste år\b|\bi fjor\b|\bi år\b",
        "nb": rf"\b(?:i|siden|for) {_YEAR_NUMBER}\b(?!\s*års\b)|\bi fjor\b|\bi år\b|\bforrige år\b",
        "uk": rf"\b(?:у|в|з|із|за) {_YEAR_NUMBER}\b|\bминулого року\b|\bцього року\b|\bторік\b",
        "ru": rf"\b(?:в|во|с|со|за) {_YEAR_NUMBER}\b|\bв прошлом году\b|\bв этом году\b|\bпрошлого года\b",
    },
}
_ASKS_RE = any_language(_ASKS)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|hundred|" \
    r"thousand|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|sata|tuhat|" \
    r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|hundra|tusen"  # not "one", "en", "ett": articles and pronouns
# A number that counts or measures something; not a section, article, chapter or act number ("25 §",
# "Article 3", "act 1302/2014", "chapter 25").
_LAW_NUMBER = re.compile(r"(?:§|\b(?:article|artikla\w*|artikel\w*|section|subsection|paragraph|chapter|luku|luvun|"
                         r"kap\.?|act|lailla|lag|lakiin|directive|direktiiv\w*)\s*)\d+(?:\s*[a-z]\b)?(?:/\d{2,4})?"
                         r"|\d+(?:\s*[a-z])?\s*(?:§|luku|luvun|kap\b|mom\b\.?|momentin|momentti\w*|kohda\w*|kohta|/\d{2,4})", re.I)
# A date or a year says when, not how many ("in force 1.1.2020", "in 2022", "of 7 March 2022", "7. maaliskuuta").
# The months' names in the documents' languages (en, sv, fi in the partitive of a date); also ``times_asked.py``'s.
MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|" \
    r"mars|maj|juni|juli|augusti|oktober|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|" \
    r"heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"
_WHEN = re.compile(rf"\b\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d\b|\b\d{{1,2}}\.?\s+(?:{MONTHS})\b|\b(?:19|20)\d\d\b",
                   re.IGNORECASE)
# "How many hours": a count of hours is answered by a number of hours, not by any number.
_ASKS_HOURS = re.compile(r"\bhow many hours\b|\bkuinka monta tuntia\b|\bmontako tuntia\b|\bhur många timmar\b"
                         r"|\bmitu tundi\b|\bcik stund\w*|\bkiek valand\w*|\bile godzin\b|\bwie viele stunden\b"
                         r"|\bhvor mange timer\b|\bскільки годин\b|\bсколько час(?:ов|а)\b", re.IGNORECASE)
_HOURS = re.compile(r"\d[\d.,]*\s*(?:hours?|h\b|tuntia|tunnin|tuntiin|tunti|timmar|timme|timmars)", re.IGNORECASE)
# Ordinals ("by the seventh working day") and bounds ("as few as possible", "at most") answer a "how many"
# as well as a number does.
_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ensimmäi\w*|toise\w*|kolmanne\w*|" \
    r"neljänne\w*|viidenne\w*|kuudenne\w*|seitsemänne\w*|kahdeksanne\w*|tredje|fjärde|femte|sjätte|sjunde|åttonde"
_BOUNDS = r"as (?:few|little|limited|short) as possible|at (?:least|most)|no (?:more|fewer|less) than|" \
    r"mahdollisimman (?:vähä|harva|lyhy)\w*|vähintään|enintään|korkeintaan|så (?:få|lite|begränsa\w*|kort)\w* som möjligt|" \
    r"minst|högst|inte fler än"
_COUNT = re.compile(rf"\b\d[\d\s.,]*\b|\b(?:{_NUMBER_WORDS}|{_ORDINALS})\b|\b(?:{_BOUNDS})\b", re.IGNORECASE)
_MONEY = re.compile(r"\d[\d\s.,]*\s*(?:€|euro\w*|eur\b|kr\b|kronor)|€\s*\d", re.IGNORECASE)
# "Free of charge" answers what something costs, not how much is paid to someone.
_FREE = re.compile(r"\bfree of charge\b|\bmaksu(?:ton|tta)\w*|\bkostnadsfri\w*|\bavgiftsfri\w*|\bno (?:fee|charge)\b",
                   re.IGNORECASE)
_ASKS_COST = re.compile(r"\bcost\w*|\bfees?\b|\bprice\b|\bcharge\w*|\bhow much (?:is|does) it\b|\bmaksaa\b|\bmaksu\w*"
                        r"|\bhinta\w*|\bkostar\b|\bavgift\w*|\bpris(?:et)?\b"
                        r"|\bmaksab\b|\bhind\b|\bmaksā\b|\bcen[aui]\b|\bkainuoja\b|\bkain[ao]s?\b|\bkosztuj\w*|\bkoszt\w*"
                        r"|\bopłat\w*|\bkostet\b|\bpreis\w*|\w*gebühr\w*|\bkoster\b|\bgebyr\w*"
                        r"|\bкошту\w*|\bвартість\w*|\bціна\b|\bплата\b|\bстоит\b|\bстоимост\w*|\bцен[аы]\b", re.IGNORECASE)
# A question that asks who pays ("Who pays the representative's fee?", "Vem betalar arvodet?") asks for a payer, not
# an amount: its fee word names what is paid. Unless it also asks how much.
_ASKS_PAYER = re.compile(r"\bwho (?:pays|covers|funds)\b|\bkuka (?:maksaa|kustantaa|korvaa)\b|\bmikä taho maksaa\b"
                         r"|\bvem (?:betalar|står för)\b|\bkes (?:maksab|tasub)\b|\bkas (?:maksā|apmaksā|sedz)\b"
                         r"|\bkas (?:moka|apmoka)\b|\bkto (?:płaci|pokrywa|finansuje)\b|\bwer (?:zahlt|bezahlt|trägt)\b"
                         r"|\bhvem (?:betaler|dækker|dekker)\b|\bхто (?:платить|оплачує|сплачує)\b"
                         r"|\bкто (?:платит|оплачивает)\b", re.IGNORECASE)
_HOW_MUCH = re.compile(r"\bhow much\b|\bpaljonko\b|\bkuinka paljon\b|\bhur mycket\b|\bkui palju\b|\bcik\b|\bkiek\b"
                       r"|\bile\b|\bwie ?viel\b|\bhvor (?:meget|mye)\b|\bскільки\b|\bсколько\b", re.IGNORECASE)
# A share: a percentage or a fraction ("40 %", "a third of", "puolet", "var tredje").
_SHARE = re.compile(r"\d\s*%|\b\d[\d.,]*\s*(?:per ?cent|percent|prosent\w*|procent)\b|\b(?:half|a third|a quarter|"
                    r"two thirds|puolet|kolmannes|neljännes|hälften|en tredjedel|en fjärdedel|var (?:tredje|fjärde|femte))\b",
                    re.IGNORECASE)
# A count of people, or of what is done about them (children, victims, notifications, cases, calls), is a statistic:
# only a number standing with such a word answers it ("1 200 children", "kolme lasta", "300 anmälningar"), not any
# number the sentence holds ("nearly one in three girls", "the third group", "within seven days"). The asking side
# looks at the first words after the count word, in all asker languages (word beginnings); the answering side at
# the documents' languages.
_POPULATION_ASKED = (
    "child", "kid", "victim", "person", "people", "girl", "boy", "minor", "famil", "notification", "report", "case",
    "call", "pupil", "asylum",
    "las", "lapsi", "lapsia", "uhr", "ihmi", "henkilö", "ilmoitu", "tapau", "puhelu", "tyttö", "poik", "perhe", "nuor",
    "oppila", "barn", "offer", "människ", "anmäl", "samtal", "flick", "pojk", "ungdom", "elev",
    "ohv", "inimes", "isik", "teat", "juhtum", "kõne", "tüdruk", "poiss", "poisi", "pere",
    "bērn", "cilvēk", "upur", "ziņojum", "gadījum", "zvan", "meiten", "zēn", "ģimen", "skolēn",
    "vaik", "asmen", "žmon", "auk", "pranešim", "atvej", "skambuč", "mergait", "berniuk", "šeim", "mokin",
    "dzie", "osób", "osob", "ludzi", "ofiar", "zgłosze", "przypadk", "spraw", "połącze", "dziewcz", "chłop", "rodzin",
    "uczni", "kind", "mensch", "opfer", "meldung", "fäll", "anruf", "mädchen", "jung", "inobhutnahm", "schüler",
    "børn", "mennesk", "ofre", "underretning", "sag", "opkald", "pige", "dreng", "bekymringsmelding", "melding", "sak",
    "anrop", "jente", "gutt", "діт", "дит", "осіб", "особ", "люд", "жертв", "повідомлен", "випадк", "справ", "дзвінк",
    "дівчат", "хлопц", "сім", "учн", "дет", "ребен", "ребён", "человек", "лиц", "уведомлен", "сообщен", "случа", "дел",
    "звонк", "девоч", "мальчик", "сем", "учени",
)
# How many words after the count word the counted noun may come: two ("how many unaccompanied children"), four where
# modifiers come before it (Finnish, Estonian: "montako ilman huoltajaa tullutta lasta"). A unit word first
# ("how many times a child ...", "kuinka monta kertaa lasta ...", "how many days does a child ...") counts the unit.
_AFTER_COUNT_WORDS = 2
_AFTER_COUNT_WORDS_MODIFIED = 4
_MODIFIED_FIRST = re.compile(r"\b(?:kuinka (?:monta|moni)|montako|mitu|mitme\w*|kui palju)\b", re.IGNORECASE)
_UNITS = (
    "time", "day", "hour", "week", "month", "year", "minute", "member", "kerta", "päivä", "tunti", "tunni", "viikko",
    "viiko", "kuukau", "vuo", "minuut", "jäsen", "gång", "dag", "timm", "veck", "månad", "år", "minut", "ledam",
    "medlem", "kord", "päev", "tund", "nädal", "kuu", "aasta", "liik", "reiz", "dien", "stund", "nedēļ", "mēneš", "gad",
    "minūt", "locekļ", "kart", "valand", "savait", "mėnes", "met", "minuč", "nari", "raz", "dni", "dzień", "godzin",
    "tygod", "miesi", "lat", "rok", "członk", "mal", "tag", "woch", "monat", "jahr", "mitglied", "gang", "uge", "uke",
    "måned", "раз", "дн", "день", "годин", "тижн", "місяц", "рок", "хвилин", "член", "час", "недел", "месяц", "год",
    "лет", "минут",
)
_POPULATION = r"child(?:ren)?|kids?|girls?|boys?|minors?|young people|youths?|pupils?|persons?|people|victims?|" \
    r"famil(?:y|ies)|notifications?|reports?|cases?|calls?|applications?|asylum seekers?|adults?|" \
    r"lasta|lapsia|tyttöä|poikaa|nuorta|nuoria|henkilöä|ihmistä|uhria|perhettä|ilmoitusta|tapausta|puhelua|" \
    r"hakemusta|oppilasta|barn|flickor|pojkar|unga|ungdomar|personer|människor|offer|familjer|anmälningar|fall|" \
    r"samtal|ansökningar|elever"
# "one in three", "1 out of 5": a share, not a count.
_RATIO = re.compile(rf"\b(?:\d+|an?|{_NUMBER_WORDS})\s+(?:in|out of)\s+(?:\d+|every|{_NUMBER_WORDS})\b", re.IGNORECASE)
_POPULATION_COUNT = re.compile(rf"(?:\b\d[\d\s.,]*|\b(?:{_NUMBER_WORDS}))\s+(?:[\w-]+\s+){{0,2}}(?:{_POPULATION})\b",
                               re.IGNORECASE)
# A telephone number is no count ("112", "116 111", "+358 29 54 63 177").
_PHONE = re.compile(r"\+?\d{2,4}(?:[ -]\d{2,4}){2,}|\b112\b|\b116 ?111\b")
_DOSE = re.compile(r"\d[\d.,]*\s*(?:mg|ml|g|µg|mikrogramma\w*|milligramma\w*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FactAsked:
    kind: FactKind
    year: str | None = None  # the year the question names, if it names one
    cost: bool = False  # an amount asked as what something costs (then "free of charge" answers it)
    # A figure asked for a year or since one ("how many ... since 2022", "... i fjor"): the sentence must give the
    # figure and a year (the one named; any, for "last year"), not a figure beside an act number or a date.
    period: str | None = None
    hours: bool = False  # a count of hours ("how many hours of training")
    statistic: bool = False  # a count of people or of what is done about them ("how many children ...")


def facts_asked(question: str, language: str | None = None) -> list[FactAsked]:
    """The kinds of specific fact ``question`` asks for (empty for most questions). A situation's story is not what
    it asks: its figures ("he says he owes them 8,000 euros") count only in its asking sentence, and it asks for no
    thing at all (``things_asked`` judges the whole question). ``language``: the question's, where known (its
    sentences end where that language's do)."""
    things = [FactAsked(kind) for kind in things_asked(question, language)]
    if asks_what_to_do(question):
        question = asking_sentence(question, language)
    year = None
    if _ASKS_RE["year"].search(question):
        named = _YEAR.search(question)
        year = named.group(0) if named else ""
    asked = [FactAsked(kind, cost=kind == "amount" and bool(_ASKS_COST.search(question)),
                       period=year if kind == "count" else None,
                       hours=kind == "count" and bool(_ASKS_HOURS.search(question)),
                       statistic=kind == "count" and asks_statistic(question))
             for kind, pattern in _ASKS_RE.items() if kind != "year" and pattern.search(question)
             and not (kind == "amount" and _asks_payer(question))]
    if year is not None:
        asked.append(FactAsked("year", year or None))
    return asked + things


def _asks_payer(question: str) -> bool:
    """Whether ``question`` asks who pays (a body), not how much (``_ASKS_PAYER``)."""
    return bool(_ASKS_PAYER.search(question)) and not _HOW_MUCH.search(question)


def asks_statistic(question: str) -> bool:
    """Whether the count ``question`` asks for is of people or of what is done about them (one of the first words
    after its count word begins like one of ``_POPULATION_ASKED``, before any unit word)."""
    for asked in _ASKS_RE["count"].finditer(question):
        most = _AFTER_COUNT_WORDS_MODIFIED if _MODIFIED_FIRST.search(asked.group(0)) else _AFTER_COUNT_WORDS
        for word in re.findall(r"\w+", question[asked.end():])[:most]:
            word = word.lower()
            if word.startswith(_UNITS):
                break
            if word.startswith(_POPULATION_ASKED):
                return True
    return False


def carries(sentence: str, fact: FactAsked) -> bool:
    """Whether ``sentence`` gives a fact of that kind (for a year, that year or, when none is named, some year)."""
    if fact.kind not in _ASKS:  # a named thing, a place, a person, a prediction (``asked_things.py``)
        return carries_thing(sentence, fact.kind)
    plain = _LAW_NUMBER.sub(" ", sentence)  # an act's number ("1294/2022") is no year's figure
    if fact.kind == "year":
        return fact.year in plain if fact.year else bool(_YEAR.search(plain))
    if fact.kind == "amount":
        return bool(_MONEY.search(sentence) or (fact.cost and _FREE.search(sentence)))
    if fact.kind == "dose":
        return bool(_DOSE.search(sentence))
    if fact.kind == "share":
        return bool(_SHARE.search(plain))
    if fact.hours:
        return bool(_HOURS.search(plain))
    numbers = _WHEN.sub(" ", _PHONE.sub(" ", plain))
    counted = bool(_POPULATION_COUNT.search(_RATIO.sub(" ", numbers)) if fact.statistic else _COUNT.search(numbers))
    if counted and fact.period is not None:
        return fact.period in plain if fact.period else bool(_YEAR.search(plain))
    return counted


def missing_facts(question: str, sentences: list[str], language: str | None = None) -> list[FactAsked]:
    """The facts ``question`` (in ``language``) asks for that none of ``sentences`` carries."""
    return [fact for fact in facts_asked(question, language) if not any(carries(s, fact) for s in sentences)]
