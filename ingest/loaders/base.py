"""What every loader returns, and the one method a loader implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Section:
    """A structural unit of a document: a page, a statute section, a Markdown section."""

    text: str
    locator: str  # "page 3", "25 luku 3 §", "Article 3", "Heading > Sub-heading"
    page: int | None = None


@dataclass
class LoadedDocument:
    """A file's text split into sections, with what the file says about itself."""

    title: str
    sections: list[Section]
    language: str | None = None  # None: detect from the text
    doc_type: str | None = None  # None: from the folder, else "document"
    extra: dict[str, Any] = field(default_factory=dict)  # source_url, valid_from, replaces, audience...
    warnings: list[str] = field(default_factory=list)


class Loader(ABC):
    """Reads one kind of file. Raises DocumentError (naming the file) for bad input."""

    suffixes: tuple[str, ...] = ()

    @abstractmethod
    def load(self, path: Path, data: bytes) -> LoadedDocument:
        """Parse ``data`` (the bytes of ``path``) into a LoadedDocument."""
