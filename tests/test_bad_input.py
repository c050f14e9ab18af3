"""Bad input: each bad file gets exactly one failure line naming it with a clear reason, the good
files beside it are still ingested, the exit status is 1, and what was stored before stays as it was."""

from __future__ import annotations

import json

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.cli import main
from assistant.settings import load_settings
from ingest.sync import Syncer

pytestmark = pytest.mark.slow  # the real embedding model

# source -> the words its failure reason must contain
EXPECTED = {
    "scans/encrypted.pdf": "encrypted PDF: remove the password",
    "scans/image-only.pdf": "no text layer in 2 page(s)",
    "scans/truncated.pdf": "corrupt or truncated PDF",
    "office/bomb.docx": "zip bomb",
    "text/latin1.txt": "not valid UTF-8 text (byte 0xe4",
    "text/binary.txt": "binary content (NUL bytes)",
    "text/binary.md": "binary content (NUL bytes)",
    "text/empty.txt": "empty file",
    "text/empty.md": "empty file",
    "text/big.txt": "is over the limit of 0.02 MB (ASSISTANT_MAX_FILE_MB)",
    "text/pdf-inside.txt": "the content is a PDF but the name ends in .txt",
    "text/unknown-key.md": "unknown front matter key(s) ['langauge']",
    "text/notes.odt": "unsupported file type .odt",
    "laws/asd20249999.xml": "malformed XML",
    "laws/other.xml": "XML that is not a Finlex statute",
    "outside-link.md": "link points outside the folder",
    "stored.en.md": "not valid UTF-8",  # was good and stored; now broken
}


@pytest.fixture
def settings(isolated_home, monkeypatch):
    monkeypatch.setenv("ASSISTANT_CHUNK_WORDS", "40")
    monkeypatch.setenv("ASSISTANT_MAX_FILE_MB", "0.02")  # 20 KB: the made documents are smaller
    return load_settings()


def add_bad_files(folder, outside):
    make.make_encrypted_pdf(folder / "scans/encrypted.pdf")
    make.make_image_only_pdf(folder / "scans/image-only.pdf")
    make.make_truncated_pdf(folder / "scans/truncated.pdf")
    make.make_zip_bomb_docx(folder / "office/bomb.docx")
    make.make_invalid_utf8_txt(folder / "text/latin1.txt")
    make.make_binary(folder / "text/binary.txt")
    make.make_binary(folder / "text/binary.md")
    make.make_empty(folder / "text/empty.txt")
    make.make_empty(folder / "text/empty.md")
    make.make_oversize(folder / "text/big.txt", kilobytes=30)
    (folder / "text/pdf-inside.txt").write_bytes(make.pdf_bytes(make.FINNISH_PAGES))
    make.make_markdown(folder / "text/unknown-key.md", {"title": "x", "langauge": "fi"}, "# x\n\nText.\n")
    (folder / "text/notes.odt").write_bytes(b"PK\x03\x04 not really an office file")
    make.make_malformed_finlex(folder / "laws/asd20249999.xml")
    (folder / "laws/other.xml").write_text("<?xml version='1.0'?><catalog><book>x</book></catalog>",
                                           encoding="utf-8")
    make.make_symlink_outside(folder / "outside-link.md", outside)
    make.make_invalid_utf8_txt(folder / "stored.en.md")


def test_bad_files_fail_one_line_each_and_the_rest_is_ingested(store, settings, make_folder, tmp_path, capsys):
    outside = tmp_path / "elsewhere" / "secret.md"
    outside.parent.mkdir()
    outside.write_text(make.small_guide("Outside the folder"), encoding="utf-8")
    folder = make_folder({"stored.en.md": make.small_guide("Stored before"),
                          "keep.en.md": make.small_guide("Kept as it was")})
    assert Syncer(store, settings).sync([folder]).ok
    before = {r.source: (r.version, [c.chunk_id for c in store.catalog.chunks_of(r.source)])
              for r in store.documents()}
    vectors_before = store.vectors.ids()

    add_bad_files(folder, outside)
    make.make_markdown(folder / make.ODD_NAME, {"title": "Lapsen oikeudet", "language": "fi"},
                       "# Lapsen oikeudet\n\nLapsella on oikeus saada apua heti.\n")
    report = Syncer(store, settings).sync([folder])

    # Exactly one failure per bad file, naming it, with the expected reason.
    failed_sources = [source for source, _ in report.failed]
    assert sorted(failed_sources) == sorted(EXPECTED), report.failed
    for source, reason in report.failed:
        assert EXPECTED[source] in reason, (source, reason)
    assert not report.ok
    # The good new file beside them is ingested; the stored ones are untouched.
    assert report.added == [make.ODD_NAME]
    assert report.unchanged == ["keep.en.md"]
    assert not report.removed and not report.updated
    for source, (version, chunk_ids) in before.items():
        record = store.document(source)
        assert record.version == version
        assert [c.chunk_id for c in store.catalog.chunks_of(source)] == chunk_ids
    assert vectors_before <= store.vectors.ids()
    assert "secret.md" not in str(store.documents())

    # The CLI prints one FAILED line per bad file and exits 1 (everything good is unchanged now,
    # so this in-process run embeds nothing and loads no model).
    assert main(["ingest", str(folder), "--no-progress"]) == 1
    captured = capsys.readouterr()
    failed_lines = [line for line in captured.err.splitlines() if line.startswith("FAILED ")]
    assert len(failed_lines) == len(EXPECTED), captured.err
    for source, words in EXPECTED.items():
        lines = [line for line in failed_lines if line.startswith(f"FAILED {source}: ")]
        assert len(lines) == 1 and words in lines[0], (source, lines)
    assert f"failed {len(EXPECTED)}" in captured.out
    assert "unchanged 2" in captured.out
    assert {r.source for r in store.documents()} == {"stored.en.md", "keep.en.md", make.ODD_NAME}


def test_a_missing_path_is_a_failure_not_a_crash(settings, tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "no-such-folder"), "--no-progress"]) == 1
    assert f"FAILED {tmp_path / 'no-such-folder'}: no such file or folder" in capsys.readouterr().err


def test_a_single_bad_file_given_by_name(settings, tmp_path, capsys):
    path = make.make_encrypted_pdf(tmp_path / "salainen.pdf")
    assert main(["ingest", str(path), "--no-progress", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] == [{"source": "salainen.pdf",
                                 "reason": "encrypted PDF: remove the password and ingest again"}]
    assert report["added"] == [] and report["chunks"] == 0
