"""Real SIGKILLs of `assistant ingest` (a subprocess on the real store and model) at three points:
during start-up and model load, in the middle of a first ingest, and while changed documents
replace their old versions. After each kill a fresh process checks what queries can see; the next
sync recovers and completes. The long random series is ``python -m evals.benchmarks.crash``."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.settings import load_settings
from assistant.store import open_store
from ingest.sync import Syncer

pytestmark = pytest.mark.slow  # the real embedding model, in subprocesses

REPO = Path(__file__).resolve().parents[1]
Catalog = tuple[dict[str, str], list[tuple[str, str]]]  # source -> version, pending marks


@pytest.fixture
def settings(isolated_home, monkeypatch):
    monkeypatch.setenv("ASSISTANT_CHUNK_WORDS", "40")  # small chunks, also in the subprocesses
    return load_settings()


def test_sigkill_at_three_points_leaves_a_consistent_store(settings, make_folder, embedder):
    folder = make_folder({f"guides/g{i}.en.md": make.small_guide(f"Guide {i}", words=f"Guide number {i} says this.")
                          for i in range(8)})
    catalog = settings.catalog_path

    # 1. As soon as the first write is marked: Chroma opening, the model loading (it loads lazily,
    #    inside the first write), nothing embedded yet.
    at_kill = kill_ingest(folder, catalog, lambda docs, pending: bool(pending) and not docs)
    assert not at_kill[0]
    assert_only_invisible_leftovers()

    # 2. In the middle of the first ingest: some documents published, one being written.
    at_kill = kill_ingest(folder, catalog, lambda docs, pending: len(docs) >= 3 and bool(pending))
    assert 3 <= len(at_kill[0]) < 8
    assert_only_invisible_leftovers()

    # 3. While edited documents replace their old versions (and one file is gone).
    edited = {f"guides/g{i}.en.md" for i in range(3)}
    for source in edited:
        (folder / source).write_text(make.small_guide("Edited", words=f"A corrected text for {source}."),
                                     encoding="utf-8")
    (folder / "guides/g7.en.md").unlink()
    new = files_of(folder)
    at_kill = kill_ingest(folder, catalog, lambda docs, pending: bool(pending) and any(
        docs.get(s) == new[s] for s in edited))
    assert any(at_kill[0].get(s) == new[s] for s in edited)
    assert_only_invisible_leftovers()

    # The next sync recovers and completes; the store holds exactly the folder's files.
    store = open_store(load_settings(), embedder)
    report = Syncer(store, settings).sync([folder])
    assert report.ok, report.failed
    assert {r.source: r.version for r in store.documents()} == new
    assert store.check() == []


def test_the_check_sees_keyword_entries_out_of_step(store, settings, make_folder):
    folder = make_folder({"guide.en.md": make.small_guide("Checked")})
    assert Syncer(store, settings).sync([folder]).ok and store.check() == []
    first, second = (c.chunk_id for c in store.catalog.chunks_of("guide.en.md"))
    with closing(sqlite3.connect(settings.catalog_path)) as db, db:
        db.execute("DELETE FROM chunks_fts WHERE chunk_id = ?", (first,))
        db.execute("INSERT INTO chunks_fts (tokens, chunk_id) VALUES ('stray', 'gone.md::0::00000')")
        db.execute("INSERT INTO chunks_fts (tokens, chunk_id) VALUES ('twice', ?)", (second,))
    assert store.check() == [f"1 catalog chunk(s) without keyword entries, e.g. {first}",
                             "1 keyword entries of chunk(s) the catalog does not list, e.g. gone.md::0::00000",
                             f"1 chunk(s) with more than one keyword entry, e.g. {second}"]


def kill_ingest(folder: Path, catalog: Path, when: Callable[[dict[str, str], list], bool]) -> Catalog:
    """Start `assistant ingest FOLDER`, SIGKILL it once ``when(documents, pending)`` holds; the catalog then."""
    command = [sys.executable, "-m", "assistant", "ingest", str(folder), "--no-progress"]
    process = subprocess.Popen(command, cwd=REPO, env=dict(os.environ), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    state: Catalog = ({}, [])
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            state = read_catalog(catalog)
            if when(*state):
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, f"not killed ({process.returncode}): {err.decode()[-1500:]}"
    return state


def assert_only_invisible_leftovers() -> None:
    """`assistant check` in a fresh process: a pending mark and vectors the catalog does not list are all
    a kill may leave (queries never see them; the next sync deletes them)."""
    out = subprocess.run([sys.executable, "-m", "assistant", "check"], cwd=REPO, env=dict(os.environ),
                         capture_output=True, text=True, timeout=120)
    problems = out.stdout.splitlines()[:-1]
    assert out.returncode == (1 if problems else 0), out.stderr[-1500:]
    visible = [p for p in problems if "was interrupted" not in p and "the catalog does not list" not in p]
    assert not visible, problems


def read_catalog(catalog: Path) -> Catalog:
    """The catalog of another process, read-only; empty until it exists."""
    try:
        with closing(sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=1)) as db:
            docs = dict(db.execute("SELECT source, version FROM documents").fetchall())
            return docs, db.execute("SELECT source, version FROM pending").fetchall()
    except sqlite3.Error:
        return {}, []


def files_of(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_second_writer_is_refused_while_another_process_writes(store, settings, make_folder, capsys):
    """recover() deletes the vectors of every pending write, so two syncs at once would undo each
    other's work: a writer in another process holds ASSISTANT_HOME/.write.lock, and this one stops."""
    from assistant.cli import main
    from assistant.errors import StoreError

    folder = make_folder({"guide.en.md": make.small_guide("Locked out")})
    lock = settings.home / ".write.lock"
    settings.home.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys, time\n"
        f"f = open({str(lock)!r}, 'a+'); fcntl.flock(f, fcntl.LOCK_EX); f.write('process 4242'); f.flush()\n"
        "print('locked', flush=True); time.sleep(60)")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="process 4242 is writing to the store"):
            Syncer(store, settings).sync([folder])
        assert main(["ingest", str(folder), "--no-progress"]) == 1
        assert "process 4242 is writing to the store" in capsys.readouterr().err
        from assistant.backup.restore import import_store
        with pytest.raises(StoreError, match="process 4242 is writing to the store"):
            import_store(settings, folder / "any.tar")  # an import waits for the lock like a sync
        assert store.documents() == []
    finally:
        holder.kill()
        holder.wait()
    from assistant.store.write_lock import exclusive_writer
    with exclusive_writer(settings.home, "an `assistant import`"):  # an import holds it: a sync stops
        with pytest.raises(StoreError, match=r"an `assistant import` \(process \d+\) is writing"):
            Syncer(store, settings).sync([folder])
    report = Syncer(store, settings).sync([folder])  # the lock went with its process
    assert report.ok and report.added == ["guide.en.md"]
    assert store.check() == []
