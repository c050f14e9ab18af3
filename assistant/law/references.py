"""Section references in Finnish and Swedish statute text: what a preamble changes, what a locator names.

An amending act's preamble (johtolause, ingress) lists what it changes, in one long sentence:

    kumotaan lastensuojelulain (417/2007) 2 luku, 31 §:n 2 momentti sekä 35 §:n 2 momentti,
    muutetaan 3 §:n 2 momentti, ..., 25 §:n 1 ja 3 momentti, 25 a ja 25 b §, ...,
    sellaisina kuin niistä ovat ... laissa 88/2010, ..., sekä lisätään lakiin uusi 37 b, 38 a ja 76 a §

    upphävs i barnskyddslagen (417/2007) 2 kap., 31 § 2 mom. samt 35 § 2 mom., ändras 3 § 2 mom., ...,
    25 § 1 och 3 mom., ..., av dem ... sådana de lyder i lag 88/2010, ..., samt fogas till lagen nya ...

``parse_preamble`` reads it with a small scanner: numbers come before their unit (chapter, section,
subsection, point); "N luvun" / "N kap. M §" sets the chapter of the sections after it, "N luku" /
"N kap." alone is a whole chapter; the history of the wording ("sellaisina kuin ... laissa X",
"sådana de lyder i lag X", "av dem ...") and renumberings ("jolloin ...", "varvid ...") are skipped.
``parse_locator`` reads the shorter references of locators and of the knowledge base's source lists
("5 luku 25 §", "25 kap. 3 § 2 mom.", "61–74 §", "chapter 25, section 3, subsection 2").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

AMENDED, ADDED, REPEALED = "amended", "added", "repealed"

_VERBS = {"kumotaan": REPEALED, "muutetaan": AMENDED, "lisätään": ADDED,
          "upphävs": REPEALED, "ändras": AMENDED, "fogas": ADDED}
_CHAPTER = {"luku", "luvun", "lukuun", "luvut", "lukua", "kap.", "kap", "kapitel", "kapitlet"}
_SUBSECTION = {"momentti", "momentin", "momentit", "momenttia", "momenttiin", "momentteihin", "mom.", "mom",
               "moment", "momentet"}
_POINT = {"kohta", "kohdan", "kohdat", "kohtaan", "kohtiin", "kohtia", "punkten", "punkt", "punkter",
          "punkterna"}
_NEW = {"uusi", "uudet", "uusia", "uuteen", "nya", "ny", "nytt"}
_SEPARATORS = {",", "ja", "sekä", "och", "samt", "–", "―", "—", "-", "‑", ";"}
_DASHES = {"–", "―", "—", "-", "‑"}
_HEADING = {"otsikko", "otsikon", "rubrik", "rubriken", "rubriker"}
_END = {"seuraavasti", "följer"}
_RENUMBER = {"jolloin", "varvid"}
_ACT = re.compile(r"^\d{1,4}/\d{4}$")
_TOKEN = re.compile(r"\d{1,4}/\d{4}|\d+|§(?::[^\W\d_]+)?|[–―—‑-]|[,;:()]|[^\W\d_]+\.?")
_LETTER = re.compile(r"^[a-zåäö]$")


@dataclass(frozen=True)
class Provision:
    """A place in a statute: a whole chapter (``section`` None), a section, or some of its subsections.

    ``chapter`` is None where the reference names none (most acts number their sections across
    chapters); ``subsections`` empty means the whole section; ``points`` the numbered points ("kohta",
    "punkt") of those subsections, 0 standing for the introductory paragraph ("johdantokappale",
    "inledande stycket"); ``partial`` means only an unknown part of them (a heading, unnumbered points)."""

    chapter: str | None = None
    section: str | None = None
    subsections: tuple[int, ...] = ()
    partial: bool = False
    points: tuple[int, ...] = ()

    def label(self, language: str = "fi") -> str:
        """The provision as the statutes write it: "25 luku 3 §" (fi), "25 kap. 3 §" (sv), "25 § 1 ja 3 mom.",
        "3 § 2 kohta", "25 § 1 mom. johdantokappale"."""
        parts = [f"{self.chapter} {_CHAPTER_WORD.get(language, 'ch.')}"] if self.chapter else []
        if self.section:
            parts.append(f"{self.section} §")
        if self.subsections:
            parts.append(f"{_join_numbers(self.subsections, language)} mom.")
        if 0 in self.points:
            parts.append(_INTRO.get(language, "introductory sentence"))
        numbered = tuple(n for n in self.points if n)
        if numbered:
            parts.append(f"{_join_numbers(numbered, language)} {_POINT_WORD.get(language, 'point')}")
        return " ".join(parts)

    def overlaps(self, other: Provision) -> bool:
        """Whether two provisions of one section share a part: a whole section (or subsection, or an unknown
        part of one) shares a part with everything in it; named subsections and points must meet."""
        if self.subsections and other.subsections and not set(self.subsections) & set(other.subsections):
            return False
        if self.points and other.points and (self.subsections == other.subsections
                                             or not self.subsections or not other.subsections):
            return bool(set(self.points) & set(other.points))
        return True

    def to_dict(self) -> dict:
        return {"chapter": self.chapter, "section": self.section, "subsections": list(self.subsections),
                "partial": self.partial, "points": list(self.points)}

    @staticmethod
    def from_dict(data: dict) -> Provision:
        return Provision(chapter=data.get("chapter"), section=data.get("section"),
                         subsections=tuple(int(n) for n in data.get("subsections") or ()),
                         partial=bool(data.get("partial")), points=tuple(int(n) for n in data.get("points") or ()))


@dataclass(frozen=True)
class Change:
    """One thing an act does to its statute: amend, add or repeal a provision."""

    action: str
    provision: Provision

    def to_dict(self) -> dict:
        return {"action": self.action, **self.provision.to_dict()}

    @staticmethod
    def from_dict(data: dict) -> Change:
        return Change(str(data["action"]), Provision.from_dict(data))


@dataclass
class Preamble:
    """What a preamble says: the statute changed (its number and name as written) and the changes."""

    statute: str | None = None
    statute_name: str = ""
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # why some of it could not be read

    @property
    def amends(self) -> bool:
        return bool(self.changes)


_CHAPTER_WORD = {"fi": "luku", "sv": "kap."}
_POINT_WORD = {"fi": "kohta", "sv": "punkten"}
_INTRO = {"fi": "johdantokappale", "sv": "inledande stycket"}
_AND = {"fi": "ja", "sv": "och"}


def _join_numbers(numbers: tuple[int, ...], language: str) -> str:
    """1, 2 ja 3 (fi), 1, 2 och 3 (sv), 1, 2 and 3."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {_AND.get(language, 'and')} {words[-1]}"


