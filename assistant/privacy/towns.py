"""An address's end: what follows a street and its house number, up to where the address ends. Its flats, floors
and staircases ("5 A 3", ", кв. 3", ", 2. th.", "Dorfstraße 41 Whg. 12"), a PO box, a village or a region ("Cēsu nov.",
"Vastse-Kuuste vald"), a postcode and a town, before or after each other ("00100 Helsinki", "Rīga LV-1063", "Sheffield
S6 4QJ"), a town alone after a comma or straight after a flat, or on the next line of an address block.

Its own module because where an address ends is one question with its own rules (which capitalised word after a comma
is a town, which is a person or a town in a case that says where), apart from how ``places.py`` finds a street (with
this module's postcode, town, PO box and region patterns).
"""

from __future__ import annotations

import re

from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.letters import CAP as _CAP
from assistant.privacy.streets import UPPER_FLOOR, apartment_word_pattern, floor_pattern, floor_word_pattern

POSTCODE = (r"(?:(?:FI|SE|EE|LV|LT|DK|NO|PL|D|S)-)?(?:\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,5}|\d{6}(?=\s[А-ЯЁІЇЄ]))")
# Words before a place's or a street's own name that belong to it ("Östra Ämtervik", "Östra Långgatan", "Nordre Lien").
PLACE_PREFIXES = ("Östra|Västra|Norra|Södra|Stora|Lilla|Gamla|Nya|Övre|Yttre|Inre|Nordre|Søndre|Øvre|Nedre|Vester|Øster|"
                  "Nørre|Store|Lille|Gamle|Vanha|Iso|Pikku|Ala|Yli|Pohjoinen|Eteläinen|Itäinen|Läntinen")
# (privacy24: a town's second word also before a quotation mark, and anywhere after such a word or joined by "i", "am",
# "an der", "upon", "nad": "686 96 Östra Ämtervik utanför stan", "65-001 Zielona Góra“", "8608 Mo i Rana"; privacy25: the
# town and its second word on the postcode's line, not the next line's first word, "40320 Jyväskylä\nPuhelin: ...")
# The Danish postal district's letter after a town ("København NV", "Aarhus C", "Viby J").
_DISTRICT = r"\s(?:NV|NØ|SV|SØ|Ø|V|K|N|S|C|J)(?!\w)"
TOWN = (rf"[^\S\n](?:(?:{PLACE_PREFIXES})\s{_CAP}|{_CAP}\s(?:i|am|an der|upon|nad)\s{_CAP}|"
        rf"{_CAP}(?:{_DISTRICT}| {_CAP}(?=\s*(?:[.,;:!?)“”\"»]|$))|\s\d{{1,2}}(?=[,.]|$))?)")

