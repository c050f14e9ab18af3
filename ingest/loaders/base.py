"""What every loader returns, and the one method a loader implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.documents import LANGUAGES
from assistant.formats import FORMATS

if TYPE_CHECKING:
    from ingest.ocr import OcrOptions


@dataclass
class Section:
    """A structural unit of a document: a page, a statute section, a Markdown section."""

    text: str
    locator: str  # "page 3", "25 luku 3 §", "Article 3", "Heading > Sub-heading"
    page: int | None = None
    ocr_confidence: float | None = None  # recognised from a scanned page: Tesseract's mean word confidence, 0-100


@dataclass
class LoadedDocument:
    """A file's text split into sections, with what the file says about itself."""

    title: str
    sections: list[Section]
    language: str | None = None  # None: detect from the text
    doc_type: str | None = None  # None: from the folder, else "document"
    extra: dict[str, Any] = field(default_factory=dict)  # source_url, valid_from, replaces, audience, ocr...
    warnings: list[str] = field(default_factory=list)  # what a maintainer should know: pages blank, not read


class Loader(ABC):
    """Reads one format of ``assistant.formats`` (which holds its file names). Raises DocumentError
    (naming the file) for bad input."""

    format_name: str = ""

    @property
    def suffixes(self) -> tuple[str, ...]:
        return FORMATS[self.format_name].suffixes

    @abstractmethod
    def load(self, path: Path, data: bytes, ocr: OcrOptions | None = None) -> LoadedDocument:
        """Parse ``data`` (the bytes of ``path``) into a LoadedDocument; a format with scanned pages reads them
        with ``ocr`` (None: OCR off)."""


def declared_language(tag: object) -> str | None:
    """A document's own language tag (HTML ``lang``, PDF ``/Lang``: "fi", "sv-FI", "en_GB") as one of
    ours, or None for any other language or none at all."""
    primary = str(tag).strip().lower()[:2] if tag is not None else ""
    return primary if primary in LANGUAGES else None


class HeadingSections:
    """Sections of a document read in order: the text between headings becomes a section whose
    locator is its heading path ("Chapter > Part"), else the title, else "Introduction".
    ``title`` may be set while reading (a first heading that is the title)."""

    def __init__(self, title: str = "", locator_limit: int | None = None) -> None:
        self.title = title
        self.sections: list[Section] = []
        self._path: list[tuple[int, str]] = []
        self._buffer: list[str] = []
        self._limit = locator_limit

    def add(self, text: str) -> None:
        self._buffer.append(text)

    def heading(self, level: int, text: str) -> None:
        """Close the current section; what follows sits under ``text`` (deeper headings dropped)."""
        self.flush()
        self._path = [(l, t) for l, t in self._path if l < level] + [(level, text)]

    def flush(self) -> None:
        text = "\n".join(self._buffer).strip()
        if text:
            locator = " > ".join(t for _, t in self._path) or self.title or "Introduction"
            self.sections.append(Section(text, locator[:self._limit] if self._limit else locator))
        self._buffer.clear()