def tokens(text: str) -> list[str]:
    """The words, numbers, act numbers, section marks and punctuation of ``text``, lowercased."""
    return [t.lower() for t in _TOKEN.findall(text.replace("\xa0", " "))]


def _expand(start: str, end: str) -> list[str]:
    """The sections of a range: "65"-"67" -> 65, 66, 67; "25 a"-"25 d" -> 25 a ... 25 d."""
    s_num, _, s_letter = start.partition(" ")
    e_num, _, e_letter = end.partition(" ")
    if s_num == e_num and e_letter:
        first = ord(s_letter) if s_letter else ord("a")
        return ([start] if not s_letter else []) + [f"{s_num} {chr(c)}" for c in range(first, ord(e_letter) + 1)]
    if s_num.isdigit() and e_num.isdigit() and int(s_num) <= int(e_num) <= int(s_num) + 200:
        return [start] + [str(n) for n in range(int(s_num) + 1, int(e_num) + 1)] \
            + ([end] if e_letter else [])
    return [start, end]


class _Scanner:
    """Walks the tokens of a reference list, emitting (action, Provision) pairs."""

    def __init__(self, toks: list[str], preamble: bool) -> None:
        self.toks = toks
        self.preamble = preamble
        self.action: str | None = None if preamble else AMENDED
        self.found: list[Change] = []
        self.numbers: list[str] = []
        self.chapter: str | None = None
        self.section: str | None = None  # the section that subsections and points attach to
        self.attached = False  # a subsection of ``section`` was named since it was set
        self.open: list[str] = []  # sections named with "§" not yet emitted (whole, unless subsections follow)
        self.partial_next = False
        self.new = False  # "uusi ..." / "nya ...": what follows is added
        self.statute: str | None = None
        self.before = ""  # the token before the last list of numbers ("för" in "rubriken för 16 §")

    def emit(self, provision: Provision, whole_item: bool = True) -> None:
        if self.action is None:
            return
        action = self.action
        if action == ADDED and not (whole_item and provision.subsections == () and not provision.partial):
            action = AMENDED  # a new subsection or point of a section that exists: the section changes
        self.found.append(Change(action, provision))

    def flush(self) -> None:
        """Emit the sections named with "§" that no subsection attached to, as whole sections."""
        for section in self.open:
            self.emit(Provision(self.chapter, section))
        self.open = []

    def number_list(self, start: int) -> tuple[list[str], int]:
        """The numbers from ``start`` (with letters and ranges): ["25", "25 a", "26"] and the next index."""
        found: list[str] = []
        i, toks = start, self.toks
        while i < len(toks):
            t = toks[i]
            if t.isdigit():
                value = t
                if i + 1 < len(toks) and _LETTER.match(toks[i + 1]) and not (
                        i + 2 < len(toks) and toks[i + 2].startswith(("lag", "nämnda"))):
                    value, i = f"{t} {toks[i + 1]}", i + 1
                if found and found[-1] == "-":
                    found.pop()
                    found[-1:] = _expand(found[-1], value)
                else:
                    found.append(value)
                i += 1
            elif t in _DASHES and found:
                found.append("-")
                i += 1
            elif t in _SEPARATORS and i + 1 < len(toks) and toks[i + 1].isdigit() and found:
                i += 1
            else:
                break
        return [f for f in found if f != "-"], i

    def run(self) -> None:
        toks = self.toks
        i = 0
        history = False
        renumber = False
        while i < len(toks):
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t in _END and self.preamble:
                break
            if t in _VERBS and self.preamble:
                self.flush()
                self.action, history, renumber, self.new = _VERBS[t], False, False, False
                self.chapter = self.section = None
                self.numbers = []
                i += 1
                continue
            if renumber:
                renumber = t != ","
                i += 1
                continue
            if self.preamble and (t in ("sellaisina", "sellaisena") and nxt == "kuin"
                                  or t in ("sådana", "sådan", "sådant") and nxt in ("de", "den", "det")
                                  or t == "av" and nxt == "dem"):
                self.flush()
                history = True
                i += 2
                continue
            if history:
                if t in _NEW:
                    history = False  # "3 §:ään, sellaisena kuin se on laissa X, uusi 22 kohta": back to the item
                else:
                    i += 1
                    continue
            if t in _RENUMBER:
                renumber = True
                i += 1
                continue
            if t == "(" and i + 2 < len(toks) and _ACT.match(toks[i + 1]) and toks[i + 2] == ")":
                if self.statute is None:
                    self.statute = toks[i + 1]
                self.numbers = []  # a date before the name ("19 päivänä joulukuuta 1889 annetun ...")
                i += 3
                continue
            if t.isdigit():
                self.before = toks[i - 1] if i else ""
                self.numbers, i = self.number_list(i)
                continue
            if t in _CHAPTER:
                self.chapter_unit(t, nxt)
            elif t.startswith("§"):
                self.section_unit(t, nxt)
            elif t in _SUBSECTION:
                self.subsection_unit(t, toks, i)
            elif t in _POINT:
                self.point_unit()
            elif t.startswith("johdantokappale") and self.section:
                self.numbers = ["0"]  # the introductory paragraph: point 0 of the subsection named before it
                self.point_unit()
            elif t in _NEW:
                self.new = True
            elif t == "inledande":
                if i + 2 < len(toks) and toks[i + 2] == "i":  # "det inledande stycket i 25 § 1 mom."
                    self.partial_next = True
                elif self.section:  # "40 § 1 mom. inledande stycket"
                    self.numbers = ["0"]
                    self.point_unit()
            elif t == ";" and not self.preamble:
                self.flush()
                self.chapter = self.section = None  # "1 luku 3 §; 25 §": a new reference
            elif t in _SEPARATORS or t in (":", "(", ")") or t in _HEADING:
                pass
            else:
                self.numbers = []  # a word that is no part of a reference: the numbers before it were none
            i += 1
        self.flush()

    def chapter_unit(self, word: str, nxt: str) -> None:
        numbers, self.numbers = self.numbers, []
        if not numbers:
            return
        if nxt in _HEADING or self.before == "för":
            return  # a chapter's heading ("4 luvun otsikko", "rubriken för 4 kap.")
        self.flush()
        if nxt.isdigit() or nxt in _NEW or word in ("luvun", "lukuun"):
            self.chapter, self.section = numbers[-1], None  # the chapter of the sections that follow
            return
        for chapter in numbers:
            self.emit(Provision(chapter, None))
        self.chapter = self.section = None

    def section_unit(self, word: str, nxt: str) -> None:
        numbers, self.numbers = self.numbers, []
        if not numbers:
            return
        self.flush()
        if word in ("§:ään", "§:iin") or (self.action == ADDED and self.before == "till"):
            # "lisätään 3 §:ään ... uusi 22 kohta", "fogas till 3 § ... nya punkter": what is added goes into it
            self.section, self.attached = numbers[-1], False
            return
        if nxt in _HEADING or self.before == "för":
            # "16 §:n otsikko", "rubriken för 16 §": the heading of a section
            self.emit(Provision(self.chapter, numbers[-1], partial=True), whole_item=False)
            self.section, self.attached = numbers[-1], True
            return
        self.open = list(numbers)
        self.section, self.attached = numbers[-1], False

    def point_unit(self) -> None:
        """Numbered points of the current section's subsection ("1 momentin 6 ja 7 kohta", "3 § 21 punkten")."""
        numbers, self.numbers = self.numbers, []
        if not numbers or not self.section:
            return
        points = tuple(sorted({int(n.split()[0]) for n in numbers if n.split()[0].isdigit()}))
        last = self.found[-1] if self.found else None
        if self.attached and last is not None and last.provision.section == self.section \
                and last.provision.chapter == self.chapter:
            p = last.provision
            self.found[-1] = Change(last.action, Provision(p.chapter, p.section, p.subsections, True,
                                                           tuple(sorted(set(p.points) | set(points)))))
            return
        self.open = [s for s in self.open if s != self.section]
        self.emit(Provision(self.chapter, self.section, (), True, points), whole_item=False)
        self.attached = True

    def subsection_unit(self, word: str, toks: list[str], i: int) -> None:
        numbers, self.numbers = self.numbers, []
        if not numbers or not self.section:
            return
        subsections = tuple(sorted({int(n.split()[0]) for n in numbers if n.split()[0].isdigit()}))
        intro = self.partial_next  # "det inledande stycket i 25 § 1 mom."
        partial = intro or word == "momentin" or _points_follow(toks, i + 1)
        self.partial_next = False
        self.open = [s for s in self.open if s != self.section]
        self.emit(Provision(self.chapter, self.section, subsections, partial, (0,) if intro else ()), whole_item=False)
        self.attached = True


