"""Loaders by format, chosen by content first and file name second.

Each format is one module with one ``Loader`` class; ``LOADERS`` registers them the same way a
third-party loader would be added.
"""

from __future__ import annotations

from pathlib import Path

from assistant.errors import DocumentError
from ingest.loaders.base import LoadedDocument, Loader, Section
from ingest.loaders.docx import DocxLoader
from ingest.loaders.finlex import FinlexLoader, is_finlex
from ingest.loaders.html import HtmlLoader
from ingest.loaders.markdown import MarkdownLoader
from ingest.loaders.pdf import PdfLoader
from ingest.loaders.text import TextLoader

__all__ = ["LOADERS", "LoadedDocument", "Loader", "Section", "SUPPORTED_SUFFIXES", "load_document"]

LOADERS: list[Loader] = [PdfLoader(), MarkdownLoader(), TextLoader(), HtmlLoader(), DocxLoader(), FinlexLoader()]
SUPPORTED_SUFFIXES = sorted({s for loader in LOADERS for s in loader.suffixes})


def _by_suffix(suffix: str) -> Loader | None:
    return next((loader for loader in LOADERS if suffix in loader.suffixes), None)


def load_document(path: Path, data: bytes, display_name: str | None = None) -> LoadedDocument:
    """Load ``data`` read from ``path``; DocumentError names ``display_name`` (or the file name)."""
    name = display_name or path.name
    suffix = path.suffix.lower()
    loader = _by_suffix(suffix)
    if loader is None:
        raise DocumentError(name, f"unsupported file type {suffix or '(no extension)'}; "
                                  f"supported: {' '.join(SUPPORTED_SUFFIXES)}")
    if not data.strip():
        raise DocumentError(name, "empty file")
    if data.startswith(b"%PDF-") and suffix != ".pdf":
        raise DocumentError(name, f"the content is a PDF but the name ends in {suffix}; rename it to .pdf")
    if data.startswith(b"PK\x03\x04") and suffix != ".docx":
        raise DocumentError(name, f"the content is a zip/Office container but the name ends in {suffix}")
    if suffix == ".xml" and not is_finlex(data):
        raise DocumentError(name, "XML that is not a Finlex statute; only Finlex XML is supported")
    try:
        return loader.load(path, data)
    except DocumentError as exc:
        if exc.source != name:
            raise DocumentError(name, exc.reason) from exc
        raise
