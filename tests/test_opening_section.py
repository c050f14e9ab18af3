"""A document's first section (its title and overview) is ranked after the section a question asks about
(assistant/retrieval.py, ``after_opening``), on a real store with the real embedding model."""

from __future__ import annotations

import pytest

from assistant.pipeline import Assistant

DOCS = {
    "cases/iida.en.md": """---
title: "Training case 7: Iida, 15, repeatedly missing from a child welfare institution"
language: en
type: practice-record
---
# Training case 7: Iida, 15, repeatedly missing from a child welfare institution

Iida, 15, was placed in a child welfare institution and went missing from it again and again. The staff
searched for her, and the case shows how her absences were a sign of sexual exploitation.

## What was done
The institution reported each absence to the police and to Iida's social worker.

## What went badly
One weekend the staff did not search for Iida at all: they waited for her to come back by herself, and nobody
asked where she had been after she returned.
""",
}


@pytest.fixture(scope="module")
def assistant(small_assistant) -> Assistant:
    return small_assistant(DOCS, "opening-section")


def test_the_first_section_is_the_documents_opening(assistant):
    retriever = assistant.retriever
    retriever.versions.refresh()
    chunks = assistant.store.catalog.chunks_of("cases/iida.en.md")
    opening = [c for c in chunks if retriever.versions.is_opening(c)]
    assert opening and all(c.locator == chunks[0].locator for c in opening)
    assert not any(retriever.versions.is_opening(c) for c in chunks if "What went badly" in c.locator)


def test_the_section_asked_about_comes_before_the_cases_overview(assistant):
    question = "In the training case of Iida, 15, who went missing from the child welfare institution, what went wrong?"
    passages = assistant.retriever.retrieve(question, language="en").passages
    assert "What went badly" in passages[0].chunk.locator  # without the rule the overview came first (0.325, 0.317)
