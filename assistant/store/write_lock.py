"""The cross-process write lock of a store: one writer at a time per ASSISTANT_HOME.

A sync, remove or reindex (``Store.writing``) and an ``assistant import`` (assistant/backup) hold it,
so none of them sees another's half-written state: a second sync's recovery would otherwise delete
a running sync's pending vectors, and an import would switch the catalog under a running sync. It is
an advisory ``flock`` on ``ASSISTANT_HOME/.write.lock``, released by the kernel when its holder dies
(a SIGKILLed sync never leaves it taken). The file names the holder for the error message.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import StoreError

LOCK_FILE = ".write.lock"


@contextmanager
def exclusive_writer(home: Path, doing: str) -> Iterator[None]:
    """Hold the write lock of the store in ``home`` while ``doing`` (e.g. "a sync"); StoreError naming
    the holder if another process holds it. Not re-entrant: a second hold in one process fails too."""
    home.mkdir(parents=True, exist_ok=True)
    handle = (home / LOCK_FILE).open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise StoreError(f"{holder} is writing to the store in {home}; try again when it has finished") from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"{doing} (process {os.getpid()})")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
    finally:
        handle.close()  # closing releases the lock
