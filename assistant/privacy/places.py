"""Where someone lives: street addresses, postcodes with a town, PO boxes.

- **street addresses**: a capitalised street name with its street word ("Hämeentie", "Kirkkokadulla",
  "Storgatan", "Brīvības iela", "Gedimino pr.", "ul. Marszałkowska", "Karl Johans gate", "вул.
  Шевченка") and a house number, with staircase and flat ("Hämeentie 5 A 3"), then a postcode and
  town when they follow; the English order too ("12 Baker Street");
- **a postcode with a town** after a word that says address or living ("asuu 00100 Helsinki",
  "bor i 123 45 Stockholm", "address: LV-1050 Rīga");
- PO boxes, farms and c/o lines, the flat before or after the street; not an office's, a court's or a clinic's
  address (privacy11). Schools and classes are ``schools.py``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.privacy.base import ADDRESS, CONTEXT, LIKELY, Finding, starts_sentence, window_before
from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.home_streets import bare_homes, find_home_streets
from assistant.privacy.lower_addresses import find_lower_addresses, spoken_address
from assistant.privacy.name_tokens import zipf_here
from assistant.privacy.streets import (UPPER_FLOOR, apartment_word_pattern, floor_pattern, floor_word_pattern,
                                      street_word_pattern)

_UP = r"[A-ZÅÄÖÜÕŠŽČĒĪĀŪĶĻŅĢŁŚŻŹĆŃÓØÆĄĘĖĮŲÉÈÁÍÚÝА-ЯЁІЇЄҐ]"
_WORD = r"[^\W\d_]"
_CAP = rf"{_UP}{_WORD}*(?:[-']{_WORD}+)*"
# (the letter classes, shared with schools.py)
UP, WORD, CAP = _UP, _WORD, _CAP
# House number, then a staircase letter and a flat number ("5 A 3", "12b", "3 as. 4", "12/5", "кв. 7"), on its line
# (privacy33: not "Storgatan 47\n722 14 Västerås", whose next line is the postcode).
_NUMBER = (r"\d{1,4}(?:(?:[a-zA-Z]|[^\S\n][A-Z]|\s[a-z](?=\s\d)|\s[abcdfghk](?=\s?[,;–—)]|\s[–—-]\s|\s[a-zåäöæø]{2,}\s|$))(?![\w]|\.\s?\d))?"
           r"(?:(?:\s?[-–/]\s?\d{1,4}){1,2}|"
           rf"[^\S\n](?:{apartment_word_pattern()}\s?|bst\.?\s?)?\d{{1,3}}(?![\d/]|[.,:]\d|\s?tr\b))?(?::\w{{1,4}}(?!\w))?")
_FI_STREET = (r"(?:katu|kadu|tie|kuja|polku|polu|väylä|väyl|ranta|rann|kaari|kaare|rinne|rintee|tori|toril|"
              r"aukio|raitti|raiti|bulevardi|esplanadi|puistikko|penger|pengere|pengert|kaarre|kaartee|kuja|"
              r"mäki|mäe|kuja|tanhua|piha|puistotie|puisto|rinne)(?:\w{0,5})")
_SUFFIX_STREET = (rf"{_UP}{_WORD}*(?:-{_CAP}-Str\.|{_FI_STREET}|gatan|gata|gatu|vägen|väg|gränd|gränden|stigen|backen|torget|"
                  r"svängen|gården|"
                  r"allén|leden|kajen|esplanaden|stråket|slingan|vej|vejen|gade|gaden|plads|stræde|bakken|bakke|"
                  r"veien|vegen|vei|veg|gate|gaten|"
                  r"plass|straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|gürtel|steig|pfad|chaussee|tänav|tänava\w*|"
                  # (privacy16: a bridge's and a park's street, "Piispansilta 5 C 21", "Mjølnerparken 14")
                  r"silta|sillan|sillalla|parken|"
                  # (privacy33: the street word shortened to its first letter, glued, "Hämeenk. 18 B 9", "Storg. 14",
                  # "Drottningg. 7", "Østerg. 14": katu, gatan, gata, gade, gate)
                  r"(?<=[^\W\d_]{3})[kg]\.)")
# (a street's own name, then its separate street word: one list with the name rules', streets.py; privacy11; its words on
# one line, privacy25: not "Jõgeva\nMänni tn 2-5")
# (privacy31: a first name shortened to two letters, the Latvian "Kr. Valdemāra iela"; a street named after two people,
# the Lithuanian "Dariaus ir Girėno g.")
_WORD_STREET = rf"(?:(?:{_UP}[a-zāēīūčšž]?\.\s?){{1,3}})?(?:{_CAP} (?:ir (?={_UP}))?){{1,2}}{street_word_pattern()}"
# ("os." is a Polish estate, "os. Kalinowe 4", but the Finnish word for address before a street with its own
# street word: "os. Metsolantie 7"; privacy11)
_PREFIX_STREET = (rf"(?:ul\.|ulica|ulicy|ulitse|ulitsa|vulytsi|vulytsia|vul\.|al\.|aleja|os\.(?!\s(?:PL|Box)\s)(?!\s?{_SUFFIX_STREET}\s?\d)|pl\.|ул\.|пр\.|улица|улице|улицы|улицу|вул\.|вулиця|вулиці|вулицю|просп\.|проспект|пер\.|"
                  # (privacy21: a pope's or a king's numeral, "al. Jana Pawła II 87 m. 7")
                  rf"переулок|пров\.|провулок)\s?{_CAP}(?:\s{_CAP})?(?:\s[IVX]{{1,4}}(?=\s\d))?,?(?:\s(?:д\.|буд\.))?")
# (privacy25: the German "str." in lower case, "gartenstr. 8", "mühlenstr. 14a")
_LOWER_STREET = (r"[a-zåäöøæü]{2,}(?:gatan|vägen|gränd|stigen|katu|kadulla|kadun|tie|tiellä|tien|kuja|vej|vejen|"
                 r"gade|veien|gata|gate|straße|strasse|str\.|weg|tänav)")
# German streets named with a preposition: "Am Anger 4", "An der Mühle 12", "Im Winkel 3".
_DE_STREET = rf"(?:Am|An der|Auf dem|Auf der|Im|In der|Zum|Zur|Hinter der|Unter den)\s{_CAP}"
_POSTCODE = (r"(?:(?:FI|SE|EE|LV|LT|DK|NO|PL|D|S)-)?(?:\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,5}|\d{6}(?=\s[А-ЯЁІЇЄ]))")
# Words before a place's or a street's own name that belong to it ("Östra Ämtervik", "Östra Långgatan", "Nordre Lien").
_PLACE_PREFIXES = ("Östra|Västra|Norra|Södra|Stora|Lilla|Gamla|Nya|Övre|Yttre|Inre|Nordre|Søndre|Øvre|Nedre|Vester|Øster|"
                   "Nørre|Store|Lille|Gamle|Vanha|Iso|Pikku|Ala|Yli|Pohjoinen|Eteläinen|Itäinen|Läntinen")
# (privacy24: a town's second word also before a quotation mark, and anywhere after such a word or joined by "i", "am",
# "an der", "upon", "nad": "686 96 Östra Ämtervik utanför stan", "65-001 Zielona Góra“", "8608 Mo i Rana"; privacy25: the
# town and its second word on the postcode's line, not the next line's first word, "40320 Jyväskylä\nPuhelin: ...")
_TOWN = (rf"[^\S\n](?:(?:{_PLACE_PREFIXES})\s{_CAP}|{_CAP}\s(?:i|am|an der|upon|nad)\s{_CAP}|"
         rf"{_CAP}(?:\s(?:NV|NØ|SV|SØ|Ø|V|K|N|S|C)(?!\w)| {_CAP}(?=\s*(?:[.,;:!?)“”\"»]|$))|\s\d{{1,2}}(?=[,.]|$))?)")
_LOWER_TOWN = r"\s[a-zåäöøæ]{3,}"
_STREET_ADDRESS = re.compile(
    rf"(?<!\w)(?:(?:{_SUFFIX_STREET}|{_WORD_STREET}|{_PREFIX_STREET})\s?{_NUMBER}"
    rf"|(?<![/\d])(?:\d{{1,4}}/)?\d{{1,4}}[A-Za-z]?\s(?:{_CAP}\s){{1,3}}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Close|"
    # (privacy26: "Bank", "Cottages", "Causeway", and a compass word after the street's: "7 Thistle Bank", "3 Gorse Hill
    # Cottages", "31a Lodge Causeway", "118 Moss Lane East")
    rf"Way|Court|Place|Square|Terrace|Crescent|Gardens|Grove|Row|Boulevard|Mews|Walk|Park|Parade|Rise|View|Hill|Green|Vale|"
    rf"Bank|Cottages|Causeway)(?:\s(?:East|West|North|South)(?=[,.;]))?(?!\w))"
    rf"(?:,?\s{_POSTCODE}{_TOWN})?"
    rf"|(?<!\w){_LOWER_STREET}\s?{_NUMBER}(?:(?:,?\s(?:lgh|as\.?)\s?\d{{1,4}})?,?\s{_POSTCODE}{_LOWER_TOWN})?"
    # (privacy26: a Finnish street in lower case, in any case form, with its staircase letter and flat, the flat's case
    # ending too: "tilkanraitilla 6 a 12", "itäväylä 41 b 7:n", "mustikkapolku 2b4:stä")
    rf"|(?<!\w)[a-zåäö]{{2,}}{_FI_STREET}\s\d{{1,4}}\s?[a-h]\s?\d{{1,3}}(?::[a-zåäö]{{1,4}})?(?![\w:])"
    rf"|(?<!\w){_DE_STREET}\s\d{{1,3}}[a-z]?(?=(?:,\s\d{{1,2}}\.\s?(?:OG|Stock|Etage))?,\s\d{{5}}\s{_UP})"
    # Russian and Ukrainian with a comma before the number: "Ленинский пр-т, 101", "Кутузовский проспект, 12".
    # (privacy20: the street word in its cases too, "Садовую улицу, 44", "Речной улице, 8", "Садовую ул., д. 4")
    rf"|(?<!\w)(?:{_CAP}\s){{1,2}}(?:пр-т|просп\.|проспекте?|шоссе|шосе|бульвар|улица|улицу|улице|ул\.|вулиця|вулицю|вулиці|"
    rf"набережн(?:ая|ой|ую|а|ій|у)),"
    rf"\s(?:д\.\s|буд\.\s)?{_NUMBER}")
_LIVES = re.compile(r"(?:osoite\w*|osoitteessa|osoitteeseen|asuu|asuvat|asunut|kotiosoite\w*|address\w*|lives|"
                    r"elab|elavad|dzīvo|gyvena|mieszka|mieszkają|wohnt|wohnen|bor|bur|проживає|проживают|проживает|"
                    r"living|adress\w*|bor|bodde|bosatt|aadress\w*|elab|adrese\w*|dzīvo|adresas|adresu|gyvena|"
                    r"adres\w*|mieszka|wohnt|anschrift|adresse\w*|bor|адрес\w*|живе\w*|живут|мешка\w*|przy|"
                    # at someone's place, moved to (privacy9: "Rebase juures, Pikk 42-5", "flyttet til Gadelandet 14")
                    r"juures|hos|flyttet til|flyttat till|flyttede til|umgezogen nach|muutti|kolis|"
                    r"pārcēlās uz|persikėlė į|przeprowadził\w* się na|переїхал\w* на|переехал\w* на)"
                    r"\s*(?:on|är|is|in|i|at|på|przy|w|na|у|на|по|:|,)?\s*$", re.IGNORECASE)
_POSTCODE_TOWN = re.compile(rf"(?<![\w/.-]){_POSTCODE}{_TOWN}")
# A postcode word says address only in a message that gives a street too ("Metsäpolku 2 A 3 ja postinumero
# 41800 Korpilahti"); alone, "Postinumero 00100 Helsinki" names an office's area, no one's home.
_POSTAL = re.compile(r"(?:postinumero\w*|postnummer\w*|postcode|post code|postnr\.?)\s*(?:on|är|er|is|:)?\s*$", re.IGNORECASE)
# A village before its postcode and town, after a living word ("bor i Stensele, 923 98 Storuman").
_PLACE_POSTCODE_TOWN = re.compile(rf"(?<!\w){_CAP},\s{_POSTCODE}{_TOWN}")


# What may follow a street and number: flats ("m. 3", "dz. 11", ", кв. 3", ", 2. th.", ", 3 tr", " nb",
# ", H0304", ", Flat 3", ", корп. 2"), a PO box, a village or a region ("Vester Nebel", "Polтавська обл.",
# "Cēsu nov."), then a postcode and town, or a town alone after a comma where the sentence or clause ends
# ("Sjövägen 4, Kimito"; "Gedimino pr. 9-4, Vilniuje"), a British or Irish town with its postcode, and a
# postcode after the town ("Екатеринбург, 620014").
# (privacy33: a flat's word of any of the twelve languages, in any case, with or without its comma and dot, one table
# in ``streets.py``: "Puistokatu 12 A asunto 3", "Dorfstraße 41 Whg. 12", "Ganību dambis 31 dzīv. 8", "Ąžuolų g. 9 butas
# 12", "ул. Мира 7 квартира 12"; it replaces three lists of flat words)
_FLAT = re.compile(rf"(?:,?\s{apartment_word_pattern()}\s?H?\d{{1,4}}[a-zA-Z]?(?![\w/-]|[.,]\d)|"
                   # (privacy34: the flat's number before its word, "Brīvības ielu 204, 15. dzīvokli", "Antakalnio
                   # gatvę 62, 14 butą"; a whole word then, the sentence's full stop outside)
                   rf",?\s\d{{1,4}}\.?\s{apartment_word_pattern()}(?<!\.)(?!\w)|"
                   r"\s[A-H][^\S\n]\d{1,3}(?::\w{1,4})?(?![\w/.,]\d|\w)|"
                   r",\s\d{1,2}\.(?=,|\s*$)|,?\skorter\w{1,2}\s?\d{1,4}[a-z]?|\sk-\d{1,2}(?:\s?-\s?\d{1,4})?|,\s(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Hinterhof|Rgb\.|Rückgebäude|Quergebäude|"
                   r"Aufgang\s[A-Z])|(?<=\d)\.(?:th|tv|mf)(?!\w)|,?\s(?:\d{1,2}|st|kl)\.\s?(?:(?:th|tv|mf)(?:\.|(?!\w))|sal(?!\w))"
                   r"(?:\s(?:th|tv|mf)(?:\.|(?!\w)))?|"
                   # (privacy24: the Danish floor typed without its dot, "ringstedvej 44 2 tv", "ahornvej 9 st børnene")
                   r"(?<=\d)\s(?:\d{1,2}\s)?(?:th|tv|mf)(?![\w.])|(?<=\d)\sst(?![\w.])|"
                   # (privacy19: a floor behind a comma, "Kauppakatu 15, 3. krs", "Vestergade 29, st.", "58 Tennyson
                   # Avenue, 2nd floor", "3 Ivy Terrace, Ground Floor Flat")
                   r",\sst\.(?=[,.?!]|\s|$)|,\s(?:\d{1,2}(?:st|nd|rd|th)|[Gg]round|[Ff]irst|[Ss]econd|[Tt]op)\s[Ff]loor(?:\s[Ff]lat)?(?!\w)|"
                   r",?\s\d{1,2}\s?tr(?:\.(?!\s*(?:$|[A-ZÅÄÖ])))?(?!\w)|\snb(?!\w)|,?\sH\d{4}(?!\w)|"
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
_PO_BOX = (r"(?:P\.?O\.?\s?Box|Box|Postfach|Postboks|PL|Pb\.?|Postilokero|[Ss]krytk[aęi] pocztow[aąej]{1,2}(?:\snr\.?)?|"
           r"[Ss]krytce pocztowej(?:\snr\.?)?|skr\.\s?poczt\.|a\.\s?d\.|"
           r"[Pp]asta (?:abonent)?kast(?:e|ē|īte|ītē|īti)(?:\sNr\.)?|"
           r"[Pp]ašto dėžut(?:ė|ę|ėje)(?:\sNr\.)?|[Pp]ostkast|p\.\s?d\.|"
           r"a/k|а/я|а/с)\s\d{1,5}(?:\s\d{2}){0,2}")
_UK_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z0-9]{4})"
_REGION = (rf",\s(?:{_CAP}\s){{1,2}}(?:обл\.|область|району?|р-н|pag\.|pagasts|nov\.|novads|vald|maakond|r\.\ssav\.|r\.|k\.|"
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
    rf",?\s{_POSTCODE}{_TOWN}|,\s{_UK_POSTCODE}(?!\w)|,\s(?:{_CAP}\s){{0,2}}{_CAP}\s{_UK_POSTCODE}(?!\w)|,\sDublin\s\d{{1,2}}(?!\d)"
    rf"|,\s(?:м\.|г\.|с\.|смт\.?|с-ще|пос\.|сел\.)\s?{_CAP}(?:\s{_CYRILLIC_CAP}(?=[.;:)!?]|,\s|$))?"
    rf"|,\s(?P<town>{_CAP}(?:\s{_CYRILLIC_CAP}(?=[.;:)!?]|,\s\d{{6}}(?!\d)|$))?)(?:{_POSTCODE_AFTER_TOWN})?"
    rf"(?=\s*(?:$|[.;:)!?–—\"”“»'’]|,\s)|[ \t]*(?:\n|\s\(|\|)|\s(?=[a-zäöåõüšžæøąčęėįųūāēīķļņģćłńóśźżа-яёіїєґ]+[\s.,;:!?\"”’'])|\s\d{{1,2}}[.:]\d{{2}}(?!\d)|\s(?:{_WITH_WORDS})\s)")
_ENDS_IN_TOWN = re.compile(rf"\s{_POSTCODE}{_TOWN}$")
# The river in brackets that tells a town from its namesake, after its postcode ("06108 Halle (Saale)", "15230 Frankfurt
# (Oder)", "27356 Rotenburg (Wümme)"; privacy23).
_RIVER = re.compile(rf" \({_CAP}\)")
_PART = re.compile(rf"{_REGION}|,\s{_PO_BOX}|,\sOT\s(?:{_CAP}\s)?{_CAP}(?=,)|,\s(?:{_CAP}\s)?{_CAP}(?=,?\s{_POSTCODE}{_TOWN})")
_REGION_AFTER_TOWN = re.compile(r"\s(?:maakond|vald|county|kommune|län|r\.(?:\s?sav\.)?)(?!\w)")
# (not a phone: ", 0141 496 0952"; nor the years of the next item of an address history, ", 2021–2023 ..."; privacy23)
_POSTCODE_LAST = re.compile(r",\s(?:(?:LV|LT|EE)-)?(?:\d{4,6}|\d{3}\s\d{2})(?![\d\w]|\s\d|\s?[–-]\s?\d)")
# A street name without a street word, after a word that says where someone lives ("elab Tähe 44-9",
# "dzīvo Ganību dambī 24 dz. 11"), or before its postcode and town ("Zalesie 17, 26-020 Chmielnik").
_BARE_STREET = re.compile(rf"{_CAP}(?:\s{_WORD}+)?\s{_NUMBER}")
_BARE_WITH_POSTCODE = re.compile(rf"(?<![\w.])(?:{_CAP}\s)?{_CAP}\s{_NUMBER}(?=,\s{_POSTCODE}{_TOWN})")
# A street's own name with a house and a flat joined by a hyphen, as the Baltic states write an address without its
# street word ("Kalevi 12-7", "Punane 38-112", "Lāčplēša 7-2"; privacy19): the name no common word of the message's
# language, the numbers no range of something counted; at a sentence's start only with its town after a comma.
_HOUSE_FLAT = re.compile(rf"(?<![\w.§/-])(?P<name>{_CAP})\s[1-9]\d{{0,2}}[a-zA-Z]?-\d{{1,3}}(?![\w/:-]|[.,]?\s?\d|\s?(?:%|€))")
_HOUSE_FLAT_ZIPF = 4.0
# A Danish street without a street word and its floor and side behind a comma ("Engtoften 14, st. tv.", "Torvet 3, 1.
# th., 4100 Ringsted", "Tøjhushaven 4, 1. sal"; privacy31): the floor says home as a flat's number does.
_HOUSE_FLOOR = re.compile(rf"(?<![\w.§/-]){_CAP}\s[1-9]\d{{0,3}}[a-zA-Z]?"
                          rf"(?=,\s(?:st|kl|\d{{1,2}})\.\s?(?:tv|th|mf|sal)(?:\.|(?!\w)))")
_TOWN_NEXT = re.compile(rf",\s{_CAP}")
# A PO box alone, kept when a town or postcode follows it ("а/с 88, м. Львів, 79000", "p.d. 45, LT-44001 Kaunas").
_PO_BOX_ALONE = re.compile(rf"(?<!\w){_PO_BOX}(?!\w)")
# A British or Irish address without a street word: comma-separated capitalised parts ending in a town and its
# postcode ("Rose Cottage, Lower Slaughter, Cheltenham GL54 2HR", "12a, Woodland Rise, Sheffield, S6 4QJ").
# (privacy31: a Welsh street, its article in lower case, with its number before it: "Ty Gwyn, 4 Heol y Llan, ...")
_UK_PART = rf"(?:\d{{1,4}}[a-z]?\s(?=Heol\s))?(?:{_CAP}\s(?:yr?\s)?){{0,3}}{_CAP}(?:\s\d{{1,2}})?"
_UK_PARTS = re.compile(rf"(?<!\w)(?:\d{{1,4}}[a-z]?,?\s)?(?:{_UK_PART},\s){{1,4}}{_UK_PART},?\s{_UK_POSTCODE}(?!\w)")
_UK_POSTCODE_ALONE = re.compile(rf"(?<!\w){_UK_POSTCODE}(?!\w)")
_POSTCODE_WORD = re.compile(r"(?:postcode|post code|eircode)(?:\s[\w']+){0,3}\s(?:is\s)?$", re.IGNORECASE)
# An address word written before the street is no part of it ("Aadress Vanemuise 46-3").
_ADDRESS_WORD = re.compile(r"(?:Aadress|Adress|Adresse|Address|Adres|Adresas|Adrese|Osoite|Адрес|Адреса|"
                           r"Dzīvo|Gyvena|Elab|Elavad|Asuu|Asuvat|Wohnt|Mieszka|Живе|Живет)\s", re.IGNORECASE)
# The old address in a list of new and old ones ("Ny adresse ..., gammel Løkkeberget 4", "alte Am Anger 1").
_OLD = re.compile(r"(?:gammel|gamla|gamle|alte|alten|vana|vanha|old|previous|früher|iepriekš|anksčiau|раньше|раніше)\s*:?\s*$",
                  re.IGNORECASE)
# A house or farm named before its street, after a word saying where ("på Bakkehuset, Vestergårdsvej 17",
# "på gården Nordre Bakke, Vågåvegen 1120", "på Bakken gård, Vinstravegen 402").
_HOUSE_BEFORE = re.compile(rf"(?:(?:på|at)\s(?:gården\s|garden\s|farm\s)?|(?<!\w)(?:[Gg]ården|[Gg]aarden|[Gg]arden|[Tt]he farm)\s)"
                           rf"((?:(?:Övre|Nedre|Yttre|Inre|Øvre|Nordre|Søndre)\s)?(?:{_CAP}\s)?(?:{_CAP}|gård|gard|gården),\s)$")
# What a postal address carries before its street and is part of it: a c/o line ("c/o Grönroos, Pajutie 4",
# "c/o Familie Schulte, Postfach 10 22 45"), a farm's or house's name in quotes ("«Nordre Haug», Haugvegen
# 212"), with a Finnish farm's upper or lower part ("Ylä-Heikkilä, Kirkonkyläntie 212") or the Estonian word for
# farm ("Kivimäe talu, Metsküla küla").
_BEFORE_STREET = re.compile(
    # (privacy31: a c/o line's words whatever they are, up to the comma: "c/o Kinderheim St. Josef, ...", "c/o Fam.
    # Berglund, ...", "c/o Bērnu nams “Saulstariņi”, ...", "c/o his aunt, ...")
    rf"(?:(?<!\w)[cC]/[oO]\s[^,\n]{{2,40}}"
    r'|[«"„][^«»"„”\n]{2,30}[»"”]|' rf"(?<!\w)(?:Ylä|Yli|Ala|Iso|Vähä|Alt|Neu|Nordre|Søndre|Øvre|Nedre|Övre|Yttre|Inre|Hof)[-\s]?{_CAP}"
    r"(?:\s(?:tila|talo|gård|gard|gården|talu))?"
    # (privacy22: the Finnish word for farm after the farm's name in the genitive, the German estate, "Mäkelän tila,
    # Mäkeläntie 804", "Gut Erlenried, Am Bach 2")
    rf"|(?<!\w){_CAP}\s(?:talu|tila)|(?<!\w)Gut\s{_CAP}|(?<!\w)(?:{_CAP}\s){{0,2}}(?:{_CAP}(?:gården|gaarden)|gård|gard)),\s$")

# A PO box with its postcode and town ("Box 1123, 831 21 Östersund", "Postfach 11 02 47, 70078 Stuttgart").
# (privacy24: a Polish post office's number after its town, "skrytka pocztowa 118, 30-960 Kraków 1 albo ...")
_PO_BOX_ADDRESS = re.compile(rf"(?<!\w){_PO_BOX}(?:\s{_CAP})?,?\s(?:\d{{2}}-\d{{3}}\s{_CAP}\s[1-9]\d?(?![\w/:-]|[.,]?\d)|"
                             rf"{_POSTCODE}{_TOWN})")
# A farm or village with its region ("Kaasiku talu, Vastse-Kuuste vald", 'z/s "Ozolkalni", Vecpiebalgas pag.',
# "Pakalnių k. 7, Molėtų r. sav.") and a village before its street ("д. Берёзовка, ул. Полевая").
_RURAL = re.compile(rf"(?<!\w)(?:{_CAP}\stalu\w{{0,2}}|(?:z/s\s)?[„\"«]{_CAP}(?:\s{_CAP})?[”\"»]|{_CAP}\sk\.(?:\s\d{{1,4}})?|"
                    rf"(?:{_CAP}-)?{_CAP}\sküla|(?:(?:Nordre|Søndre|Øvre|Nedre|Store|Lille|Vestre|Østre)\s)?{_CAP}\s(?:gård|gard))"
                    # (privacy14: a village between the farm and its region or postcode, "„Lejasmāji”, Ozolmuiža,
                    # Rēzeknes novads", "Männimäe talus, Kõrvemaa küla, 74201 Anija vald")
                    rf"(?=(?:,\s(?:{_CAP}-)?{_CAP}(?:\sküla)?)?(?:{_REGION}|,\s{_POSTCODE}{_TOWN}))")
# A Russian village with its house number and no street ("д. Малое Вишнёво, д. 14, Тверская обл."; privacy14; "дер."
# written for "д.", privacy20).
_VILLAGE_HOUSE = re.compile(rf"(?<!\w)(?:д\.|дер\.|с\.|село|деревня|пос\.|хутор)\s(?:{_CAP}\s)?{_CAP},\s(?:д\.|буд\.)\s\d{{1,4}}(?=,\s)")
_VILLAGE_BEFORE = re.compile(rf"(?:с\.|д\.|село|деревня|пос\.|смт|г\.|м\.|город|місто)\s{_CAP},\s$")
# Words before a street's own name that belong to it: the place prefixes and a title ("Mäster Samuelsgatan").
_STREET_PREFIX = re.compile(rf"(?:{_PLACE_PREFIXES}|Mäster|Sankt|S:t)\s$")
# A flat before its street, with the building's name between ("Flat 12, Kingfisher House, 3 Mill Street").
# (privacy28: a flat or a block by its letter, and a floor alone or with its "flat": "Flat C, 7 ...", "Block B, 112 ...",
# "Ground Floor Flat, 6 ...", "Basement Flat, 3 ...", "3rd floor, 61 ...")
_FLAT_BEFORE = re.compile(rf"(?:(?<!\w)(?:[Ff]lat|Apartment|Apt\.?|[Uu]nit|Room|Suite|Block)\s(?:\d{{1,4}}[a-zA-Z]?(?:/\d{{1,2}})?|[A-H])|"
                          rf"(?<![\w/])\d{{1,2}}/\d{{1,2}}|(?<!\w)(?:Ground|First|Second|Third|Fourth|Fifth|Top|Basement|"
                          rf"\d{{1,2}}(?:st|nd|rd|th))\s[Ff]loor(?:\s[Ff]lat)?|Basement\s[Ff]lat),\s"
                          # (privacy21: its floor, "Flat 12, Third Floor, Canalside House, 8 Lock Street")
                          rf"(?:(?:Ground|First|Second|Third|Fourth|Fifth|Top|\d{{1,2}}(?:st|nd|rd|th))\s[Ff]loor,\s)?"
                          rf"(?:(?:The\s)?(?:{_CAP}\s){{0,2}}(?:House|Court|Building|Mansions|Lodge|Tower|Estate|Maltings|View|Hostel|Heights|Point)"
                          rf"(?:\s(?:hostel|hotel|flats))?,\s)?$")
# A flat, unit or caravan pitch with its building or estate and no street, before the town ("Unit 7, Brookside
# Estate, Ipswich", "Apartment 4, The Maltings, Dundalk"; privacy14).
_UNIT_PLACE = re.compile(rf"(?<!\w)(?:[Ff]lat|Apartment|Apt\.?|[Uu]nit|Pitch|Suite)\s\d{{1,4}}[a-zA-Z]?,\s(?:The\s)?"
                         rf"(?:{_CAP}\s){{0,3}}{_CAP}(?=,\s{_CAP})")
_NAMED_STREET = re.compile(rf"(?<![\w.])({_CAP})\s$")
_SUFFIX_ONLY = re.compile(_SUFFIX_STREET + r"\s\d")
# Not a town after a comma: a phone or e-mail word ("Keupstraße 21, 51063 Köln, Tel. ...").
_NOT_TOWNS = frozenset("tel tfn tlf puh phone mobile gsm email e-mail sähköposti mail".split())


# A town before a street of two words, in a locative or after "in" ("Riiassa Tērbatas iela", "v Talini Mustamäe tee").
_TOWN_BEFORE_STREET = re.compile(rf"({_CAP})\s(?={_CAP}\s)")
# A person before a street of two words and a street word: a name in a case form other than the street's genitive
# ("koos Sandriga Pärnu mnt 88-14", "pas draugą Lauryną Žemaičių g. 14-7", "leiti Kristjan Ilves Pärnu mnt 22-1";
# privacy18).
_CASE_OF_A_PERSON = ("ga", "ą", "ę", "le", "lt")
_FIRST_BEFORE = re.compile(rf"({_CAP})\s$")


def _someone_before(text: str, start: int, word: str) -> bool:
    """The first of two capitalised words before a street word is a person: a first name in a case no street takes,
    or a surname after a first name."""
    if word.endswith(_CASE_OF_A_PERSON) and classify(word)[0] and not classify(word)[2]:
        return True
    first = _FIRST_BEFORE.search(text, max(0, start - 20), start)
    return first is not None and classify(first.group(1), stems=False)[0] and not classify(word)[2]
_IN_PREPOSITION = re.compile(r"(?<!\w)(?:v|в|у|in|w|į)\s$")
# A district or a place in a locative before a street says where, no part of the street (privacy24): the Finnish
# inessive and adessive ("Wilmassa Vesijärvenkatu 38"), the Estonian adessive and inessive in an Estonian message
# ("Lasnamäel Mustakivi tee 21-104", "Kesklinnas Tartu mnt 3"; a Latvian street's genitive ends in -s too).
_ESTONIAN_LOCATIVE = re.compile(r"[aeiouõäöü][ls]$")


def _in_a_place(word: str, text: str) -> bool:
    return word.endswith(("ssa", "ssä", "lla", "llä")) or (
        _ESTONIAN_LOCATIVE.search(word) is not None and written_in(text) == "et")
# Words whose Finnish street ending is none ("Politiet 114").
_NOT_A_STREET = re.compile(r"(?:Politiet|Poliisi\w*|Politi|Polisen|Polizei|Bāriņtiesa)(?!\w)")


# A town in a locative case says where, not which address, after an address in the nominative ("Sjövägen 4,
# Kimito" but not "Kadaka tee 5, Tallinnas"); after an inflected street ("Brīvības ielā 12, Rīgā") it is its town.
# (privacy27: no Cyrillic ending; a Russian or Ukrainian locative takes its preposition, so "..., кв. 7, Рівне" is the town)
_IN_A_TOWN = ("ā", "ē", "oje", "yje", "uje", "ssa", "ssä", "lla", "llä", "iu", "ie")
# (privacy22: the Lithuanian "g." and the Latvian "gatvē" too, "Vilniaus g. 33-10, Alytuje", "Brīvības gatvē 2, Rīgā";
# privacy30: the genitive and the accusative of a move from or to it, "no Brīvības ielas 14-2, Ogrē", "į Vytauto gatvę
# 55-2, Panevėžyje")
_INFLECTED_STREET = re.compile(r"(?:ielā|ielu|ielas|bulvārī|gatvėje|gatvē|gatves|gatvę|gatvės|(?<!\w)g\.|pr\.|prospekte|"
                               r"prospekto|prospektą|ulicy|вулиці|улице)\s")


# An office's, a court's, a clinic's or a meeting place's address is no one's personal data (privacy11): an
# institution's word earlier in the sentence ("Helsingin käräjäoikeus, Porkkalankatu 13", "Our office is at
# Hämeenkatu 5", "The hearing is at Leeds Combined Court, 1 Oxford Row", "Mötet med socialtjänsten ... på
# Hantverkargatan 3"), unless a word says someone lives or stays there ("isän luona", "bor hos").
_INSTITUTION_BEFORE = re.compile(
    r"(?<!\w)(?:office|offices|clinic|court|hearing|museum|surgery|headquarters|reception|venue|"
    r"toimisto\w*|virasto\w*|\w*oikeu\w*|\w*sali|\w*salissa|poliisi\w*|tilaisuu\w*|vastaanot\w*|"
    r"\w*kontor\w*|\w*rätt(?:en)?|domstol\w*|polisen|mottagning\w*|socialtjänst\w*|"
    r"\w*gericht\w*|\w*amt(?:es)?|büro|praxis|klinik|polizei|sitzung|"
    r"retten|kommunen|politiet|"
    r"sąd\w*|urz[aą]d\w*|biur\w*|kohus\w*|kantselei|tiesa\w*|teism\w*|"
    r"суд\w*|офис\w*|офіс\w*|засідання|заседание)(?!\w)", re.IGNORECASE)
# Police, hospitals, emergency duty and the social services' administration, when the address stands after them as
# theirs, behind a comma ("Brixton Police Station, 367 Brixton Road", "Tallinna Lastehaigla, Tervise 28",
# "Barnevernvakten i Oslo, Storgata 33", "Socialförvaltningen, Box 1320"), not "Поліція знайшла хлопця на вул. ..."
# (privacy15).
_AUTHORITIES = (
    r"(?<!\w)(?:police|polis|policij\w*|policji|polizei\w*|politi|politistasjon\w*|politistation\w*|prefektuur\w*|"
    r"komisariat\w*|поліці\w*|полици\w*|\w*hospital\w*|\w*sjukhus\w*|\w*sairaala\w*|\w*haigla\w*|\w*ligonin\w*|\w*slimnīc\w*|szpital\w*|"
    r"\w*krankenhaus|\w*sykehus\w*|лікарн\w*|больниц\w*|\w*päivystys|\w*päivystyks\w*|\w*förvaltning\w*|"
    r"\w*forvaltning\w*|barnevern\w*|socialjour\w*"
    # (privacy17) clinics, a police house, a service centre, and the copula that names their address ("Lastenklinikka
    # on Stenbäckinkatu 9:ssä", "Polishuset, Kungsholmsgatan 43", "Santaros klinikos, Santariškių g. 2")
    r"|\w*klinik\w*|\w*polishus\w*|service\scent(?:re|er)|\w*nuorisoasem\w*|nuorten\stalo"
    # (privacy18) the child-protection and social services, crisis centres and children's houses of every asker
    # language, and the verbs that locate them ("Ośrodek Interwencji Kryzysowej, ul. Piotrkowska 100", "Bāriņtiesa
    # atrodas Pils ielā 11", "Lastekaitse Liit asub aadressil Endla 4", "Отдел опеки, ул. Пушкина, 15")
    r"|\w*sjukehus\w*|\w*barnahus\w*|\w*barnehus\w*|\w*perhekeskus\w*|\w*nemnd\w*|ośrod\w*|komend\w*|centrum|"
    r"\w*tarnyb\w*|\w*centras|\w*centre|\w*dienest\w*|\w*tiesa|liit|служб\w*|центр\w*|отдел\w*"
    # (privacy19) a hospital's wards and a child health clinic, and Kyiv's children's hospital ("Barneavdelingen,
    # Sognsvannsveien 20", "Perheneuvola, Sibeliuksenkatu 8", "Охматдит, вул. Чорновола, 28/1"); also before a colon or
    # a preposition of place ("Адреса Охматдиту: вул. ...", "лікарня Охматдит на вул. ...")
    r"|\w*avdeling\w*|\w*afdeling\w*|\w*avdelning\w*|\w*neuvola\w*|охматдит\w*|ohmatdyt"
    # (privacy22, round 21's dropped rule) the inspectorates and the Danish family court's house ("bērnu tiesību
    # aizsardzības inspekcija", "Familieretshuset")
    r"|\w*inspekcij\w*|\w*retshus\w*"
    # (privacy24) the Nordic states' welfare agencies, boards and inspectorates ("Ankestyrelsen, Teglholmsgade 3",
    # "Bufetat, Stensberggata 27", "NAV Grünerløkka, ...", "Inspektionen för vård och omsorg, Box 45184"; NAV in
    # capitals, the Latvian "nav" is "is not")
    r"|\w*styrelse\w*|bufetat|(?-i:NAV)|\w*inspektion\w*"
    # (privacy25) the German emergency services ("Kinder- und Jugendnotdienst")
    r"|\w*notdienst\w*"
    # (privacy26) a department's, an office's and the Polish social welfare centre's words ("Labklājības departaments
    # atrodas ...", "Folkhälsans kansli ligger på ...", "MOPS mieści się przy ...")
    r"|\w*departament\w*|\w*kansli\w*|(?-i:M?OPS)"
    # (privacy31) the state's agencies, a municipality and an office's branch in the other asker languages
    # ("Valsts ... aģentūra atrodas ...", "Vilniaus miesto savivaldybė, ...", "Sodros skyrius yra ...", "ZUS oddział
    # jest przy ...", "Sotsiaalkindlustusamet, Endla 8", "Das Jobcenter ist in der ...", "Borgerservice ligger på ...",
    # "Пенсійний фонд знаходиться на ...")
    r"|\w*aģentūr\w*|\w*savivaldyb\w*|skyri\w*|oddzia[łl]\w*|\w+amet(?:i|is)?|jobcenter\w*|borgerservice|"
    r"фонд\w*)(?![\w])")
_AUTHORITY_BEFORE = re.compile(
    _AUTHORITIES +
    r"(?:[^.!?\n]{0,30}[,:]|\s(?:on|is|är|er|ist|yra|ir|to|atrodas|asub(?:\saadressil)?|mieści\ssię(?:\sprzy)?)|"
    # (privacy20) up to two words of its name (four since privacy26: "Отдел опеки и попечительства находится на ...",
    # "Служба у справах дітей міста знаходиться на ..."), then a verb that locates it or the word for "at the address"
    # ("Sosiaalipäivystys toimii osoitteessa Kirkkokatu 8", "päivystys siirtyy 1.1.2026 alkaen osoitteeseen ...",
    # "Tarnybos skyrius yra Gedimino pr. 56", "Centrum Zdrowia Dziecka mieści się przy al. ...")
    r"(?:\s[^\W\d_]+){0,4}\s(?:yra|atrodas|asub|mieści\ssię(?:\sprzy)?|toimii|sijaitsee|siirtyy|ligger|holder\stil|"
    r"befindet\ssich|находится|знаходиться)(?:\s[^.!?\n]{0,20}?\s(?:osoitteessa|osoitteeseen))?"
    # (privacy22, round 21's dropped rule) then a preposition of place or the town behind a comma ("находится на ул.
    # ...", "ligger på ...", "atrodas Rīgā, Ķēniņu ielā 12")
    r"(?:\s(?:på|i|на|в|у|przy|in|at|on|an|auf))?(?:\s[^\W\d_]+,)?|"
    r"[^.!?\n]{0,20}\s(?:osoitteessa|osoitteeseen|aadressil)|"
    r"(?:\s[^\W\d_]+)?\s(?:på|at|on|на|в|przy|an\sder|in\sder|i))\s*$",
    re.IGNORECASE)
# An authority that has moved, is now at an address or still is (privacy25): the address is its new or current one, a
# date's dots between allowed ("Sosiaalipäivystys on muuttanut, uusi osoite on ...", "Socialjouren i Malmö finns på ...",
# "Barnevernvakten er nå i ...", "bāriņtiesa ir pārcēlusies uz ...", "Ośrodek ... przeniósł się na ...", "Центр ...
# переехал на ...", "sosiaalipäivystyksen osoite edelleen ...", "päivystys siirtyy 1.1.2026 alkaen osoitteeseen ...").
_AUTHORITY_MOVED = re.compile(
    _AUTHORITIES + r"(?:\s[^\W\d_]+){0,3}\s(?:(?:on|has|har|hat|ist|ir|er|is)\s(?:muuttanut|moved|flyttat|flyttet|"
    r"umgezogen|pārcēlusies|persikėlė)|(?:finns|ligger)(?:\snu)?\spå|(?:er|är|is|ist|on)\s(?:nå|nu|now|jetzt|nyt)|dabar|"
    r"przeni\w+\ssię|переех\w+|переїха\w+|siirty\w*|osoite\s(?:on\s)?(?:edelleen|muuttunut))(?![\w])"
    r"(?=(?:[^.!?\n]|\.(?=\d))*$)", re.IGNORECASE)
_MOVED_WORD = re.compile(r"muutt|moved|flytt|umgezogen|pārcēl|persikėl|finns|ligger|nå|nu|now|jetzt|nyt|dabar|przeni|"
                         r"переех|переїха|siirty|osoite", re.IGNORECASE)  # (the cheap test first)
# An address whose first part is an institution's own name ("Great Ormond Street Hospital, Great Ormond Street, London
# WC1N 3JH", "St Mary's Hospital, Praed Street, ..."; privacy17).
_INSTITUTION_FIRST = re.compile(r"^[^,]*(?:hospital|infirmary|clinic|centre|center|police station|klinik\w*|sairaala|"
                                r"sjukhus\w*|sykehus\w*|haigla|ligonin\w*|szpital\w*|krankenhaus)\s*,", re.IGNORECASE)
_SOMEONE_THERE = re.compile(
    r"(?<!\w)(?:asuu|asuvat|asunut|luona|kotona|koti\w*|bor|bodde|hos|lives|living|home|stays?|staying|wohnt|wohnen|"
    r"bei|mieszka\w*|u|dzīvo|gyvena|elab|juures|boende\w*|bostad\w*|asunno\w*|asunto\w*|housing|живе\w*|живут|проживає|проживает|client\w*|asiakka\w*|klient\w*)(?!\w)",
    re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=[^.!?\n]*$)")
# A clause that tells someone moved from or to the address, or names someone's new address, after an authority that is
# asked about it ("Får socialtjänsten lämna ut att Wilmer har flyttat från Storgatan 58", "Darf das Jugendamt sagen, dass
# Lea von Heinrichstraße 31 ... gezogen ist", "Må kommunen oplyse skolen om, at Magnus' nye adresse er ..."; privacy22,
# round 21's dropped rule with the new address). Not the authority moving ("The MASH moved to Civic Centre").
_SOMEONE_MOVED = re.compile(
    r"(?<!\w)(?:att|that|dass|at|että|et|kad|ka|że|що|что)\s[^!?\n]*?(?<!\w)(?:flytta\w*|flytte\w*|moved|muutti|"
    r"muuttanut|kolis\w*|pārcēl\w*|persikėl\w*|przeprowadzi\w*|umgezogen|gezogen|переїха\w*|переехал\w*)(?!\w)|"
    r"(?<!\w)(?:nya adress|neuen? (?:Anschrift|Adresse)|nye adresse|new address|uusi osoite|nowy adres|новый адрес|"
    r"нова адреса|jaunā adrese|nauja gyvenamoji vieta|uus aadress)(?!\w)",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[!?\n]|\.\s+[A-ZÅÄÖ][a-zåäö]")  # (a street's or a floor's dot ends no clause: "Str. 31, 2. OG")
# The police found, drove or took someone there: the address is where the person was, not the police's ("Polisen
# körde mamman från Smedjegatan 5", "politiet fant ham i Tøyengata 9", "Polizei hat ihn in der Weserstraße 4
# aufgegriffen"; privacy19).
_POLICE_TOOK = re.compile(
    r"(?<!\w)(?:poliisi\w*|polis\w*|politi\w*|polizei|police|polic\w*|politsei|поліці\w*|полици\w*)\s(?:[^.!?\n]*\s)?"
    r"(?:löysi\w*|löyti\w*|kuljetti\w*|vei|veivät|toi|toivat|hittade|körde|hämtade|fandt|kørte|hentede|fant|kjørte|"
    r"hentet|fand|brachte|aufgegriffen|gefunden|found|took|drove|brought|picked|leidis|viis|tõi|atrada|aizveda|rado|"
    r"nuvežė|znalazł\w*|zawiozł\w*|знайшл\w*|відвез\w*|нашл\w*|отвез\w*)(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _an_institutions(text: str, start: int) -> bool:
    """The address is an institution's: see ``_INSTITUTION_BEFORE``."""
    window = text[max(0, start - 120):start]
    boundary = _SENTENCE_START.search(window)
    sentence = window[boundary.end():] if boundary else window
    end = _SENTENCE_END.search(text, start)
    whole = sentence + text[start:end.start() if end else len(text)]
    if _MOVED_WORD.search(window) and _AUTHORITY_MOVED.search(window):
        return not _SOMEONE_THERE.search(sentence)
    return bool(_INSTITUTION_BEFORE.search(sentence) or _AUTHORITY_BEFORE.search(sentence)) and \
        not _SOMEONE_THERE.search(sentence) and not _POLICE_TOOK.search(whole) and not _SOMEONE_MOVED.search(
            sentence + text[start:_CLAUSE_END.search(text + "\n", start).start()])


