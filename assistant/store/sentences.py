"""The embedding of every sentence of the indexed passages, so an answer can quote the sentences closest in
meaning to the question, also across languages.

The extractive answerer scores a passage's sentences by the words they share with the question; a Latvian
question shares none with an English passage, and a Finnish one few with a Finnish passage that says it in
other words. Embedding the sentences when a question comes was too slow (1.4 s for 24 sentences on two
cores), so they are embedded once, after indexing (``Store.fill_sentence_vectors``: `assistant ingest`,
`assistant serve --sync`, `assistant eval`), and looked up by their text when a question comes.

Derived data in a file of its own (``sentences.sqlite3`` in ASSISTANT_HOME), never part of a backup: keyed by
the sentence's text (sha1), so a sentence that two documents or two versions share is embedded once, a stale
row never gives a wrong vector, and rows no current passage holds are deleted by the next fill. The model
that made the rows is recorded; another model's rows are dropped, never mixed. Vectors are kept as float16
(768 dimensions: 1.5 KB a sentence; knowledge/ has about 7,000 sentences).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from assistant.sqlite_file import SqliteFile
from assistant.text.sentences import split_sentences

log = logging.getLogger(__name__)

FILL_SLICE = 64  # sentences embedded per call, so progress moves and a stop is heard soon

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (key TEXT PRIMARY KEY, vector BLOB NOT NULL);
"""


def sentences_of(text: str) -> list[str]:
    """The sentences of a passage's text, split as the answerers split it."""
    return split_sentences(text)


def _key(sentence: str) -> str:
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()


def _wanted(texts: Iterable[str]) -> dict[str, str]:
    """The sentences of the passages ``texts`` by their key."""
    return {_key(s): s for text in texts for s in sentences_of(text)}


class SentenceVectors:
    """The sentence vectors of one store, made by the model named ``maker`` (model and vector kind)."""

    def __init__(self, path: Path, maker: str) -> None:
        self._file = SqliteFile(path, ("synchronous=NORMAL",))
        db = self._file.connection()
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key = 'maker'").fetchone()
        if row is None or row["value"] != maker:
            with self._file.transaction() as tx:
                if row is not None:
                    log.info("sentence vectors of %s dropped: the store's model is now %s", row["value"], maker)
                tx.execute("DELETE FROM sentences")
                tx.execute("INSERT OR REPLACE INTO meta VALUES ('maker', ?)", (maker,))

    def count(self) -> int:
        return self._file.connection().execute("SELECT COUNT(*) FROM sentences").fetchone()[0]

    def _stored(self) -> set[str]:
        return {row["key"] for row in self._file.connection().execute("SELECT key FROM sentences")}

    def coverage(self, texts: Iterable[str]) -> tuple[int, int]:
        """How many of the sentences of ``texts`` have a vector, of how many."""
        wanted = _wanted(texts)
        return len(wanted.keys() & self._stored()), len(wanted)

    def vectors(self, sentences: Iterable[str]) -> dict[str, np.ndarray]:
        """The stored vectors of ``sentences`` (those that have one)."""
        keys = {_key(s): s for s in sentences}
        found: dict[str, np.ndarray] = {}
        db = self._file.connection()
        items = list(keys)
        for start in range(0, len(items), 500):  # SQLite's limit on parameters
            part = items[start:start + 500]
            rows = db.execute(f"SELECT key, vector FROM sentences WHERE key IN ({','.join('?' * len(part))})", part)
            for row in rows:
                found[keys[row["key"]]] = np.frombuffer(row["vector"], dtype=np.float16).astype(np.float32)
        return found

    def similarities(self, text: str, query: np.ndarray) -> dict[str, float] | None:
        """Each sentence of the passage ``text`` with its cosine similarity to ``query`` (a unit vector), or None
        when a sentence has no vector yet (the fill has not reached it)."""
        sentences = sentences_of(text)
        found = self.vectors(sentences)
        if len(found) < len(set(sentences)):
            return None
        return {s: float(np.dot(v, query) / (np.linalg.norm(v) or 1.0)) for s, v in found.items()}

    def fill(self, texts: Iterable[str], embed: Callable[[list[str]], list[list[float]]],
             progress: Callable[[int, int], None] | None = None) -> int:
        """Embed the sentences of ``texts`` (every current passage) that have no vector, and delete the rows of
        sentences none of them holds; return how many were embedded. ``progress(done, total)`` after each slice."""
        wanted = _wanted(texts)
        stored = self._stored()
        gone = list(stored - wanted.keys())
        with self._file.transaction() as tx:
            tx.executemany("DELETE FROM sentences WHERE key = ?", [(k,) for k in gone])
        todo = [wanted[k] for k in wanted.keys() - stored]
        todo.sort(key=len)  # similar lengths in one batch: less padding
        for start in range(0, len(todo), FILL_SLICE):
            part = todo[start:start + FILL_SLICE]
            vectors = embed(part)
            with self._file.transaction() as tx:
                tx.executemany("INSERT OR REPLACE INTO sentences VALUES (?, ?)",
                               [(_key(s), np.asarray(v, dtype=np.float16).tobytes()) for s, v in zip(part, vectors)])
            if progress:
                progress(start + len(part), len(todo))
        return len(todo)
