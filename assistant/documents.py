"""The data every part shares: a stored chunk and a document's catalog record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("fi", "sv", "en")
PRACTICE_RECORD = "practice-record"  # the doc_type of training cases (knowledge/practice-records/)
# The headings of a document's own list of sources: it says where the facts come from and answers nothing.
SOURCE_LIST_HEADINGS = {"sources", "lähteet", "källor", "references", "lähdeluettelo", "källförteckning"}


# The debrief of a training case: what was done, what went well, what went badly, the lessons. A workshop
# withholds these sections from answers until the trainer reveals them (the discussion questions ask the
# participants to work them out).
DEBRIEF_HEADINGS = {
    "what was done", "what went well", "what went badly", "lessons",
    "mitä tehtiin", "mikä onnistui", "mikä epäonnistui", "opetukset",
    "vad som gjordes", "vad som gick bra", "vad som gick mindre bra", "lärdomar",
}


def last_heading(locator: str) -> str:
    """The innermost heading of a locator ("Guide > Step 2: Notify" -> "Step 2: Notify")."""
    return locator.rsplit(" > ", 1)[-1].strip()


def is_source_list(locator: str) -> bool:
    """Whether a section is a document's list of sources (its innermost heading says so)."""
    return last_heading(locator).casefold() in SOURCE_LIST_HEADINGS


def ocr_summary(facts: dict[str, Any]) -> str:
    """A document's OCR facts (``DocumentRecord.extra["ocr"]``, written by the PDF loader) in one line:
    "3 scanned pages read, mean confidence 91 %; blank: 4"."""
    if facts.get("off"):
        return f"OCR off: {len(facts.get('not_read') or [])} scanned pages not read"
    line = f"{facts.get('pages', 0)} scanned pages read"
    if facts.get("mean_confidence") is not None:
        line += f", mean confidence {facts['mean_confidence']:.0f} %"
    for key, label in (("blank", "blank"), ("not_read", "not read")):
        if facts.get(key):
            line += f"; {label}: {', '.join(map(str, facts[key]))}"
    return line


def is_debrief(doc_type: str, locator: str) -> bool:
    """Whether a section is part of a training case's debrief (any of its headings says so)."""
    return doc_type == PRACTICE_RECORD and any(
        part.strip().casefold() in DEBRIEF_HEADINGS for part in locator.split(" > "))


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage of one version of one document."""

    source: str  # path relative to the ingested folder, or the file name
    version: str  # content hash of the file this chunk came from
    ordinal: int  # position within the document
    text: str
    locator: str  # "page 3", "25 luku 3 §", "Article 3", "Heading > Sub-heading"
    title: str
    language: str
    doc_type: str
    page: int | None = None
    ocr_confidence: float | None = None  # recognised from a scanned page: OCR's mean word confidence (0-100)

    @property
    def ocr(self) -> bool:
        """Whether the text was recognised from a scanned page (OCR), and may hold misread words."""
        return self.ocr_confidence is not None

    @property
    def chunk_id(self) -> str:
        return f"{self.source}::{self.version[:16]}::{self.ordinal:05d}"

    def embedding_text(self) -> str:
        """What the embedding model sees: title and locator give a passage its context."""
        return f"{self.title} — {self.locator}\n{self.text}"

    def metadata(self) -> dict[str, Any]:
        """Flat metadata for the vector store (Chroma accepts str/int/float/bool only)."""
        meta: dict[str, Any] = {
            "source": self.source,
            "version": self.version,
            "ordinal": self.ordinal,
            "locator": self.locator,
            "title": self.title,
            "language": self.language,
            "doc_type": self.doc_type,
        }
        if self.page is not None:
            meta["page"] = self.page
        if self.ocr:
            meta.update(ocr=True, ocr_confidence=self.ocr_confidence)
        return meta


@dataclass
class DocumentRecord:
    """What the catalog knows of the current version of one document."""

    source: str
    version: str
    title: str
    language: str
    doc_type: str
    chunks: int
    ingested_at: str
    size_bytes: int = 0
    path: str = ""  # absolute path of the file it was read from (to open the original)
    extra: dict[str, Any] = field(default_factory=dict)  # front matter: source_url, valid_from, replaces...
