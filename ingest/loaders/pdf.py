"""PDF through pypdf: one section per page, running headers and footers removed."""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from pathlib import Path

from assistant.errors import DocumentError
from ingest.loaders.base import LoadedDocument, Loader, Section, declared_language

EDGE_LINES = 3  # lines at the top and bottom of a page that may be running headers/footers
_PLACEHOLDER_TITLE = re.compile(r"^(untitled\b.*|microsoft word - .*|.*\.(docx?|odt|rtf|pdf))$", re.IGNORECASE)


class PdfLoader(Loader):
    format_name = "pdf"

    def load(self, path: Path, data: bytes) -> LoadedDocument:
        import pypdf
        from pypdf.errors import DependencyError, PyPdfError

        if not data.startswith(b"%PDF-"):
            raise DocumentError(path.name, "not a PDF (no %PDF- header); wrong extension?")
        pypdf_log = logging.getLogger("pypdf")
        level = pypdf_log.level
        pypdf_log.setLevel(logging.ERROR)  # font warnings would flood the output, one per glyph table
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
                    if reader.is_encrypted:
                        try:
                            opened = reader.decrypt("")
                        except Exception:
                            opened = 0
                        if not opened:
                            raise DocumentError(path.name, "encrypted PDF: remove the password and ingest again")
                    pages = [(page.extract_text() or "") for page in reader.pages]
                    meta_title = (reader.metadata.title if reader.metadata else None) or ""
                    lang = reader.trailer["/Root"].get("/Lang")
                    declared = declared_language(lang.get_object() if hasattr(lang, "get_object") else lang)
                except DocumentError:
                    raise
                except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError,
                        RecursionError, IndexError, ZeroDivisionError) as exc:
                    raise DocumentError(path.name, f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from exc
                except (NotImplementedError, DependencyError) as exc:  # an encryption handler, a stream filter
                    raise DocumentError(path.name, f"the PDF uses a feature pypdf cannot read ({exc})") from exc
        finally:
            pypdf_log.setLevel(level)
        if not pages:
            raise DocumentError(path.name, "the PDF has no pages")
        if not any(p.strip() for p in pages):
            raise DocumentError(path.name, f"no text layer in {len(pages)} page(s): a scanned, image-only PDF? "
                                           "Run OCR on it first")
        cleaned = strip_running_lines(pages)
        sections = [Section(text, f"page {n}", page=n) for n, text in enumerate(cleaned, 1) if text.strip()]
        meta_title = str(meta_title).strip()
        if _PLACEHOLDER_TITLE.match(meta_title):
            meta_title = ""  # "untitled", "Microsoft Word - x.docx": what the writing tool filled in
        title = meta_title or _first_line(cleaned) or path.stem
        return LoadedDocument(title=title[:200], sections=sections, language=declared)


def _normal(line: str) -> str:
    return re.sub(r"[\d\s]+", "", line.lower())


def _edge_lines(lines: list[str]) -> set[int]:
    """Indices of the first and last EDGE_LINES non-blank lines (blank lines do not count)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])


def strip_running_lines(pages: list[str]) -> list[str]:
    """Drop lines that recur near the top or bottom of many pages (headers, footers, page numbers).

    A line is running when it (digits aside) sits at the edge of many pages and seldom anywhere
    else, which tells "OJ L 364/9" from an "Article 9" heading that also opens many pages. Text
    extraction may place a running line above the footnotes, away from the edge, so a running
    line of some length is dropped wherever it appears on a page.
    """
    split = [p.split("\n") for p in pages]
    edges = [_edge_lines(lines) for lines in split]
    pages_with: Counter[str] = Counter()  # pages with the line at an edge
    at_edge: Counter[str] = Counter()  # occurrences at an edge
    anywhere: Counter[str] = Counter()  # occurrences on all pages
    for lines, edge in zip(split, edges):
        keys = [_normal(lines[i]) for i in sorted(edge)]
        pages_with.update(set(keys))
        at_edge.update(keys)
        anywhere.update(_normal(line) for line in lines if line.strip())
    threshold = max(3, int(0.3 * len(pages)))
    running = {key for key, n in pages_with.items() if n >= threshold and anywhere[key] <= 1.5 * at_edge[key]} \
        if len(pages) >= 3 else set()
    out = []
    for lines, edge in zip(split, edges):
        keep = []
        for i, line in enumerate(lines):
            key = _normal(line)
            if i in edge and (key in running or (line.strip().isdigit() and len(line.strip()) <= 4)):
                continue
            if len(key) >= 6 and key in running:
                continue
            keep.append(line)
        out.append("\n".join(keep).strip())
    return out


def _first_line(pages: list[str]) -> str:
    for page in pages:
        for line in page.split("\n"):
            if len(line.strip()) > 8:
                return line.strip()
    return ""
