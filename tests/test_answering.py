"""Grounded answers end to end on a small real store: extractive, refusal, safety, follow-ups, JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.render import answer_text
from assistant import prompts
from assistant.pipeline import Assistant
from assistant.settings import load_settings
from assistant.store import open_store
from ingest.sync import Syncer

DOCS = {
    "contacts/contacts.en.md": """---
title: Emergency and support contacts
language: en
type: contacts
---
# Emergency and support contacts

## Emergency number 112
Call the emergency number 112 when a child may be in immediate danger. The emergency number 112 is free of charge and answers around the clock.
""",
    "contacts/contacts.fi.md": """---
title: Hätä- ja tukinumerot
language: fi
type: contacts
---
# Hätä- ja tukinumerot

## Hätänumero 112
Soita hätänumeroon 112, kun lapsi voi olla välittömässä vaarassa. Hätänumeroon 112 soittaminen on maksutonta ja numero vastaa ympäri vuorokauden.
""",
    "contacts/contacts.sv.md": """---
title: Nöd- och stödnummer
language: sv
type: contacts
---
# Nöd- och stödnummer

## Nödnumret 112
Ring nödnumret 112 när ett barn kan vara i omedelbar fara. Att ringa nödnumret 112 är avgiftsfritt och numret svarar dygnet runt.
""",
    "guides/definition.en.md": """---
title: The definition of trafficking in children
language: en
type: guide
---
# The definition of trafficking in children

## The three elements
Trafficking in persons has three elements: an act, a means and an exploitative purpose. The act is the recruitment, transportation, transfer, harbouring or receipt of a person.

## Children need no means
When the victim is a child, no means such as force, deception or abuse of vulnerability need to be shown. A child is any person under eighteen years of age.

## The convention
The Council of Europe Convention on Action against Trafficking in Human Beings protects child victims.
""",
    "guides/ilmoitus.fi.md": """---
title: Lastensuojeluilmoitus
language: fi
type: guide
---
# Lastensuojeluilmoitus

## Kuka tekee ilmoituksen
Sosiaali- ja terveydenhuollon ammattilaisen on tehtävä lastensuojeluilmoitus viipymättä, jos hän saa tietää lapsesta, jonka hoidon ja huolenpidon tarve tai kehitystä vaarantavat olosuhteet edellyttävät lastensuojelun tarpeen selvittämistä. Ilmoitusvelvollisuus koskee salassapitosäännösten estämättä.
""",
    "guides/hjalpsystemet.sv.md": """---
title: Hjälpsystemet för offer för människohandel
language: sv
type: guide
---
# Hjälpsystemet för offer för människohandel

