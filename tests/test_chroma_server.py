"""The core store operations against a real Chroma server (ASSISTANT_CHROMA_URL) instead of the
embedded one: add, search, replace, remove, and the catalog and the server agreeing throughout."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.settings import load_settings
from assistant.store import open_store
from ingest.sync import Syncer

pytestmark = pytest.mark.slow  # chroma_url: the real server, from conftest.py


@pytest.fixture
def settings(isolated_home, monkeypatch, chroma_url):
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", chroma_url)
    monkeypatch.setenv("ASSISTANT_CHUNK_WORDS", "40")
    monkeypatch.setenv("ASSISTANT_COLLECTION", f"t{uuid.uuid4().hex[:10]}")  # one server, many tests
    return load_settings()


def assert_consistent(store) -> None:
    assert store.vectors.ids() == {c.chunk_id for c in store.catalog.all_chunks()}
    assert store.catalog.pending() == []


def test_add_search_replace_remove_on_a_chroma_server(store, settings, make_folder, embedder):
    import chromadb

    folder = make_folder({
        "guides/emergency.en.md": make.small_guide("Emergency guide", words="Call 112 when a child is in danger."),
        "guides/opas.fi.md": make.small_guide("Auttamisjärjestelmä", "fi",
                                              "Ihmiskaupan uhrien auttamisjärjestelmä auttaa myös lapsia."),
    })
    report = Syncer(store, settings).sync([folder])
    assert report.ok and len(report.added) == 2 and report.chunks == 4
    assert not settings.chroma_dir.exists()  # nothing embedded on disk: the vectors are on the server
    assert_consistent(store)

    # The server itself holds the collection and its vectors.
    client = chromadb.HttpClient(host="127.0.0.1", port=int(settings.chroma_url.rsplit(":", 1)[1]))
    assert client.get_collection(store.vectors.name).count() == 4

    # Search.
    vector = embedder.embed_query("Can the assistance system help a child victim of trafficking?")
    hits = store.dense_search(vector, 2)
    assert hits[0][0].source == "guides/opas.fi.md"
    only_en = store.dense_search(vector, 4, {"language": "en"})
    assert {c.source for c, _ in only_en} == {"guides/emergency.en.md"}
    assert store.keyword_search("auttamisjärjestelmä", 5)[0][0].source == "guides/opas.fi.md"

    # Replace.
    old_ids = {c.chunk_id for c in store.catalog.chunks_of("guides/emergency.en.md")}
    (folder / "guides/emergency.en.md").write_text(
        make.small_guide("Emergency guide", words="Call the emergency number 112 at once."), encoding="utf-8")
    report = Syncer(store, settings).sync([folder])
    assert report.updated == ["guides/emergency.en.md"] and report.unchanged == ["guides/opas.fi.md"]
    assert not old_ids & store.vectors.ids()
    assert_consistent(store)

    # Remove.
    assert store.remove("guides/opas.fi.md") is not None
    assert {c.source for c, _ in store.dense_search(vector, 4)} == {"guides/emergency.en.md"}
    assert client.get_collection(store.vectors.name).count() == 2
    assert_consistent(store)


def test_interrupted_write_is_cleaned_up_on_the_server(store, settings, make_folder):
    folder = make_folder({"a.en.md": make.small_guide("A")})
    Syncer(store, settings).sync([folder])
    # An ingest killed after step 2 of Store.replace: pending mark and invisible vectors on the server.
    record = store.document("a.en.md")
    ghost = [replace(c, version="f" * 64) for c in store.catalog.chunks_of("a.en.md")]
    store.catalog.mark_pending("a.en.md", "f" * 64)
    store.vectors.add(ghost)
    assert {c.chunk_id for c in ghost} <= store.vectors.ids()

    reopened = open_store(load_settings(), store.embedder)
    assert reopened.recover() == 1
    assert reopened.document("a.en.md").version == record.version
    assert_consistent(reopened)
