"""The catalog: one SQLite file holding the manifest, the chunk texts and the keyword index.

It is the source of truth for what is retrievable. A chunk is visible only while its row is
here; the vector store may briefly hold vectors of a version that is being written or was just
replaced, and every dense hit is checked against this catalog. Because a document's rows, its
keyword entries and its manifest record change in one SQLite transaction, a query sees either
the old version or the new one, never both and never neither.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from assistant.documents import Chunk, DocumentRecord
from assistant.errors import StoreError
from assistant.sqlite_file import SqliteFile
from assistant.text.stemming import keyword_tokens, query_tokens, tokenizer_signature

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
TOKENIZER_KEY = "keyword_tokenizer"
"""The meta row naming what made the keyword tokens (``stemming.tokenizer_signature``)."""
REVISION_KEY = "documents_revision"
"""The meta row that every change of the documents or their chunks sets to a new random token (``revision``)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY, version TEXT NOT NULL, title TEXT NOT NULL, language TEXT NOT NULL,
    doc_type TEXT NOT NULL, chunks INTEGER NOT NULL, ingested_at TEXT NOT NULL,
    size_bytes INTEGER NOT NULL, path TEXT NOT NULL, extra TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, version TEXT NOT NULL,
    title TEXT NOT NULL, event TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_source ON history(source);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, source TEXT NOT NULL, version TEXT NOT NULL, ordinal INTEGER NOT NULL,
    locator TEXT NOT NULL, page INTEGER, title TEXT NOT NULL, language TEXT NOT NULL,
    doc_type TEXT NOT NULL, text TEXT NOT NULL, ocr_confidence REAL);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(tokens, chunk_id UNINDEXED, tokenize='unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab(chunks_fts, 'row');
CREATE TABLE IF NOT EXISTS pending (source TEXT NOT NULL, version TEXT NOT NULL, started_at TEXT NOT NULL,
    PRIMARY KEY (source, version));
"""

FILTER_COLUMNS = ("language", "doc_type", "source")
# Columns added after a catalog of this schema version was first written: added, empty, when it opens.
_ADDED_COLUMNS = {"chunks": {"ocr_confidence": "REAL"}}
_CHUNK_COLUMNS = ("chunk_id", "source", "version", "ordinal", "locator", "page", "title", "language", "doc_type",
                  "text", "ocr_confidence")


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def new_revision(db: sqlite3.Connection) -> None:
    """Mark, inside the writing transaction, that the documents changed (``Catalog.revision``)."""
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (REVISION_KEY, uuid.uuid4().hex))


def _filter_sql(filters: dict[str, str] | None, alias: str) -> tuple[str, list[str]]:
    clauses, params = [], []
    for key, value in (filters or {}).items():
        if key not in FILTER_COLUMNS:
            raise StoreError(f"unknown filter {key!r}; use one of {', '.join(FILTER_COLUMNS)}")
        clauses.append(f"{alias}.{key} = ?")
        params.append(value)
    return (" AND " + " AND ".join(clauses)) if clauses else "", params


class Catalog:
    """Thread-safe access to the catalog file (one connection per thread, WAL mode)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = SqliteFile(path, ("synchronous=NORMAL",))
        try:
            self._file.connection().executescript(_SCHEMA)  # idempotent; executescript manages its own transaction
            _add_columns(self._file.connection())
            with self._file.transaction() as db:
                db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
                db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (REVISION_KEY, uuid.uuid4().hex))
                if db.execute("SELECT 1 FROM chunks LIMIT 1").fetchone() is None:
                    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (TOKENIZER_KEY, tokenizer_signature()))
            self.refresh_keywords()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable catalog ({exc})") from exc

    # --- meta ----------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._file.connection().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._file.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # --- documents -----------------------------------------------------------------------------
    def revision(self) -> str:
        """A token that changes whenever a document or its chunks change, in this process or another (one row
        read; what is built from ``documents()`` is rebuilt only when it changes: ``assistant/store/derived.py``).
        Random, not a counter: a catalog restored from a backup never repeats the token of the one it replaced."""
        return self.get_meta(REVISION_KEY) or ""

    def documents(self) -> list[DocumentRecord]:
        rows = self._file.connection().execute("SELECT * FROM documents ORDER BY source").fetchall()
        return [_record(r) for r in rows]

    def has_language(self, language: str) -> bool:
        """Whether any document is written in ``language``."""
        return self._file.connection().execute(
            "SELECT 1 FROM documents WHERE language = ? LIMIT 1", (language,)).fetchone() is not None

    def document(self, source: str) -> DocumentRecord | None:
        row = self._file.connection().execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
        return _record(row) if row else None

    def history(self, source: str) -> list[dict[str, str]]:
        rows = self._file.connection().execute(
            "SELECT version, title, event, at FROM history WHERE source = ? ORDER BY id", (source,)
        ).fetchall()
        return [dict(r) for r in rows]

    def mark_pending(self, source: str, version: str) -> None:
        with self._file.transaction() as db:
            db.execute("INSERT OR REPLACE INTO pending VALUES (?, ?, ?)", (source, version, now_iso()))

    def pending(self) -> list[tuple[str, str]]:
        return [(r["source"], r["version"]) for r in self._file.connection().execute("SELECT * FROM pending")]

    def clear_pending(self, source: str, version: str | None = None) -> None:
        with self._file.transaction() as db:
            if version is None:
                db.execute("DELETE FROM pending WHERE source = ?", (source,))
            else:
                db.execute("DELETE FROM pending WHERE source = ? AND version = ?", (source, version))

    def publish(self, record: DocumentRecord, chunks: list[Chunk]) -> str | None:
        """Make ``chunks`` the visible version of ``record.source`` in one transaction.

        Returns the version it replaced, if any.
        """
        with self._file.transaction() as db:
            _retokenize_if_stale(db, {})  # another process may have rebuilt the index with other tokens
            old = db.execute("SELECT version FROM documents WHERE source = ?", (record.source,)).fetchone()
            _delete_chunks(db, record.source)
            db.executemany(
                f"INSERT INTO chunks ({', '.join(_CHUNK_COLUMNS)}) VALUES ({', '.join('?' * len(_CHUNK_COLUMNS))})",
                [(c.chunk_id, c.source, c.version, c.ordinal, c.locator, c.page, c.title, c.language,
                  c.doc_type, c.text, c.ocr_confidence) for c in chunks],
            )
            db.executemany("INSERT INTO chunks_fts (tokens, chunk_id) VALUES (?, ?)",
                           [(_tokens(c), c.chunk_id) for c in chunks])
            db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                (record.source, record.version, record.title, record.language, record.doc_type,
                 record.chunks, record.ingested_at, record.size_bytes, record.path,
                 json.dumps(record.extra, ensure_ascii=False, default=str)),
            )
            event = "added" if old is None else ("updated" if old["version"] != record.version else "reindexed")
            db.execute("INSERT INTO history (source, version, title, event, at) VALUES (?,?,?,?,?)",
                       (record.source, record.version, record.title, event, record.ingested_at))
            new_revision(db)
            return old["version"] if old else None

    def update_file_facts(self, record: DocumentRecord) -> None:
        """Store a record's new path and extra facts (same content: chunks and history unchanged)."""
        with self._file.transaction() as db:
            db.execute("UPDATE documents SET path = ?, extra = ? WHERE source = ?",
                       (record.path, json.dumps(record.extra, ensure_ascii=False, default=str), record.source))
            new_revision(db)

    def unpublish(self, source: str) -> DocumentRecord | None:
        """Remove a document from what is retrievable; keep its history."""
        with self._file.transaction() as db:
            row = db.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
            if row is None:
                return None
            _delete_chunks(db, source)
            db.execute("DELETE FROM documents WHERE source = ?", (source,))
            db.execute("INSERT INTO history (source, version, title, event, at) VALUES (?,?,?,?,?)",
                       (source, row["version"], row["title"], "removed", now_iso()))
            new_revision(db)
            return _record(row)

    def refresh_keywords(self) -> int:
        """Rebuild the keyword entries from the stored chunk texts when another tokenizer made them (an
        older version of the assistant, or another analyser: Voikko installed or gone); return how many
        chunks were re-tokenized, 0 when the index is current. Run when the catalog opens.

        Chunk texts are here, so no vector changes. The tokens are made before the write (the slow part,
        seconds on thousands of chunks), then swapped in one transaction: queries meanwhile see the old
        entries, a sync waits the moment of the swap, and a publish re-checks the tokenizer inside its
        own transaction. The store's write lock is not taken: it orders the catalog-and-Chroma steps of
        a write, and this touches neither Chroma nor the pending marks, only rows derived from other
        rows of this file (as ``publish`` swaps them, in one transaction).
        """
        if self.get_meta(TOKENIZER_KEY) == tokenizer_signature():
            return 0
        made = {c.chunk_id: _tokens(c) for c in self.all_chunks()}
        with self._file.transaction() as db:
            rebuilt = _retokenize_if_stale(db, made)
        return rebuilt

    # --- chunks --------------------------------------------------------------------------------
    def chunks_by_id(self, chunk_ids: Iterable[str]) -> dict[str, Chunk]:
        ids = list(chunk_ids)
        found: dict[str, Chunk] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ",".join("?" * len(part))
            for row in self._file.connection().execute(f"SELECT * FROM chunks WHERE chunk_id IN ({marks})", part):
                found[row["chunk_id"]] = _chunk(row)
        return found

    def chunks_of(self, source: str) -> list[Chunk]:
        rows = self._file.connection().execute("SELECT * FROM chunks WHERE source = ? ORDER BY ordinal", (source,))
        return [_chunk(r) for r in rows]

    def all_chunks(self) -> Iterator[Chunk]:
        for row in self._file.connection().execute("SELECT * FROM chunks ORDER BY source, ordinal"):
            yield _chunk(row)

    def keyword_entry_ids(self) -> list[str]:
        """The chunk id of every keyword-index entry, repeats included (for ``Store.check``)."""
        return [r[0] for r in self._file.connection().execute("SELECT chunk_id FROM chunks_fts")]

    def chunk_locators(self, doc_type: str) -> list[str]:
        """The locator of every visible chunk of documents of ``doc_type`` (one entry per chunk)."""
        rows = self._file.connection().execute("SELECT locator FROM chunks WHERE doc_type = ?", (doc_type,))
        return [r[0] for r in rows]

    def count_chunks(self) -> int:
        return int(self._file.connection().execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    def chunks_holding(self, tokens: list[str], language: str) -> tuple[int, int]:
        """How many chunks in ``language`` hold all of the keyword ``tokens``, and how many chunks are in it."""
        db = self._file.connection()
        total = int(db.execute("SELECT COUNT(*) FROM chunks WHERE language = ?", (language,)).fetchone()[0])
        if not tokens or not total:
            return 0, total
        match = " AND ".join(f'"{t.replace(chr(34), "")}"' for t in tokens)
        held = db.execute("SELECT COUNT(*) FROM chunks_fts JOIN chunks c USING (chunk_id) "
                          "WHERE chunks_fts MATCH ? AND c.language = ?", (match, language)).fetchone()[0]
        return int(held), total

    def keyword_search(self, query: str, k: int, filters: dict[str, str] | None = None) -> list[tuple[Chunk, float]]:
        """BM25 over stemmed tokens (fi, sv and en stems of the query OR-ed). Higher is better."""
        tokens = query_tokens(query)
        if not tokens:
            return []
        match = " OR ".join(f'"{t}"' for t in tokens)
        where, params = _filter_sql(filters, "c")
        rows = self._file.connection().execute(
            "SELECT c.*, bm25(chunks_fts) AS score FROM chunks_fts JOIN chunks c USING (chunk_id) "
            f"WHERE chunks_fts MATCH ?{where} ORDER BY score LIMIT ?",
            [match, *params, k],
        ).fetchall()
        return [(_chunk(r), -float(r["score"])) for r in rows]


    def has_term(self, stem: str, prefix_length: int | None = None) -> bool:
        """Whether any indexed chunk has the keyword ``stem`` (or, with ``prefix_length``, any keyword
        starting with its first ``prefix_length`` letters). Folded like the index folds its tokens."""
        term = fold_diacritics(stem.lower())
        db = self._file.connection()
        if prefix_length is None:
            return db.execute("SELECT 1 FROM chunks_vocab WHERE term = ? LIMIT 1", (term,)).fetchone() is not None
        head = term[:prefix_length]
        return db.execute("SELECT 1 FROM chunks_vocab WHERE term >= ? AND term < ? LIMIT 1",
                          (head, head + "\U0010ffff")).fetchone() is not None


def fold_diacritics(text: str) -> str:
    """Drop diacritics as FTS5's unicode61 tokenizer does (remove_diacritics=1): ä -> a, å -> a."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _tokens(chunk: Chunk) -> str:
    return " ".join(keyword_tokens(f"{chunk.title} {chunk.locator} {chunk.text}", chunk.language))


def _retokenize_if_stale(db: sqlite3.Connection, made: dict[str, str]) -> int:
    """Inside a write transaction: if the keyword entries were made by another tokenizer, make them all
    again (with the tokens in ``made`` where given) and record this one; return how many chunks."""
    current = tokenizer_signature()
    row = db.execute("SELECT value FROM meta WHERE key = ?", (TOKENIZER_KEY,)).fetchone()
    if row is not None and row["value"] == current:
        return 0
    chunks = [_chunk(r) for r in db.execute("SELECT * FROM chunks")]
    db.execute("DELETE FROM chunks_fts")
    db.executemany("INSERT INTO chunks_fts (tokens, chunk_id) VALUES (?, ?)",
                   [(made.get(c.chunk_id) or _tokens(c), c.chunk_id) for c in chunks])
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (TOKENIZER_KEY, current))
    log.info("keyword index rebuilt for %d chunks: the tokens were made by %s, now by %s",
             len(chunks), row["value"] if row else "an older version", current)
    return len(chunks)


def _add_columns(db: sqlite3.Connection) -> None:
    """Add the columns of ``_ADDED_COLUMNS`` that an older catalog lacks (nullable: old rows read as before)."""
    for table, columns in _ADDED_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, kind in columns.items():
            if name not in have:
                try:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
                except sqlite3.OperationalError as exc:  # another process added it a moment ago
                    if "duplicate column" not in str(exc):
                        raise


def _delete_chunks(db: sqlite3.Connection, source: str) -> None:
    db.execute("DELETE FROM chunks_fts WHERE chunk_id IN (SELECT chunk_id FROM chunks WHERE source = ?)", (source,))
    db.execute("DELETE FROM chunks WHERE source = ?", (source,))


def _record(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(
        source=row["source"], version=row["version"], title=row["title"], language=row["language"],
        doc_type=row["doc_type"], chunks=row["chunks"], ingested_at=row["ingested_at"],
        size_bytes=row["size_bytes"], path=row["path"], extra=json.loads(row["extra"] or "{}"),
    )


def _chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        source=row["source"], version=row["version"], ordinal=row["ordinal"], text=row["text"],
        locator=row["locator"], title=row["title"], language=row["language"], doc_type=row["doc_type"],
        page=row["page"], ocr_confidence=row["ocr_confidence"],
    )
