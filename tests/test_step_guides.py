"""Which step-by-step guide's steps a told situation gets (``assistant/step_guides.py``): the shipped probe, on the
packaged model, gives a story of a child hit at home the guide for violence at home and a story of exploitation the
general guide, whichever guide's step the search put first; without a probe for the model, the search decides."""

from __future__ import annotations

import json
import logging

import pytest

from assistant.answer import Passage
from assistant.situations import is_step
from assistant.step_guides import WEIGHTS, StepGuides, load_guide_probes

GENERAL = "practice/what-to-do-step-by-step"
VIOLENCE = "practice/violence-against-a-child-at-home"


def guide(title: str, steps: list[str]) -> str:
    body = "\n\n".join(f"## Step {n}: {step}\n\n{step}. Do this whenever it applies." for n, step in enumerate(steps, 1))
    return f"---\ntitle: {title}\nlanguage: en\ntype: guide\n---\n# {title}\n\n## When to use this guide\n\n{title}.\n\n{body}\n"


DOCS = {
    f"{GENERAL}.en.md": guide("What to do when you suspect a child is exploited",
                              ["If the child is in immediate danger, call 112", "Make a child welfare notification",
                               "Report the suspicion to the police",
                               "Refer the child to the assistance system for victims of trafficking"]),
    f"{VIOLENCE}.en.md": guide("What to do when a child tells you about violence at home",
                               ["If the child is in danger now, call 112", "Listen to the child calmly",
                                "Make a child welfare notification", "Report the violence to the police"]),
}

AT_HOME = "Olen opettaja. 13-vuotias oppilas kertoo, että hänen isoveljensä lyö häntä kotona. Mitä minun pitää tehdä?"
EXPLOITED = ("I am a school counsellor. A 15-year-old pupil says he must work nights in his uncle's restaurant "
             "without pay and the uncle keeps his passport. What must I do?")


@pytest.fixture(scope="module")
def assistant(small_assistant):
    return small_assistant(DOCS, "step-guides")


def steps_given(assistant, question: str, first: str) -> set[str]:
    """The guides whose steps a story gets, all in order, when the search found ``first``'s step before any other
    (that one step may stay among the guidance before them)."""
    catalog = assistant.store.catalog
    found = [Passage(chunk=c, score=0.5) for source in (first, *(s for s in DOCS if s != first))
             for c in catalog.chunks_of(source) if is_step(c.locator)][:1]
    vector = assistant.store.embedder.embed_query(question)
    passages = assistant.retriever.with_steps(found, vector=vector)
    return {source for source in DOCS if [p.chunk.locator for p in passages if p.chunk.source == source]
            == [c.locator for c in assistant.store.catalog.chunks_of(source) if is_step(c.locator)]}


def test_the_shipped_probes_are_for_the_packaged_model_and_were_never_trained_on_a_held_out_set(settings):
    probes = load_guide_probes(settings.embedding_model)
    assert set(probes) == {VIOLENCE} and all(len(p.weights) > 100 for p in probes.values())
    trained_on = json.loads(WEIGHTS.read_text(encoding="utf-8"))["trained_on"]
    assert "dev" in trained_on and not any(t in trained_on for t in ("heldout-situations-21", "heldout-situations-24"))


def test_a_story_of_a_child_hit_at_home_gets_the_guide_for_violence_at_home(assistant):
    assert steps_given(assistant, AT_HOME, f"{GENERAL}.en.md") == {f"{VIOLENCE}.en.md"}
    assert steps_given(assistant, AT_HOME, f"{VIOLENCE}.en.md") == {f"{VIOLENCE}.en.md"}


def test_a_story_of_exploitation_gets_the_general_guide_even_when_the_violence_guides_step_came_first(assistant):
    assert steps_given(assistant, EXPLOITED, f"{VIOLENCE}.en.md") == {f"{GENERAL}.en.md"}
    answer = assistant.ask(EXPLOITED)
    assert not answer.abstained, answer.abstain_reason
    assert any("assistance system" in c.quote for c in answer.citations)


def test_without_a_probe_for_the_model_the_search_decides(assistant, tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        assert load_guide_probes("some-other-model") == {}
    assert "trained for" in caplog.text and "the guide the search found" in caplog.text
    broken = tmp_path / "step_guides.json"
    broken.write_text('{"embedding_model": "x", "probes": {"a": {"bias": 0}}}', encoding="utf-8")
    assert load_guide_probes("x", broken) == {}
    guides = StepGuides(assistant.store.catalog, GENERAL)
    vector = assistant.store.embedder.embed_query(EXPLOITED)
    assert guides.for_story(f"{VIOLENCE}.en.md", vector) == f"{VIOLENCE}.en.md"


def test_a_guide_no_probe_knows_keeps_its_place(assistant, settings):
    """A step-by-step guide a maintainer added after the probes were trained is never replaced by the general one."""
    guides = StepGuides(assistant.store.catalog, GENERAL, load_guide_probes(settings.embedding_model))
    vector = assistant.store.embedder.embed_query(EXPLOITED)
    assert guides.for_story("practice/children-missing-from-care.en.md", vector) \
        == "practice/children-missing-from-care.en.md"
    assert guides.for_story(f"{VIOLENCE}.en.md", vector) == f"{GENERAL}.en.md"


def test_the_training_examples_are_the_dev_situations_that_expect_a_guides_steps():
    from evals.datasets import load_dataset
    from evals.step_guides import examples

    rows = examples()
    assert len(rows) >= 150 and not any(load_dataset(name).held_out for name in {r[1].split(":")[0] for r in rows})
    assert sum(VIOLENCE in r[2] for r in rows) >= 50 and all(GENERAL in r[2] or VIOLENCE in r[2] for r in rows)
