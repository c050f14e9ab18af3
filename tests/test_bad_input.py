"""Bad input: each bad file gets exactly one failure line naming it with a clear reason, the good
files beside it are still ingested, the exit status is 1, and what was stored before stays as it was."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)
from assistant.cli import main
from assistant.errors import DocumentError
from assistant.settings import load_settings
from ingest.chunking import chunk_sections
from ingest.loaders import RUN_PIECE, load_document
from ingest.sync import Syncer

slow = pytest.mark.slow  # the real embedding model

# source -> the words its failure reason must contain
EXPECTED = {
    "scans/encrypted.pdf": "encrypted PDF: remove the password",
    "scans/image-only.pdf": "no text layer in 2 page(s)",
    "scans/truncated.pdf": "corrupt or truncated PDF",
    "scans/empty.pdf": "empty file",
    "scans/zero-pages.pdf": "the PDF has no pages",
    "scans/broken-xref.pdf": "corrupt or truncated PDF (PdfReadError: startxref not found)",
    "scans/web-page.pdf": "not a PDF (no %PDF- header); wrong extension?",
    "office/bomb.docx": "zip bomb",
    "office/entity-bomb.docx": "refused: word/document.xml declares a DTD or XML entities",
    "office/no-document.docx": "not a Word document (no word/document.xml in the container)",
    "office/truncated.docx": "corrupt or truncated zip container",
    "office/malformed-xml.docx": "corrupt DOCX (XMLSyntaxError",
    "office/really-a-pdf.docx": "the content is a PDF but the name ends in .docx; rename it to .pdf",
    "office/web-page.docx": "corrupt or truncated zip container (File is not a zip file)",
    "text/latin1.txt": "not valid UTF-8 text (byte 0xe4",
    "text/binary.txt": "binary content (NUL bytes)",
    "text/binary.md": "binary content (NUL bytes)",
    "text/empty.txt": "empty file",
    "text/empty.md": "empty file",
    "text/big.txt": "is over the limit of 0.2 MB (ASSISTANT_MAX_FILE_MB)",
    "text/pdf-inside.txt": "the content is a PDF but the name ends in .txt",
    "text/unknown-key.md": "unknown front matter key(s) ['langauge']",
    "text/alias-bomb.md": "front matter uses a YAML alias (*name)",
    "text/bad-yaml.md": "front matter is not valid YAML: expected ',' or ']', but got '<stream end>' at line 2",
    "text/notes.odt": "unsupported file type .odt",
    "text/README": "unsupported file type (no extension)",
    "web/only-script.html": "no readable text in the HTML",
    "laws/asd20249999.xml": "malformed XML",
    "laws/other.xml": "XML that is not a Finlex statute",
    "laws/entity-bomb.xml": "refused: the XML uses entities or DTDs",
    "laws/external-entity.xml": "refused: the XML uses entities or DTDs",
    "laws/no-sections.xml": "Finlex XML with no sections",
    "outside-link.md": "link points outside the folder",
    "text/one-line.txt": "of over 100 characters with no space (the longest 900): not text in any language",
    "text/no-letters.txt": "no letters in the text: nothing in any language to index",
    "stored.en.md": "not valid UTF-8",  # was good and stored; now broken
}
# Awkward but readable files: each must be ingested, under exactly this name.
AWKWARD = ["web/hostile.html", "web/deep.html", "web/huge-attribute.html",
           "text/utf16.txt", "text/utf8-bom.md", "text/mac-line-ends.txt", make.ODD_NAME, *make.ODD_NAMES]
LINE_CHARACTERS = 900  # the one-line file in the sync test (refused: no words); the fast test below uses a megabyte


@pytest.fixture
def settings(isolated_home, monkeypatch):
    monkeypatch.setenv("ASSISTANT_CHUNK_WORDS", "40")
    monkeypatch.setenv("ASSISTANT_MAX_FILE_MB", "0.2")  # 200 KB: the made documents are smaller
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
    make.make_oversize(folder / "text/big.txt", kilobytes=300)
    (folder / "text/pdf-inside.txt").write_bytes(make.pdf_bytes(make.FINNISH_PAGES))
    make.make_markdown(folder / "text/unknown-key.md", {"title": "x", "langauge": "fi"}, "# x\n\nText.\n")
    (folder / "text/notes.odt").write_bytes(b"PK\x03\x04 not really an office file")
    make.make_malformed_finlex(folder / "laws/asd20249999.xml")
    (folder / "laws/other.xml").write_text("<?xml version='1.0'?><catalog><book>x</book></catalog>",
                                           encoding="utf-8")
    make.make_symlink_outside(folder / "outside-link.md", outside)
    make.make_invalid_utf8_txt(folder / "stored.en.md")
    make.make_empty(folder / "scans/empty.pdf")
    make.make_zero_page_pdf(folder / "scans/zero-pages.pdf")
    make.make_broken_xref_pdf(folder / "scans/broken-xref.pdf")
    (folder / "scans/web-page.pdf").write_bytes(b"<html><body><p>Not a PDF at all.</p></body></html>")
    make.make_entity_bomb_docx(folder / "office/entity-bomb.docx")
    make.make_docx_without_document(folder / "office/no-document.docx")
    make.make_truncated_docx(folder / "office/truncated.docx")
    make.make_malformed_xml_docx(folder / "office/malformed-xml.docx")
    make.make_pdf(folder / "office/really-a-pdf.docx")
    (folder / "office/web-page.docx").write_bytes(b"<html><body><p>Saved as .docx by a browser.</p></body></html>")
    make.make_alias_bomb_markdown(folder / "text/alias-bomb.md")
    (folder / "text/bad-yaml.md").write_text("---\ntitle: [unclosed\n---\n# x\n\nText.\n", encoding="utf-8")
    (folder / "text/README").write_text("Read me first.\n", encoding="utf-8")
    (folder / "web").mkdir()
    (folder / "web/only-script.html").write_text("<html><script>track()</script></html>", encoding="utf-8")
    make.make_finlex_entity_bomb(folder / "laws/entity-bomb.xml")
    make.make_finlex_external_entity(folder / "laws/external-entity.xml")
    make.make_finlex_without_sections(folder / "laws/no-sections.xml")
    make.make_one_line_txt(folder / "text/one-line.txt", LINE_CHARACTERS)  # one "word": no language has it
    (folder / "text/no-letters.txt").write_text("1234 5678 -- 90 %\n== ## 42\n", encoding="utf-8")


def add_awkward_files(folder):
    make.make_hostile_html(folder / "web/hostile.html")
    make.make_deep_html(folder / "web/deep.html")
    make.make_huge_attribute_html(folder / "web/huge-attribute.html")
    make.make_utf16_txt(folder / "text/utf16.txt")
    (folder / "text/utf8-bom.md").write_bytes("\ufeff".encode() + make.small_guide("Byte order mark").encode())
    make.make_mac_line_ends_txt(folder / "text/mac-line-ends.txt")
    make.make_markdown(folder / make.ODD_NAME, {"title": "Lapsen oikeudet", "language": "fi"},
                       "# Lapsen oikeudet\n\nLapsella on oikeus saada apua heti.\n")
    for name in make.ODD_NAMES:
        make.make_markdown(folder / name, {"title": "Outo nimi", "language": "fi"}, "# Outo nimi\n\nLapsi saa apua.\n")


def chunk_text(store, source):
    return "\n".join(c.text for c in store.catalog.chunks_of(source))


@slow
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
    add_awkward_files(folder)
    report = Syncer(store, settings).sync([folder])

    # Exactly one failure per bad file, naming it, with the expected reason.
    failed_sources = [source for source, _ in report.failed]
    assert sorted(failed_sources) == sorted(EXPECTED), report.failed
    for source, reason in report.failed:
        assert EXPECTED[source] in reason, (source, reason)
    assert not report.ok
    assert all("\n" not in reason for _, reason in report.failed)
    # The good new files beside them are ingested under their exact names; the stored ones are untouched.
    assert sorted(report.added) == sorted(AWKWARD)
    assert store.check() == []
    assert report.unchanged == ["keep.en.md"]
    assert not report.removed and not report.updated
    for source, (version, chunk_ids) in before.items():
        record = store.document(source)
        assert record.version == version
        assert [c.chunk_id for c in store.catalog.chunks_of(source)] == chunk_ids
    assert vectors_before <= store.vectors.ids()
    assert "secret.md" not in str(store.documents())
    assert_awkward_files_read_right(store, settings)

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
    assert f"unchanged {1 + len(AWKWARD)}" in captured.out  # stored.en.md is broken now
    assert {r.source for r in store.documents()} == {"stored.en.md", "keep.en.md", *AWKWARD}
    assert store.check() == []


def assert_awkward_files_read_right(store, settings):
    hostile = chunk_text(store, "web/hostile.html")
    assert "Lapsen etu on ensisijainen" in hostile and "Ilmoitus tehdään heti kun huoli herää" in hostile
    assert not [marker for marker in make.HOSTILE_MARKERS if marker in hostile]
    assert "Syvällä sijaitseva kappale" in chunk_text(store, "web/deep.html")
    assert "xxxx" not in chunk_text(store, "web/huge-attribute.html")
    assert "Päätös tehdään heti." in chunk_text(store, "text/utf16.txt")
    assert store.document("text/utf8-bom.md").title == "Byte order mark"
    assert [c.text for c in store.catalog.chunks_of("text/mac-line-ends.txt")] == \
        ["Ensimmäinen kappale.", "Toinen kappale lapsen edusta."]  # two paragraphs, not one line


def max_chunk_characters(chunk_words):
    """A cut run's words are RUN_PIECE characters, and a chunk holds at most 2 x chunk_words words:
    chunking carries one "sentence" of overlap, and a run without a full stop is cut into
    sentence-pieces of chunk_words words."""
    return (2 * chunk_words + 1) * (RUN_PIECE + 1)


def test_a_megabyte_line_without_spaces_is_refused_and_a_run_inside_prose_gives_bounded_chunks(tmp_path):
    path = make.make_one_line_txt(tmp_path / "one-line.txt", 1_000_000)
    with pytest.raises(DocumentError, match=r"one-line.txt: 100% of its characters are in \"words\" of over 100"):
        load_document(path, path.read_bytes())
    # A run of data inside a real document (a pasted key, a minified line) is cut into word-sized pieces.
    prose = "Lapsen etu on ensisijainen, ja ilmoitus tehdään viipymättä. " * 60
    path.write_text(prose + "Tietoa" * 500 + "\n" + prose, encoding="utf-8")
    loaded = load_document(path, path.read_bytes())
    chunks = chunk_sections(loaded.sections, source="one-line.txt", version="v", title=loaded.title,
                            language="fi", doc_type="document", target_words=160, overlap=1)
    assert max(len(c.text) for c in chunks) <= max_chunk_characters(160)
    assert "".join("".join(c.text.split()) for c in chunks).count("Tietoa") >= 500


@slow
def test_a_runaway_document_is_stopped_and_its_old_version_kept(store, settings, make_folder):
    """Too many chunks, or too long embedding: the file fails with its reason, its stored version stays
    and answers as before, the other files go on (issue 20)."""
    folder = make_folder({"long.en.md": make.small_guide("Long guide"), "other.en.md": make.small_guide("Other")})
    assert Syncer(store, settings).sync([folder]).ok
    stored = store.document("long.en.md").version
    sections = "".join(f"## Part {i}\nPart {i} says what a professional does when a child needs help.\n\n"
                       for i in range(6))
    (folder / "long.en.md").write_text(make.markdown_text({"title": "Long guide", "language": "en"}, sections),
                                       encoding="utf-8")
    (folder / "new.en.md").write_text(make.small_guide("New guide"), encoding="utf-8")

    report = Syncer(store, settings.model_copy(update={"max_chunks_per_document": 3})).sync([folder])
    assert report.failed == [("long.en.md", "would make 6 chunks, over the limit of 3 (ASSISTANT_MAX_CHUNKS_PER_DOCUMENT)")]
    assert report.added == ["new.en.md"]

    report = Syncer(store, settings.model_copy(update={"max_seconds_per_document": 1e-9})).sync([folder])
    [(source, reason)] = report.failed
    assert source == "long.en.md" and "(ASSISTANT_MAX_SECONDS_PER_DOCUMENT) after" in reason
    assert "the previous version, if any, is kept" in reason
    assert store.document("long.en.md").version == stored
    assert store.check() == [], "the unpublished vectors are cleaned up at once"


@slow
def test_identical_chunks_are_embedded_once(store, settings, make_folder, monkeypatch):
    embedded: list[str] = []
    real = store.embedder.embed_documents
    monkeypatch.setattr(store.embedder, "embed_documents", lambda texts: embedded.extend(texts) or real(texts))
    repeated = "The same boilerplate sentence repeats on every page here. " * 30
    folder = make_folder({"boilerplate.en.txt": repeated})
    assert Syncer(store, settings).sync([folder]).ok
    chunks = store.catalog.chunks_of("boilerplate.en.txt")
    assert len(chunks) > 1 and len({c.text for c in chunks}) < len(chunks)
    assert len(embedded) == len({c.embedding_text() for c in chunks}) < len(chunks)
    assert store.check() == []


@slow
def test_the_consistency_check_sees_an_interrupted_write(store, settings, make_folder):
    folder = make_folder({"guide.en.md": make.small_guide("Checked")})
    assert Syncer(store, settings).sync([folder]).ok and store.check() == []
    chunks = store.catalog.chunks_of("guide.en.md")
    store.catalog.mark_pending("guide.en.md", "f" * 64)  # a replace killed after writing vectors
    stray = [replace(c, version="f" * 64) for c in chunks]
    store.vectors.add_embedded(stray, [[0.1] * store.embedder.dimension for _ in stray])
    problems = store.check()
    assert problems[0].startswith("guide.en.md: a write of version ffffffffffffffff was interrupted")
    assert problems[1].startswith(f"{len(stray)} vector(s) the catalog does not list, e.g. guide.en.md::ffff")
    assert store.recover() == 1 and store.check() == []


@slow
def test_a_missing_path_is_a_failure_not_a_crash(settings, tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "no-such-folder"), "--no-progress"]) == 1
    assert f"FAILED {tmp_path / 'no-such-folder'}: no such file or folder" in capsys.readouterr().err


@slow
def test_a_single_bad_file_given_by_name(settings, tmp_path, capsys):
    path = make.make_encrypted_pdf(tmp_path / "salainen.pdf")
    assert main(["ingest", str(path), "--no-progress", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] == [{"source": "salainen.pdf",
                                 "reason": "encrypted PDF: remove the password and ingest again"}]
    assert report["added"] == [] and report["chunks"] == 0
