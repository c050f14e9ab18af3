"""The three pipelines an eval compares, each returning the same ``Answer`` object.

- ``ours``: ``Assistant.ask`` over our store (hybrid retrieval, extractive answerer, refusal).
- ``bm25``: our catalog's BM25 keyword search alone; the top chunks concatenated are the answer.
- ``default``: what most RAG tools ship by default: LangChain's RecursiveCharacterTextSplitter at
  1000 characters with 200 overlap, a Chroma collection of its own, all-MiniLM-L6-v2, dense search
  only; the top chunks concatenated are the answer. Documents are read with our loaders so that the
  comparison is about chunking, embedding and retrieval, not file parsing. Its chunks carry no
  section, so a chunk's locator is derived from the sections its characters overlap (generous:
  a chunk spanning three sections matches any of them).

Stores live under ``<home>/eval-cache/<documents folder>-<hash of its path>/`` (shared by datasets over
the same documents); a rerun re-syncs (cheap when nothing changed) and never re-embeds unchanged documents.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import logging
import shutil
from abc import ABC, abstractmethod
from pathlib import Path

from assistant.answer import Answer, Passage, Sentence, SentencesBlock
from assistant.documents import Chunk
from assistant.errors import AssistantError
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.store import Store
from assistant.text.language import detect_language
from evals.datasets import Dataset, Question
from evals.metrics import SupportCheck, SupportChecker

log = logging.getLogger(__name__)

PIPELINES = ("ours", "bm25", "default")
ANSWER_CHUNKS = 4  # baselines answer with their top 4 chunks (LangChain's default retriever k)
DEFAULT_CHUNK_SIZE, DEFAULT_CHUNK_OVERLAP = 1000, 200
WARM_UP = "What is trafficking in children?"


class Pipeline(ABC):
    """Turns a dataset question into an ``Answer``."""

    name: str = "pipeline"
    support: SupportCheck | None = None  # how citation support is checked; None: the pipeline does not cite

    @abstractmethod
    def ask(self, question: Question) -> Answer:
        """Answer one question (with its history and filters)."""

    def warm_up(self) -> None:
        """Load models before timing starts."""
        self.ask(Question(id="warm-up", language="en", question=WARM_UP, kind="answerable"))


# --- our store ---------------------------------------------------------------------------------
def cache_dir(settings: Settings, dataset: Dataset) -> Path:
    """One cache per documents folder, so datasets over the same documents share their stores."""
    folder = dataset.documents.resolve()
    digest = hashlib.sha1(str(folder).encode()).hexdigest()[:8]
    return settings.home / "eval-cache" / f"{folder.name}-{digest}"


def ours_settings(settings: Settings, dataset: Dataset) -> Settings:
    """``settings`` pointed at this dataset's store (one per embedding model and chunking)."""
    slug = "".join(c if c.isalnum() else "-" for c in Path(settings.embedding_model).name)
    home = cache_dir(settings, dataset) / f"ours-{slug}-cw{settings.chunk_words}-ov{settings.chunk_overlap_sentences}"
    return settings.model_copy(update={"home": home})


def build_store(settings: Settings, dataset: Dataset, progress=None) -> Store:
    """Open this dataset's store and sync the dataset's documents into it (cheap when unchanged)."""
    from assistant.factory import make_store
    from ingest.sync import Syncer

    if not dataset.documents.is_dir():
        raise AssistantError(f"the documents of dataset {dataset.name!r} are not at {dataset.documents}")
    store = make_store(settings)
    report = Syncer(store, settings).sync([dataset.documents], progress)
    log.info("eval store %s: %s", settings.home, report.summary())
    for source, reason in report.failed:
        log.warning("not indexed: %s: %s", source, reason)
    made = store.fill_sentence_vectors()  # as `assistant ingest` and `serve --sync` do after indexing
    if made:
        log.info("eval store %s: %d sentences embedded", settings.home, made)
    return store


class OursPipeline(Pipeline):
    name = "ours"

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.support = SupportChecker(assistant.store.embedder)

    def ask(self, question: Question) -> Answer:
        return self.assistant.ask(question.question, history=question.history or None, filters=question.filters)

    def warm_up(self) -> None:
        """As ``assistant serve`` does before it serves: the languages' models too, not only the embedder's."""
        self.assistant.warm_up()
        super().warm_up()


def _concatenated(question: Question, hits: list[tuple[Chunk, float]], dense: bool) -> Answer:
    passages = [Passage(chunk=c, score=s, dense=s if dense else None, keyword=None if dense else s, rank=i)
                for i, (c, s) in enumerate(hits, 1)]
    # The chunks' text as the answer, uncited (a baseline that only concatenates cites nothing).
    block = SentencesBlock([Sentence(text=p.chunk.text, citations=[]) for p in passages[:ANSWER_CHUNKS]])
    return Answer(question=question.question, language=detect_language(question.question), blocks=[block],
                  abstained=not passages, abstain_reason=None if passages else "no chunk found",
                  passages=passages, answerer="concatenated chunks")


class Bm25Pipeline(Pipeline):
    name = "bm25"

    def __init__(self, settings: Settings, store: Store) -> None:
        self.store, self.k = store, max(settings.top_k, 5)

    def ask(self, question: Question) -> Answer:
        return _concatenated(question, self.store.keyword_search(question.question, self.k, question.filters), False)


