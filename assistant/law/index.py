"""Every act in the store by statute and section: which act holds the newest wording of a section.

A statute section is keyed by (statute, chapter, section): the chapter only for statutes whose sections
are numbered again in every chapter (the Criminal Code, "25 luku 3 §"); most acts number them across
chapters (the Child Welfare Act, "25 §"), and amending acts then name no chapter. The index is built
from the catalog (each act's facts in its record, each section's locator in its chunks) and rebuilt
when the catalog's documents change, as ``assistant/versions.py`` is.

The wording of a section in act A is
- ``in_force`` when no newer act in the store changes it (other acts may exist: the store holds acts
  as enacted, and a link to Finlex's consolidated text goes with every statute citation);
- ``amended`` when a newer act does; ``newer`` lists the acts whose changes still stand, newest first
  (an act that rewrote the whole section hides the changes before it);
- ``repealed`` when the newest change repeals the whole section (or rewrites its chapter without it);
- ``unknown`` for a chunk that is no section (a preamble) or an act whose facts could not be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.documents import Chunk, DocumentRecord
from assistant.law.acts import Act, act_of
from assistant.law.references import ADDED, AMENDED, REPEALED, Change, Provision, parse_locator
from assistant.store.derived import CatalogDerived

IN_FORCE, UNKNOWN = "in_force", "unknown"
SectionKey = tuple[str, str | None, str]  # (statute, chapter or None, section)


@dataclass(frozen=True)
class Holding:
    """Where the store has an act's text of a section: a document (one language) and its locator."""

    act: Act
    source: str
    locator: str
    language: str


@dataclass
class Newer:
    """A newer act that changed the section, what it did, to which part, and where its text is."""

    act: Act
    action: str
    provision: Provision
    holdings: list[Holding] = field(default_factory=list)

    def to_dict(self, language: str) -> dict[str, Any]:
        """As a citation carries it: the holding in ``language`` (else any) is the one linked."""
        holding = next((h for h in self.holdings if h.language == language), self.holdings[0] if self.holdings else None)
        return {"act": self.act.act, "action": self.action, "subsections": list(self.provision.subsections),
                "date_given": self.act.date_given.isoformat() if self.act.date_given else None,
                "in_force": self.act.in_force.isoformat() if self.act.in_force else None,
                "source": holding.source if holding else None, "locator": holding.locator if holding else None,
                "url": holding.act.url if holding else self.act.url}


@dataclass
class Wording:
    """The status of the wording a chunk quotes (see the module's doc)."""

    status: str
    act: Act | None = None
    provision: Provision | None = None
    newer: list[Newer] = field(default_factory=list)


@dataclass
class _Index:
    acts: dict[str, Act] = field(default_factory=dict)  # source -> act
    by_statute: dict[str, dict[str, Act]] = field(default_factory=dict)  # statute -> act number -> one of its texts
    chapter_local: set[str] = field(default_factory=set)
    chapters: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # statute -> chapter -> sections
    holdings: dict[SectionKey, list[Holding]] = field(default_factory=dict)


def section_of(locator: str) -> Provision | None:
    """The section a chunk's locator names ("5 luku 25 §" -> 25 in chapter 5), or None (a preamble)."""
    return next((p for p in parse_locator(locator) if p.section), None)


