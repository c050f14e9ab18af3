"""Where someone lives or goes to school: street addresses, postcodes with a town, schools, classes.

- **street addresses**: a capitalised street name with its street word ("Hämeentie", "Kirkkokadulla",
  "Storgatan", "Brīvības iela", "Gedimino pr.", "ul. Marszałkowska", "Karl Johans gate", "вул.
  Шевченка") and a house number, with staircase and flat ("Hämeentie 5 A 3"), then a postcode and
  town when they follow; the English order too ("12 Baker Street");
- **a postcode with a town** after a word that says address or living ("asuu 00100 Helsinki",
  "bor i 123 45 Stockholm", "address: LV-1050 Rīga");
- **schools and day-care centres** named by a proper name and a school word ("Kallion yläasteella",
  "Ressun lukio", "Brändö gymnasium", "Katedralskolan", "Riverside Primary School", "школа № 5");
- **classes**: a class name with a letter next to a class word ("7B-luokalla", "klass 8C", "class 5A").
"""

from __future__ import annotations

import re

from assistant.privacy.base import ADDRESS, CONTEXT, LIKELY, NAME, SCHOOL, Finding, starts_sentence, window_before
from assistant.privacy.gazetteer import classify

_UP = r"[A-ZÅÄÖÜÕŠŽČĒĪĀŪĶĻŅĢŁŚŻŹĆŃÓØÆА-ЯЁІЇЄҐ]"
_WORD = r"[^\W\d_]"
_CAP = rf"{_UP}{_WORD}*(?:[-']{_WORD}+)*"
# House number, then a staircase letter and a flat number ("5 A 3", "12b", "3 as. 4", "12/5", "кв. 7").
_NUMBER = (r"\d{1,4}(?:\s?[a-zA-Z](?![\w]|\.\s?\d))?(?:\s?[-/]\s?\d{1,4}|\s(?:as\.?\s?|lgh\.?\s?|bst\.?\s?|apt\.?\s?|"
           r"кв\.?\s?)?\d{1,3}(?![\d:/]|[.,]\d))?")
_FI_STREET = (r"(?:katu|kadu|tie|kuja|polku|polu|väylä|väyl|ranta|rann|kaari|kaare|rinne|rintee|tori|toril|"
              r"aukio|raitti|raiti|bulevardi|esplanadi|puistikko|penger|pengere|pengert|kaarre|kaartee|kuja|"
              r"mäki|mäe|kuja|tanhua|piha|puistotie|puisto|rinne)(?:\w{0,5})")
_SUFFIX_STREET = (rf"{_UP}{_WORD}+(?:{_FI_STREET}|gatan|gata|gatu|vägen|väg|gränd|gränden|stigen|backen|torget|"
                  r"allén|leden|kajen|esplanaden|vej|vejen|gade|gaden|plads|stræde|veien|vegen|vei|veg|gate|gaten|"
                  r"plass|straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|tänav|tänava\w*)")
_WORD_STREET = (rf"(?:(?:{_UP}\.\s?){{1,3}})?(?:{_CAP}\s){{1,2}}(?:gata|gate|vei|väg|iela|ielā|ielas|bulvāris|prospekts|gatvė|gatvėje|g\.|"
                r"pr\.|prospektas|al\.|alėja|tänav|tn\.?|maantee|mnt\.?|puiestee|pst\.?|tee|Street|St\.?|Road|"
                r"Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Close|Way|Court|Place|Square|Terrace|Crescent|Gardens|"
                r"Grove|Row|Boulevard|Mews|Walk|Plads|Gade|Vej|Allé|Torv|Gate|Vei|Straße|Platz|Weg|valtatie|puistotie|"
                r"rantatie|maantie|katu|tie|шоссе|шосе|улица|вулиця|проспект|переулок|провулок|бульвар|площадь|площа|"
                r"набережная|набережна)")
_PREFIX_STREET = (rf"(?:ul\.|ulica|ulicy|al\.|aleja|os\.|pl\.|ул\.|улица|вул\.|вулиця|просп\.|проспект|пер\.|"
                  rf"переулок|пров\.|провулок)\s?{_CAP}(?:\s{_CAP})?,?(?:\s(?:д\.|буд\.))?")
_LOWER_STREET = (r"[a-zåäöøæü]{2,}(?:gatan|vägen|gränd|stigen|katu|kadulla|kadun|tie|tiellä|tien|kuja|vej|vejen|"
                 r"gade|veien|gata|gate|straße|strasse|weg|tänav)")
