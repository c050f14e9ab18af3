"""Base forms and compound parts with the real analysers (Voikko, simplemma, Snowball), the fallback
when one is missing, and the keyword index's rebuild when the tokenizer changed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from assistant.documents import Chunk, DocumentRecord
from assistant.pipeline import Assistant
from assistant.settings import load_settings
from assistant.render import answer_text
from assistant.store import open_store
from assistant.store.catalog import TOKENIZER_KEY, Catalog
from assistant.text import morphology
from assistant.text.stemming import keyword_tokens, query_tokens, stems_of, tokenizer_signature
from ingest.sync import Syncer

voikko_installed = pytest.mark.skipif(not Path("/usr/lib/voikko/5/mor-standard/mor.vfst").exists(),
                                      reason="Debian's voikko-fi is not installed (make voikko)")


@pytest.fixture(autouse=True)
def fresh_analysers():
    """Each test chooses the backends anew (a test may hide one); the next test gets the real ones."""
    morphology.reset()
    yield
    morphology.reset()


def snowball_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today's tokenizer before the analysers: Snowball stems in every language."""
    monkeypatch.setattr(morphology, "PREFERENCE", {})
    monkeypatch.setattr(morphology, "DEFAULT_PREFERENCE", ("snowball",))
    morphology.reset()


@voikko_installed
@pytest.mark.parametrize("word, forms, parts", [
    ("lastensuojeluilmoituksen", {"lastensuojeluilmoitus"}, {"lastensuojelu", "ilmoitus"}),
    ("ilmoitusvelvollisuudesta", {"ilmoitusvelvollisuus"}, {"ilmoitus", "velvollisuus"}),
    ("sosiaalityöntekijälle", {"sosiaalityöntekijä"}, {"sosiaalityö", "työntekijä", "tekijä"}),
    ("ihmiskaupan", {"ihmiskauppa"}, {"kauppa"}),
    ("lasten", {"lapsi"}, set()),
    ("kotikäynnillä", {"kotikäynti"}, {"koti", "käynti"}),
])
def test_voikko_gives_finnish_base_forms_and_compound_parts(word, forms, parts):
    analysis = morphology.analyse(word, "fi")
    assert morphology.analyser_for("fi").name == "voikko"
    assert set(analysis.forms) == forms
    assert parts <= set(analysis.parts)
    assert not set(analysis.forms) & set(analysis.parts)


@pytest.mark.parametrize("word, language, form, parts", [
    ("anmälningsskyldigheten", "sv", "anmälningsskyldighet", {"anmälning", "skyldighet"}),
    ("barnkonventionen", "sv", "barnkonvention", {"barn", "konvention"}),
    ("socialnämnden", "sv", "socialnämnd", {"social", "nämnd"}),
    ("children", "en", "child", set()),
    ("trafficking", "en", "trafficking", set()),  # English writes no closed compounds: no "traffic" + "king"
])
def test_simplemma_gives_lemmas_and_swedish_compound_parts(word, language, form, parts):
    analysis = morphology.SimplemmaAnalyser().analyse(word, language)
    assert analysis.forms == (form,)
    assert set(analysis.parts) == parts
    if language == "sv":
        assert morphology.analyser_for(language).name == "simplemma"


def test_english_keeps_snowball_stems_by_preference():
    """Measured: English lemmas answered one dev question fewer; the stem joins "trafficked" and "trafficking"."""
    assert morphology.analyser_for("en").name == "snowball"
    assert morphology.analyse("trafficked", "en").forms == morphology.analyse("trafficking", "en").forms


@voikko_installed
def test_tokens_of_the_public_functions():
    tokens = keyword_tokens("Lastensuojeluilmoituksen tekee sosiaalityöntekijä.", "fi")
    assert {"lastensuojeluilmoitus", "lastensuojelu", "ilmoitus", "tehdä", "sosiaalityöntekijä"} <= set(tokens)
    # a question's words by their base forms only: the documents' compound parts are what is indexed
    question = set(query_tokens("ilmoitusvelvollisuudesta eller anmälningsskyldigheten?"))
    assert {"ilmoitusvelvollisuus", "anmälningsskyldighet"} <= question
    assert not {"ilmoitus", "skyldighet"} & question
    # stems_of: what the word itself is in each language (its compound parts are no evidence of it)
    assert "ilmoitusvelvollisuus" in stems_of("ilmoitusvelvollisuuteni")
    assert "ilmoitus" not in stems_of("ilmoitusvelvollisuuteni")