class LawIndex(CatalogDerived[_Index]):
    """Answers which act holds the newest wording of a statute section in the store."""

    def _build(self, records: list[DocumentRecord]) -> _Index:
        index = _Index()
        for record in records:
            act = act_of(record)
            if act is None:
                continue
            index.acts[act.source] = act
            if act.statute:
                index.by_statute.setdefault(act.statute, {}).setdefault(act.act, act)
        for statute, acts in index.by_statute.items():
            if any(c.provision.chapter and c.provision.section for a in acts.values() for c in a.changes):
                index.chapter_local.add(statute)
        located: dict[str, list[tuple[Provision, str]]] = {}
        for act in index.acts.values():
            if act.statute:
                located[act.source] = [(p, c.locator) for c in self.catalog.chunks_of(act.source)
                                       if (p := section_of(c.locator)) is not None]
            if act.is_base:  # its chapters are its own (an amending act's chapter marks may be only context)
                seen: dict[str, set[str]] = {}
                for provision, _ in located.get(act.source, []):
                    if provision.chapter:
                        seen.setdefault(provision.section or "", set()).add(provision.chapter)
                        index.chapters.setdefault(act.statute, {}).setdefault(provision.chapter, set()).add(
                            provision.section or "")
                if any(len(chapters) > 1 for chapters in seen.values()):
                    index.chapter_local.add(act.statute)  # section numbers repeat across its chapters
        for source, sections in located.items():
            act = index.acts[source]
            for provision, locator in sections:
                holdings = index.holdings.setdefault(_key(index, act.statute, provision), [])
                if not any(h.source == source for h in holdings):
                    holdings.append(Holding(act, source, locator, act.language))
        return index

    # --- queries ---------------------------------------------------------------------------------
    def acts(self) -> list[Act]:
        """Every act in the store (one per document: an act in fi and sv is two)."""
        return list(self._current().acts.values())

    def act(self, source: str) -> Act | None:
        """The act a document holds (None: not a statute, or its facts were not stored)."""
        return self._current().acts.get(source)

    def statute_name(self, statute: str, language: str) -> str:
        """The statute's name in ``language`` as its newest act in the store writes it."""
        acts = [a for a in self._current().acts.values() if a.statute == statute and a.language == language]
        return max(acts, key=lambda a: a.order).statute_name if acts else ""

    def key(self, statute: str, provision: Provision) -> SectionKey:
        return _key(self._current(), statute, provision)

    def normalize(self, statute: str, provision: Provision) -> Provision:
        """``provision`` as the statute is cited: without the chapter when its sections are numbered across
        chapters ("5 luku 25 §" of the Child Welfare Act is "25 §")."""
        if provision.chapter and statute not in self._current().chapter_local:
            return Provision(None, provision.section, provision.subsections, provision.partial)
        return provision

    def holdings(self, act: Act, provision: Provision) -> list[Holding]:
        """The documents holding ``act``'s text of ``provision`` (one per language)."""
        key = self.key(act.statute, provision)
        return [h for h in self._current().holdings.get(key, []) if h.act.act == act.act]

    def changes_after(self, act: Act, provision: Provision) -> list[tuple[Act, Change]]:
        """The changes to ``provision`` (or any part of it) by acts of its statute newer than ``act``, oldest first."""
        index = self._current()
        if not act.statute or provision.section is None:
            return []
        key = _key(index, act.statute, provision)
        found = []
        for other in index.by_statute.get(act.statute, {}).values():
            if other.order <= act.order:
                continue
            for change in other.changes:
                if _covers(index, act.statute, change.provision, key) and change.provision.overlaps(provision):
                    found.append((other, change))
        return sorted(found, key=lambda pair: pair[0].order)

    def wording(self, chunk: Chunk) -> Wording:
        """The status of the wording ``chunk`` quotes, and the newer acts (see the module's doc)."""
        index = self._current()
        act = index.acts.get(chunk.source)
        provision = section_of(chunk.locator)
        if act is None or not act.statute or provision is None:
            return Wording(UNKNOWN, act, provision)
        events = self.changes_after(act, provision)
        if not events:
            return Wording(IN_FORCE, act, provision)
        key = _key(index, act.statute, provision)
        last_whole = max((i for i, (_, c) in enumerate(events) if rewrites_whole(c)), default=0)
        standing = events[last_whole:]
        newer = [Newer(a, c.action, c.provision, [h for h in index.holdings.get(key, []) if h.act.act == a.act])
                 for a, c in reversed(standing)]
        change = standing[0][1] if len(standing) == 1 else None
        if change is not None and rewrites_whole(change) and (
                change.action == REPEALED or (change.provision.section is None and not newer[0].holdings)):
            newer[0].action = REPEALED  # a chapter rewritten without this section repeals it
            return Wording(REPEALED, act, provision, newer)
        return Wording(AMENDED, act, provision, newer)

    def current_holdings(self, wording: Wording, language: str) -> list[Holding]:
        """The texts of the newer wording (in ``language`` where the store has it), newest act first."""
        found = []
        for newer in wording.newer:
            if newer.action == REPEALED:
                continue
            mine = [h for h in newer.holdings if h.language == language] or newer.holdings[:1]
            found += mine
        return found


def _key(index: _Index, statute: str, provision: Provision) -> SectionKey:
    chapter = provision.chapter if statute in index.chapter_local else None
    return statute, chapter, provision.section or ""


def _covers(index: _Index, statute: str, changed: Provision, key: SectionKey) -> bool:
    """Whether a change of ``changed`` (a section, or a whole chapter) touches the section ``key``."""
    if changed.section is not None:
        return _key(index, statute, changed) == key
    if statute in index.chapter_local:
        return changed.chapter == key[1]
    return key[2] in index.chapters.get(statute, {}).get(changed.chapter or "", set())


def rewrites_whole(change: Change) -> bool:
    """A change that rewrites (or repeals, or adds anew) the whole section: the wording before it is gone."""
    p = change.provision
    return p.section is None or (not p.subsections and not p.partial and change.action in (AMENDED, REPEALED, ADDED))
