"""``assistant export``: write the store (catalog and vectors), and optionally feedback and uploaded
files, into one verified archive. No embedding model is loaded: the vectors are copied as stored."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np

from assistant.backup import archive
from assistant.errors import StoreError
from assistant.settings import Settings
from assistant.sqlite_file import copy_database
from assistant.store.vectors import collection_name, make_client, raw_collection

PAGE = 256  # vectors read from Chroma per request: bounded memory and request size, also on a server

Say = Callable[[str], None]


@dataclass
class ExportSummary:
    path: Path
    documents: int
    chunks: int
    vectors: int
    feedback: int | None
    uploads: int | None
    uploads_left_out: int
    size_bytes: int
    seconds: float
    model: str
    dimension: int

    def line(self) -> str:
        extra = "".join([
            f", {self.feedback} feedback entries" if self.feedback is not None else "",
            f", {self.uploads} uploaded files" if self.uploads is not None else "",
        ])
        left_out = (f" (left out {self.uploads_left_out} uploaded originals: add --with-uploads)"
                    if self.uploads_left_out else "")
        return (f"exported {self.documents} documents, {self.chunks} chunks, {self.vectors} vectors "
                f"({self.model}, {self.dimension} dimensions){extra} to {self.path} "
                f"({self.size_bytes / 1e6:.1f} MB) in {self.seconds:.1f} s{left_out}")


def app_version() -> str:
    try:
        return version("child-protection-assistant")
    except PackageNotFoundError:  # pragma: no cover - running from a plain checkout
        return "unknown"


def upload_files(folder: Path) -> list[Path]:
    """The uploaded documents: regular, non-hidden files directly in the uploads folder."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink() and not p.name.startswith("."))


def export_store(settings: Settings, dest: Path, *, with_feedback: bool = False, with_uploads: bool = False,
                 say: Say = lambda message: None) -> ExportSummary:
    """Write the store that ``settings`` point at into the archive ``dest``."""
    started = time.monotonic()
    if not settings.catalog_path.is_file():
        raise StoreError(f"nothing to export: there is no catalog at {settings.catalog_path} "
                         "(ingest documents first, or check ASSISTANT_HOME)")
    with tempfile.TemporaryDirectory(prefix=".export-", dir=dest.parent if dest.parent.is_dir() else None) as tmp:
        work = Path(tmp)
        files: dict[str, Path] = {archive.CATALOG: work / "catalog.sqlite3"}
        say("copying the catalog")
        # A snapshot first: the vectors are then read for exactly the chunks this snapshot lists, so
        # an ingest running meanwhile can at worst make the export fail, never make it inconsistent.
        copy_database(settings.catalog_path, files[archive.CATALOG])
        facts = _catalog_facts(files[archive.CATALOG])
        model, dimension = facts.pop("model"), facts.pop("dimension")
        name = collection_name(settings.collection, model)
        files[archive.EMBEDDINGS], files[archive.RECORDS] = work / "embeddings.npy", work / "records.jsonl"
        metadata = _export_vectors(settings, name, facts.pop("chunk_ids"), dimension,
                                   files[archive.EMBEDDINGS], files[archive.RECORDS], say)
        feedback = None
        if with_feedback:
            feedback = 0
            if settings.feedback_path.is_file():
                files[archive.FEEDBACK] = work / "feedback.sqlite3"
                copy_database(settings.feedback_path, files[archive.FEEDBACK])
                feedback = _count(files[archive.FEEDBACK], "feedback")
        uploaded = upload_files(settings.uploads_dir)
        if with_uploads:
            (work / "uploads").mkdir()
            for path in uploaded:  # copied first, so a file changed meanwhile cannot break its checksum
                files[archive.UPLOADS + path.name] = Path(shutil.copy2(path, work / "uploads" / path.name))
        manifest: dict[str, Any] = {
            "format": archive.FORMAT, "format_version": archive.FORMAT_VERSION,
            "created_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            "app_version": app_version(),
            "embedding_model": model, "dimension": dimension,
            "collection": name, "collection_metadata": metadata,  # informational; import sets its own
            "uploads_dir": str(settings.uploads_dir) if with_uploads else None,
            "counts": {**facts, "vectors": facts["chunks"], "feedback": feedback,
                       "uploads": len(uploaded) if with_uploads else None},
        }
        say(f"writing {dest}")
        size = archive.write_archive(dest, manifest, files)
    return ExportSummary(dest, facts["documents"], facts["chunks"], facts["chunks"], feedback,
                         len(uploaded) if with_uploads else None, 0 if with_uploads else len(uploaded),
                         size, time.monotonic() - started, model, dimension)


