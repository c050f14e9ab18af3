"""Loaders by format, chosen by content first and file name second.

Each format is one module with one ``Loader`` class reading one format of ``assistant.formats``
(the registry admin uploads read too); ``LOADERS`` registers them the same way a third-party loader
would be added, together with its format.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import DocumentError
from assistant.formats import format_for_suffix
from ingest.checks import MAX_WORD_CHARS, text_problem
from ingest.loaders.base import LoadedDocument, Loader, Section
from ingest.loaders.docx import DocxLoader
from ingest.loaders.finlex import FinlexLoader, is_finlex
from ingest.loaders.html import HtmlLoader
from ingest.loaders.markdown import MarkdownLoader
from ingest.loaders.pdf import PdfLoader
from ingest.loaders.text import TextLoader
from ingest.ocr import OcrOptions

__all__ = ["LOADERS", "LoadedDocument", "Loader", "Section", "SUPPORTED_SUFFIXES", "break_long_runs", "load_document"]

MAX_REASON = 400  # characters of a failure reason
RUN_PIECE = 10  # characters: about an ordinary Finnish word (see break_long_runs)
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")

LOADERS: list[Loader] = [PdfLoader(), MarkdownLoader(), TextLoader(), HtmlLoader(), DocxLoader(), FinlexLoader()]
SUPPORTED_SUFFIXES = sorted({s for loader in LOADERS for s in loader.suffixes})


def _by_suffix(suffix: str) -> Loader | None:
    fmt = format_for_suffix(suffix)
    return next((loader for loader in LOADERS if fmt and loader.format_name == fmt.name), None)


def load_document(path: Path, data: bytes, display_name: str | None = None,
                  ocr: OcrOptions | None = None) -> LoadedDocument:
    """Load ``data`` read from ``path``; DocumentError names ``display_name`` (or the file name). Scanned PDF
    pages are read with ``ocr`` (None: OCR off, such pages are reported in the document's warnings)."""
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
        loaded = loader.load(path, data, ocr)
    except DocumentError as exc:
        reason = " ".join(exc.reason.split())  # one failure line, even when a parser's message has several
        if len(reason) > MAX_REASON:  # a parser may quote the input back
            reason = reason[:MAX_REASON - 1] + "…"
        if exc.source != name or reason != exc.reason:
            raise DocumentError(name, reason) from exc
        raise
    problem = text_problem("\n".join(section.text for section in loaded.sections))
    if problem:
        raise DocumentError(name, problem)
    for section in loaded.sections:
        section.text = break_long_runs(section.text)
    return loaded


def break_long_runs(text: str) -> str:
    """Cut every run of more than MAX_WORD_CHARS characters without whitespace into RUN_PIECE-character words.

    Such a run is no word a reader would search for or quote: a line of data, a minified script,
    a PDF page extracted without spaces. Chunks are sized in words, so one huge "word" would make
    one huge chunk. Pieces as long as an ordinary Finnish word keep a chunk's model tokens near
    those of a chunk of real words: measured with the EmbeddingGemma tokenizer, 160 words of
    Finnish prose are 582 tokens, 160 pieces of the same prose run together 677, of base64 1,175.
    """
    if len(text) <= MAX_WORD_CHARS:
        return text
    return _LONG_RUN.sub(lambda run: " ".join(run[0][i:i + RUN_PIECE] for i in range(0, len(run[0]), RUN_PIECE)), text)
