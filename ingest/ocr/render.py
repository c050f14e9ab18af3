"""PDF pages as images (PDFium through pypdfium2), and whether a page image is blank.

PDFium is not thread-safe: pages are rendered in the thread that opened the document, one at a time,
and only the images travel to the OCR workers.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image

OCR_DPI = 300  # Tesseract reads body text best at 300 dpi
PREVIEW_DPI = 110  # the page image a reader opens from a citation
# A page is blank when fewer than this share of its pixels (margins cut off, where scanners leave edges
# and punch holes) is dark: a short line of text is about 0.3 %, scanner dust far less.
BLANK_INK_SHARE = 0.0005
_MARGIN = 0.06
_DARK = 128


class RenderError(RuntimeError):
    """PDFium could not open the document or draw a page."""


@contextmanager
def opened(data: bytes) -> Iterator[Any]:
    """The PDF opened by PDFium (RenderError when it cannot be), closed afterwards."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:  # PdfiumError, or a password
        raise RenderError(f"PDFium cannot open the PDF ({exc})") from exc
    try:
        yield pdf
    finally:
        pdf.close()


def render(pdf: Any, page: int, dpi: int = OCR_DPI) -> Image.Image:
    """Page ``page`` (1-based) as a grayscale image, the page's own /Rotate applied."""
    try:
        handle = pdf[page - 1]
        try:
            bitmap = handle.render(scale=dpi / 72, grayscale=True)
            return bitmap.to_pil().convert("L")
        finally:
            handle.close()
    except Exception as exc:
        raise RenderError(f"the page cannot be drawn ({type(exc).__name__}: {exc})") from exc


def is_blank(image: Image.Image) -> bool:
    """Whether a page image carries (next to) no ink, margins aside."""
    gray = image.convert("L")  # at full size: shrunk, thin strokes would fade to light gray
    w, h = gray.size
    inner = gray.crop((int(w * _MARGIN), int(h * _MARGIN), int(w * (1 - _MARGIN)), int(h * (1 - _MARGIN))))
    histogram = inner.histogram()
    dark = sum(histogram[:_DARK])
    return dark < BLANK_INK_SHARE * max(1, inner.width * inner.height)


def page_png(data: bytes, page: int, dpi: int = PREVIEW_DPI) -> bytes:
    """Page ``page`` (1-based) of a PDF as a PNG, for a reader checking recognised text against the scan."""
    with opened(data) as pdf:
        if not 1 <= page <= len(pdf):
            raise RenderError(f"the PDF has no page {page} (it has {len(pdf)})")
        image = render(pdf, page, dpi)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
