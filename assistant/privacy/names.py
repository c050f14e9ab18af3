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
from assistant.privacy.gazetteer import classify

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
    r"mamma|mamman|pappa|pappan|flickan|flicka|pojken|pojke|dottern|sonen|syster|systern|bror|brodern|"
    r"mor|far|modern|fadern|vän|pojkvän|flickvän|mother|father|mum|mom|dad|girl|boy|son|daughter|sister|"
    r"brother|uncle|aunt|friend|boyfriend|girlfriend|stepfather|stepmother|teen|teenager|"
    r"ema|isa|tüdruk|poiss|māte|tēvs|meitene|zēns|mama|tata|córka|syn|dziewczyna|chłopiec|mutter|vater|"
    r"tochter|sohn|mädchen|junge|mor|far|datter|søn|pige|dreng|jente|gutt|мать|отец|мама|папа|дочь|сын|"
    r"девочка|мальчик|мати|батько|донька|дочка|син|дівчинка|хлопчик)"
    r"[ \t]*[,:]?[ \t]*$", re.IGNORECASE)
# Titles before a surname; family words before or after one.
_TITLE = re.compile(r"(?<!\w)(?:mr|mrs|ms|miss|dr|herra|rouva|neiti|herr|fru|fröken|pan|pani|hr|frau|ponas|ponia|"
                    r"kungas|proua|г-н|г-жа|пан|пані)\.?\s*$", re.IGNORECASE)
_FAMILY_BEFORE = re.compile(r"(?<!\w)(?:perhe|perheen|perheelle|perheessä|familjen|familien|famille)[ \t]*$",
                            re.IGNORECASE)
_FAMILY_AFTER = re.compile(r"^\s*(?:perhe\w*|suvu\w*|veljekset|sisarukset|family|familjen|familien|family's|"
                           r"household|siblings|kids|children|lapset|lapsi\w*|lasten)\b", re.IGNORECASE)
# Surname shapes of the region (the second word of a pair need not be in the gazetteer).
_SURNAME_SHAPE = re.compile(
    r"(?:nen|sen|s?son|berg|ström|strom|qvist|kvist|lund|gren|holm|dahl|blom|lind|stedt|bäck|ssen|"
    r"ski|ska|cki|cka|dzki|dzka|wicz|czyk|ov|ova|ev|eva|enko|chuk|iuk|yuk|aitė|ytė|ienė|auskas|evičius|avičius|"
    r"onis|ūnas|iņš|iņa|mäe|mägi|saar|oja|pere|lepp|mann|ова|ов|ева|ев|ина|енко|чук|ський|ська|ский|ская)$",
    re.IGNORECASE)



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
        return False
    word = token.text.rstrip("s").removesuffix("'").removesuffix("’")
    return bool(_SURNAME_SHAPE.search(word) or _SURNAME_SHAPE.search(token.text)) or not ordinary


def _only_place(token: _Token) -> bool:
    first, last, place, _ = classify(token.text)
    return place and not (first or last)


def _span(text: str, tokens: list[_Token]) -> tuple[int, int]:
    start, end = tokens[0].start, tokens[-1].end
    if text[end - 2:end] in ("'s", "’s"):
        end -= 2
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
            for nxt in run[1:]:
                if not _is_surname(nxt, text, after_first=len(names) == 1 or _is_first(nxt)):
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
    return _merge(text, spans)


def _merge(text: str, spans: dict[tuple[int, int], float]) -> list[Finding]:
    """Overlapping spans become the longest; in text order."""
    found: list[Finding] = []
    for (start, end), confidence in sorted(spans.items(), key=lambda s: (s[0][0], -s[0][1])):
        if found and start < found[-1].end:
            continue
        found.append(Finding(NAME, start, end, text[start:end], confidence))
    return found
