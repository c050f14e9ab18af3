"""The law as it stands (issue 16): preambles read in Finnish and Swedish, the acts' dates, which act holds
the newest wording of a section, the stale-guide check and the references `assistant check` reports.

The Finlex XML is the real corpus, read in place from ../shared/corpus (never copied); the catalog is the
real SQLite catalog, filled by the real loaders and chunker without embedding (these checks read no vector),
so the whole corpus and knowledge/ cost a few seconds.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from assistant.documents import DocumentRecord
from assistant.law.dates import entry_into_force, find_date, format_date
from assistant.law.index import LawIndex, section_of
from assistant.law.references import ADDED, AMENDED, REPEALED, Provision, parse_locator, parse_preamble
from assistant.law.stale import AMENDED_SINCE, REVIEW_OVERDUE, check_documents, missing_references
from assistant.store.catalog import Catalog
from conftest import CORPUS, REPO
from docs_factory import make_finlex_act
from ingest.chunking import chunk_sections
from ingest.loaders import load_document

FINLEX = CORPUS / "finlex"
needs_corpus = pytest.mark.skipif(not FINLEX.is_dir(), reason="../shared/corpus is not beside this checkout")

# The Child Welfare Act guide's sources as they were before part 1 of issue 16 (commit 62d919f^): 25 § cited
# in 417/2007 and 88/2010 only, though 1302/2014 rewrote 25(1) and 25(3).
BEFORE_CORRECTION = """---
title: "Child Welfare Act 417/2007: notification duties"
language: en
type: guide
reviewed: 2026-11-28
sources:
  - title: "Lastensuojelulaki 417/2007, 25 §"
    locator: "5 luku 25 §"
    corpus: finlex/fi/asd20070417.xml
  - title: "Laki lastensuojelulain muuttamisesta 88/2010, 25 §"
    locator: "25 §"
    corpus: finlex/fi/asd20100088.xml
  - title: "Laki lastensuojelulain muuttamisesta 610/2022, 25 § 1 mom. johdantokappale"
    locator: "25 §"
    corpus: finlex/fi/asd20220610.xml
---

# Child Welfare Act 417/2007: notification duties

Section 25, subsection 3 keeps the separate confidentiality rules on confession.
"""


def publish(catalog: Catalog, path: Path, source: str, data: bytes | None = None) -> DocumentRecord:
    """Load ``path`` with the real loader and chunker and publish it in ``catalog`` (no vectors)."""
    data = path.read_bytes() if data is None else data
    loaded = load_document(path, data, display_name=source)
    language = loaded.language or "en"
    doc_type = loaded.doc_type or "guide"
    version = hashlib.sha256(data).hexdigest()
    chunks = chunk_sections(loaded.sections, source=source, version=version, title=loaded.title, language=language,
                            doc_type=doc_type, target_words=160, overlap=1)
    record = DocumentRecord(source, version, loaded.title, language, doc_type, len(chunks), "2026-12-03T00:00:00",
                            len(data), str(path), loaded.extra)
    catalog.publish(record, chunks)
    return record


def with_the_guide_before_the_correction(catalog: Catalog, corpus_catalog: Catalog, folder: Path) -> Catalog:
    """``catalog`` holding the corpus acts and the Child Welfare Act guide as it was before part 1 of issue 16."""
    for record in corpus_catalog.documents():
        catalog.publish(record, corpus_catalog.chunks_of(record.source))
    guide = folder / "child-welfare-act-duties.en.md"
    guide.write_text(BEFORE_CORRECTION, encoding="utf-8")
    publish(catalog, guide, "finnish-law/child-welfare-act-duties.en.md")
    return catalog


@pytest.fixture(scope="module")
def corpus_catalog(tmp_path_factory) -> Catalog:
    """Every Finlex act of the corpus (fi and sv) in a real catalog, sources as `assistant ingest` names them."""
    if not FINLEX.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    catalog = Catalog(tmp_path_factory.mktemp("law") / "catalog.sqlite3")
    for path in sorted(FINLEX.glob("*/*.xml")):
        publish(catalog, path, f"finlex/{path.parent.name}/{path.name}")
    return catalog


@pytest.fixture(scope="module")
def knowledge_catalog(corpus_catalog: Catalog, tmp_path_factory) -> Catalog:
    """The corpus acts plus every Markdown document of today's knowledge/ (as `assistant ingest knowledge/`)."""
    catalog = Catalog(tmp_path_factory.mktemp("knowledge") / "catalog.sqlite3")
    for record in corpus_catalog.documents():
        catalog.publish(record, corpus_catalog.chunks_of(record.source))
    for path in sorted((REPO / "knowledge").rglob("*.md")):
        relative = path.relative_to(REPO / "knowledge").as_posix()
        if relative.startswith("pdf-sources/") or relative == "README.md":
            continue  # not indexed (.assistantignore)
        publish(catalog, path, relative)
    return catalog


