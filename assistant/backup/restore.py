"""``assistant import``: restore an archive into the store of ASSISTANT_HOME (embedded Chroma or a server).

Crash safety. Everything is first built beside the live store: the archive is verified and unpacked
into ``ASSISTANT_HOME/.import-<id>/`` and the vectors go into a staging collection. Only then the
switch-over runs: the live collection(s) are renamed aside, the staging collection takes the live
name, and the catalog is restored with SQLite's backup API in one transaction. That catalog write is
the commit point. A journal (``ASSISTANT_HOME/import-journal.json``) records each phase, so an
import killed at any point is undone (before the commit) or finished (after it) by the next
``assistant import`` or by ``assistant import --recover``; until then the store refuses to open.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.backup import archive
from assistant.backup.export import upload_files
from assistant.embeddings.registry import PRESET_SPECS, LazyEmbedder
from assistant.errors import ArchiveError, ModelMismatchError, StoreError
from assistant.settings import Settings
from assistant.sqlite_file import copy_database
from assistant.store.catalog import SCHEMA_VERSION, new_revision
from assistant.store.vectors import collection_metadata, collection_name, make_client, raw_collection
from assistant.store.write_lock import exclusive_writer

JOURNAL = "import-journal.json"
BATCH = 256  # vectors written per request
_SCALARS = (str, int, float, bool)

Say = Callable[[str], None]


@dataclass
class ImportSummary:
    documents: int
    chunks: int
    feedback: int | None
    uploads: int | None
    seconds: float
    model: str
    adopted_model: bool

    def line(self, settings: Settings) -> str:
        extra = "".join([f", {self.feedback} feedback entries" if self.feedback is not None else "",
                         f", {self.uploads} uploaded files" if self.uploads is not None else ""])
        where = settings.chroma_url or settings.home
        note = ("; the configured embedding model differs: set ASSISTANT_EMBEDDING_MODEL to the archive's model "
                "or run `assistant reindex`" if self.adopted_model else "")
        return (f"imported {self.documents} documents, {self.chunks} chunks and vectors ({self.model}){extra} "
                f"into {where} in {self.seconds:.1f} s; catalog and Chroma agree{note}")


# --- the journal and the lock ---------------------------------------------------------------------
def _journal_path(settings: Settings) -> Path:
    return settings.home / JOURNAL


def _write_journal(settings: Settings, journal: dict[str, Any]) -> None:
    path = _journal_path(settings)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(journal, indent=2), encoding="utf-8")
    os.replace(tmp, path)  # a reader sees the old journal or the new one, never half of one


def check_no_interrupted_import(settings: Settings) -> None:
    """Raise StoreError if an import stopped half-way through its switch-over (see the module doc)."""
    path = _journal_path(settings)
    if path.is_file() and json.loads(path.read_text(encoding="utf-8")).get("state") == "switching":
        raise StoreError(f"an `assistant import` into {settings.home} was interrupted while switching over "
                         f"({path}); run `assistant import --recover` to finish or undo it")


@contextmanager
def _import_lock(settings: Settings) -> Iterator[None]:
    """The store's write lock (assistant/store/write_lock.py): an import excludes another import and any
    sync, remove or reindex of the same store, which would otherwise write while the catalog switches."""
    with exclusive_writer(settings.home, "an `assistant import`"):
        yield


# --- recovery -------------------------------------------------------------------------------------
def recover_import(settings: Settings, say: Say = lambda message: None) -> str | None:
    """Undo or finish an interrupted import; return what was done, None if nothing was pending."""
    with _import_lock(settings):
        return _recover(settings, say)


def _recover(settings: Settings, say: Say) -> str | None:
    path = _journal_path(settings)
    if not path.is_file():
        return None
    journal = json.loads(path.read_text(encoding="utf-8"))
    client = make_client(settings)
    if journal["state"] == "switching" and _committed(settings, journal["id"]):
        _finish(settings, client, journal)
        outcome = f"finished the interrupted import {journal['id']}"
    else:
        _undo(settings, client, journal)
        outcome = f"undid the interrupted import {journal['id']}; the store is as it was before it"
    say(outcome)
    return outcome


def _committed(settings: Settings, job: str) -> bool:
    if not settings.catalog_path.is_file():
        return False
    with closing(sqlite3.connect(settings.catalog_path, timeout=30)) as db:
        row = db.execute("SELECT value FROM meta WHERE key = 'imported_from'").fetchone()
    return bool(row) and json.loads(row[0]).get("import_id") == job


def _rename(client: Any, old: str, new: str) -> None:
    collection = raw_collection(client, old)
    if collection is not None:
        collection.modify(name=new)


def _drop(client: Any, name: str) -> None:
    if raw_collection(client, name) is not None:
        client.delete_collection(name)


def _undo(settings: Settings, client: Any, journal: dict[str, Any]) -> None:
    """Before the commit: put the displaced collections back and throw the staged data away."""
    if journal["state"] == "switching" and raw_collection(client, journal["staged"]) is None:
        _rename(client, journal["live"], journal["staged"])  # the staged collection had taken the live name
    for name, aside in journal["displaced"].items():
        _rename(client, aside, name)
    _drop(client, journal["staged"])
    shutil.rmtree(journal["staging"], ignore_errors=True)
    _journal_path(settings).unlink(missing_ok=True)


def _finish(settings: Settings, client: Any, journal: dict[str, Any]) -> None:
    """After the commit: feedback, uploads, then drop what was displaced. Each step may run twice."""
    staged = Path(journal["staging"]) / "archive"
    if (staged / archive.FEEDBACK).is_file():
        copy_database(staged / archive.FEEDBACK, settings.feedback_path)
    uploads = staged / archive.UPLOADS
    if uploads.is_dir():
        previous = Path(journal["staging"]) / "uploads-previous"
        if settings.uploads_dir.exists() and not previous.exists():
            settings.uploads_dir.rename(previous)
        uploads.rename(settings.uploads_dir)
    for aside in journal["displaced"].values():
        _drop(client, aside)
    shutil.rmtree(journal["staging"], ignore_errors=True)
    _journal_path(settings).unlink(missing_ok=True)


# --- import ---------------------------------------------------------------------------------------
def import_store(settings: Settings, path: Path, *, replace: bool = False, adopt_model: bool = False,
                 say: Say = lambda message: None) -> ImportSummary:
    """Restore the archive ``path`` into the store ``settings`` point at (see the module doc)."""
    started = time.monotonic()
    with _import_lock(settings):
        _recover(settings, say)
        manifest = archive.read_manifest(path)
        model, dimension = str(manifest.get("embedding_model")), int(manifest.get("dimension") or 0)
        adopted = _check_model(settings, path, manifest, adopt_model)
        live = collection_name(settings.collection, model)
        client = make_client(settings)
        old_live = _old_live_collection(settings)
        existing = _existing_content(settings, client, {live, old_live} - {None}, manifest)
        if existing and not replace:
            raise StoreError(f"the store in {settings.chroma_url or settings.home} is not empty ({'; '.join(existing)}); "
                             "nothing was changed. Import into an empty ASSISTANT_HOME, or pass --replace to "
                             "replace all of it with the archive")
        job = uuid.uuid4().hex[:10]
        journal: dict[str, Any] = {"id": job, "state": "staging", "staging": str(settings.home / f".import-{job}"),
                                   "staged": f"{live[:40]}-import-{job}", "live": live, "displaced": {}}
        _write_journal(settings, journal)
        try:
            counts = _stage(settings, client, path, journal, model, dimension, say)
            say("switching over")
            names = [n for n in dict.fromkeys([live, old_live]) if n and raw_collection(client, n) is not None]
            journal.update(state="switching", displaced={n: f"{n[:40]}-previous-{job}-{i}" for i, n in enumerate(names)})
            _write_journal(settings, journal)
            for name, aside in journal["displaced"].items():
                _rename(client, name, aside)
            _rename(client, journal["staged"], live)
            say("switching the catalog")
            copy_database(Path(journal["staging"]) / "archive" / archive.CATALOG, settings.catalog_path)  # commit
            say("finishing: feedback, uploads, clean-up")
            _finish(settings, client, journal)
        except BaseException:
            _recover(settings, say)  # the same undo/finish the next run would do, now
            raise
        _check_consistent(settings, client, live)
    return ImportSummary(counts["documents"], counts["chunks"], counts["feedback"], counts["uploads"],
                         time.monotonic() - started, model, adopted)


def _check_model(settings: Settings, path: Path, manifest: dict[str, Any], adopt: bool) -> bool:
    """True if the archive's model differs from the configured one and ``adopt`` lets it in anyway."""
    model, dimension = manifest["embedding_model"], manifest["dimension"]
    if not manifest.get("counts", {}).get("chunks"):
        return False  # no vectors: nothing to mix up; the store records the configured model on first use
    configured = LazyEmbedder(settings)  # presets: name and dimension without loading weights
    if (model, dimension) == (configured.name, configured.dimension):
        return False
    if adopt:
        return True
    preset = next((key for key, spec in PRESET_SPECS.items() if spec == (model, dimension)), None)
    setting = f"set ASSISTANT_EMBEDDING_MODEL={preset} and import again" if preset else \
        f"configure the model {model} in ASSISTANT_EMBEDDING_MODEL and import again"
    raise ModelMismatchError(
        f"{path}: its vectors were made by {model} ({dimension} dimensions), but the configured embedding "
        f"model is {configured.name} ({configured.dimension} dimensions). Vectors of two models are never "
        f"mixed. Either {setting}, or import with --adopt-model and then re-embed everything with the "
        f"configured model: `assistant reindex`.")


