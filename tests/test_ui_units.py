"""The UI's building blocks without a server: feedback store, upload checks, login throttle, the
string catalogue, scenario parsing, the handout, and citation links."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from assistant.answer import Answer, Citation, Sentence, SentencesBlock
from assistant.errors import DocumentError
from assistant.feedback import open_feedback
from assistant.render import answer_json
from assistant.formats import Format, accepted_suffixes, register_format
from assistant.uploads import check_upload, safe_file_name, save_upload

ANSWER = Answer(
    question="Asiakkaani 131052-308T (puh. 040 123 4567) – milloin ilmoitus tehdään?",
    language="fi", abstained=False,
    blocks=[SentencesBlock([Sentence("Ilmoitus tehdään viipymättä.", [1])])],
    citations=[Citation(n=1, source="guides/ilmoitus.fi.md", title="Lastensuojeluilmoitus",
                        locator="Kuka tekee ilmoituksen", quote="Ilmoitus tehdään viipymättä.", score=0.8,
                        language="fi", page=None)],
)


# --- feedback -------------------------------------------------------------------------------------
def test_feedback_is_stored_redacted_and_exported(settings) -> None:
    store = open_feedback(settings.feedback_path)
    store.add(answer_json(ANSWER), rating="down", comment="Soita minulle: matti@example.fi", wrong_source=True)
    store.add(answer_json(ANSWER), rating="up")
    entries = store.entries()
    assert [e.rating for e in entries] == ["up", "down"]  # newest first
    flagged = entries[1]
    assert flagged.wrong_source and flagged.question.startswith("Asiakkaani [ID] (puh. [PHONE])")
    assert flagged.comment == "Soita minulle: [EMAIL]"
    assert flagged.citations[0]["source"] == "guides/ilmoitus.fi.md"
    assert flagged.citations[0]["locator"] == "Kuka tekee ilmoituksen"

    raw = settings.feedback_path.read_bytes() + b"".join(
        p.read_bytes() for p in settings.feedback_path.parent.glob("feedback.sqlite3*"))
    for secret in (b"131052-308T", b"040 123 4567", b"matti@example.fi"):
        assert secret not in raw

    exported = json.loads(store.export_json())
    assert exported[1]["comment"] == "Soita minulle: [EMAIL]" and exported[1]["wrong_source"] is True
    rows = list(csv.DictReader(io.StringIO(store.export_csv())))
    assert rows[1]["rating"] == "down" and "[1] guides/ilmoitus.fi.md — Kuka tekee ilmoituksen" in rows[1]["citations"]
    assert "131052-308T" not in store.export_csv()


def test_feedback_rejects_an_unknown_rating(settings) -> None:
    with pytest.raises(ValueError):
        open_feedback(settings.feedback_path).add(answer_json(ANSWER), rating="meh")


# --- uploads --------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd.md", "passwd.md"),
    ("..\\..\\windows\\evil.pdf", "evil.pdf"),
    ("Ohje lapsille (uusi) ÄÖ.MD", "Ohje-lapsille-uusi-ÄÖ.md"),
    (".hidden.md", "hidden.md"),
    ("a/b/c/../report.PDF", "report.pdf"),
])
def test_safe_file_names(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


@pytest.mark.parametrize("name", ["", "..", "/", "....md"])
def test_names_with_nothing_usable_are_refused(name: str) -> None:
    with pytest.raises(DocumentError):
        safe_file_name(name)


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def test_uploads_are_checked_by_name_and_content(tmp_path: Path) -> None:
    assert check_upload("guide.md", "# Otsikko\n\nTekstiä.".encode(), 1).kind == "text"
    assert check_upload("report.pdf", b"%PDF-1.7\n...", 1).kind == "pdf"
    assert check_upload("notes.docx", _docx(), 1).kind == "docx"
    assert check_upload("page.html", b"<!doctype html><html><body><p>Hei</p></body></html>", 1).kind == "html"
    refusals = {
        "fake.pdf": b"just text pretending",  # wrong content for the name
        "text.md": b"%PDF-1.4 a pdf in disguise",
        "zip.txt": b"PK\x03\x04 an archive in disguise",
        "not-word.docx": b"PK\x03\x04broken",
        "binary.txt": b"\x00\x01\x02 binary",
        "latin1.md": "Hyvää päivää".encode("latin-1"),
        "script.exe": b"MZ executable",
        "empty.md": b"   ",
        "page.html": b"no markup at all",
    }
    for name, data in refusals.items():
        with pytest.raises(DocumentError):
            check_upload(name, data, 1)
    with pytest.raises(DocumentError, match="over the limit"):
        check_upload("big.md", b"a" * (1024 * 1024 + 1), 1)

    checked = check_upload("../../escape.md", b"# Hei\n\nTeksti.", 1)
    saved = save_upload(tmp_path / "uploads", checked, b"# Hei\n\nTeksti.")
    assert saved == (tmp_path / "uploads" / "escape.md").resolve() and saved.read_bytes() == b"# Hei\n\nTeksti."
    assert not list((tmp_path / "uploads").glob(".upload-*"))


def test_uploads_and_loaders_read_one_format_registry(monkeypatch) -> None:
    from assistant import formats
    from ingest.loaders import LOADERS, SUPPORTED_SUFFIXES

    assert accepted_suffixes() == SUPPORTED_SUFFIXES  # every accepted upload has a loader, and the reverse
    assert {loader.format_name for loader in LOADERS} == set(formats.FORMATS)
    # A format added to the registry (as a new loader would add it) is accepted by uploads at once.
    monkeypatch.setattr(formats, "FORMATS", dict(formats.FORMATS))
    register_format(Format("asciidoc", (".adoc",), "text"))
    assert check_upload("ohje.adoc", "= Otsikko\n\nTekstiä.".encode(), 1).format == "asciidoc"
    with pytest.raises(ValueError, match="already belongs to format markdown"):
        register_format(Format("other", (".md",), "text"))


# --- login throttle -------------------------------------------------------------------------------
def test_failed_logins_are_slowed_per_client() -> None:
    from ui.auth import LoginThrottle

    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    assert not throttle.attempt("10.0.0.1", lambda: False).ok  # first failure: no wait yet
    second = throttle.attempt("10.0.0.1", lambda: False)
    assert not second.ok and second.wait_s == 1.0
    checked = []
    early = throttle.attempt("10.0.0.1", lambda: checked.append(1) or True)
    assert not early.ok and early.wait_s > 0 and not checked  # refused without checking the password
    assert throttle.attempt("10.0.0.2", lambda: True).ok  # another client is not affected
    now[0] += 1.0
    third = throttle.attempt("10.0.0.1", lambda: False)
    assert third.wait_s == 2.0  # the wait doubles
    now[0] += 2.0
    assert throttle.attempt("10.0.0.1", lambda: True).ok
    assert throttle.attempt("10.0.0.1", lambda: False).wait_s == 0.0  # success forgets the failures


def test_credentials_have_no_default(settings) -> None:
    from assistant.settings import load_settings
    from ui.auth import admin_configured, credentials_match

    assert not admin_configured(settings)
    assert not credentials_match(settings, "", "")
    configured = load_settings(admin_username="admin", admin_password="s3cret")
    assert credentials_match(configured, "admin", "s3cret")
    assert not credentials_match(configured, "admin", "s3cret ")
    assert not credentials_match(configured, "Admin", "s3cret")


# --- strings --------------------------------------------------------------------------------------
def test_every_string_exists_in_all_three_languages_with_the_same_placeholders() -> None:
    from ui.strings import DOC_TYPE_NAMES, EXAMPLES, LANGUAGE_NAMES, STRINGS, UI_LANGUAGES

    for key, entry in STRINGS.items():
        assert set(entry) == set(UI_LANGUAGES), key
        fields = {lang: set(re.findall(r"{(\w+)}", value)) for lang, value in entry.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, key
    for table in (LANGUAGE_NAMES, DOC_TYPE_NAMES):
        assert all(set(names) == set(UI_LANGUAGES) for names in table.values())
    assert {len(EXAMPLES[lang]) for lang in UI_LANGUAGES} == {3}


def test_every_key_the_ui_uses_is_in_the_catalogue() -> None:
    from ui.strings import STRINGS

    ui = Path(__file__).resolve().parents[1] / "ui"
    used: set[str] = set()
    for path in ui.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""(?:text|tr\.t)\(\s*["']([a-z_]+)["']""", source))
        used |= set(re.findall(r"""(?:label|value|placeholder)=["']([a-z][a-z_]+)["']\)""", source))
    missing = {key for key in used if key not in STRINGS}
    assert not missing


