"""The maintainers' check of the knowledge base against the law in the store (``assistant sources --stale``,
the admin tab's review panel).

A document is listed when
- its ``reviewed`` date is older than ``stale_after_months`` (a person should check its facts again), or
- its ``sources`` front matter cites a statute section in one act, and a newer act in the store amends
  or repeals that section (the part cited), while the document cites neither that newer act for the
  section nor a later act that rewrote the whole section.

A ``sources`` entry names its act by its ``corpus`` file ("finlex/fi/asd20141302.xml" is 1302/2014) or,
without one, by the one act number in its title; its sections come from its ``locator``, narrowed to
the subsections its title names ("25 § 2 mom."). Entries whose act the store does not hold are counted,
not checked: ingest ../shared/corpus/finlex beside the knowledge base to check them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from assistant.documents import DocumentRecord
from assistant.law.acts import Act, act_of_corpus_file
from assistant.law.dates import format_date
from assistant.law.index import LawIndex, rewrites_whole
from assistant.law.references import ADDED, REPEALED, Provision, parse_locator

REVIEW_OVERDUE, AMENDED_SINCE, REPEALED_SINCE = "review_overdue", "amended", "repealed"
_ACT_NUMBER = re.compile(r"(?<![\d/])(\d{1,4}/(?:19|20)\d{2})(?![\d/])")
_AMENDED_BY = re.compile(r"(?:muutettu lailla|ändrad genom(?: lag)?|as amended by)\s+(\d{1,4}/\d{4})", re.IGNORECASE)


@dataclass
class Finding:
    """One reason to review one document."""

    source: str
    title: str
    kind: str  # review_overdue | amended | repealed
    reviewed: str | None = None
    cited_act: str = ""
    cited: str = ""  # the provision cited: "25 §", "25 luku 3 § 2 mom."
    newer_act: str = ""
    newer_in_force: str | None = None
    changed: str = ""  # what the newer act changed: "25 § 1 ja 3 mom.", "25 §"

    def message(self, months: int) -> str:
        """One English line for the command line."""
        if self.kind == REVIEW_OVERDUE:
            return f"reviewed {self.reviewed}, over {months} months ago: check its facts again"
        when = f" (in force {format_date(self.newer_in_force, 'en')})" if self.newer_in_force else ""
        verb = "repealed" if self.kind == REPEALED_SINCE else "amended"
        return (f"cites {self.cited} in {self.cited_act}; {self.newer_act}{when} {verb} {self.changed}, "
                f"and the document does not cite {self.newer_act} for it")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StaleReport:
    findings: list[Finding] = field(default_factory=list)
    documents: int = 0  # documents with front matter looked at
    entries_checked: int = 0  # source entries whose act is in the store
    entries_not_in_store: list[str] = field(default_factory=list)  # the acts they cite


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (the last day of a shorter month when the day does not exist there)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    return date(year, month + 1, min(day.day, 28))


def check_documents(records: list[DocumentRecord], law: LawIndex, today: date, max_age_months: int) -> StaleReport:
    """The findings for every document with front matter among ``records`` (see the module's doc)."""
    law.refresh()
    report = StaleReport()
    oldest = add_months(today, -max_age_months)
    acts = _acts_by_number(law)
    for record in records:
        if record.doc_type == "law" or not (record.extra.get("reviewed") or record.extra.get("sources")):
            continue
        report.documents += 1
        reviewed = _day(record.extra.get("reviewed"))
        if reviewed is not None and reviewed < oldest:
            report.findings.append(Finding(record.source, record.title, REVIEW_OVERDUE, reviewed.isoformat()))
        report.findings += _amended_since(record, law, acts, report)
    return report


def missing_references(records: list[DocumentRecord], law: LawIndex) -> list[str]:
    """References that point at no text in the store, one sentence each (``assistant check``): a section an
    act's preamble says it amends or adds that the act's own text does not hold, and a section a document's
    ``sources`` cite in an act that the store holds without that section."""
    law.refresh()
    problems = []
    for act in law.acts():
        for change in act.changes:
            p = change.provision
            if change.action != REPEALED and p.section and not law.holdings(act, p):
                problems.append(f"{act.source}: the preamble of {act.act} says it {change.action.replace('ed', 's')} "
                                f"{law.normalize(act.statute, p).label(act.language)}, but the act's text in the "
                                "store has no such section")
    acts = _acts_by_number(law)
    for record in records:
        for entry in record.extra.get("sources") or [] if record.doc_type != "law" else []:
            act = acts.get(cited_act(entry) or "") if isinstance(entry, dict) else None
            if act is None or not act.statute:
                continue
            repealed = [c.provision for c in act.changes if c.action == REPEALED]
            for p in cited_provisions(entry):
                if any(r.section in (None, p.section) and r.overlaps(p) for r in repealed):
                    continue  # an act's own repeal of a section: cited, with no text to hold
                if not law.holdings(act, p):
                    problems.append(f"{record.source}: its sources cite {law.normalize(act.statute, p).label(act.language)}"
                                    f" of {act.act}, but the act's text in the store has no such section")
    return problems


def cited_provisions(entry: dict[str, Any]) -> list[Provision]:
    """The sections a ``sources`` entry cites: its locator's, narrowed to the subsections its title names for
    the same section (the words in brackets, "(muutettu lailla 696/2024; 2 mom. lailla 1177/2014)", left out)."""
    located = [p for p in parse_locator(str(entry.get("locator") or "")) if p.section]
    title = re.sub(r"\([^)]*\)", " ", str(entry.get("title") or ""))
    narrower = {(p.chapter, p.section): p for p in parse_locator(title) if p.section and (p.subsections or p.points)}
    found = []
    for p in located:
        n = narrower.get((p.chapter, p.section)) or narrower.get((None, p.section))
        narrowed = n and not p.subsections and not p.points
        found.append(Provision(p.chapter, p.section, n.subsections, n.partial, n.points) if narrowed else p)
    return found


def cited_act(entry: dict[str, Any]) -> str | None:
    """The act number a ``sources`` entry cites (see the module's doc), or None."""
    from_file = act_of_corpus_file(str(entry.get("corpus") or ""))
    if from_file:
        return from_file
    title = str(entry.get("title") or "")
    amended = _AMENDED_BY.search(title)
    if amended:
        return amended.group(1)
    numbers = set(_ACT_NUMBER.findall(title))
    return numbers.pop() if len(numbers) == 1 else None


def _amended_since(record: DocumentRecord, law: LawIndex, acts: dict[str, Act], report: StaleReport) -> list[Finding]:
    cited: list[tuple[Act, Provision]] = []
    for entry in record.extra.get("sources") or []:
        if not isinstance(entry, dict):
            continue
        number = cited_act(entry)
        if number is None:
            continue
        act = acts.get(number)
        if act is None or not act.statute:
            report.entries_not_in_store.append(number)
            continue
        report.entries_checked += 1
        cited += [(act, p) for p in cited_provisions(entry)]
    findings: dict[tuple, Finding] = {}
    for act, provision in cited:
        for newer, change in law.changes_after(act, provision):
            if change.action == ADDED or _also_cites(cited, law, act, provision, newer, change):
                continue
            kind = REPEALED_SINCE if change.action == REPEALED else AMENDED_SINCE
            changed = Provision(provision.chapter, provision.section, change.provision.subsections,
                                points=change.provision.points)
            key = (provision.chapter, provision.section, act.act, newer.act)
            findings.setdefault(key, Finding(
                record.source, record.title, kind, _iso(record.extra.get("reviewed")), act.act,
                law.normalize(act.statute, provision).label(act.language), newer.act,
                newer.in_force.isoformat() if newer.in_force else None,
                law.normalize(act.statute, changed).label(act.language)))
    return list(findings.values())


def _also_cites(cited: list[tuple[Act, Provision]], law: LawIndex, act: Act, provision: Provision, newer: Act,
                change) -> bool:
    """Whether the document also cites the newer wording: ``newer`` itself for an overlapping part of the
    section (or, when ``newer`` rewrote a whole chapter, for a section of that chapter), or an act at least
    as new that rewrote the whole section."""
    key = law.key(act.statute, provision)
    for other, p in cited:
        if other.statute != act.statute or other.order < newer.order:
            continue
        if change.provision.section is None and other.act == newer.act and p.chapter == change.provision.chapter:
            return True  # the newer act rewrote the whole chapter, and the document cites that chapter of it
        if law.key(other.statute, p) != key:
            continue
        if other.act == newer.act and p.overlaps(provision) and p.overlaps(change.provision):
            return True
        if other.act != newer.act and any(rewrites_whole(c) and law.key(other.statute, c.provision) == key
                                          for c in other.changes if c.provision.section):
            return True
    return False


def _acts_by_number(law: LawIndex) -> dict[str, Act]:
    acts: dict[str, Act] = {}
    for record_act in law.acts():
        acts.setdefault(record_act.act, record_act)
    return acts


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _iso(value: Any) -> str | None:
    day = _day(value)
    return day.isoformat() if day else None