def test_unknown_words_keep_their_snowball_stem():
    assert morphology.analyse("qwertyinen", "fi").forms == morphology.SnowballAnalyser().analyse("qwertyinen", "fi").forms


def test_without_voikko_finnish_falls_back_to_simplemma_with_one_warning(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "libvoikko", None)  # import libvoikko raises ImportError
    morphology.reset()
    with caplog.at_level(logging.WARNING, logger="assistant.text.morphology"):
        first = morphology.analyse("lastensuojeluilmoituksen", "fi")
        morphology.analyse("ilmoitusvelvollisuudesta", "fi")
        keyword_tokens("Lapsen ilmoitusvelvollisuus", "fi")
    assert morphology.analyser_for("fi").name == "simplemma"
    assert first.forms == ("lastensuojeluilmoitus",)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "voikko" in warnings[0].getMessage() and "pip install libvoikko" in warnings[0].getMessage()
    assert "fi=simplemma" in tokenizer_signature()


def test_with_no_analyser_installed_every_language_gets_snowball_stems(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "libvoikko", None)
    monkeypatch.setitem(sys.modules, "simplemma", None)
    morphology.reset()
    with caplog.at_level(logging.WARNING, logger="assistant.text.morphology"):
        tokens = keyword_tokens("Lastensuojeluilmoituksen tekee sosiaalityöntekijä.", "fi")
        query_tokens("anmälningsskyldigheten children")
    import Stemmer

    assert tokens == Stemmer.Stemmer("finnish").stemWords(["lastensuojeluilmoituksen", "tekee", "sosiaalityöntekijä"])
    assert {morphology.analyser_for(language).name for language in ("fi", "sv", "en")} == {"snowball"}
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2  # one per missing backend


# --- the keyword index remembers its tokenizer -----------------------------------------------------
def _chunk(text: str, source: str = "a.fi.md", ordinal: int = 0) -> Chunk:
    return Chunk(source=source, version="v1" * 8, ordinal=ordinal, text=text, locator="Kuka tekee",
                 title="Ohje", language="fi", doc_type="guide")


def _publish(catalog: Catalog, chunks: list[Chunk]) -> None:
    first = chunks[0]
    catalog.publish(DocumentRecord(source=first.source, version=first.version, title=first.title,
                                   language="fi", doc_type="guide", chunks=len(chunks), ingested_at="2026-01-01",
                                   size_bytes=1, path=first.source, extra={}), chunks)


def _vocabulary(catalog: Catalog) -> set[str]:
    return {r[0] for r in catalog._file.connection().execute("SELECT term FROM chunks_vocab")}


@voikko_installed
def test_catalog_rebuilds_keyword_tokens_made_by_another_tokenizer(tmp_path, monkeypatch):
    with monkeypatch.context() as old:
        snowball_only(old)
        catalog = Catalog(tmp_path / "catalog.sqlite3")
        _publish(catalog, [_chunk("Lastensuojeluilmoituksen tekee sosiaalityöntekijä viipymättä.")])
        assert "lastensuojeluilmoituks" in _vocabulary(catalog)
        with catalog._file.transaction() as db:  # a store from before the tokenizer was recorded
            db.execute("DELETE FROM meta WHERE key = ?", (TOKENIZER_KEY,))
    morphology.reset()
    assert not catalog.keyword_search("ilmoitus", 5)  # the old stems hide the compound's parts

    upgraded = Catalog(tmp_path / "catalog.sqlite3")
    assert upgraded.get_meta(TOKENIZER_KEY) == tokenizer_signature()
    assert {"lastensuojeluilmoitus", "lastensuojelu", "ilmoitus"} <= _vocabulary(upgraded)
    assert "lastensuojeluilmoituks" not in _vocabulary(upgraded)
    assert [c.chunk_id for c, _ in upgraded.keyword_search("ilmoitus", 5)] == [_chunk("").chunk_id]
    assert upgraded.keyword_entry_ids() == [_chunk("").chunk_id]  # one entry per chunk, still
    assert upgraded.refresh_keywords() == 0  # current now: opening again writes nothing