# --- preambles -------------------------------------------------------------------------------------
def _changes(text: str, language: str) -> set[tuple]:
    return {(c.action, c.provision.chapter, c.provision.section, c.provision.subsections)
            for c in parse_preamble(text, language).changes}


@needs_corpus
def test_the_finnish_and_swedish_preambles_of_every_corpus_act_say_the_same_changes() -> None:
    compared = 0
    for fi in sorted((FINLEX / "fi").glob("*.xml")):
        sv = FINLEX / "sv" / fi.name
        if not sv.is_file():
            continue
        fi_doc, sv_doc = (load_document(p, p.read_bytes()) for p in (fi, sv))
        assert fi_doc.sections[0].locator == "johtolause" or not fi_doc.extra.get("changes")
        assert fi_doc.extra["changes"] == sv_doc.extra["changes"] or fi.name == "asd20220723.xml", fi.name
        assert fi_doc.extra["statute"] == sv_doc.extra["statute"], fi.name
        assert (fi_doc.extra["date_given"], fi_doc.extra["in_force"]) == (sv_doc.extra["date_given"],
                                                                          sv_doc.extra["in_force"]), fi.name
        assert not fi_doc.warnings and not sv_doc.warnings
        compared += 1
    assert compared == 17


@needs_corpus
def test_act_1302_2014_as_its_preamble_says_in_both_languages() -> None:
    for language in ("fi", "sv"):
        path = FINLEX / language / "asd20141302.xml"
        loaded = load_document(path, path.read_bytes())
        facts = loaded.extra
        assert (facts["act"], facts["statute"]) == ("1302/2014", "417/2007")
        assert facts["statute_name"] == {"fi": "Lastensuojelulaki", "sv": "Barnskyddslag"}[language]
        assert (facts["date_given"], facts["in_force"]) == ("2014-12-30", "2015-04-01")
        changes = {(c["action"], c["chapter"], c["section"], tuple(c["subsections"])) for c in facts["changes"]}
        assert (AMENDED, None, "25", (1, 3)) in changes  # "25 §:n 1 ja 3 momentti" / "25 § 1 och 3 mom."
        assert (AMENDED, None, "25 d", ()) in changes
        assert (REPEALED, "2", None, ()) in changes  # "kumotaan ... 2 luku" / "upphävs ... 2 kap."
        assert (ADDED, None, "38 a", ()) in changes
        # the history of the wording ("sellaisina kuin ... 25 §:n 3 momentti laissa 542/2011") is no change
        assert len(changes) == 24


def test_preamble_grammar_chapters_history_and_additions() -> None:
    criminal = ("Eduskunnan päätöksen mukaisesti muutetaan rikoslain (39/1889) 20 luvun 9 §:n 1 momentti, 20 luku "
                "sekä 25 luvun 3 §:n 1 momentti, sellaisina kuin ne ovat 25 luvun 3 §:n 1 momentti laissa 1177/2014, "
                "ja lisätään 25 lukuun uusi 3 b § seuraavasti:")
    assert _changes(criminal, "fi") == {(AMENDED, "20", "9", (1,)), (AMENDED, "20", None, ()),
                                        (AMENDED, "25", "3", (1,)), (ADDED, "25", "3 b", ())}
    aliens = ("I enlighet med riksdagens beslut fogas till 3 §, sådan den lyder delvis ändrad i nämnda lag 581/2005, "
              "nya 22 och 23 punkter, till lagen nya 52 a―52 c § och till 53 § ett nytt 6 mom., varvid nuvarande "
              "6―8 mom. blir 7―9 mom., som följer:")
    # a section something is added to changes (the new points); new sections are added; the renumbering is no change
    assert _changes(aliens, "sv") == {(AMENDED, None, "3", ()), (ADDED, None, "52 a", ()), (ADDED, None, "52 b", ()),
                                      (ADDED, None, "52 c", ()), (AMENDED, None, "53", (6,))}
    assert parse_preamble("Eduskunnan päätöksen mukaisesti säädetään:", "fi").changes == []
    broken = parse_preamble("Eduskunnan päätöksen mukaisesti muutetaan lastensuojelulakia seuraavasti:", "fi")
    assert not broken.changes and "muutetaan" in broken.problems[0]