# What may follow a street and number: flats ("m. 3", "dz. 11", ", кв. 3", ", 2. th.", ", 3 tr", " nb",
# ", H0304", ", Flat 3", ", корп. 2"), a PO box, a village or a region ("Vester Nebel", "Polтавська обл.",
# "Cēsu nov."), then a postcode and town, or a town alone after a comma where the sentence or clause ends
# ("Sjövägen 4, Kimito"; "Gedimino pr. 9-4, Vilniuje"), a British or Irish town with its postcode, and a
# postcode after the town ("Екатеринбург, 620014").
# (privacy33: a flat's word of any of the twelve languages, in any case, with or without its comma and dot, one table
# in ``streets.py``: "Puistokatu 12 A asunto 3", "Dorfstraße 41 Whg. 12", "Ganību dambis 31 dzīv. 8", "Ąžuolų g. 9 butas
# 12", "ул. Мира 7 квартира 12"; it replaces three lists of flat words)
_FLAT = re.compile(rf"(?:,?\s{apartment_word_pattern()}\s?H?\d{{1,4}}[a-zA-Z]?(?![\w/-]|[.,]\d)|"
                   # (privacy49: an English flat and a Polish staircase by its letter, a Cyrillic house letter after
                   # the number: "32 Rowan Terrace, Flat B", "ul. Morska 140 kl. C m. 9", "вул. Городоцька, 7-Б, кв. 12";
                   # "kl." with a number is a clock's in Scandinavia, "3 tr kl. 10")
                   r",?\s(?:(?i:flat|apartment|apt\.?|unit)|kl\.?)\s[A-H](?!\w)|(?<=\d)[-/]?[А-ЯЁІЇЄҐ](?!\w)|"
                   # (privacy34: the flat's number before its word, "Brīvības ielu 204, 15. dzīvokli", "Antakalnio
                   # gatvę 62, 14 butą"; a whole word then, the sentence's full stop outside)
                   rf",?\s\d{{1,4}}\.?\s{apartment_word_pattern()}(?<!\.)(?!\w)|"
                   r"\s[A-H][^\S\n]\d{1,3}(?::\w{1,4})?(?![\w/.,]\d|\w)|"
                   r",\s\d{1,2}\.(?=,|\s*$)|,?\skorter\w{1,2}\s?\d{1,4}[a-z]?|\sk-\d{1,2}(?:\s?-\s?\d{1,4})?|,\s(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Hinterhof|Rgb\.|Rückgebäude|Quergebäude|"
                   r"Aufgang\s[A-Z])|(?<=\d)\.\s?(?:th|tv|mf)(?:\.|(?!\w))|"
                   r",?\s(?:\d{1,2}|st|kl)\.\s?(?:(?:th|tv|mf)(?:\.|(?!\w))|sal(?!\w))"
                   r"(?:\s(?:th|tv|mf)(?:\.|(?!\w)))?|"
                   # (privacy37: above, the Danish floor's dot and a space before its side when no comma comes
                   # before the floor, "nørrebrogade 112 3. tv"; below, the Norwegian flat's H in lower case,
                   # "tøyengata 14 h0302")
                   # (privacy24: the Danish floor typed without its dot, "ringstedvej 44 2 tv", "ahornvej 9 st børnene")
                   r"(?<=\d)\s(?:\d{1,2}\s)?(?:th|tv|mf)(?![\w.])|(?<=\d)\sst(?![\w.])|"
                   # (privacy19: a floor behind a comma, "Kauppakatu 15, 3. krs", "Vestergade 29, st.", "58 Tennyson
                   # Avenue, 2nd floor", "3 Ivy Terrace, Ground Floor Flat")
                   r",\sst\.(?=[,.?!]|\s|$)|,\s(?:\d{1,2}(?:st|nd|rd|th)|[Gg]round|[Ff]irst|[Ss]econd|[Tt]op)\s[Ff]loor(?:\s[Ff]lat)?(?!\w)|"
                   r",?\s\d{1,2}\s?tr(?:\.(?!\s*(?:$|[A-ZÅÄÖ])))?(?!\w)|\snb(?!\w)|,?\s[Hh]\d{4}(?!\w)|"
                   # (privacy22, round 21's dropped rule: a staircase written out behind a comma, "rappu B", "uppgång C")
                   r",\s(?:rappu|porras|uppgång|Aufgang|opgang|oppgang)\s[A-Z](?!\w)|"
                   # (privacy34: a floor, a staircase or a building of any of the twelve languages, one table in
                   # ``streets.py``: "Puutarhakatu 11 alakerta", "Jõe tn 7, II korrus", "ropažu ielā 12 trešajā stāvā",
                   # "Liepų g. 14, II aukštas", "ul. Kwiatowa 3/1, parter", "просп. Перемоги, 37, під'їзд 3, поверх 5";
                   # not after a flat's case ending, "B 6:n yläkerrassa", upstairs in the flat)
                   rf"(?<!:\w)(?<!:\w\w)(?<!:\w\w\w),?\s{floor_pattern()})")
# (privacy19: the Latvian and Lithuanian words written out, "Pasta kastīte 45", "Pašto dėžutė Nr. 12"; privacy24: in
# the accusative, with "Nr.", and the Estonian and Polish words in any capital: "uz pasta kastīti Nr. 57", "į pašto dėžutę
# Nr. 214", "na skrytkę pocztową nr 88", "postkast 45")
# (privacy31: in the locative, where post is received, "w skrytce pocztowej nr 19", "pasta kastītē Nr. 12", "pasta
# abonentkastē Nr. 207", "pašto dėžutėje Nr. 5")
PO_BOX = (r"(?:P\.?O\.?\s?Box|Box|Postfach|Postboks|PL|Pb\.?|Postilokero|[Ss]krytk[aęi] pocztow[aąej]{1,2}(?:\snr\.?)?|"
          r"[Ss]krytce pocztowej(?:\snr\.?)?|skr\.\s?poczt\.|a\.\s?d\.|"
          r"[Pp]asta (?:abonent)?kast(?:e|ē|īte|ītē|īti)(?:\sNr\.)?|"
          r"[Pp]ašto dėžut(?:ė|ę|ėje)(?:\sNr\.)?|[Pp]ostkast|p\.\s?d\.|"
          r"a/k|а/я|а/с)\s\d{1,5}(?:\s\d{2}){0,2}")
