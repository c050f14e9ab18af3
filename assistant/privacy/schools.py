"""Schools and classes: where a child goes to school (split from ``places.py`` in privacy11, where they had lived
beside the addresses until that module outgrew its size).

- **schools and day-care centres** named by a proper name and a school word ("Kallion yläasteella",
  "Ressun lukio", "Brändö gymnasium", "Katedralskolan", "Riverside Primary School", "школа № 5");
- **classes**: a class name with a letter and a class ending ("7B-luokalla"); after a separate class word ("klass 8C",
  "Klasse 8b") a class alone is no one's, as the sets' conventions say (privacy17), unless a school goes with it.
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, LIKELY, NAME, SCHOOL, Finding, starts_sentence
from assistant.privacy.gazetteer import classify
from assistant.privacy.letters import CAP as _CAP, UP as _UP, WORD as _WORD
from assistant.privacy.school_abbreviations import ABBREVIATED_SCHOOL, TOWN_AFTER

_SCHOOL_WORDS = (r"(?i:koulu|alakoulu|yläkoulu|ala-aste|yläaste|lukio|yhteiskoulu|peruskoulu|ammattiopisto|"
                 r"ammattikoulu|päiväkoti|päiväkodi|opisto|skola|skolan|gymnasium|gymnasiet|högstadiet|"
                 r"högstadium|lågstadiet|förskola|förskolan|daghem|daghemmet|kool|kooli|lasteaed|lasteaia|põhikool\w*|gümnaasium\w*|"
                 r"vidusskol\w*|pamatskol\w*|ģimnāzij\w*|mokykl\w*|gimnazij\w*|progimnazij\w*|\w+skola|\w+skolan|\w+koulu|"
                 r"\w+skole|\w+skolen|"  # "Solbakken ungdomsskole" (privacy9)
                 r"primary school|secondary school|"
                 r"skole|skolen|schule|grundschule|kita|szkoła|szkole|liceum|gimnazjum|przedszkole|школа|школе|"
                 r"школу|гимназия|гимназии|гімназія|гімназії|ліцей|ліцеї|ліцеї|barnehage\w*|børnehave\w*)")
_FI_ENDINGS = r"(?:\w{0,6})"
# The space between a school's name and its school word: never a line break ("Oona Blackwood⏎School Nurse" under a
# letter is a name and a role, not a school).
_GAP = r"[^\S\n]"
# A language or kind written in lower case between a school's name and its school word ("Pargas svenska skola").
_LANGUAGE_ADJECTIVE = r"(?:svenska|finska|engelska|tyska|franska|kristna|internationella|suomenkielinen|ruotsinkielinen)"
# (privacy40) A day-care centre by its name in quotes after its type word in any case ("przedszkola „Słoneczko”",
# "у дитсадок «Калинка»", "PII \"Zīļuks\"", "lopšelį-darželį „Pelėdžiukas“"); an Estonian one is named before
# "lasteaed", a school word ("Mesimummu lasteaias").
_DAY_CARE = (r"(?:PII|(?i:przedszkol\w*|żłob\w*|lopšel\w*-daržel\w*|daržel\w*|bērnudārz\w*|lasteaed\w*|lasteaia\w*|"
             r"дитсад\w*|дитяч\w* сад\w*|садоч?к\w*|садик\w*|детск\w* сад\w*|ясл\w*|vuggestue\w*|"
             r"kita|kindergarten|børnehave\w*|barnehage\w*|förskolan|päiväko\w+))")
_QUOTED = r"[\"„«“][^\"„«“”»\n]{2,40}[\"”“»]"
_SCHOOL = re.compile(
    rf"(?<!\w)(?:Gesamtschule|Grundschule|Realschule|Hauptschule|Oberschule|Förderschule|Mittelschule|"
    rf"Gymnasium)\s(?:(?:am|an der|im)\s)?{_CAP}(?!\w)|"
    rf"(?<!\w)(?P<name>(?:{_CAP}{_GAP}){{1,3}})(?:\d{{1,3}}\.\s|{_LANGUAGE_ADJECTIVE}\s)?{_SCHOOL_WORDS}{_FI_ENDINGS}(?:\s(?:nr|№)\s?\d{{1,3}})?(?!\w)"
    rf"|(?<![\w-])(?:{_CAP}-){{0,3}}{_UP}{_WORD}{{2,}}-?(?:koulu(?!tu|ttaj)|lukio|skolan|skola|kool|schule|skolen)\w*"
    rf"|(?<!\w)(?:{_UP}\.\s?){{1,3}}{_CAP}\s(?i:skolen|skole|skolan|skola|school|schule)(?!\w)"
    rf"|(?<!\w)(?:{_CAP}{_GAP}){{1,4}}(?:Primary School|Secondary School|High School|Junior School|Middle School|"
    rf"Elementary School|School|Academy|Primary|Kindergarten|Nursery|(?i:comprehensive school|upper secondary school|"
    rf"upper secondary|lower secondary school|secondary school|primary school))(?!\w)"
    rf"|(?<!\w)(?i:школ[аеуыи]|гимнази[яиюей]|гімназі[яїюєй]|ліце[йїюя]|лице[йяюе]|szkoł[ayę]|szkole|Szk[oó][łl]\w* Podstawow\w+|liceum|"
    rf"gimnazjum)\s(?:nr|№)\s?\d{{1,4}}{TOWN_AFTER}"
    # (privacy43) a day-care centre by its number, with its kind, its name in quotes or its town ("ЗДО № 301",
    # "детский сад № 12 «Солнышко»", "Przedszkole Miejskie nr 12 w Łodzi")
    rf"|(?<!\w)(?:{_DAY_CARE}|ЗДО|ДНЗ|ДОУ|МБДОУ|ГБДОУ)(?:\s{_CAP})?\s(?:nr|№)\s?\d{{1,4}}(?:\s{_QUOTED})?"
    rf"{TOWN_AFTER}"
    rf"|(?<!\w)(?P<type>(?i:päiväkoti|päiväkodissa|förskolan|daghemmet|daghem|skolan|lasteaed|lasteaias|"
    rf"bērnudārz\w*|vaikų darželi\w*|przedszkol\w*|kita|børnehave\w*|barnehage\w*))\s(?P<after>{_CAP})(?!\w)"
    rf"|(?<!\w){_DAY_CARE}\s{_QUOTED}"
    rf"|{ABBREVIATED_SCHOOL}",  # "SP 58 w Łodzi", "GS Kleine Kielstraße", "Rakvere Gümn." (privacy57)
    re.UNICODE)
# Generic school words that start a sentence with a capital: no school's name.
_GENERIC = re.compile(r"^(?:the|a|an|our|my|your|this|that|koulu\w*|lukio\w*|peruskoulu\w*|ammatti\w*|"
                      r"grundskola\w*|förskola\w*|högskola\w*|yrkesskola\w*|folkhögskola\w*|specialskola\w*|"
                      r"sommarskola\w*|skola\w*|school\w*|high|primary|secondary|elementary|middle|junior|"
                      r"päiväkoti\w*|daghem\w*|lastensuojelu\w*|erityis\w*|oma\w*|sama\w*|uusi|uude\w*|"
                      r"entinen|entise\w*|toinen|toise\w*|eri|kaikki|ülikool\w*|korkeakoulu\w*|"
                      r"ammattikorkeakoulu\w*|kansanopisto\w*|universitet\w*|the)$", re.IGNORECASE)
_CLASS = re.compile(r"(?<![\w.,/-])(?P<code>\d{1,2}\s?[A-Za-zÄÖ])(?P<suffix>-?(?:luok|klass)\w*)?(?![\w/.,]\d|\w)")


# A label that says a school's name follows ("Skole: Lakkegata skole", "Kool: Vaida Põhikool", "Школа: Липівський
# ліцей"; privacy20): after it the name's capital is a name's, as mid-sentence.
_SCHOOL_LABEL = re.compile(r"(?<!\w)(?i:skole|skolen|skola|skolan|kool|koolis|school|schule|koulu|mokykla|szkoła|"
                           r"школа)[ \t]*:[ \t]*$")


def _proper(text: str, start: int, word: str) -> bool:
    """A capitalised word is a proper name mid-sentence or after a school label; at a sentence's start only if it is a
    known name."""
    if not starts_sentence(text, start) or _SCHOOL_LABEL.search(text, max(0, start - 16), start):
        return True
    first, last, place, _ = classify(word)
    return first or last or place


# A class written after a school ("Hervannan koulun 5A", "Husbyskolan, klass 3A", "ліцеї № 7, 8-А клас").
_CLASS_AFTER = re.compile(r"(?P<comma>,?)\s(?:(?:(?i:klass|class|klasse|klasa|klase|klasė|класс|клас)\s+)?\d{1,2}\s?[.-]?\s?"
                          r"«?[A-Za-zÄÖÅА-Я]»?(?![-\w])(?::\w{1,4}(?!\w))?(?:\s(?i:klass\w*|klas\w*|класс\w*|клас\w*|luok\w*))?"
                          # (privacy56: the Swedish and Norwegian year words, "Rinkebyskolan åk 8", "årskurs 5", "trinn 10")
                          r"|(?i:grade|year|class|klasse|klass|klasa|klasė|klase|класс|клас|åk|årskurs|trinn)\s\d{1,2}"
                          # (privacy57: the year as an ordinal before its class word, "Rakvere Gümn. 7. klass")
                          r"|\d{1,2}\.\s(?i:klass\w*|klase\w*|klasė\w*|klasse|trinn|luokka\w*)"
                          r"(?![\w.,]\d|\w))")
# (privacy44) A day-care's group written after it, as its class after a school: "päiväkodin Kettu-ryhmässä", "lasteaia
# Mesimummide rühmas", "PII "Zīļuks" Lācīšu grupā", "förskolan Solstrålens avdelning Humlan".
_GROUP_WORD = r"(?i:ryhmä\w*|rühm\w*|grup[aęėeoyąāē]\w*|групп\w*|груп[аіи]\w*|gruppe\w*|group)"
_GROUP_AFTER = re.compile(rf"(?P<comma>)\s(?:{_CAP}-{_GROUP_WORD}|{_CAP}\s{_GROUP_WORD}|"
                          rf"(?i:avdelning(?:en)?|gruppe[n]?|group)\s{_CAP})(?!\w)")
# (privacy44) A Finnish class with its class word after its school in the genitive is one name with it ("Matinkylän
# koulun 1B-luokkaa"); after a place's case the two stand apart ("Kivistön koulussa 4A-luokalla"), as the sets label them.
_CLASS_OF_SCHOOL = re.compile(r"(?P<comma>)\s\d{1,2}\s?[A-Za-zÄÖ]-(?i:luok)\w*(?!\w)")
# A class written before its school with a preposition ("7B ved Kjelsås skole", "Klasse 7c der Goetheschule").
# ("Year 3 at St Mary's": a class word and its year, privacy10)
_CLASS_BEFORE = re.compile(r"(?<![\w.])(?:(?:(?i:klasse|klass|class|klasa)\s)?\d{1,2}\.?\s?[A-Za-zÄÖÅ]|"
                           r"(?i:year|grade|klasse|klass|class|klasa|åk|årskurs|trinn)\s\d{1,2}|"
                           # (privacy56) the year as an ordinal before its word ("10. trinn på", "4. klasse på")
                           r"\d{1,2}\.\s(?i:trinn|klasse|klass|klase|klasė|luokka))\s(?:på|ved|i|der|at|in|w|в|у)\s$"
                           # (privacy20) the Polish, Ukrainian and Russian class before its school in the genitive,
                           # without a preposition ("klasy 4c Szkoły Podstawowej nr 8", "5-Б класі ліцею № 142", "7 «А»
                           # классе школы № 1411")
                           r"|(?<![\w.])(?:(?i:klas[yaie])\s\d{1,2}\s?[a-zA-Z]|\d{1,2}\s?[-–]?\s?«?[А-ЯA-Zа-я]»?\s"
                           r"(?i:класі|классе|класу|класса|клас|класс))\s$")


def find_schools(text: str) -> list[Finding]:
    """Schools named by a proper name and a school word, with the class written after them; classes with
    a letter and a class ending ("7B-luokalla")."""
    found = [_with_class(text, f) for f in _schools(text)]
    for m in _CLASS.finditer(text):
        if any(f.start <= m.start() < f.end for f in found) or _class_after_comma(text, found, m.start()):
            continue
        if m.group("suffix"):
            found.append(Finding(SCHOOL, m.start(), m.end(), m.group(), LIKELY))
    return found


def _with_class(text: str, finding: Finding) -> Finding:
    """The school with the class written next to it; a class after a comma ("Husbyskolan, klass 3A") is no
    part of it (the sets' convention since privacy5) and is left out, with the school found."""
    if finding.kind != SCHOOL:
        return finding
    start, end = finding.start, finding.end
    before = _CLASS_BEFORE.search(text, max(0, start - 24), start)
    if before:
        start = before.start()
    m = (_CLASS_AFTER.match(text, end) or _GROUP_AFTER.match(text, end) or
         (_CLASS_OF_SCHOOL.match(text, end) if finding.text.endswith("n") else None))
    if m and not m.group("comma"):
        end = m.end()
    return Finding(SCHOOL, start, end, text[start:end], finding.confidence)


def _class_after_comma(text: str, schools: list[Finding], at: int) -> bool:
    return any(f.kind == SCHOOL and (m := _CLASS_AFTER.match(text, f.end)) and m.group("comma") and f.end <= at < m.end()
               for f in schools)


def _schools(text: str) -> list[Finding]:
    found = []
    for m in _SCHOOL.finditer(text):
        if m.group("type"):
            if classify(m.group("after"))[0] and not starts_sentence(text, m.start()):
                continue  # "päiväkoti Aino": a child at day care, not a day care's name
            # The type word belongs to the name ("förskolan Trollet", "Päiväkoti Kiikkerän").
            found.append(Finding(SCHOOL, m.start(), m.end(), m.group(), LIKELY))
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
        if name and len(words) >= 3 and classify(words[0], stems=False)[0] and classify(words[1])[1]:
            # "Oppilas Ismo Pöyhönen Vuorelan koulun": a pupil's name, then the school's.
            end = m.start() + len(words[0]) + 1 + len(words[1])
            found.append(Finding(NAME, m.start(), end, text[m.start():end], LIKELY))
            found.append(Finding(SCHOOL, end + 1, m.end(), text[end + 1:m.end()], LIKELY))
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
