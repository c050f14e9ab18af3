"""A short real load run (evals/benchmarks/load.py): four concurrent gradio_client sessions against one
real ``assistant serve`` subprocess on a small store, each going through whole conversations (at least
one, follow-ups included) for a few seconds. No request may fail, and every answer is cited or refused.
Speed and long runs are the benchmark's business (`make bench`), not this test's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the real embedding model, a real server subprocess

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
SOURCES = ("practice/talking-with-a-child.en.md",)  # 9 chunks, 7,500 characters: quick to embed (the contacts guide
# used before has 16 chunks, 13,800 characters: about 7 s more of the test on 2 cores)


def test_concurrent_sessions_get_cited_answers_or_refusals(tmp_path, settings, store):
    from evals.benchmarks import load
    from ingest.sync import Syncer

    folder = tmp_path / "knowledge"
    for source in SOURCES:
        (folder / source).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(KNOWLEDGE / source, folder / source)
    # Written here, before the server starts: it reads the embedded Chroma as it is on disk then.
    assert Syncer(store, settings).sync([folder]).ok

    # Follow-ups first, so that sessions 0-2 each ask one in the same session, whatever the speed.
    dialogues = sorted(load.conversations(), key=len, reverse=True)
    with load.UIServer(settings.home, tmp_path / "server.log") as server:
        server.wait_ready(timeout_s=180)
        records, elapsed = load.drive([server.url], sessions=4, seconds=5, dialogues=dialogues)
        assert server.child.poll() is None, server.log_tail()
        assert server.peak_rss_mb()

    # The stop cancels the sessions' open streams after its 3 s: no traceback each in the log (ui/server.py).
    log = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "Exception in ASGI application" not in log, log[-3000:]

    figures = load.summarise(records, elapsed)
    assert figures["errors"] == 0, figures["error_examples"]
    assert figures["requests"] >= 4 and figures["follow_ups"] >= 3
    assert {r.session for r in records} == {0, 1, 2, 3}
    assert all(r.cited or r.abstained for r in records)
    assert figures["cited"] + figures["refused"] == figures["requests"]