UK_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z0-9]{4})"
REGION = (rf",\s(?:{_CAP}\s){{1,2}}(?:обл\.|область|району?|р-н|pag\.|pagasts|nov\.|novads|vald|maakond|r\.\ssav\.|r\.|k\.|"
          rf"gmina|kommune|län|küla)(?!\w)|,\sCo\.\s{_CAP}(?:\s[A-Z]\d{{2}}\s?[A-Z0-9]{{4}}(?!\w))?")
# (privacy19: the town also before a closing quotation mark, round 18's dropped rule: 'kom från "ul. Leśnej 5/2, Suwałki"')
# (privacy21: also before a table's bar, a clock time, or a lower-case word that ends the clause: "Tähe 88-12, Tartu |",
# "Partizanų g. 61-12, Kaunas 01.20 val.", "Ludzas ielā 12-5, Rēzekne plkst. 03.00", "Taikos pr. 81-9, Klaipėda nebegalioja.")
# (privacy21: a Cyrillic town of two words where the clause ends, and any town before a lower-case Cyrillic word: "кв. 7,
# Великие Луки.", "кв. 52, Львів на вулицю ...", "кв. 3, Мурманск в 00:50"; rounds 19 and 20 dropped it)
# (privacy25: also before a single closing quote, and before a lower-case word of any asker language's letters or a
# quotation mark after it: "ul. Długa 19/3, Gdynia' – ...", "Gedimino pr. 38-11, Vilnius į ...", '..., Swindon now"')
# (privacy25: a village's, a town's or a settlement's word before its name, of one word or two, then its district and
# region: "вул. Шкільна, 4, с. Липники, Львівська обл.", "..., смт Ворзель", "..., г. Великий Новгород"; and a Cyrillic
# town of two words before its postcode: "кв. 8, Великий Новгород, 173001")
_CYRILLIC_CAP = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+"
# (privacy34: a postcode after its town in each country's form, "Göteborg 413 04", "Rīga LV-1063", "Wrocław 50-384";
# not four bare digits, a year: "Tartu 2020")
_POSTCODE_AFTER_TOWN = r",?\s(?:(?:LV-|LT-|EE-)\d{4,5}|\d{5}|\d{3}\s\d{2}|\d{2}-\d{3})(?![\d-]|\s\d)"
_WITH_WORDS = "koos|ja|och|og|und|and|ir|un|i|и|з|с|ar|su|mit|med|with|kanssa|z|із|со"  # after a town, a companion
_TOWN_AFTER = re.compile(
    rf",?\s{POSTCODE}{TOWN}|,\s{UK_POSTCODE}(?!\w)|,\s(?:{_CAP}\s){{0,2}}{_CAP}\s{UK_POSTCODE}(?!\w)|,\sDublin\s\d{{1,2}}(?!\d)"
    # (privacy49: a town's second word on its own line only, not the next line's label: "г. Тверь\nОтец: …")
    rf"|,\s(?:м\.|г\.|с\.|смт\.?|с-ще|пос\.|сел\.)\s?{_CAP}(?:[^\S\n]{_CYRILLIC_CAP}(?=[.;:)!?]|,\s|$))?"
    # (privacy49: a Danish town with its district's letter after a comma, "Vesterbrogade 112, 4. tv., København V")
    rf"|,\s(?P<town>{_CAP}(?:[^\S\n]{_CYRILLIC_CAP}(?=[.;:)!?]|,\s\d{{6}}(?!\d)|$)|{_DISTRICT})?)"
    rf"(?:{_POSTCODE_AFTER_TOWN})?"
    rf"(?=\s*(?:$|[.;:)!?–—\"”“»'’]|,\s)|[ \t]*(?:\n|\s\(|\|)|\s(?=[a-zäöåõüšžæøąčęėįųūāēīķļņģćłńóśźżа-яёіїєґ]+[\s.,;:!?\"”’'])|\s\d{{1,2}}[.:]\d{{2}}(?!\d)|\s(?:{_WITH_WORDS})\s)")