@pytest.mark.parametrize("tag, expected", [("fi-FI", "fi"), ("sv-SE", "sv"), ("sv-FI", "sv"), ("en-GB", "en"),
                                           ("de-DE", "de"), ("fr-FR", "en"), ("", "fi"), ("FI", "fi")])
def test_browser_language_picks_the_start_language(tag: str, expected: str) -> None:
    from ui.strings import pick_language

    assert pick_language(tag) == expected


# --- scenarios, handout, links ----------------------------------------------------------------------
def test_discussion_questions_are_the_numbered_items() -> None:
    from ui.scenarios import discussion_questions

    body = "1. Mitkä merkit?\n2. Kenelle ilmoitetaan\n   ensin?\n\n- Entä sitten?"
    assert discussion_questions(body) == ["Mitkä merkit?", "Kenelle ilmoitetaan ensin?", "Entä sitten?"]


def test_handout_markdown_and_pdf_carry_the_sources() -> None:
    from pypdf import PdfReader

    from ui.handout import WorkshopSession, handout_markdown, handout_pdf
    from ui.scenarios import Scenario

    scenario = Scenario(source="practice-records/case.fi.md", title="Harjoitus: Äidin huoli § 25",
                        language="fi", setting=[("", "Kuvitteellinen."), ("Tilanne", "Lapsi on yksin.")],
                        questions=["Mitä teet ensin?", "Kenelle ilmoitat?"], record_sources="- Laki 417/2007")
    session = WorkshopSession(scenario, answers={0: ANSWER})
    markdown = handout_markdown(session, "fi")
    assert "Harjoitus: Äidin huoli § 25" in markdown and "Lastensuojeluilmoitus — Kuka tekee ilmoituksen" in markdown
    assert "Avustajalta ei kysytty tätä kysymystä." in markdown  # question 2 was not asked
    pdf = handout_pdf(session, "fi")
    assert pdf.startswith(b"%PDF-")
    extracted = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Äidin huoli § 25" in extracted and "Lastensuojeluilmoitus" in extracted


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file(),
                    reason="Debian's fonts-dejavu-core is not installed (make installs it as root)")
