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

Then a name standing alone, a first name before a person's verb ("Rose told me"), lower-case names;
the passes over what was found (names listed with a name, famous people out, every recurrence) are
in ``name_passes.py``, the word lists in ``name_cues.py``.
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, LIKELY, Finding, starts_sentence
from assistant.privacy.gazetteer import (classify, dictionary_word_here, first_name_by_case, names, proper_here,
                                         written_in, zipf, zipf_anywhere)
from assistant.privacy.name_cues import (
    ARTICLE,
    CLIENT,
    FAMILY_AFTER,
    FAMILY_BEFORE,
    FARM_SURNAME,
    HOMOGRAPHS,
    JOB_WORD,
    NOT_SUBJECTS,
    PERSON_NEXT,
    PROFESSIONAL,
    RELATION_NEXT,
    ROLE,
    SURNAME_SHAPE,
    TITLE,
)
from assistant.privacy.name_forms import (capitals_surname_first, famous_by_initials_out, name_forms, surname_first,
                                          table_cells, table_headers_out, with_initials)
from assistant.privacy.name_letters import names_in_letters
from assistant.privacy.name_passes import (
    called_at_a_number,
    coordinated,
    eponyms_out,
    every_occurrence,
    famous_out,
    join_neighbours,
    vietnamese_lower_case,
    vietnamese_names,
    merge,
    unknown_word,
)
from assistant.privacy.name_tokens import Token, adjacent, genitive, is_common, mixed_case, name_span, tokens_of
from assistant.privacy.name_lower import (
    asked_after,
    at_someones,
    before_an_age,
    called_by_name,
    called_to,
    common_nouns_out,
    found_by,
    greeted,
    listed_together,
    lower_case_name,
    next_to_kin,
    possessive_before_kin,
    reported_subject,
    subject_after_that,
    talked_with,
)
from assistant.privacy.name_called import called_names, named_compounds
from assistant.privacy.name_capitals import capitals_names
from assistant.privacy.name_children import children_listed
from assistant.privacy.name_introduced import introduced_name
from assistant.privacy.name_lower_pairs import lower_case_pairs
from assistant.privacy.name_titles import titles_out
from assistant.privacy.name_postal_towns import postal_towns_out
from assistant.privacy.name_works import works_out
from assistant.privacy.name_fields import name_fields
from assistant.privacy.name_initials import initials_alone
from assistant.privacy.name_neighbours import take_neighbours, two_persons_apart
from assistant.privacy.name_openers import names_opening_sentences, openers_out
from assistant.privacy.name_sentence_start import sentence_words_out
from assistant.privacy.name_precision import MONTHS, look_alikes_out
from assistant.privacy.name_unlisted import (months_as_names, peoples_out, plural_families, role_words_out,
                                             unlisted_names)


# A patronymic between a first name and a surname ("Василь Петрович Бондаренко"; privacy9).
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|ич|івна|ївна|овна|евна|ична)$")


def _is_first(token: Token) -> bool:
    return classify(token.text)[0]


# After a first name, a capitalised word rarer than this (Zipf, en/sv/de) is its surname even when it is a word too
# ("Lars Fisk", "Henrike Fuchs", "June Hart"): 4.0 until privacy8, which left surnames that are nouns out.
_SURNAME_WORD_ZIPF = 5.0


def _is_surname(token: Token, text: str, after_first: bool) -> bool:
    first, last, place, ordinary = classify(token.text)
    if last:
        return True
    if first and after_first:
        return True  # "Anna Maria", "Matti Juhani": more of the name
    if place:
        # Finnish surnames from farms and places ("Piia Korhola", "Aino Koskela", "Liisa Niemi"): in the
        # nominative after a first name (not "Anna Tampereella", a locative).
        return after_first and not ordinary and FARM_SURNAME.search(token.text) is not None
    word = token.text.rstrip("s").removesuffix("'").removesuffix("’")
    if SURNAME_SHAPE.search(word) or SURNAME_SHAPE.search(token.text) or not ordinary:
        return True
    # Finnish surnames are often ordinary words to Voikko (Keskisalo, Lahdenperä, Kallio): after a first
    # name, a capitalised word that is no common word of any asker language is its surname.
    lower = token.text.lower()
    if not after_first or is_common(lower):
        return False
    if zipf(lower) < 4.0:
        return True
    # a word, after a first name as the lists hold it ("Sabines Handy", "Nataliia's Ukrainian": a genitive's noun)
    before = re.search(r"([^\W\d_]+)[ \t]*$", text[:token.start])
    return zipf(lower) < _SURNAME_WORD_ZIPF and before is not None and before.group(1).lower() in names()[0]