_ENDS_IN_TOWN = re.compile(rf"\s{POSTCODE}{TOWN}$")
# The river in brackets that tells a town from its namesake, after its postcode ("06108 Halle (Saale)", "15230 Frankfurt
# (Oder)", "27356 Rotenburg (Wümme)"; privacy23).
_RIVER = re.compile(rf" \({_CAP}\)")
_PART = re.compile(rf"{REGION}|,\s{PO_BOX}|,\sOT\s(?:{_CAP}\s)?{_CAP}(?=,)|,\s(?:{_CAP}\s)?{_CAP}(?=,?\s{POSTCODE}{TOWN})")
_REGION_AFTER_TOWN = re.compile(r"\s(?:maakond|vald|county|kommune|län|r\.(?:\s?sav\.)?)(?!\w)")
# (not a phone: ", 0141 496 0952"; nor the years of the next item of an address history, ", 2021–2023 ..."; privacy23)
_POSTCODE_LAST = re.compile(r",\s(?:(?:LV|LT|EE)-)?(?:\d{4,6}|\d{3}\s\d{2})(?![\d\w]|\s\d|\s?[–-]\s?\d)")
# Not a town after a comma: a phone or e-mail word ("Keupstraße 21, 51063 Köln, Tel. ...").
_NOT_TOWNS = frozenset("tel tfn tlf puh phone mobile gsm email e-mail sähköposti mail".split())
# A town in a locative case says where, not which address, after an address in the nominative ("Sjövägen 4,
# Kimito" but not "Kadaka tee 5, Tallinnas"); after an inflected street ("Brīvības ielā 12, Rīgā") it is its town.
# (privacy27: no Cyrillic ending; a Russian or Ukrainian locative takes its preposition, so "..., кв. 7, Рівне" is the town)
IN_A_TOWN = ("ā", "ē", "oje", "yje", "uje", "ssa", "ssä", "lla", "llä", "iu", "ie")
# (privacy22: the Lithuanian "g." and the Latvian "gatvē" too, "Vilniaus g. 33-10, Alytuje", "Brīvības gatvē 2, Rīgā";
# privacy30: the genitive and the accusative of a move from or to it, "no Brīvības ielas 14-2, Ogrē", "į Vytauto gatvę
# 55-2, Panevėžyje")
_INFLECTED_STREET = re.compile(r"(?:ielā|ielu|ielas|bulvārī|gatvėje|gatvē|gatves|gatvę|gatvės|(?<!\w)g\.|pr\.|prospekte|"
                               r"prospekto|prospektą|ulicy|вулиці|улице)\s")


# (privacy24: a first name after a street's comma is its town when it is a place too, or when it is no surname and the
# sentence ends: "Fjellveien 23 B, Bergen, tlf.", "Jūratės g. 12, Neringa."; not "Torikatu 18 A 5, Ahmedin äiti", a
# surname too by its case. privacy55: a first name the clause goes on from is its subject, "Kāpu ielā 5, Kārlis iet uz
# skolu", "42 Cedar Close, Liam says", unless a move goes on to the next home or says when, "22 Mill Lane, Ely to Unit
# 4", "4 Station Road, Ely last spring")
_TOWN_ENDS_CLAUSE = re.compile(r"\s*(?:[.!?]\s|[.!?]?$|\s(?:to|till|til|nach|naar|do|uz|į|до|в|last|this|next|since|"
                               r"until|sedan|förra|siden|sidste|forrige|seit|letzten|od|kopš|nuo|alates)\s)")

# (privacy33: a town straight after a flat, without a comma, where the sentence, clause or line ends: "Sammalkatu 14 B 22
# Tampere.", "Kvarngatan 22 lgh 1203 Norrköping.", "Kalevi 37-4 Viljandi.", "ul. Kościuszki 19/6 Radom.", "вул. Миру 19
# кв. 6 Житомир."; a flat is the house number's letter and number, its hyphen or slash, or a flat's word)
_FLAT_IN_NUMBER = re.compile(rf"\d[a-zA-Z]?\s?[-/]\s?\d{{1,4}}[a-zA-Z]?$|\d\s?[A-Ha-h]\s?\d{{1,3}}$|"
                             rf"\d\s(?:{apartment_word_pattern()}|bst\.?)\s?\d{{1,3}}$")