def test_a_ukrainian_or_latvian_handout_keeps_its_letters() -> None:
    from pypdf import PdfReader

    from ui.handout import WorkshopSession, handout_pdf
    from ui.scenarios import Scenario

    scenario = Scenario(source="practice-records/case.en.md", title="Case: a boy in a restaurant kitchen",
                        language="en", setting=[("", "Fictional.")], questions=["Що робити спочатку? Ko darīt?"],
                        record_sources="")
    pdf = handout_pdf(WorkshopSession(scenario, answers={}), "uk")
    extracted = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Що робити спочатку?" in extracted and "Ko darīt?" in extracted


def test_citation_links_open_pages_and_sections() -> None:
    from ui.documents import anchor, document_url
    from ui.render import answer_markdown

    assert document_url("pdf/opas.pdf", page=2, locator="page 2") == "documents/pdf/opas.pdf#page=2"
    assert document_url("laws/rl.xml", locator="25 luku 3 §") == "documents/laws/rl.xml#loc-25-luku-3-%C2%A7"
    assert anchor("Tilanne > Mitä tehtiin") == "loc-tilanne-mitä-tehtiin"
    linked = answer_markdown(ANSWER)
    assert "[\\[1\\]](documents/guides/ilmoitus.fi.md#loc-kuka-tekee-ilmoituksen" in linked