def _points_follow(toks: list[str], start: int) -> bool:
    """Whether numbered points follow (sv "1 mom. 6 och 7 punkten"): the subsection changes in part."""
    i = start
    while i < len(toks) and (toks[i].isdigit() or toks[i] in _SEPARATORS or _LETTER.match(toks[i])):
        i += 1
    return i > start and i < len(toks) and toks[i] in _POINT


_GENITIVE_DATE = re.compile(r"^\d+ päivänä \w+ \d{4} annetun ", re.IGNORECASE)
_SV_DATE = re.compile(r" av den \d+ \w+ \d{4}$", re.IGNORECASE)


def statute_name(text: str, statute: str, language: str) -> str:
    """The name of the statute ``statute`` ("417/2007") in its basic form, read from the words before
    "(417/2007)" in a preamble: "lastensuojelulain" -> "Lastensuojelulaki", "kansainvälistä suojelua
    hakevan vastaanotosta annetun lain" -> "Laki kansainvälistä suojelua hakevan vastaanotosta",
    "i barnskyddslagen" -> "Barnskyddslag", "i lagen om mottagande av ..." -> "Lag om mottagande av ..."."""
    at = text.find(f"({statute})")
    if at < 0:
        return ""
    before = re.sub(r"\s+", " ", text[:at]).strip()
    verbs = "|".join(_VERBS)
    match = re.search(rf"(?:\b(?:{verbs})\b)\s+(?:i\s+)?(.*)$", before, re.IGNORECASE)
    name = (match.group(1) if match else before).strip()
    if language == "sv":
        name = _SV_DATE.sub("", name)
        if name.lower().startswith("lagen om "):
            name = "lag om " + name[len("lagen om "):]
        elif " " not in name and name.lower().endswith("lagen"):
            name = name[:-2]
    else:
        name = _GENITIVE_DATE.sub("", name)
        if name.lower().endswith(" annetun lain"):
            name = "laki " + name[: -len(" annetun lain")]
        elif " " not in name and name.lower().endswith("lain"):
            name = name[:-2] + "ki"
    return name[:1].upper() + name[1:] if name else ""


