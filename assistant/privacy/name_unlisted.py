"""Names that no list holds (privacy7): read from where they stand and from their shape, not from the lists.

- **after a family or role word**, a capitalised word that is no word of any language ("veli Guuleed",
  "mormor Kataria", "Tochter Zîlan", "дочь Ферида"): the family word says a person follows;
- **a pet form** of a listed first name: a diminutive ending (and a case ending) on the first letters of a
  first name of the lists ("Sashenka", "Yurko", "Данилко", "Тарасиком", "Jonukas", "Kasieńka");
- **two capitalised words side by side**, mid-sentence, when the second has a surname's shape, is a listed
  surname or was found as a name already ("Хасо Мурадов", "Vitālijs Grigorjevs"), or is a listed surname that
  is no word ("kad Saule Kalniņa"); at a sentence's start, a listed first name that is also a word before a
  surname that is no word ("Hope Adjei");
- **a people's adjective** before a family word is no name ("Ромська родина", "Romany Gypsy", "Romu ģimene").
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.privacy.base import CONTEXT, LIKELY, starts_sentence
from assistant.privacy.gazetteer import classify, first_name_left_out, names, zipf_anywhere
from assistant.privacy.name_cues import JOB_WORD, PERSON_NEXT, RELATION_NEXT, ROLE, SURNAME_SHAPE, person_word
from assistant.privacy.name_passes import unknown_word
from assistant.privacy.name_precision import MONTHS
from assistant.privacy.name_tokens import Token, adjacent, genitive, name_span

# Words for children or siblings in the plural, and the family words ROLE lacks, before a list of names
# ("kids Saffron and Boswell", "pojat Yurko ja Sashko", "viņa dēls Jancis", "su sūnumi Vėju").
_KIN = re.compile(
    r"(?<!\w)(?:kids|children|sons|daughters|twins|lapset|pojat|tytöt|barnen|barn|børn|børnene|barna|kinder|dzieci|"
    r"synowie|córki|bērni|dēls|dēlu|dēlam|meita|meitu|vaikai|sūnus|sūnumi|sūnaus|dukra|dukrą|poeg|poja|tütar|"
    r"lapsed|діти|сини|дети|сыновья|pige|drengen|pigen|datteren|sønnen|brother's|sister's)[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE)
# A family word joined to a name by a hyphen ("Abena-äidin", "Liisa-mummon", "Kalle-veljelle").
COMPOUND_KIN = re.compile(r"(?:äiti|äidi|isä|isi|mummo|mummi|mummu|ukki|vaari|pappa|mamma|veli|velje|sisko|täti|"
                           r"tädi|setä|sedä|eno|serkku|serku|poika|poja|tyttö|tytö|mor|far|bror|syster)\w*$")
# Diminutive endings of first names, then at most one case ending ("Тарас-ик-ом", "Jon-uk-as").
_DIMINUTIVE = re.compile(
    r"(?:enka|enko|ienka|ieńka|eńka|uńka|unia|usia|chyk|chik|czyk|ik|yk|ko|ka|ukas|ukė|utis|cis|ītis|iņš|ite|"
    r"ek|"  # Polish: "Antek", "Julek", "Franek" (privacy15)
    r"енька|енько|ечка|очка|ічка|ушка|юшка|чик|ик|ко|ка|ша|ля)"
    r"(?:a|e|u|y|i|o|ą|ę|om|em|ovi|ові|еві|ом|ем|ой|ою|ей|ею|у|ю|а|я|і|и|е|ы)?$", re.IGNORECASE)
# A people's adjective before a family word is no one's name.
_PEOPLE = re.compile(
    r"^(?:rom\w*|romany|kale|sinti|tater\w*|yazidi|jesid\w*|ezid\w*|kurd\w*|sami|saami|same|saamelais\w*|"
    r"ром\w*|езид\w*|єзид\w*|курд\w*|цыган\w*|цыганск\w*|циган\w*|\w+(?:ська|ская|ський|ский|цька|цкая))$",
    re.IGNORECASE)
_FAMILY_WORD = re.compile(r"^\s+(?:родина|сім'я|семья|ģimene|šeima|rodzina|family|perhe\w*|familj\w*|familie\w*|"
                          r"gypsy|travellers?|pere\w*)\b", re.IGNORECASE)


# Prepositions of place and bodies' words before two capitalised words that are no words: a place, a body.
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:im|in|at|i|på|ot|на|в|во|у|w|we|į|iz|no|uz|aus|bei|vom|zum|zur|"
                           r"ul\.?|g\.|iela|tn\.?|st\.?)\s$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _first_name_beginnings() -> frozenset[str]:
    """The first three to six letters of every listed first name."""
    return frozenset(name[:n] for name in names()[0] for n in range(3, min(len(name), 6) + 1))


def pet_form(word: str) -> bool:
    """A diminutive of a listed first name ("Sashenka", "Юрко", "Тарасиком", "Jonukas")."""
    lower = word.lower()
    beginnings = _first_name_beginnings()
    return any(_DIMINUTIVE.fullmatch(lower[k:]) and lower[:k][:6] in beginnings for k in range(3, len(lower) - 1))


# A farm's or a house's name ends in its word for farm or house ("mormor Bakkegården", "Kuusiston tila").
_HOUSE = re.compile(r"(?:gården|gård|gaard|gaarden|garden|hof|hofe|talo|tila|torp|torpet|stuen|huset|muiža|sēta)$",
                    re.IGNORECASE)


def _no_word(text: str, token: Token) -> bool:
    return token.capitalised and unknown_word(text, token) and not JOB_WORD.search(token.text) and \
        not _HOUSE.search(token.text)


def unlisted_names(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Add the names of people that the lists do not hold (see the module's docstring)."""
    # taken by a span longer than itself ("Aila" alone may still start "Aila Nuorgam")
    taken = lambda t: any(a <= t.start < b and (a, b) != name_span(text, [t]) for (a, b) in spans)  # noqa: E731
    for i, token in enumerate(tokens):
        if taken(token) or not token.capitalised:
            continue
        head, _, tail = token.text.partition("-")
        if tail and tail[:1].islower() and COMPOUND_KIN.match(tail) and (
                classify(head)[0] or unknown_word(text, Token(head, token.start, token.start + len(head)))):
            spans[(token.start, token.start + len(head))] = CONTEXT  # "Abena-äidin", "Liisa-mummon"
            continue
        before = text[max(0, token.start - 40):token.start]
        mid = not starts_sentence(text, token.start)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and taken(nxt):
            continue
        run = [token]
        if nxt is not None and nxt.capitalised and text[token.end:nxt.start] == " " and (
                _no_word(text, nxt) or classify(nxt.text)[1] or SURNAME_SHAPE.search(nxt.text)):
            run.append(nxt)  # "Mutter Ayşe Demir", "мальчик Алёша Волков": with the surname after
        if mid and (ROLE.search(before) or _KIN.search(before)) and _no_word(text, token):
            spans[name_span(text, run)] = CONTEXT
            continue
        if _no_word(text, token) and pet_form(token.text) and not classify(token.text)[2]:
            spans[name_span(text, run)] = CONTEXT
            continue
        if nxt is None or not adjacent(text, token, nxt) or text[token.end:nxt.start] != " " or not nxt.capitalised:
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        longer = after is not None and after.capitalised and adjacent(text, nxt, after)  # "Leeds Combined Court"
        previous = tokens[i - 1] if i else None
        if previous is not None and previous.capitalised and adjacent(text, previous, token) and mid and (
                not starts_sentence(text, previous.start) or classify(previous.text)[0]):
            continue
        surname = _no_word(text, nxt) or (SURNAME_SHAPE.search(nxt.text) and not classify(nxt.text)[3])
        if any(classify(nxt.text[:-cut])[2] for cut in (1, 2, 3)):
            continue  # "Timuriga Narvas": a place in a case form
        if not surname or longer or genitive(token.text, nxt.text):
            continue  # ("Wolfs Nachbarin": a genitive's noun; privacy10)
        first = classify(token.text)[0]
        if not first and (_PLACE_BEFORE.search(before) or re.search(r"\d\s$", before) or
                          re.match(r"[ \t]+\d", text[nxt.end:])):
            continue  # "im Jugendamt Neukölln", "at Scoil Bhríde", "Zalesie Górne 112": a place or a body
        # mid-sentence a capital says proper name: before a listed surname that is no word, a word is a first
        # name too ("kad Saule Kalniņa", "et Tuule Mägi")
        listed = classify(nxt.text)[1] and not classify(nxt.text)[3]
        a_word = listed and not classify(token.text)[2] and not person_word(token.text)
        # two words that are no words need a surname's shape, a listed surname or a surname found already: in
        # languages no dictionary here covers, a body's name is two unknown words too ("Euroopa Nõukogu")
        # ("Herrn Yılmaz ... Emre Yılmaz": the surname was found after the title)
        found = any(text[a:b] in (nxt.text, nxt.text.removesuffix("'s")) for (a, b) in spans)
        both_unknown = _no_word(text, token) and (SURNAME_SHAPE.search(nxt.text) or classify(nxt.text)[1] or found)
        if (mid and (both_unknown or first or a_word)) or (not mid and first and _no_word(text, nxt)):
            spans[name_span(text, [token, nxt])] = LIKELY if first else CONTEXT