def _only_place(token: Token) -> bool:
    first, last, place, _ = classify(token.text)
    return place and not (first or last)


def _run(tokens: list[Token], i: int, text: str, limit: int = 3) -> list[Token]:
    """The capitalised tokens from ``i`` on that follow each other (at most ``limit``)."""
    run: list[Token] = []
    for token in tokens[i:i + limit]:
        if not token.capitalised or (run and not adjacent(text, run[-1], token)):
            break
        run.append(token)
        if token.text.endswith(("'s", "’s")):
            break  # a possessive ends the name: "Joonas Lehtinen's Finnish ID" (privacy10)
    return run


def find_names(text: str) -> list[Finding]:
    """Every person's name the recognisers find in ``text``, in order."""
    tokens = tokens_of(text)
    spans: dict[tuple[int, int], float] = {}

    def add(run: list[Token], confidence: float) -> None:
        start, end = name_span(text, run)
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
        client = CLIENT.search(before)
        # ("Asiakkaani Ilo Mäkelä": a first name that is a place to Voikko, before a surname, is a name too)
        if client and (not _only_place(token) or len(run) > 1 and classify(run[1].text)[1]) and (
                client.group()[0].islower() or starts_sentence(
                text, token.start - len(before) + client.start())):
            # (a title after the naming word is no part of the name: "heißt Herr Vogel"; the sets' rule, privacy11)
            add(run[1:] if len(run) > 1 and TITLE.search(run[0].text + " ") else run, CONTEXT)
            continue
        if JOB_WORD.search(token.text) and starts_sentence(text, token.start):
            continue  # "Isa Aleksei Volkov", "Socialsekreterare Johanna Ylitalo": a job or a relation first
        # A first name with a surname (or a second first name and a surname).
        if _is_first(token) and len(run) > 1:
            names = [token]
            # A first name read through a case ending by rule needs a surname from the lists beside it.
            direct = classify(token.text, stems=False)[0]
            vouched = direct and not (starts_sentence(text, token.start) and is_common(token.text.lower()))
            for nxt in run[1:]:
                if RELATION_NEXT.match(" " + nxt.text) or ROLE.search(nxt.text):
                    break  # "Emirs Bruder Kerem": a relation word, though a surname too
                if genitive(names[-1].text, nxt.text):
                    break  # "Wolfs Nachbarin", "Emres Lehrerin": a genitive's noun (privacy10)
                if not _is_surname(nxt, text, after_first=len(names) == 1 or _is_first(nxt)) or (
                        not vouched and not classify(nxt.text)[1] and not SURNAME_SHAPE.search(nxt.text)):
                    break
                if len(names) > 1 and not (any(classify(nxt.text, stems=False)[:2]) or unknown_word(text, nxt) or (
                        _PATRONYMIC.search(names[-1].text) and SURNAME_SHAPE.search(nxt.text))):
                    break  # a third word from the lists or no word ("Kirsi Aaltonen Pohjois-Karjalan": a region)
                names.append(nxt)
            if len(names) > 1:
                add(names, LIKELY)
                continue
        # A family or role word and a first name.
        if ROLE.search(before) and _is_first(token):
            add(run[:1] + [t for t in run[1:2] if _is_surname(t, text, after_first=True)], CONTEXT)
            continue
        # A family or role word and a surname the lists hold that is no word ("папа Орлов", "mor Hansen"; privacy9).
        if ROLE.search(before) and not starts_sentence(text, token.start) and classify(token.text)[1] and \
                not any(classify(token.text)[2:]) and zipf_anywhere(token.text.lower()) < COMMON_SURNAME_ZIPF + 0.5:
            add(run[:1], CONTEXT)
            continue
        # A title or a teacher's word and a surname ("Mr Hollis", "Frau Vogel", "opettaja Laine", "lærer Bech").
        if (TITLE.search(before) or PROFESSIONAL.search(before)) and not starts_sentence(text, token.start) and (
                classify(token.text)[1] or unknown_word(text, token) or TITLE.search(before) and
                not is_common(token.text.lower()) or classify(token.text, stems=False)[0] and
                PROFESSIONAL.search(before) and not is_common(token.text.lower())):
            add(run[:1], CONTEXT)
            continue
        # A surname with a title or a family word ("Young children" at a sentence's start is no family).
        first, last, place, ordinary = classify(token.text)
        # (a Finnish surname from a farm is a place to Voikko too: "Perhe Mäkelä"; privacy9)
        farm = place and FARM_SURNAME.search(token.text.removesuffix("n")) and not ordinary and (
            FAMILY_BEFORE.search(before) or FAMILY_AFTER.match(text[token.end:]))  # "Heikkilän perhe" (privacy10)
        # (in the plural genitive before a family word, such a surname is the family's, though a town too:
        # "Kangasniemien perhe"; a town has no plural; privacy11)
        plural = token.text.endswith("ien") and FARM_SURNAME.search(token.text[:-3] + "i") is not None and \
            FAMILY_AFTER.match(text[token.end:]) is not None
        if plural:
            add([token], CONTEXT)
            continue
        if not last or (place and not farm) or (ordinary and starts_sentence(text, token.start)):
            continue
        if TITLE.search(before) or FAMILY_AFTER.match(text[token.end:]) or (
                FAMILY_BEFORE.search(before) and not starts_sentence(text, token.start)):
            add([token], CONTEXT)
    for i, token in enumerate(tokens):
        # A name before a relation word ("Lives bror", "Johannas Oma", "Bøghs advokat", "Rimkų šeima",
        # "Ковальчуків родина") or after a family word ("bei Familie Kaya", "familien Larsen-Aziz").
        if token.capitalised and not mixed_case(token.text) and (
                RELATION_NEXT.match(text[token.end:]) or
                (FAMILY_BEFORE.search(text[max(0, token.start - 20):token.start]) and
                 not starts_sentence(text, token.start))):
            first, last, place, ordinary = classify(token.text)
            if zipf_anywhere(token.text.lower()) >= 5.5 and starts_sentence(text, token.start):
                continue  # "Jo motina": his mother
            if ((first or last) and not place) or unknown_word(text, token):
                add([token], CONTEXT)
    for i, token in enumerate(tokens):
        if token.capitalised and (_standing_alone(text, tokens, i) or _subject_of_a_person_verb(text, token)):
            add([token], CONTEXT)
        elif token.text.islower():
            run = lower_case_name(text, tokens, i) or introduced_name(text, tokens, i) or (
                [token] if _subject_of_a_person_verb(text, token) or subject_after_that(text, token) else [])
            if run:
                add(run, CONTEXT)
    names_opening_sentences(text, tokens, spans)  # "Maja chodzi do klasy", "kacper podał maila" (privacy59)
    talked_with(text, tokens, spans)  # before the recurrences: "snakkede med freja i går, freja vil ikke hjem"
    listed_together(text, tokens, spans)  # "kenji and marlon", "äiti ja helmi"
    children_listed(text, spans)  # "lapsed rasmus ja mia", "barna emil og nora" (privacy37)
    lower_case_pairs(text, tokens, spans)  # "tapasin ahmadi farida", "ringde lundgren tove" (privacy37)
    unlisted_names(text, tokens, spans)
    months_as_names(text, tokens, spans)  # "April told me", "u Mai Sobczak" (privacy19)
    plural_families(text, tokens, spans)  # "the Hendrys", "the Collinses" (privacy19)
    called_names(text, tokens, spans)  # "goes by 'Blaze'", "kallar sig 'Zizi'" (privacy15)
    named_compounds(text, spans)  # "Blessing-niminen tyttö" (privacy37)
    initials_alone(text, spans)  # "A.K. kertoi", "K.M. disclosed" (privacy16)
    reported_subject(text, tokens, spans)
    name_forms(text, tokens, spans)
    join_neighbours(text, tokens, spans)
    coordinated(text, tokens, spans)
    names_in_letters(text, spans)  # "From: Gwen Tallis <g.tallis@...>", "Kind regards⏎Gwen Tallis" (privacy28)
    kept = set(spans)
    peoples_out(text, spans)
    eponyms_out(text, spans)
    famous = famous_out(text, tokens, spans)
    with_initials(text, tokens, spans, (kept - set(spans)) | set(famous))
    every_occurrence(text, tokens, spans, famous)
    called_at_a_number(text, spans)  # after the recurrences: "contact ruby on ..., ruby red hair"
    called_by_name(text, tokens, spans)  # likewise: "подзвонила калині ..., калина цвіте"
    called_to(text, tokens, spans)  # likewise: "skambino tomui", "pisał do szymona" (privacy19)
    found_by(text, tokens, spans)  # "policja znalazła kubę", "лешу нашли", "police brought harvey" (privacy20)
    at_someones(text, tokens, spans)  # "var hos rikke", "у друга тимура" (privacy22)
    before_an_age(text, tokens, spans)  # "kai (15) says", "rasmus (14) ööbib" (privacy24)
    greeted(text, tokens, spans)  # "moikka jukka!", "hej bartku," (privacy25)
    asked_after(text, tokens, spans)  # "fat i mads", "vet du hvor jonas bor" (privacy25)
    next_to_kin(text, tokens, spans)  # "idas mors", "liisi ema", "мамы алисы" (privacy27)
    possessive_before_kin(text, spans)  # "kayden's mum", "jordan's nan" (privacy31)
    join_neighbours(text, tokens, spans)  # what the last two rules added ("Мира" "Петровна")
    vietnamese_names(text, tokens, spans)
    vietnamese_lower_case(text, spans)
    peoples_out(text, spans)  # again: a recurrence may have taken it back ("Romu ģimene ... Romeo")
    role_words_out(text, tokens, spans)
    take_neighbours(text, tokens, spans)  # "Malthe Due", "Dr Raj Patel": half a name found (privacy15)
    two_persons_apart(text, spans)  # "донька Ірини Соломія": the mother's name, then the daughter's (privacy36)
    famous_out(text, tokens, spans)  # again: a neighbour may make a famous name of half one ("Malala Yousafzai"; privacy21)
    famous_by_initials_out(text, spans)  # "H.C. Andersens" (privacy21)
    works_out(text, spans)  # "Vi læste Karen Blixen", "filmu par Kārli Ulmani" (privacy37)
    postal_towns_out(text, spans)  # "771 83 Ludvika" (privacy55)
    look_alikes_out(text, tokens, spans)
    openers_out(text, spans)  # "Vuokranantaja Hirvonen", "Helista Margusele" (privacy59)
    sentence_words_out(text, spans)  # "Aamulla Aamu", "Onneksi Onni", "Lahjaksi" (privacy17)
    common_nouns_out(text, spans)  # "Wiosną zakwitła róża i kalina" (privacy31)
    surname_first(text, spans)  # "Patel, Rekha; Moss, Gordon" (privacy23)
    capitals_surname_first(text, spans)  # "KÄRKKÄINEN Eveliina" (privacy31)
    capitals_names(text, spans)  # "KORHOSEN naapuri", "ТКАЧУК МАРІЯ" in a message in ordinary case (privacy37)
    name_fields(text, spans)  # "Vārds, uzvārds: Megija Jansone", "ПІБ: Савчук Вероніка Андріївна" (privacy36)
    table_cells(text, spans)  # "Sisu Räsänen<tab>020516C774D" (privacy27)
    table_headers_out(text, spans)  # "Nimi<tab>Hetu<tab>Osoite" (privacy28)
    titles_out(text, spans)  # "Пані Ткачук", "Poniai Petrauskienei" (privacy40)
    return merge(text, spans)


