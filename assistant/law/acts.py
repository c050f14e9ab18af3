"""One act of the Finnish statute book as the store knows it: its number, the statute it belongs to, when it
was given and came into force, what it changes; its Finlex address and how to cite a section of it.

The Finlex loader (ingest/loaders/finlex.py) reads these facts and the sync stores them in the
document's record (``DocumentRecord.extra``) under the keys of ``law_facts``; ``act_of`` reads them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.documents import DocumentRecord
from assistant.law.references import Change, Provision

# The version of the facts the Finlex loader stores: a sync re-reads a statute stored with other facts
# (an older version of the assistant) and updates its record without embedding it again.
LAW_FACTS_VERSION = 1
_ACT = re.compile(r"^(\d{1,4})/(\d{4})$")
_CORPUS_FILE = re.compile(r"asd(\d{4})0*(\d{1,4})\.xml$", re.IGNORECASE)
FINLEX = "https://finlex.fi"
_STATUTE_BOOK = {"fi": "fi/lainsaadanto/saadoskokoelma", "sv": "sv/lagstiftning/forfattningssamling",
                 "en": "en/legislation/collection"}
_CONSOLIDATED = {"fi": "fi/lainsaadanto", "sv": "sv/lagstiftning", "en": "en/legislation"}


@dataclass(frozen=True)
class Act:
    """An act in the store: ``act`` "1302/2014" of ``statute`` "417/2007" (an act that changes nothing
    belongs to itself), read from ``source`` in ``language``."""

    act: str
    statute: str
    statute_name: str
    language: str
    source: str
    title: str
    date_given: date | None = None
    in_force: date | None = None
    changes: tuple[Change, ...] = ()

    @property
    def is_base(self) -> bool:
        return self.act == self.statute

    @property
    def order(self) -> tuple:
        """Sorts acts from the oldest wording to the newest: entry into force, then date given, then number."""
        year, number = act_parts(self.act)
        first = self.in_force or self.date_given or date(year or 1, 1, 1)
        return first, self.date_given or first, year, number

    @property
    def url(self) -> str:
        return statute_book_url(self.act, self.language)

    @property
    def consolidated_url(self) -> str:
        """Finlex's consolidated (up-to-date) text of the statute, where it keeps one (laws, not decisions)."""
        name = self.statute_name.lower()
        return consolidated_url(self.statute, self.language) if ("laki" in name or "lag" in name) else ""

    def cite(self, provision: Provision | None, name: str = "") -> str:
        """How to cite a section of this act: "Lastensuojelulaki 417/2007 25 § (1302/2014)",
        "Strafflag 39/1889 25 kap. 3 § (696/2024)"; the act alone when no section is known. ``name``: the
        statute's name to use (its newest; a statute may be renamed by a later act)."""
        where = provision.label(self.language) if provision else ""
        head = " ".join(p for p in (name or self.statute_name, self.statute or self.act, where) if p)
        return head if self.is_base or not self.statute else f"{head} ({self.act})"


def act_parts(act: str) -> tuple[int, int]:
    """(year, number) of "1302/2014"; (0, 0) when it is no act number."""
    match = _ACT.match(act or "")
    return (int(match.group(2)), int(match.group(1))) if match else (0, 0)


def act_of_corpus_file(path: str) -> str | None:
    """The act a Finlex file name stands for: "finlex/fi/asd20141302.xml" -> "1302/2014"."""
    match = _CORPUS_FILE.search(path or "")
    return f"{int(match.group(2))}/{match.group(1)}" if match else None


def statute_book_url(act: str, language: str) -> str:
    """The act as enacted in the statute book on Finlex, in the language of the text ("fi", "sv")."""
    year, number = act_parts(act)
    if not year:
        return ""
    return f"{FINLEX}/{_STATUTE_BOOK.get(language, _STATUTE_BOOK['fi'])}/{year}/{number}"


def consolidated_url(statute: str, language: str) -> str:
    """The statute as in force today (Finlex's consolidated text)."""
    year, number = act_parts(statute)
    if not year:
        return ""
    return f"{FINLEX}/{_CONSOLIDATED.get(language, _CONSOLIDATED['fi'])}/{year}/{number}"


def law_facts(act: str, statute: str, statute_name: str, date_given: date | None, in_force: date | None,
              changes: list[Change]) -> dict[str, Any]:
    """The facts of an act as stored in its record's ``extra`` (JSON)."""
    return {"act": act, "statute": statute, "statute_name": statute_name,
            "date_given": date_given.isoformat() if date_given else None,
            "in_force": in_force.isoformat() if in_force else None,
            "changes": [c.to_dict() for c in changes], "law_facts_version": LAW_FACTS_VERSION}


def act_of(record: DocumentRecord) -> Act | None:
    """The act a document record holds, or None (not a statute, or stored before the facts were read). Its
    ``statute`` is "" when the loader could not read which statute the act changes (see its warning)."""
    extra = record.extra
    if record.doc_type != "law" or not extra.get("act"):
        return None
    try:
        changes = tuple(Change.from_dict(c) for c in extra.get("changes") or ())
    except (KeyError, TypeError, ValueError):
        changes = ()
    return Act(act=str(extra["act"]), statute=str(extra.get("statute") or ""), statute_name=str(extra.get("statute_name") or ""),
               language=record.language, source=record.source, title=record.title,
               date_given=_date(extra.get("date_given")), in_force=_date(extra.get("in_force")), changes=changes)


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