def test_locators_and_source_lists_name_their_sections() -> None:
    labels = lambda text: [p.label() for p in parse_locator(text)]  # noqa: E731
    assert labels("5 luku 25 §, 11 luku 61–64 §") == ["5 luku 25 §", "11 luku 61 §", "11 luku 62 §", "11 luku 63 §",
                                                     "11 luku 64 §"]
    assert labels("25 § 1 mom., 25 § 3 mom., 25 a §") == ["25 § 1 ja 3 mom.", "25 a §"]
    assert labels("20 kap. 2, 9–10 §") == ["20 luku 2 §", "20 luku 9 §", "20 luku 10 §"]
    assert labels("chapter 25, section 3, subsection 2") == ["25 luku 3 § 2 mom."]
    assert labels("section 25(3)") == ["25 § 3 mom."]
    assert labels("1 luku 3 §; 25 §") == ["1 luku 3 §", "25 §"]
    assert labels("koko päätös") == [] and section_of("johtolause") is None
    assert Provision("25", "3", (1, 3)).label("sv") == "25 kap. 3 § 1 och 3 mom."


def test_dates_of_statute_text_read_and_written() -> None:
    assert find_date("Helsingissä 30 päivänä joulukuuta 2014") == date(2014, 12, 30)
    assert find_date("Naantalissa ja Helsingissä 8.7.2022") == date(2022, 7, 8)
    assert find_date("Helsingfors den 30 december 2014") == date(2014, 12, 30)
    assert entry_into_force("Tämä laki tulee voimaan 1 päivänä huhtikuuta 2015 kuitenkin niin, että ...",
                            None) == date(2015, 4, 1)
    assert entry_into_force("Detta beslut träder i kraft genast.", date(2022, 3, 7)) == date(2022, 3, 7)
    assert [format_date("2015-04-01", lang) for lang in ("fi", "en", "lt")] == ["1.4.2015", "1 April 2015",
                                                                                "2015-04-01"]


# --- which act holds the newest wording ------------------------------------------------------------
def _chunk(catalog: Catalog, source: str, locator: str):
    return next(c for c in catalog.chunks_of(source) if c.locator == locator)


@needs_corpus
def test_the_index_knows_the_newest_wording_of_a_section(corpus_catalog: Catalog) -> None:
    law = LawIndex(corpus_catalog)
    enacted = law.wording(_chunk(corpus_catalog, "finlex/fi/asd20070417.xml", "5 luku 25 §"))
    assert enacted.status == AMENDED
    assert [(n.act.act, n.provision.subsections) for n in enacted.newer] == [
        ("610/2022", (1,)), ("1302/2014", (1, 3)), ("88/2010", ())]
    assert {h.source for h in enacted.newer[1].holdings} == {"finlex/fi/asd20141302.xml", "finlex/sv/asd20141302.xml"}
    newest = law.wording(_chunk(corpus_catalog, "finlex/sv/asd20240696.xml", "25 kap. 3 §"))
    assert newest.status == "in_force" and not newest.newer
    # 723/2022 rewrote chapter 20 of the Criminal Code without a section 9 a: repealed
    gone = law.wording(_chunk(corpus_catalog, "finlex/fi/asd20040650.xml", "20 luku 9 a §"))
    assert gone.status == REPEALED and gone.newer[0].act.act == "723/2022"
    repealed = law.wording(_chunk(corpus_catalog, "finlex/fi/asd20150388.xml", "4 luku 36 §"))
    assert repealed.status == REPEALED and repealed.newer[0].act.act == "1294/2022"
    assert law.wording(_chunk(corpus_catalog, "finlex/fi/asd20141302.xml", "johtolause")).status == "unknown"


@needs_corpus
def test_every_section_a_corpus_preamble_amends_is_in_its_act(corpus_catalog: Catalog) -> None:
    assert missing_references(corpus_catalog.documents(), LawIndex(corpus_catalog)) == []


