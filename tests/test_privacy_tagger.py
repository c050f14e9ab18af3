"""The trained name and address tagger beside the rules (issue 17, twelfth round; docs/EVALUATION.md, "Figures,
twelfth round"): the shipped model is the one its record describes, trained on dev sets only; the detector works
without it; its spans join the rules' as chosen by cross-validation; a few typical messages pinned. No training here
beyond a three-message model (the whole file takes a few seconds)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest

from assistant.privacy import ADDRESS, NAME, PHONE, Finding, find_by_rules, find_personal_data
from assistant.privacy import tagger as tagger_module
from assistant.privacy.tagger import MODEL_FILE, combine, load_record, load_tagger
from assistant.privacy.tagger_features import bio_labels, features, rule_labels, shape, spans_of, tokens_of
from evals.privacy import DEV_SETS, HELDOUT_SETS
from evals.privacy_train import CHOSEN, train

PACKAGE = Path(tagger_module.__file__).parent
DATASETS = DEV_SETS[0].parent


def test_the_shipped_model_is_the_one_its_record_describes():
    record = load_record()
    model = PACKAGE / MODEL_FILE
    assert record is not None and model.is_file()
    assert hashlib.sha256(model.read_bytes()).hexdigest() == record["model_sha256"]
    assert model.stat().st_size == record["model_bytes"] < 5_000_000
    assert {k: record[k] for k in CHOSEN} == CHOSEN  # the settings the training command uses


def test_the_model_was_trained_on_the_dev_sets_as_they_are_now_and_on_no_held_out_set():
    record = load_record()
    assert sorted(record["training_sets"]) == sorted(p.name for p in DEV_SETS)
    held_out = {p.name for p in HELDOUT_SETS} | {"heldout-people-12.jsonl"}
    assert not held_out & set(record["training_sets"])
    for name, digest in record["training_sets"].items():
        assert hashlib.sha256((DATASETS / name).read_bytes()).hexdigest() == digest, f"{name} changed: retrain"


def test_the_model_loads():
    assert load_tagger() is not None


def test_without_the_model_the_rules_work_alone_with_a_warning(monkeypatch, caplog, tmp_path):
    monkeypatch.setattr(tagger_module, "_loaded", {})
    monkeypatch.setattr(tagger_module, "_package_file", lambda name: tmp_path / name)
    text = "Asiakkaani Matti Virtanen, puh. 040 1234567, kertoi että..."
    with caplog.at_level(logging.WARNING, logger="assistant.privacy.tagger"):
        assert find_personal_data(text) == find_by_rules(text)
    assert "rules work alone" in caplog.text


def test_without_python_crfsuite_the_rules_work_alone(monkeypatch, caplog):
    import builtins

    real_import = builtins.__import__

    def no_crfsuite(name, *args, **kwargs):
        if name == "pycrfsuite":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(tagger_module, "_loaded", {})
    monkeypatch.setattr(builtins, "__import__", no_crfsuite)
    with caplog.at_level(logging.WARNING, logger="assistant.privacy.tagger"):
        assert find_personal_data("Tapasin Aino Mäkelän eilen.") == find_by_rules("Tapasin Aino Mäkelän eilen.")
    assert "python-crfsuite" in caplog.text


# --- the pieces ----------------------------------------------------------------------------------------------
def test_tokens_keep_names_with_their_hyphens_apostrophes_and_colon_endings():
    words = [t.text for t in tokens_of("Kira-Maija ja Lan:n sekä Faith's, Hämeentie 5 A 3.")]
    assert words == ["Kira-Maija", "ja", "Lan:n", "sekä", "Faith's", ",", "Hämeentie", "5", "A", "3", "."]
    assert [shape(w) for w in ("Matti", "ABC", "5B", "virtaselle", "Kira-Maija")] == ["Xx", "X", "dX", "x", "Xx-Xx"]


def test_labels_and_spans_go_both_ways():
    text = "Matti Virtanen asuu Hämeentie 5:ssä."
    tokens = tokens_of(text)
    labels = bio_labels(tokens, [(NAME, 0, 14), (ADDRESS, 20, 35), (PHONE, 0, 1)])
    assert labels == ["B-name", "I-name", "O", "B-address", "I-address", "O"]
    assert [(k, text[s:e]) for k, s, e, _ in spans_of(tokens, labels)] == [
        (NAME, "Matti Virtanen"), (ADDRESS, "Hämeentie 5:ssä")]


def test_the_rules_finding_is_a_feature_of_its_tokens():
    text = "Soita Matille 040 1234567"
    tokens = tokens_of(text)
    rules = [Finding(NAME, 6, 13, "Matille"), Finding(PHONE, 14, 25, "040 1234567")]
    assert rule_labels(tokens, rules) == ["O", "B-name", "phone", "phone"]
    items = features(text, tokens, rule_labels(tokens, rules))
    assert "r=B-name" in items[1] and "-1:w=soita" in items[1] and "s3=lle" in items[1]


def test_union_adds_only_sure_spans_that_no_finding_overlaps():
    text = "Aino ja Eero soittivat 040 1234567"
    rules = [Finding(NAME, 0, 4, "Aino"), Finding(PHONE, 23, 34, "040 1234567")]
    spans = [(NAME, 0, 4, 0.99), (NAME, 8, 12, 0.95), (NAME, 23, 26, 0.99), (ADDRESS, 13, 22, 0.4)]
    found = combine(text, rules, spans, "union", 0.9)
    assert [(f.kind, f.text) for f in found] == [(NAME, "Aino"), (NAME, "Eero"), (PHONE, "040 1234567")]


def test_decide_keeps_a_rule_name_only_where_the_tagger_agrees():
    text = "Aino ja Eero"
    rules = [Finding(NAME, 0, 4, "Aino"), Finding(NAME, 8, 12, "Eero")]
    found = combine(text, rules, [(NAME, 0, 4, 0.99)], "decide", 0.5)
    assert [f.text for f in found] == ["Aino"]


def test_a_tiny_model_trains_and_tags(tmp_path):
    from evals.privacy_train import tagged_spans
    from evals.privacy import Example, Span

    def item(text, spans):
        tokens = tokens_of(text)
        return {"example": Example("x", "en", text, [Span(k, s, e, text[s:e]) for k, s, e in spans]),
                "tokens": tokens, "yes": features(text, tokens, ["O"] * len(tokens)),
                "no": features(text, tokens, ["O"] * len(tokens)), "y": bio_labels(tokens, spans)}

    items = [item("My client Anna Berg lives at 5 Oak Road.", [(NAME, 10, 19), (ADDRESS, 29, 39)]),
             item("My client Omar Ali lives at 7 Elm Road.", [(NAME, 10, 18), (ADDRESS, 28, 38)]),
             item("The meeting is on Monday.", [])] * 3
    model = tmp_path / "tiny.crfsuite"
    train(items, model, "no", 0.01, 0.01, 50)
    spans = tagged_spans(items[:1], model, "no")["My client Anna Berg lives at 5 Oak Road."]
    assert [(k, s, e) for k, s, e, _ in spans] == [(NAME, 10, 19), (ADDRESS, 29, 39)]


# --- the shipped model on typical messages (none of them a line of any set) ------------------------------------
@pytest.mark.parametrize("text, name", [
    ("звонила оля, сказала что с петей всё хорошо", "петей"),  # a lower-case name in the instrumental after "с"
    ("mit herrn becker gesprochen, jonas ist krank", "jonas"),  # a lower-case first name as a clause's subject
])
def test_the_tagger_adds_names_the_rules_miss(text, name):
    assert name not in [f.text for f in find_by_rules(text)]
    assert name in [f.text for f in find_personal_data(text) if f.kind == NAME]


@pytest.mark.parametrize("text", [
    "Asiakkaani Matti Virtanen, hetu 010203A123X, puh. 040 1234567, kertoi että...",
    "Min klient heter Elsa Lindqvist och bor på Storgatan 5, 111 22 Stockholm.",
    "Мой клиент Олег Петренко живет на улице Ленина 5.",
])
def test_where_the_rules_find_everything_the_tagger_changes_nothing(text):
    assert find_personal_data(text) == find_by_rules(text)


@pytest.mark.parametrize("text", [
    "Soita Nollalinjaan 080 005 005, jos tarvitset apua.",
    "Kysyin, miten Kela tukee perhettä ja mitä lastensuojelulain 40 § sanoo.",
    "The meeting is on Monday at 10 in the town hall.",
    "Hur anmäler jag oro för ett barn till socialtjänsten?",
])
def test_no_name_or_address_where_there_is_none(text):
    assert find_personal_data(text) == []
