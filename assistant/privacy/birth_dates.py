"""Dates of birth: a date after a word that says birth, in any of the asker languages and in any of the ways
people write a date ("syntynyt 3.2.2010", "född den tjugoandra mars 2018", "2010 m. spalio 13 d."), and a date
written after a name found by the other recognisers (in brackets, in a table's cell, ending a list's line).

Its own module because a date of birth is found by its words and its date's shapes, not by a scheme's shape and
checksum as the identity codes of ``identity.py`` are; the two shared a module only because both carry a date.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.privacy.base import BIRTH_DATE, LIKELY, NAME, Finding

# A date right after a word that says birth, in any of the asker languages; a year alone is none (privacy21: "född
# 1923", "syntynyt 2016", as the blind sets' writers label it).
_BORN = (r"syntyn\w*|syntyi|syntymä\w*|synt\.|s\.|född\w*|födelse\w*|f\.|born|b\.|birth\s*date|date of birth|"
         r"dz\.|ur\.|gim\.|народ\.|род\.|dzim\.|sünd(?!\w)|"  # (privacy20: "dzim. 17.05.2010", "sünd 07.03.2016")
         r"d\.?o\.?b\.?|birthday|sündi\w*|sünniaeg\w*|dzim\w*|gim\w*|urodzon\w*|urodzi\w*|data urodzenia|"
         r"geboren|geburtsdatum|geb\.|født|fødd|fødselsdato|fødselsdag|родил\w*|дата рождения|народи\w*|"
         r"дата народження|d\.\s*o\.\s*b\.|sünd\.|нар\.|д\.\s?р\.|"
         # (privacy24: the forms the list lacked: the neuter, the plural, the noun: "barnet är fött", "DOBs", "dates of
         # birth", "свідоцтво про народження")
         r"fött|dobs|dates of birth|народж\w*|"
         # (privacy35: the Russian "р." for "born" before a date, "(р. 05.10.1989)"; after one it is the year's word)
         r"р\.(?=\s?\d)|"
         # "s 9.9.2008" without its dot: before a whole date only
         r"(?:(?<=\()|(?<=, ))s(?=\s\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2})|"
         # (privacy38: the Ukrainian abbreviation of "date of birth", "д.н. 21.09.2012", and the German form labels
         # "Geb.-Datum", "Geburtstag")
         r"д\.\s?н\.|geb\.?-datum|geburtstag(?!\w)|"
         # (privacy39: the Lithuanian "g." for "gimęs" before a whole date only, "g. 05.03.2019"; before a number alone
         # it is a street's "gatvė")
         r"g\.(?=\s\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})|"
         # (privacy56: the Ukrainian "н." for "народився", the one language's abbreviation the list lacked, before a
         # date: "н. 14.03.2011", "н. 6 жовтня 2016 р.")
         r"н\.(?=\s\d)")
# "Dzimšanas datums: ...", "Gimimo data ...": the birth word, then the word for date.
_DATE_WORD = r"(?:\s(?:data|datums|datum|date|dato|päivä|päivämäärä))?"
_MONTHS = (r"tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu|"
           r"jan\w*|feb\w*|febr\w*|mar\w*|apr\w*|maj|may|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|oct\w*|nov\w*|dec\w*|"
           r"des\w*|dets\w*|sty\w*|lut\w*|kwi\w*|paź\w*|lis\w*|gru\w*|märts|mai|juuni|juuli|januar\w*|"
           # (privacy21: the Polish months the list lacked, in the genitive, "19 czerwca 2013")
           r"czerw\w*|lip\w*|sierp\w*|wrze\w*|"
           # (privacy29: the Latvian months the list lacked, and the Ukrainian and Russian ones, "3 вересня 2018 р.")
           r"maij\w*|jūnij\w*|jūlij\w*|січ\w*|лют\w*|берез\w*|квіт\w*|трав\w*|черв\w*|лип\w*|серп\w*|верес\w*|"
           r"жовт\w*|листопад\w*|груд\w*|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|"
           r"сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|"
           # (privacy36: the Estonian months the list lacked, "kaheteistkümnendal jaanuaril 2012")
           r"jaanuar\w*|veebruar\w*|"
           # (privacy45: the German March)
           r"märz|"
           r"[a-zåäöšžčėęųūįą]+kuuta")
_ROMAN_MONTH = r"XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
_LT_MONTHS = r"(?:sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)"
_DATE = (rf"\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:19|20)\d{{2}}|\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|"
         rf"\d{{1,2}}-\d{{1,2}}-(?:19|20)\d{{2}}|"
         # (privacy28, round 27's dropped rule: the Nordic day and month before the year's hyphen, "4/6-11", "7/3-2014")
         rf"\d{{1,2}}/\d{{1,2}}-(?:19|20)?\d{{2}}(?![\d/-])|"
         # (privacy30: the Finnish two-digit year after a hyphen, "s. 7.9.-87", "17.11.-16")
         rf"\d{{1,2}}\.\d{{1,2}}\.-\d{{2}}(?![\d.-])|"
         # (privacy22: an English ordinal, "21st April 2015", "the 3rd of March 2010", its "the" with it)
         # (privacy35: the Swedish ordinal too, "3:e maj 2014", "1:a december 2008")
         rf"(?:the\s)?\d{{1,2}}(?:st|nd|rd|th|:[ae])\s(?:of\s)?(?:{_MONTHS})\w*\s(?:19|20)\d{{2}}|"
         # (privacy35: a month's abbreviation with its dot, and the German March, "2. feb. 2019", "3. März 2019")
         rf"\d{{1,2}}\.?\s(?:{_MONTHS}|märz)\w*\.?\s(?:19|20)\d{{2}}|(?:{_MONTHS})\w*\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:19|20)\d{{2}}|"
         rf"\d{{1,2}}\.\d{{1,2}}\.\d{{2}}\b|(?:19|20)\d{{2}}\.\s?gada\s\d{{1,2}}\.\s?[a-zāēīūčšž]+|"
         # (privacy35: the month in Roman numerals, "12.IV.2016", "8 VII 2016", "2018-IX-02")
         rf"\d{{1,2}}(?:\.\s?|\s)(?-i:{_ROMAN_MONTH})(?:\.\s?|\s)(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-(?-i:{_ROMAN_MONTH})-\d{{1,2}}|"
         # (privacy21: the Lithuanian way, "2010 m. spalio 13 d."; privacy35: the day as an ordinal, in digits or in words,
         # "2016 m. sausio 8-ąją", "2015-ųjų lapkričio 14-ąją", "2012 m. gegužės trečią dieną")
         rf"(?:19|20)\d{{2}}(?:\s?m\.|-ųjų)\s{_LT_MONTHS}\s(?:\d{{1,2}}\s?d\.|\d{{1,2}}-ąją|(?:[a-ząčęėįšųūž]+\s)?[a-ząčęėįšųūž]+ą\sdieną)|"
         # (privacy35: the Latvian day as an ordinal word, "2012. gada trešajā maijā"; privacy36: the year in words too,
         # "divtūkstoš desmitā gada piektajā maijā", and the Lithuanian one, "dviejų tūkstančių dvyliktųjų metų kovo
         # penktąją dieną")
         # (privacy44: and in two words, "divi tūkstoši piecpadsmitā gada septītajā martā", "du tūkstančiai penkioliktų
         # metų kovo septintą dieną")
         rf"(?:(?:19|20)\d{{2}}\.|(?:divtūkstoš|divi\stūkstoši)\s[a-zāēīūčšžģķļņ]+)\s?gada\s(?:[a-zāēīūčšžģķļņ]+\s)?[a-zāēīūčšžģķļņ]+ajā\s"
         rf"[a-zāēīūčšžģķļņ]+ā|"
         rf"(?:dviejų\stūkstančių|du\stūkstančiai)\s[a-ząčęėįšųūž]+\smetų\s{_LT_MONTHS}\s(?:[a-ząčęėįšųūž]+\s)?[a-ząčęėįšųūž]+ą\sdieną|"
         # (privacy36: the Swedish day and month before the year, "f. 22/3 1991")
         rf"\d{{1,2}}/\d{{1,2}}\s(?:19|20)\d{{2}}(?!\d)|"
         # (privacy39: the Ukrainian and Russian day with its ordinal ending, "25-го серпня 2013", "16-го апреля 2013")
         rf"\d{{1,2}}-го\s(?:{_MONTHS})\w*\s(?:19|20)\d{{2}}")
# The Ukrainian and Russian word for "year" after a date, which the sets label with it ("14 ноября 2015 г.", "третього
# травня 2012 року"; privacy29); not their "year of birth" ("05.09.2011 г. р.", ``_DATE_THEN_BORN``). Since privacy35 the
# Polish one too ("17.12.2009 r.", "siódmego października 2014 roku").
# Since privacy36 the Latvian one after the year's dot ("2011. gadā").
_YEAR_MARK = r"(?:\s?(?:р\.|г\.|року|года|r\.|roku)(?!\w)(?!\s?[рн]\.)|\.\s?gadā(?!\w))?"
# The Latvian dot that closes a date in digits, inside a sentence ("(dz. 21.06.1991.)", "19.07.2012.\t", "14.11.88.,";
# privacy35, as the sets label it); a dot before a space or at the end is the sentence's.
_CLOSING_DOT = r"(?:(?<=\d)\.(?=[)\],;\t\n]))?"
_THE = r"the(?!\s\d{1,2}(?:st|nd|rd|th)\s)"  # "the" before an ordinal belongs to the date
# (privacy37: the Polish reflexive after the birth verb, "urodziła się 7 kwietnia 2015 r.")
_BIRTH_DATE = re.compile(rf"(?<![\w.])(?:{_BORN}){_DATE_WORD}\s*"
                         rf"(?:on|den|{_THE}|is|was|:|=|,|–|-|\(|vuonna|år|in|am|den\s+|się|d\.)?\s*"
                         rf"(?:(?:on|{_THE}|den)\s+)?(?P<date>(?:{_DATE}){_YEAR_MARK}{_CLOSING_DOT})", re.IGNORECASE)


# The day as an ordinal word, the month named and the year in digits, after a birth word (privacy29): "syntynyt
# kolmastoista helmikuuta 2017", "född den tjugoandra mars 2018", "born on the twenty first of June 2016", "geboren am
# vierzehnten Juli 2016", "urodzony dwudziestego trzeciego sierpnia 2015", "dzimis divdesmit sestajā janvārī 2016";
# "the", "den", "am" stay outside, as the sets label it.
# (privacy36: with a hyphen, "twenty-first", and the word for day after it, "kahdeksastoista päivä toukokuuta")
# (privacy39: the Lithuanian accusative, "aštuonioliktą vasario 2016", and the Norwegian second, "andre november 2014")
# (privacy45: the Estonian "teine", the German nominative "siebter", the Ukrainian and Russian neuter "перше")
_ORDINAL_WORD = (r"(?:[^\W\d_]|['’ʼ-])*(?:st|nd|rd|th|s|toista|nä|na|ndal|mal|sel|ajā|ego|ten|ter|de|te|je|ra|re|sta|ne|го|"
                 r"е|ą)")
# The tens of an ordinal said in two words ("twenty first", "dwudziestego trzeciego", "kahekümne teine", "двадцять сьоме";
# privacy45: only these, not any word, so a name said before the date stays out: "народження софійки двадцять сьоме ...")
_TENS = (r"twenty|thirty|dwudziest\w*|trzydziest\w*|двадцат\w*|тридцат\w*|двадцят\w*|тридцят\w*|kahekümne|"
         r"kolmekümne|divdesmit|trīsdesmit|dvidešimt\w*|trisdešimt\w*")
_DAY_WORD = r"(?:\s(?:päivä|päivänä|day|dag|dagen|tag|dieną|dienā|день|дня|dnia))?"
# (privacy30: the year in words too, as dictated: "född den tjugonde juni tvåtusenelva", "born on the third of May
# twenty-ten", "urodzony piątego czerwca dwa tysiące dziesiątego roku", "родился девятого февраля две тысячи
# двенадцатого года"; the years of this century in each asker language)
_YEAR_WORDS = (r"kaksituhatta(?:[a-zäö]+|\s(?:yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|"
               r"[a-zäö]+toista))|(?:tvåtusen|tjugohundra|zweitausend)[a-zåäöüß]*|two\sthousand(?:\sand)?\s[a-z]+|"
               r"twenty[-\s](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen|twenty)|kaks\stuhat\s[a-zõäöü]+|divtūkstoš\s[a-zāēīūčšžģķļņ]+(?:\sgadā)?|"
               r"divi\stūkstoši\s[a-zāēīūčšžģķļņ]+|du\stūkstančiai\s[a-ząčęėįšųūž]+|"
               r"dwa\stysiące\s[a-ząćęłńóśźż]+(?:\sroku)?|(?:totusind|to\stusind|totusen)e?(?:\sog\s|og)?[a-zæøå]*|"
               r"дві\sтисячі\s[а-яіїєґ'’]+(?:\sроку)?|две\sтысячи\s[а-яё]+(?:\sгода)?|"
               # (privacy45) and of the last century, in the languages that say it in one word ("nittenhundreogåttiseks")
               r"(?:nittonhundra|nittenhundrede|nittenhundre|neunzehnhundert)[a-zåäöæøüß]*")
_ORDINAL_BIRTH = re.compile(
    # (privacy45: a form's field, its label and a colon, "Fødselsdato: nittende juni totusindeatten")
    rf"(?<![\w.])(?:{_BORN})(?:\s+(?:się|sig)|{_DATE_WORD}:)?\s+(?:(?:on|den|am|d\.|is|was)\s+)?(?:the\s+)?"
    rf"(?P<date>(?:(?:{_TENS})\s)?{_ORDINAL_WORD}{_DAY_WORD}\s(?:of\s)?(?:{_MONTHS}|{_LT_MONTHS})\w*\s"
    rf"(?:(?:19|20)\d{{2}}{_YEAR_MARK}|{_YEAR_WORDS}))(?!\w)",
    re.IGNORECASE)
# The German date before its birth word (privacy29): "ist am 2. Januar 2016 geboren", "ist am dritten Mai 2012 geboren".
_AM_DATE_BORN = re.compile(
    rf"(?<!\w)am\s(?P<date>{_DATE}|(?:[^\W\d_]{{4,}}\s)?{_ORDINAL_WORD}\s(?:{_MONTHS}|märz)\w*\s(?:(?:19|20)\d{{2}}|"
    rf"{_YEAR_WORDS}))(?:\s+in\s+[^\W\d_]+)?\s+geboren",  # (privacy36: the year in words, "am fünften märz zweitausendzwölf
    # geboren"; privacy39: the birthplace between, "am zwölften Juli 2015 in Charkiw geboren")
    re.IGNORECASE)


# A word or two between the birth word and a whole date (privacy22): "syntynyt Ruotsissa 3.5.2023", "date of birth as
# 03/11/2008", "the birth certificate says 14/02/2008".
# (privacy45: and with hyphens, day first, "02-11-2013", as a pasted register row has it)
_WHOLE_DATE = (r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2}|"
               r"\d{1,2}-\d{1,2}-(?:19|20)\d{2}")
_BORN_WORDS_DATE = re.compile(rf"(?<![\w.])(?:{_BORN}|birth){_DATE_WORD}(?:\s[^\W\d_]+){{1,2}}\s"
                              rf"(?P<date>{_WHOLE_DATE}{_CLOSING_DOT})(?!\d|\.\d)",
                              re.IGNORECASE)
# The Russian and Ukrainian birth marker after the date (privacy22): "05.09.2011 г. р.", "14.06.2012 р. н." (year of birth).
# (privacy38: a month's name too, "12 березня 2015 р. н.")
_BORN_AFTER = re.compile(r"(?:г\.\s?р|р\.\s?н)\.", re.IGNORECASE)
_DATE_THEN_BORN = re.compile(rf"(?<![\w.])(?P<date>{_WHOLE_DATE}|{_DATE})\s?{_BORN_AFTER.pattern}", re.IGNORECASE)
A_WHOLE_DATE = re.compile(_WHOLE_DATE)  # (``name_births`` too)
# A table's column headed by a birth word, and a date of any shape alone in its cell (``birth_columns``, privacy35).
BIRTH_HEADER = re.compile(rf"(?<!\w)(?:{_BORN}){_DATE_WORD}(?!\w)", re.IGNORECASE)
A_DATE = re.compile(rf"(?:{_DATE}|{_WHOLE_DATE}){_CLOSING_DOT}", re.IGNORECASE)

# A date in brackets right after a child's age, whoever's name stands before it (privacy38): "Eetu 9 v (3.2.2017)",
# "Wilma 9 år (2017-09-03)", "Kuba 9 lat (04.11.2017)", "Марко 5 р. (7 лютого 2021)", "Лёва 4 года (9 октября 2022)".
_AGE_UNITS = (r"v|vuotias|vuotta|år|a|aastane|g\.|gadi|m\.|metai|metų|lat|lata|J\.|Jahre|y|yo|y/o|yrs?|years?|"
              r"р\.|років|роки|рік|лет|года|год|г\.")
_AGED_DATE = re.compile(rf"(?<![\w.,])\d{{1,2}}\s?(?:{_AGE_UNITS})(?!\w)\s\("
                        rf"(?P<date>(?:{_DATE}|{_WHOLE_DATE}){_YEAR_MARK}{_CLOSING_DOT})\)", re.IGNORECASE)


def find_birth_dates(text: str) -> list[Finding]:
    """Dates of birth: "syntynyt 3.2.2010", "född 2010-02-03", "born 3 February 2010", "05.09.2011 г. р."."""
    patterns = (_BIRTH_DATE, _ORDINAL_BIRTH) + ((_AM_DATE_BORN,) if "geboren" in text else ()) + (
        (_BORN_WORDS_DATE,) if A_WHOLE_DATE.search(text) else ()) + ((_AGED_DATE,) if "(" in text else ()) + (
        (_DATE_THEN_BORN,) if _BORN_AFTER.search(text) else ())
    return [Finding(BIRTH_DATE, m.start("date"), m.end("date"), m.group("date"), LIKELY)
            for pattern in patterns for m in pattern.finditer(text)]


# A whole date in brackets right after a name (privacy22): "Nova (2015-06-03)", "Eliel Nurmi (14.2.2015)"; since privacy28
# (round 27's dropped rule) any date's shape, with an age before it or after it ("Mia (9 a, 02.05.2016)", "Signe (12
# januari 2016)", "Olav (21.03.13)", "Venla (19.6.2019, 6 v)", "Тимур (27.02.2019, 6 лет)").
_AGE = r"\d{1,2}\s?(?:[^\W\d_]{1,5}\.?|y/o)(?:\s\d{1,2}\s?[^\W\d_]{1,3}\.?)?"
# (privacy36: the age before the bracket too, "Matas, 10 m. (2016 m. birželio 2 d.)", "Ella, 9 v (12.3.2016)")
# (privacy39: the Ukrainian and Russian word for "year" with it, "Дарина (25-го серпня 2013 р.)")
_BRACKETED_DATE = re.compile(rf"(?:,\s{_AGE})?\s\((?:{_AGE},\s)?(?P<date>(?:{_DATE}|{_WHOLE_DATE}){_YEAR_MARK}{_CLOSING_DOT})"
                             rf"(?:,\s{_AGE})?\)", re.IGNORECASE)


# A whole date alone in a table's cell, between tabs or bars (privacy23): "Elsa Nyqvist<tab>2013-04-09<tab>...", "Dean
# Sheridan | 03/07/1985 |".
_CELL_DATE = re.compile(rf"(?:\t|\s\|)\s*(?P<date>(?:{_WHOLE_DATE}){_CLOSING_DOT})(?=[^\S\n]*(?:\t|\||$))",
                        re.MULTILINE)


# A date ending a family list's line after a name, its age or a family word between (privacy30, round 29's dropped rule):
# "Hugo (13), 2012-07-19", "Nurmi Eetu, 9 v, 12.06.16", "Saar Marju, ema, 17.04.87", "Poppy (3), Jan 8, 2022".
_LINE_END_DATE = re.compile(rf"(?:\s\(\d{{1,2}}\))?(?:,\s[^\W\d_]+)?(?:,?\s{_AGE})?,?\s"
                            rf"(?P<date>(?:{_DATE}|{_WHOLE_DATE}){_CLOSING_DOT})"
                            r"(?=[^\S\n]*(?:\n|$))", re.IGNORECASE)


# (privacy56) A date right after a name on its line, a comma or a bracket between, whatever follows it ("1. Rasmus Õun, 12.03.2012,
# Rakvere Gümnaasiumi 8.b", "Lumi 5.7.2016 (9 v)", "Aava Lehtimäki, 9.12.2017)", "Marko Lehtinen (5.9.1979, 050979-113H)",
# "Abdirahman Mohamed Farah 1.1.1990, Faadumo ..."): the person's birth; a date of this year or later is a meeting's or
# a deadline's ("Anna 12.03.2026 klo 10", ``_PAST``), and so is a date with a clock time after it ("kirjaaja Aino
# Ruohonen, 3.5.2025 klo 14").
_NAME_THEN_DATE = re.compile(rf"(?:,[ \t]|[ \t]\(|[ \t])(?P<date>(?:{_DATE}|{_WHOLE_DATE}){_YEAR_MARK}{_CLOSING_DOT})"
                             r"(?=[\s,;)]|$)(?![ \t,]*(?:klo|kl\.?|kello|at|um|godz\.?|o\sgodz|plkst\.?|val\.?|kell|в|о)"
                             r"[ \t]*\d|[ \t,]*\d{1,2}[:.]\d{2})", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _past(date_text: str) -> bool:
    """Whether the date's year, where written in full, is before this one (a year in two digits is let pass)."""
    year = _YEAR.search(date_text)
    return year is None or int(year.group()) < date.today().year


