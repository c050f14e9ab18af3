"""How a name is written around its words (privacy8): initials, particles and a second name in brackets.

- **initials** before a surname belong to the name ("M-L. Saari", "J. A. Whitcombe", "A-K. Öberg"), and make a
  name of a listed surname or of a word that is no word after them;
- **an Arabic particle** after a name belongs to it, one after another and in Cyrillic too ("Yasser al-Haddad", "Omar
  bin Said", "Yusuf bin Khalid al-Amiri", "Ахмед аль-Хасан"; privacy48);
- **a second name in brackets**: the word before a full name in brackets is a pet form, a short form or a
  kunya of it ("Ванечка (Ivan Sokolov)", "Bubba (Oluwaseun Adebayo)", "Abu Karim (Yasser al-Haddad)"), and a
  word alone in brackets after a name that begins as one of its words is its short form ("Людмила Коваленко
  (Люда)", "Faadumo Ahmed (Fadumo)").
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, starts_sentence
from assistant.privacy.gazetteer import classify, dictionary_word, dictionary_word_here, in_name_lists, zipf_anywhere
from assistant.privacy.name_capitals import reads_as_acronym
from assistant.privacy.name_cues import EPONYM_NEXT, FAMOUS, SURNAME_SHAPE, person_word
from assistant.privacy.name_passes import unknown_word
from assistant.privacy.name_unlisted import COMPOUND_KIN as _COMPOUND_KIN
from assistant.privacy.name_tokens import Token, is_common, name_span
from assistant.privacy.streets import street_word_pattern

_UPPER = "A-ZÅÄÖÜØÆŠŽČĀĒĪŪĻĶŅĢŁŚŻА-ЯЁІЇЄҐ"
_INITIALS = re.compile(rf"(?<![\w.-])((?:[{_UPPER}](?:\.?-[{_UPPER}])?\.[ \t]?){{1,3}})$")
_PARTICLE = re.compile(rf"^[ \t](?:(?:al|el|ul|as|ad|ar|an|аль|ал|эль|ель)-[{_UPPER}]\w+|(?:bin|ibn|bint|ben)[ \t][{_UPPER}]\w+|"
                       # a European nobiliary or Dutch particle and the surname (privacy13: "Ulrika von Essen")
                       rf"(?:von|van|van der|van den|von der|af|zu)[ \t][{_UPPER}]\w+|"
                       # in a message typed in lower case, the Arabic particle too ("mustafa al-sharqawi")
                       r"(?:al|el)-[a-z]{3,})")
_ONE_WORD_IN_BRACKETS = re.compile(r"^[ \t]\(([^\W\d_]{2,})\)")
# A street, a square or an institute named after a person with initials ("H.C. Ørsteds Vej").
_STREET_NEXT = re.compile(rf"^\s+(?:{street_word_pattern()}|institut\w*|skole|skola|koulu|school|schule)(?!\w)",
                          re.IGNORECASE)
# A name joined by a hyphen to a noun in lower case is a compound naming a thing after the person ("Edvard
# Munch-utstillingen"); the name is the part before the hyphen (a family word after it is name_unlisted's).
_COMPOUND_TAIL = re.compile(r"-([a-zåäöæøüõšž]{4,})$")
_KUNYA = re.compile(r"^(?:Abu|Umm|Um|Abou|Oum)$")


def _name_like(text: str, token: Token) -> bool:
    first, last, place, ordinary = classify(token.text)
    return (first or last or unknown_word(text, token) or bool(SURNAME_SHAPE.search(token.text))) and \
        not is_common(token.text.lower()) and not person_word(token.text)


def name_forms(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Widen and add names by how they are written (see the module's docstring)."""
    by_end = {t.end: t for t in tokens}
    for (start, end) in list(spans):
        compound = _COMPOUND_TAIL.search(text, start, end)
        # (a kin word after the hyphen is no part of the name either: "Toivo-veli vastasi" is Toivo; privacy11)
        if compound and text[start:start + 1].isupper() and (_COMPOUND_KIN.match(compound.group(1)) or
                                                              not in_name_lists(compound.group(1))):
            confidence = spans.pop((start, end))
            if "_".join(text[start:compound.start()].lower().split()) not in FAMOUS:  # "Edvard Munch-museet"
                spans[(start, compound.start())] = confidence
    for (start, end) in list(spans):
        # (one particle after another, privacy48: "Yusuf bin Khalid al-Amiri")
        while (particle := _PARTICLE.match(text[end:])) and (
                text[start:end].islower() or not re.match(r"[ \t](?:al|el)-[a-z]", particle.group())):
            spans[(start, end + particle.end())] = spans.pop((start, end))
            end += particle.end()
    for (start, end) in sorted(spans):
        if (start, end) not in spans:
            continue
        if text[start - 2:start] == " (" and text[end:end + 1] == ")":
            word = by_end.get(start - 2)
            if word is not None and word.capitalised and not person_word(word.text) and not is_common(word.text.lower()) \
                    and not (starts_sentence(text, word.start) and dictionary_word_here(text, word.text.lower())):  # "Emal (...)"
                run = [word]
                before = by_end.get(word.start - 1)
                if before is not None and text[before.end:word.start] == " " and (
                        _KUNYA.match(before.text) or before.capitalised and not starts_sentence(text, before.start)
                        and _name_like(text, before)):
                    run.insert(0, before)
                spans.setdefault(name_span(text, run), CONTEXT)
        short = _ONE_WORD_IN_BRACKETS.match(text[end:])
        if short and short.group(1)[:1].isupper() and not is_common(short.group(1).lower()) and not person_word(
                short.group(1)) and any(w[:2].lower() == short.group(1)[:2].lower() for w in text[start:end].split()):
            at = end + short.start(1)
            spans.setdefault((at, at + len(short.group(1))), CONTEXT)