def _old_live_collection(settings: Settings) -> str | None:
    """The collection the current catalog's vectors live in (its model may differ from the archive's)."""
    if not settings.catalog_path.is_file():
        return None
    with closing(sqlite3.connect(settings.catalog_path, timeout=30)) as db:
        row = db.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchone()
    return collection_name(settings.collection, row[0]) if row else None


def _existing_content(settings: Settings, client: Any, collections: set[str], manifest: dict[str, Any]) -> list[str]:
    """What the import would replace, as phrases for the refusal message."""
    found = []
    if settings.catalog_path.is_file():
        with closing(sqlite3.connect(settings.catalog_path, timeout=30)) as db:
            documents, history = (db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "history"))
        if documents or history:
            found.append(f"{documents} documents and {history} history entries in {settings.catalog_path}")
    for name in sorted(collections):
        collection = raw_collection(client, name)
        if collection is not None and collection.count():
            found.append(f"{collection.count()} vectors in the Chroma collection {name}")
    members = manifest["members"]
    if archive.FEEDBACK in members and settings.feedback_path.is_file():
        with closing(sqlite3.connect(settings.feedback_path, timeout=30)) as db:
            if db.execute("SELECT COUNT(*) FROM feedback").fetchone()[0]:
                found.append(f"feedback in {settings.feedback_path}")
    if any(name.startswith(archive.UPLOADS) for name in members) and upload_files(settings.uploads_dir):
        found.append(f"uploaded files in {settings.uploads_dir}")
    return found