## Vem som kan få hjälp
Ett offer för människohandel kan tas in i hjälpsystemet för offer för människohandel. Också ett barn som misstänks vara offer för människohandel kan få hjälp inom hjälpsystemet.
""",
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory, embedder):
    """A small store, built once for this module with the real model."""
    home = tmp_path_factory.mktemp("answering-home")
    root = tmp_path_factory.mktemp("answering-docs")
    for relative, text in DOCS.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    settings = load_settings(home=home)
    store = open_store(settings, embedder)
    report = Syncer(store, settings).sync([root])
    assert report.ok, report.failed
    return settings, store


@pytest.fixture
def assistant(kb) -> Assistant:
    settings, store = kb
    return Assistant(settings, store)


def test_extractive_answer_in_finnish_cites_passages(assistant):
    answer = assistant.ask("Milloin ammattilaisen täytyy tehdä lastensuojeluilmoitus?")
    assert answer.language == "fi"
    assert not answer.abstained
    assert answer_text(answer).startswith(prompts.EXTRACTIVE_LEAD["fi"])
    assert answer.citations and answer.citations[0].source == "guides/ilmoitus.fi.md"
    assert answer.citations[0].locator == "Kuka tekee ilmoituksen"
    assert "[1]" in answer_text(answer)
    # Every cited quote is verbatim text of the passage it cites.
    for c in answer.citations:
        assert any(c.quote in p.chunk.text for p in answer.passages
                   if (p.chunk.source, p.chunk.locator) == (c.source, c.locator))
    assert all(s.citations for s in answer.sentences)


def test_cross_lingual_english_question_finds_swedish_document(assistant):
    answer = assistant.ask("Can a child who may be a victim of trafficking get help from the assistance system?",
                           filters={"language": "sv"})
    assert answer.language == "en"
    assert not answer.abstained
    assert answer.passages[0].chunk.source == "guides/hjalpsystemet.sv.md"
    assert any("barn" in c.quote for c in answer.citations)  # quotes stay in their original language


def test_out_of_scope_question_is_refused_with_coverage(assistant):
    answer = assistant.ask("What is a good recipe for carrot cake?")
    assert answer.abstained
    assert prompts.CANNOT_ANSWER["en"] in answer_text(answer)
    assert prompts.COVERAGE_LEAD["en"] in answer_text(answer)
    assert "The definition of trafficking in children" in answer_text(answer)
    assert not answer.citations


def test_near_topic_question_with_words_no_document_uses_is_refused(assistant):
    """The second refusal signal (on by default): close enough in meaning to pass the dense threshold,
    but about something (taxation) that no document mentions; the refusal names the missing words."""
    question = "How is the help a child victim of trafficking gets from the assistance system taxed and deducted?"
    answer = assistant.ask(question)
    assert answer.abstained, answer_text(answer)
    assert "no document contains" in answer.abstain_reason
    assert answer.abstain_signal == "uncovered_terms"
    assert prompts.UNCOVERED_TERMS["en"].format(terms="taxed, deducted") in answer_text(answer)


def test_common_words_and_inflected_forms_do_not_count_as_uncovered(kb):
    from assistant.coverage import uncovered_terms

    settings, store = kb
    # "saako", "tehdä" are common Finnish; "lastensuojeluilmoituksen" is an inflected form of an indexed word
    assert uncovered_terms("Saako lastensuojeluilmoituksen tehdä?", "fi", store.catalog, 4.0) == []
    assert uncovered_terms("Kan barnet få hjälp i hjälpsystemet?", "sv", store.catalog, 4.0) == []
    assert uncovered_terms("Is paracetamol taxed?", "en", store.catalog, 4.0) == ["paracetamol", "taxed"]
    # the privacy screen's placeholders stand for what the user typed, not for a topic
    assert uncovered_terms("Is [PHONE] or [EMAIL] of [IBAN] taxed?", "en", store.catalog, 4.0) == ["taxed"]
    assert uncovered_terms("Is liisa.korhonen@example.fi taxed?", "en", store.catalog, 4.0) == ["taxed"]


def test_compounds_and_latin_spellings_of_indexed_words_are_covered(kb):
    """A question in one language about a document in another: "konventionen" is the English document's
    "convention" spelt with a k, "barnoffer" is "barn" + "offer"; "brottsbalken" (brotts + balken) is not
    covered, since no document has "balk"."""
    from assistant.coverage import uncovered_terms

    settings, store = kb
    assert uncovered_terms("Vad säger konventionen om barnoffer?", "sv", store.catalog, 4.0) == []
    assert uncovered_terms("Vad säger brottsbalken om barnoffer?", "sv", store.catalog, 4.0) == ["brottsbalken"]


def test_one_uncovered_word_alone_does_not_refuse(assistant):
    """One word no document has is as often the user's own wording or a translation gap ("tricked" for
    the documents' "deception"); it takes two to refuse."""
    answer = assistant.ask("If a child was tricked into it, does the definition of trafficking need any means?")
    assert not answer.abstained, answer.abstain_reason


@pytest.mark.parametrize("question, language", [
    ("What are the three elements of trafficking in persons under the law in Sweden?", "en"),
    ("Kan ett offer i Sverige tas in i ett hjälpsystem?", "sv"),
    ("Onko sosiaalihuollon ammattilaisen Ruotsissa tehtävä lastensuojeluilmoitus viipymättä?", "fi"),
])
def test_question_about_another_country_is_refused_and_says_so(assistant, question, language):
    """The third refusal signal: the knowledge base is about Finland, and no passage found mentions
    the country the question asks about."""
    answer = assistant.ask(question)
    assert answer.abstained, answer_text(answer)
    assert "Sweden" in answer.abstain_reason
    place = {"en": "Sweden", "sv": "Sverige", "fi": "Ruotsia"}[language]
    assert prompts.UNMENTIONED_PLACE[language].format(places=place) in answer_text(answer)