# (privacy24: a first name after a street's comma is its town when it is a place too, or when it is no surname and the
# sentence ends or goes on with a lower-case word other than "and": "Fjellveien 23 B, Bergen, tlf.", "Jūratės g. 12,
# Neringa.", "22 Mill Lane, Ely to ..."; not "Torikatu 18 A 5, Ahmedin äiti", a surname too by its case)
_TOWN_ENDS_CLAUSE = re.compile(rf"\s*(?:[.!?]\s|[.!?]?$|\s(?!(?:{_WITH_WORDS})\s)[a-z])")

# (privacy33: a town straight after a flat, without a comma, where the sentence, clause or line ends: "Sammalkatu 14 B 22
# Tampere.", "Kvarngatan 22 lgh 1203 Norrköping.", "Kalevi 37-4 Viljandi.", "ul. Kościuszki 19/6 Radom.", "вул. Миру 19
# кв. 6 Житомир."; a flat is the house number's letter and number, its hyphen or slash, or a flat's word)
_FLAT_IN_NUMBER = re.compile(rf"\d[a-zA-Z]?\s?[-/]\s?\d{{1,4}}[a-zA-Z]?$|\d\s?[A-Ha-h]\s?\d{{1,3}}$|"
                             rf"\d\s(?:{apartment_word_pattern()}|bst\.?)\s?\d{{1,3}}$")
