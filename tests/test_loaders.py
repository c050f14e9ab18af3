"""Every loader on documents made here (tests/docs_factory.py) and on the official corpus samples;
sentence splitting and structure-following chunking. Nothing here embeds: these tests are fast."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from assistant.text.sentences import split_sentences
from ingest.chunking import chunk_sections
from ingest.loaders import load_document
import docs_factory as make  # tests/ is on sys.path (pytest rootdir conftest)


def load(path: Path):
    return load_document(path, path.read_bytes())


def chunks_of(path: Path, target_words: int = 30, overlap: int = 1):
    doc = load(path)
    return doc, chunk_sections(doc.sections, source=path.name, version="0" * 64, title=doc.title,
                               language=doc.language or "en", doc_type="law", target_words=target_words,
                               overlap=overlap)


# --- PDF ------------------------------------------------------------------------------------------
def test_pdf_pages_are_locators_and_running_lines_are_removed(tmp_path):
    doc = load(make.make_pdf(tmp_path / "opas.pdf"))
    assert [(s.locator, s.page) for s in doc.sections] == [("page 1", 1), ("page 2", 2), ("page 3", 3)]
    text = "\n".join(s.text for s in doc.sections)
    assert make.RUNNING_HEADER not in text
    assert "Sivu" not in text  # "Sivu 2 / 3" on every page
    # Finnish and Swedish letters and the section sign survive extraction.
    assert "Lastensuojelulain 25 §:n mukaan" in doc.sections[0].text
    assert "Åbolands sosiaalipäivystys" in doc.sections[0].text
    assert doc.sections[1].text.startswith("Rikoslain 25 luvun 3 § koskee ihmiskauppaa.")
    # reportlab writes "untitled" as the PDF title; the first text line is a better title.
    assert doc.title.startswith("Lastensuojelulain 25 §:n mukaan")


def test_pdf_title_comes_from_the_metadata_when_it_is_real(tmp_path):
    doc = load(make.make_pdf(tmp_path / "x.pdf", title="Lastensuojelun käsikirja"))
    assert doc.title == "Lastensuojelun käsikirja"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_shipped_pdf_guide_declares_its_language_and_is_cited_by_page(language):
    path = Path(__file__).resolve().parents[1] / "knowledge" / "practice" / f"first-steps-pocket-guide.{language}.pdf"
    doc = load(path)
    assert doc.language == language  # from the PDF's /Lang, not guessed from the text
    assert [s.locator for s in doc.sections] == ["page 1", "page 2", "page 3"]
    assert "112" in doc.sections[0].text


def test_pdf_corpus_regulation_without_warning_flood(corpus, capfd, caplog):
    path = corpus / "pdf" / "eu_regulation_2024_1347_en.pdf"
    with caplog.at_level(logging.DEBUG):
        doc = load(path)
    captured = capfd.readouterr()
    pypdf_records = [r for r in caplog.records if r.name.startswith("pypdf")]
    assert len(pypdf_records) <= 3, [r.getMessage() for r in pypdf_records[:5]]
    assert len(captured.err.splitlines()) <= 3, captured.err[:500]
    assert doc.title.startswith("Regulation (EU) 2024/1347")
    assert [s.page for s in doc.sections] == list(range(1, 35))
    assert all(s.locator == f"page {s.page}" for s in doc.sections)
    for section in doc.sections:  # the running header and footer sit above the footnotes on some pages
        assert "OJ L, 22.5.2024" not in section.text, section.locator
        assert not re.search(r"^\s*(\d+/34 )?ELI: http://data\.europa\.eu/eli/reg/2024/1347/oj( \d+/34)?\s*$",
                             section.text, re.MULTILINE), section.locator


def test_pdf_corpus_charter_keeps_article_headings_drops_journal_lines(corpus):
    doc = load(corpus / "pdf" / "eu_charter_fundamental_rights_2000_en.pdf")
    text = "\n".join(s.text for s in doc.sections)
    assert "Official Journal of the European Communities" not in text
    page9 = next(s for s in doc.sections if s.page == 9)
    assert "Article 1\nHuman dignity" in page9.text  # a heading that opens pages is not a running line
    assert "Article 5" in page9.text and "Trafficking in human beings is prohibited." in page9.text


def test_pdf_corpus_echr_page_numbers_below_blank_lines_are_removed(corpus):
    doc = load(corpus / "pdf" / "coe_echr_1950_en.pdf")
    for section in doc.sections[1:]:
        lines = [line.strip() for line in section.text.split("\n") if line.strip()]
        assert lines[0] != str(section.page), section.locator


def test_running_lines_rule_tells_headers_from_headings():
    from ingest.loaders.pdf import strip_running_lines

    topics = ["dignity", "liberty", "privacy", "education", "asylum"]
    pages = [f"CONFIDENTIAL\nArticle {n}\nThe right to {topic}.\nArticle {n + 10}\nMore on {topic}.\n"
             f"OJ C 364/{n}\n({n}) See the note on {topic}.\nCONFIDENTIAL" for n, topic in enumerate(topics, 1)]
    out = strip_running_lines(pages)
    for n, (page, topic) in enumerate(zip(out, topics), 1):
        assert "CONFIDENTIAL" not in page  # the same line at the top and the bottom of every page
        assert f"OJ C 364/{n}" not in page  # a running line printed above the footnotes
        assert page.startswith(f"Article {n}\n") and f"Article {n + 10}" in page  # headings stay
        assert page.endswith(f"({n}) See the note on {topic}.")


@pytest.mark.parametrize("maker, reason", [
    (make.make_encrypted_pdf, "encrypted PDF"),
    (make.make_image_only_pdf, "no text layer"),
    (make.make_truncated_pdf, "corrupt or truncated PDF"),
])
def test_bad_pdfs_raise_a_clear_document_error(tmp_path, maker, reason):
    path = maker(tmp_path / "bad.pdf")
    with pytest.raises(DocumentError, match=reason) as error:
        load(path)
    assert error.value.source == "bad.pdf"


# --- Markdown -------------------------------------------------------------------------------------
GUIDE = """# Ihmiskaupan uhrin tunnistaminen

