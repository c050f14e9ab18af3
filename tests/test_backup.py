"""``assistant export`` / ``assistant import`` round trips on real stores (Chroma on disk and a real
``chroma run`` server, the real embedding model): same answers, citations, sources, history, feedback
and uploads after the trip; refusals of non-empty stores, damaged, malicious and other-model archives;
an import interrupted at each phase leaves a whole store (the old one before the commit, the new after)."""

from __future__ import annotations

import io
import json
import tarfile
import uuid
from contextlib import redirect_stdout
from pathlib import Path
from types import SimpleNamespace

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.render import answer_json
from assistant.backup.restore import import_store
from assistant.cli import main
from assistant.feedback import open_feedback
from assistant.pipeline import Assistant
from assistant.settings import load_settings
from assistant.store import open_store
from ingest.sync import Syncer

pytestmark = pytest.mark.slow  # the real embedding model

QUESTION = "Can a child who may be a victim of trafficking get help from the assistance system?"
DOCS = {
    "guides/emergency.en.md": make.small_guide("Emergency guide", words="Call 112 when a child is in danger."),
    "guides/opas.fi.md": make.small_guide("Auttamisjärjestelmä", "fi",
                                          "Ihmiskaupan uhrien auttamisjärjestelmä auttaa myös lapsia."),
    "guides/hjalp.sv.md": make.small_guide("Hjälpsystemet", "sv",
                                           "Också ett barn som misstänks vara offer för människohandel kan få hjälp "
                                           "inom hjälpsystemet för offer för människohandel."),
}
UPLOAD = "uploaded-note.md"


def answer_facts(settings, embedder) -> dict:
    """What a user sees of the answer to QUESTION: its text, citations and the passages behind them."""
    answer = answer_json(Assistant(settings, open_store(settings, embedder)).ask(QUESTION))
    return {key: answer[key] for key in ("answer", "citations", "sentences", "abstained")} | {
        "passages": [(p["source"], p["locator"], p["text"]) for p in answer["passages"]]}