_TOWN_AFTER_FLAT = re.compile(rf"[^\S\n](?P<town>{_CAP})(?:{_POSTCODE_AFTER_TOWN})?(?=[.!?;]?\s*$|[.!?;,]\s|[ \t]*\n)")
# (a town in a case, where someone moved to or lives, stays outside: "Vuorikadulle 9 A 2 Lahteen", "Šilutės pl. 27-9
# Klaipėdoje", "Mustamäe tee 137-17 Tartusse", "Lille 4-2 Viljandis")
_TO_A_TOWN = IN_A_TOWN + ("sse", "een", "ään", "aan", "iin", "lle", "lta", "ltä", "sta", "stä")

# (privacy33: an address block's next line that holds its town and postcode alone, "Storgatan 47 B\n722 14 Västerås",
# "Dzirnavu iela 67-21\nLiepāja, LV-3401", "вул. Шкільна, 23, кв. 41\nм. Житомир, 10014", "12 Bell Lane\nHull HU5 2JQ";
# a flat's letter and number stay on their line)
_TOWN_NEXT_LINE = re.compile(
    rf"[ \t]*\n(?:{POSTCODE}[ \t]{_CAP}|(?:(?:м|г|m)\.\s?)?{_CAP}(?:[ \t]{_CAP})?,?[ \t](?:(?:(?:LV|LT|EE)-)?\d{{4,6}}|"
    rf"{UK_POSTCODE}))(?=[ \t]*(?:\n|$))")


def _no_towns_name(word: str, text: str) -> bool:
    """Whether ``word`` after a flat may be its town: not in a case, no first name unless a place too, no phone's or
    mail's word."""
    first, _, place, _ = classify(word)
    return word.lower() not in _NOT_TOWNS and not re.fullmatch("[IVX]+", word) and (place or not first) and not (
        word.endswith(_TO_A_TOWN) or word.endswith("s") and written_in(text) == "et")


_LAST_NUMERAL = re.compile(r"(?<=\d)\s\d{1,2}$")
_FLOOR_WORD_NEXT = re.compile(rf"\.?\s?{floor_word_pattern()}|{UPPER_FLOOR}")


def address_end(text: str, start: int, end: int) -> int:
    """The end of an address whose street and number end at ``end``: with its flats, villages and regions,
    postcode and town."""
    if (numeral := _LAST_NUMERAL.search(text, start, end)) and _FLOOR_WORD_NEXT.match(text, end):
        end = numeral.start()  # a floor's numeral, no flat number: "storgata 12 2 etg", "lessingstr. 3 2. og" (privacy34)
    if _ENDS_IN_TOWN.search(text, start, end) and (region := _REGION_AFTER_TOWN.match(text, end)):
        end = region.end()  # the municipality's word after its town: "…, 76404 Saue vald" (privacy52)
    flats = end
    while flat := _FLAT.match(text, end):
        end = flat.end()
    if (end > flats or _FLAT_IN_NUMBER.search(text, start, end)) and (town := _TOWN_AFTER_FLAT.match(text, end)) and \
            _no_towns_name(town.group("town"), text):
        return town.end()
    while part := _PART.match(text, end):
        end = part.end()
    town = _TOWN_AFTER.match(text, end)
    if town and town.group("town") and _ENDS_IN_TOWN.search(text, start, end):
        town = None  # (a postcode and town already end it: "15110 Lahti, Ducin puh" has no second town)
    if town and town.group("town"):
        name = town.group("town")
        inflected = _INFLECTED_STREET.search(text, start, end) is not None
        # (a first name is no town, unless written in Cyrillic, where the Latin lists' "Samara", "Riga" are towns; nor a
        # floor's numeral, "m. 31, III piętro"; privacy25)
        first, surname, place, _ = classify(name)
        if name.lower() in _NOT_TOWNS or re.fullmatch("[IVX]+", name) or (first and not re.match("[А-ЯЁІЇЄҐ]", name) and not (
                place or (_TOWN_ENDS_CLAUSE.match(text, town.end()) and not surname))) or (
                name.endswith(IN_A_TOWN) and not inflected):
            town = None
    if town:
        end = town.end()
        region = _REGION_AFTER_TOWN.match(text, end)
        end = region.end() if region else end
        while part := _PART.match(text, end):
            end = part.end()
    if not town and (line := _TOWN_NEXT_LINE.match(text, end)):
        return line.end()
    last = _POSTCODE_LAST.match(text, end)
    end = last.end() if last else end
    river = _RIVER.match(text, end) if _ENDS_IN_TOWN.search(text, start, end) else None
    return river.end() if river else end