Johdanto ennen ensimmäistä alaotsikkoa.

## Merkit
Lapsi ei tiedä osoitettaan.

### Puhe
Lapsen kertomus on ristiriitainen.

```
# not a heading inside a code block
```

## Toimet
Soita hätänumeroon 112.
"""


def test_markdown_heading_path_locators_and_front_matter(tmp_path):
    path = make.make_markdown(tmp_path / "tunnistaminen.fi.md", {
        "title": "Uhrin tunnistaminen", "language": "fi", "type": "guide", "audience": ["professionals"],
        "reviewed": "2025-01-31", "valid_from": "2025-02-01",
    }, GUIDE)
    doc = load(path)
    assert doc.title == "Uhrin tunnistaminen"
    assert doc.language == "fi" and doc.doc_type == "guide"
    assert doc.extra["valid_from"] and doc.extra["audience"] == ["professionals"]
    assert [s.locator for s in doc.sections] == [
        "Ihmiskaupan uhrin tunnistaminen", "Merkit", "Merkit > Puhe", "Toimet"]
    assert "# not a heading inside a code block" in doc.sections[2].text


def test_markdown_without_front_matter_takes_the_h1_as_title(tmp_path):
    doc = load(make.make_markdown(tmp_path / "x.md", None, GUIDE))
    assert doc.title == "Ihmiskaupan uhrin tunnistaminen" and doc.language is None


@pytest.mark.parametrize("meta, reason", [
    ({"title": "x", "langauge": "fi"}, r"unknown front matter key\(s\) \['langauge'\]"),
    ({"title": "x", "language": "de"}, "front matter language 'de' is not one of fi, sv, en"),
])
def test_markdown_bad_front_matter_is_a_clear_error(tmp_path, meta, reason):
    with pytest.raises(DocumentError, match=reason):
        load(make.make_markdown(tmp_path / "x.md", meta, GUIDE))


def test_markdown_front_matter_that_is_not_yaml(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: [unclosed\n---\n# T\n\nText.\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="front matter is not valid YAML"):
        load(path)


# --- HTML and DOCX --------------------------------------------------------------------------------
def test_html_drops_scripts_styles_and_navigation(tmp_path):
    doc = load(make.make_html(tmp_path / "ohje.html"))
    text = "\n".join(s.text + " " + s.locator for s in doc.sections)
    for noise in ("trackingScript", "inline script", "font-family", "secret-style", "Valikkolinkki",
                  "ylätunniste", "Alatunniste"):
        assert noise not in text
    assert doc.title == "Lastensuojeluilmoitus – ohje"
    assert doc.language == "fi"
    assert [s.locator for s in doc.sections] == [
        "Lastensuojeluilmoitus", "Lastensuojeluilmoitus > Kuka ilmoittaa",
        "Lastensuojeluilmoitus > Kuka ilmoittaa > Kiireellinen tilanne"]
    assert doc.sections[2].text == "Välittömässä vaarassa soitetaan hätänumeroon 112."


def test_docx_headings_give_the_locator_path_and_tables_stay_in_place(tmp_path):
    path = make.make_docx(tmp_path / "opas.docx", "Lastensuojeluopas", [
        (1, "Ilmoitus", ["Ilmoitus tehdään viipymättä."]),
        (2, "Kiireellinen tilanne", ["Soita 112."]),
        (1, "Tuki", ["Auttamisjärjestelmä tukee uhria."]),
    ], table=[["Palvelu", "Numero"], ["Hätänumero", "112"]])
    doc = load(path)
    assert doc.title == "Lastensuojeluopas"
    assert [s.locator for s in doc.sections] == ["Ilmoitus", "Ilmoitus > Kiireellinen tilanne", "Tuki"]
    assert doc.sections[1].text == "Soita 112."
    assert "Hätänumero | 112" in doc.sections[2].text


def test_docx_table_under_its_own_heading(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Opas", 0)
    document.add_heading("Yhteystiedot", 1)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Hätänumero", "112"
    document.add_heading("Tuki", 1)
    document.add_paragraph("Auttamisjärjestelmä tukee uhria.")
    path = tmp_path / "t.docx"
    document.save(str(path))
    doc = load(path)
    assert [(s.locator, s.text) for s in doc.sections] == [
        ("Yhteystiedot", "Hätänumero | 112"), ("Tuki", "Auttamisjärjestelmä tukee uhria.")]


# --- Finlex XML and treaties ----------------------------------------------------------------------
@pytest.mark.parametrize("language, mark, title", [
    ("fi", "25 luku 3 §", "Laki rikoslain 25 luvun 3 §:n muuttamisesta (696/2024)"),
    ("sv", "25 kap. 3 §", "Lag om ändring av 25 kap. 3 § i strafflagen (696/2024)"),
])
def test_finlex_act_number_section_locators_and_language(corpus, language, mark, title):
    doc = load(corpus / "finlex" / language / "asd20240696.xml")
    assert doc.title == title
    assert doc.language == language  # from the XML, not guessed from the text
    assert doc.doc_type == "law" and doc.extra["act"] == "696/2024"
    section = next(s for s in doc.sections if s.locator == mark)
    assert section.text.startswith(f"{mark} ")
    assert ("Ihmiskauppa" if language == "fi" else "Människohandel") in section.text.split("\n")[0]


def test_finlex_language_comes_from_the_xml_not_the_file_name(corpus, tmp_path):
    copy = tmp_path / "fi" / "asd20240696.xml"  # a Swedish act in a folder called "fi"
    copy.parent.mkdir()
    copy.write_bytes((corpus / "finlex" / "sv" / "asd20240696.xml").read_bytes())
    assert load(copy).language == "sv"


def test_finlex_chapters_give_luku_locators(corpus):
    doc = load(corpus / "finlex" / "fi" / "asd20070417.xml")
    assert doc.title == "Lastensuojelulaki (417/2007)"
    assert "1 luku 1 §" in [s.locator for s in doc.sections]
    assert all(s.text.startswith(s.locator) for s in doc.sections if "§" in s.locator)


def test_malformed_finlex_xml_is_a_clear_error(tmp_path):
    with pytest.raises(DocumentError, match="malformed XML"):
        load(make.make_malformed_finlex(tmp_path / "asd20249999.xml"))


def test_treaty_articles_are_locators(corpus):
    doc = load(corpus / "treaties" / "palermo_protocol_2000_en.txt")
    assert doc.language == "en"
    assert doc.title.startswith("Protocol to Prevent, Suppress and Punish")
    locators = [s.locator for s in doc.sections]
    assert locators[:4] == ["Preamble", "Article 1", "Article 2", "Article 3"]
    article3 = doc.sections[locators.index("Article 3")]
    assert "Trafficking in persons" in article3.text and "recruitment, transportation" in article3.text


# --- sentences ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ilmoitus tehdään esim. puhelimella. Ks. myös lastensuojelulaki.",
     ["Ilmoitus tehdään esim. puhelimella.", "Ks. myös lastensuojelulaki."]),
    ("Sitä sovelletaan mm. Poliisin ilmoituksiin. Laki tuli voimaan 1.1.2023. Se koskee kaikkia.",
     ["Sitä sovelletaan mm. Poliisin ilmoituksiin.", "Laki tuli voimaan 1.1.2023.", "Se koskee kaikkia."]),
    ("Katso 25 luvun 3 §:n 1. momentti. Lapsi on alle 18. ikävuoden. Rangaistus on vankeutta.",
     ["Katso 25 luvun 3 §:n 1. momentti.", "Lapsi on alle 18. ikävuoden.", "Rangaistus on vankeutta."]),
    ("Det gäller t.ex. barn. Se bl.a. Socialstyrelsen och 25 kap. 3 § strafflagen. Försök är straffbart.",
     ["Det gäller t.ex. barn.", "Se bl.a. Socialstyrelsen och 25 kap. 3 § strafflagen.", "Försök är straffbart."]),
    ("Enligt 3 § 2 mom. ska anmälan göras. Dvs. genast.",
     ["Enligt 3 § 2 mom. ska anmälan göras.", "Dvs. genast."]),
    ("See e.g. Art. 3 of the Protocol. J. Smith signed it. Is it binding? Yes!",
     ["See e.g. Art. 3 of the Protocol.", "J. Smith signed it.", "Is it binding?", "Yes!"]),
    ("Toimet:\n- soita 112\n- tee ilmoitus\n\n1) Ensimmäinen kohta\n2) Toinen kohta",
     ["Toimet:", "- soita 112", "- tee ilmoitus", "1) Ensimmäinen kohta", "2) Toinen kohta"]),
])
def test_sentence_splitting_finnish_swedish_english(text, expected):
    assert split_sentences(text) == expected


def test_numbered_paragraph_number_stays_with_its_sentence():
    text = "1.  States Parties shall respect the rights.\n2.  States Parties shall take measures."
    assert split_sentences(text) == ["1.  States Parties shall respect the rights.",
                                     "2.  States Parties shall take measures."]


# --- chunking -------------------------------------------------------------------------------------
@pytest.mark.parametrize("relative", ["finlex/fi/asd20240696.xml", "finlex/sv/asd20240696.xml",
                                      "finlex/fi/asd20070417.xml", "finlex/sv/asd20220723.xml"])
def test_chunks_never_separate_a_section_mark_from_its_text(corpus, relative):
    doc, chunks = chunks_of(corpus / relative, target_words=30)
    sections = {s.locator: s for s in doc.sections}
    assert {c.locator for c in chunks} == set(sections)  # every chunk carries its section's locator
    firsts: dict[str, str] = {}
    for chunk in chunks:
        firsts.setdefault(chunk.locator, chunk.text)
        assert " ".join(chunk.text.split()) in " ".join(sections[chunk.locator].text.split())
        # a cut never falls inside "25 luvun 3 §:n 1 momentti" or "18 § 4 mom."
        assert not re.match(r"§", chunk.text), chunk.text[:60]
    for locator, first in firsts.items():
        if "§" in locator:
            assert first.startswith(f"{locator} "), (locator, first[:80])
            heading = sections[locator].text.split("\n")[0]
            # the mark's first chunk holds text beyond the mark and the heading line
            assert len(first.split()) > len(heading.split()), (locator, first[:120])


def test_long_sentences_are_cut_outside_references():
    from ingest.chunking import pack_sentences

    sentence = ("Eduskunnan päätöksen mukaisesti muutetaan rikoslain 25 luvun 3 §:n 1 momentti ja 20 luvun "
                "9 §:n 2 momentti sekä lisätään 25 lukuun uusi 3 a § seuraavasti ") * 3
    for target in range(30, 45):
        for piece in pack_sentences([sentence.strip()], target, 0):
            words = piece.split()
            assert not words[0][0].isdigit() and not words[0].startswith("§"), (target, piece[:40])
            assert not words[-1][-1].isdigit(), (target, piece[-40:])


def test_a_short_section_stays_one_chunk_with_its_locator(corpus):
    doc, chunks = chunks_of(corpus / "finlex" / "fi" / "asd20240696.xml", target_words=160)
    assert [c.locator for c in chunks] == [s.locator for s in doc.sections]
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