# A lower-case first name before a person's verb: rarer than this as a word in every asker language (Zipf; a
# first name like "mikael" or "lena" is about 4.5 in the word lists, a word like "saga" or "will" above 5).
_LOWER_SUBJECT_ZIPF = 5.0


def _subject_of_a_person_verb(text: str, token: Token) -> bool:
    """A first name that is also a word, before a verb whose subject is a person ("Usko kertoi", "Rose told
    me", "Hope är 15", "koska jarkko on taas"): the name, not the word."""
    lower = token.text.lower()
    if lower in NOT_SUBJECTS or mixed_case(token.text) or not PERSON_NEXT.match(text[token.end:]):
        return False
    first, last, place, ordinary = classify(token.text)
    if place and not first:
        return False
    if token.text.islower():  # typed in lower case: a listed first name that is no common word ("milo slog")
        return lower in names()[0] and not is_common(lower) and zipf_anywhere(lower) < _LOWER_SUBJECT_ZIPF
    return first


# A surname standing alone must be rarer than this as a word in every asker language (Zipf).
COMMON_SURNAME_ZIPF = 4.0
# Very common words are the word at a sentence's start even when a name list holds them (Zipf, en/sv/de).
_START_ZIPF = 5.5


def _run_is_a_title(text: str, tokens: list[Token], i: int) -> bool:
    """The capitalised word stands in a run of capitalised words one of which is an ordinary word and no
    name ("Save the Children", "Child Welfare Act", "Röda Korset"): a title or a body, not a person."""
    j = i
    while j > 0 and tokens[j - 1].capitalised and adjacent(text, tokens[j - 1], tokens[j]):
        j -= 1
    k = i
    while k + 1 < len(tokens) and tokens[k + 1].capitalised and adjacent(text, tokens[k], tokens[k + 1]):
        k += 1
    for n, other in enumerate(tokens[j:k + 1], start=j):
        if other is tokens[i] or starts_sentence(text, other.start) or ROLE.search(other.text) or (
                n > 0 and genitive(tokens[n - 1].text, other.text) and not classify(other.text)[2]):
            continue  # a sentence's first word has its capital from the sentence ("Soitin Darynalle"); a German
            # noun before a name or after its genitive ("Schwester Elif", "Elifs Handy"; privacy10)
        first, last, place, ordinary = classify(other.text)
        if ordinary and not (first or last):
            return True
    return False


