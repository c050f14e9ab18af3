"""A passage is embedded once: an edited document keeps the vectors of the passages it did not change (also
in another process: they come from the store), and a second store of the same documents takes them from the
process's memo. Questions never go into the memo."""

from __future__ import annotations

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.embeddings import memo
from assistant.settings import load_settings
from assistant.store import open_store
from ingest.sync import Syncer

pytestmark = pytest.mark.slow  # the real embedding model


def _counting(store, monkeypatch) -> list[str]:
    embedded: list[str] = []
    real = store.embedder.embed_documents
    monkeypatch.setattr(store.embedder, "embed_documents", lambda texts: embedded.extend(texts) or real(texts))
    return embedded


def test_an_edit_re_embeds_only_the_changed_passages(tmp_path, embedder, make_folder, monkeypatch):
    settings = load_settings(home=tmp_path / "home", embedding_memo_passages=0)  # the store alone
    store = open_store(settings, embedder)
    sections = {"Signs": "A child who works nights without pay may be exploited.",
                "Notify": "Notify child welfare and the police without delay.",
                "Support": "The assistance system for victims of trafficking helps the child.",
                "Contacts": "Call the emergency number 112 when a child is in immediate danger."}
    body = "# Edited in one place\n\n" + "".join(f"## {h}\n{t}\n\n" for h, t in sections.items())
    folder = make_folder({"guide.en.md": make.markdown_text({"title": "Edited in one place", "language": "en",
                                                             "type": "guide"}, body)})
    assert Syncer(store, settings).sync([folder]).ok
    before = {c.embedding_text(): c for c in store.catalog.chunks_of("guide.en.md")}
    assert len(before) == 4
    edited = body.replace("without delay", "at once")
    (folder / "guide.en.md").write_text(make.markdown_text({"title": "Edited in one place", "language": "en",
                                                            "type": "guide"}, edited), encoding="utf-8")

    embedded = _counting(store, monkeypatch)
    report = Syncer(open_store(settings, embedder), settings).sync([folder])  # a new Store, as another process
    assert report.updated == ["guide.en.md"]
    after = store.catalog.chunks_of("guide.en.md")
    changed = [c.embedding_text() for c in after if c.embedding_text() not in before]
    assert len(changed) == 1 and embedded == changed
    kept = [c for c in after if c.embedding_text() in before]
    old = store.vectors.vectors_of([before[c.embedding_text()].chunk_id for c in kept])
    assert not old, "the old version's vectors are deleted after the replace"
    new = store.vectors.vectors_of([c.chunk_id for c in kept])
    direct = embedder.embed_documents([c.embedding_text() for c in kept])
    assert all(sum(a * b for a, b in zip(new[c.chunk_id], d)) > 0.999 for c, d in zip(kept, direct))
    assert store.check() == []


def test_a_second_store_of_the_same_documents_embeds_nothing(tmp_path, embedder, make_folder, monkeypatch):
    memo.forget()
    folder = make_folder({"notes.en.md": make.small_guide("Synced into two stores")})
    first = load_settings(home=tmp_path / "one")
    assert Syncer(open_store(first, embedder), first).sync([folder]).ok
    second = load_settings(home=tmp_path / "two")
    store = open_store(second, embedder)
    embedded = _counting(store, monkeypatch)
    assert Syncer(store, second).sync([folder]).ok
    assert embedded == [] and store.catalog.count_chunks() > 0 and store.check() == []
    remembered = len(memo._MEMOS[embedder.identity])
    hits = store.dense_search(embedder.embed_query("Synced into two stores"), 3)
    assert hits and hits[0][0].source == "notes.en.md"
    assert len(memo._MEMOS[embedder.identity]) == remembered, "a question is never remembered"
    off = load_settings(home=tmp_path / "three", embedding_memo_passages=0)
    store = open_store(off, embedder)
    embedded = _counting(store, monkeypatch)
    assert Syncer(store, off).sync([folder]).ok and len(embedded) == store.catalog.count_chunks()