_TOWN_AFTER_FLAT = re.compile(rf"[^\S\n](?P<town>{_CAP})(?:{_POSTCODE_AFTER_TOWN})?(?=[.!?;]?\s*$|[.!?;,]\s|[ \t]*\n)")
# (a town in a case, where someone moved to or lives, stays outside: "Vuorikadulle 9 A 2 Lahteen", "Šilutės pl. 27-9
# Klaipėdoje", "Mustamäe tee 137-17 Tartusse", "Lille 4-2 Viljandis")
_TO_A_TOWN = _IN_A_TOWN + ("sse", "een", "ään", "aan", "iin", "lle", "lta", "ltä", "sta", "stä")

# (privacy33: an address block's next line that holds its town and postcode alone, "Storgatan 47 B\n722 14 Västerås",
# "Dzirnavu iela 67-21\nLiepāja, LV-3401", "вул. Шкільна, 23, кв. 41\nм. Житомир, 10014", "12 Bell Lane\nHull HU5 2JQ";
# a flat's letter and number stay on their line)
_TOWN_NEXT_LINE = re.compile(
    rf"[ \t]*\n(?:{_POSTCODE}[ \t]{_CAP}|(?:(?:м|г|m)\.\s?)?{_CAP}(?:[ \t]{_CAP})?,?[ \t](?:(?:(?:LV|LT|EE)-)?\d{{4,6}}|"
    rf"{_UK_POSTCODE}))(?=[ \t]*(?:\n|$))")