# German streets named with a preposition: "Am Anger 4", "An der Mühle 12", "Im Winkel 3".
_DE_STREET = rf"(?:Am|An der|Auf dem|Auf der|Im|In der|Zum|Zur|Hinter der|Unter den)\s{_CAP}"
_POSTCODE = (r"(?:(?:FI|SE|EE|LV|LT|DK|NO|PL|D|S)-)?(?:\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,5})")
_TOWN = rf"\s{_CAP}(?:\s(?:Ø|V|K|N|S|C))?"
_LOWER_TOWN = r"\s[a-zåäöøæ]{3,}"
_STREET_ADDRESS = re.compile(
    rf"(?<!\w)(?:(?:{_SUFFIX_STREET}|{_WORD_STREET}|{_PREFIX_STREET})\s?{_NUMBER}"
    rf"|(?<![/\d])\d{{1,4}}[A-Za-z]?\s(?:{_CAP}\s){{1,3}}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Close|"
    rf"Way|Court|Place|Square|Terrace|Crescent|Gardens|Grove|Row|Boulevard|Mews|Walk)(?!\w))"
    rf"(?:,?\s{_POSTCODE}{_TOWN})?"
    rf"|(?<!\w){_LOWER_STREET}\s?{_NUMBER}(?:(?:,?\s(?:lgh|as\.?)\s?\d{{1,4}})?,?\s{_POSTCODE}{_LOWER_TOWN})?"
    rf"|(?<!\w){_DE_STREET}\s\d{{1,3}}[a-z]?(?=,\s\d{{5}}\s{_UP})")
_LIVES = re.compile(r"(?:osoite\w*|osoitteessa|osoitteeseen|asuu|asuvat|asunut|kotiosoite\w*|address\w*|lives|"
                    r"elab|elavad|dzīvo|gyvena|mieszka|mieszkają|wohnt|wohnen|bor|bur|проживає|проживают|проживает|"
                    r"living|adress\w*|bor|bodde|bosatt|aadress\w*|elab|adrese\w*|dzīvo|adresas|adresu|gyvena|"
                    r"adres\w*|mieszka|wohnt|anschrift|adresse\w*|bor|адрес\w*|живе\w*|живут|мешка\w*)"
                    r"\s*(?:on|är|is|in|i|at|på|:|,)?\s*$", re.IGNORECASE)
_POSTCODE_TOWN = re.compile(rf"(?<![\w/.-]){_POSTCODE}{_TOWN}")


# What may follow a street and number: a flat ("m. 3", "dz. 11", ", кв. 3", ", 2. th."), then a postcode
# and town, or a town alone after a comma where the sentence or clause ends ("Sjövägen 4, Kimito";
# "Tērbatas iela 22-8, Rīga, LV-1011").
_FLAT = re.compile(r"(?:,?\s(?:m\.|dz\.|кв\.|lgh\.?|lejl\.|apt\.?|flat|as\.)\s?\d{1,4}|,\s\d{1,2}\.\s?(?:th|tv|mf|sal)\.|"
                   r",\s\d{1,2}\.\s?(?:OG|Stock|Etage|etg|etasje|sal)\.?(?:\s(?:rechts|links|re|li)\.?)?(?=[,\s.]|$))")
_TOWN_AFTER = re.compile(rf",?\s{_POSTCODE}{_TOWN}|,\s(?P<town>{_CAP})(?:,\s(?:LV|LT|EE)-\d{{4,5}})?(?=\s*(?:$|[.;:)!?–—]|,\s)|\s(?:koos|ja|och|og|und|and|ir|un|i|и|з|с)\s)")
# A street name without a street word, after a word that says where someone lives ("elab Tähe 44-9",
# "dzīvo Ganību dambī 24 dz. 11").
_BARE_STREET = re.compile(rf"{_CAP}(?:\s{_WORD}+)?\s{_NUMBER}")


# A town in a locative case says where, not which address ("Brīvības ielā 12, Rīgā": in Riga).
_IN_A_TOWN = ("ā", "ē", "oje", "yje", "uje", "ssa", "ssä", "lla", "llä", "iu", "ie", "е")


def _tail(text: str, end: int) -> int:
    """The end of an address whose street and number end at ``end``: with its flat, postcode and town."""
    flat = _FLAT.match(text, end)
    end = flat.end() if flat else end
    town = _TOWN_AFTER.match(text, end)
    if town and not (town.group("town") and (classify(town.group("town"))[0] or
                                            town.group("town").endswith(_IN_A_TOWN))):
        end = town.end()
    return end