def _stage(settings: Settings, client: Any, path: Path, journal: dict[str, Any], model: str, dimension: int,
           say: Say) -> dict[str, Any]:
    """Verify and unpack the archive, check its contents, and fill the staging collection."""
    folder = Path(journal["staging"]) / "archive"
    folder.mkdir(parents=True)
    say(f"verifying {path}")
    manifest = archive.read_archive(path, folder)
    catalog = folder / archive.CATALOG
    chunk_ids, documents = _check_catalog(catalog, model, dimension)
    matrix, records = _load_vectors(folder, dimension)
    if [r["id"] for r in records] != chunk_ids:
        raise ArchiveError(f"member {archive.RECORDS!r}: its vector ids are not the chunk ids of {archive.CATALOG}")
    _prepare_catalog(catalog, journal["id"], path, manifest, settings)
    staged = raw_collection(client, journal["staged"], create_with=collection_metadata(model, dimension))
    for start in range(0, len(records), BATCH):
        part = records[start:start + BATCH]
        staged.add(ids=[r["id"] for r in part], embeddings=np.asarray(matrix[start:start + len(part)]),
                   documents=[r["document"] for r in part], metadatas=[r["metadata"] for r in part])
        say(f"vectors {start + len(part)}/{len(records)}")
    if staged.count() != len(records):
        raise StoreError(f"the staging collection holds {staged.count()} vectors, expected {len(records)}")
    uploads = folder / archive.UPLOADS
    return {"documents": documents, "chunks": len(chunk_ids),
            "feedback": _count_feedback(folder / archive.FEEDBACK),
            "uploads": len(list(uploads.iterdir())) if uploads.is_dir() else None}


def _count_feedback(path: Path) -> int | None:
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(path)) as db:
            return int(db.execute("SELECT COUNT(*) FROM feedback").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"member {archive.FEEDBACK!r}: not a feedback database ({exc})") from exc