def _famous(initials: str, surname: str) -> bool:
    """A famous person by the initials of the first names ("H.C. Andersen": Hans Christian Andersen)."""
    letters = [c.lower() for c in initials if c.isalpha()]
    last = surname.lower().removesuffix("s")
    return any(parts[-1] in (last, surname.lower()) and [p[:1] for p in parts[:-1]] == letters
               for parts in (f.split("_") for f in FAMOUS) if len(parts) > 1)


def famous_by_initials_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a famous surname after its initials that another rule took alone ("H.C. Andersens Den grimme ælling",
    "H.C. Andersens Eventyrhus"; privacy21)."""
    for (start, end) in list(spans):
        initials = _INITIALS.search(text, max(0, start - 12), start)
        if initials and _famous(initials.group(1), text[start:end].split()[0]):
            del spans[(start, end)]


def with_initials(text: str, tokens: list[Token], spans: dict[tuple[int, int], float],
                  dropped: set[tuple[int, int]]) -> None:
    """Initials before a surname belong to the name (after the famous and the streets were dropped: "H.C.
    Andersen skrev", "H.C. Ørsteds Vej" stay out); not a town's letter before a new sentence ("8000 Aarhus C.
    Mathildes far")."""
    for token in tokens:
        if not token.capitalised:
            continue
        initials = _INITIALS.search(text, max(0, token.start - 12), token.start)
        if not initials or any(a <= token.start < b for (a, b) in dropped):
            continue
        window = max(0, initials.start(1) - 30)
        previous = re.search(r"(\S+)[ \t]+$", text[window:initials.start(1)])
        # (a capital before the initials is a town's letter, "8000 Aarhus C. Mathildes far", unless it is a sentence's
        # first word, a job, a role or a title: "Koulupsykologi J. Lindqvist", "Dr J. A. Whitcombe"; privacy18)
        if previous and (previous.group(1)[-1:].isdigit() or previous.group(1)[:1].isupper() and not (
                starts_sentence(text, window + previous.start(1)) or person_word(previous.group(1)))):
            continue
        held = next(((a, b) for (a, b) in spans if a == token.start), None)
        first, last, place, ordinary = classify(token.text)
        # (after initials a listed surname is one though a place too: "T. Heikkilä", "M-L. Saari"; privacy18)
        if held is None and not (last or unknown_word(text, token)):
            continue
        end = held[1] if held else name_span(text, [token])[1]
        if EPONYM_NEXT.match(text[end:]) or _STREET_NEXT.match(text[end:]) or _famous(initials.group(1), token.text):
            continue
        if held:
            confidence = spans.pop(held)
        else:
            confidence = CONTEXT
        spans[(initials.start(1), end)] = confidence



# A list's or a table's item written surname first ("Närvarande: Lundkvist, Majken (mamma)", "Patel, Rekha; Moss,
# Gordon", "Weber, Lea<tab>03.05.2012"; privacy23): the item starts after a line break or a punctuation mark.
_SURNAME_FIRST = re.compile(r"(?:^|(?<=[\n\t:;|(),])[^\S\n]*)(?P<surname>[^\W\d_][\w'-]+), (?P<first>[^\W\d_][\w'-]+)",
                            re.MULTILINE)


def surname_first(text: str, spans: dict[tuple[int, int], float]) -> None:
    """A surname, a comma and a first name, each found as a name, are one name when the surname is no first name
    and the first name one (the lists say)."""
    if ", " not in text:
        return
    for m in _SURNAME_FIRST.finditer(text):
        surname, first = m.span("surname"), m.span("first")
        if surname in spans and first in spans and classify(m.group("surname"))[:2] == (False, True) and \
                classify(m.group("first"))[0]:
            spans[(surname[0], first[1])] = max(spans.pop(surname), spans.pop(first))
        elif _ITEM_END.match(text, m.end()) and _an_item(m.group("surname"), m.group("first")):
            spans[(surname[0], first[1])] = max([spans.pop(surname, CONTEXT), spans.pop(first, CONTEXT)])


# The item alone in its cell, on its line or before a semicolon ("Saar, Oskar<tab>5181...", "Juhl, Freja | 0808...",
# "Name: Brenner, Lotta<newline>", "Fairweather, Joy; Pennington, Will"; privacy31): a table's or a form's name, even
# when the surname is a first name too ("Holm, Aksel") or the first name is in no list ("Reilly, Ava").
_ITEM_END = re.compile(r"[^\S\n]*(?:[\t|;\n]|$)")


def _an_item(surname: str, first: str) -> bool:
    """Surname-first: the surname capitalised, no place and no ordinary word unless a surname, and either a first
    name after it or a surname only before it."""
    s, f = classify(surname), classify(first)
    return surname[0].isupper() and not s[2] and (s[1] or not s[3]) and (f[0] or s[:2] == (False, True))


# A surname in capitals before a first name found, as forms and passports write it ("KÄRKKÄINEN Eveliina", "OKAFOR
# Tobi", "KORVENOJA Helmi Sofia"; privacy31): one name, when the capitals are a listed surname or have a surname's
# ending ("PESEL Hani", "ПІБ Іваненко" are no names); since privacy35 with a comma after the capitals too ("LAAKSONEN,
# Kaisa Annika"); since privacy37 a surname the lists lack that is no word and no place, with an Arabic particle
# ("RE: AL-SAADI, Mustafa") or at a line's or a cell's start ("AHMADZAI Hamid" in a register; a code's acronym, few
# vowels among its capitals, is no surname: "РНОКПП Артема").
_CAPITALS_BEFORE = re.compile(
    rf"(?<![\w'-])(?:[{_UPPER}]{{3,}}(?:-[{_UPPER}]{{2,}})?|(?:AL|EL)-[{_UPPER}]{{3,}}),?[ \t]$")
_ITEM_START = re.compile(r"(?:^|[\n\t|])[ \t]*$")
# An unlisted word in capitals is a surname when rarer than this (Zipf, in any asker language): "NHS", "DOB" are not.
_UNLISTED_SURNAME_ZIPF = 2.0


def capitals_surname_first(text: str, spans: dict[tuple[int, int], float]) -> None:
    """A surname in capitals takes the first name found after it (see ``_CAPITALS_BEFORE``)."""
    for start, end in list(spans):
        if not text[start:start + 2].istitle():
            continue
        m = _CAPITALS_BEFORE.search(text, max(0, start - 40), start)
        if m and not any(s[0] < m.end() and m.start() < s[1] for s in spans if s != (start, end)):
            word = m.group().strip(" \t,").capitalize()
            _, last, place, ordinary = classify(word)
            unlisted = not ordinary and (word.startswith(("Al-", "El-")) or (
                _ITEM_START.search(text[:m.start()]) and _unlisted_surname(word)))
            if (last or SURNAME_SHAPE.search(word) or unlisted) and not place:
                spans[(m.start(), end)] = spans.pop((start, end))


def _unlisted_surname(word: str) -> bool:
    """A word in no list and no dictionary, rare in every asker language, and no acronym."""
    lower = word.lower()
    return (not reads_as_acronym(lower) and not dictionary_word(lower) and not is_common(lower) and
            zipf_anywhere(lower) < _UNLISTED_SURNAME_ZIPF)


# A table's cell of two or three capitalised words, one of them found as a name, is a name (privacy27): "Sisu
# Räsänen<tab>020516C774D", "Donna McKeown | Kayden McKeown", "Бондаренко Максим<tab>2011-07-22"; the cell between tabs,
# bars or a line's ends, on a line with a tab or a bar; since privacy37 a comma after its first word, surname first
# ("Haidari, Mohammad Reza<tab>11.06.2013").
_CELL = re.compile(r"(?:^|(?<=[\t|]))[^\S\n]*(?P<cell>[^\W\d_][\w'’-]*,?(?: [^\W\d_][\w'’-]*){1,2})[^\S\n]*(?=[\t|]|$)",
                   re.MULTILINE)


def table_cells(text: str, spans: dict[tuple[int, int], float]) -> None:
    """A found name in a table's cell of capitalised words takes the whole cell (see ``_CELL``)."""
    if "\t" not in text and "|" not in text:
        return
    for m in _CELL.finditer(text):
        start, end = m.span("cell")
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if ("\t" not in line and "|" not in line) or not all(w[0].isupper() for w in m.group("cell").split()):
            continue
        inside = [s for s in spans if start <= s[0] and s[1] <= end]
        if inside and (start, end) not in spans:
            spans[(start, end)] = max(spans.pop(s) for s in inside)


# A table's header row (privacy28): its first line with a tab or a bar, no digit in it, a line of the table after it
# ("Nimi<tab>Hetu<tab>Osoite", "Месяц | Обращения | Дела"); a word alone in one of its cells names a column, not a person.
_TABLE_LINE = re.compile(r"^[^\n]*[\t|][^\n]*$", re.MULTILINE)


def table_headers_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a one-word name that is a whole cell of a table's header row (see ``_TABLE_LINE``)."""
    if "\t" not in text and "|" not in text:
        return
    rows = list(_TABLE_LINE.finditer(text))
    if len(rows) < 2 or rows[1].start() != rows[0].end() + 1 or any(ch.isdigit() for ch in rows[0].group()):
        return
    for cell in re.finditer(r"[^\t|]+", rows[0].group()):
        word = cell.group().strip()
        start = rows[0].start() + cell.start() + cell.group().index(word) if word else -1
        if word and " " not in word:
            spans.pop((start, start + len(word)), None)
