"""The one registry of document formats: which file names a format has and what its bytes look like.

Ingestion (``ingest/loaders``: one loader per format) and admin uploads (``assistant/uploads.py``)
both read it, so a format added here with its loader is accepted everywhere at once.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Literal

Content = Literal["pdf", "docx", "text", "html", "xml"]


@dataclass(frozen=True)
class Format:
    name: str  # the loader's key: "pdf", "markdown", "finlex"...
    suffixes: tuple[str, ...]  # lower-case, with the dot
    content: Content  # what the bytes must look like (checked before anything parses them)


FORMATS: dict[str, Format] = {}


def register_format(fmt: Format) -> None:
    """Add a format (a third-party loader does this too); a suffix belongs to one format only."""
    taken = {s: f.name for f in FORMATS.values() if f.name != fmt.name for s in f.suffixes}
    clash = [s for s in fmt.suffixes if s in taken]
    if clash:
        raise ValueError(f"format {fmt.name}: suffix {clash[0]} already belongs to format {taken[clash[0]]}")
    FORMATS[fmt.name] = fmt


for _builtin in (Format("pdf", (".pdf",), "pdf"), Format("docx", (".docx",), "docx"),
                 Format("markdown", (".md", ".markdown"), "text"), Format("text", (".txt", ".text"), "text"),
                 Format("html", (".html", ".htm", ".xhtml"), "html"), Format("finlex", (".xml",), "xml")):
    register_format(_builtin)


def format_for_suffix(suffix: str) -> Format | None:
    suffix = suffix.lower()
    return next((f for f in FORMATS.values() if suffix in f.suffixes), None)


def accepted_suffixes() -> list[str]:
    return sorted(s for f in FORMATS.values() for s in f.suffixes)


def _is_text(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return False
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def content_problem(fmt: Format, data: bytes) -> str | None:
    """None if ``data`` looks like ``fmt``'s content; otherwise what it is instead."""
    kind = fmt.content
    if data.startswith(b"%PDF-") and kind != "pdf":
        return "the content is a PDF"
    if data.startswith(b"PK\x03\x04") and kind != "docx":
        return "the content is a zip/Office container"
    if kind == "pdf":
        return None if data.startswith(b"%PDF-") else "the content is not a PDF (no %PDF- header)"
    if kind == "docx":
        if not data.startswith(b"PK\x03\x04"):
            return "the content is not a Word document (not a zip container)"
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "the content is a corrupt zip container"
        return None if "word/document.xml" in names else "the container holds no word/document.xml"
    if not _is_text(data):
        return "the content is not UTF-8 text"
    head = data[:4096].decode("utf-8-sig", errors="ignore").lstrip().lower()
    if kind == "html" and not (head.startswith("<") and re.search(r"<(html|body|head|p|h[1-6]|div|!doctype)\b", head)):
        return "the content is not HTML"
    if kind == "xml" and not head.startswith("<"):
        return "the content is not XML"
    return None
