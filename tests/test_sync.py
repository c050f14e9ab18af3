"""Syncing folders into the real store (the real embedding model; every test twice: Chroma on disk and
a real `chroma run` server on loopback, ASSISTANT_CHROMA_URL): add, skip
unchanged, re-embed changed, remove deleted, ``replaces``, the CLI's document commands, readers during
a replace, the model-mismatch guard, reindexing into a used collection, .assistantignore and links.
Real SIGKILLs of `assistant ingest` are in test_crash.py."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from pathlib import Path

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.cli import main
from assistant.errors import ModelMismatchError
from assistant.settings import load_settings
from assistant.store import Store, open_store
from ingest.sync import Syncer

pytestmark = pytest.mark.slow  # the real embedding model

CHUNK_WORDS = "40"


@pytest.fixture(params=["embedded", "chroma-server"])
def settings(request, isolated_home, monkeypatch):
    """Small chunks, also for the CLI commands these tests run in-process; the embedded store, then
    the module's Chroma server (one collection per test)."""
    monkeypatch.setenv("ASSISTANT_CHUNK_WORDS", CHUNK_WORDS)
    if request.param == "chroma-server":
        monkeypatch.setenv("ASSISTANT_CHROMA_URL", request.getfixturevalue("chroma_url"))
        monkeypatch.setenv("ASSISTANT_COLLECTION", f"t{uuid.uuid4().hex[:10]}")
    return load_settings()


def assert_consistent(store: Store) -> None:
    """Every catalog chunk has a vector, no vector lacks a catalog chunk, no write is pending."""
    catalog_ids = {c.chunk_id for c in store.catalog.all_chunks()}
    assert store.vectors.ids() == catalog_ids
    assert store.catalog.pending() == []
    for record in store.documents():
        assert record.chunks == len(store.catalog.chunks_of(record.source))


def sync(store, settings, folder: Path, **kwargs):
    return Syncer(store, settings).sync([folder], **kwargs)