def _no_towns_name(word: str, text: str) -> bool:
    """Whether ``word`` after a flat may be its town: not in a case, no first name unless a place too, no phone's or
    mail's word."""
    first, _, place, _ = classify(word)
    return word.lower() not in _NOT_TOWNS and not re.fullmatch("[IVX]+", word) and (place or not first) and not (
        word.endswith(_TO_A_TOWN) or word.endswith("s") and written_in(text) == "et")


_LAST_NUMERAL = re.compile(r"(?<=\d)\s\d{1,2}$")
_FLOOR_WORD_NEXT = re.compile(rf"\.?\s?{floor_word_pattern()}|{UPPER_FLOOR}")


def _tail(text: str, start: int, end: int) -> int:
    """The end of an address whose street and number end at ``end``: with its flats, villages and regions,
    postcode and town."""
    if (numeral := _LAST_NUMERAL.search(text, start, end)) and _FLOOR_WORD_NEXT.match(text, end):
        end = numeral.start()  # a floor's numeral, no flat number: "storgata 12 2 etg", "lessingstr. 3 2. og" (privacy34)
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
                name.endswith(_IN_A_TOWN) and not inflected):
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


def _with_prefix(text: str, start: int) -> int:
    """The start of a street's name with the words that belong before it."""
    prefix = _STREET_PREFIX.search(text, max(0, start - 12), start)
    if prefix:  # (and what stands before that: "c/o Marjatta Koskela, Vanha Turuntie 44"; privacy16)
        start = prefix.start()
    flat = _FLAT_BEFORE.search(text, max(0, start - 60), start)
    if flat:
        return flat.start()
    house = _HOUSE_BEFORE.search(text, max(0, start - 40), start)
    if house:
        return house.start(1)
    named = _NAMED_STREET.search(text, max(0, start - 16), start)
    if named and classify(named.group(1))[0] and _SUFFIX_ONLY.match(text, start) and not _in_a_place(named.group(1), text):
        return named.start()  # "Hjalmar Lundbohmsvägen 31": a street named after a person, first name and all
    village = _VILLAGE_BEFORE.search(text, max(0, start - 40), start)
    start = village.start() if village else start
    before = _BEFORE_STREET.search(text, max(0, start - 60), start)
    return before.start() if before else start


