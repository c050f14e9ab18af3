"""A form's name field (privacy36): the value after a label that asks for a person's name.

"Vārds, uzvārds: Megija Jansone", "ПІБ: Савчук Вероніка Андріївна", "Navn: Sørensen, Ida Marie", "Asiakas: Kettunen,
Vilja Maria": after a name's or a person's label and its colon, at a line's or a cell's start, two to four
capitalised words (a comma after the first when the surname comes first) that end the line, the cell or the
sentence are one name, whatever the lists say of each word, when the lists hold one of them. Since privacy39 also a
register's line that runs on after a comma: the name's own label without its colon ("navn Lund, Freja, adresse ...",
"vārds Bērziņa Kitija, adrese ..."), or with it after a date ("Dzimšanas datums: 2019-09-14 Vārds: Emma", one word
enough), and a label for a person's details with its colon ("Opplysninger: Nilsen Jonas, fødselsdato ...", "Данные:
Морозов Даниил, дата рождения ...").
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT
from assistant.privacy.gazetteer import in_name_lists

_LABEL = (r"(?:(?:full\s+)?name(?:\s+on\s+the\s+card)?|child|pupil|client|patient|parent|mother|father|guardian|"
          r"nimi|asiakas|lapsi|oppilas|huoltaja|äiti|isä|potilas|"
          r"namn|barn|elev|vårdnadshavare|mor|far|klient|klienten|"
          r"ees-\s+ja\s+perekonnanimi|laps|õpilane|ema|isa|"
          r"vārds,?\s+uzvārds|vārds|bērns|klients|māte|tēvs|"
          r"vardas,?\s+pavardė|vardas|vaikas|klientas|mama|tėtis|"
          r"imię\s+i\s+nazwisko|nazwisko\s+i\s+imię|dziecko|uczeń|uczennica|matka|ojciec|"
          r"vor-?\s+und\s+nachname|kind|schüler(?:in)?|klientin|mutter|vater|"
          r"navn|fulde\s+navn|fullt\s+navn|"
          r"піб|ім'я|дитина|клієнт|мати|батько|"
          r"фио|ребенок|ребёнок|клиент|отец)")
# The capital letters of the asker languages' alphabets, as a character class's contents (also name_capitals.py).
UPPER_LETTERS = "A-ZÅÄÖÜØÆŠŽČĀĒĪŪĻĶŅĢŁŚŻĆŃÓÕА-ЯЁІЇЄҐ"
_WORD = rf"[{UPPER_LETTERS}][^\W\d_]+(?:[-'’][{UPPER_LETTERS}]?[^\W\d_]+)*"
_FIELD = re.compile(rf"(?:^|\n|\t|;)[ \t]*(?i:{_LABEL})[ \t]*:[ \t]*(?P<name>{_WORD},?(?:[ \t]+{_WORD}){{1,3}})"
                    r"(?=[ \t]*(?:$|\n|\t|\.|;|\())")
_NAME_LABEL = r"(?:name|nimi|namn|navn|vārds|vardas|imię|имя|ім'я)"
_DETAILS_LABEL = (r"(?:details|particulars|tiedot|henkilötiedot|uppgifter|personuppgifter|opplysninger|oplysninger|andmed|"
                  r"dati|duomenys|dane|daten|angaben|personalien|дані|данные)")
_RUNS_ON = r"(?=[ \t]*(?:$|\n|\t|\.|;|,|\())"
# (privacy39) The name's label without a colon after a comma or at the start, or with one after a space; a details label.
# The words of one cell: spaces between them, never a tab ("Name<tab>Steuer-ID<tab>Adresse" is a header).
_CELL_WORDS = rf"{_WORD}(?:,?[ ]+{_WORD})"
# (privacy49) A form's surname or first-name field, one word or more alone on its line ("Sukunimi: Rautiainen",
# "Uzvārds: Bērziņa", "Etternavn: Halvorsen", "Прізвище: Мельник", "Фамилия: Иванова", "Etunimet: Aapo Juhani").
_PART_LABEL = (r"(?:sukunimi|etunimet|etunimi|efternamn|förnamn|surname|last\s+name|family\s+name|first\s+names?|"
               r"given\s+names?|forenames?|perekonnanimi|eesnimi|eesnimed|uzvārds|pavardė|nazwisko|imiona|nachname|"
               r"familienname|vornamen?|efternavn|etternavn|fornavn|прізвище|фамилия)")
# The label says what the word is: no list need hold it ("Прізвище: Мельник").
_PART_FIELD = re.compile(rf"(?:^|\n|\t|;)[ \t]*(?i:{_PART_LABEL})[ \t]*:[ \t]*(?P<name>{_WORD}(?:[ ]+{_WORD}){{0,2}})"
                         r"(?=[ \t]*(?:$|\n|\t|;))")
_REGISTER_FIELDS = (
    re.compile(rf"(?:^|,[ ]|\n|\t|;)[ ]*(?i:{_NAME_LABEL})[ ]+(?P<name>{_CELL_WORDS}{{1,3}}){_RUNS_ON}"),
    re.compile(rf"(?<!\S)(?i:{_NAME_LABEL})[ ]*:[ ]*(?P<name>{_CELL_WORDS}{{0,3}}){_RUNS_ON}"),
    re.compile(rf"(?:^|\n|\t|;)[ ]*(?i:{_DETAILS_LABEL})[ ]*:[ ]*(?P<name>{_CELL_WORDS}{{1,3}}){_RUNS_ON}"),
)


def name_fields(text: str, spans: dict[tuple[int, int], float]) -> None:
    """A name field's value is one name (see the module's docstring); the names found inside it give way."""
    patterns = _REGISTER_FIELDS + ((_FIELD, _PART_FIELD) if ":" in text else ())
    for m in (m for pattern in patterns for m in pattern.finditer(text)):
        start, end = m.span("name")
        if (start, end) in spans or m.re is not _PART_FIELD and not any(
                in_name_lists(w.lower()) for w in re.findall(r"[^\W\d_]+", m["name"])):
            continue
        inside = [s for s in spans if s[0] < end and start < s[1]]
        spans[(start, end)] = max([CONTEXT, *(spans.pop(s) for s in inside)])
