"""Sync files and folders into the store: add new, re-embed changed, skip unchanged, drop gone.

A file's identity is its source key (path relative to the synced folder, or the file name for a
single file) and its version is the sha256 of its bytes. Unchanged files are recognised by size
and modification time first, so a re-sync of an unchanged corpus reads no file at all.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.documents import DocumentRecord
from assistant.errors import DocumentError
from assistant.indexing import IndexingStatus
from assistant.law.acts import LAW_FACTS_VERSION
from assistant.settings import Settings
from assistant.store import Store
from assistant.store.catalog import now_iso
from assistant.text.language import detect_language
from ingest.chunking import chunk_sections
from ingest.loaders import load_document
from ingest.ocr import OcrOptions

log = logging.getLogger(__name__)

IGNORE_FILE = ".assistantignore"
# Folder names that say what kind of document a file is when its front matter does not.
FOLDER_TYPES = {
    "finlex": "law", "laws": "law", "law": "law", "finnish-law": "guide", "treaties": "treaty",
    "treaty": "treaty", "international": "guide", "practice": "guide", "guides": "guide",
    "practice-records": "practice-record", "contacts": "contacts", "research": "research", "pdf": "official",
}


@dataclass
class SyncReport:
    """What one sync did. ``failed`` holds (source, reason) pairs."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, why): left out on purpose, not an error
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (source, what): stored, but pages blank or not read
    ocr: dict[str, dict] = field(default_factory=dict)  # source -> its OCR facts (pages, mean_confidence, ...)
    chunks: int = 0
    tokens: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def ocr_pages(self) -> int:
        return sum(int(facts.get("pages") or 0) for facts in self.ocr.values())

    def summary(self) -> str:
        scanned = f", {self.ocr_pages} scanned pages read with OCR" if self.ocr_pages else ""
        return (f"added {len(self.added)}, updated {len(self.updated)}, unchanged {len(self.unchanged)}, "
                f"removed {len(self.removed)}, failed {len(self.failed)}; {self.chunks} chunks{scanned} "
                f"in {self.seconds:.1f} s")


@dataclass
class Progress:
    """Callbacks a front-end implements to show progress (the CLI: a bar; the UI: gr.Progress)."""

    on_plan: Callable[[int], None] = lambda total_files: None
    # The files whose contents will be read (new, or changed by size or time) and their sizes in bytes:
    # the work an ETA is measured in.
    on_estimate: Callable[[dict[str, int]], None] = lambda sizes: None
    on_file: Callable[[str], None] = lambda source: None
    on_chunks_planned: Callable[[int], None] = lambda n: None  # the chunks of the file about to be embedded
    on_chunks: Callable[[int], None] = lambda n: None
    on_pages: Callable[[int, int], None] = lambda done, total: None  # scanned pages read with OCR, of a file's
    on_done: Callable[[str, str], None] = lambda source, outcome: None


def status_progress(status: IndexingStatus) -> Progress:
    """Progress callbacks that keep ``status`` up to date (its snapshot gives the fraction done and the ETA)."""
    return Progress(on_estimate=status.estimate, on_file=status.file_started,
                    on_chunks_planned=status.chunks_planned, on_chunks=status.chunks_embedded,
                    on_done=status.file_done)


def served_folders(settings: Settings) -> list[Path]:
    """What a server syncs: the shipped knowledge folder (if set) and the admin's uploads folder."""
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    folders = [settings.uploads_dir]
    if settings.knowledge_dir is not None and settings.knowledge_dir.is_dir():
        folders.insert(0, settings.knowledge_dir)
    return folders


@dataclass
class _Candidate:
    path: Path
    source: str
    root: str  # the synced folder (absolute), "" for single files


def _ignored(relative: str, patterns: list[str]) -> bool:
    """Whether a pattern matches the path, its name, or one of its folders (``drafts`` or ``drafts/``)."""
    parts = relative.split("/")
    for i, part in enumerate(parts):
        prefix = "/".join(parts[:i + 1])
        if any(fnmatch.fnmatch(prefix, p) or fnmatch.fnmatch(part, p) for p in patterns):
            return True
    return False