# An item of a list of addresses, one a line or between semicolons, after a year or a span of years ("2019–2023 Am
# Anger 12a, Erfurt", "alates 2024 Kesk 9, Elva"): a street's own name and number, and its town, without a street word.
_LIST_ITEM = re.compile(rf"(?:^|(?<=[;:])|(?<=\n))[ \t]*(?:(?:[^\W\d_]+[ \t])?(?:19|20)\d{{2}}(?:[–-](?:(?:19|20)\d{{2}})?)?[ \t]+)?"
                        rf"(?P<item>(?:{_CAP}\s)?{_CAP}\s\d{{1,4}}[a-zA-Z]?(?:-\d{{1,4}})?(?:,\s(?:{_CAP}\s)?{_CAP})?)"
                        rf"[ \t]*(?=[;\n]|[.]?$)")
_LIST_SEPARATORS = re.compile(r"[;\n]")


def _listed_with_addresses(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Items of a list (lines, or parts between semicolons) of which two or more are addresses found already."""
    if len({len(_LIST_SEPARATORS.findall(text, 0, f.start)) for f in found}) < 2:
        return []
    return [m.span("item") for m in _LIST_ITEM.finditer(text)
            if not any(f.start < m.end("item") and m.start("item") < f.end for f in found)]


def find_addresses(text: str) -> list[Finding]:
    """Street addresses (with their postcode and town), and postcodes with a town after an address word."""
    return [f for f in _addresses(text) if not _institutions(text, f)]


def institutions_addresses(text: str) -> list[Finding]:
    """The addresses ``find_addresses`` leaves out as an institution's (privacy34: a phone straight after one is the
    institution's too)."""
    return [f for f in _addresses(text) if _institutions(text, f)]


def _institutions(text: str, address: Finding) -> bool:
    return _an_institutions(text, address.start) or bool(_INSTITUTION_FIRST.match(address.text))


@lru_cache(maxsize=1)  # (a message's phones and its addresses both ask)
def _addresses(text: str) -> tuple[Finding, ...]:
    found = []

    def add(start: int, end: int, confidence: float) -> None:
        if _NOT_A_STREET.match(text, start):
            return  # "Politiet 114": the police's number, no street
        if (town := _TOWN_BEFORE_STREET.match(text, start)) and (_in_a_place(town.group(1), text) or (
                _IN_PREPOSITION.search(text, max(0, start - 4), start) and not classify(town.group(1))[0]) or
                _someone_before(text, start, town.group(1))):
            start = town.end()  # "osoite Riiassa Tērbatas iela 41-7", "v Talini Mustamäe tee 41-17": the town first
        start, end = _with_prefix(text, start), _tail(text, start, end)
        if word := _ADDRESS_WORD.match(text, start, end):
            start = word.end()
        found.append(Finding(ADDRESS, start, end, text[start:end], confidence))

    def taken(at: int) -> bool:
        return any(f.start <= at < f.end for f in found)

    for m in _STREET_ADDRESS.finditer(text):
        add(m.start(), m.end(), LIKELY)
    for pattern in (_PO_BOX_ADDRESS, _RURAL, _VILLAGE_HOUSE, _UNIT_PLACE, _BARE_WITH_POSTCODE):
        for m in pattern.finditer(text):
            if not taken(m.start()) and not taken(m.end() - 1):
                add(m.start(), m.end(), LIKELY if pattern is not _BARE_WITH_POSTCODE else CONTEXT)
    for m in _UK_PARTS.finditer(text):
        # (an address found inside it is its street: "12 Church View, Ballyfermot, Dublin 10, D10 X2Y4"; privacy16)
        if all(f.end <= m.start() or f.start >= m.end() or m.start() <= f.start and f.end <= m.end() for f in found):
            # (its flat before it too: "Room 9, 55 Kingsway, Wolverhampton WV1 3EZ"; privacy21)
            flat = _FLAT_BEFORE.search(text, max(0, m.start() - 60), m.start())
            start = flat.start() if flat else m.start()
            found = [f for f in found if not (start <= f.start and f.end <= m.end())]
            found.append(Finding(ADDRESS, start, m.end(), text[start:m.end()], LIKELY))
    for m in _PO_BOX_ALONE.finditer(text):
        if not taken(m.start()) and _tail(text, m.start(), m.end()) > m.end():
            add(m.start(), m.end(), LIKELY)
    for m in _UK_POSTCODE_ALONE.finditer(text):
        if not taken(m.start()) and _POSTCODE_WORD.search(window_before(text, m.start(), 30)):
            found.append(Finding(ADDRESS, m.start(), m.end(), m.group(), CONTEXT))
    for m in _HOUSE_FLAT.finditer(text):
        if not taken(m.start()) and len(m.group("name")) > 2 and \
                zipf_here(text, m.group("name").lower()) < _HOUSE_FLAT_ZIPF and \
                (not starts_sentence(text, m.start()) or _TOWN_NEXT.match(text, m.end())):
            add(m.start(), m.end(), CONTEXT)
    for m in _HOUSE_FLOOR.finditer(text):
        if not taken(m.start()) and len(m.group().split()[0]) > 2:  # (not a room's "B 12, 3. sal")
            add(m.start(), m.end(), CONTEXT)
    for m in _BARE_STREET.finditer(text):
        before = window_before(text, m.start(), 30)
        if taken(m.start()) or not (_LIVES.search(before) or (found and _OLD.search(before))):
            continue
        start = m.start()
        first = m.group().split()[0]
        if len(m.group().split()) > 2 and m.group().split()[1][:1].isupper() and (
                first.endswith(_IN_A_TOWN + ("s",)) or _in_a_place(first, text)):
            start += len(first) + 1  # "Tartus Anne 63-18": in Tartu, Anne street
        add(start, m.end(), CONTEXT)
    for m in _PLACE_POSTCODE_TOWN.finditer(text):
        if not taken(m.start()) and not taken(m.end() - 1) and _LIVES.search(window_before(text, m.start(), 30)):
            found.append(Finding(ADDRESS, m.start(), m.end(), m.group(), CONTEXT))
    for m in _POSTCODE_TOWN.finditer(text):
        if taken(m.start()):
            continue
        before = window_before(text, m.start(), 30)
        if _LIVES.search(before) or (found and _POSTAL.search(before)):
            found.append(Finding(ADDRESS, m.start(), m.end(), m.group(), CONTEXT))
    for start, end in bare_homes(text):  # "bor hos onkel på Gadelandet 12", "Живе на Хрещатику, 22" (privacy15)
        if not taken(start) and not taken(end - 1):
            add(start, end, CONTEXT)
    for start, end in find_lower_addresses(text):  # "moved to 9 heather way, livingston eh54 8pq" (privacy16)
        if not taken(start) and not taken(end - 1):
            found.append(Finding(ADDRESS, start, end, text[start:end], CONTEXT))
    for home in find_home_streets(text):  # a street without a number as someone's home (privacy15)
        if not taken(home.start) and not taken(home.end - 1):
            found.append(home)
    for start, end in _listed_with_addresses(text, found):  # "Elukohad: Kooli 17, Elva; Ranna pst 12-7, ..." (privacy20)
        add(start, end, CONTEXT)
    if text.islower():  # (dictated: its flat and town; privacy25)
        found = [Finding(ADDRESS, start, end, text[start:end], f.confidence)
                 for f in found for start, end in [spoken_address(text, f.start, f.end)]]
    return tuple(found)
