"""Names of people in what a professional types, in the asker languages.

Four recognisers in the spirit of Presidio's pattern, deny-list and context recognisers, without a
statistical model (nothing to download, a few tens of microseconds a message):

- **a first name and a surname**, both capitalised, next to each other, the first name in the
  gazetteer (``gazetteer.py``) and the second a surname there, a surname by its shape ("-nen",
  "-sson", "-ska", "-enko"...) or a capitalised word that is neither an ordinary word nor a place;
  in any case form ("Matti Virtaselle", "Anna Holms");
- **a client word and what follows it**: "asiakkaani Matti", "min klient Sara", "my client, John",
  "mój klient Jan", and naming words ("nimeltä Aino", "heter Sara", "named Amir");
- **a family or role word and a first name in the gazetteer**: "äiti Liisa", "flickan Sara", "the
  girl, Amina";
- **a surname with a family word or a title**: "Virtasen perhe", "familjen Holm", "the Smith family",
  "Mrs Smith", "rouva Virtanen".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.privacy.base import CONTEXT, LIKELY, NAME, Finding, starts_sentence
from assistant.privacy.gazetteer import classify, common_words, in_name_lists, names, zipf, zipf_anywhere
from assistant.privacy.name_cues import (
    COORDINATION,
    FAMILY_NEXT,
    FAMOUS,
    HOMOGRAPHS,
    NOT_SUBJECTS,
    PERSON_NEXT,
    PUBLIC_OFFICE,
    RELATION_NEXT,
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Words after which the next capitalised words are a person's name, whatever they are.
_CLIENT = re.compile(
    r"(?<!\w)(?:asiakkaani|asiakkaamme|asiakkaasi|asiakkaanne|asiakas|asiakkaan|klient|klienten|klientin|client|"
    r"klientė|klientas|klientka|kliente|klients|klientu|klienta|patient|patienten|potilas|potilaani|potilaamme|"
    r"oppilas|oppilaani|oppilaamme|eleven|elev|min elev|pupil|nimeltä\w*|nimeltään|named|called|heter|kallas|vid namn|"
    r"nimi on|name is|namn är|navn er|heder|hedder|heißt|nimi|nimi:|name:|namn:|клієнт\w*|клиент\w*|"
    r"зовут|звати|nazywa się|vārdā|vardu|nimega)"
    r"[ \t]*[,:]?[ \t]*$", re.IGNORECASE)
# Words after which a capitalised first name from the gazetteer is a person's name.
_ROLE = re.compile(
    r"(?<!\w)(?:äiti|äidin|isä|isän|tyttö|tytön|poika|pojan|sisko|siskon|veli|veljen|nuori|nuoren|lapsi|lapsen|"
    r"tytär|tyttären|poikansa|tyttärensä|setä|täti|eno|mummo|ukki|isoäiti|isoisä|ystävä|poikaystävä|tyttöystävä|"
    r"kompis|kompisen|kaveri|kaverin|mamma|mamman|pappa|pappan|flickan|flicka|pojken|pojke|dottern|sonen|syster|systern|bror|brodern|"
    r"mor|far|modern|fadern|vän|pojkvän|flickvän|mother|father|mum|mom|dad|girl|boy|son|daughter|sister|"
    r"brother|uncle|aunt|friend|boyfriend|girlfriend|stepfather|stepmother|teen|teenager|"
    r"ema|isa|tüdruk|poiss|māte|tēvs|meitene|zēns|mama|tata|córka|syn|dziewczyna|chłopiec|mutter|vater|"
    r"tochter|sohn|mädchen|junge|mor|far|datter|søn|pige|dreng|jente|gutt|мать|отец|мама|папа|дочь|сын|"
    r"девочка|мальчик|мати|батько|донька|дочка|син|дівчинка|хлопчик)"
    r"[ \t]*[,:]?[ \t]*$", re.IGNORECASE)
# Titles before a surname; family words before or after one.
_TITLE = re.compile(r"(?<!\w)(?:mr|mrs|ms|miss|dr|herra|rouva|neiti|herr|fru|fröken|pan|pani|hr|frau|ponas|ponia|"
                    r"kungas|proua|г-н|г-жа|пан|пані)\.?\s*$", re.IGNORECASE)
_FAMILY_BEFORE = re.compile(r"(?<!\w)(?:perhe|perheen|perheelle|perheessä|familjen|familien|famille|familie|"
                            r"familia|familii|rodzina|rodziny|pere|perekond\w*|ģimen\w*|šeim\w*|семья|семьи|"
                            r"родина|родини)[ \t]*$",
                            re.IGNORECASE)
_FAMILY_AFTER = re.compile(r"^\s*(?:perhe\w*|suvu\w*|veljekset|sisarukset|family|familjen|familien|family's|"
                           r"household|siblings|kids|children|lapset|lapsi\w*|lasten)\b", re.IGNORECASE)
# Surname shapes of the region (the second word of a pair need not be in the gazetteer).
_SURNAME_SHAPE = re.compile(
    r"(?:nen|sen|s?son|berg|ström|strom|qvist|kvist|lund|gren|holm|dahl|blom|lind|stedt|bäck|ssen|"
    r"ski|ska|cki|cka|dzki|dzka|wicz|czyk|ov|ova|ev|eva|enko|chuk|iuk|yuk|aitė|ytė|ienė|auskas|evičius|avičius|"
    r"onis|ūnas|iņš|iņa|mäe|mägi|saar|oja|pere|lepp|mann|ова|ов|ева|ев|ина|енко|чук|ський|ська|ский|ская|"
    r"овна|евна|івна|ївна|ович|евич|ійович|vich|ić|vić|ović|ević|enka|енка|енку|енком|ову|овой|овым|евой|ого|ської|ской|чука|чуку)$",
    re.IGNORECASE)

_FARM_SURNAME = re.compile(r"(?:(?<![lnst])(?:la|lä)|niemi|salo|järvi|aho|koski|mäki|vaara|lahti|harju|ranta|"
                           r"oja|puro|nummi|kallio|kangas|maa|pää|vuori|korpi)$")


@dataclass
class _Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() and not (len(self.text) > 1 and self.text.isupper())


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _adjacent(text: str, a: _Token, b: _Token) -> bool:
    return text[a.end:b.start] in (" ", "-")


def _is_first(token: _Token) -> bool:
    return classify(token.text)[0]


def _is_surname(token: _Token, text: str, after_first: bool) -> bool:
    first, last, place, ordinary = classify(token.text)
    if last:
        return True
    if first and after_first:
        return True  # "Anna Maria", "Matti Juhani": more of the name
    if place:
        # Finnish surnames from farms and places ("Piia Korhola", "Aino Koskela", "Liisa Niemi"): in the
        # nominative after a first name (not "Anna Tampereella", a locative).
        return after_first and not ordinary and _FARM_SURNAME.search(token.text) is not None
    word = token.text.rstrip("s").removesuffix("'").removesuffix("’")
    if _SURNAME_SHAPE.search(word) or _SURNAME_SHAPE.search(token.text) or not ordinary:
        return True
    # Finnish surnames are often ordinary words to Voikko (Keskisalo, Lahdenperä, Kallio): after a first
    # name, a capitalised word that is no common word of any asker language is its surname.
    return after_first and not _common(token.text.lower()) and zipf(token.text.lower()) < 4.0


def _only_place(token: _Token) -> bool:
    first, last, place, _ = classify(token.text)
    return place and not (first or last)


def _span(text: str, tokens: list[_Token]) -> tuple[int, int]:
    """A name's span with its case or possessive ending ("Declan's", "Lorenz'", "Virtaselle")."""
    start, end = tokens[0].start, tokens[-1].end
    if text[end:end + 1] in ("'", "’") and tokens[-1].text.endswith(("s", "z", "x")) and \
            not text[end + 1:end + 2].isalpha():
        end += 1
    return start, end