# A second date right after a date of birth, joined by "and" or by a sibling's word and name (privacy35): "born
# October 14, 2012 and 5th January 2016", "DOBs 03/03/2015 and 21/12/2017", "sündinud 5. märtsil 2015, õde Anni
# 21.11.18", "am 2. Januar 2016 geboren, ihr Bruder Ben am 19.9.13", "народилася 12.04.2015, брат Назар 3 вересня 2018 р.".
_AND = r"and|ja|och|og|und|i|ir|un|и|і|та"
_SIBLING = (r"sister|brother|sisko|veli|velj|sisar|pikkuveli|pikkusisko|syster|bror|lillebror|lillasyster|storebror|søster|"
            r"lillesøster|storesøster|bruder|schwester|õde|vend|māsa|brālis|sesuo|brolis|siostra|brat|сестра|брат|"
            r"сестричка|братик")
# (privacy39: "and" before the sibling too, the sibling's word inflected, and the day as an ordinal word: "syntynyt
# kolmantena huhtikuuta 2012 ja hänen veljensä Eemil viidentenä joulukuuta 2014")
_AND_ANOTHER = re.compile(rf"(?:\s(?:{_AND})\s(?!(?:{_SIBLING}))|(?:,|\s(?:{_AND}))\s(?:[^\W\d_]+\s)?(?:{_SIBLING})\w*\s"
                          rf"[^\W\d_]+(?:\s(?:am|on|is))?\s)"
                          rf"(?P<date>(?:{_DATE}|{_WHOLE_DATE}|{_ORDINAL_WORD}\s(?:{_MONTHS})\w*\s(?:19|20)\d{{2}})"
                          rf"{_YEAR_MARK}{_CLOSING_DOT})(?![\w.]\d|\d)", re.IGNORECASE)


def birth_dates_after_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The dates of birth written after a name among ``findings`` (the other recognisers'): in brackets right after it,
    alone in a table's cell after the name's cell (privacy23), or ending a list's line (privacy30); and a second date
    joined to a date of birth (privacy35)."""
    names = [f for f in findings if f.kind == NAME]
    ends = {f.end for f in names}
    dates = [m for m in _BRACKETED_DATE.finditer(text) if m.start() in ends]
    dates += [m for m in (_LINE_END_DATE.match(text, end) for end in ends) if m]
    dates += [m for m in (_NAME_THEN_DATE.match(text, end) for end in ends) if m and _past(m.group("date"))]
    dates += [m for m in (_AND_ANOTHER.match(text, f.end) for f in findings if f.kind == BIRTH_DATE) if m]
    if "\t" in text or "|" in text:
        dates += [m for m in _CELL_DATE.finditer(text) if any(
            text.rfind("\n", 0, m.start()) < f.start and f.end <= m.start() for f in names)]
    return [Finding(BIRTH_DATE, m.start("date"), m.end("date"), m.group("date"), LIKELY) for m in dates]
