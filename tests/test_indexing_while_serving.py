"""`assistant serve --sync`: the assistant answers while the knowledge folder is being indexed, and every
answer meanwhile says how far indexing is; when it is done the notice goes; when it stops, answers say so.

Real store, real model, real Syncer in its background thread; the only thing the test adds is a gate
in the progress callbacks, so that "while indexing" is a state the test holds, not a race it hopes for.
"""

from __future__ import annotations

import threading

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.answer import IndexingBlock, RefusalBlock, SafetyBlock
from assistant.indexing import IndexingStatus, describe, eta_words, indexing_block
from assistant.pipeline import Assistant
from assistant.render import answer_json, answer_text
from assistant.settings import load_settings
from assistant.store.write_lock import exclusive_writer
from ingest.background import start_background_sync

GUIDES = {f"guides/g{i}.en.md": make.small_guide(f"Guide {i}", words=f"Guide number {i} says a social worker "
                                                                        f"calls the child welfare office.")
          for i in range(3)}


class GatedStatus(IndexingStatus):
    """Indexing pauses after ``files`` files are published, until the test opens the gate."""

    def __init__(self, files: int) -> None:
        super().__init__()
        self.files, self.paused, self.gate = files, threading.Event(), threading.Event()

    def file_done(self, source: str, outcome: str) -> None:
        super().file_done(source, outcome)
        if self.snapshot().files_done == self.files:
            self.paused.set()
            assert self.gate.wait(120), "the test never opened the gate"


@pytest.fixture
def served(make_folder, monkeypatch, embedder):
    from assistant.store import open_store

    folder = make_folder(GUIDES, name="knowledge")
    monkeypatch.setenv("ASSISTANT_KNOWLEDGE_DIR", str(folder))
    settings = load_settings()
    return Assistant(settings, open_store(settings, embedder))


@pytest.mark.slow
def test_answers_say_how_far_indexing_is_and_the_notice_goes_when_it_is_done(served):
    status = served.indexing = GatedStatus(files=1)
    thread = start_background_sync(served.store, served.settings, status, report_every_s=0.2)
    assert status.paused.wait(120)

    during = served.ask("What does guide number 0 say a social worker does?")
    notice = during.blocks[0]
    assert isinstance(notice, IndexingBlock) and notice.running
    assert (notice.files_done, notice.files_total) == (1, 3)
    assert answer_text(during).startswith("The knowledge base is still being indexed (1 of 3 documents")
    assert answer_json(during)["blocks"][0]["kind"] == "indexing"
    assert len(served.store.documents()) == 1  # published one by one: what is answered from is whole

    fi = served.ask("Mitä opas numero 0 sanoo sosiaalityöntekijästä?")
    assert fi.blocks[0].message.startswith("Tietokannan indeksointi on vielä kesken (1/3 asiakirjaa")

    status.gate.set()
    thread.join(120)
    assert not status.running and status.snapshot().error is None
    after = served.ask("What does guide number 2 say a social worker does?")
    assert not any(isinstance(b, IndexingBlock) for b in after.blocks)
    assert not after.abstained and any(c.source == "guides/g2.en.md" for c in after.citations)
    assert {d.source for d in served.store.documents()} == set(GUIDES)


@pytest.mark.slow
def test_an_empty_store_being_indexed_says_so_and_not_that_it_is_empty(served):
    status = served.indexing = GatedStatus(files=0)
    status.start()
    status.estimate({source: 100 for source in GUIDES})  # planned, nothing published yet
    refused = served.ask("How do I notify child welfare when a child is in danger right now?")
    kinds = [type(b) for b in refused.blocks]
    assert refused.abstained and kinds[:2] == [SafetyBlock, IndexingBlock]  # 112 first, then the notice
    assert not any(isinstance(b, RefusalBlock) and "empty" in b.message for b in refused.blocks)
    assert "0 of 3 documents" in refused.blocks[1].message


def test_a_sync_that_cannot_start_is_said_in_answers_and_nothing_is_lost(served, capfd):
    status = IndexingStatus()
    served.indexing = status
    with exclusive_writer(served.settings.home, "another sync"):  # as if `assistant ingest` ran beside
        start_background_sync(served.store, served.settings, status, report_every_s=60).join(60)
    now = status.snapshot()
    assert not now.running and "another sync" in (now.error or "")
    assert "indexing stopped" in capfd.readouterr().err
    block = indexing_block(status, "sv")
    assert block is not None and not block.running
    assert block.message.startswith("Indexeringen av kunskapsbasen avbröts")


def test_the_fraction_counts_bytes_of_files_to_read_and_chunks_within_a_file():
    clock = [0.0]
    status = IndexingStatus(clock=lambda: clock[0])
    assert indexing_block(status, "en") is None  # not started: nothing to say
    status.start()
    status.estimate({"big.pdf": 300, "small.md": 100})
    status.file_started("big.pdf")
    status.chunks_planned(10)
    status.chunks_embedded(5)
    clock[0] = 4.0
    now = status.snapshot()
    assert now.fraction == pytest.approx(150 / 400) and now.eta_seconds is None  # too early to tell
    clock[0] = 30.0
    now = status.snapshot()
    assert now.eta_seconds == pytest.approx(30 * (250 / 400) / (150 / 400))
    assert describe(now) == "0/2 files, 5 chunks, 0.2 chunks/s, about 50 s left"
    status.file_done("big.pdf", "added")
    status.file_done("unchanged.md", "unchanged")  # not among the files to read: not counted
    assert status.snapshot().files_done == 1
    assert eta_words(25) == ("s", 30) and eta_words(5) == ("s", 10) and eta_words(200) == ("min", 3)
    status.finish()
    assert indexing_block(status, "fi") is None  # done: the notice goes
