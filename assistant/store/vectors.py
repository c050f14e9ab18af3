"""The vector side of the store: a Chroma collection through ``langchain-chroma``.

Embedded (``PersistentClient`` under ASSISTANT_HOME) by default, a Chroma server
(``HttpClient``) when ASSISTANT_CHROMA_URL is set. Telemetry is always off, and our own
embedding function is always passed in.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from assistant.documents import Chunk
from assistant.embeddings import memo
from assistant.embeddings.base import Embedder
from assistant.errors import StoreError
from assistant.settings import Settings

log = logging.getLogger(__name__)


def collection_name(prefix: str, model_name: str) -> str:
    """One collection per embedding model, so vectors of two models never mix."""
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", model_name).strip("-_")
    return f"{prefix}-{slug}"[:60].rstrip("-_")


def collection_metadata(model_name: str, dimension: int) -> dict[str, Any]:
    """Cosine space (similarities are 1 - distance) and the model that made the vectors."""
    return {"hnsw:space": "cosine", "embedding_model": model_name, "dimension": dimension}


def make_client(settings: Settings) -> Any:
    """A chromadb client for the configured mode."""
    try:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
    except ImportError as exc:  # pragma: no cover
        raise StoreError(f"chromadb is not installed: {exc}") from exc
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if not url.hostname:
                raise StoreError(f"ASSISTANT_CHROMA_URL {settings.chroma_url!r} has no host")
            return chromadb.HttpClient(
                host=url.hostname, port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https", settings=chroma_settings,
            )
        settings.chroma_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except StoreError:
        raise
    except Exception as exc:
        where = settings.chroma_url or settings.chroma_dir
        raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc


LOCK_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2)  # seconds between tries while embedded Chroma's database is locked


def _when_unlocked(write: Callable[[], object]) -> None:
    """Run ``write``, trying again for up to ~6 s while embedded Chroma's SQLite file is locked: after a collection
    is deleted or replaced (`assistant import --replace`), Chroma's own background work holds the lock for a moment,
    and a write from a store opened right then in the same process failed at once ("database is locked")."""
    for wait in (*LOCK_WAITS, None):
        try:
            write()
            return
        except Exception as exc:  # chromadb.errors.InternalError, which chromadb does not subclass by cause
            if wait is None or "database is locked" not in str(exc):
                raise
            log.debug("Chroma's database is locked; trying again in %.2f s", wait)
            time.sleep(wait)


class VectorIndex:
    """Vectors of chunks, keyed by chunk id, with chunk metadata for filtering."""

    def __init__(self, client: Any, name: str, embedder: Embedder, search_ef: int = 400,
                 memo_passages: int = 0) -> None:
        from langchain_chroma import Chroma

        self.embedder = embedder
        self.memo_passages = memo_passages
        self.name = name
        self._db = Chroma(
            collection_name=name,
            embedding_function=embedder,
            client=client,
            collection_metadata=collection_metadata(embedder.name, embedder.dimension),
        )
        self._set_search_ef(search_ef)

    def _set_search_ef(self, search_ef: int) -> None:
        """How many graph candidates a search explores (HNSW ef_search; a query-time setting, stored with
        the collection). Chroma rebuilds the part of the graph it had not yet saved with several threads
        each time a process opens it, so with its default of 100 the same query got different top-40
        results in different processes; with enough candidates the search no longer depends on the graph."""
        collection = self._db._collection
        current = (getattr(collection, "configuration_json", None) or {}).get("hnsw", {}) or {}
        if current.get("ef_search") != search_ef:
            _when_unlocked(lambda: collection.modify(configuration={"hnsw": {"ef_search": search_ef}}))

    def add(self, chunks: list[Chunk], known: dict[str, list[float]] | None = None) -> None:
        """Embed and store ``chunks`` (idempotent: same ids are overwritten). A text is embedded once: texts in
        ``known`` (this store's vectors of them) and texts this process embedded before (``memo``) are not
        embedded again, and identical texts (repeated boilerplate) once between them."""
        if not chunks:
            return
        texts = [c.embedding_text() for c in chunks]
        vectors = {t: known[t] for t in texts if known and t in known}
        missing = [t for t in dict.fromkeys(texts) if t not in vectors]
        if missing and self.memo_passages:
            identity = self.embedder.identity
            vectors.update(memo.recall(identity, missing))
            missing = [t for t in missing if t not in vectors]
            if missing:
                embedded = dict(zip(missing, self.embedder.embed_documents(missing)))
                memo.remember(identity, embedded, self.memo_passages)
                vectors.update(embedded)
        elif missing:
            vectors.update(zip(missing, self.embedder.embed_documents(missing)))
        self.add_embedded(chunks, [vectors[t] for t in texts])

    def vectors_of(self, ids: list[str]) -> dict[str, list[float]]:
        """The stored vectors of these chunk ids (those that have one)."""
        found: dict[str, list[float]] = {}
        for start in range(0, len(ids), 1000):
            got = self._db._collection.get(ids=ids[start:start + 1000], include=["embeddings"])
            found.update((i, [float(x) for x in v]) for i, v in zip(got["ids"], got["embeddings"]))
        return found

    def add_embedded(self, chunks: list[Chunk], vectors: list[list[float]]) -> None:
        self._db._collection.upsert(
            ids=[c.chunk_id for c in chunks],
            embeddings=vectors,
            metadatas=[c.metadata() for c in chunks],
            documents=[c.text for c in chunks],
        )

    def search(self, vector: list[float], k: int, filters: dict[str, str] | None = None) -> list[tuple[str, float]]:
        """Chunk ids and cosine similarities of the ``k`` nearest vectors."""
        where = _where(filters)
        hits = self._db.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)
        return [(doc.id or "", 1.0 - float(distance)) for doc, distance in hits]

    def delete_source(self, source: str, keep_version: str | None = None) -> None:
        """Delete the vectors of ``source``, except those of ``keep_version``."""
        where: dict[str, Any] = {"source": source}
        if keep_version is not None:
            where = {"$and": [{"source": source}, {"version": {"$ne": keep_version}}]}
        self._db._collection.delete(where=where)

    def delete_ids(self, ids: set[str] | list[str]) -> None:
        """Delete the vectors with these chunk ids (in slices: Chroma caps the ids per call)."""
        ids = sorted(ids)
        for start in range(0, len(ids), 1000):
            self._db._collection.delete(ids=ids[start:start + 1000])

    def count(self) -> int:
        return int(self._db._collection.count())

    def ids(self) -> set[str]:
        return set(self._db._collection.get(include=[])["ids"])


def _where(filters: dict[str, str] | None) -> dict[str, Any] | None:
    if not filters:
        return None
    clauses = [{key: value} for key, value in filters.items()]
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def raw_collection(client: Any, name: str, *, create_with: dict[str, Any] | None = None) -> Any:
    """The chromadb collection ``name`` without an embedding function (for copying stored vectors).

    None if it does not exist, unless ``create_with`` gives the metadata to create it with.
    """
    if create_with is not None:
        return client.create_collection(name, metadata=create_with, embedding_function=None)
    try:
        return client.get_collection(name, embedding_function=None)
    except Exception:  # chromadb raises NotFoundError (embedded) or a ValueError-like (server) here
        if name in {c.name for c in client.list_collections()}:
            raise
        return None
