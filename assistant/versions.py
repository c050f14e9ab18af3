"""Language versions of one document, and their sections aligned.

The knowledge base holds many documents in fi, sv and en (``guide.fi.md``, ``guide.sv.md``,
``guide.en.md``; Finlex ``finlex/fi/asd….xml`` and ``finlex/sv/asd….xml``). The versions share a key
(the source with its language mark replaced), and when two versions have as many sections, the n-th
section of one is the n-th of the other: the translation of the same text. Retrieval uses this to
treat the versions of one section as one hit and to quote the version in the asker's language
(``assistant/retrieval.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.documents import LANGUAGES, Chunk, DocumentRecord
from assistant.store.derived import CatalogDerived

_MARKS = "|".join(LANGUAGES)
# "guide.fi.md", "guide_fi.pdf", "guide-fi.txt" and "finlex/fi/asd.xml": the language mark of a source.
_FILE_MARK = re.compile(rf"(?<=[._-])({_MARKS})(?=\.[^./]+$)")
_FOLDER_MARK = re.compile(rf"(?:(?<=/)|^)({_MARKS})(?=/)")


def version_key(source: str) -> str | None:
    """The key the language versions of ``source`` share, or None when its name carries no language mark."""
    key, n = _FILE_MARK.subn("*", source, count=1)
    if not n:
        key, n = _FOLDER_MARK.subn("*", source, count=1)
    return key if n else None


@dataclass
class _Index:
    sources: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> language -> source
    sections: dict[str, list[str]] = field(default_factory=dict)  # source -> locators in reading order
    first_chunks: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (source, locator) -> chunk ids
    openings: dict[str, str] = field(default_factory=dict)  # source -> the locator of its title's overview
    languages: frozenset[str] = frozenset()  # the languages documents are written in


class Versions(CatalogDerived[_Index]):
    """Finds the other language versions of a chunk's section. Rebuilt when the catalog changes."""

    def _build(self, documents: list[DocumentRecord]) -> _Index:
        languages = {d.source: d.language for d in documents}
        index = _Index(languages=frozenset(languages.values()))
        for source, language in languages.items():
            key = version_key(source)
            if key is not None:
                index.sources.setdefault(key, {})[language] = source
        wanted = {s for versions in index.sources.values() if len(versions) > 1 for s in versions.values()}
        titles = {d.source: d.title for d in documents}
        several: set[str] = set()  # documents with a section after their first
        for chunk in self.catalog.all_chunks():  # by source and ordinal
            if index.openings.setdefault(chunk.source, chunk.locator) != chunk.locator:
                several.add(chunk.source)
            if chunk.source not in wanted:
                continue
            locators = index.sections.setdefault(chunk.source, [])
            if not locators or locators[-1] != chunk.locator:
                locators.append(chunk.locator)
            index.first_chunks.setdefault((chunk.source, chunk.locator), []).append(chunk.chunk_id)
        # An opening is the text under the document's title before its first sub-heading, in a document of several
        # sections: not a PDF's first page, a statute's first section or a document's only section.
        index.openings = {source: locator for source, locator in index.openings.items()
                          if locator == titles.get(source) and source in several}
        return index

    def languages(self) -> frozenset[str]:
        """The languages the knowledge base's documents are written in."""
        return self._current().languages

    def has_version(self, source: str, language: str) -> bool:
        """Whether the document ``source`` has a version in ``language`` (itself included)."""
        key = version_key(source)
        return key is not None and language in self._current().sources.get(key, {})

    def is_opening(self, chunk: Chunk) -> bool:
        """Whether ``chunk`` is of its document's opening: the overview under its title, before the first
        sub-heading (``_build``)."""
        return self._current().openings.get(chunk.source) == chunk.locator

    def group(self, chunk: Chunk) -> tuple[str, int] | None:
        """The section's identity shared by its language versions: (version key, section number)."""
        index = self._current()
        key = version_key(chunk.source)
        locators = index.sections.get(chunk.source)
        if key is None or not locators or chunk.locator not in locators:
            return None
        return key, locators.index(chunk.locator)

    def same_place(self, chunk: Chunk, language: str) -> Chunk | None:
        """The chunk at the same place of the section in the ``language`` version: the n-th chunk of the
        section for the n-th of its translation (the last, when the translation has fewer); None when
        there is no such version or the sections do not line up."""
        section = self.section_in(chunk, language)
        if not section:
            return None
        own = self._current().first_chunks.get((chunk.source, chunk.locator), [])
        position = own.index(chunk.chunk_id) if chunk.chunk_id in own else 0
        return section[min(position, len(section) - 1)]

    def section_in(self, chunk: Chunk, language: str) -> list[Chunk]:
        """The chunks of the same section in the ``language`` version (empty when there is none, or when the
        two versions' sections do not line up one to one)."""
        index = self._current()
        key = version_key(chunk.source)
        other = index.sources.get(key or "", {}).get(language)
        mine, theirs = index.sections.get(chunk.source), index.sections.get(other or "")
        if not other or not mine or not theirs or len(mine) != len(theirs) or chunk.locator not in mine:
            return []
        locator = theirs[mine.index(chunk.locator)]
        ids = index.first_chunks.get((other, locator), [])
        found = self.catalog.chunks_by_id(ids)
        return [found[i] for i in ids if i in found]
