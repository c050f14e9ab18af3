"""The band probe (``assistant/band_probe.py``): the shipped probe, on the packaged model, lets short factual questions
on the subject in the region's other languages through and refuses everyday ones; the refusal policy asks it, not the
situations' subject probe, for a factual question in the lowered band."""

from __future__ import annotations

import json

import pytest
from conftest import assert_shipped_probe

from assistant.band_probe import WEIGHTS, load_band_probe
from assistant.probes import Probe
from evals.band_probe import EVERYDAY as EVERYDAY_SET, TRAINED_ON

ON_SUBJECT = [
    "mis on lastemaja ja kuidas see töötab",
    "kas ir bērnu aizsardzības paziņojums Somijā",
]
EVERYDAY = [
    "kuidas muuta e-posti parooli",
    "kiek kainuoja mokykliniai pietūs",
    "cik maksā vakcinācija pret gripu pieaugušajam",
]


def test_the_shipped_probe_is_for_the_packaged_model_and_was_never_trained_on_a_held_out_set(settings):
    assert_shipped_probe(load_band_probe(settings.embedding_model), WEIGHTS, TRAINED_ON)
    assert json.loads(WEIGHTS.read_text(encoding="utf-8"))["trained_on"][-1] == EVERYDAY_SET.name


def test_the_shipped_probe_tells_questions_on_the_subject_from_everyday_ones(settings, embedder):
    probe = load_band_probe(settings.embedding_model)
    said = [probe.says(v) for v in embedder.embed_batch(ON_SUBJECT + EVERYDAY, "query")]
    assert said == [True] * len(ON_SUBJECT) + [False] * len(EVERYDAY)


@pytest.fixture(scope="module")
def policy(small_assistant):
    return small_assistant({"guides/barnahus.en.md": "---\ntitle: Barnahus\nlanguage: en\ntype: guide\n---\n# Barnahus\n\n"
                            "## What a Barnahus is\nA Barnahus is a child-friendly house where the police, child "
                            "welfare and health care meet a child who may have been a victim of violence.\n"},
                           "band").refusal


def test_a_factual_question_in_the_band_is_judged_by_the_band_probe(policy, embedder):
    vector = embedder.embed_query(ON_SUBJECT[0])
    assert policy.band is not None and policy.off_subject(0.35, vector, policy.band) is None
    never = Probe("any", (0.0,), -60.0, 0.4)  # a probe that answers nothing
    refusal = policy.off_subject(0.35, vector, never)
    assert refusal.signal == "off_subject" and refusal.reason.startswith("the knowledge base does not answer")


def test_below_the_floor_nothing_is_asked(policy, embedder):
    refusal = policy.off_subject(0.05, embedder.embed_query(ON_SUBJECT[0]), policy.band)
    assert refusal.signal == "weak_match"
