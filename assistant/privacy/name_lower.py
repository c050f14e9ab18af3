"""Names typed in lower case where the sentence says a person stands (privacy9).

``heldout-people-8``'s missed names were, more than any other kind, first names in lower case as the subject of a
reported clause: "sano et aada on ollu kipeenä", "sa att amira inte får", "she said ryan hasn't", "ka roberts
kavē", "kad lukas nelanko", "że julka ma", "at emil er", "що андрійко не ходить". After a word that opens such a
clause ("that", "att", "et", "ka", "kad", "że", "що"...) the next word is its subject, and a listed first name or a
pet form of one there is the name, though it be a word too, unless it is among the commonest words (a pronoun, "ma",
"will") or a homograph. And a first name in a case form after a call verb ("palun helista arvole").
"""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, starts_sentence
from assistant.privacy.gazetteer import (classify, dictionary_word, dictionary_word_here, in_name_lists, names,
                                        written_in, zipf, zipf_anywhere)
from assistant.privacy.name_cues import (
    CLIENT,
    FAMILY_NEXT,
    RELATION_WORDS,
    HOMOGRAPHS,
    NOT_SUBJECTS,
    PERSON_NEXT,
    PROFESSIONAL,
    ROLE,
    SURNAME_SHAPE,
    TITLE,
)
from assistant.privacy.name_passes import PRONOUNS
from assistant.privacy.name_said import says_next
from assistant.privacy.name_tokens import Token, adjacent, is_common, zipf_here
from assistant.privacy.phone_words import CALLING
from assistant.text import frequency
from assistant.text.morphology import dictionary_lemma

# The words that open a reported clause, or say that someone said something, right before its subject.
_THAT = re.compile(
    r"(?<!\w)(?:that|says|said|att|at|et|että|ettei|sano|sanoi|sanoo|kertoi|ka|kad|jog|jeigu|że|iż|żeby|dass|ob|"
    r"що|щоб|что|чтобы|sa|sagt|sagde|siger|sier|sa|ütles|teica|sakė|mówi|каже|сказала|сказав|сказал|говорит)"
    r"[ \t]*,?[ \t]*$", re.IGNORECASE)
# After a preposition, Danish, Norwegian and Swedish "at"/"att" marks an infinitive ("truer med at dele dem").
_INFINITIVE_MARK = re.compile(r"(?<!\w)(?:med|for|om|til|af|ved|uden|efter|för|utan|genom|till|på|av|etter|uten|"
                              r"ved|i|inden|innan|enn|än|end)\s+(?:at|att)[ \t]*$", re.IGNORECASE)
# An object pronoun after the word: a verb and its object, not a subject and its verb.
_OBJECT_NEXT = re.compile(r"[ \t]+(?:dem|den|det|ham|hende|henne|honom|them|it|him|her|sig|seg|oss|os|mig|meg|"
                          r"dig|deg|jų|jį|ją|его|её|їх|його|її|je|go|ją)(?!\w)", re.IGNORECASE)
# A subject so common as a word in some language is the word ("that will", "et ma", "że ona").
_COMMONEST = 5.5


def subject_after_that(text: str, token: Token) -> bool:
    """A lower-case first name (or a pet form of one) as the subject of a reported clause."""
    lower = token.text
    if lower in NOT_SUBJECTS or lower in HOMOGRAPHS or len(lower) < 3 or not _THAT.search(text[max(0, token.start - 14):token.start]):
        return False
    if not re.match(r"[ \t]+[^\W\d_]", text[token.end:]) or _OBJECT_NEXT.match(text[token.end:]):
        return False  # a subject has its verb after it; "med at dele dem": an infinitive and its object
    if _INFINITIVE_MARK.search(text[max(0, token.start - 14):token.start]):
        return False  # "med at", "för att", "uden at": the Scandinavian infinitive's mark, no clause
    if zipf_anywhere(lower) >= _COMMONEST:
        return False
    if text[:1].isupper() and _common_noun(text, lower):
        # "Äiti sanoi, että onni on kun ...": a message written with its capitals writes a name with one (privacy31)
        return False
    if _capitalised_elsewhere(text, lower):
        return False  # "Lilia to jego siostra ... że lilia to kwiat": the message writes the name with its capital
    if lower in names()[0]:
        return True
    from assistant.privacy.name_unlisted import pet_form

    first, last, place, ordinary = classify(lower)
    return (first and not ordinary and not place) or (pet_form(lower) and zipf_anywhere(lower) < 3.0 and not ordinary)


