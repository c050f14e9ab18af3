"""DOCX through python-docx; "Heading N" paragraphs give the locator path."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import DocumentError
from ingest.loaders.base import HeadingSections, LoadedDocument, Loader, Section
from ingest.loaders.safezip import open_checked_zip
from ingest.ocr import OcrOptions

if TYPE_CHECKING:
    from docx.document import Document


class DocxLoader(Loader):
    format_name = "docx"

    def load(self, path: Path, data: bytes, ocr: OcrOptions | None = None) -> LoadedDocument:
        import docx

        archive = open_checked_zip(path, data)
        if "word/document.xml" not in archive.namelist():
            raise DocumentError(path.name, "not a Word document (no word/document.xml in the container)")
        _refuse_dtds(path, archive)
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:
            raise DocumentError(path.name, f"corrupt DOCX ({type(exc).__name__}: {exc})") from exc
        try:
            title, sections = _read(document)
        except (AttributeError, KeyError, ValueError, TypeError, IndexError) as exc:
            # python-docx builds its objects lazily: a part with the wrong root element or a broken
            # reference fails only here, deep inside the library.
            raise DocumentError(path.name, f"corrupt DOCX ({type(exc).__name__}: {exc})") from exc
        if not sections:
            raise DocumentError(path.name, "no text in the Word document")
        return LoadedDocument(title=(title or path.stem)[:200], sections=sections)


def _read(document: "Document") -> tuple[str, list[Section]]:
    """The title and the sections under their heading paths, in reading order."""
    from docx.table import Table

    read = HeadingSections((document.core_properties.title or "").strip())
    for block in document.iter_inner_content():  # paragraphs and tables in reading order
        if isinstance(block, Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    read.add(" | ".join(cells))
            continue
        style = (block.style.name if block.style is not None else "") or ""
        text = block.text.strip()
        if not text:
            continue
        if style.startswith("Heading") or style == "Title":
            read.flush()
            level = 0 if style == "Title" else int("".join(ch for ch in style if ch.isdigit()) or 1)
            if level <= 1 and not read.title:
                read.title = text
                continue
            read.heading(level, text)
        else:
            read.add(text)
    read.flush()
    return read.title, read.sections


PROLOG_BYTES = 4096


def _refuse_dtds(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse XML parts that declare a DTD or entities: Word never writes one, and an entity can
    inflate a few bytes into gigabytes ("billion laughs") or point at a local file."""
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(info) as member:
                head = member.read(PROLOG_BYTES)  # a DTD can only come before the root element
        except Exception as exc:  # zlib.error, BadZipFile (CRC), NotImplementedError (compression)...
            raise DocumentError(path.name, f"corrupt DOCX: {info.filename} cannot be unpacked "
                                           f"({type(exc).__name__}: {exc})") from exc
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise DocumentError(path.name, f"refused: {info.filename} declares a DTD or XML entities, "
                                           "which Word never writes (an XML entity attack?)")
