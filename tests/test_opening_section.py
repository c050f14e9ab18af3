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
    "notes/only.en.md": "---\ntitle: A note of one section\nlanguage: en\ntype: guide\n---\n# A note of one section\n\n"
                        "The whole note is the text under its title.\n",
    "guides/no-overview.en.md": "---\ntitle: No overview\nlanguage: en\ntype: guide\n---\n# No overview\n\n"
                                "## First part\nThe first part's text.\n\n## Second part\nThe second part's text.\n",
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


def test_a_documents_only_section_or_its_first_sub_heading_is_no_opening(assistant):
    """Only the overview under a title, before its first sub-heading, is an opening: a short document's only
    section (or a PDF's first page, a statute's first section) competes at its full score."""
    versions = assistant.retriever.versions
    versions.refresh()
    for source in ("notes/only.en.md", "guides/no-overview.en.md"):
        assert not any(versions.is_opening(c) for c in assistant.store.catalog.chunks_of(source)), source


def test_the_section_asked_about_comes_before_the_cases_overview(assistant):
    question = "In the training case of Iida, 15, who went missing from the child welfare institution, what went wrong?"
    passages = assistant.retriever.retrieve(question, language="en").passages
    assert "What went badly" in passages[0].chunk.locator  # without the rule the overview came first (0.325, 0.317)
