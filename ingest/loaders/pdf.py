"""PDF through pypdf: one section per page, running headers and footers removed.

A page whose text layer is missing or fails the quality check (``ingest/ocr/quality.py``) is read from its
image with OCR (``ingest/ocr/``) when ``ocr`` options are given; its section carries the OCR confidence.
Without them such pages are reported in the document's warnings and left out (a poor layer is kept).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from pathlib import Path

from assistant.errors import DocumentError
from ingest.loaders.base import LoadedDocument, Loader, Section, declared_language
from ingest.ocr import BLANK, OcrOptions, page_list, read_pages
from ingest.ocr.quality import layer_problem

EDGE_LINES = 3  # lines at the top and bottom of a page that may be running headers/footers
_PLACEHOLDER_TITLE = re.compile(r"^(untitled\b.*|microsoft word - .*|.*\.(docx?|odt|rtf|pdf))$", re.IGNORECASE)


class PdfLoader(Loader):
    format_name = "pdf"

    def load(self, path: Path, data: bytes, ocr: OcrOptions | None = None) -> LoadedDocument:
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
                    sizes = [_size(page) for page in reader.pages]
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
        problems = {n: problem for n, (text, size) in enumerate(zip(pages, sizes), 1)
                    if (problem := layer_problem(text, *size, declared))}
        confidences: dict[int, float] = {}
        notes: list[str] = []
        extra: dict = {}
        if problems:
            language = declared or _layer_language(pages, problems)
            confidences, language, extra = _read_scanned(path.name, data, pages, problems, language, ocr, notes)
            declared = declared or language
        if not any(p.strip() for p in pages):
            readings = "" if ocr is None else ", and OCR recognised no text on them: " + "; ".join(notes)
            raise DocumentError(path.name, f"no text layer in {len(problems)} page(s){readings}"
                                + ("" if ocr else ": a scanned, image-only PDF? Turn OCR on (ASSISTANT_OCR=true, "
                                   "with Tesseract installed: make ocr) or run OCR on it first"))
        cleaned = strip_running_lines(pages)
        sections = [Section(text, f"page {n}", page=n, ocr_confidence=confidences.get(n))
                    for n, text in enumerate(cleaned, 1) if text.strip()]
        meta_title = str(meta_title).strip()
        if _PLACEHOLDER_TITLE.match(meta_title):
            meta_title = ""  # "untitled", "Microsoft Word - x.docx": what the writing tool filled in
        title = meta_title or _first_line(cleaned) or path.stem
        return LoadedDocument(title=title[:200], sections=sections, language=declared, extra=extra,
                              warnings=notes)


def _size(page) -> tuple[float, float]:
    try:
        box = page.mediabox
        return abs(float(box.width)), abs(float(box.height))
    except Exception:  # a broken box: an A4 page's size, so the letters check still means something
        return 595.0, 842.0


def _layer_language(pages: list[str], problems: dict[int, str]) -> str | None:
    """The language of the pages with a good text layer, when they say enough; None otherwise."""
    from assistant.text.language import DOCUMENT_LANGUAGES, detect_language_among

    sample = " ".join(text for n, text in enumerate(pages, 1) if n not in problems)[:5000]
    if sum(ch.isalpha() for ch in sample) < 200:
        return None
    return detect_language_among(sample, DOCUMENT_LANGUAGES, default="") or None


def _read_scanned(name: str, data: bytes, pages: list[str], problems: dict[int, str], language: str | None,
                  ocr: OcrOptions | None, notes: list[str]) -> tuple[dict[int, float], str | None, dict]:
    """Put the OCR text of the pages in ``problems`` into ``pages`` (in place), where it reads more than their
    layer; return the confidence of each page read so, the language, and the document's OCR facts."""
    if ocr is None:
        for reason in sorted(set(problems.values())):
            numbers = [n for n, r in problems.items() if r == reason]
            kept = "no text layer" not in reason
            notes.append(f"{page_list(numbers)}: {reason}; OCR is off (ASSISTANT_OCR), "
                            + ("the layer is kept as it is" if kept else "not read"))
        return {}, language, {"ocr": {"pages": 0, "off": True, "not_read": sorted(problems)}}
    readings, language = read_pages(name, data, sorted(problems), language, ocr)
    confidences: dict[int, float] = {}
    by_problem: dict[str, list[int]] = {}
    for reading in readings:
        layer = pages[reading.page - 1]
        if reading.problem:
            by_problem.setdefault(reading.problem, []).append(reading.page)
        elif _letters(reading.text) > _letters(layer) or "non-words" in problems[reading.page]:
            pages[reading.page - 1] = reading.text
            confidences[reading.page] = reading.confidence or 0.0
            if reading.rotation:
                notes.append(f"page {reading.page}: turned {reading.rotation}° to be read")
    for problem, numbers in by_problem.items():
        notes.append(f"{page_list(numbers)}: {problem}")
    facts = {"pages": len(confidences),
             "mean_confidence": round(sum(confidences.values()) / len(confidences), 1) if confidences else None,
             "language": language, "blank": by_problem.get(BLANK, []),
             "not_read": sorted(n for r, ns in by_problem.items() if r != BLANK for n in ns)}
    return confidences, language, {"ocr": facts}


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


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
