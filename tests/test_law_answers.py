"""Answers that know the law as it stands (issue 16), on a real store: retrieval prefers the newest wording,
a citation of an older wording says which act changed it and cites the newer one, every citation carries
its date, link and status in the JSON, the terminal view, the UI's sources panel and the handout; bad
preambles are indexed with a warning and missing sections are reported by `assistant check`.

The store holds two small acts of the corpus read in place (Criminal Code 25:3 as worded by 1177/2014 and
by 696/2024, Finnish texts: a few chunks to embed) and acts written here to be broken.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer import Answer, Citation, Sentence, SentencesBlock
from assistant.render import answer_json, answer_text, render_text
from conftest import CORPUS
from docs_factory import make_finlex_act

ACTS = [CORPUS / "finlex" / "fi" / "asd20141177.xml", CORPUS / "finlex" / "fi" / "asd20240696.xml"]
QUESTION = "Mihin tarkoituksiin ihmiskaupan uhria hyväksikäytetään rikoslain 25 luvun 3 §:n mukaan?"
OLD_QUOTE = ("ottaa toisen määräysvaltaansa, värvää toisen taikka luovuttaa, kuljettaa, vastaanottaa tai majoittaa "
             "toisen hänen saattamisekseen")


@pytest.fixture(scope="module")
def law_assistant(tmp_path_factory, embedder):
    if not all(path.is_file() for path in ACTS):
        pytest.skip("../shared/corpus is not beside this checkout")
    from assistant.pipeline import Assistant
    from assistant.settings import load_settings
    from assistant.store import open_store
    from ingest.sync import Syncer

    settings = load_settings(home=tmp_path_factory.mktemp("law-home"))
    store = open_store(settings, embedder)
    report = Syncer(store, settings).sync(ACTS)  # in place: sources are the file names
    assert report.ok and not report.warnings, (report.failed, report.warnings)
    return Assistant(settings, store)


def _old_citation(law_assistant) -> Answer:
    """An answer quoting the 1177/2014 wording of chapter 25, section 3, as the extractive answerer would."""
    chunk = next(c for c in law_assistant.store.catalog.chunks_of("asd20141177.xml") if c.locator == "25 luku 3 §")
    citation = Citation(n=1, source=chunk.source, title=chunk.title, locator=chunk.locator, quote=OLD_QUOTE,
                        score=0.5, language="fi", doc_type="law")
    return Answer(question=QUESTION, language="fi", abstained=False, citations=[citation],
                  blocks=[SentencesBlock([Sentence(OLD_QUOTE, [1])], lead="Lähteissä sanotaan:", quoted=True)])


def test_retrieval_ranks_the_newest_wording_above_the_older_one(law_assistant) -> None:
    passages = law_assistant.retriever.retrieve(QUESTION, language="fi").passages
    order = [p.chunk.source for p in passages if p.chunk.locator == "25 luku 3 §"]
    assert "asd20240696.xml" in order
    assert order.index("asd20240696.xml") < (order.index("asd20141177.xml") if "asd20141177.xml" in order else 99)


def test_an_older_wording_is_flagged_and_the_newer_one_cited(law_assistant) -> None:
    answer = _old_citation(law_assistant)
    law_assistant.provenance.annotate(answer)
    old, new = answer.citations
    assert (old.status, old.act, old.date, old.in_force) == ("amended", "1177/2014", "2014-12-19", "2015-01-01")
    assert old.url == "https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2014/1177"
    assert old.cite_as == "Rikoslaki 39/1889 25 luku 3 § (1177/2014)"
    assert [(e["act"], e["subsections"], e["in_force"], e.get("n")) for e in old.superseded_by] == [
        ("696/2024", [1], "2025-01-01", 2)]
    assert (new.n, new.source, new.status, new.act) == (2, "asd20240696.xml", "in_force", "696/2024")
    assert "pakkoavioliittoon" in new.quote  # the newer wording of the words quoted
    text = answer_text(answer)
    assert f"{OLD_QUOTE} [1] (muutettu lailla 696/2024 (1 mom.), voimassa 1.1.2025 alkaen; uudempi sanamuoto [2])" in text
    shown = render_text(answer)
    assert "Viittausmuoto: Rikoslaki 39/1889 25 luku 3 § (696/2024)" in shown
    assert "annettu 5.12.2024 · voimassa 1.1.2025 alkaen · tietokannan uusin sanamuoto" in shown


def test_the_answer_json_carries_date_url_and_status_of_every_citation(law_assistant) -> None:
    answer = law_assistant.ask("What does chapter 25, section 3 of the Finnish Criminal Code say about forced marriage?")
    data = json.loads(json.dumps(answer_json(answer)))
    assert data["citations"] and not data["abstained"]
    for citation in data["citations"]:
        assert citation["status"] in ("in_force", "amended", "repealed", "unknown")
        assert citation["date"] and citation["url"].startswith("https://finlex.fi/fi/lainsaadanto/saadoskokoelma/")
        assert citation["cite_as"].startswith("Rikoslaki 39/1889 ")  # a preamble is cited without a section
        if citation["status"] == "amended":
            assert citation["superseded_by"][0]["act"] == "696/2024"
    english = _old_citation(law_assistant)
    english.language = "en"
    law_assistant.provenance.annotate(english)
    assert "(amended by 696/2024 (subsection 1), in force from 1 January 2025; newer wording [2])" \
        in answer_text(english)


def test_the_sources_panel_and_the_handout_show_date_status_link_and_how_to_cite(law_assistant) -> None:
    from ui.handout import WorkshopSession, handout_markdown
    from ui.render import sources_html
    from ui.scenarios import Scenario

    answer = _old_citation(law_assistant)
    law_assistant.provenance.annotate(answer)
    panel = sources_html(answer, "sv")
    assert 'class="source-facts status-amended"' in panel and 'class="source-facts status-in_force"' in panel
    assert 'href="https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2024/696"' in panel and "Officiell text" in panel
    assert "muutettu lailla 696/2024" in panel  # the status in the answer's language, as the answer says it
    scenario = Scenario(source="case.fi.md", title="Harjoitus", language="fi", setting=[("", "Tapaus.")],
                        questions=[QUESTION])
    handout = handout_markdown(WorkshopSession(scenario, answers={0: answer}), "en")
    assert "How to cite: Rikoslaki 39/1889 25 luku 3 § (1177/2014)" in handout
    assert "amended by 696/2024 (subsection 1), in force from 1 January 2025" in handout
    assert "https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2014/1177" in handout


def test_a_bad_preamble_warns_a_missing_section_is_reported_and_nothing_is_lost(settings, embedder, tmp_path: Path,
                                                                                capsys) -> None:
    from assistant.cli import main
    from assistant.store import open_store

    folder = tmp_path / "laws"
    make_finlex_act(folder / "asd20249998.xml", "9998/2024", "lastensuojelulain muuttamisesta",
                    "Eduskunnan päätöksen mukaisesti muutetaan lastensuojelulakia seuraavasti:",
                    {"25 §": "Ilmoitusvelvollisen on ilmoitettava epäillystä seksuaalirikoksesta myös poliisille."})
    make_finlex_act(folder / "asd20249999.xml", "9999/2024", "lastensuojelulain muuttamisesta",
                    "Eduskunnan päätöksen mukaisesti muutetaan lastensuojelulain (417/2007) 25 §:n 3 momentti ja "
                    "26 § seuraavasti:", {"25 §": "Ilmoitusvelvollisen on ilmoitettava myös poliisille."})
    assert main(["ingest", "--no-progress", str(folder)]) == 0  # a warning is no failure
    out = capsys.readouterr()
    assert "WARNING asd20249998.xml: the preamble uses muutetaan but names no chapter or section" in out.err
    assert "added 2" in out.out
    store = open_store(settings, embedder)
    assert store.document("asd20249998.xml").extra["act"] == "9998/2024"  # indexed as text, with its dates
    assert store.document("asd20249998.xml").extra["in_force"] == "2025-04-01"
    assert store.catalog.chunks_of("asd20249998.xml")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "the store is consistent" in out
    assert "reference: asd20249999.xml: the preamble of 9999/2024 says it amends 26 §, but the act's text" in out
