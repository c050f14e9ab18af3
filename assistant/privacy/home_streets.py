"""A street without a house number where the sentence says someone lives there (privacy15).

"Perhe asuu Haapapolulla Lempäälässä", "Mamma bor kvar på Lönnstigen", "Dad still lives on Cranbourne Close",
"A. Krūmiņš dzīvo Dzirnavu ielā", "Mama gyvena Savanorių prospekte", "Vanaema elab Pärnu maanteel": without its
number a street is still where a person can be found, when the sentence says that someone lives or stays there.
The street must stand where the language puts a place one lives at (a Finnish locative, a preposition, a Baltic
locative of the street word); a street named as a route, a landmark or an institution's seat is not taken, since
the sentence then says no one lives there.
"""

from __future__ import annotations

import re

from assistant.privacy.base import ADDRESS, CONTEXT, Finding
from assistant.privacy.gazetteer import zipf_anywhere

_UP = r"[A-ZÅÄÖÜÕŠŽČĒĪĀŪĶĻŅĢŁŚŻŹĆŃÓØÆĄĘĖĮŲÉÈÁÍÚÝА-ЯЁІЇЄҐ]"
_NORDIC_STREET = r"(?:gatan|vägen|stigen|gränd|gränden|backen|veien|vegen|gata|gate|gaten|vej|vejen|gade|stien|stigen)"
# "this", "that", "our", "the same", "another" before a Baltic street word ("mūsu ielā", "toje gatvėje", "samal tänaval")
_THIS_STREET = (r"(?:šajā|tajā|mūsu|jūsu|viņu|tai|citā|tā|šioje|toje|mūsų|jūsų|jų|kitoje|vienoje|sellel|samal|meie|"
                r"teie|nende|teisel|ühel|selle|sel|sama)")
_W = r"[^\W\d_]"
_CAP = rf"{_UP}{_W}*(?:-{_W}+)*"
# The street, where the language puts the place one lives at; no number after it.
_HOME_STREET = re.compile(
    r"(?:"
    # Finnish: the street word in the adessive ("Haapapolulla", "kirkkotiellä", "Koivukujalla")
    rf"(?<![\w-])(?:{_UP}|[a-zåäö]){_W}*(?:katu|kadu|tie|kuja|polu|raiti|kaare|rintee|mäe|penkere|tanhua)(?:lla|llä)"
    # Scandinavian after "på"/"i": "på Lönnstigen", "i Fjellveien"; in a chat's lower case too, the street's own name
    # before its word then (privacy50: "bor på kvarngatan", "bor i bogstadveien", "bor på jagtvej")
    rf"|(?<=\spå\s|\sPå\s){_UP}{_W}*{_NORDIC_STREET}|(?:(?<=\spå\s)|(?<=\s[Ii]\s))[a-zåäöæø]{_W}+{_NORDIC_STREET}"
    # German after "in der": "in der Gartenstraße", "in der gartenstraße" (privacy50)
    rf"|(?<=\sin\sder\s)(?:{_UP}|[a-zäöü]){_W}+(?:straße|strasse|gasse|allee)"
    # English after "on": "on Cranbourne Close"
    rf"|(?<=\son\s)(?:{_CAP}\s){{1,2}}(?:Street|Road|Avenue|Lane|Drive|Close|Way|Court|Crescent|Gardens|Grove|Terrace|"
    rf"Mews|Walk|Rise|Row)"
    # Baltic locatives of the street word: "Dzirnavu ielā", "Savanorių prospekte", "Pärnu maanteel"; in lower case
    # too, one word of the street's own name that is no demonstrative (privacy50: "dzīvo tērbatas ielā", "gyvena
    # ateities gatvėje", "elab tähe tänaval")
    rf"|(?<!\w)(?:(?:{_CAP}\s){{1,2}}|(?!{_THIS_STREET}\s)[a-zāčēģīķļņšūžąęėįųõäöü]{_W}{{2,}}\s)"
    r"(?:ielā|prospektā|bulvārī|gatvėje|prospekte|maanteel|tänaval|puiesteel)"
    # Ukrainian and Russian: "на вулиці Шкільній", "на улице Садовой"
    rf"|(?<=\sна\s)(?:вулиці|улице)\s{_CAP}"
    r")(?![\w-]|\s?\d)")
