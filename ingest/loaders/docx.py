"""DOCX through python-docx; "Heading N" paragraphs give the locator path."""

from __future__ import annotations

import io
from pathlib import Path

from assistant.errors import DocumentError
from ingest.loaders.base import LoadedDocument, Loader, Section
from ingest.loaders.safezip import open_checked_zip


class DocxLoader(Loader):
    suffixes = (".docx",)

    def load(self, path: Path, data: bytes) -> LoadedDocument:
        import docx
        from docx.table import Table

        archive = open_checked_zip(path, data)
        if "word/document.xml" not in archive.namelist():
            raise DocumentError(path.name, "not a Word document (no word/document.xml in the container)")
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:
            raise DocumentError(path.name, f"corrupt DOCX ({type(exc).__name__}: {exc})") from exc
        title = (document.core_properties.title or "").strip()
        sections: list[Section] = []
        heading_path: list[tuple[int, str]] = []
        buffer: list[str] = []

        def flush() -> None:
            text = "\n".join(buffer).strip()
            if text:
                sections.append(Section(text, " > ".join(t for _, t in heading_path) or title or "Introduction"))
            buffer.clear()

        for block in document.iter_inner_content():  # paragraphs and tables in reading order
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [c.text.strip() for c in row.cells if c.text.strip()]
                    if cells:
                        buffer.append(" | ".join(cells))
                continue
            style = (block.style.name if block.style is not None else "") or ""
            text = block.text.strip()
            if not text:
                continue
            if style.startswith("Heading") or style == "Title":
                flush()
                level = 0 if style == "Title" else int("".join(ch for ch in style if ch.isdigit()) or 1)
                if level <= 1 and not title:
                    title = text
                    continue
                heading_path = [(l, t) for l, t in heading_path if l < level] + [(level, text)]
            else:
                buffer.append(text)
        flush()
        if not sections:
            raise DocumentError(path.name, "no text in the Word document")
        return LoadedDocument(title=(title or path.stem)[:200], sections=sections)
