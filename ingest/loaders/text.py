"""Plain text, with structure where the text has it (treaty articles, Markdown-style titles)."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from assistant.errors import DocumentError
from assistant.text.language import detect_language
from ingest.loaders.base import LoadedDocument, Loader, Section
from ingest.ocr import OcrOptions

# "Article 3", "Article 3 bis", "Art. 12" at a word boundary, as treaty texts print them inline.
_ARTICLE = re.compile(r"(?<![\w(])(Article\s+(\d+)(?:\s+bis)?)(?=\s+[A-Z\u00C0-\u017F–-])")
_PREAMBLE = re.compile(r"^\s*Preamble\b")


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM, with "\n" line ends; or a DocumentError that
    says where it breaks. Windows Notepad saves "Unicode" as UTF-16 with a BOM, which says the byte
    order, so that file is decoded rather than refused as binary for its NUL bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(path.name, f"not valid UTF-16 text ({exc.reason} at byte offset {exc.start}); "
                                           "save it as UTF-8") from exc
        if "\x00" in text[:8192]:
            raise DocumentError(path.name, "binary content (NUL characters), not a text file; wrong extension?")
    else:
        if b"\x00" in data[:8192]:
            raise DocumentError(path.name, "binary content (NUL bytes), not a text file; wrong extension?")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                path.name, f"not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "save it as UTF-8"
            ) from exc
    # Old Mac files end lines with a lone CR; without this a whole file would be one line.
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextLoader(Loader):
    format_name = "text"

    def load(self, path: Path, data: bytes, ocr: OcrOptions | None = None) -> LoadedDocument:
        text = decode_text(path, data)
        if not text.strip():
            raise DocumentError(path.name, "empty file: no text to index")
        title_lines, body = _split_title_lines(text)
        language = detect_language(body[:5000])
        title = _pick_title(title_lines, language) or path.stem.replace("_", " ")
        sections = _heading_sections(body) or _article_sections(body) or _paragraph_sections(body)
        return LoadedDocument(title=title, sections=sections, language=language)


def _split_title_lines(text: str) -> tuple[list[str], str]:
    """Leading '#' lines are titles (a treaty file may carry titles in two languages)."""
    lines = text.split("\n")
    titles: list[str] = []
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith("#")):
        if lines[i].strip():
            titles.append(lines[i].strip().lstrip("#").strip())
        i += 1
    return titles, "\n".join(lines[i:])


def _pick_title(titles: list[str], language: str) -> str:
    for title in titles:
        if detect_language(title) == language:
            return title
    return titles[-1] if titles else ""


_HEADING = re.compile(r"^\s*#+\s*(.*?)\s*$")
_ARTICLE_HEADING = re.compile(r"^(Article|Art\.)\s+(\d+\s*(?:bis)?)$", re.IGNORECASE)


def _heading_sections(body: str) -> list[Section]:
    """Sections from '#'-marked heading lines; "Article N" headings become "Article N" locators
    and the heading right after one is that article's title (kept as its first line)."""
    lines = body.split("\n")
    if sum(1 for line in lines if _HEADING.match(line)) < 3:
        return []
    sections: list[Section] = []
    locator, buffer, title_slot = "", [], False

    def flush() -> None:
        text = "\n".join(buffer).strip()
        if text and not all(_HEADING.match(line) for line in buffer if line.strip()):
            name = locator or ("Preamble" if _PREAMBLE.match(text) else "Introduction")
            sections.append(Section(text, name))

    for line in lines:
        heading = _HEADING.match(line)
        if heading:
            label = re.sub(r"\s+", " ", heading.group(1))
            article = _ARTICLE_HEADING.match(label)
            if article:
                flush()
                locator, buffer, title_slot = f"Article {article.group(2).strip()}", [], True
                continue
            if title_slot and label:
                buffer.append(label)
                title_slot = False
                continue
            if label:
                flush()
                locator, buffer, title_slot = label, [], False
            continue
        if line.strip():
            title_slot = False
        buffer.append(line.rstrip())
    flush()
    return sections


def _article_sections(body: str) -> list[Section]:
    marks = []
    for mark in _ARTICLE.finditer(body):  # headings run 1, 2, 3...; cross-references do not
        number = int(mark.group(2))
        previous = int(marks[-1].group(2)) if marks else 0
        if number == previous + 1 or (number == previous and "bis" in mark.group(1)):
            marks.append(mark)
    if len(marks) < 3:
        return []
    sections: list[Section] = []
    head = body[:marks[0].start()].strip()
    if head:
        sections.append(Section(head, "Preamble" if _PREAMBLE.match(head) else "Introduction"))
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(body)
        label = re.sub(r"\s+", " ", mark.group(1))
        sections.append(Section(body[mark.start():end].strip(), label))
    return sections


def _paragraph_sections(body: str) -> list[Section]:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return [Section(p, f"paragraph {n}") for n, p in enumerate(paragraphs, 1)]
