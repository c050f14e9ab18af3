"""Reading scanned PDF pages: render each page (``render.py``), read it with Tesseract (``tesseract.py``) in
the document's language, in a pool of one Tesseract process per core.

``quality.py`` tells which pages need it (no text layer, or one that fails the check); the PDF loader
(``ingest/loaders/pdf.py``) asks ``read_pages`` for those and builds the document from both. A page that
fails is returned with its reason and the others are kept; what stops the whole file (Tesseract or a
language missing, the page or time limit) raises ``DocumentError`` naming the file and the pages.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.errors import DocumentError
from ingest.ocr import tesseract
from ingest.ocr.render import OCR_DPI, RenderError, is_blank, opened, render

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
RETRY_BELOW_CONFIDENCE = 60.0  # a page read worse than this may be turned: its orientation is checked
MIN_CONFIDENCE = 40.0  # a page read worse than this is left out: a photo, a drawing, noise
BLANK = "blank, skipped"
FIRST_PASS_LETTERS = 40  # letters of a first-pass reading enough to tell its language


@dataclass(frozen=True)
class OcrOptions:
    """How to read scanned pages; built from the settings (``from_settings``)."""

    workers: int = 0  # 0: one per core
    max_pages: int = 300
    max_seconds: float = 900.0
    dpi: int = OCR_DPI
    on_page: Callable[[int, int], None] | None = None  # (pages read, pages to read), for a progress bar

    @classmethod
    def from_settings(cls, settings, on_page: Callable[[int, int], None] | None = None) -> "OcrOptions | None":
        """The options of ``settings``; None when OCR is turned off."""
        if not settings.ocr:
            return None
        return cls(workers=settings.ocr_workers, max_pages=settings.ocr_max_pages_per_document,
                   max_seconds=settings.ocr_max_seconds_per_document, on_page=on_page)

    def pool_size(self) -> int:
        if self.workers:
            return self.workers
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not Linux
            return max(1, os.cpu_count() or 1)


@dataclass
class PageReading:
    """One page as OCR read it, or why it could not."""

    page: int  # 1-based
    text: str = ""
    confidence: float | None = None  # mean word confidence, 0-100
    rotation: int = 0  # degrees the page image was turned clockwise to read it
    blank: bool = False
    error: str | None = None

    @property
    def problem(self) -> str | None:
        """Why this page gives no text (None when it gives some)."""
        if self.error:
            return self.error
        if self.blank:
            return BLANK
        if not self.text:
            return "no text recognised (a picture?)"
        if self.confidence is not None and self.confidence < MIN_CONFIDENCE:
            return f"recognised text too uncertain (mean confidence {self.confidence:.0f} %), left out"
        return None


def page_list(pages: list[int]) -> str:
    """"page 3", "pages 2, 5, 7" (at most 10 named)."""
    shown = ", ".join(map(str, pages[:10])) + (f" and {len(pages) - 10} more" if len(pages) > 10 else "")
    return f"page {shown}" if len(pages) == 1 else f"pages {shown}"


def _need(pages: list[int]) -> str:
    """"page 3 needs", "pages 2, 5 need": the scanned pages, named in an error."""
    return f"{page_list(pages)} need{'s' if len(pages) == 1 else ''}"


def _read_image(image: Image.Image, languages: str, dpi: int, deadline: float) -> tuple[tesseract.Recognised, int]:
    """Read a page image upright: as it is, and when that reads poorly, turned as Tesseract's orientation
    detection says (the better of the two readings wins)."""
    reading = tesseract.recognise(image, languages, dpi, deadline - time.monotonic())
    if reading.confidence >= RETRY_BELOW_CONFIDENCE and reading.words >= 3:
        return reading, 0
    turn = tesseract.orientation(image, deadline - time.monotonic())
    if not turn:
        return reading, 0
    turned = tesseract.recognise(image.rotate(-turn, expand=True), languages, dpi, deadline - time.monotonic())
    return (turned, turn) if turned.confidence > reading.confidence else (reading, 0)


def _job(page: int, image: Image.Image, languages: str, dpi: int, deadline: float) -> PageReading:
    try:
        text, turn = _read_image(image, languages, dpi, deadline)
    except tesseract.PageUnreadable as exc:
        return PageReading(page, error=f"OCR failed: {exc}")
    return PageReading(page, text=text.text, confidence=round(text.confidence, 1), rotation=turn)


def _first_language(pdf, name: str, pages: list[int], options: OcrOptions, deadline: float) -> str | None:
    """The language of a document nothing else tells: the first pages with text read in fi+sv+en at once."""
    from assistant.text.language import DOCUMENT_LANGUAGES, detect_language_among

    for page in pages[:3]:
        try:
            image = render(pdf, page, options.dpi)
        except RenderError:
            continue
        if is_blank(image):
            continue
        try:
            reading = tesseract.recognise(image, tesseract.ANY_LANGUAGE, options.dpi, deadline - time.monotonic())
        except tesseract.PageUnreadable:
            continue
        if sum(ch.isalpha() for ch in reading.text) >= FIRST_PASS_LETTERS:
            language = detect_language_among(reading.text, DOCUMENT_LANGUAGES, default="")
            log.info("%s: OCR language %s, from a first pass on page %d", name, language or "unknown", page)
            return language or None
    return None


def read_pages(name: str, data: bytes, pages: list[int], language: str | None,
               options: OcrOptions) -> tuple[list[PageReading], str | None]:
    """Read ``pages`` (1-based) of the PDF ``data`` with OCR; return a reading per page, in order, and the
    language they were read in (detected by a first pass when ``language`` is None and can be told).

    Raises DocumentError naming ``name`` when nothing can be read: Tesseract or the language's data
    missing, more pages than ``options.max_pages``, or over ``options.max_seconds``."""
    if len(pages) > options.max_pages:
        raise DocumentError(name, f"{len(pages)} scanned pages to read with OCR, over the limit of "
                                  f"{options.max_pages} (ASSISTANT_OCR_MAX_PAGES_PER_DOCUMENT); the previous "
                                  f"version, if any, is kept")
    started = time.monotonic()
    deadline = started + options.max_seconds
    try:
        tesseract.require_languages(tesseract.TESSERACT_LANGUAGES.get(language or "", tesseract.ANY_LANGUAGE))
    except tesseract.EngineMissing as exc:
        wanted = f" in {LANGUAGE_NAMES[language]}" if language in LANGUAGE_NAMES else ""
        raise DocumentError(name, f"{_need(pages)} OCR{wanted}, but {exc}; or turn OCR off (ASSISTANT_OCR=false) "
                                  "to index the other pages") from exc
    try:
        with opened(data) as pdf:
            if language is None:
                language = _first_language(pdf, name, pages, options, deadline)
            languages = tesseract.TESSERACT_LANGUAGES.get(language or "", tesseract.ANY_LANGUAGE)
            readings = _read_all(pdf, pages, languages, options, deadline)
    except RenderError as exc:  # the whole document: no page can be drawn
        return [PageReading(page, error=str(exc)) for page in pages], language
    except tesseract.EngineMissing as exc:
        raise DocumentError(name, f"{_need(pages)} OCR, but {exc}") from exc
    if time.monotonic() > deadline:
        done = sum(1 for r in readings if r.error is None)
        raise DocumentError(name, f"OCR took over {options.max_seconds:g} s (ASSISTANT_OCR_MAX_SECONDS_PER_DOCUMENT) "
                                  f"after {done} of {len(pages)} scanned pages; the previous version, if any, is kept")
    log.info("%s: %d pages read with OCR (%s) in %.1f s", name, len(pages), languages, time.monotonic() - started)
    return readings, language


def _read_all(pdf, pages: list[int], languages: str, options: OcrOptions, deadline: float) -> list[PageReading]:
    """Render in this thread (PDFium is not thread-safe), read in the pool; at most two images per worker wait."""
    workers = options.pool_size()
    readings: dict[int, PageReading] = {}
    waiting: deque[Future] = deque()

    def collect(future: Future) -> None:
        reading = future.result()
        readings[reading.page] = reading
        if options.on_page:
            options.on_page(len(readings), len(pages))

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        for page in pages:
            while len(waiting) >= 2 * workers:
                collect(waiting.popleft())
            if time.monotonic() > deadline:
                break
            try:
                image = render(pdf, page, options.dpi)
            except RenderError as exc:
                readings[page] = PageReading(page, error=str(exc))
                continue
            if is_blank(image):
                readings[page] = PageReading(page, blank=True)
                continue
            waiting.append(pool.submit(_job, page, image, languages, options.dpi, deadline))
        while waiting:
            collect(waiting.popleft())
    return [readings.get(page) or PageReading(page, error="not read: the OCR time limit was reached")
            for page in pages]