def parse_preamble(text: str, language: str) -> Preamble:
    """What the preamble ``text`` of an act in ``language`` (fi or sv) changes in which statute.

    An enacting preamble ("Eduskunnan päätöksen mukaisesti säädetään:") changes nothing: an empty
    Preamble. ``problems`` says why a preamble that uses the verbs of change gave no changes."""
    toks = tokens(text)
    scanner = _Scanner(toks, preamble=True)
    scanner.run()
    result = Preamble(statute=scanner.statute, changes=_unique(scanner.found))
    if result.statute:
        result.statute_name = statute_name(text, result.statute, language)
    verbs = [t for t in toks if t in _VERBS]
    if verbs and not result.changes:
        result.problems.append(f"the preamble uses {', '.join(sorted(set(verbs)))} but names no chapter or "
                               "section that could be read")
    elif verbs and not result.statute:
        result.problems.append("the preamble names no statute number such as (417/2007)")
    return result


def parse_locator(text: str) -> list[Provision]:
    """The provisions a locator or a source-list entry names: "5 luku 25 §, 11 luku 61–74 §",
    "25 § 1 mom., 25 d § 3 mom.", "20 kap. 2, 4, 5, 9–23 §", "chapter 25, section 3, subsection 2"."""
    scanner = _Scanner(tokens(_from_english(text)), preamble=False)
    scanner.run()
    return [c.provision for c in _unique(scanner.found)]