@voikko_installed
def test_a_publish_under_another_tokenizer_remakes_every_entry(tmp_path, monkeypatch):
    """Two processes with different analysers (Voikko installed between them): whichever writes makes
    the whole index its own, so the index never mixes two tokenizers."""
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    _publish(catalog, [_chunk("Lastensuojeluilmoituksen tekee sosiaalityöntekijä.")])
    snowball_only(monkeypatch)
    _publish(catalog, [_chunk("Ilmoitusvelvollisuus koskee kaikkia.", source="b.fi.md")])
    assert catalog.get_meta(TOKENIZER_KEY) == tokenizer_signature()
    vocabulary = _vocabulary(catalog)
    assert "lastensuojeluilmoituks" in vocabulary and "lastensuojeluilmoitus" not in vocabulary


DOCS = {
    "ilmoitus.fi.md": """---
title: Lastensuojeluilmoitus
language: fi
type: guide
---
# Lastensuojeluilmoitus

## Kuka tekee ilmoituksen
Sosiaali- ja terveydenhuollon, opetuksen ja poliisin ammattilaisilla on ilmoitusvelvollisuus. Heidän on tehtävä lastensuojeluilmoitus viipymättä, kun he saavat tietää lapsesta, jonka hoidon tarve on selvitettävä.

## Salassapito
Ilmoitusvelvollisuus on salassapitosäännösten estämättä. Ilmoituksen voi tehdä myös poliisille.
""",
    "anmalan.sv.md": """---
title: Barnskyddsanmälan
language: sv
type: guide
---
# Barnskyddsanmälan

## Anmälningsskyldigheten
Yrkesutbildade personer inom social- och hälsovården har anmälningsskyldighet. De ska utan dröjsmål göra en barnskyddsanmälan när de får kännedom om ett barn vars behov av vård ska utredas.
""",
    "victims.en.md": """---
title: Assistance for victims
language: en
type: guide
---
# Assistance for victims

## Children in the assistance system
A child who may be a victim of trafficking is entitled to the assistance system's services: safe housing, legal counselling and psychosocial support.
""",
}

QUESTIONS = ["Kenellä on ilmoitusvelvollisuus lastensuojeluilmoituksen tekemisestä?",
             "Vem har anmälningsskyldighet?",
             "What support does a child victim of trafficking get?"]


def _answers(settings, store) -> list[tuple]:
    assistant = Assistant(settings, store)
    answers = [assistant.ask(q) for q in QUESTIONS]
    return [(a.abstained, answer_text(a), [(c.source, c.locator) for c in a.citations]) for a in answers]


@voikko_installed
@pytest.mark.slow
def test_an_old_store_is_upgraded_and_answers_as_a_new_one(tmp_path, monkeypatch, embedder):
    root = tmp_path / "docs"
    for name, text in DOCS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    fresh_settings = load_settings(home=tmp_path / "fresh")
    fresh = open_store(fresh_settings, embedder)
    assert Syncer(fresh, fresh_settings).sync([root]).ok

    old_settings = load_settings(home=tmp_path / "old")
    with monkeypatch.context() as old:
        snowball_only(old)
        store = open_store(old_settings, embedder)
        assert Syncer(store, old_settings).sync([root]).ok
        with store.catalog._file.transaction() as db:  # as stores were before the tokenizer was recorded
            db.execute("DELETE FROM meta WHERE key = ?", (TOKENIZER_KEY,))
        before = _answers(old_settings, store)
    morphology.reset()

    upgraded = open_store(old_settings, embedder)
    assert upgraded.catalog.get_meta(TOKENIZER_KEY) == tokenizer_signature()
    assert upgraded.check() == []
    entries = dict(upgraded.catalog._file.connection().execute("SELECT chunk_id, tokens FROM chunks_fts").fetchall())
    assert entries == dict(fresh.catalog._file.connection().execute("SELECT chunk_id, tokens FROM chunks_fts").fetchall())
    after = _answers(old_settings, upgraded)
    assert after == _answers(fresh_settings, fresh)
    assert [a[2] for a in after] == [b[2] for b in before]  # the same passages cited as before the upgrade
    assert not any(a[0] for a in after)