def _standing_alone(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalised first name or surname by itself ("Tuulin äiti soitti", "med Live og Idris", "Остапу 15
    років"): mid-sentence a capital says proper name; at a sentence's start only an uncommon word."""
    token = tokens[i]
    first, last, place, ordinary = classify(token.text)
    # mid-sentence, a capitalised case form of a first name that is a word's form too ("vei Lumin", "Mama Oli"; privacy18)
    if not (first or last or place) and ordinary and not starts_sentence(text, token.start) and \
            written_in(text) in _CASE_LANGUAGES and not TITLE.search(token.text + " ") and first_name_by_case(token.text):
        first = True
    if not (first or last) or (place and not first) or mixed_case(token.text) or _run_is_a_title(text, tokens, i):
        return False
    lower = token.text.lower()
    if _CASE_STUDY.search(_sentence(text, token.start)):
        return False
    if ARTICLE.search(text[max(0, token.start - 6):token.start]) and not lower.endswith("s") and \
            not FAMILY_AFTER.match(text[token.end:]):  # "the Patel twins": a family
        return False  # "Der Wolf im Märchen", "dem Kaiser": a German noun after its article ("die Müllers": a family)
    if not first:  # a surname alone: not a word of any asker language ("Grupa", "Monat" are words)
        return not ordinary and zipf_anywhere(lower) < COMMON_SURNAME_ZIPF and not (
            starts_sentence(text, token.start) and (is_common(lower) or dictionary_word_here(text, lower)))
    if starts_sentence(text, token.start):
        # (a listed name the dictionary writes with its capital: the name, unless a place or a month, "Bergen", "Jan")
        return proper_here(text, lower) and not place and lower not in MONTHS or not (
            is_common(lower) or zipf(lower) >= _START_ZIPF or dictionary_word_here(text, lower))
    # Mid-sentence a capital says proper name, but a word among capitals is a body's name ("Redd Barna").
    return not (lower in HOMOGRAPHS and _in_a_run(text, tokens, i))


# The languages whose names take case endings that make words of them ("Lumin", "Oli"); Estonian's make places.
_CASE_LANGUAGES = frozenset(("fi", "pl", "lt", "lv", "uk", "ru"))


def _in_a_run(text: str, tokens: list[Token], i: int) -> bool:
    return (i > 0 and tokens[i - 1].capitalised and adjacent(text, tokens[i - 1], tokens[i])) or (
        i + 1 < len(tokens) and tokens[i + 1].capitalised and adjacent(text, tokens[i], tokens[i + 1]))


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
