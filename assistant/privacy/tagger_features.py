"""What the trained name and address tagger (``tagger.py``) sees of each word: the features of a token.

A message is cut into tokens (words with their inner hyphens and apostrophes, a Finnish case ending after a colon,
numbers, single punctuation marks); each token gets its shape, its prefixes and suffixes (the case endings of the
asker languages: -lle, -n, -ssa, -'s, -ai, -ого), what the rules' own lists say of it (``gazetteer.classify``: a
first name, a surname, a place, an ordinary word; ``streets.is_street_word``), how common it is (wordfreq's Zipf
band), whether it starts a sentence, what the rules found there (``rule_labels``), and the same of the words two
either side. The lists are the rules' (imported, never copied), so the tagger and the rules see one gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.privacy.base import ADDRESS, NAME, Finding, starts_sentence
from assistant.privacy.gazetteer import classify, in_name_lists, zipf_anywhere
from assistant.privacy.name_cues import CLIENT, person_word
from assistant.privacy.name_tokens import is_common
from assistant.privacy.streets import is_street_word

# Bumped when the features change: a model trained on other features is not used (``tagger.load_tagger``).
FEATURES_VERSION = 2
TAGGED_KINDS = (NAME, ADDRESS)

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*(?::[a-zäöå]{1,4}(?![\w]))?|[^\w\s]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens_of(text: str) -> list[Token]:
    """The tokens of ``text`` with their character offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def shape(word: str) -> str:
    """A short shape: "Xx" capitalised, "X" all capitals, "x" lower case, "d" digits, mixed ones joined
    ("dX" for 5B), "p" punctuation; "-" and "'" kept."""
    out = []
    for ch in word:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch if ch in "-'’:" else "p"
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:5]


def _zipf_band(lower: str) -> str:
    z = zipf_anywhere(lower)
    return "0" if z < 1 else "1" if z < 3 else "3" if z < 4 else "4" if z < 5 else "5"


def _word_features(token: Token, text: str) -> dict[str, object]:
    """The features of one word on its own (cached per word and sentence position by the caller)."""
    word = token.text
    lower = word.lower()
    feats: dict[str, object] = {"w": lower, "sh": shape(word)}
    if not word[0].isalpha():
        return feats
    for n in (1, 2, 3, 4):
        if len(lower) > n + 1:
            feats[f"s{n}"] = lower[-n:]
    for n in (2, 3):
        if len(lower) > n:
            feats[f"p{n}"] = lower[:n]
    first, last, place, ordinary = classify(word)
    feats.update({"first": first, "last": last, "place": place, "ord": ordinary,
                  "z": _zipf_band(lower), "street": is_street_word(lower) or lower.endswith(
                      ("katu", "tie", "kuja", "gatan", "vägen", "gade", "vej", "veien", "straße", "strasse", "iela"))})
    feats["listed"] = in_name_lists(lower)
    feats["common"] = is_common(lower)
    feats["person"] = person_word(word)
    if _CYRILLIC.search(word):
        feats["cyr"] = True
    if "-" in word:
        feats["hyph"] = True
    return feats


def rule_labels(tokens: list[Token], findings: list[Finding]) -> list[str]:
    """What the rules found at each token: "B-name", "I-address", "phone" (another kind), or "O"."""
    labels = ["O"] * len(tokens)
    for finding in findings:
        inside = [i for i, t in enumerate(tokens) if t.start < finding.end and finding.start < t.end]
        for n, i in enumerate(inside):
            labels[i] = (("B-" if n == 0 else "I-") + finding.kind) if finding.kind in TAGGED_KINDS else finding.kind
    return labels


def features(text: str, tokens: list[Token], rules: list[str]) -> list[list[str]]:
    """CRFsuite's item sequence for ``tokens``: one list of "name=value" strings per token."""
    own = []
    for token in tokens:
        f = _word_features(token, text)
        f["start"] = starts_sentence(text, token.start)
        f["client"] = bool(CLIENT.search(text[max(0, token.start - 40):token.start]))
        own.append(f)
    out = []
    for i, f in enumerate(own):
        items = [f"{k}={v}" for k, v in f.items() if v is not False]
        items.append(f"r={rules[i]}")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(own):
                g = own[j]
                items += [f"{d}:w={g['w']}", f"{d}:sh={g['sh']}", f"{d}:r={rules[j]}"]
                if abs(d) == 1:
                    items += [f"{d}:{k}" for k in ("first", "last", "street", "start", "listed", "common") if g.get(k)]
                if g.get("person"):
                    items.append(f"{d}:person")
                    if "s2" in g:
                        items.append(f"{d}:s2={g['s2']}")
            else:
                items.append(f"{d}:none")
        out.append(items)
    return out


def bio_labels(tokens: list[Token], spans: list[tuple[str, int, int]]) -> list[str]:
    """The training labels: B-/I- of a name or an address span a token lies in, else "O"."""
    labels = ["O"] * len(tokens)
    for kind, start, end in spans:
        if kind not in TAGGED_KINDS:
            continue
        inside = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return labels


def spans_of(tokens: list[Token], labels: list[str]) -> list[tuple[str, int, int, list[int]]]:
    """The spans a label sequence marks: (kind, start, end, token indices); an I- without its B- starts one."""
    spans: list[tuple[str, int, int, list[int]]] = []
    current: list[int] = []
    kind = ""

    def close() -> None:
        if current:
            spans.append((kind, tokens[current[0]].start, tokens[current[-1]].end, list(current)))

    for i, label in enumerate(labels):
        if label == "O":
            close()
            current = []
            continue
        tag, k = label.split("-", 1)
        if tag == "B" or k != kind or not current:
            close()
            current, kind = [i], k
        else:
            current.append(i)
    close()
    return spans