def _run(tokens: list[_Token], i: int, text: str, limit: int = 3) -> list[_Token]:
    """The capitalised tokens from ``i`` on that follow each other (at most ``limit``)."""
    run: list[_Token] = []
    for token in tokens[i:i + limit]:
        if not token.capitalised or (run and not _adjacent(text, run[-1], token)):
            break
        run.append(token)
    return run


def find_names(text: str) -> list[Finding]:
    """Every person's name the recognisers find in ``text``, in order."""
    tokens = _tokens(text)
    spans: dict[tuple[int, int], float] = {}

    def add(run: list[_Token], confidence: float) -> None:
        start, end = _span(text, run)
        if end > start:
            spans[(start, end)] = max(confidence, spans.get((start, end), 0.0))

    for i, token in enumerate(tokens):
        if not token.capitalised:
            continue
        before = text[max(0, token.start - 40):token.start]
        run = _run(tokens, i, text)
        if not run:
            continue
        # A client word or a naming word (lower-case, or starting a sentence: "Client Data" is a title).
        client = _CLIENT.search(before)
        if client and not _only_place(token) and (client.group()[0].islower() or starts_sentence(
                text, token.start - len(before) + client.start())):
            add(run, CONTEXT)
            continue
        # A first name with a surname (or a second first name and a surname).
        if _is_first(token) and len(run) > 1:
            names = [token]
            # A first name read through a case ending by rule needs a surname from the lists beside it.
            direct = classify(token.text, stems=False)[0]
            vouched = direct and not (starts_sentence(text, token.start) and _common(token.text.lower()))
            for nxt in run[1:]:
                if RELATION_NEXT.match(" " + nxt.text) or _ROLE.search(nxt.text):
                    break  # "Emirs Bruder Kerem": a relation word, though a surname too
                if not _is_surname(nxt, text, after_first=len(names) == 1 or _is_first(nxt)) or (
                        not vouched and not classify(nxt.text)[1] and not _SURNAME_SHAPE.search(nxt.text)):
                    break
                names.append(nxt)
            if len(names) > 1:
                add(names, LIKELY)
                continue
        # A family or role word and a first name.
        if _ROLE.search(before) and _is_first(token):
            add(run[:1] + [t for t in run[1:2] if _is_surname(t, text, after_first=True)], CONTEXT)
            continue
        # A surname with a title or a family word ("Young children" at a sentence's start is no family).
        first, last, place, ordinary = classify(token.text)
        if not last or place or (ordinary and starts_sentence(text, token.start)):
            continue
        if _TITLE.search(before) or _FAMILY_AFTER.match(text[token.end:]) or (
                _FAMILY_BEFORE.search(before) and not starts_sentence(text, token.start)):
            add([token], CONTEXT)
    for i, token in enumerate(tokens):
        # A name before a relation word ("Lives bror", "Johannas Oma", "Bøghs advokat", "Rimkų šeima",
        # "Ковальчуків родина") or after a family word ("bei Familie Kaya", "familien Larsen-Aziz").
        if token.capitalised and not _mixed_case(token.text) and (
                RELATION_NEXT.match(text[token.end:]) or
                (_FAMILY_BEFORE.search(text[max(0, token.start - 20):token.start]) and
                 not starts_sentence(text, token.start))):
            first, last, place, ordinary = classify(token.text)
            if ((first or last) and not place) or _unknown_word(text, token):
                add([token], CONTEXT)
    for i, token in enumerate(tokens):
        if token.capitalised and (_standing_alone(text, tokens, i) or _subject_of_a_person_verb(text, token)):
            add([token], CONTEXT)
        elif token.text.islower():
            run = _lower_case_name(text, tokens, i) or ([token] if _subject_of_a_person_verb(text, token) else [])
            if run:
                add(run, CONTEXT)
    _join_neighbours(text, tokens, spans)
    _coordinated(text, tokens, spans)
    famous = _famous_out(text, tokens, spans)
    _every_occurrence(text, tokens, spans, famous)
    _join_neighbours(text, tokens, spans)  # what the last two rules added ("Мира" "Петровна")
    return _merge(text, spans)