@pytest.mark.parametrize("question", [
    "What are the three elements of trafficking in persons in Finland?",
    "A child from Sweden was recruited and transported: what are the elements of trafficking?",
])
def test_finland_or_a_country_of_origin_does_not_refuse(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.abstain_reason


def test_refusal_sentence_is_in_the_users_language(assistant):
    answer = assistant.ask("Mikä on paras resepti porkkanakakulle?")
    assert answer.abstained and answer.language == "fi"
    assert answer_text(answer).startswith(prompts.CANNOT_ANSWER["fi"])


@pytest.mark.parametrize("question, language, contacts", [
    ("A 14-year-old tells me she is being beaten right now at home, what do I do?", "en", "contacts/contacts.en.md"),
    ("Lapsi kertoo, että häntä uhataan tappaa tänä iltana. Mitä teen?", "fi", "contacts/contacts.fi.md"),
    ("Ett barn är i fara just nu och hålls inlåst, vad ska jag göra?", "sv", "contacts/contacts.sv.md"),
])
def test_safety_referral_in_three_languages(assistant, question, language, contacts):
    answer = assistant.ask(question)
    assert answer.language == language
    assert answer.safety_referral
    assert answer_text(answer).startswith(prompts.SAFETY_REFERRAL[language])
    assert "112" in answer_text(answer)
    first = answer.citations[0]
    assert first.n == 1 and first.source == contacts and "112" in first.quote
    # The contact sentence the referral quotes is said once: a quote of the answer that repeats it is left out.
    assert answer_text(answer).count(first.quote) == 1, answer_text(answer)


def test_ordinary_question_gets_no_referral(assistant):
    answer = assistant.ask("What are the three elements of trafficking?")
    assert not answer.safety_referral
    assert prompts.SAFETY_REFERRAL["en"] not in answer_text(answer)


def test_follow_up_is_rewritten_from_history(assistant):
    first = "What are the elements of trafficking in persons?"
    answer = assistant.ask("And if the victim is a child?", history=[first])
    assert answer.standalone_question is not None
    assert answer.standalone_question.startswith(first)
    assert any(p.chunk.locator == "Children need no means" for p in answer.passages[:2])


def test_json_contract_from_the_cli(kb, monkeypatch, capsys):
    from assistant.cli import main

    settings, _ = kb
    monkeypatch.setenv("ASSISTANT_HOME", str(settings.home))
    monkeypatch.setattr("sys.stdin", io.StringIO("What is the emergency number?\n\nMitä on ihmiskauppa?\n"))
    assert main(["ask", "--json", "-"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 2
    for obj in lines:
        for key in ("question", "language", "answer", "abstained", "citations", "passages"):
            assert key in obj
        for c in obj["citations"]:
            assert set(c) >= {"n", "source", "title", "locator", "quote"}
        for p in obj["passages"]:
            assert set(p) >= {"source", "locator", "score", "text"}
    assert lines[0]["language"] == "en" and lines[1]["language"] == "fi"
    assert lines[0]["citations"][0]["source"].startswith("contacts/")


def test_cli_filter_is_validated(kb, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("ASSISTANT_HOME", str(kb[0].home))
    assert main(["ask", "question", "--filter", "colour=red"]) == 1
    assert "--filter" in capsys.readouterr().err


def test_empty_store_says_so(settings, embedder):
    assistant = Assistant(settings, open_store(settings, embedder))
    answer = assistant.ask("What is trafficking?")
    assert answer.abstained
    assert prompts.EMPTY_KNOWLEDGE_BASE["en"] in answer_text(answer)


ISSUE_17 = "Asiakkaani Matti Virtanen, hetu 010203A123X, kertoi ihmiskaupasta. Mitä teen?"


def test_cli_ask_holds_back_a_question_with_personal_data(kb, monkeypatch, capsys):
    """`assistant ask` screens its question as the chat does: without a choice it is not sent, and the
    warning on stderr names every finding and the two ways on."""
    from assistant.cli import main

    monkeypatch.setenv("ASSISTANT_HOME", str(kb[0].home))
    assert main(["ask", "--json", ISSUE_17]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    for said in ("name: Matti Virtanen", "personal identity code: 010203A123X (check character does not match)",
                 "Asiakkaani [NAME], hetu [ID],", "--redact", "--send-anyway"):
        assert said in out.err


def test_cli_ask_redacts_or_sends_as_typed_when_told(kb, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("ASSISTANT_HOME", str(kb[0].home))
    assert main(["ask", "--json", "--redact", ISSUE_17]) == 0
    out = capsys.readouterr()
    answer = json.loads(out.out)
    assert "Virtanen" not in out.out and "010203A123X" not in out.out
    assert answer["question"].startswith("Asiakkaani [NAME], hetu [ID],")
    assert [r["kind"] for r in answer["redacted"]] == ["name", "id_code"]
    assert "Removed before sending: personal identity code (1), name (1)." in out.err
    assert main(["ask", "--json", "--send-anyway", ISSUE_17]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["question"] == ISSUE_17
    assert "Sent as typed: name: Matti Virtanen;" in out.err
    # One question per line: a held-back line is skipped, the others are answered, the status says so.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"What is the emergency number?\n{ISSUE_17}\n"))
    assert main(["ask", "--json", "-"]) == 1
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_cli_chat_asks_before_sending_personal_data(kb, monkeypatch, capsys):
    """`assistant chat` shows what it found and asks: [r]edact sends the question with the name and the
    code replaced, and the conversation's history keeps only that."""
    from assistant.cli import main
    from assistant.pipeline import Assistant

    monkeypatch.setenv("ASSISTANT_HOME", str(kb[0].home))
    typed = iter([ISSUE_17, "x", "r", ""])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(typed))
    asked = []
    real_ask = Assistant.ask
    monkeypatch.setattr(Assistant, "ask", lambda self, q, **kw: asked.append(q) or real_ask(self, q, **kw))
    assert main(["chat"]) == 0
    err = capsys.readouterr().err
    assert "name: Matti Virtanen" in err and "Removed before sending: personal identity code (1), name (1)." in err
    assert asked == ["Asiakkaani [NAME], hetu [ID], kertoi ihmiskaupasta. Mitä teen?"]
