"""Where someone lives: street addresses, postcodes with a town, PO boxes.

- **street addresses**: a capitalised street name with its street word ("Hämeentie", "Kirkkokadulla",
  "Storgatan", "Brīvības iela", "Gedimino pr.", "ul. Marszałkowska", "Karl Johans gate", "вул.
  Шевченка") and a house number, with staircase and flat ("Hämeentie 5 A 3"), then a postcode and
  town when they follow; the English order too ("12 Baker Street");
- **a postcode with a town** after a word that says address or living ("asuu 00100 Helsinki",
  "bor i 123 45 Stockholm", "address: LV-1050 Rīga");
- PO boxes, farms and c/o lines, the flat before or after the street; not an office's, a court's or a clinic's
  address (privacy11).

Where an address ends after its street and number (flats, a postcode and a town) is ``towns.py``'s; whether it
is an institution's is ``institution_addresses.py``'s. Schools and classes are ``schools.py``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.privacy.base import ADDRESS, CONTEXT, LIKELY, Finding, starts_sentence, window_before
from assistant.privacy.gazetteer import classify, written_in
from assistant.privacy.home_streets import bare_homes, find_home_streets
from assistant.privacy.institution_addresses import is_institutions
from assistant.privacy.letters import CAP as _CAP, UP as _UP, WORD as _WORD
from assistant.privacy.lower_addresses import find_lower_addresses, spoken_address
from assistant.privacy.name_tokens import zipf_here
from assistant.privacy.settlements import settlement_start
from assistant.privacy.street_abbreviations import english_pattern, glued_pattern, not_glued_pattern
from assistant.privacy.street_starts import named_after_someone, street_start
from assistant.privacy.streets import apartment_word_pattern, street_word_pattern
from assistant.privacy.towns import (IN_A_TOWN, PLACE_PREFIXES, PO_BOX, POSTCODE, REGION, TOWN, UK_POSTCODE,
                                     address_end)

# House number, then a staircase letter and a flat number ("5 A 3", "12b", "3 as. 4", "12/5", "кв. 7"), on its line
# (privacy33: not "Storgatan 47\n722 14 Västerås", whose next line is the postcode).
_NUMBER = (r"\d{1,4}(?:(?:[a-zA-Z]|[^\S\n][A-Z]|\s[a-z](?=\s\d)|\s[abcdfghk](?=\s?[,;–—)]|\s[–—-]\s|\s[a-zåäöæø]{2,}\s|$))(?![\w]|\.\s?\d))?"
           r"(?:(?:\s?[-–/]\s?\d{1,4}){1,2}|"
           rf"[^\S\n](?:{apartment_word_pattern()}\s?|bst\.?\s?)?\d{{1,3}}(?![\d/]|[.,:]\d|\s?tr\b))?(?::\w{{1,4}}(?!\w))?")
_FI_STREET = (r"(?:katu|kadu|tie|kuja|polku|polu|väylä|väyl|ranta|rann|kaari|kaare|rinne|rintee|tori|toril|"
              r"aukio|raitti|raiti|bulevardi|esplanadi|puistikko|penger|pengere|pengert|kaarre|kaartee|kuja|"
              r"mäki|mäe|kuja|tanhua|piha|puistotie|puisto|rinne)(?:\w{0,5})")
_SUFFIX_STREET = (rf"{not_glued_pattern()}{_UP}{_WORD}*(?:-{_CAP}-Str\.|{_FI_STREET}|gatan|gata|gatu|vägen|väg|gränd|gränden|stigen|backen|torget|"
                  r"svängen|gården|"
                  r"allén|leden|kajen|esplanaden|stråket|slingan|vej|vejen|gade|gaden|plads|stræde|bakken|bakke|"
                  r"veien|vegen|vei|veg|gate|gaten|"
                  r"plass|straße|strasse|weg|platz|allee|gasse|damm|ufer|gürtel|steig|pfad|chaussee|tänav|tänava\w*|"
                  # (privacy16: a bridge's and a park's street, "Piispansilta 5 C 21", "Mjølnerparken 14")
                  r"silta|sillan|sillalla|parken|"
                  # (privacy33: the street word shortened to its first letter, glued, "Hämeenk. 18 B 9", "Storg. 14";
                  # privacy54: every language's own abbreviations, "Björkv. 3", "Kirkegt. 12 B", "Bahnhofstr. 7")
                  rf"{glued_pattern()})")
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
_LOWER_STREET = (rf"{not_glued_pattern()}[a-zåäöøæü]{{2,}}(?:gatan|vägen|gränd|stigen|katu|kadulla|kadun|tie|tiellä|"
                 rf"tien|kuja|vej|vejen|gade|veien|gata|gate|straße|strasse|weg|tänav|{glued_pattern()})")
# German streets named with a preposition: "Am Anger 4", "An der Mühle 12", "Im Winkel 3".
_DE_STREET = rf"(?:Am|An der|Auf dem|Auf der|Im|In der|Zum|Zur|Hinter der|Unter den)\s{_CAP}"
_LOWER_TOWN = r"\s[a-zåäöøæ]{3,}"
_STREET_ADDRESS = re.compile(
    rf"(?<!\w)(?:(?:{_SUFFIX_STREET}|{_WORD_STREET}|{_PREFIX_STREET})\s?{_NUMBER}"
    rf"|(?<![/\d])(?:\d{{1,4}}/)?\d{{1,4}}[A-Za-z]?\s(?:{_CAP}\s){{1,3}}"
    rf"(?:{english_pattern()}|Street|Road|Avenue|Lane|Drive|Close|"
    # (privacy26: "Bank", "Cottages", "Causeway", and a compass word after the street's: "7 Thistle Bank", "3 Gorse Hill
    # Cottages", "31a Lodge Causeway", "118 Moss Lane East")
    rf"Way|Court|Place|Square|Terrace|Crescent|Gardens|Grove|Row|Boulevard|Mews|Walk|Park|Parade|Rise|View|Hill|Green|Vale|"
    rf"Bank|Cottages|Causeway)(?:\s(?:East|West|North|South)(?=[,.;]))?(?!\w))"
    rf"(?:,?\s{POSTCODE}{TOWN})?"
    rf"|(?<!\w){_LOWER_STREET}\s?{_NUMBER}(?:(?:,?\s(?:lgh|as\.?)\s?\d{{1,4}})?,?\s{POSTCODE}{_LOWER_TOWN})?"
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
_POSTCODE_TOWN = re.compile(rf"(?<![\w/.-]){POSTCODE}{TOWN}")
# A postcode word says address only in a message that gives a street too ("Metsäpolku 2 A 3 ja postinumero
# 41800 Korpilahti"); alone, "Postinumero 00100 Helsinki" names an office's area, no one's home.
_POSTAL = re.compile(r"(?:postinumero\w*|postnummer\w*|postcode|post code|postnr\.?)\s*(?:on|är|er|is|:)?\s*$", re.IGNORECASE)
# A village before its postcode and town, after a living word ("bor i Stensele, 923 98 Storuman").
_PLACE_POSTCODE_TOWN = re.compile(rf"(?<!\w){_CAP},\s{POSTCODE}{TOWN}")
# A street name without a street word, after a word that says where someone lives ("elab Tähe 44-9",
# "dzīvo Ganību dambī 24 dz. 11"), or before its postcode and town ("Zalesie 17, 26-020 Chmielnik").
_BARE_STREET = re.compile(rf"{_CAP}(?:\s{_WORD}+)?\s{_NUMBER}")
_BARE_WITH_POSTCODE = re.compile(rf"(?<![\w.])(?:{_CAP}\s)?{_CAP}\s{_NUMBER}(?=,\s{POSTCODE}{TOWN})")
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
_PO_BOX_ALONE = re.compile(rf"(?<!\w){PO_BOX}(?!\w)")
# A British or Irish address without a street word: comma-separated capitalised parts ending in a town and its
# postcode ("Rose Cottage, Lower Slaughter, Cheltenham GL54 2HR", "12a, Woodland Rise, Sheffield, S6 4QJ").
# (privacy31: a Welsh street, its article in lower case, with its number before it: "Ty Gwyn, 4 Heol y Llan, ...")
_UK_PART = rf"(?:\d{{1,4}}[a-z]?\s(?=Heol\s))?(?:{_CAP}\s(?:yr?\s)?){{0,3}}{_CAP}(?:\s\d{{1,2}})?"
_UK_PARTS = re.compile(rf"(?<!\w)(?:\d{{1,4}}[a-z]?,?\s)?(?:{_UK_PART},\s){{1,4}}{_UK_PART},?\s{UK_POSTCODE}(?!\w)")
_UK_POSTCODE_ALONE = re.compile(rf"(?<!\w){UK_POSTCODE}(?!\w)")
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
_PO_BOX_ADDRESS = re.compile(rf"(?<!\w){PO_BOX}(?:\s{_CAP})?,?\s(?:\d{{2}}-\d{{3}}\s{_CAP}\s[1-9]\d?(?![\w/:-]|[.,]?\d)|"
                             rf"{POSTCODE}{TOWN})")
# A farm or village with its region ("Kaasiku talu, Vastse-Kuuste vald", 'z/s "Ozolkalni", Vecpiebalgas pag.',
# "Pakalnių k. 7, Molėtų r. sav.") and a village before its street ("д. Берёзовка, ул. Полевая").
_RURAL = re.compile(rf"(?<!\w)(?:{_CAP}\stalu\w{{0,2}}|(?:z/s\s)?[„\"«]{_CAP}(?:\s{_CAP})?[”\"»]|{_CAP}\sk\.(?:\s\d{{1,4}})?|"
                    rf"(?:{_CAP}-)?{_CAP}\sküla|(?:(?:Nordre|Søndre|Øvre|Nedre|Store|Lille|Vestre|Østre)\s)?{_CAP}\s(?:gård|gard))"
                    # (privacy14: a village between the farm and its region or postcode, "„Lejasmāji”, Ozolmuiža,
                    # Rēzeknes novads", "Männimäe talus, Kõrvemaa küla, 74201 Anija vald")
                    rf"(?=(?:,\s(?:{_CAP}-)?{_CAP}(?:\sküla)?)?(?:{REGION}|,\s{POSTCODE}{TOWN}))")
# A Russian village with its house number and no street ("д. Малое Вишнёво, д. 14, Тверская обл."; privacy14; "дер."
# written for "д.", privacy20).
_VILLAGE_HOUSE = re.compile(rf"(?<!\w)(?:д\.|дер\.|с\.|село|деревня|пос\.|хутор)\s(?:{_CAP}\s)?{_CAP},\s(?:д\.|буд\.)\s\d{{1,4}}(?=,\s)")
# (privacy52: not a town's or a city's word, "г. Псков, [ул. Рижская, д. 45, кв. 17]": a town heading a city address
# stays outside, by the lead's twenty-ninth-session decision; a village heading a rural one is inside)
_VILLAGE_BEFORE = re.compile(rf"(?:с\.|д\.|село|деревня|пос\.|смт)\s{_CAP},\s$")
# Words before a street's own name that belong to it: the place prefixes and a title ("Mäster Samuelsgatan").
_STREET_PREFIX = re.compile(rf"(?:{PLACE_PREFIXES}|Mäster|Sankt|S:t)\s$")
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
_NAMED_STREET = re.compile(rf"(?<![\w.])({_CAP}) $")  # (privacy52: on the street's line and in its cell)
_SUFFIX_ONLY = re.compile(_SUFFIX_STREET + r"\s\d")


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
    if named and classify(named.group(1))[0] and (street := _SUFFIX_ONLY.match(text, start)) and \
            not _in_a_place(named.group(1), text) and named_after_someone(street.group().split()[0]):
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
    return [f for f in _addresses(text) if not is_institutions(text, f)]


def institutions_addresses(text: str) -> list[Finding]:
    """The addresses ``find_addresses`` leaves out as an institution's (privacy34: a phone straight after one is the
    institution's too)."""
    return [f for f in _addresses(text) if is_institutions(text, f)]


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
        start, end = street_start(text, _with_prefix(text, start)), address_end(text, start, end)
        start = settlement_start(text, start, end)  # "bor i Sörbyn, Sörbyvägen 8, …" (privacy48)
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
            start = settlement_start(text, flat.start() if flat else m.start(), m.end())
            found = [f for f in found if not (start <= f.start and f.end <= m.end())]
            found.append(Finding(ADDRESS, start, m.end(), text[start:m.end()], LIKELY))
    for m in _PO_BOX_ALONE.finditer(text):
        if not taken(m.start()) and address_end(text, m.start(), m.end()) > m.end():
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
                first.endswith(IN_A_TOWN + ("s",)) or _in_a_place(first, text)):
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
            start = street_start(text, start)  # "ganību dambī 24-5" (privacy52)
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