# --- the stale-guide check -------------------------------------------------------------------------
@needs_corpus
def test_the_child_welfare_guide_before_the_correction_is_flagged(corpus_catalog: Catalog, tmp_path: Path) -> None:
    catalog = with_the_guide_before_the_correction(Catalog(tmp_path / "catalog.sqlite3"), corpus_catalog, tmp_path)
    report = check_documents(catalog.documents(), LawIndex(catalog), date(2026, 12, 3), 12)
    flagged = [(f.cited, f.cited_act, f.newer_act, f.changed) for f in report.findings if f.kind == AMENDED_SINCE]
    assert ("25 §", "417/2007", "1302/2014", "25 § 1 ja 3 mom.") in flagged
    assert ("25 §", "88/2010", "1302/2014", "25 § 1 ja 3 mom.") in flagged
    assert all(newer != "610/2022" for *_, newer, _ in flagged)  # the guide cites 610/2022 for 25 §
    later = check_documents(catalog.documents(), LawIndex(catalog), date(2028, 1, 1), 12)
    assert [f.kind for f in later.findings].count(REVIEW_OVERDUE) == 1


@needs_corpus
def test_todays_knowledge_cites_the_newest_wording_the_corpus_holds(knowledge_catalog: Catalog) -> None:
    """Run on today's knowledge/ plus ../shared/corpus, the check finds nothing wrong (issue 16, item 4)."""
    report = check_documents(knowledge_catalog.documents(), LawIndex(knowledge_catalog), date(2026, 12, 3), 12)
    assert report.entries_checked > 250 and report.documents > 80
    assert [f"{f.source}: {f.message(12)}" for f in report.findings] == []
    assert missing_references(knowledge_catalog.documents(), LawIndex(knowledge_catalog)) == []


def test_an_unreadable_preamble_is_indexed_as_text_with_a_warning(tmp_path: Path) -> None:
    path = make_finlex_act(tmp_path / "asd20249998.xml", "9998/2024", "lastensuojelulain muuttamisesta",
                           "Eduskunnan päätöksen mukaisesti muutetaan lastensuojelulakia seuraavasti:",
                           {"25 §": "Ilmoitusvelvollisen on ilmoitettava myös poliisille."})
    loaded = load_document(path, path.read_bytes())
    assert [s.locator for s in loaded.sections] == ["johtolause", "25 §", "voimaantulo"]
    assert loaded.extra["act"] == "9998/2024" and loaded.extra["statute"] == "" and loaded.extra["changes"] == []
    assert loaded.extra["in_force"] == "2025-04-01"
    assert len(loaded.warnings) == 1 and "the act is indexed as text" in loaded.warnings[0]


def test_a_section_the_preamble_names_but_the_act_lacks_is_reported(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    path = make_finlex_act(tmp_path / "asd20249999.xml", "9999/2024", "lastensuojelulain muuttamisesta",
                           "Eduskunnan päätöksen mukaisesti muutetaan lastensuojelulain (417/2007) 25 §:n 3 momentti "
                           "ja 26 § seuraavasti:", {"25 §": "Ilmoitusvelvollisen on ilmoitettava myös poliisille."})
    publish(catalog, path, "laws/asd20249999.xml")
    problems = missing_references(catalog.documents(), LawIndex(catalog))
    assert len(problems) == 1 and "laws/asd20249999.xml" in problems[0] and "26 §" in problems[0]


@needs_corpus
def test_sources_stale_command_lists_the_guide_and_exits_1(corpus_catalog: Catalog, settings, tmp_path: Path,
                                                          capsys) -> None:
    from assistant.cli import main

    with_the_guide_before_the_correction(Catalog(settings.catalog_path), corpus_catalog, tmp_path)
    assert main(["sources", "--stale"]) == 1
    out = capsys.readouterr().out
    assert "finnish-law/child-welfare-act-duties.en.md (reviewed 2026-11-28)" in out
    assert "cites 25 § in 417/2007; 1302/2014 (in force 1 April 2015) amended 25 § 1 ja 3 mom." in out
    assert main(["sources", "--stale", "--json"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"source", "kind", "cited_act", "newer_act", "newer_in_force", "message"} <= set(lines[0])
    assert main(["sources", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    act = next(r for r in listed if r["source"] == "finlex/fi/asd20141302.xml")
    assert (act["act"], act["statute"], act["in_force"]) == ("1302/2014", "417/2007", "2015-04-01")