def test_add_then_resync_unchanged_embeds_nothing(store, settings, make_folder):
    folder = make_folder({"guides/a.en.md": make.small_guide("Guide A"),
                          "guides/b.fi.md": make.small_guide("Opas B", "fi", "Lapsi saa apua heti.")})
    report = sync(store, settings, folder)
    assert report.ok and sorted(report.added) == ["guides/a.en.md", "guides/b.fi.md"]
    assert report.chunks == 4 and not report.unchanged
    record = store.document("guides/b.fi.md")
    assert (record.title, record.language, record.doc_type, record.chunks) == ("Opas B", "fi", "guide", 2)
    assert [c.locator for c in store.catalog.chunks_of("guides/a.en.md")] == ["Summary", "Contacts"]
    assert_consistent(store)

    # A fresh store (as a new `assistant ingest` would open) skips both without opening Chroma.
    again = open_store(settings, store.embedder)
    report = sync(again, settings, folder)
    assert sorted(report.unchanged) == ["guides/a.en.md", "guides/b.fi.md"]
    assert not report.added and not report.updated and report.chunks == 0
    assert again._vectors is None  # nothing was embedded or even looked up

    # Touched (same bytes, new mtime): still unchanged, the vectors stay.
    before = store.vectors.ids()
    history = store.catalog.history("guides/a.en.md")
    os.utime(folder / "guides/a.en.md", ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    report = sync(store, settings, folder)
    assert "guides/a.en.md" in report.unchanged and report.chunks == 0
    assert store.vectors.ids() == before
    assert store.catalog.history("guides/a.en.md") == history  # a touch is not a new version
    stat = (folder / "guides/a.en.md").stat()
    assert store.document("guides/a.en.md").extra["mtime_ns"] == stat.st_mtime_ns  # next time: the fast path


def test_changed_file_is_reembedded_and_the_old_version_is_gone(store, settings, make_folder, capsys):
    folder = make_folder({"guide.en.md": make.small_guide("Guide", words="The first wording of the summary.")})
    sync(store, settings, folder)
    old = store.document("guide.en.md")
    old_ids = {c.chunk_id for c in store.catalog.chunks_of("guide.en.md")}

    (folder / "guide.en.md").write_text(make.small_guide("Guide", words="The second, corrected wording."),
                                        encoding="utf-8")
    report = sync(store, settings, folder)
    assert report.updated == ["guide.en.md"] and report.chunks == 2
    new = store.document("guide.en.md")
    assert new.version != old.version
    new_ids = {c.chunk_id for c in store.catalog.chunks_of("guide.en.md")}
    assert not old_ids & new_ids
    assert not store.catalog.chunks_by_id(old_ids)  # gone from the catalog...
    assert not old_ids & store.vectors.ids()  # ...and from Chroma
    assert "corrected wording" in store.catalog.chunks_of("guide.en.md")[0].text
    assert_consistent(store)

    history = store.catalog.history("guide.en.md")
    assert [(h["event"], h["version"]) for h in history] == [("added", old.version), ("updated", new.version)]
    assert main(["history", "guide.en.md"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "added" in lines[0] and old.version[:12] in lines[0]
    assert "updated" in lines[1] and new.version[:12] in lines[1]
    assert main(["history", "never-seen.md"]) == 1
    assert "no history" in capsys.readouterr().err


def test_deleted_file_is_removed_and_reported(store, settings, make_folder, capsys):
    folder = make_folder({"keep.en.md": make.small_guide("Keep"), "sub/gone.en.md": make.small_guide("Gone")})
    sync(store, settings, folder)
    (folder / "sub/gone.en.md").unlink()

    # Through the CLI: nothing needs embedding, so no model is loaded here.
    assert main(["ingest", str(folder), "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert "removed sub/gone.en.md" in captured.err
    assert "removed 1" in captured.out and "unchanged 1" in captured.out
    assert [r.source for r in store.documents()] == ["keep.en.md"]
    assert [h["event"] for h in store.catalog.history("sub/gone.en.md")] == ["added", "removed"]
    assert_consistent(store)

    # --no-prune keeps documents whose files are gone.
    (folder / "keep.en.md").unlink()
    report = sync(store, settings, folder, prune=False)
    assert not report.removed and store.document("keep.en.md") is not None


def test_replaces_front_matter_retires_the_old_document(store, settings, make_folder):
    folder = make_folder({"guides/old.en.md": make.small_guide("Old guide")})
    sync(store, settings, folder)
    (folder / "guides/new.en.md").write_text(
        make.small_guide("New guide", replaces="guides/old.en.md"), encoding="utf-8")

    report = sync(store, settings, folder)  # the old file stays in the folder "for history"
    assert report.added == ["guides/new.en.md"] and report.removed == ["guides/old.en.md"]
    assert [r.source for r in store.documents()] == ["guides/new.en.md"]
    assert store.document("guides/new.en.md").extra["replaces"] == "guides/old.en.md"
    assert [h["event"] for h in store.catalog.history("guides/old.en.md")] == ["added", "removed"]

    # The next sync must not bring the superseded document back.
    report = sync(store, settings, folder)
    assert report.ok and not report.added and report.chunks == 0
    assert [r.source for r in store.documents()] == ["guides/new.en.md"]
    assert_consistent(store)


def test_sources_and_remove_through_the_cli(store, settings, make_folder, capsys):
    folder = make_folder({make.ODD_NAME: make.small_guide("Lapsen oikeudet", "fi", "Lapsella on oikeus apuun."),
                          "plain.en.md": make.small_guide("Plain")})
    assert sync(store, settings, folder).ok

    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert make.ODD_NAME in out and "plain.en.md" in out and "2 documents, 4 chunks" in out
    assert main(["sources", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["source"] for r in rows} == {make.ODD_NAME, "plain.en.md"}
    assert {r["chunks"] for r in rows} == {2}

    assert main(["remove", make.ODD_NAME]) == 0
    assert f"removed {make.ODD_NAME} (2 chunks)" in capsys.readouterr().out
    assert [r.source for r in store.documents()] == ["plain.en.md"]
    assert not any(i.startswith(make.ODD_NAME) for i in store.vectors.ids())
    assert_consistent(store)

    assert main(["remove", "not-there.md"]) == 1
    assert "not-there.md: not in the store" in capsys.readouterr().err


def test_a_document_is_never_visible_twice_or_not_at_all_during_replaces(store, settings, make_folder, embedder):
    # A new wording each time: a replace re-embeds what changed (the unchanged section keeps its vector).
    texts = [make.small_guide("Emergency guide", words=f"Call the emergency number 112 at once, version {v}.")
             for v in ("one", "two", "three", "four", "five", "six", "seven")]
    folder = make_folder({"emergency.en.md": texts[0]})
    sync(store, settings, folder)
    n = store.document("emergency.en.md").chunks
    vector = embedder.embed_query("What number do I call when a child is in danger?")
    problems: list[str] = []
    done = threading.Event()

    def replace_repeatedly() -> None:
        try:
            for i in range(1, 7):
                (folder / "emergency.en.md").write_text(texts[i], encoding="utf-8")
                report = Syncer(store, settings).sync([folder])
                if report.updated != ["emergency.en.md"]:
                    problems.append(f"replace {i}: {report.summary()} {report.failed}")
        finally:
            done.set()

    writer = threading.Thread(target=replace_repeatedly)
    writer.start()
    reads = 0
    while not done.is_set():
        dense = store.dense_search(vector, n)
        keyword = store.keyword_search("emergency number", 10)
        for name, hits in (("dense", dense), ("keyword", keyword)):
            versions = {chunk.version for chunk, _ in hits}
            if len(versions) != 1 or len(hits) != n:
                problems.append(f"{name} read {reads}: {len(hits)} hits of {len(versions)} versions")
        reads += 1
    writer.join()
    assert not problems, problems[:5]
    assert reads >= 10
    assert_consistent(store)


def test_another_embedding_model_is_refused_with_the_reindex_hint(store, settings, make_folder, monkeypatch, capsys):
    from assistant.factory import make_store

    sync(store, settings, make_folder({"a.en.md": make.small_guide("A")}))
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODEL", "minilm")
    with pytest.raises(ModelMismatchError) as error:
        make_store(load_settings())
    message = str(error.value)
    assert "embeddinggemma-300m" in message and "all-minilm-l6-v2" in message
    assert "`assistant reindex`" in message
    assert main(["sources"]) == 1
    assert "assistant reindex" in capsys.readouterr().err


def test_reindex_leaves_no_stray_vectors_of_an_earlier_reindex(store, settings, make_folder, embedder):
    from assistant.embeddings.registry import build_embedder

    folder = make_folder({"a.en.md": make.small_guide("A", words="The first wording."),
                          "b.en.md": make.small_guide("B")})
    sync(store, settings, folder)
    minilm = build_embedder(load_settings(embedding_model="minilm"))
    assert Store(settings, minilm, check_model=False).reindex() == 4  # fills the minilm collection
    assert Store(settings, embedder, check_model=False).reindex() == 4  # and back
    (folder / "a.en.md").write_text(make.small_guide("A", words="The second wording."), encoding="utf-8")
    (folder / "b.en.md").unlink()
    report = sync(open_store(settings, embedder), settings, folder)
    assert report.updated == ["a.en.md"] and report.removed == ["b.en.md"]

    # Reindexing into the minilm collection again: the vectors of a's first version and of b,
    # left there by the first reindex, must go.
    again = Store(settings, minilm, check_model=False)
    assert again.reindex() == 2
    assert again.vectors.ids() == {c.chunk_id for c in again.catalog.all_chunks()}
    assert again.check() == []
    assert again.model_name == "all-minilm-l6-v2"


def test_a_file_newly_matched_by_assistantignore_is_removed(store, settings, make_folder, capsys):
    folder = make_folder({"keep.en.md": make.small_guide("Keep"), "old.en.md": make.small_guide("Old"),
                          "drafts/draft.en.md": make.small_guide("Draft")})
    assert len(sync(store, settings, folder).added) == 3
    (folder / ".assistantignore").write_text("# not for the assistant\nold.en.md\ndrafts/\n", encoding="utf-8")

    assert main(["ingest", str(folder), "--no-progress"]) == 0  # nothing to embed: no model loaded
    captured = capsys.readouterr()
    assert "removed drafts/draft.en.md" in captured.err and "removed old.en.md" in captured.err
    assert "unchanged 1, removed 2, failed 0" in captured.out
    assert [r.source for r in store.documents()] == ["keep.en.md"]
    assert [h["event"] for h in store.catalog.history("old.en.md")] == ["added", "removed"]
    assert store.check() == []
    report = sync(store, settings, folder)  # and they stay out
    assert report.ok and report.unchanged == ["keep.en.md"] and not report.added and not report.removed


def test_a_link_to_a_file_in_the_same_folder_is_indexed_once(store, settings, make_folder, capsys):
    folder = make_folder({"guides/real.en.md": make.small_guide("Real"), "copy.en.md": make.small_guide("Copy")})
    os.symlink(folder / "guides" / "real.en.md", folder / "guides" / "alias.en.md")
    report = sync(store, settings, folder)
    assert report.ok and report.added == ["copy.en.md", "guides/real.en.md"]
    assert report.skipped == [("guides/alias.en.md", "a link to guides/real.en.md, which is indexed")]
    assert store.check() == []

    # A copy indexed earlier becomes a link to the real file: it goes, as a deleted file would.
    (folder / "copy.en.md").unlink()
    os.symlink("guides/real.en.md", folder / "copy.en.md")
    report = sync(store, settings, folder)
    assert report.ok and report.unchanged == ["guides/real.en.md"] and report.removed == ["copy.en.md"]
    assert [source for source, _ in report.skipped] == ["copy.en.md", "guides/alias.en.md"]
    assert [r.source for r in store.documents()] == ["guides/real.en.md"]
    assert store.check() == []
    assert main(["ingest", str(folder), "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert "skipped copy.en.md: a link to guides/real.en.md, which is indexed" in captured.err
    assert "unchanged 1, removed 0, failed 0" in captured.out

    # A link whose target is not listed itself (a hidden file) is indexed once, under the link's name.
    (folder / ".hidden.en.md").write_text(make.small_guide("Hidden"), encoding="utf-8")
    os.symlink(".hidden.en.md", folder / "shown.en.md")
    report = sync(store, settings, folder)
    assert report.added == ["shown.en.md"] and len(report.skipped) == 2
    assert store.check() == []


def test_searches_explore_enough_graph_candidates_to_be_repeatable(store, settings):
    """Chroma's default ef_search (100) let the same query return different top-40 hits in different
    processes; the store sets the configured value on the collection it opens (docs/evaluation/qa-history.md)."""
    store.dense_search([1.0] + [0.0] * (store.embedder.dimension - 1), 5)
    assert store.vectors._db._collection.configuration_json["hnsw"]["ef_search"] == settings.vector_search_ef == 400