# A lower-case word with the English possessive before a family or carer word ("kayden's mum", "jordan's nan", "tayla's
# mum"; privacy31): a person's name when it is no common word and no ordinary noun ("the neighbour's mum").
_POSSESSIVE_BEFORE_KIN = re.compile(r"(?<![\w'’-])([a-z][a-z-]{2,})['’]s[ \t]+(?=(?:mum|mom|mam|mummy|mommy|dad|"
                                    r"daddy|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|nanny|auntie|aunt|uncle|"
                                    r"stepdad|stepmum|carer|foster)(?!\w))")


def possessive_before_kin(text: str, spans: dict[tuple[int, int], float]) -> None:
    """A lower-case name with its possessive before a family word (see ``_POSSESSIVE_BEFORE_KIN``)."""
    for m in _POSSESSIVE_BEFORE_KIN.finditer(text):
        word = m.group(1)
        if not (is_common(word) or ROLE.search(word + " ") or _common_noun(text, word) or
                any(a < m.end(1) + 2 and m.start() < b for a, b in spans)):
            spans[(m.start(), m.end(1) + 2)] = CONTEXT


def common_nouns_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a one-word name in lower case that is an ordinary word of the language, in a message written with its
    capitals ("Wiosną zakwitła róża i kalina"; privacy31), unless the message writes it with a capital elsewhere
    ("Biret Ánne Sara ringde, biret vill ...")."""
    if not text[:1].isupper():
        return
    for start, end in list(spans):
        word = text[start:end]
        if word.islower() and " " not in word and _common_noun(text, word) and not _capitalised_elsewhere(text, word):
            del spans[(start, end)]


def _capitalised_elsewhere(text: str, lower: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(lower.capitalize())}(?!\w)", text) is not None


def _common_noun(text: str, lower: str) -> bool:
    """The word is an ordinary word of the message's language, by its dictionary (a name's lemma keeps its capital)."""
    lemma = dictionary_lemma(lower, written_in(text))
    return lemma is not None and lemma.islower()


_CALLED = re.compile(CALLING + r"[ \t]+$", re.IGNORECASE)


def called_by_name(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A lower-case first name in a case form right after a call verb ("palun helista arvole", "soita ainolle"):
    the person called, with or without the number after (a first name in its base form there may be a word:
    "call will")."""
    for token in tokens:
        lower = token.text
        if not lower.islower() or lower in NOT_SUBJECTS or lower in HOMOGRAPHS or lower in names()[0] or \
                not _CALLED.search(text[max(0, token.start - 16):token.start]):
            continue
        first, last, place, ordinary = classify(lower)
        if first and not (ordinary or place) and zipf_anywhere(lower) < 3.0:
            spans.setdefault((token.start, token.end), CONTEXT)


# A verb of saying right before a reported clause without "that" ("Hazel said Ash has been hiding food"; privacy10).
_SAID = re.compile(r"(?<!\w)(?:says|said|told\s+me|sagt|sagte|säger|sade|sagde|siger|sier|sanoi|sanoo|kertoi|ütles|"
                   r"teica|sakė|mówi|powiedział\w*|каже|сказала|сказав|сказал|говорит)[ \t]*,?[ \t]*$", re.IGNORECASE)


