"""The UI's views without a server: the admin list over 1,000 catalogued documents, the answer as quote
blocks with one source card per document section (each with its scanned-page note and its law facts),
localised locators, and the handout's citations."""

from __future__ import annotations

import time

from assistant.answer import Answer, Citation, Sentence, SentencesBlock
from assistant.documents import DocumentRecord
from ui.admin_list import PAGE_SIZE, document_page, page_info
from ui.handout import SourceInfo, citation_line, cite_as_line
from ui.render import answer_markdown, looks_like_heading, source_cards, sources_html
from ui.strings import locator_text


def _records(n: int = 1000) -> list[DocumentRecord]:
    return [DocumentRecord(source=f"docs/d{i:04d}.md", version="v", title=f"Document {i:04d}",
                           language=("fi", "sv", "en")[i % 3], doc_type=("guide", "law")[i % 2], chunks=1,
                           ingested_at=f"2026-11-{1 + i % 28:02d}T10:00:00+00:00",
                           extra={"reviewed": f"2026-{1 + i % 12:02d}-15"} if i % 10 else {}) for i in range(n)]


def test_the_admin_list_searches_sorts_and_pages_a_thousand_documents() -> None:
    records = _records()
    started = time.perf_counter()
    first = document_page(records, "", "title", 0, "en")
    assert time.perf_counter() - started < 1.0
    assert first.total == 1000 and first.pages == 40 and len(first.rows) == PAGE_SIZE
    assert first.rows[0][0] == "Document 0000" and first.headers[4] == "Reviewed"
    last = document_page(records, "", "title", 99, "en")  # clamped to the last page
    assert last.page == 39 and last.rows[-1][0] == "Document 0999"
    newest = document_page(records, "", "reviewed", 0, "en")
    assert newest.rows[0][4] == "2026-12-15"
    assert document_page(records, "", "reviewed", 39, "en").rows[-1][4] == ""  # undated last
    swedish_laws = document_page(records, "swedish law", "title", 0, "en")
    assert swedish_laws.total == sum(1 for i in range(1000) if i % 3 == 1 and i % 2 == 1)
    assert page_info(document_page(records, "nothing like this", "title", 0, "fi"), "fi") == \
        "Haulla ei löytynyt asiakirjoja."
    assert page_info(first, "fi") == "Asiakirjat 1–25/1000 (sivu 1/40)"


ANSWER = Answer(
    question="Kuka tekee ilmoituksen?", language="fi", abstained=False,
    blocks=[SentencesBlock([Sentence("3. Ilmoita epäilystä poliisille", [1]), Sentence("Ilmoitus tehdään heti.", [1]),
                            Sentence("Esityksen voi tehdä kuka tahansa.", [2]), Sentence("Ilmoitus on salassa.", [3])],
                           lead="Lähteissä sanotaan seuraavaa:", quoted=True)],
    citations=[Citation(1, "guides/a.fi.md", "Ilmoitusopas", "Kuka ilmoittaa", "Ilmoitus tehdään heti.", .8, "fi"),
               Citation(2, "pdf/b.pdf", "Opas", "page 2", "Esityksen voi tehdä kuka tahansa.", .7, "fi", page=2),
               Citation(3, "guides/a.fi.md", "Ilmoitusopas", "Kuka ilmoittaa", "Ilmoitus on salassa.", .6, "fi")],
)


def test_an_answer_reads_as_quote_blocks_with_one_card_per_section() -> None:
    cards, number = source_cards(ANSWER)
    assert [c.number for c in cards] == [1, 2] and number == {1: 1, 2: 2, 3: 1}
    assert cards[0].quotes == ["Ilmoitus tehdään heti.", "Ilmoitus on salassa."]  # every quote, no heading
    text = answer_markdown(ANSWER)
    first, *rest = text.split("\n\n")
    assert first == "**Sanatarkat lainaukset 2 lähteestä:**"
    assert "Lähteissä sanotaan" not in text and "- " not in text  # the kind line, not a bullet list
    assert "> **3. Ilmoita epäilystä poliisille**" in text  # a heading labels its quotes
    assert text.count("\\[1\\]") == 1 and "\\[3\\]" not in text  # one number per section
    assert "*Opas, sivu 2*" in text
    html = sources_html(ANSWER, "sv")
    assert html.count('class="source-card"') == 2 and "sida 2" in html and "page 2" not in html
    assert looks_like_heading("Step 2: Notify") and not looks_like_heading("Call 112 at once.")