_EN_PATTERNS = [  # in this order: "25(3)", then "chapter 25, section 3, subsection 2"
    (re.compile(r"\b(?:sections?\s+)?(\d+(?:\s?[a-z])?)\s?\((\d+)\)"), r"\1 § \2 mom. "),
    (re.compile(r"\bchapter\s+(\d+(?:\s?[a-z]\b)?)\s*,?\s*", re.IGNORECASE), r"\1 luku "),
    (re.compile(r"\bsections?\s+(\d+(?:\s?[a-z]\b)?(?:\s*(?:,|and|–|-)\s*\d+(?:\s?[a-z]\b)?)*)", re.IGNORECASE),
     r"\1 § "),
    (re.compile(r"\bsubsections?\s+(\d+(?:\s*(?:,|and)\s*\d+)*)", re.IGNORECASE), r"\1 mom. "),
]


def _from_english(text: str) -> str:
    """English references rewritten in the Finnish order (number before unit) the scanner reads."""
    for pattern, replacement in _EN_PATTERNS:
        text = pattern.sub(replacement, text)
    return re.sub(r"\band\b", "ja", text)


def _unique(changes: list[Change]) -> list[Change]:
    """The changes in order, each once; subsections of one section named twice are merged."""
    merged: dict[tuple, Change] = {}
    for change in changes:
        p = change.provision
        key = (change.action, p.chapter, p.section)
        old = merged.get(key)
        if old is None:
            merged[key] = change
            continue
        q = old.provision
        if q.subsections and p.subsections:
            points = tuple(sorted(set(q.points) | set(p.points))) if q.points and p.points \
                and q.subsections == p.subsections else ()
            provision = Provision(p.chapter, p.section, tuple(sorted(set(q.subsections) | set(p.subsections))),
                                  q.partial and p.partial, points)
        else:  # a whole section, or an unknown part of one (a heading, points), covers the rest
            whole = (not q.subsections and not q.partial) or (not p.subsections and not p.partial)
            points = tuple(sorted(set(q.points) | set(p.points))) if q.points and p.points else ()
            provision = Provision(p.chapter, p.section, (), not whole, () if whole else points)
        merged[key] = Change(change.action, provision)
    return list(merged.values())
