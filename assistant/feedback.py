"""Feedback on answers, kept in SQLite under ASSISTANT_HOME (``settings.feedback_path``).

What a professional typed is never stored in clear: the question, the comment, the answer text
and the quotes all pass through ``assistant.privacy.redact`` before they reach the file. The
citations are kept as data (number, source, locator, title, quote), so a maintainer can see which
passage a "wrong source" flag points at.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from assistant.errors import StoreError
from assistant.sqlite_file import SqliteFile
from assistant.privacy import redact
from assistant.store.catalog import now_iso

Rating = Literal["up", "down"]
RATINGS = ("up", "down")
MAX_COMMENT_CHARS = 2000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, rating TEXT,
    wrong_source INTEGER NOT NULL, comment TEXT NOT NULL, question TEXT NOT NULL, language TEXT NOT NULL,
    answer TEXT NOT NULL, abstained INTEGER NOT NULL, citations TEXT NOT NULL);
"""

CSV_COLUMNS = ("id", "created_at", "rating", "wrong_source", "comment", "question", "language", "answer",
               "abstained", "citations")


@dataclass
class FeedbackEntry:
    """One stored piece of feedback (all free text already redacted)."""

    id: int
    created_at: str
    rating: str | None
    wrong_source: bool
    comment: str
    question: str
    language: str
    answer: str
    abstained: bool
    citations: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _redacted_citations(citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kept = []
    for c in citations:
        kept.append({"n": c.get("n"), "source": c.get("source"), "title": c.get("title"),
                     "locator": c.get("locator"), "page": c.get("page"), "language": c.get("language"),
                     "quote": redact(str(c.get("quote") or ""))})
    return kept


class FeedbackStore:
    """Thread-safe access to the feedback file (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = SqliteFile(path)
        try:
            self._file.connection().executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable feedback file ({exc})") from exc

    def add(self, answer: dict[str, Any], *, rating: str | None = None, comment: str = "",
            wrong_source: bool = False) -> int:
        """Store feedback on ``answer`` (an ``Answer.to_dict()``); return its id.

        The question, comment, answer text and quotes are redacted before they are written.
        """
        if rating is not None and rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS} or None, not {rating!r}")
        row = (
            now_iso(), rating, int(bool(wrong_source)), redact((comment or "").strip()[:MAX_COMMENT_CHARS]),
            redact(str(answer.get("question") or "")), str(answer.get("language") or ""),
            redact(str(answer.get("answer") or "")), int(bool(answer.get("abstained"))),
            json.dumps(_redacted_citations(list(answer.get("citations") or [])), ensure_ascii=False),
        )
        with self._file.transaction() as db:
            cursor = db.execute(
                "INSERT INTO feedback (created_at, rating, wrong_source, comment, question, language, answer, "
                "abstained, citations) VALUES (?,?,?,?,?,?,?,?,?)", row)
            return int(cursor.lastrowid or 0)

    def entries(self, limit: int | None = None) -> list[FeedbackEntry]:
        """Stored feedback, newest first."""
        sql = "SELECT * FROM feedback ORDER BY id DESC" + (" LIMIT ?" if limit else "")
        rows = self._file.connection().execute(sql, (limit,) if limit else ()).fetchall()
        return [FeedbackEntry(id=r["id"], created_at=r["created_at"], rating=r["rating"],
                              wrong_source=bool(r["wrong_source"]), comment=r["comment"], question=r["question"],
                              language=r["language"], answer=r["answer"], abstained=bool(r["abstained"]),
                              citations=json.loads(r["citations"])) for r in rows]

    def count(self) -> int:
        return int(self._file.connection().execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def export_json(self) -> str:
        """All feedback as a JSON array (newest first)."""
        return json.dumps([e.to_dict() for e in self.entries()], ensure_ascii=False, indent=2)

    def export_csv(self) -> str:
        """All feedback as CSV; citations as compact ``[n] source — locator`` lines."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for e in self.entries():
            cited = "\n".join(f"[{c.get('n')}] {c.get('source')} — {c.get('locator')}" for c in e.citations)
            writer.writerow([e.id, e.created_at, e.rating or "", int(e.wrong_source), e.comment, e.question,
                             e.language, e.answer, int(e.abstained), cited])
        return out.getvalue()


def open_feedback(path: Path) -> FeedbackStore:
    """The feedback store at ``path`` (``settings.feedback_path``), created if missing."""
    return FeedbackStore(path)