def reported_subject(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A capitalised word mid-sentence right after a verb of saying and before a lower-case word (its verb) is
    the reported clause's subject: a person's name, also one no list holds or one that is a word too ("said Ash
    has", "says Esi is"), unless it is a common word, a place, a family word or a German noun."""
    for i, token in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if not token.capitalised or any(ch.isupper() for ch in token.text[1:]) or starts_sentence(text, token.start) or \
                not nxt.text.islower() or text[token.end:nxt.start] != " " or \
                not (said := _SAID.search(text[max(0, token.start - 14):token.start])) or not said.group()[0].islower() or \
                any(a <= token.start < b for (a, b) in spans):
            continue
        lower = token.text.lower()
        first, last, place, ordinary = classify(token.text)
        if lower in NOT_SUBJECTS or lower in HOMOGRAPHS or (place and not first) or ROLE.search(token.text + " ") or \
                zipf_anywhere(lower) >= 4.5 or (ordinary and not first and
                                                 frequency.zipf(lower, "de") >= max(3.0, frequency.zipf(lower, "en"))):
            continue
        spans[(token.start, token.end)] = CONTEXT


# --- names in lower case after a cue (moved from names.py in privacy11) ---------------------------------
# A patronymic in any case after a first name ("ольгой петровной"; privacy11).
_PATRONYMIC_CASE = re.compile(r"\w{3,}(?:ович|евич|івн|ївн|овн|евн|ичн)(?:а|у|ем|ом|е|ой|ы|ою|и|ій|ої|і|ою)?$")


# After a professional's word or a title, a listed name in lower case is the name even when it is a word too
# ("lærer berg", "mokytoja rasa", "учитель слава"), unless it is among the commonest words (Zipf, any language).
_AFTER_PROFESSIONAL_ZIPF = 5.5
# A Polish adjective stands after its noun ("pedagog szkolny", the school's).
_POLISH_ADJECTIVE = re.compile(r"(?:ny|na|ne|wy|wa|we|ki|ka|cy)$")


_ENGLISH_TITLE = re.compile(r"(?<!\w)(?:mr|mrs|ms|miss)\.?[ \t]+$", re.IGNORECASE)


def _after_a_professional(text: str, token: Token) -> bool:
    """A name in lower case after "opettaja", "lärare", "mrs", "pani": a listed name, or a surname no list
    holds that is no common word before a person's verb ("teacher mrs whitfield says", "skolotāja ozola saka";
    not "skolotāja satraukta", upset, nor "pedagog szkolny", the school's)."""
    lower = token.text
    if lower in NOT_SUBJECTS or TITLE.search(lower + " ") or zipf_anywhere(lower) >= _AFTER_PROFESSIONAL_ZIPF:
        return False
    first, last, place, ordinary = classify(lower)
    if in_name_lists(lower):
        return (first or last) and not (place and not (first or last))
    if ordinary or place or is_common(lower):
        return False
    if _ENGLISH_TITLE.search(text[max(0, token.start - 6):token.start]) and zipf_anywhere(lower) < 3.0:
        return True  # "spoke to mr fairweather": after Mr, Mrs, Ms a rare word is the surname (privacy10)
    return not (_POLISH_ADJECTIVE.search(lower) and frequency.zipf(lower, "pl") >= 3.0) \
        and zipf_anywhere(lower) < 4.5 and bool(PERSON_NEXT.match(text[token.end:]))


# After a family word, a first name that is a word of the message's language must be rarer than this there ("Мама
# живе": a verb).
_FAMILY_NEXT_ZIPF = 5.0


def lower_case_name(text: str, tokens: list[Token], i: int) -> list[Token]:
    """A name typed in lower case: after a client word ("min klient gunvor blomqvist"), a first name with
    a surname ("niilo hakulisen"), a hyphenated pair of first names ("jon-martin"), or a first name before
    a family word ("pontus pappa")."""
    before = text[max(0, tokens[i].start - 40):tokens[i].start]
    # After a role word ("kompis otto") a more common word may be the name.
    most_common = 5.0 if ROLE.search(before) else 4.5

    # Right after a family word, a listed first name that is a common word too is the name ("mor maja", "brother
    # blessing", "mum faith okafor-mensah"; privacy15), below the very commonest words ("mum will", "dad may").
    family_next = ROLE.search(before) is not None and before[-1:] == " " and before.rstrip()[-1:].isalpha()

    def name_word(token: Token) -> tuple[bool, bool]:
        lower = token.text
        if not in_name_lists(lower) or (is_common(lower) and not (
                family_next and token is tokens[i] and zipf_here(text, lower) < _FAMILY_NEXT_ZIPF)) or \
                zipf(lower) >= most_common:
            return False, False
        first, last, place, ordinary = classify(lower)
        return first and not place, last and not place

    if i > 0 and tokens[i - 1].text.islower() and name_word(tokens[i - 1]) != (False, False) and \
            not ROLE.search(tokens[i - 1].text + " ") and adjacent(text, tokens[i - 1], tokens[i]):
        return []  # inside a run already taken from its first word (a family word is none: "wnuczek szymon")
    if (PROFESSIONAL.search(before) or TITLE.search(before)) and _after_a_professional(text, tokens[i]):
        return [tokens[i]]  # "opettaja laine sanoo", "lärare hansson", "teacher mrs whitfield", "pani jagoda"
    if _and_their(text, tokens[i]):
        return [tokens[i]]
    first, last = name_word(tokens[i])
    if not (first or last):
        return []
    if first and says_next(text, tokens, i):
        return [tokens[i]]  # the subject of a verb of saying, "katya pishet" (privacy55)
    run = [tokens[i]]
    for nxt in tokens[i + 1:i + 3]:
        if not nxt.text.islower() or not adjacent(text, run[-1], nxt):
            break
        if name_word(nxt) == (False, False) and not (  # "majvor grankvist": a surname by its shape
                first and len(run) == 1 and SURNAME_SHAPE.search(nxt.text) and zipf_anywhere(nxt.text) < 3.0) and not (
                # a surname that is a place too after a first name ("tiina mäkelä"), a patronymic in any case
                # ("ольгой петровной"; privacy11)
                first and len(run) == 1 and (classify(nxt.text)[1] and not is_common(nxt.text) and zipf(nxt.text) < 3.0
                                             or _PATRONYMIC_CASE.search(nxt.text) or _unknown_surname(text, run[0], nxt))):
            break
        run.append(nxt)
    if CLIENT.search(before):
        return run
    if first and len(run) > 1 and (name_word(run[1])[1] or SURNAME_SHAPE.search(run[1].text) or classify(run[1].text)[1]
                                   or _PATRONYMIC_CASE.search(run[1].text) or _unknown_surname(text, run[0], run[1])):
        return run[:2]
    if first and "-" in tokens[i].text:
        return [tokens[i]]
    if first and (FAMILY_NEXT.match(text[tokens[i].end:]) or ROLE.search(before)):
        return [tokens[i]]
    return []


def _unknown_surname(text: str, first: Token, nxt: Token) -> bool:
    """A word of no language after a first name in the nominative is its surname ("mirjami sarre", "hassan
    abdillahi", "maureen tulloch"; privacy26); not after a case form ("olegu ugrozhaet", "ossin hetun") nor a two-letter name,
    nor after "and", where the next person's verb follows the name ("aino itki ja mikael tönäs häntä")."""
    return len(first.text) > 2 and first.text in names()[0] and _surname_after(nxt.text) and \
        not _AND_BEFORE.search(text, max(0, first.start - 8), first.start)


# The words for "and" of the asker languages (also ``listed_together``'s).
_AND_WORDS = r"(?:and|&|och|o|og|und|ja|ning|ir|un|i|и|і|та)"
_AND_BEFORE = re.compile(rf"(?<!\w){_AND_WORDS}[ \t]+$", re.IGNORECASE)


# "X and his/her ..." after a lower-case word: the word is the person ("jukka ja hänen uusi puolisonsa", "ola i jej
# brat", "tim und seiner mutter", "с катей и её мамой"; privacy11).
_AND_THEIR = re.compile(
    r"^[ \t]+(?:ja|och|og|und|and|i|ir|un|и|і|та|ning)[ \t]+(?:hänen|hans|hennes|his|her|sein\w*|ihr\w*|jego|jej|jo|jos|"
    r"viņa|viņas|tema|его|её|ее|його|її|sin|sit|sine|sina)(?!\w)", re.IGNORECASE)


def _and_their(text: str, token: Token) -> bool:
    """A listed first name in lower case before "and his/her" (see ``_AND_THEIR``)."""
    lower = token.text
    if not _AND_THEIR.match(text[token.end:]) or not in_name_lists(lower):
        return False
    first, last, place, ordinary = classify(lower)
    # (a common word only when no dictionary holds it as a word: "pekka ja hänen", not "will and his")
    return first and not place and zipf_anywhere(lower) < 5.5 and not (is_common(lower) and ordinary)


# A verb of talking or meeting and its preposition right before a person ("pratade med", "snakkede med", "spoke w/",
# "runāju ar", "kalbėjau su", "говорила с", "rozmawiałam z", "ringde till"; privacy13), a word between allowed
# ("pratade igår med", "spoke yesterday to").
_TALKED_WITH = re.compile(
    r"(?<!\w)(?:prata\w*|tala\w*|snakke\w*|spoke|speak\w*|talk\w*|chatted|met|meet\w*|gesprochen|sprach\w*|rede\w*|"
    r"telefoniert\w*|rozmawia\w*|rozmovlia\w*|rozmovlja\w*|runāj\w*|sarunāj\w*|kalbė\w*|kalbėj\w*|говорил\w*|"
    r"поговори\w*|разговарива\w*|розмовля\w*|поговорил\w*|ringde|ringer|ringte|ringede|ringt)"
    r"(?:[ \t]+[^\W\d_]+)?[ \t]+(?:med|m|mit|with|w/|to|z|ze|ar|su|с|со|з|із|till|til)[ \t]+$", re.IGNORECASE)
# A verb of calling or writing whose person follows in a case, without a preposition or after "do" ("soitin
# aatulle", "helistasin tõnisele", "skambino tomui", "pisał do szymona", "звонил кириллу"; privacy19).
_CALLED_TO = re.compile(
    r"(?<!\w)(?:soit\w*|helista\w*|skambin\w*|paskambin\w*|zvanīj\w*|piezvanīj\w*|rakstīj\w*|rašė|parašė|"
    r"(?:za)?dzwoni\w*[ \t]+do|(?:na)?pis\w*[ \t]+do|писа\w*|написа\w*|звони\w*|позвони\w*|дзвони\w*|подзвони\w*)"
    r"(?:[ \t]+[^\W\d_]+)?[ \t]+$", re.IGNORECASE)
# A name after such a verb may be a word too ("saga", "gift"), but not among the commonest words of a language.
_TALKED_WITH_ZIPF = 5.0


def talked_with(text: str, tokens: list[Token], spans: dict[tuple[int, int], float],
                verb: re.Pattern[str] = _TALKED_WITH, verb_after: re.Pattern[str] | None = None) -> None:
    """A listed first name in lower case, in any case form, right after a verb of talking or meeting and its
    preposition: the person talked with ("pratade med ronja", "говорила с лёшей"), not a family word ("med mamma");
    with ``verb=_CALLED_TO``, the person called or written to."""
    for token in tokens:
        lower = token.text
        if not lower.islower() or lower in NOT_SUBJECTS or lower in HOMOGRAPHS or len(lower) < 3 or \
                ROLE.search(lower + " ") or not (verb.search(text[max(0, token.start - 30):token.start]) or (
                    verb_after is not None and verb_after.match(text, token.end))) or \
                any(a <= token.start < b for (a, b) in spans) or lower in PRONOUNS or dictionary_word_here(text, lower):
            continue
        first, last, place, ordinary = classify(lower)
        if first and not place and not is_common(lower) and zipf_anywhere(lower) < _TALKED_WITH_ZIPF:
            end = token.end
            nxt = next((t for t in tokens if t.start > token.end), None)
            if nxt is not None and nxt.text.islower() and adjacent(text, token, nxt) and _surname_after(nxt.text):
                end = nxt.end  # "spoke to marian lakatos": the surname after it, a word of no language
            spans.setdefault((token.start, end), CONTEXT)


def _surname_after(lower: str) -> bool:
    first, last, place, ordinary = classify(lower)
    return (last or not ordinary) and not place and not is_common(lower) and zipf_anywhere(lower) < 2.5 and \
        not dictionary_word(lower)  # ("helistasin tõnisele numbrile": an Estonian word)


def called_to(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name in lower case, in a case form, after a verb of calling or writing (``_CALLED_TO``); after the
    recurrences, as ``called_by_name``: "подзвонила калині ..., калина цвіте" (privacy19)."""
    talked_with(text, tokens, spans, _CALLED_TO)


# A verb of finding or bringing home, before its person ("fandt de magnus", "policja znalazła kubę", "poliisi toi
# jessen", "police brought harvey") or after it ("mantą rado", "лешу нашли"; privacy20).
_FOUND_VERB = (r"(?:fandt|fant|hittade|found|brought|toi|toivat|löysi\w*|rado|surado|znalaz\w*|znaleź\w*|знайш\w*|нашл\w*|"
               r"leidis|leidsid|atrada|atrasts)")
_FOUND_BEFORE = re.compile(rf"(?<!\w){_FOUND_VERB}(?:[ \t]+(?:de|dem|they|ne|the\s+police))?[ \t]+$", re.IGNORECASE)
_FOUND_AFTER = re.compile(rf"[ \t]+{_FOUND_VERB}(?!\w)", re.IGNORECASE)


def found_by(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name in lower case, in a case form, next to a verb of finding or bringing (``_FOUND_VERB``)."""
    talked_with(text, tokens, spans, _FOUND_BEFORE, _FOUND_AFTER)


# At someone's home, a friend's word between allowed ("var hos rikke", "hos kompisen even", "у друга тимура", "u kumpla
# szymka", "pas draugą nojų", "bei seinem kumpel ole"; privacy22); not the Latvian "pie", by a thing too ("pie liepas").
_AT_SOMEONES = re.compile(
    r"(?<!\w)(?:hos|у|u|pas|bei)(?:[ \t]+(?:kompisen|kompis|vennen|venninnen|veninden|kammeraten|"
    r"draugą|draugę|kumpla|koleżanki|kolegi|друга|подруги|seinem[ \t]+kumpel|seinem[ \t]+freund|seiner[ \t]+freundin))?"
    r"[ \t]+$", re.IGNORECASE)
_AT_ANYONES = re.compile(r"(?<!\w)(?:hos|у|u|pas|bei)[ \t]", re.IGNORECASE)


def at_someones(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name in lower case, in a case form, after a preposition of someone's home (``_AT_SOMEONES``)."""
    if _AT_ANYONES.search(text):  # (the cheap test first: most messages have no such preposition)
        talked_with(text, tokens, spans, _AT_SOMEONES)


# An age in brackets right after it (privacy24): "kai (15) says", "rasmus (14) ööbib", "ralfs (15) saka", "matas (14)".
_AGE_AFTER = re.compile(r"[ \t]*\(\d{1,2}(?:\)|,)")
_NO_VERB = re.compile(r"(?!)")


def before_an_age(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name in lower case, in any case form, right before an age in brackets (``_AGE_AFTER``)."""
    if "(" not in text:  # (the cheap test first)
        return
    talked_with(text, tokens, spans, _NO_VERB, _AGE_AFTER)
    for token in tokens:  # capitalised: a listed first name, a place or a word too ("Rio (3)"), or a rare word
        if token.capitalised and _AGE_AFTER.match(text, token.end) and not any(a <= token.start < b for (a, b) in spans) \
                and not ROLE.search(token.text.lower() + " ") and (classify(token.text)[0] or zipf_anywhere(token.text.lower()) < 3.0):
            spans.setdefault((token.start, token.end), CONTEXT)


# Greeted by name, in lower case, at a message's or a line's start, a greeting before it or none, a comma or an
# exclamation mark after it ("moikka jukka!", "hiya dave,", "hej bartku,", "привет светик,", "jāni, vai vari ...";
# privacy25); the window of ``talked_with`` is 30 characters, so "^" is the text's start for a first word.
_GREETED = re.compile(r"(?:^|\n)[ \t]*(?:(?:hi|hey|hiya|hello|hej|hei|hallo|hallå|moi|moikka|moro|terve|hei hei|tere|"
                      r"sveiki|sveika|sveiks|labas|sveikas|cześć|hejka|witaj|привіт|вітаю|привет|здравствуй)"
                      r"[ \t]*,?[ \t]+)?$", re.IGNORECASE)
_VOCATIVE_AFTER = re.compile(r"[ \t]*[,!]")


def greeted(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name in lower case, in any case form, greeted at a message's or a line's start (``_GREETED``)."""
    talked_with(text, [t for t in tokens if _VOCATIVE_AFTER.match(text, t.end)], spans, _GREETED)


# Asked after, in lower case (privacy25): the person someone reached, heard from or got hold of ("onks kukaa tavoittanu
# tuukkaa", "ktoś się dodzwonił do kamila", "har nogen fat i mads", "anyone heard from jordan", "hat jemand lea
# erreicht", "kas keegi on siimu kätte saanud"), or where they live now ("vet du hvor jonas bor", "не знаешь где сейчас
# живёт тимур", "ar žinai kur dabar gyvena lukas").
_REACHED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:tavoitt\w*|reached|heard[ \t]+from|(?:fått|få|fick|får)[ \t]+tag[ \t]+(?:i|på)|fat[ \t]+i|"
    r"sazvanīj\w*|piezvanīt|prisiskambin\w*|dodzwoni\w*[ \t]+do|додзвони\w*[ \t]+до|дозвони\w*[ \t]+до)"
    r"|(?:hvor|var|where|gdzie|kur|де|где|kus|missä)(?:[ \t]+[^\W\d_]+){0,2}[ \t]+(?:bor|lives|mieszka|gyvena|dzīvo|"
    r"живе|живёт|живет|elab|asuu))[ \t]+$", re.IGNORECASE)
_REACHED_AFTER = re.compile(r"[ \t]+(?:erreicht|kätte)(?!\w)", re.IGNORECASE)
_REACHED_ANY = re.compile(r"(?:tavoitt|reached|heard|tag|fat|sazvan|piezvan|prisiskamb|dodzwon|додзвон|дозвон|hvor|var|"
                          r"where|gdzie|kur|де|где|kus|missä|erreicht|kätte)", re.IGNORECASE)


def asked_after(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name in lower case, in any case form, as the person asked after (``_REACHED_BEFORE``)."""
    if _REACHED_ANY.search(text):  # (the cheap test first)
        talked_with(text, tokens, spans, _REACHED_BEFORE, _REACHED_AFTER)


# Two lower-case words joined by "and" are two persons when both are listed first names ("kenji and marlon"), or
# one is a family word ("äiti ja helmi"; privacy13); neither may be a common word or a place.
_AND = re.compile(rf"^[ \t]+{_AND_WORDS}[ \t]+$", re.IGNORECASE)
_AND_ZIPF = 4.5


def listed_together(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Lower-case first names joined by "and" to another first name or to a family word (see ``_AND``)."""
    for i, (left, right) in enumerate(zip(tokens, tokens[2:])):
        if not (left.text.islower() and right.text.islower()) or not _AND.match(text[left.end:right.start]):
            continue
        kin = ROLE.search(left.text + " ")
        if (kin or _first_name_word(left.text)) and _first_name_word(right.text):
            if not kin:
                spans.setdefault((left.start, left.end), CONTEXT)
            after = tokens[i + 3] if i + 3 < len(tokens) else None
            end = after.end if after is not None and after.text.islower() and adjacent(text, right, after) and \
                _surname_after(after.text) else right.end  # "onni ja aino virtasalo"
            spans.setdefault((right.start, end), CONTEXT)


def _first_name_word(lower: str) -> bool:
    if lower in NOT_SUBJECTS or lower in HOMOGRAPHS or len(lower) < 3 or ROLE.search(lower + " "):
        return False
    first, last, place, ordinary = classify(lower, stems=False)
    return first and not place and not is_common(lower) and zipf_anywhere(lower) < _AND_ZIPF


# Next to a family word, in lower case (privacy27): a first name in the genitive before a relation word ("idas mors",
# "gabijos mamos", "lienes mammas", "emma sin mor"; the relation words and their genitives), or after a family word in
# the genitive ("мамы алисы", "мами дарини").
_KIN_AFTER = re.compile(rf"[ \t]+(?:{RELATION_WORDS}|mors|fars|mammas|pappas|mamos|tėčio|mātes|tēva|"
                        r"(?:sin|sitt|sine)[ \t]+(?:far|mor|bror|søster))(?!\w)", re.IGNORECASE)
_KIN_BEFORE = re.compile(r"(?<!\w)(?:mamy|taty|babci|dziadka|siostry|brata|мами|мамы|тата|папы|бабусі|бабушки|"
                         r"сестри|сестры|брата)[ \t]+$", re.IGNORECASE)


def next_to_kin(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A listed first name in lower case, in any case form, next to a family word (``_KIN_AFTER``, ``_KIN_BEFORE``)."""
    talked_with(text, tokens, spans, _KIN_BEFORE, _KIN_AFTER)
