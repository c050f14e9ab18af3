"""One SQLite file shared by threads: a connection per thread (WAL mode) and explicit transactions.

The catalog and the feedback store both open their file through this, so connection settings
and the transaction rule (BEGIN IMMEDIATE, ROLLBACK on any error) are written once.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SqliteFile:
    def __init__(self, path: Path, pragmas: tuple[str, ...] = ()) -> None:
        self.path = path
        self._pragmas = ("journal_mode=WAL", *pragmas)
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use (autocommit; rows as sqlite3.Row)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            for pragma in self._pragmas:
                db.execute(f"PRAGMA {pragma}")
            db.row_factory = sqlite3.Row
            self._local.db = db
        return db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction taken at once, rolled back if the block raises."""
        db = self.connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database ``source`` into ``target`` with SQLite's online backup API.

    Unlike a file copy this reads a consistent snapshot of a live database (WAL contents included)
    while others write to it, and the target sees the whole copy or none of it, never half.
    """
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