# Someone lives or stays there: the verb before the street in the same sentence.
_LIVES_HERE = re.compile(
    r"(?<!\w)(?:asuu|asuvat|asunut|asuvansa|asui|asu|bor|bo|bodde|bur|lives|living|live|stays|staying|flat|wohnt|wohnen|"
    r"dzīvo|gyvena|elab|elavad|mieszka\w*|живе|живуть|живёт|живет|живут|проживає|проживает)(?!\w)", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=[^.!?\n]*$)")
# The verb after the street, where a clause puts it last ("ob lea noch in der gartenstraße wohnt", privacy50).
_LIVES_AFTER = re.compile(rf"[^.!?\n,;]{{0,30}}?{_LIVES_HERE.pattern}", re.IGNORECASE)


def find_home_streets(text: str) -> list[Finding]:
    """Streets without a number that the sentence names as someone's home."""
    found = []
    for m in _HOME_STREET.finditer(text):
        window = text[max(0, m.start() - 80):m.start()]
        boundary = _SENTENCE_START.search(window)
        if _LIVES_HERE.search(window[boundary.end():] if boundary else window) or \
                _LIVES_AFTER.match(text, m.end()):
            found.append(Finding(ADDRESS, m.start(), m.end(), m.group(), CONTEXT))
    return found


# A street written without its street word, with its number, after a preposition of place ("bor ... på Gadelandet
# 12", "flyttade från Ekhagen 3, Sörbyn", "Живе на Хрещатику, 22", "живёт у неё на садовой 17").
_BARE_HOME = re.compile(
    rf"(?<=\s)(?:på|till|til|från|fra|on|at|to|from|na|w|pie|uz|į|iš|на|у|в)\s"
    rf"(?P<street>(?:{_CAP}|[а-яёіїєґ]{{3,}}(?:ой|ей|ій|ому|ом|у)),?\s\d{{1,4}}[a-zA-Zа-я]?(?:\s?[-/]\s?\d{{1,4}})?)"
    rf"(?![\d.:,]\d|\w|\s?(?:%|€|kr|år|years|лет|років|vuotta|gadi|metai|lat|Jahre|år|minut|min|h|klo|kl))")
# A street's own name without its street word is rarer than this as a word of any asker language (Zipf).
_WORD_ZIPF = 4.0
# Moving counts as living here: the move says where the person lives or lived.
_MOVED = re.compile(r"(?<!\w)(?:flyttade|flyttat|flyttet|flyttede|moved|muutti|muuttivat|kolis|pārcēlās|persikėlė|"
                    r"przeprowadzi\w*|переїха\w*|переехал\w*|zhivet|zhivut|zhive)(?!\w)", re.IGNORECASE)


# At someone's, the Polish, Ukrainian and Russian way, a street with its number after "na"/"на", in any case and
# capital, its street word or none (privacy23): "jest u babci na Lipowej 27", "u kolegi na zielnej 12 m 5", "у друга
# богдана на лісовій 9", "у бабушки на Лесной, 14", "у светы на улице лесной 12 квартира 4".
_AT_SOMEONES_ON = re.compile(
    r"(?<!\w)[uу]\s(?:[^\W\d_]+\s){1,2}(?:na|на)\s(?P<street>(?P<word>(?:ulicy|ul\.?|вулиці|вул\.?|улице|ул\.?)\s)?"
    r"(?P<name>[^\W\d_]{3,})(?:\s[^\W\d_]{3,})?,?\s\d{1,4}[a-zа-я]?"
    r"(?:\s?/\s?\d{1,4}|\s(?:m\.?|кв\.?|квартира|mieszkanie)\s?\d{1,3})?)(?![\w/]|[.,:]\d)")
_AT_ZIPF = 4.5


def bare_homes(text: str) -> list[tuple[int, int]]:
    """Where a street without its street word stands, with its number, as someone's home (start, end)."""
    spans = []
    for m in _BARE_HOME.finditer(text):
        window = text[max(0, m.start() - 80):m.start()]
        boundary = _SENTENCE_START.search(window)
        sentence = window[boundary.end():] if boundary else window
        word = m.group("street").split()[0].rstrip(",").lower()
        if zipf_anywhere(word) >= _WORD_ZIPF:
            continue  # a word, no street's own name ("at Room 9", "on Tue 3")
        if _LIVES_HERE.search(sentence) or _MOVED.search(sentence):
            spans.append((m.start("street"), m.end("street")))
    # (without its street word, a street's own name is no common word: "u nas na około 3 dni")
    spans += [m.span("street") for m in _AT_SOMEONES_ON.finditer(text)
              if m.group("word") or zipf_anywhere(m.group("name").lower()) < _AT_ZIPF]
    return spans