# --- the default-tool baseline -----------------------------------------------------------------
def _document_files(root: Path) -> list[Path]:
    """The files a sync of ``root`` would consider (hidden and .assistantignore'd ones left out)."""
    from ingest.loaders import SUPPORTED_SUFFIXES
    from ingest.sync import IGNORE_FILE

    ignore = root / IGNORE_FILE
    patterns = [p.strip() for p in ignore.read_text(encoding="utf-8").splitlines()
                if p.strip() and not p.startswith("#")] if ignore.is_file() else []
    files = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if any(fnmatch.fnmatch(relative.as_posix(), p) or fnmatch.fnmatch(path.name, p) for p in patterns):
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            files.append(path)
    return files


def default_chunks(root: Path) -> list[Chunk]:
    """The baseline's chunks: per file (per page for PDFs), RecursiveCharacterTextSplitter 1000/200."""
    try:
        from langchain_text_splitters import RecursiveCharacterTextSplitter
    except ImportError as exc:
        raise AssistantError("the 'default' baseline needs langchain-text-splitters: "
                             "pip install -e '.[eval]'") from exc
    from ingest.loaders import load_document

    splitter = RecursiveCharacterTextSplitter(chunk_size=DEFAULT_CHUNK_SIZE, chunk_overlap=DEFAULT_CHUNK_OVERLAP,
                                              add_start_index=True)
    chunks: list[Chunk] = []
    for path in _document_files(root):
        source = path.relative_to(root).as_posix()
        try:
            loaded = load_document(path, path.read_bytes(), display_name=source)
        except AssistantError as exc:
            log.warning("default baseline skips %s: %s", source, exc)
            continue
        language = loaded.language or detect_language(" ".join(s.text for s in loaded.sections[:5])[:5000])
        pages: dict[int | None, list] = {}
        for section in loaded.sections:  # one LangChain Document per page (PyPDFLoader) or per file
            pages.setdefault(section.page, []).append(section)
        for page, sections in pages.items():
            text, spans = "", []
            for section in sections:
                if text:
                    text += "\n\n"
                spans.append((len(text), len(text) + len(section.text), section.locator))
                text += section.text
            for piece in splitter.create_documents([text]):
                start = piece.metadata["start_index"]
                end = start + len(piece.page_content)
                locators = list(dict.fromkeys(loc for a, b, loc in spans if a < end and b > start))
                chunks.append(Chunk(source=source, version="default", ordinal=len(chunks), text=piece.page_content,
                                    locator=" | ".join(locators), title=loaded.title, language=language,
                                    doc_type="document", page=page))
    return chunks


class DefaultPipeline(Pipeline):
    name = "default"

    def __init__(self, settings: Settings, dataset: Dataset) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma

        from assistant.embeddings.registry import build_embedder

        self.k = max(settings.top_k, 5)
        folder = cache_dir(settings, dataset) / f"default-minilm-{DEFAULT_CHUNK_SIZE}-{DEFAULT_CHUNK_OVERLAP}"
        self.embedder = build_embedder(settings.model_copy(update={"embedding_model": "minilm",
                                                                   "embedding_batch_size": 32}))
        files = _document_files(dataset.documents)
        fingerprint = hashlib.sha256(json.dumps(
            [[str(f.relative_to(dataset.documents)), f.stat().st_size, f.stat().st_mtime_ns] for f in files]
        ).encode()).hexdigest()
        marker = folder / "fingerprint.json"
        fresh = not (marker.is_file() and json.loads(marker.read_text())["fingerprint"] == fingerprint)
        if fresh and folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(folder / "chroma"),
                                           settings=ChromaSettings(anonymized_telemetry=False))
        self.db = Chroma(collection_name="default-baseline", embedding_function=self.embedder, client=client)
        chunks = default_chunks(dataset.documents)  # cheap (no embedding): the texts of the cached vectors
        self.chunks = {c.chunk_id: c for c in chunks}
        if fresh:
            for start in range(0, len(chunks), 256):
                part = chunks[start:start + 256]
                self.db.add_texts([c.text for c in part], metadatas=[c.metadata() for c in part],
                                  ids=[c.chunk_id for c in part])
            marker.write_text(json.dumps({"fingerprint": fingerprint, "chunks": len(chunks)}))
        self.chunk_count = len(chunks)

    def ask(self, question: Question) -> Answer:
        where = None
        if question.filters:
            clauses = [{k: v} for k, v in question.filters.items()]
            where = clauses[0] if len(clauses) == 1 else {"$and": clauses}
        hits = self.db.similarity_search_with_score(question.question, k=self.k, filter=where)
        found = [(self.chunks[d.id], 1.0 - float(distance) / 2) for d, distance in hits if d.id in self.chunks]
        return _concatenated(question, found, True)


def make_pipelines(names: list[str], settings: Settings, dataset: Dataset, progress=None) -> list[Pipeline]:
    """Build the named pipelines (ours and bm25 share one store)."""
    unknown = [n for n in names if n not in PIPELINES]
    if unknown:
        raise AssistantError(f"unknown pipeline(s) {', '.join(unknown)}; choose from {', '.join(PIPELINES)}")
    built: list[Pipeline] = []
    store = None
    ours = ours_settings(settings, dataset)
    for name in names:
        if name in ("ours", "bm25") and store is None:
            store = build_store(ours, dataset, progress)
        if name == "ours":
            built.append(OursPipeline(Assistant(ours, store)))
        elif name == "bm25":
            built.append(Bm25Pipeline(ours, store))
        else:
            built.append(DefaultPipeline(settings, dataset))
    return built
