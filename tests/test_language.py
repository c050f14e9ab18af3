"""Language detection with the real lingua models; the fallback path with lingua made unimportable."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

import pytest

from assistant.text import language
from assistant.text.language import (ASKER_LANGUAGES, detect_language, detect_language_among,
                                     language_confidences)


@pytest.mark.parametrize("text, expected", [
    ("A girl placed in our children's home did not come back from her weekend leave. "
     "What does the home have to do straight away?", "en"),
    ("In a Barnahus-type investigation in Finland, who actually interviews the child?", "en"),
    ("Kuka saa hakea hatkaan lähteneen nuoren takaisin laitokseen?", "fi"),
    ("Mitä Lanzaroten sopimus sanoo siitä, kuinka monta kertaa lasta saa haastatella?", "fi"),
    ("Vilka olika delar eller rum ingår i ett Barnahus enligt det europeiska PROMISE-nätverket?", "sv"),
    ("Och sedan när har den funnits, och var finns enheten som stöder den?", "sv"),
])
def test_real_questions(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mitä teen?", "fi"), ("Apua!", "fi"), ("Kiireellinen sijoitus", "fi"),
    ("Vad gör jag?", "sv"), ("Hjälp!", "sv"), ("Socialjourens nummer", "sv"),
    ("What do I do?", "en"), ("Help!", "en"), ("Emergency placement", "en"),
])
def test_short_questions(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lastensuojelulaki 25 § notification duty", "en"),  # one long Finnish name, two English words
    ("What is huostaanotto?", "en"),
    ("Vad säger lastensuojelulaki om anmälan?", "sv"),
    ("Koskeeko Child Welfare Act myös Ahvenanmaata?", "fi"),  # "child", "act" are a name here, not grammar
    ("Huostaanotto criteria?", "en"),
    ("Grooming rikoslaissa?", "fi"),
])
def test_a_name_in_another_language_does_not_decide(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "123 §", "?!", "25 a §"])
def test_nothing_to_go_on_gives_the_default(text):
    assert detect_language(text) == "en"
    assert detect_language(text, default="") == ""


def test_a_long_document_sample():
    text = ("Lastensuojelulain mukaan sosiaali- ja terveydenhuollon ammattihenkilöt ovat velvollisia "
            "ilmoittamaan viipymättä kunnan sosiaalihuollosta vastaavalle toimielimelle, jos he ovat "
            "tehtävässään saaneet tietää lapsesta, jonka hoidon ja huolenpidon tarve edellyttää "
            "lastensuojelun tarpeen selvittämistä. ") * 20
    assert detect_language(text) == "fi"


def test_confidences_cover_the_answer_languages():
    confidences = language_confidences("Vem ska göra en barnskyddsanmälan?")
    assert set(confidences) == set(ASKER_LANGUAGES)
    assert max(confidences, key=confidences.__getitem__) == "sv"
    assert sum(confidences.values()) == pytest.approx(1.0)
    assert set(language_confidences("123").values()) == {0.0}


def test_detection_among_other_languages():
    assert detect_language_among("Vad gör jag om barnet försvinner?", ("fi", "sv")) == "sv"
    # Restricted to two, an English text must come out as one of them, never as English.
    assert detect_language_among("What should I do?", ("fi", "sv")) in {"fi", "sv"}
    assert set(language_confidences("Mitä teen?", ["fi", "et"])) == {"fi", "et"}
    with pytest.raises(ValueError, match="xx"):
        detect_language_among("Mitä teen?", ("fi", "xx"))


def test_one_detector_per_language_set_across_threads(monkeypatch):
    monkeypatch.setattr(language, "_detectors", {})
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(detect_language("Mitä teen?"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["fi"] * 8
    assert list(language._detectors) == [tuple(sorted(ASKER_LANGUAGES))]


def test_without_lingua_the_function_word_rule_stands_in(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "lingua", None)  # makes `from lingua import ...` raise ImportError
    monkeypatch.setattr(language, "_detectors", {})
    monkeypatch.setattr(language, "_lingua_missing", False)
    with caplog.at_level(logging.WARNING, logger=language.__name__):
        assert detect_language("Mitä teen, jos epäilen ihmiskauppaa?") == "fi"
        assert detect_language("Vad gör jag om jag misstänker människohandel?") == "sv"
        assert detect_language("What should I do if I suspect trafficking?") == "en"
        assert detect_language("123", default="") == ""
        assert detect_language_among("Mitä teen?", ("et", "lv")) == "en"  # the old rule knows fi, sv, en only
        assert language_confidences("Mitä teen?") == {}
    warnings = [r for r in caplog.records if "lingua" in r.getMessage()]
    assert len(warnings) == 1 and "pip install" in warnings[0].getMessage()


def test_importing_loads_no_model():
    code = ("import sys, assistant.text.language as m; "
            "print('lingua' in sys.modules, len(m._detectors))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "0"]


def test_one_grammar_word_of_another_language_does_not_overrule():
    # "en" is Swedish's article and Finnish's "I do not": the refusal sentence is Finnish.
    assert detect_language("Tietokannan lähteet eivät käsittele tätä kysymystä, joten en arvaa vastausta.") == "fi"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ko man darīt?", "lv"),  # lingua alone: Swedish
    ("Kā rīkoties?", "lv"),
    ("Co mam zrobić?", "pl"),
    ("Can I tell Jānis about the notification?", "en"),  # a name's letters are no language
    ("Call Anna Ozoliņa today?", "en"),
    ("What is huostaanotto?", "en"),
])
def test_a_letter_only_some_languages_write_decides_a_short_text_unless_it_is_in_a_name(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hvad er et barnahus?", "da"),  # before: Swedish, by the borrowed term
    ("Hva er et barnahus?", "nb"),
    ("Hvor er Barnahus?", "nb"),
    ("Hva betyr lastensuojelu?", "nb"),  # before: Finnish
    ("Hvad betyder huostaanotto?", "da"),
    ("Vad är ett barnahus?", "sv"),
    ("Where does Hvidt work?", "en"),  # a name's "hv" is no language
])
def test_a_danish_or_norwegian_question_word_decides_a_short_text(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vilket år grundades Nettivihje?", "sv"),  # before: Danish, by the service's name
    ("Vilken organisation står bakom Nettivihje?", "sv"),  # before: Danish
    ("Koks Barnahus adresas Oulu mieste?", "lt"),  # before: Finnish, by two Finnish names
    ("Hvor gammel sa Jani at han var i Veera-saken?", "nb"),  # "saken" stays when the name before its hyphen goes
    ("Jeg jobber i barnevernet. Hva gjør jeg nå?", "nb"),  # a word opening a sentence is no name
    ("Was ist das finnische LASTA-Modell?", "de"),  # German's capitalised nouns go too; its grammar words decide
    ("What is Barnahus?", "en"),  # too few words would be left: the text is kept whole
])
def test_names_borrowed_from_the_documents_do_not_decide_the_language(text, expected):
    assert detect_language(text) == expected