def _check_catalog(path: Path, model: str, dimension: int) -> tuple[list[str], int]:
    """The catalog's chunk ids (sorted) and document count, after checking it is a sound catalog."""
    try:
        with closing(sqlite3.connect(path)) as db:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise ArchiveError(f"member {archive.CATALOG!r}: the SQLite database is damaged")
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            chunk_ids = [r[0] for r in db.execute("SELECT chunk_id FROM chunks ORDER BY chunk_id")]
            documents = int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
            db.execute("SELECT COUNT(*) FROM chunks_fts").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"member {archive.CATALOG!r}: not a catalog database ({exc})") from exc
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise ArchiveError(f"member {archive.CATALOG!r}: catalog schema {meta.get('schema_version')!r}, "
                           f"this version of the assistant uses {SCHEMA_VERSION}")
    if chunk_ids and (meta.get("embedding_model"), meta.get("dimension")) != (model, str(dimension)):
        raise ArchiveError(f"member {archive.CATALOG!r}: records the model {meta.get('embedding_model')}, "
                           f"the manifest says {model}")
    return chunk_ids, documents


def _load_vectors(folder: Path, dimension: int) -> tuple[np.ndarray, list[dict[str, Any]]]:
    try:  # allow_pickle=False: an .npy from an untrusted archive must never run code
        matrix = np.load(folder / archive.EMBEDDINGS, mmap_mode="r", allow_pickle=False)
    except ValueError as exc:
        raise ArchiveError(f"member {archive.EMBEDDINGS!r}: not a plain .npy array ({exc})") from exc
    records = []
    with (folder / archive.RECORDS).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                record = json.loads(line)
                ok = (isinstance(record, dict) and isinstance(record.get("id"), str)
                      and isinstance(record.get("document"), str) and isinstance(record.get("metadata"), dict)
                      and all(isinstance(v, _SCALARS) for v in record["metadata"].values()))
            except ValueError:
                ok = False
            if not ok:
                raise ArchiveError(f"member {archive.RECORDS!r}, line {number}: not an id/document/metadata record")
            records.append(record)
    if matrix.dtype != np.float32 or matrix.ndim != 2 or matrix.shape != (len(records), dimension):
        raise ArchiveError(f"member {archive.EMBEDDINGS!r}: a {matrix.dtype} array of shape {matrix.shape}, expected "
                           f"float32 of shape ({len(records)}, {dimension})")
    return matrix, records


def _prepare_catalog(path: Path, job: str, archive_path: Path, manifest: dict[str, Any], settings: Settings) -> None:
    """Mark the staged catalog with this import (the commit test) and point uploads at their new folder."""
    old_uploads = manifest.get("uploads_dir")
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("INSERT OR REPLACE INTO meta VALUES ('imported_from', ?)", (json.dumps(
            {"import_id": job, "archive": str(archive_path), "created_at": manifest.get("created_at"),
             "app_version": manifest.get("app_version")}),))
        new_revision(db)  # a server that read the store before the import rebuilds what it derived from it
        if not old_uploads or old_uploads == str(settings.uploads_dir):
            return
        # Uploaded documents were read from the exporting home's uploads folder: after the move they
        # are read (opened from citations, re-synced) from this home's uploads folder instead.
        for source, path_text, extra_text in db.execute("SELECT source, path, extra FROM documents").fetchall():
            extra = json.loads(extra_text or "{}")
            if extra.get("root") == old_uploads:
                extra["root"] = str(settings.uploads_dir)
                new_path = settings.uploads_dir / Path(path_text).name
                db.execute("UPDATE documents SET path = ?, extra = ? WHERE source = ?",
                           (str(new_path), json.dumps(extra, ensure_ascii=False), source))


def _check_consistent(settings: Settings, client: Any, live: str) -> None:
    with closing(sqlite3.connect(settings.catalog_path, timeout=30)) as db:
        catalog_ids = {r[0] for r in db.execute("SELECT chunk_id FROM chunks")}
    collection = raw_collection(client, live)
    vector_ids: set[str] = set()
    if collection is not None:
        for offset in range(0, collection.count(), 5000):
            vector_ids.update(collection.get(include=[], limit=5000, offset=offset)["ids"])
    if catalog_ids != vector_ids:
        raise StoreError(f"after the import the catalog lists {len(catalog_ids)} chunks but the Chroma collection "
                         f"{live} holds {len(vector_ids)} vectors ({len(catalog_ids ^ vector_ids)} differ); "
                         "run `assistant reindex` to rebuild the vectors from the catalog")
