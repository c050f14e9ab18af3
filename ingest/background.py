"""Indexing beside a running server (``assistant serve --sync``, what ``make run`` starts).

The server answers at once; this thread syncs the knowledge folder and the uploads folder into the
same store, publishing each document as it is done (a document is visible whole or not at all), and
keeps an IndexingStatus that every answer quotes meanwhile and that a line on stderr reports every
few seconds. A failed file is reported and the rest goes on, as in ``assistant ingest``; if the sync
itself stops (another process holds the store's write lock, the disk is full) the answers say so.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable

from assistant.indexing import IndexingStatus, describe
from assistant.settings import Settings
from assistant.store import Store
from ingest.sync import Syncer, served_folders, status_progress

log = logging.getLogger(__name__)

REPORT_EVERY_S = 15.0


def start_background_sync(store: Store, settings: Settings, status: IndexingStatus,
                          report_every_s: float = REPORT_EVERY_S) -> threading.Thread:
    """Start syncing the served folders into ``store`` in a daemon thread that updates ``status``."""
    folders = served_folders(settings)
    done = threading.Event()
    status.start()

    def work() -> None:
        try:
            report = Syncer(store, settings).sync(folders, status_progress(status))
        except Exception as exc:  # the sync as a whole stopped: answers say so, the log says why
            log.exception("background indexing stopped")
            status.finish(error=f"{type(exc).__name__}: {exc}")
            print(f"indexing stopped: {exc}", file=sys.stderr)
            return
        finally:
            done.set()
        status.finish()
        for source, reason in report.failed:
            print(f"FAILED {source}: {reason}", file=sys.stderr)
        print(f"indexing done: {report.summary()}", file=sys.stderr)
        fill_sentences(store)  # then the passages' sentences

    def tell() -> None:
        while not done.wait(report_every_s):
            print(f"indexing: {describe(status.snapshot())}", file=sys.stderr)

    thread = threading.Thread(target=work, name="indexing", daemon=True)
    thread.start()
    threading.Thread(target=tell, name="indexing-report", daemon=True).start()
    return thread


def fill_sentences(store: Store, progress: Callable[[int, int], None] | None = None) -> int:
    """Embed the sentences of the indexed passages that have none yet (``Store.fill_sentence_vectors``) and say so
    on stderr; return how many. Answers meanwhile choose those passages' sentences by their words. A failure is
    reported and logged, never raised: the passages are indexed, only the sentence scoring waits for the next run."""
    started = time.perf_counter()
    try:
        made = store.fill_sentence_vectors(progress)
    except Exception as exc:
        log.exception("sentence vectors not made")
        print(f"WARNING sentence vectors not made ({type(exc).__name__}: {exc}); answers choose sentences by "
              f"their words until the next `assistant ingest`", file=sys.stderr)
        return 0
    if made:
        print(f"sentence vectors: {made} sentences embedded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return made


def start_sentence_fill(store: Store) -> threading.Thread:
    """``fill_sentences`` in a daemon thread (after a sync from the admin tab, which answers at once)."""
    thread = threading.Thread(target=fill_sentences, args=(store,), name="sentences", daemon=True)
    thread.start()
    return thread
