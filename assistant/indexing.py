"""Indexing that runs while the assistant serves: how far it is and how long is left.

``assistant serve --sync`` starts answering at once and syncs the knowledge folder in a background
thread (ingest/background.py). The sync reports here; every answer given meanwhile carries a
snapshot as an IndexingBlock ("still indexing: 35 of 87 documents, about 4 min left; this answer
uses only the documents indexed so far"), and ``assistant ingest`` draws its progress bar from the
same figures.

The work is counted in bytes of the files that have to be read (unchanged files weigh nothing);
inside a file, by the share of its chunks embedded. The time left is the time so far scaled by
the work left, shown once there is enough work done to say it (a guess from the first file would
be wild).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from assistant import prompts
from assistant.answer import IndexingBlock

MIN_SECONDS_FOR_ETA = 5.0
MIN_FRACTION_FOR_ETA = 0.02


@dataclass(frozen=True)
class IndexingSnapshot:
    """The state of a sync at one moment (what an answer carries and the ``ask`` API returns)."""

    running: bool
    files_done: int
    files_total: int  # files whose contents are read (new or changed by size or time)
    chunks: int  # passages embedded so far
    fraction: float  # of the work, 0..1
    eta_seconds: float | None  # None until it can be told
    seconds: float  # since the sync started
    failed: int
    error: str | None = None  # the sync itself stopped (not one file)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fraction"] = round(self.fraction, 4)
        data["seconds"] = round(self.seconds, 1)
        data["eta_seconds"] = None if self.eta_seconds is None else round(self.eta_seconds)
        return data


class IndexingStatus:
    """Thread-safe progress of one sync: written by the syncing thread, read by the answering ones."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._started: float | None = None
        self._ended: float | None = None
        self._sizes: dict[str, int] = {}
        self._bytes_total = 0
        self._bytes_done = 0  # of finished files
        self._current = ""
        self._planned = 0  # chunks of the current file
        self._embedded = 0  # of them
        self._chunks = 0
        self._files_done = 0
        self._failed = 0
        self._error: str | None = None

    # --- written by the sync -------------------------------------------------------------------
    def start(self) -> None:
        with self._lock:
            self._started, self._ended = self._clock(), None

    def estimate(self, sizes: dict[str, int]) -> None:
        """The files the sync will read, with their sizes in bytes."""
        with self._lock:
            self._sizes = dict(sizes)
            self._bytes_total = sum(sizes.values())

    def file_started(self, source: str) -> None:
        with self._lock:
            self._current, self._planned, self._embedded = source, 0, 0

    def chunks_planned(self, n: int) -> None:
        with self._lock:
            self._planned = n

    def chunks_embedded(self, n: int) -> None:
        with self._lock:
            self._embedded += n
            self._chunks += n

    def file_done(self, source: str, outcome: str) -> None:
        with self._lock:
            if source in self._sizes:
                self._bytes_done += self._sizes[source]
                self._files_done += 1
            self._failed += outcome == "failed"
            self._current, self._planned, self._embedded = "", 0, 0

    def finish(self, error: str | None = None) -> None:
        with self._lock:
            self._ended, self._error = self._clock(), error

    # --- read by the answers -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        with self._lock:
            return self._started is not None and self._ended is None

    def snapshot(self) -> IndexingSnapshot:
        with self._lock:
            now = self._clock()
            started = self._started if self._started is not None else now
            seconds = (self._ended if self._ended is not None else now) - started
            done = self._bytes_done
            size = self._sizes.get(self._current, 0)
            if size and self._planned:
                done += size * min(self._embedded / self._planned, 1.0)
            fraction = done / self._bytes_total if self._bytes_total else (1.0 if self._ended else 0.0)
            running = self._started is not None and self._ended is None
            eta = None
            if running and fraction >= MIN_FRACTION_FOR_ETA and seconds >= MIN_SECONDS_FOR_ETA:
                eta = seconds * (1 - fraction) / fraction
            return IndexingSnapshot(running=running, files_done=self._files_done, files_total=len(self._sizes),
                                    chunks=self._chunks, fraction=min(fraction, 1.0), eta_seconds=eta,
                                    seconds=seconds, failed=self._failed, error=self._error)


def eta_words(seconds: float | None) -> tuple[str, int] | None:
    """The time left as a unit and a count a sentence can say: ("min", 4), ("s", 40); None when unknown."""
    if seconds is None:
        return None
    if seconds < 60:
        return "s", max(10, math.ceil(seconds / 10.0) * 10)  # up to the next ten: "about 30 s" for 25 s
    return "min", int(seconds / 60.0 + 0.5)


def describe(now: IndexingSnapshot) -> str:
    """``12/87 files, 340 chunks, 4.1 chunks/s, about 4 min left`` (the terminal's and the log's words)."""
    rate = f", {now.chunks / now.seconds:.1f} chunks/s" if now.chunks and now.seconds else ""
    told = eta_words(now.eta_seconds)
    left = f", about {told[1]} {told[0]} left" if told else ""
    return f"{now.files_done}/{now.files_total} files, {now.chunks} chunks{rate}{left}"


def indexing_block(status: IndexingStatus | None, language: str) -> IndexingBlock | None:
    """The IndexingBlock an answer opens with (after a safety referral) while ``status`` runs or after it
    stopped on an error; None when there is nothing to say."""
    if status is None:
        return None
    now = status.snapshot()
    lang = language if language in prompts.INDEXING_RUNNING else "en"
    if now.running:
        eta = ""
        told = eta_words(now.eta_seconds)
        if told:
            unit, n = told
            eta = (prompts.INDEXING_ETA_MIN if unit == "min" else prompts.INDEXING_ETA_S)[lang].format(n=n)
        message = prompts.INDEXING_RUNNING[lang].format(done=now.files_done, total=now.files_total, eta=eta)
    elif now.error:
        message = prompts.INDEXING_STOPPED[lang].format(done=now.files_done, total=now.files_total)
    else:
        return None
    return IndexingBlock(message=message, files_done=now.files_done, files_total=now.files_total,
                         eta_seconds=None if now.eta_seconds is None else round(now.eta_seconds),
                         running=now.running)
