"""The store: the catalog (SQLite: manifest, chunk texts, keyword index) plus the vectors (Chroma).

Replacing a document follows a fixed order that makes every step safe to interrupt:
1. mark (source, new version) pending in the catalog;
2. write the new version's vectors (new ids; invisible, since the catalog does not list them);
3. publish: in one catalog transaction, swap the chunk rows, keyword entries and manifest record;
4. delete the vectors of every other version of the source; 5. clear the pending mark.
A process killed anywhere leaves at most invisible vectors behind; ``recover()`` (run at the
start of every sync) deletes them. Queries see the old version until step 3, the new one after.

Writers take ``writing()``, an exclusive lock on ``ASSISTANT_HOME/.write.lock`` held across
processes: ``recover()`` deletes the vectors of every pending write, so a second sync, remove or
reindex running beside another one would delete the other's work in progress. `assistant import`
takes the same lock (``write_lock.exclusive_writer``). Readers never wait.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager

from assistant.documents import Chunk, DocumentRecord
from assistant.embeddings.base import Embedder, vector_kind
from assistant.errors import ModelMismatchError
from assistant.settings import Settings
from assistant.store.catalog import Catalog
from assistant.store.sentences import SentenceVectors
from assistant.store.vectors import VectorIndex, collection_name, make_client
from assistant.store.write_lock import exclusive_writer

log = logging.getLogger(__name__)

_REMOVAL = "-removal-"
ADD_SLICE = 32  # chunks embedded per call, so progress moves on long documents

Progress = Callable[[int], None]


class Store:
    """All reads and writes of indexed knowledge go through here."""

    def __init__(self, settings: Settings, embedder: Embedder, *, check_model: bool = True) -> None:
        self.settings = settings
        self.embedder = embedder
        # An `assistant import` killed mid switch-over: refuse until `assistant import --recover` ran.
        from assistant.backup.restore import check_no_interrupted_import
        check_no_interrupted_import(settings)
        self.catalog = Catalog(settings.catalog_path)
        self._vectors: VectorIndex | None = None
        self._vectors_lock = threading.Lock()
        self._sentences: SentenceVectors | None = None
        self._write_lock = threading.RLock()  # this process's writers; the file lock is for the others
        self._write_depth = 0
        self._write_hold = ExitStack()
        if check_model:
            self._check_model()

    @property
    def vectors(self) -> VectorIndex:
        """The Chroma side, opened on first use (a sync of unchanged files never needs it)."""
        if self._vectors is None:
            # Once per process: the UI's first concurrent questions would otherwise open Chroma in
            # parallel, and chromadb fails half-initialised ("Could not connect to tenant").
            with self._vectors_lock:
                if self._vectors is None:
                    client = make_client(self.settings)
                    name = collection_name(self.settings.collection, self.embedder.name)
                    self._vectors = VectorIndex(client, name, self.embedder, self.settings.vector_search_ef,
                                                self.settings.embedding_memo_passages)
        return self._vectors

    @property
    def sentences(self) -> SentenceVectors:
        """The vectors of the passages' sentences (``assistant/store/sentences.py``), opened on first use."""
        if self._sentences is None:
            with self._vectors_lock:
                if self._sentences is None:
                    self._sentences = SentenceVectors(self.settings.sentences_path,
                                                      f"{self.embedder.name} {self.embedder.vector_kind}")
        return self._sentences

    def fill_sentence_vectors(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Embed the sentences of every current passage that have no vector yet (see ``sentences.py``); return
        how many. Nothing when the ``sentence_vectors`` setting is off."""
        if not self.settings.sentence_vectors:
            return 0
        texts = [chunk.text for chunk in self.catalog.all_chunks()]
        done = self.sentences.fill(texts, self.embedder.embed_documents, progress)
        if done:
            log.info("embedded %d sentences of the passages", done)
        return done

    @contextmanager
    def writing(self, doing: str = "a sync, remove or reindex") -> Iterator[None]:
        """Hold the store's write lock (re-entrant in this process); StoreError if another process
        is writing to the same store (assistant/store/write_lock.py)."""
        with self._write_lock:
            if self._write_depth == 0:
                self._write_hold = ExitStack()
                self._write_hold.enter_context(exclusive_writer(self.settings.home, doing))
            self._write_depth += 1
            try:
                yield
            finally:
                self._write_depth -= 1
                if self._write_depth == 0:
                    self._write_hold.close()

    # --- the model that made the vectors ---------------------------------------------------------
    def _check_model(self) -> None:
        stored = self.catalog.get_meta("embedding_model")
        dim = self.catalog.get_meta("dimension")
        if stored is None or self.catalog.count_chunks() == 0:
            self._record_model()
            return
        if stored != self.embedder.name or dim != str(self.embedder.dimension):
            raise ModelMismatchError(
                f"the store in {self.settings.home} holds vectors made by {stored} ({dim} dimensions), "
                f"but the configured embedding model is {self.embedder.name} "
                f"({self.embedder.dimension} dimensions). Vectors of two models are never mixed. "
                f"Either set ASSISTANT_EMBEDDING_MODEL back, or re-embed everything with the new "
                f"model: `assistant reindex`."
            )
        kind = self.catalog.get_meta("embedding_vectors")
        if kind is None:  # a store from before the record: torch made its vectors, fp32 or bf16, one kind
            kind = vector_kind(stored, "fp32")
            self.catalog.set_meta("embedding_vectors", kind)
        if kind != self.embedder.vector_kind:
            backends = self.catalog.get_meta("embedding_backends") or "unknown"
            raise ModelMismatchError(
                f"the store in {self.settings.home} holds vectors of the kind {kind!r} (made with {backends}), "
                f"but the configured embedding backend makes {self.embedder.vector_kind!r} vectors, which are not "
                f"interchangeable with them; nothing is re-embedded silently. Either set "
                f"ASSISTANT_EMBEDDING_BACKEND and ASSISTANT_EMBEDDING_PRECISION back, or re-embed everything: "
                f"`assistant reindex`."
            )

    def _record_model(self) -> None:
        self.catalog.set_meta("embedding_model", self.embedder.name)
        self.catalog.set_meta("dimension", str(self.embedder.dimension))
        self.catalog.set_meta("embedding_vectors", self.embedder.vector_kind)
        self.catalog.set_meta("embedding_backends", "")

    def _record_backend(self) -> None:
        """Add the backend that just embedded to those the store records (``embedding_backends``)."""
        backend = self.embedder.runs_on
        seen = [b for b in (self.catalog.get_meta("embedding_backends") or "").split(",") if b]
        if backend not in seen:
            self.catalog.set_meta("embedding_backends", ",".join([*seen, backend]))

    @property
    def vector_kind(self) -> str | None:
        """The kind of vectors the store holds (``base.vector_kind``); ``embedding_backends`` names what made them."""
        return self.catalog.get_meta("embedding_vectors")

    @property
    def model_name(self) -> str | None:
        return self.catalog.get_meta("embedding_model")

    # --- writes --------------------------------------------------------------------------------
    def replace(self, record: DocumentRecord, chunks: list[Chunk], progress: Progress | None = None) -> str | None:
        """Make ``chunks`` the current version of ``record.source``; return the replaced version."""
        with self.writing("a document write"):
            self.catalog.mark_pending(record.source, record.version)
            self._add_vectors(chunks, progress, self._current_vectors(record.source))
            old = self.catalog.publish(record, chunks)
            self.vectors.delete_source(record.source, keep_version=record.version)
            self.catalog.clear_pending(record.source, record.version)
            return old

    def remove(self, source: str) -> DocumentRecord | None:
        """Remove ``source`` from what is retrievable (its history stays); None if unknown."""
        with self.writing("a remove"):
            if self.catalog.document(source) is None:
                return None
            self.catalog.mark_pending(source, _REMOVAL)
            record = self.catalog.unpublish(source)
            self.vectors.delete_source(source)
            self.catalog.clear_pending(source)
            return record

    def recover(self) -> int:
        """Delete vectors left by an interrupted write; return how many sources were cleaned."""
        cleaned = 0
        with self.writing("a recovery"):
            for source, _version in self.catalog.pending():
                current = self.catalog.document(source)
                self.vectors.delete_source(source, keep_version=current.version if current else None)
                self.catalog.clear_pending(source)
                cleaned += 1
        if cleaned:
            log.info("cleaned up after %d interrupted write(s)", cleaned)
        return cleaned

    def check(self) -> list[str]:
        """What breaks the store's invariants, one sentence each; empty when the store is consistent.

        Consistent means: no write is pending, every catalog chunk belongs to its document's
        current version and has a vector and exactly one keyword entry, every vector and keyword
        entry belongs to a catalog chunk, and each manifest record counts its chunks right. Run it when no sync is running, since a write in
        progress holds vectors the catalog does not list yet.
        """
        problems = [f"{source}: a write of version {version[:16]} was interrupted; the next sync cleans it up"
                    for source, version in self.catalog.pending()]
        records = {r.source: r for r in self.catalog.documents()}
        catalog_ids: set[str] = set()
        counts: dict[str, int] = {}
        for chunk in self.catalog.all_chunks():
            catalog_ids.add(chunk.chunk_id)
            counts[chunk.source] = counts.get(chunk.source, 0) + 1
            record = records.get(chunk.source)
            if record is None or record.version != chunk.version:
                problems.append(f"chunk {chunk.chunk_id} is not of its document's current version")
        for source, record in records.items():
            if counts.get(source, 0) != record.chunks:
                problems.append(f"{source}: the manifest says {record.chunks} chunks, the catalog holds "
                                f"{counts.get(source, 0)}")
        entries = Counter(self.catalog.keyword_entry_ids())
        doubled = {i for i, n in entries.items() if n > 1}
        vector_ids = self.vectors.ids()
        for ids, what in ((catalog_ids - vector_ids, "catalog chunk(s) without a vector"),
                          (vector_ids - catalog_ids, "vector(s) the catalog does not list"),
                          (catalog_ids - entries.keys(), "catalog chunk(s) without keyword entries"),
                          (entries.keys() - catalog_ids, "keyword entries of chunk(s) the catalog does not list"),
                          (doubled, "chunk(s) with more than one keyword entry")):
            if ids:
                problems.append(f"{len(ids)} {what}, e.g. {', '.join(sorted(ids)[:3])}")
        return problems

    def reindex(self, progress: Progress | None = None) -> int:
        """Re-embed every current chunk with this store's embedder and adopt it as the model.

        The target collection (this model's) may still hold vectors from an earlier reindex or an
        older store: everything in it that the catalog does not list is deleted first, so the
        collection ends up holding exactly the catalog's chunks. The rest is overwritten in place
        (same ids), so a reindex with the current model never leaves documents without vectors.
        """
        with self.writing("a reindex"):
            chunks = list(self.catalog.all_chunks())
            self.vectors.delete_ids(self.vectors.ids() - {c.chunk_id for c in chunks})
            self._add_vectors(chunks, progress)
            self._record_model()
            return len(chunks)

    def _current_vectors(self, source: str) -> dict[str, list[float]]:
        """The vectors of the stored version of ``source`` by the text they embed: a new version keeps the
        vectors of the passages it did not change (an edited section re-embeds that section, not the
        document). Same collection, so the same model made them."""
        chunks = self.catalog.chunks_of(source)
        if not chunks:
            return {}
        found = self.vectors.vectors_of([c.chunk_id for c in chunks])
        return {c.embedding_text(): found[c.chunk_id] for c in chunks if c.chunk_id in found}

    def _add_vectors(self, chunks: list[Chunk], progress: Progress | None,
                     known: dict[str, list[float]] | None = None) -> None:
        """Embed and store ``chunks`` in slices of ADD_SLICE, reporting each slice to ``progress``; texts in
        ``known`` take the vector given there."""
        for start in range(0, len(chunks), ADD_SLICE):
            part = chunks[start:start + ADD_SLICE]
            self.vectors.add(part, known)
            if progress:
                progress(len(part))
        if chunks:
            self._record_backend()

    # --- reads ---------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        return self.catalog.documents()

    def document(self, source: str) -> DocumentRecord | None:
        return self.catalog.document(source)

    def dense_search(self, vector: list[float], k: int, filters: dict[str, str] | None = None) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine similarity, restricted to what the catalog makes visible.

        While a document is being replaced, Chroma holds the vectors of both versions and may rank
        the invisible ones first (same text, same vectors), or the catalog may publish the new
        version between the two reads. Hits dropped that way are made up by asking again for more,
        so a document being replaced never drops out of the results.
        """
        fetch, asked_again = k, False
        for _ in range(4):
            hits = self.vectors.search(vector, fetch, filters)
            visible = self.catalog.chunks_by_id(cid for cid, _ in hits)
            found = [(visible[cid], score) for cid, score in hits if cid in visible]
            dropped = len(hits) - len(found)
            if len(found) >= k:
                break
            if not dropped:
                # Fewer hits than asked: a small (or filtered) store, or Chroma's index in the middle
                # of a concurrent delete (seen once in a thousand reads). Ask once more to tell them apart.
                if len(hits) >= fetch or asked_again:
                    break
                asked_again = True
                continue
            fetch += max(dropped, k)
        return found[:k]

    def keyword_search(self, query: str, k: int, filters: dict[str, str] | None = None) -> list[tuple[Chunk, float]]:
        return self.catalog.keyword_search(query, k, filters)


def open_store(settings: Settings, embedder: Embedder, *, check_model: bool = True) -> Store:
    """Open (or create) the store that ``settings`` point at."""
    return Store(settings, embedder, check_model=check_model)
