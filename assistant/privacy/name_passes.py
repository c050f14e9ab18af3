"""Passes over the names found in a message: names listed with them, names side by side joined, famous
people and office holders dropped, every recurrence of a found name taken, overlaps merged."""

from __future__ import annotations

import re

from assistant.privacy.base import CONTEXT, NAME, Finding, starts_sentence
from assistant.privacy.gazetteer import classify, dictionary_word, latin_spellings, names, written_in, zipf_anywhere
from assistant.privacy.name_cues import (
    ARTICLE,
    CLIENT,
    COORDINATION,
    EPONYM_NEXT,
    FAMOUS,
    JOB_WORD,
    NOT_SUBJECTS,
    PUBLIC_OFFICE,
    REGNAL,
    ROLE,
    SURNAME_SHAPE,
    TITLE,
)
from assistant.privacy.phone_words import CALLED_AT, CALLING
from assistant.privacy.name_tokens import Token, adjacent, genitive, is_common, mixed_case, name_span

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


# A listed first name at a sentence's start, joined by "and" to a name found after it, is a name when rarer than this
# in every asker language (Zipf): "Pekka" and "Jānis" are about 5.1-5.3 (their use as names), "Vilja" 5.3 (a word).
_START_LISTED_ZIPF = 5.5


def coordinated(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
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
            # ("i" is "and" in a Polish message: "Jan i Halina Kowalczyk"; privacy18)
            strong = any(COORDINATION.match(j) and j.strip() not in ("i", ",") or j.strip() == "i" and
                         written_in(text) == "pl" for j in joiners)
            if not strong and not (first or last):
                continue  # "i" is "and" in Polish but "in" in Swedish ("i Pargas"); "elab Tartus, Maarjal"
            if token.text.islower():
                # (a common first name listed with a whole name: "pekka ja marjatta tuominen"; privacy10)
                whole = strong and any(" " in text[a:b] for (a, b) in spans for n in neighbours if a <= n.start < b)
                if not (first and lower in names()[0] and not ordinary and (
                        not is_common(lower) or whole and zipf_anywhere(lower) < 5.5)):
                    continue
                if not any(n.text.islower() for n in neighbours):
                    continue
            elif mixed_case(token.text) or lower in NOT_SUBJECTS or (place and not (first or last) and not (
                    strong and zipf_anywhere(lower) < 3.0)) or not (
                    (place and strong and zipf_anywhere(lower) < 3.0) or
                    ((first or last) and not (starts_sentence(text, token.start) and is_common(lower) and
                                              text[token.start - 1:token.start] != "("))  # "(Jonas und Greta)"
                    # "Mads og Ida Thygesen": a listed first name at a sentence's start, listed with a whole name;
                    # since privacy18 with any name found after it, and commoner ("Pekka ja Sointu", "Jānis un Dace")
                    or (strong and classify(token.text, stems=False)[0] and not ROLE.search(token.text + " ") and
                        zipf_anywhere(lower) < _START_LISTED_ZIPF and any(0 < a - token.end <= 6 for (a, b) in spans))
                    or unknown_word(text, token)):
                continue
            start, end = name_span(text, [token])
            spans[(start, end)] = CONTEXT


def join_neighbours(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """Names side by side are one name ("Merilin" "Org" → "Merilin Org"), and a capitalised word that is
    no ordinary word before a surname is its first name ("Nadiia Moroz", "Kerem Aksoy-Wagner")."""
    for i, token in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if not adjacent(text, token, nxt) or text[token.end:nxt.start] != " ":
            continue
        here = next(((a, b) for (a, b) in spans if a <= token.start and token.end <= b), None)
        there = next(((a, b) for (a, b) in spans if a <= nxt.start and nxt.end <= b), None)
        if here and there and here != there and here[1] == token.end and there[0] == nxt.start:
            spans[(here[0], there[1])] = max(spans.pop(here), spans.pop(there))
        elif there and not here and there[0] == nxt.start and token.capitalised and unknown_word(text, token) \
                and not JOB_WORD.search(token.text):
            first, last = classify(nxt.text, stems=False)[:2]
            # Before a first name, a sentence's first word is a verb or a job more often than a first name
            # ("Helistan Henri", "Zvanīja Ilze"), and before a whole name it is no part of it.
            surname_first = classify(token.text)[1] or SURNAME_SHAPE.search(token.text)  # "Мельничук Назар"
            if (last or first) and (surname_first or not (first and starts_sentence(text, token.start))) and \
                    there[1] == nxt.end:
                spans[(token.start, there[1])] = spans.pop(there)
        elif here and not there and here[1] == token.end and nxt.capitalised and unknown_word(text, nxt) \
                and not JOB_WORD.search(nxt.text) and classify(token.text)[0] and not EPONYM_NEXT.match(text[nxt.end:]) \
                and not (genitive(token.text, nxt.text)) \
                and not any(classify(nxt.text[:-cut])[2] for cut in (1, 2, 3)):  # "Timuriga Narvas": a place's case
            # After a first name, a capitalised word that is no word of any language is its surname ("Jakuba
            # Nowickiego", "Amadou Diallo", "Олени Кравець").
            end = name_span(text, [nxt])[1]
            spans[(here[0], end)] = spans.pop(here)


# Vietnamese family names (without their tone marks): the whole name follows, "Nguyễn Thị Hoan", "Tran Van Minh".
_VIETNAMESE_FAMILY = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh "
                               "trinh luong mai cao lam".split())


def vietnamese_names(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> None:
    """A Vietnamese family name and the one or two capitalised words after it are one name."""
    for i, token in enumerate(tokens[:-1]):
        # (or a given name before the middle name "Thị"/"Văn", in Cyrillic too: "Ван Тхи Хоа")
        middle = i + 1 < len(tokens) and tokens[i + 1].text.lower() in ("тхи", "ван", "thi", "thị")
        if not token.capitalised or (_plain(token.text.lower()) not in _VIETNAMESE_FAMILY and not (
                middle and tokens[i + 1].capitalised and text[token.end:tokens[i + 1].start] == " ")):
            continue
        run = [token]
        for nxt in tokens[i + 1:i + 4]:  # "Nguyễn Thị Mai Anh": up to three given names
            if not (nxt.capitalised and text[run[-1].end:nxt.start] == " " and len(nxt.text) <= 6):
                break
            run.append(nxt)
        marked = any(_plain(t.text.lower()) in ("thi", "van", "duc", "quoc", "ngoc", "huu", "тхи") for t in run[1:-1]) \
            or any(a <= t.start < b for t in run for (a, b) in spans)
        if len(run) >= 3 and marked:
            start, end = name_span(text, run)
            for key in [k for k in spans if k[0] < end and start < k[1]]:
                del spans[key]
            spans[(start, end)] = CONTEXT


_VIETNAMESE_LOWER = re.compile(r"(?<![\w-])(?P<family>[a-zđ\u00c0-\u1ef9]{2,6}) (?:van|thi|văn|thị) [a-zđ\u00c0-\u1ef9]{2,6}"
                               r"(?:['’]s)?(?!\w)")


def vietnamese_lower_case(text: str, spans: dict[tuple[int, int], float]) -> None:
    """A Vietnamese name typed in lower case: a family name, "van" or "thi" and a given name ("nguyen van hung's";
    privacy10)."""
    for m in _VIETNAMESE_LOWER.finditer(text):
        if _plain(m.group("family")) in _VIETNAMESE_FAMILY:
            for key in [k for k in spans if k[0] < m.end() and m.start() < k[1]]:
                del spans[key]
            spans[(m.start(), m.end())] = CONTEXT


def _plain(word: str) -> str:
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFD", word.replace("đ", "d")) if not unicodedata.combining(ch))


def unknown_word(text: str, token: Token) -> bool:
    """A capitalised word that is no ordinary or common word, no place and not an abbreviation."""
    if CLIENT.search(token.text) or ROLE.search(token.text) or TITLE.search(token.text):
        return False  # "Meine Klientin Laura Schmidt"
    if any(part[:1].islower() for part in token.text.split("-")):
        return False  # "Chat-sovelluksessa"
    first, last, place, ordinary = classify(token.text)
    lower = token.text.lower()
    return not (ordinary or place or is_common(lower) or mixed_case(token.text)) and zipf_anywhere(lower) < 4.0



def famous_out(text: str, tokens: list[Token], spans: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Drop the names of famous people ("Henrik Ibsen skrev...", "Vitali Klitschko visited"): a span that
    is one, or that one goes on from. Returns where they stand, so that no other rule takes them back."""
    famous = []
    for (start, end) in list(spans):
        following = [t for t in tokens if t.start >= start][:4]
        before = [t for t in tokens if t.end < start][-1:]
        run = _famous_run(text, following, 1)
        if run is None and before and before[0].capitalised and text[before[0].end:start] == " ":
            # a famous first name left unfound before the rest ("o Januszu Korczaku"; privacy29)
            run = _famous_run(text, before + following[:3], 2)
        if run is not None:
            famous.append((min(start, run[0]), run[1]))
            del spans[(start, end)]
        elif PUBLIC_OFFICE.search(text[max(0, start - 40):start]):
            famous.append((start, end))  # "the Ombudsman for Children, Elina Pekkarinen"
            del spans[(start, end)]
    for (start, end) in list(spans):
        if any(a <= start and end <= b for (a, b) in famous):
            del spans[(start, end)]  # "Marin" of "Sanna Marin"
    for (start, end) in list(spans):
        # listed with a famous person, a name is one too ("Шевченко і Леся Українка на уроці", "Martin Luther und
        # Bach"; privacy11)
        if any(_LISTED_WITH.fullmatch(text[end:a]) or _LISTED_WITH.fullmatch(text[b:start]) for (a, b) in famous):
            famous.append((start, end))
            del spans[(start, end)]
    return famous


def _famous_run(text: str, following: list[Token], shortest: int) -> tuple[int, int] | None:
    """Where a famous name stands that the first of ``following`` begins, of at least ``shortest`` words."""
    for n in range(shortest, len(following) + 1):
        words = [t.text.lower() for t in following[:n]]
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
        joined = "_".join(words)
        thing = re.sub(r"-[a-zåäöæøü]+$", "", joined)  # "Edvard Munch-museet": a famous name's thing
        if thing != joined and thing in FAMOUS:
            joined = thing
        if joined in FAMOUS or joined.removesuffix("s") in FAMOUS or (n >= 2 and _famous_inflected(joined)) or (
                (regnal := REGNAL.match(text[following[n - 1].end:])) and (n >= 2 or len(regnal.group().strip()) > 1)
                # a king's name is one run of capitalised words ("Ngozi. Aunt's mobile ... Can I share" is none)
                and all(t.capitalised for t in following[:n]) and
                all(text[a.end:b.start] == " " for a, b in zip(following, following[1:n]))):
            return following[0].start, following[n - 1].end
    return None


_LISTED_WITH = re.compile(r"\s*(?:,|&|and|och|og|und|ja|sekä|i|ir|un|и|і|та|oraz|ning)\s+", re.IGNORECASE)


def _famous_inflected(joined: str) -> bool:
    """A famous name in a case form ("Martti Ahtisaaren", "Astrid Lindgrenin"): its last word ends differently."""
    # Only the names sharing its first three letters can match (both tests compare at least three): looked up by them
    # rather than over the whole list, which was the screen's single largest cost (privacy21's list: 36 of 74 s
    # for the privacy sets' 6,521 messages under the profiler).
    if any(joined[:len(f) - 2] == f[:-2] and 0 <= len(joined) - len(f) + 2 <= 5
           for f in _FAMOUS_JOINED.get(joined[:3], []) + _FAMOUS_SHORT):
        return True
    # every word in a case form ("Тараса Шевченка", "Jana Pawła"; privacy9)
    words = joined.split("_")
    return any(all(_same_word(w, fw) for w, fw in zip(words, f_words))
               for f_words in _FAMOUS_WORDS.get((len(words), words[0][:3]), ()))


def _same_word(word: str, famous_word: str) -> bool:
    """A famous name's word in a case form; a hyphenated one part by part ("Skłodowskiej-Curie"; privacy29)."""
    if "-" in famous_word and word.count("-") == famous_word.count("-"):
        return all(_same_word(w, fw) for w, fw in zip(word.split("-"), famous_word.split("-")))
    return word[:max(3, len(famous_word) - 2)] == famous_word[:max(3, len(famous_word) - 2)] and \
        abs(len(word) - len(famous_word)) <= 3


def _grouped(items: list, key) -> dict:
    found: dict = {}
    for item in items:
        found.setdefault(key(item), []).append(item)
    return found


# Multi-word famous names by their first three letters (a name whose part compared is shorter than three letters is
# tried with every question); their words by the number of words and the first word's first three letters.
_FAMOUS_JOINED = _grouped([f for f in FAMOUS if "_" in f and len(f) - 2 >= 3], lambda f: f[:3])
_FAMOUS_SHORT = [f for f in FAMOUS if "_" in f and len(f) - 2 < 3]
_FAMOUS_WORDS = _grouped([f.split("_") for f in FAMOUS if "_" in f], lambda words: (len(words), words[0][:3]))


_NEXT_WORD = re.compile(r"^[ \t]+([^\W\d_]+)")


def eponyms_out(text: str, spans: dict[tuple[int, int], float]) -> None:
    """Drop a name followed by a word that names a thing or a place after it ("the Lundy model", "Hagos
    konvencija", "Bergen kommune", "Aleksis Kiven päivä")."""
    for (start, end) in list(spans):
        # (or with the rest of the person's name between, a Latvian genitive: "Krišjāņa Barona iela"; privacy13)
        rest = _NEXT_WORD.match(text[end:])
        if (start, end) in spans and (EPONYM_NEXT.match(text[end:]) or rest and rest.group(1)[0].isupper() and
                                      EPONYM_NEXT.match(text[end + rest.end():])):
            for key in [k for k in spans if start <= k[0] and k[1] <= end]:
                del spans[key]  # and its parts ("Gustav" of "Gustav Adolfs torg")


def every_occurrence(text: str, tokens: list[Token], spans: dict[tuple[int, int], float],
                      famous: list[tuple[int, int]]) -> None:
    """A name found once is a name wherever it recurs in the message, in any case form or in lower case
    ("Maarja Luik ... Maarjal", "Ture ... Ture")."""
    inside = [t for t in tokens for (start, end) in spans if start <= t.start and t.end <= end]
    found = {t.text.lower() for t in inside if len(t.text) >= 3}
    if not found:
        return
    # a name written in Cyrillic recurs in Latin letters ("Олеся Коваленко ... Olesian nro"; privacy9)
    found |= {latin for w in found if _CYRILLIC.search(w) for latin in latin_spellings(w) if len(latin) >= 4}
    # A name the message writes with a capital recurs with its capital; in lower case it is the word ("Oskar
    # Lepp; lepp on ka puu", "Tyyne tyyni", "Sol ... solsken"). Only in a message typed in lower case does a
    # name recur in lower case.
    capitalised = {t.text.lower() for t in inside if t.capitalised}
    for token in tokens:
        if any(start <= token.start < end for (start, end) in [*spans, *famous]):
            continue
        lower = token.text.lower()
        if ARTICLE.search(text[max(0, token.start - 8):token.start]):
            continue  # "Finn Wolf ... Der Wolf im Märchen": a noun after its article
        if not any(lower == w or (lower.startswith(w) and len(lower) - len(w) <= 4) or
                   # a Finnish case of a name in -s: "Yonas" → "Yonaksen", "Tobiakselle"
                   (w.endswith("s") and lower.startswith(w[:-1] + "ks") and len(lower) - len(w) <= 5) or
                   # a case that changes the name's last letters ("Andrius" → "Andriaus", "Wojtek" → "Wojtkiem",
                   # "Pilvi" → "Pilvellä"), capitalised as the name was
                   (token.capitalised and _shared(lower, w) >= max(4, len(w) - 2) and len(lower) - _shared(lower, w) <= 4) or
                   # Finnish stems: "Kivi" → "Kiven", "Kivelle"; plurals "Mäkelä" → "Mäkelöiden" (privacy10)
                   (token.capitalised and len(w) >= 4 and (w.endswith("i") and lower.startswith(w[:-1] + "e") and
                    len(lower) - len(w) <= 4 or _FINNISH_PLURAL.match(lower) and _shared(lower, w) >= len(w) - 1)) or
                   (w.startswith(lower[:-1]) and len(lower) >= 4 and len(w) - len(lower) <= 2) or
                   # another case form in lower case, which _no_word below checks ("virtaselle"; privacy11)
                   (token.text.islower() and len(w) >= 6 and _shared(lower, w) >= len(w) - 3 and
                    abs(len(lower) - len(w)) <= 3) for w in found):
            continue
        if token.text.islower() and (is_common(lower) or zipf_anywhere(lower) >= 4.0 or
                                     any(lower.startswith(w[:3]) for w in capitalised) and not _no_word(text, token, capitalised)):
            continue  # "Saga ... en saga": the word, in lower case
        start, end = name_span(text, [token])
        spans[(start, end)] = CONTEXT


_FINNISH_PLURAL = re.compile(r"^\w{3,}(?:iden|itten|ille|ilta|issa|ista|ien|ista)$")


def _no_word(text: str, token: Token, capitalised: set[str]) -> bool:
    """A lower-case recurrence of a name written with a capital in the same form, in a sentence typed in lower
    case ("soitin kinnuselta ... Ilkka Kinnuselta"), when no dictionary holds it as a word (privacy10; "Tyyne
    tyyni", "Lepp ... lepp", "sõitis saarele ... Saarele" stay words)."""
    lower = token.text
    opening = re.search(r"(?:^|[.!?\n]\s*)([^\W\d_])[^.!?\n]*$", text[:token.end])
    # (in another case form too: "soitin virtaselle ... Aapo Virtaselta"; privacy11)
    same = any(lower == w or len(w) >= 6 and _shared(lower, w) >= len(w) - 3 and abs(len(lower) - len(w)) <= 3
               for w in capitalised)
    return same and opening is not None and opening.group(1).islower() and \
        not classify(lower)[3] and not dictionary_word(lower) and zipf_anywhere(lower) < 3.0


def _shared(a: str, b: str) -> int:
    """The length of the beginning two words share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def merge(text: str, spans: dict[tuple[int, int], float]) -> list[Finding]:
    """Overlapping spans become the longest; in text order."""
    found: list[Finding] = []
    for (start, end), confidence in sorted(spans.items(), key=lambda s: (s[0][0], -s[0][1])):
        if found and start < found[-1].end:
            continue
        found.append(Finding(NAME, start, end, text[start:end], confidence))
    return found


# Calling or texting someone at a number: the word between the verb and the number is a name, in lower case
# too ("ring sten på +46 ...", "contact ruby on +44 ...", "texted jordan at 07123 ...", "звонила розе на 8 916").
_CALLED = re.compile(
    rf"{CALLING}\s(?:til\s|to\s|do\s|bitte\s)?(?P<name>[^\W\d_]{{2,}})(?:\sback)?\s(?:(?:{CALLED_AT})\s?)?(?=[+(\d])",
    re.IGNORECASE)


# Whom one calls that is no name: "Soita mulle ...", "ring mig på ...", "call me on ...", "zvani man uz ...".
PRONOUNS = frozenset("me us him her them mulle minulle meille hänelle heille sulle sinulle mig dig oss honom henne "
                      "dem mir mich uns ihm ihr man mums mnie nam mu jej mulle mind meid talle neile мне нам мені нам "
                      "йому їй ему ей".split())


def called_at_a_number(text: str, spans: dict[tuple[int, int], float]) -> None:
    """The person called at a number: a first name from the lists, whatever its case and capital."""
    for m in _CALLED.finditer(text):
        word = m.group("name")
        if word.lower() not in NOT_SUBJECTS and word.lower() not in PRONOUNS and classify(word)[0]:
            spans[(m.start("name"), m.end("name"))] = CONTEXT