def _subject_of_a_person_verb(text: str, token: _Token) -> bool:
    """A first name that is also a word, before a verb whose subject is a person ("Usko kertoi", "Rose told
    me", "Hope är 15", "koska jarkko on taas"): the name, not the word."""
    lower = token.text.lower()
    if lower in NOT_SUBJECTS or _mixed_case(token.text) or not PERSON_NEXT.match(text[token.end:]):
        return False
    first, last, place, ordinary = classify(token.text)
    if place and not first:
        return False
    if token.text.islower():  # typed in lower case: a listed first name that no dictionary reads as a word
        return lower in names()[0] and not ordinary and not _common(lower) and zipf(lower) < 4.0
    return first


def _coordinated(text: str, tokens: list[_Token], spans: dict[tuple[int, int], float]) -> None:
    """A word listed with a name is a name ("Jamila und Younes", "Naja og Inuk", "Trinh, Ristola ja
    Mansour", "jaylen and amara"), when it is a name in the lists or no word of any asker language."""
    for _ in range(2):
        for i, token in enumerate(tokens):
            if any(start <= token.start < end for (start, end) in spans):
                continue
            lower = token.text.lower()
            neighbours = [tokens[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(tokens) and
                          any(start <= tokens[j].start < end for (start, end) in spans)]
            joiners = [text[min(n.end, token.end):max(n.start, token.start)] for n in neighbours]
            if not any(COORDINATION.match(j) for j in joiners):
                continue
            first, last, place, ordinary = classify(token.text)
            if all(j.strip() in ("i", ",") for j in joiners if COORDINATION.match(j)) and not (first or last):
                continue  # "i" is "and" in Polish but "in" in Swedish ("i Pargas"); "elab Tartus, Maarjal"
            if token.text.islower():
                if not (first and lower in names()[0] and not ordinary and not _common(lower)):
                    continue
                if not any(n.text.islower() for n in neighbours):
                    continue
            elif _mixed_case(token.text) or (place and not (first or last)) or lower in NOT_SUBJECTS or not (
                    ((first or last) and not (starts_sentence(text, token.start) and _common(lower)))
                    or _unknown_word(text, token)):
                continue
            start, end = _span(text, [token])
            spans[(start, end)] = CONTEXT


def _join_neighbours(text: str, tokens: list[_Token], spans: dict[tuple[int, int], float]) -> None:
    """Names side by side are one name ("Merilin" "Org" → "Merilin Org"), and a capitalised word that is
    no ordinary word before a surname is its first name ("Nadiia Moroz", "Kerem Aksoy-Wagner")."""
    for i, token in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if not _adjacent(text, token, nxt) or text[token.end:nxt.start] != " ":
            continue
        here = next(((a, b) for (a, b) in spans if a <= token.start and token.end <= b), None)
        there = next(((a, b) for (a, b) in spans if a <= nxt.start and nxt.end <= b), None)
        if here and there and here != there and here[1] == token.end and there[0] == nxt.start:
            spans[(here[0], there[1])] = max(spans.pop(here), spans.pop(there))
        elif there and not here and there[0] == nxt.start and token.capitalised and _unknown_word(text, token):
            first, last = classify(nxt.text, stems=False)[:2]
            if last or first:
                spans[(token.start, there[1])] = spans.pop(there)


def _unknown_word(text: str, token: _Token) -> bool:
    """A capitalised word that is no ordinary or common word, no place and not an abbreviation."""
    if _CLIENT.search(token.text) or _ROLE.search(token.text) or _TITLE.search(token.text):
        return False  # "Meine Klientin Laura Schmidt"
    if any(part[:1].islower() for part in token.text.split("-")):
        return False  # "Chat-sovelluksessa"
    first, last, place, ordinary = classify(token.text)
    lower = token.text.lower()
    return not (ordinary or place or _common(lower) or _mixed_case(token.text)) and zipf_anywhere(lower) < 4.0


def _mixed_case(word: str) -> bool:
    """An abbreviation or brand ("SoL", "iPhone", "McDonald" aside): a capital after the first letter."""
    return any(ch.isupper() for ch in word[1:]) and "-" not in word and not word[:2] in ("Mc", "Ma", "O'")


# A surname standing alone must be rarer than this as a word in every asker language (Zipf).
COMMON_SURNAME_ZIPF = 4.0
# Very common words are the word at a sentence's start even when a name list holds them (Zipf, en/sv/de).
_START_ZIPF = 5.5
def _run_is_a_title(text: str, tokens: list[_Token], i: int) -> bool:
    """The capitalised word stands in a run of capitalised words one of which is an ordinary word and no
    name ("Save the Children", "Child Welfare Act", "Röda Korset"): a title or a body, not a person."""
    j = i
    while j > 0 and tokens[j - 1].capitalised and _adjacent(text, tokens[j - 1], tokens[j]):
        j -= 1
    k = i
    while k + 1 < len(tokens) and tokens[k + 1].capitalised and _adjacent(text, tokens[k], tokens[k + 1]):
        k += 1
    for other in tokens[j:k + 1]:
        if other is tokens[i] or starts_sentence(text, other.start):
            continue  # a sentence's first word has its capital from the sentence ("Soitin Darynalle")
        first, last, place, ordinary = classify(other.text)
        if ordinary and not (first or last):
            return True
    return False


def _standing_alone(text: str, tokens: list[_Token], i: int) -> bool:
    """A capitalised first name or surname by itself ("Tuulin äiti soitti", "med Live og Idris", "Остапу 15
    років"): mid-sentence a capital says proper name; at a sentence's start only an uncommon word."""
    token = tokens[i]
    first, last, place, ordinary = classify(token.text)
    if not (first or last) or (place and not first) or _mixed_case(token.text) or _run_is_a_title(text, tokens, i):
        return False
    lower = token.text.lower()
    if _CASE_STUDY.search(_sentence(text, token.start)):
        return False
    if not first:  # a surname alone: not a word of any asker language ("Grupa", "Monat" are words)
        return not ordinary and zipf_anywhere(lower) < COMMON_SURNAME_ZIPF and not (
            starts_sentence(text, token.start) and _common(lower))
    if starts_sentence(text, token.start):
        return not (_common(lower) or zipf(lower) >= _START_ZIPF)
    # Mid-sentence a capital says proper name, but a word among capitals is a body's name ("Redd Barna").
    return not (lower in HOMOGRAPHS and _in_a_run(text, tokens, i))


def _in_a_run(text: str, tokens: list[_Token], i: int) -> bool:
    return (i > 0 and tokens[i - 1].capitalised and _adjacent(text, tokens[i - 1], tokens[i])) or (
        i + 1 < len(tokens) and tokens[i + 1].capitalised and _adjacent(text, tokens[i], tokens[i + 1]))


def _common(lower: str) -> bool:
    return lower in HOMOGRAPHS or lower in common_words() or (
        lower.endswith("s") and (lower[:-1] in HOMOGRAPHS or lower[:-1] in common_words()))


# The persons of the knowledge base's training cases, which the workshop discusses by name ("I fallet med
# Sara", "Koulutustapauksessa 9-vuotiaasta Ainosta", "Im Trainingsfall über den 15-jährigen Adam").
_CASE_STUDY = re.compile(
    r"koulutustapau|tapauksessa|tapauksesta|utbildningsfall|fallet (?:med|om)|training case|case stud|"
    r"the case of|trainingsfall|træningscase|opplæringscase|przypadku szkoleniow|mācību gadījum|"
    r"mokymo atvej|koolitusjuhtum|навчальн\w* випад|учебн\w* случа", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")


def _sentence(text: str, at: int) -> str:
    """The sentence around offset ``at``."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, at)), default=0)
    end = _SENTENCE_BREAK.search(text, at)
    return text[start:end.start() + 1 if end else len(text)]


def _lower_case_name(text: str, tokens: list[_Token], i: int) -> list[_Token]:
    """A name typed in lower case: after a client word ("min klient gunvor blomqvist"), a first name with
    a surname ("niilo hakulisen"), a hyphenated pair of first names ("jon-martin"), or a first name before
    a family word ("pontus pappa")."""
    before = text[max(0, tokens[i].start - 40):tokens[i].start]
    # After a role word ("kompis otto") a more common word may be the name.
    most_common = 5.0 if _ROLE.search(before) else 4.5

    def name_word(token: _Token) -> tuple[bool, bool]:
        lower = token.text
        if not in_name_lists(lower) or _common(lower) or zipf(lower) >= most_common:
            return False, False
        first, last, place, ordinary = classify(lower)
        return first and not place, last and not place

    if i > 0 and tokens[i - 1].text.islower() and name_word(tokens[i - 1]) != (False, False):
        return []  # inside a run already taken from its first word
    first, last = name_word(tokens[i])
    if not (first or last):
        return []
    run = [tokens[i]]
    for nxt in tokens[i + 1:i + 3]:
        if not nxt.text.islower() or not _adjacent(text, run[-1], nxt):
            break
        if name_word(nxt) == (False, False) and not (  # "majvor grankvist": a surname by its shape
                first and len(run) == 1 and _SURNAME_SHAPE.search(nxt.text) and zipf_anywhere(nxt.text) < 3.0):
            break
        run.append(nxt)
    if _CLIENT.search(before):
        return run
    if first and len(run) > 1 and (name_word(run[1])[1] or _SURNAME_SHAPE.search(run[1].text)):
        return run[:2]
    if first and "-" in tokens[i].text:
        return [tokens[i]]
    if first and (FAMILY_NEXT.match(text[tokens[i].end:]) or _ROLE.search(before)):
        return [tokens[i]]
    return []


def _famous_out(text: str, tokens: list[_Token], spans: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Drop the names of famous people ("Henrik Ibsen skrev...", "Vitali Klitschko visited"): a span that
    is one, or that one goes on from. Returns where they stand, so that no other rule takes them back."""
    famous = []
    for (start, end) in list(spans):
        following = [t for t in tokens if t.start >= start][:4]
        for n in range(1, len(following) + 1):
            words = [t.text.lower() for t in following[:n]]
            words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
            if "_".join(words) in FAMOUS:
                famous.append((start, following[n - 1].end))
                del spans[(start, end)]
                break
        else:
            if PUBLIC_OFFICE.search(text[max(0, start - 40):start]):
                famous.append((start, end))  # "the Ombudsman for Children, Elina Pekkarinen"
                del spans[(start, end)]
    for (start, end) in list(spans):
        if any(a <= start and end <= b for (a, b) in famous):
            del spans[(start, end)]  # "Marin" of "Sanna Marin"
    return famous


def _every_occurrence(text: str, tokens: list[_Token], spans: dict[tuple[int, int], float],
                      famous: list[tuple[int, int]]) -> None:
    """A name found once is a name wherever it recurs in the message, in any case form or in lower case
    ("Maarja Luik ... Maarjal", "Ture ... Ture")."""
    found = {t.text.lower() for t in tokens for (start, end) in spans if start <= t.start and t.end <= end}
    found = {w for w in found if len(w) >= 3}
    if not found:
        return
    for token in tokens:
        if any(start <= token.start < end for (start, end) in [*spans, *famous]):
            continue
        lower = token.text.lower()
        if not any(lower == w or (lower.startswith(w) and len(lower) - len(w) <= 4) or
                   (w.startswith(lower[:-1]) and len(lower) >= 4 and len(w) - len(lower) <= 2) for w in found):
            continue
        if token.text.islower() and (_common(lower) or zipf_anywhere(lower) >= 4.0):
            continue  # "Saga ... en saga": the word, in lower case
        start, end = _span(text, [token])
        spans[(start, end)] = CONTEXT


def _merge(text: str, spans: dict[tuple[int, int], float]) -> list[Finding]:
    """Overlapping spans become the longest; in text order."""
    found: list[Finding] = []
    for (start, end), confidence in sorted(spans.items(), key=lambda s: (s[0][0], -s[0][1])):
        if found and start < found[-1].end:
            continue
        found.append(Finding(NAME, start, end, text[start:end], confidence))
    return found