def months_as_names(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name that is also a month ("April", "June", "Mai", "August") where the sentence says a person:
    before a person's verb or a relation word, after a family or role word, or before a surname ("April told me",
    "mum, April,", "córka Mai", "June Hart", "u Mai Sobczak"; privacy19). A month beside a date's number stays out
    (``name_precision.months_out``)."""
    for i, token in enumerate(tokens):
        lower = token.text.lower()
        if not token.capitalised or not first_name_left_out(lower) or lower not in MONTHS or \
                any(a <= token.start < b for (a, b) in spans):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        surname = nxt is not None and nxt.capitalised and text[token.end:nxt.start] == " " and (
            _no_word(text, nxt) or classify(nxt.text)[1] and not classify(nxt.text)[3])
        if surname:
            spans[name_span(text, [token, nxt])] = CONTEXT
        elif PERSON_NEXT.match(text[token.end:]) or RELATION_NEXT.match(text[token.end:]) or \
                ROLE.search(text[max(0, token.start - 40):token.start]):
            spans[name_span(text, [token])] = CONTEXT


# "The" before a family named by its surname in the plural ("the Hendrys", "The Abernathys", "the Collinses").
_THE = re.compile(r"(?<!\w)[Tt]he\s$")
_FAMILY_PLURAL_ZIPF = 3.0


def plural_families(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A surname in the English plural after "the": a listed surname or a word of no language with "-s" or "-es"
    ("the Hendrys were known to us", "the Collinses are moving"; not "the Netherlands", "the Samaritans"; privacy19)."""
    for token in tokens:
        lower = token.text.lower()
        if not token.capitalised or not lower.endswith("s") or not _THE.search(text[max(0, token.start - 4):token.start]) \
                or zipf_anywhere(lower) >= _FAMILY_PLURAL_ZIPF or any(a <= token.start < b for (a, b) in spans):
            continue
        stems = [token.text[:-1]] + ([token.text[:-2]] if lower.endswith("es") else [])
        if any(classify(stem)[1] and not classify(stem)[2] or zipf_anywhere(stem.lower()) < _FAMILY_PLURAL_ZIPF - 0.5 and
               _no_word(text, Token(stem, token.start, token.start + len(stem))) for stem in stems):
            spans[(token.start, token.end)] = CONTEXT


def role_words_out(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A family or job word at a sentence's start is no part of the name after it ("Isa Aleksei Volkov",
    "Isa Rein ütles", "Överläkare Sundqvist")."""
    by_start = {t.start: t for t in tokens}
    for (start, end) in list(spans):
        token = by_start.get(start)
        if token is None or token.end >= end or not starts_sentence(text, start):
            continue
        job = JOB_WORD.search(token.text)  # a whole word or a compound's end ("Överläkare"), not "Liisa"
        if ROLE.match(token.text) or job and (job.start() == 0 or len(job.group()) >= 5):
            rest = next((t for t in tokens if t.start > token.end), None)
            if rest is not None and rest.start < end:
                spans[(rest.start, end)] = spans.pop((start, end))


def peoples_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a people's adjective before a family word ("Ромська родина", "Romany Gypsy")."""
    for (start, end) in list(spans):
        words = text[start:end].split()
        if _PEOPLE.match(words[0]) and (len(words) > 1 and _FAMILY_WORD.match(" " + words[1]) or
                                        _FAMILY_WORD.match(text[end:])):
            del spans[(start, end)]