def _walk(root: Path, report: SyncReport, excluded: set[tuple[str, str]]) -> list[_Candidate]:
    """The files of ``root`` to sync. Files left out on purpose (ignored, or a second name of a file
    already listed) are added to ``excluded`` as (root, source), so a copy indexed earlier is pruned."""
    ignore_path = root / IGNORE_FILE
    patterns = [line.strip().rstrip("/") for line in ignore_path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")] if ignore_path.is_file() else []
    real_root = root.resolve()
    walked: list[_Candidate] = []
    found: dict[Path, list[_Candidate]] = {}  # by resolved path: a link and its target are one file
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if _ignored(relative, patterns):
            excluded.add((str(real_root), relative))
            continue
        target = path.resolve()
        if not target.is_relative_to(real_root):
            report.failed.append((relative, f"link points outside the folder ({target}); not followed"))
            continue
        if path.is_file():
            walked.append(_Candidate(path, relative, str(real_root)))
            found.setdefault(target, []).append(walked[-1])
    left_out: set[str] = set()
    for target, names in found.items():
        # Index a file once: under its own name when the folder shows it, else under its first link.
        own = target.relative_to(real_root).as_posix()
        chosen = next((c for c in names if c.source == own), names[0])
        for other in names:
            if other is not chosen:
                report.skipped.append((other.source, f"a link to {chosen.source}, which is indexed"))
                excluded.add((other.root, other.source))
                left_out.add(other.source)
    return [c for c in walked if c.source not in left_out]


def _to_read(candidates: list[_Candidate], stored: dict[str, DocumentRecord]) -> dict[str, int]:
    """The candidates whose contents the sync will read, with their sizes (unreadable ones weigh 0)."""
    sizes = {}
    for candidate in candidates:
        try:
            stat = candidate.path.stat()
        except OSError:
            sizes[candidate.source] = 0
            continue
        if not _same_file(stored.get(candidate.source), candidate, stat):
            sizes[candidate.source] = stat.st_size
    return sizes


def _same_file(current: DocumentRecord | None, candidate: _Candidate, stat) -> bool:
    """Whether the stored version is this very file, by path, size and modification time (not read), with the
    facts this version of the assistant stores (a statute stored without them is read again, not re-embedded)."""
    return bool(current) and current.extra.get("mtime_ns") == stat.st_mtime_ns and not _old_facts(current) \
        and current.size_bytes == stat.st_size and current.path == str(candidate.path.resolve())


def _doc_type(loaded_type: str | None, candidate: _Candidate) -> str:
    if loaded_type:
        return str(loaded_type)
    folders = candidate.source.split("/")[:-1] if candidate.root else [candidate.path.resolve().parent.name]
    for part in reversed(folders):
        if part.lower() in FOLDER_TYPES:
            return FOLDER_TYPES[part.lower()]
    return "document"


class Syncer:
    """Runs syncs against one store with one set of settings."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def sync(self, paths: list[Path], progress: Progress | None = None, *, prune: bool = True) -> SyncReport:
        """Sync ``paths`` (files or folders). Files gone from a synced folder are removed if ``prune``."""
        with self.store.writing("a sync"):  # one writer per store, across processes
            return self._sync(paths, progress or Progress(), prune)

    def _sync(self, paths: list[Path], progress: Progress, prune: bool) -> SyncReport:
        started = time.perf_counter()
        report = SyncReport()
        self.store.recover()
        candidates: list[_Candidate] = []
        roots: list[str] = []
        excluded: set[tuple[str, str]] = set()
        for path in paths:
            if path.is_dir():
                roots.append(str(path.resolve()))
                candidates.extend(_walk(path, report, excluded))
            elif path.is_file():
                candidates.append(_Candidate(path, path.name, ""))
            else:
                report.failed.append((str(path), "no such file or folder"))
        stored = {r.source: r for r in self.store.documents()}
        progress.on_plan(len(candidates))
        progress.on_estimate(_to_read(candidates, stored))
        seen: set[str] = set()
        # A superseded file kept in the folder "only for history" must not come back at the next sync.
        replaced_by = {str(r.extra["replaces"]): r.source for r in stored.values() if r.extra.get("replaces")}
        for candidate in candidates:
            if candidate.source in seen:
                report.failed.append((candidate.source, "the same source name comes from two places; "
                                                        "sync the folders separately"))
                continue
            seen.add(candidate.source)
            replacer = replaced_by.get(candidate.source)
            if replacer and replacer != candidate.source and self.store.document(replacer) is not None:
                log.info("%s is replaced by %s; not indexed", candidate.source, replacer)
                progress.on_done(candidate.source, "replaced")
                continue
            progress.on_file(candidate.source)
            outcome = self._sync_file(candidate, report, progress)
            record = self.store.document(candidate.source) if outcome in ("added", "updated") else None
            if record is not None and record.extra.get("replaces"):
                replaced_by[str(record.extra["replaces"])] = candidate.source
            progress.on_done(candidate.source, outcome)
        if prune:
            for record in self.store.documents():
                root = record.extra.get("root", "")
                # A file still on disk goes too when it is now ignored or a second name of another file.
                if root in roots and record.source not in seen \
                        and (not Path(record.path).exists() or (root, record.source) in excluded):
                    self.store.remove(record.source)
                    report.removed.append(record.source)
        report.seconds = time.perf_counter() - started
        return report

    def _sync_file(self, candidate: _Candidate, report: SyncReport, progress: Progress) -> str:
        source = candidate.source
        try:
            stat = candidate.path.stat()
            current = self.store.document(source)
            if _same_file(current, candidate, stat):
                report.unchanged.append(source)
                return "unchanged"
            if stat.st_size > self.settings.max_file_mb * 1024 * 1024:
                raise DocumentError(source, f"{stat.st_size / 1048576:.3g} MB ({stat.st_size:,} bytes) is over the "
                                            f"limit of {self.settings.max_file_mb:g} MB (ASSISTANT_MAX_FILE_MB)")
            data = candidate.path.read_bytes()
            version = hashlib.sha256(data).hexdigest()
            if current and current.version == version:
                # Same bytes (touched or copied): refresh the file facts, keep the vectors. A statute stored
                # by an older version of the assistant is read again for the facts it lacks (cheap: no embedding).
                if _old_facts(current):
                    loaded = load_document(candidate.path, data, display_name=source)
                    current.extra.update(loaded.extra)
                    report.warnings += [(source, w) for w in loaded.warnings]
                current.extra["mtime_ns"] = stat.st_mtime_ns
                current.path = str(candidate.path.resolve())
                self.store.catalog.update_file_facts(current)
                report.unchanged.append(source)
                return "unchanged"
            try:
                chunks, record, notes = self._prepare(candidate, data, version, stat.st_mtime_ns, progress)
            except (DocumentError, MemoryError):
                raise
            except Exception as exc:  # a loader bug must not stop the other files
                log.debug("loader failure on %s", source, exc_info=True)
                raise DocumentError(source, f"could not be read ({type(exc).__name__}: {exc})") from exc

            progress.on_chunks_planned(len(chunks))
            started, done = time.monotonic(), 0
            limit = self.settings.max_seconds_per_document

            def count(n: int) -> None:
                nonlocal done
                report.chunks += n
                done += n
                progress.on_chunks(n)
                if time.monotonic() - started > limit:
                    raise DocumentError(source, f"embedding took over {limit:g} s (ASSISTANT_MAX_SECONDS_PER_DOCUMENT) "
                                                f"after {done:,} of {len(chunks):,} chunks; the previous version, "
                                                f"if any, is kept")

            try:
                old = self.store.replace(record, chunks, progress=count)
            except DocumentError:
                self.store.recover()  # the new version's vectors, written but never published
                raise
            report.tokens += sum(len(c.text.split()) for c in chunks)
            report.warnings.extend((source, note) for note in notes)
            if "ocr" in record.extra:
                report.ocr[source] = record.extra["ocr"]
            (report.updated if old else report.added).append(source)
            replaces = record.extra.get("replaces")
            if replaces and replaces != source and self.store.remove(str(replaces)):
                report.removed.append(str(replaces))
            return "updated" if old else "added"
        except DocumentError as exc:
            report.failed.append((source, exc.reason))
            return "failed"
        except OSError as exc:
            report.failed.append((source, f"cannot read the file ({exc.strerror or exc})"))
            return "failed"

    def _prepare(self, candidate: _Candidate, data: bytes, version: str, mtime_ns: int, progress: Progress):
        source = candidate.source
        ocr = OcrOptions.from_settings(self.settings, on_page=progress.on_pages)
        loaded = load_document(candidate.path, data, display_name=source, ocr=ocr)
        sample = " ".join(s.text for s in loaded.sections[:5])[:5000]
        language = loaded.language or detect_language(sample)
        doc_type = _doc_type(loaded.doc_type, candidate)
        chunks = chunk_sections(
            loaded.sections, source=source, version=version, title=loaded.title, language=language,
            doc_type=doc_type, target_words=self.settings.chunk_words,
            overlap=self.settings.chunk_overlap_sentences,
        )
        if not chunks:
            raise DocumentError(source, "no text to index after loading")
        if len(chunks) > self.settings.max_chunks_per_document:
            raise DocumentError(source, f"would make {len(chunks):,} chunks, over the limit of "
                                        f"{self.settings.max_chunks_per_document:,} (ASSISTANT_MAX_CHUNKS_PER_DOCUMENT)")
        extra = dict(loaded.extra)
        extra.update(root=candidate.root, mtime_ns=mtime_ns)
        record = DocumentRecord(
            source=source, version=version, title=loaded.title, language=language, doc_type=doc_type,
            chunks=len(chunks), ingested_at=now_iso(), size_bytes=len(data),
            path=str(candidate.path.resolve()), extra=extra,
        )
        return chunks, record, loaded.warnings


def _old_facts(record: DocumentRecord) -> bool:
    """Whether ``record`` is a statute whose facts an older version of the assistant stored (see
    ``assistant.law.acts.LAW_FACTS_VERSION``): the next sync reads the file again for them."""
    return record.doc_type == "law" and record.path.lower().endswith(".xml") \
        and record.extra.get("law_facts_version") != LAW_FACTS_VERSION