def _count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def _catalog_facts(path: Path) -> dict[str, Any]:
    """Model, dimension, counts and chunk ids of a catalog snapshot (made self-contained here)."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=DELETE")  # one file in the archive, no -wal beside it
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        chunk_ids = [row[0] for row in db.execute("SELECT chunk_id FROM chunks ORDER BY chunk_id")]
        documents = int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        history = int(db.execute("SELECT COUNT(*) FROM history").fetchone()[0])
        pending = int(db.execute("SELECT COUNT(*) FROM pending").fetchone()[0])
    if pending:
        raise StoreError(f"{path.name}: an ingest is running or was interrupted ({pending} pending writes); "
                         "let it finish, or run `assistant ingest` again to clean up, then export")
    model, dimension = meta.get("embedding_model"), meta.get("dimension")
    if model is None or dimension is None:
        if chunk_ids:
            raise StoreError("the catalog records no embedding model; run `assistant reindex` first")
        model, dimension = "none", "0"
    return {"model": model, "dimension": int(dimension), "chunk_ids": chunk_ids,
            "documents": documents, "chunks": len(chunk_ids), "history": history}


def _export_vectors(settings: Settings, name: str, chunk_ids: list[str], dimension: int, npy: Path,
                    records: Path, say: Say) -> dict[str, Any]:
    """Copy the vectors of ``chunk_ids`` from Chroma into ``npy`` and ``records``; return the
    collection's metadata. Reads by id in pages, which works alike on the embedded store and a server."""
    matrix = np.lib.format.open_memmap(npy, mode="w+", dtype=np.float32, shape=(len(chunk_ids), dimension))
    if not chunk_ids:
        del matrix
        records.write_text("", encoding="utf-8")
        return {}
    collection = raw_collection(make_client(settings), name)
    if collection is None:
        raise StoreError(f"the Chroma collection {name!r} holding the vectors is missing "
                         f"({settings.chroma_url or settings.chroma_dir}); run `assistant reindex`")
    with records.open("w", encoding="utf-8") as out:
        for start in range(0, len(chunk_ids), PAGE):
            page = chunk_ids[start:start + PAGE]
            got = collection.get(ids=page, include=["embeddings", "documents", "metadatas"])
            rows = {cid: i for i, cid in enumerate(got["ids"])}
            missing = [cid for cid in page if cid not in rows]
            if missing:
                raise StoreError(f"{len(missing)} catalog chunks have no vector in Chroma (first: {missing[0]!r}); "
                                 "the store changed during the export or is inconsistent: run `assistant ingest` "
                                 "again (it cleans up) and retry")
            order = [rows[cid] for cid in page]
            embeddings = np.asarray(got["embeddings"], dtype=np.float32)[order]
            if embeddings.shape[1] != dimension:
                raise StoreError(f"Chroma collection {name!r} holds {embeddings.shape[1]}-dimensional vectors, "
                                 f"the catalog says {dimension}")
            matrix[start:start + len(page)] = embeddings
            for cid, i in zip(page, order):
                out.write(json.dumps({"id": cid, "document": got["documents"][i], "metadata": got["metadatas"][i]},
                                     ensure_ascii=False) + "\n")
            say(f"vectors {start + len(page)}/{len(chunk_ids)}")
    matrix.flush()
    del matrix
    return dict(collection.metadata or {})
