"""Chunking that follows structure: never across a section, packed by sentences, with overlap.

Each section (a page, a statute section, a Markdown section) is split into sentences and the
sentences are packed into chunks of about ``target_words``; the last ``overlap`` sentences of a
chunk open the next one. A section that is short stays one chunk, so a statute's section mark
always travels with its text. A sentence longer than a chunk is cut at word boundaries, never
inside a reference such as "25 luvun 3 §:n 1 momentti".
"""

from __future__ import annotations

from assistant.documents import Chunk
from assistant.text.sentences import split_sentences
from ingest.loaders.base import Section


def _words(text: str) -> int:
    return len(text.split())


def _can_cut(before: str, after: str) -> bool:
    """A cut between two words that keeps references such as "25 luvun 3 §:n 1 momentti" whole."""
    return not (before[-1].isdigit() or after[0].isdigit() or after.startswith("§"))


def _cut_long(sentence: str, limit: int) -> list[str]:
    """Cut a sentence longer than ``limit`` words, never inside a number-and-mark reference."""
    words = sentence.split()
    if len(words) <= limit:
        return [sentence]
    pieces: list[str] = []
    start = 0
    while len(words) - start > limit:
        cut = next((c for c in range(start + limit, start + limit // 2, -1) if _can_cut(words[c - 1], words[c])),
                   start + limit)
        pieces.append(" ".join(words[start:cut]))
        start = cut
    pieces.append(" ".join(words[start:]))
    return pieces


def pack_sentences(sentences: list[str], target_words: int, overlap: int) -> list[str]:
    """Group sentences into texts of about ``target_words`` words."""
    pieces = [piece for s in sentences for piece in _cut_long(s, target_words)]
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    fresh = 0  # sentences in ``current`` that are not overlap
    for piece in pieces:
        n = _words(piece)
        # The first chunk is not closed on a lone heading or section mark: it travels with its text.
        if current and fresh and size + n > target_words and (chunks or size >= target_words // 3):
            chunks.append(current)
            current = current[-overlap:] if overlap else []
            size = sum(_words(s) for s in current)
            fresh = 0
        current.append(piece)
        size += n
        fresh += 1
    if current and fresh:
        chunks.append(current)
    return ["\n".join(c) for c in chunks]


def chunk_sections(
    sections: list[Section],
    *,
    source: str,
    version: str,
    title: str,
    language: str,
    doc_type: str,
    target_words: int,
    overlap: int,
) -> list[Chunk]:
    """Chunks of a whole document, numbered in reading order."""
    chunks: list[Chunk] = []
    for section in sections:
        texts = [section.text] if _words(section.text) <= target_words * 1.25 else \
            pack_sentences(split_sentences(section.text), target_words, overlap)
        for text in texts:
            if not text.strip():
                continue
            chunks.append(Chunk(
                source=source, version=version, ordinal=len(chunks), text=text.strip(),
                locator=section.locator, title=title, language=language, doc_type=doc_type,
                page=section.page, ocr_confidence=section.ocr_confidence,
            ))
    return chunks