def find_addresses(text: str) -> list[Finding]:
    """Street addresses (with their postcode and town), and postcodes with a town after an address word."""
    found = []
    for m in _STREET_ADDRESS.finditer(text):
        end = _tail(text, m.end())
        found.append(Finding(ADDRESS, m.start(), end, text[m.start():end], LIKELY))
    for m in _BARE_STREET.finditer(text):
        if any(f.start <= m.start() < f.end for f in found) or not _LIVES.search(window_before(text, m.start(), 30)):
            continue
        end = _tail(text, m.end())
        found.append(Finding(ADDRESS, m.start(), end, text[m.start():end], CONTEXT))
    for m in _POSTCODE_TOWN.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if _LIVES.search(window_before(text, m.start(), 30)):
            found.append(Finding(ADDRESS, m.start(), m.end(), m.group(), CONTEXT))
    return found


# --- schools and classes -------------------------------------------------------------------------
_SCHOOL_WORDS = (r"(?i:koulu|alakoulu|yläkoulu|ala-aste|yläaste|lukio|yhteiskoulu|peruskoulu|ammattiopisto|"
                 r"ammattikoulu|päiväkoti|päiväkodi|opisto|skola|skolan|gymnasium|gymnasiet|högstadiet|"
                 r"högstadium|lågstadiet|förskola|förskolan|daghem|daghemmet|kool|kooli|gümnaasium\w*|"
                 r"vidusskol\w*|pamatskol\w*|ģimnāzij\w*|mokykl\w*|gimnazij\w*|progimnazij\w*|\w+skola|\w+skolan|\w+koulu|"
                 r"primary school|secondary school|"
                 r"skole|skolen|schule|grundschule|kita|szkoła|szkole|liceum|gimnazjum|przedszkole|школа|школе|"
                 r"школу|гимназия|гимназии|гімназія|гімназії|ліцей|ліцеї|ліцеї)")
_FI_ENDINGS = r"(?:\w{0,6})"
# A language or kind written in lower case between a school's name and its school word ("Pargas svenska skola").
_LANGUAGE_ADJECTIVE = r"(?:svenska|finska|engelska|tyska|franska|kristna|internationella|suomenkielinen|ruotsinkielinen)"
_SCHOOL = re.compile(
    rf"(?<!\w)(?:Gesamtschule|Grundschule|Realschule|Hauptschule|Oberschule|Förderschule|Mittelschule|"
    rf"Gymnasium)\s(?:(?:am|an der|im)\s)?{_CAP}(?!\w)|"
    rf"(?<!\w)(?P<name>(?:{_CAP}\s){{1,3}})(?:\d{{1,3}}\.\s|{_LANGUAGE_ADJECTIVE}\s)?{_SCHOOL_WORDS}{_FI_ENDINGS}(?:\s(?:nr|№)\s?\d{{1,3}})?(?!\w)"
    rf"|(?<!\w){_UP}{_WORD}{{2,}}-?(?:koulu(?!tu|ttaj)|lukio|skolan|skola|kool|schule|skolen)\w*"
    rf"|(?<!\w)(?:{_CAP}\s){{1,4}}(?:Primary School|Secondary School|High School|Junior School|Middle School|"
    rf"Elementary School|School|Academy|Kindergarten|Nursery|(?i:comprehensive school|upper secondary school|"
    rf"upper secondary|lower secondary school|secondary school|primary school))(?!\w)"
    rf"|(?<!\w)(?:школ[аеуы]|гимнази[яи]|гімназі[яї]|ліце[йї]|szkoł[ay]|szkole|Szkoł\w+ Podstawow\w+|liceum|"
    rf"gimnazjum)\s(?:nr|№)\s?\d{{1,3}}(?:\s(?:w|we|г\.|м\.)\s?{_CAP})?"
    rf"|(?<!\w)(?P<type>(?i:päiväkoti|päiväkodissa|förskolan|daghemmet|daghem|skolan|lasteaed|lasteaias|"
    rf"bērnudārz\w*|vaikų darželi\w*|przedszkol\w*|kita|børnehave\w*|barnehage\w*))\s(?P<after>{_CAP})(?!\w)",
    re.UNICODE)