def cli_output(*argv: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


def listing() -> dict:
    """`assistant sources` and `assistant history` of every document, as the CLI prints them."""
    sources = cli_output("sources")
    history = {s: cli_output("history", s) for s in [*DOCS, UPLOAD]}
    return {"sources": sources, "history": history}


def assert_consistent(settings, embedder) -> None:
    store = open_store(settings, embedder)
    assert store.vectors.ids() == {c.chunk_id for c in store.catalog.all_chunks()}
    assert not list(settings.home.glob(".import-*")) and not (settings.home / "import-journal.json").exists()


@pytest.fixture(scope="module")
def source(tmp_path_factory, embedder):
    """A store with three documents (one updated, so history has four events), an uploaded document,
    one feedback entry, an answer recorded, and its export with feedback and uploads."""
    base = tmp_path_factory.mktemp("backup-source")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ASSISTANT_HOME", str(base / "home"))
        env.setenv("ASSISTANT_CHUNK_WORDS", "40")
        settings = load_settings()
        folder = base / "docs"
        for relative, text in DOCS.items():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (folder / relative).write_text(text, encoding="utf-8")
        settings.uploads_dir.mkdir(parents=True)
        (settings.uploads_dir / UPLOAD).write_text(make.small_guide("Uploaded note", words="Uploaded by the admin."))
        store = open_store(settings, embedder)
        assert Syncer(store, settings).sync([folder, settings.uploads_dir]).ok
        (folder / "guides/emergency.en.md").write_text(
            make.small_guide("Emergency guide", words="Call the emergency number 112 at once."), encoding="utf-8")
        assert Syncer(store, settings).sync([folder]).updated == ["guides/emergency.en.md"]
        answer = answer_facts(settings, embedder)
        assert not answer["abstained"] and answer["citations"]
        open_feedback(settings.feedback_path).add({"question": QUESTION, "answer": answer["answer"]}, rating="up",
                                                  comment="Useful, thanks")
        archive = base / "backup.tar.gz"
        assert main(["export", str(archive), "--with-feedback", "--with-uploads"]) == 0
        yield SimpleNamespace(settings=settings, archive=archive, answer=answer, listing=listing(),
                              chunks=store.catalog.count_chunks())


def import_ok(capsys, *argv: str) -> str:
    capsys.readouterr()
    status = main(["import", *argv])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def test_round_trip_keeps_answers_sources_history_feedback_and_uploads(source, embedder, capsys):
    out = import_ok(capsys, str(source.archive))
    assert out.startswith(f"imported 4 documents, {source.chunks} chunks") and "catalog and Chroma agree" in out
    settings = load_settings()
    assert settings.home != source.settings.home
    assert answer_facts(settings, embedder) == source.answer
    assert listing() == source.listing
    entries = open_feedback(settings.feedback_path).entries()
    assert [(e.rating, e.comment) for e in entries] == [("up", "Useful, thanks")]
    # The uploaded original moved along, and its record now points into this home's uploads folder.
    assert (settings.uploads_dir / UPLOAD).read_text() == (source.settings.uploads_dir / UPLOAD).read_text()
    record = open_store(settings, embedder).document(UPLOAD)
    assert record.path == str(settings.uploads_dir / UPLOAD) and record.extra["root"] == str(settings.uploads_dir)
    assert_consistent(settings, embedder)

    # A store that is not empty is refused without --replace, and nothing changes.
    catalog_bytes = settings.catalog_path.read_bytes()
    assert main(["import", str(source.archive)]) == 1
    err = capsys.readouterr().err
    assert "is not empty" in err and "nothing was changed" in err and "--replace" in err
    assert settings.catalog_path.read_bytes() == catalog_bytes
    assert_consistent(settings, embedder)
    # With --replace it is replaced, and still answers the same.
    import_ok(capsys, str(source.archive), "--replace")
    assert answer_facts(settings, embedder) == source.answer
    assert_consistent(settings, embedder)


def rewrite(archive: Path, dest: Path, change) -> Path:
    """Copy ``archive`` member by member into ``dest``; ``change(info, data)`` returns the new pairs."""
    with tarfile.open(archive, "r:gz") as tar, tarfile.open(dest, "w:gz") as out:
        for info in tar.getmembers():
            data = tar.extractfile(info).read()
            for new_info, new_data in change(info, data):
                out.addfile(new_info, io.BytesIO(new_data) if new_data is not None else None)
    return dest


def test_damaged_and_malicious_archives_are_refused_naming_the_member(source, embedder, capsys, tmp_path):
    import_ok(capsys, str(source.archive))
    settings = load_settings()
    before = listing()

    def flip_byte(info, data):
        if info.name == "vectors/records.jsonl":
            data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
        return [(info, data)]

    def add_member(name, kind=tarfile.REGTYPE):
        def change(info, data):
            if info.name != "manifest.json":
                return [(info, data)]
            manifest = json.loads(data)
            manifest["members"][name] = {"size": 4, "sha256": "0" * 64}
            body = json.dumps(manifest).encode()
            info.size = len(body)
            evil = tarfile.TarInfo(name)
            evil.type, evil.size, evil.linkname = kind, (4 if kind == tarfile.REGTYPE else 0), "/etc/passwd"
            return [(info, body), (evil, b"evil" if kind == tarfile.REGTYPE else None)]
        return change

    def bump_version(info, data):
        if info.name == "manifest.json":
            data = json.dumps(json.loads(data) | {"format_version": 99}).encode()
            info.size = len(data)
        return [(info, data)]

    cases = {
        "damaged.tar.gz": (flip_byte, ["'vectors/records.jsonl'", "sha256 does not match"]),
        "traversal.tar.gz": (add_member("../evil"), ["'../evil'", "unsafe name"]),
        "absolute.tar.gz": (add_member("/tmp/evil"), ["'/tmp/evil'", "unsafe name"]),
        "link.tar.gz": (add_member("uploads/link.md", tarfile.SYMTYPE), ["'uploads/link.md'", "not a regular file"]),
        "future.tar.gz": (bump_version, ["'manifest.json'", "format version 99"]),
    }
    for name, (change, expected) in cases.items():
        bad = rewrite(source.archive, tmp_path / name, change)
        assert main(["import", str(bad), "--replace"]) == 1, name
        err = capsys.readouterr().err
        assert all(text in err for text in expected), (name, err)
    assert not (tmp_path / "evil").exists()
    assert listing() == before
    assert_consistent(settings, embedder)
    assert [c.name for c in open_store(settings, embedder).vectors._db._client.list_collections()] == \
        ["knowledge-embeddinggemma-300m"]  # no staging collection left behind


@pytest.mark.parametrize("phase, survivor", [
    ("vectors", "old"),                  # killed while staging
    ("switching the catalog", "old"),    # collections renamed, catalog not yet switched
    ("finishing", "new"),                # after the commit: the import is finished instead
])
def test_an_interrupted_import_leaves_one_whole_store(source, embedder, capsys, make_folder, phase, survivor):
    settings = load_settings()
    store = open_store(settings, embedder)
    Syncer(store, settings).sync([make_folder({"old.en.md": make.small_guide("Old store")})])

    def interrupt(message: str) -> None:
        if message.startswith(phase):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_store(settings, source.archive, replace=True, say=interrupt)
    sources = {r.source for r in open_store(settings, embedder).documents()}
    assert sources == ({"old.en.md"} if survivor == "old" else {*DOCS, UPLOAD})
    assert_consistent(settings, embedder)


def test_an_archive_of_another_model_is_refused_unless_adopted(source, capsys, monkeypatch):
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODEL", "minilm")  # name and size known without loading it
    assert main(["import", str(source.archive)]) == 1
    err = capsys.readouterr().err
    assert "embeddinggemma-300m (768 dimensions)" in err and "all-minilm-l6-v2 (384 dimensions)" in err
    assert "ASSISTANT_EMBEDDING_MODEL=embeddinggemma" in err and "--adopt-model" in err and "assistant reindex" in err
    assert not load_settings().catalog_path.exists()
    # Adopted: imported as made; the store then names the mismatch and the way out, as after a model change.
    assert main(["import", str(source.archive), "--adopt-model"]) == 0
    assert "run `assistant reindex`" in capsys.readouterr().out
    assert main(["sources"]) == 1
    assert "assistant reindex" in capsys.readouterr().err


def test_round_trip_through_a_chroma_server(source, embedder, capsys, monkeypatch, chroma_url, tmp_path):
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", chroma_url)
    monkeypatch.setenv("ASSISTANT_COLLECTION", f"t{uuid.uuid4().hex[:10]}")
    import_ok(capsys, str(source.archive))
    settings = load_settings()
    assert not settings.chroma_dir.exists()  # the vectors went to the server
    assert answer_facts(settings, embedder) == source.answer
    assert_consistent(settings, embedder)
    server_listing = listing()

    # Exported from the server and imported into an embedded store: the same store again.
    cli_output("export", str(tmp_path / "from-server.tar.gz"))
    monkeypatch.delenv("ASSISTANT_CHROMA_URL")
    monkeypatch.delenv("ASSISTANT_COLLECTION")
    monkeypatch.setenv("ASSISTANT_HOME", str(tmp_path / "embedded-home"))
    import_ok(capsys, str(tmp_path / "from-server.tar.gz"))
    assert listing() == server_listing
    assert answer_facts(load_settings(), embedder) == source.answer