def test_locators_and_handout_citations_in_the_readers_language() -> None:
    assert locator_text("page 3", 3, "sv") == "sida 3" and locator_text("25 luku 3 §", None, "sv") == "25 luku 3 §"
    line = citation_line(ANSWER.citations[1], "fi", {"pdf/b.pdf": SourceInfo("2026-11-28", "https://example.org/b")})
    assert line == "Opas — sivu 2, Tarkistettu 2026-11-28, https://example.org/b"
    assert "pdf/b.pdf" not in line


OLDER, NEWER = "https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2014/1177", \
    "https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2024/696"
# Two chunks of one scanned page (OCR), an older statute wording and the newer one provenance added (no
# sentence cites it), with the facts ``assistant/provenance.py`` fills in.
FACTS_ANSWER = Answer(
    question="Mitä päätöksessä sanotaan?", language="fi", abstained=False,
    blocks=[SentencesBlock([Sentence("Lapsi sijoitettiin kiireellisesti.", [1]),
                            Sentence("Ihmiskaupasta tuomitaan vankeuteen.", [2]),
                            Sentence("Päätös tehtiin samana päivänä.", [3])],
                           lead="Lähteissä sanotaan:", quoted=True)],
    citations=[
        Citation(1, "scan.pdf", "Päätös", "page 2", "Lapsi sijoitettiin kiireellisesti.", .8, "fi", page=2, ocr=True,
                 ocr_confidence=87.4, doc_type="official"),
        Citation(2, "asd20141177.xml", "Rikoslaki", "25 luku 3 §", "Ihmiskaupasta tuomitaan vankeuteen.", .7, "fi",
                 doc_type="law", act="1177/2014", date="2014-12-19", in_force="2015-01-01", status="amended",
                 superseded_by=[{"act": "696/2024", "subsections": [1], "in_force": "2025-01-01",
                                 "action": "amended", "n": 4}],
                 url=OLDER, cite_as="Rikoslaki 39/1889 25 luku 3 § (1177/2014)"),
        Citation(3, "scan.pdf", "Päätös", "page 2", "Päätös tehtiin samana päivänä.", .6, "fi", page=2,
                 ocr=True, ocr_confidence=87.4, doc_type="official"),
        Citation(4, "asd20240696.xml", "Rikoslaki", "25 luku 3 §", "Ihmiskaupasta tuomitaan.", .7, "fi",
                 doc_type="law", act="696/2024", date="2024-12-05", in_force="2025-01-01", status="in_force",
                 url=NEWER, cite_as="Rikoslaki 39/1889 25 luku 3 § (696/2024)"),
    ],
)


def test_every_card_keeps_its_scanned_page_note_and_its_law_facts() -> None:
    scanned, older, newer = sources_html(FACTS_ANSWER, "fi").split('<article class="source-card"')[1:]
    assert scanned.count('class="source-quote"') == 2 and scanned.count('class="source-ocr"') == 1
    assert "Teksti on tunnistettu skannatulta sivulta (OCR, varmuus 87 %)" in scanned
    assert 'href="page-images/2/scan.pdf"' in scanned and "source-facts status-unknown" in scanned
    assert 'class="source-facts status-amended"' in older and f'href="{OLDER}"' in older
    assert "annettu 19.12.2014" in older  # the newer wording by its card's number (citation 4 is card 3)
    assert "muutettu lailla 696/2024 (1 mom.), voimassa 1.1.2025 alkaen; uudempi sanamuoto [3]" in older
    assert 'class="source-facts status-in_force"' in newer and "tietokannan uusin sanamuoto" in newer
    assert "source-ocr" not in older + newer and f'href="{NEWER}"' in newer

    text = answer_markdown(FACTS_ANSWER)  # the note follows the older wording's citation, once; card numbers
    assert text.count("muutettu lailla") == 1
    assert "*Rikoslaki, 25 luku 3 §* (muutettu lailla 696/2024 (1 mom.), voimassa 1.1.2025 alkaen; " \
           "uudempi sanamuoto [\\[3\\]]" in text

    line = citation_line(FACTS_ANSWER.citations[1], "en", {"asd20141177.xml": SourceInfo("", "http://ours/doc")})
    assert line == (f"Rikoslaki — 25 luku 3 §, given 19 December 2014 · in force from 1 January 2015 · "
                    f"amended by 696/2024 (subsection 1), in force from 1 January 2025; newer wording [4], {OLDER}")
    assert cite_as_line(FACTS_ANSWER.citations[1], "en") == "How to cite: Rikoslaki 39/1889 25 luku 3 § (1177/2014)"