# Generic school words that start a sentence with a capital: no school's name.
_GENERIC = re.compile(r"^(?:the|a|an|our|my|your|this|that|koulu\w*|lukio\w*|peruskoulu\w*|ammatti\w*|"
                      r"grundskola\w*|förskola\w*|högskola\w*|yrkesskola\w*|folkhögskola\w*|specialskola\w*|"
                      r"sommarskola\w*|skola\w*|school\w*|high|primary|secondary|elementary|middle|junior|"
                      r"päiväkoti\w*|daghem\w*|lastensuojelu\w*|erityis\w*|oma\w*|sama\w*|uusi|uude\w*|"
                      r"entinen|entise\w*|toinen|toise\w*|eri|kaikki|ülikool\w*|korkeakoulu\w*|"
                      r"ammattikorkeakoulu\w*|kansanopisto\w*|universitet\w*|the)$", re.IGNORECASE)
_CLASS = re.compile(r"(?<![\w.,/-])(?P<code>\d{1,2}\s?[A-Za-zÄÖ])(?P<suffix>-?(?:luok|klass)\w*)?(?![\w/.,]\d|\w)")
_CLASS_WORD = re.compile(r"(?:luokka|luokalla|luokalta|luokalle|luokan|luokassa|luokkaa|luokasta|luokkaan|klass|"
                         r"klassen|klasse|class|form|grade|year|klase|klasė|klasėje|klasa|klasie|класс|клас|класі|"
                         r"классе)\s*$", re.IGNORECASE)


def _proper(text: str, start: int, word: str) -> bool:
    """A capitalised word is a proper name mid-sentence; at a sentence's start only if it is a known name."""
    if not starts_sentence(text, start):
        return True
    first, last, place, _ = classify(word)
    return first or last or place


# A class written after a school ("Hervannan koulun 5A", "Husbyskolan, klass 3A", "ліцеї № 7, 8-А клас").
_CLASS_AFTER = re.compile(r",?\s(?:(?i:klass|class|klasse|klasa|klase|klasė|класс|клас)\s+)?\d{1,2}\s?[.-]?\s?"
                          r"«?[A-Za-zÄÖÅА-Я]»?(?![-\w])(?:\s(?i:klass\w*|klas\w*|класс\w*|клас\w*|luok\w*))?"
                          r"|,?\s(?i:grade|year|class|klasse|klass|klasa|klasė|klase|класс|клас)\s\d{1,2}(?![\w.,]\d|\w)")


def find_schools(text: str) -> list[Finding]:
    """Schools named by a proper name and a school word, with the class written after them; classes with
    a letter ("7B")."""
    found = [_with_class(text, f) for f in _schools(text)]
    for m in _CLASS.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if m.group("suffix") or _CLASS_WORD.search(window_before(text, m.start(), 20)):
            found.append(Finding(SCHOOL, m.start(), m.end(), m.group(), LIKELY))
    return found


def _with_class(text: str, finding: Finding) -> Finding:
    m = _CLASS_AFTER.match(text, finding.end) if finding.kind == SCHOOL else None
    if not m:
        return finding
    return Finding(SCHOOL, finding.start, m.end(), text[finding.start:m.end()], finding.confidence)


def _schools(text: str) -> list[Finding]:
    found = []
    for m in _SCHOOL.finditer(text):
        if m.group("type"):
            if classify(m.group("after"))[0] and not starts_sentence(text, m.start()):
                continue  # "päiväkoti Aino": a child at day care, not a day care's name
            found.append(Finding(SCHOOL, m.start("after"), m.end(), m.group("after"), LIKELY))
            continue
        name = m.group("name")
        words = (name or m.group()).split()
        if _GENERIC.match(words[0].strip("-")):
            if len(words) < 2 or not name:
                continue
            start = m.start() + len(words[0]) + 1
            found.append(Finding(SCHOOL, start, m.end(), text[start:m.end()], LIKELY))
            continue
        if name and not _proper(text, m.start(), words[0]):
            continue
        if name and len(words) == 1 and classify(words[0])[0]:
            # "Danielin koululla": Daniel's school, a first name and no school's name.
            found.append(Finding(NAME, m.start(), m.start() + len(words[0]), words[0], CONTEXT))
            continue
        if name and len(words) == 2 and classify(words[0], stems=False)[0] and not classify(words[1])[2] and \
                m.group()[len(name):][:1].islower():
            # "kohtusin Robin Sepaga koolis": a person met at school, not a school's name.
            found.append(Finding(NAME, m.start(), m.start() + len(name.rstrip()), name.rstrip(), CONTEXT))
            continue
        found.append(Finding(SCHOOL, m.start(), m.end(), m.group(), LIKELY))
    return found
