"""A story's countries and peoples (``assistant/text/origins.py``) and the search without them (``retrieval.py``)."""

from __future__ import annotations

import pytest

from assistant.text.origins import is_origin, without_origins


@pytest.mark.parametrize("text, language, expected", [
    ("En 14-årig flicka från Ukraina har inte kommit tillbaka.", "sv", "En 14-årig flicka från har inte kommit tillbaka."),
    ("Meille tuli afganistanilainen poika Afganistanista.", "fi", "Meille tuli poika ."),
    ("An Afghan boy and a Ukrainian girl from Iraq.", "en", "An boy and a girl from ."),
    ("En afghansk pojke och ett ukrainskt barn.", "sv", "En pojke och ett barn."),
    ("Zēns no Ukrainas neatgriezās.", "lv", "Zēns no neatgriezās."),
    ("Mergina iš Ukrainos dingo.", "lt", "Mergina iš dingo."),
    ("Хлопчик з України зник.", "uk", "Хлопчик з зник."),
    ("Ein Mädchen aus Syrien ist verschwunden.", "de", "Ein Mädchen aus ist verschwunden."),
])
def test_a_storys_countries_and_peoples_are_left_out(text, language, expected):
    assert without_origins(text, language) == expected


@pytest.mark.parametrize("word, language", [
    ("child", "en"), ("children", "en"), ("island", "en"),  # "Chile" and Sweden's "Island" are not English names
    ("peruskoulu", "fi"), ("puolesta", "fi"), ("omaan", "fi"),  # "Peru", "Puola" (Poland): stems too short
    ("Suomessa", "fi"), ("Finland", "en"),  # every document is about Finland
    ("barnskyddsanstalt", "sv"), ("poliisi", "fi"),
])
def test_other_words_stay(word, language):
    assert not is_origin(word, language)


def test_a_story_without_origins_is_itself():
    story = "Olen koulukuraattori. 15-vuotias oppilas ei ole tullut kouluun. Mitä teen?"
    assert without_origins(story, "fi") is story


DOCS = {"guides/missing.en.md": """---
title: Children missing from substitute care
language: en
type: guide
---
# Children missing from substitute care

## The institution must search for the child and report the absence
When a child placed in substitute care has not come back and nobody knows where the child is, the institution
searches for the child and tells the police and the social worker responsible for the child's substitute care.
""", "guides/ukraine.en.md": """---
title: Children who fled Ukraine
language: en
type: guide
---
# Children who fled Ukraine

## Temporary protection for children from Ukraine
Children from Ukraine receive temporary protection in Finland; a Ukrainian child's representative is appointed.
"""}


@pytest.mark.slow
def test_a_situation_is_searched_once_more_without_the_childs_country(small_assistant, monkeypatch):
    """The story as asked (the child's country counts: its guide is found) and once more without the country, so
    that the guide on what happened is not crowded out by the guides on the country's children."""
    assistant = small_assistant(DOCS, "origins")
    embedder = assistant.store.embedder
    searched: list[str] = []
    real = embedder.embed_query
    monkeypatch.setattr(embedder, "embed_query", lambda text: searched.append(text) or real(text))
    story = ("A 14-year-old girl from Ukraine who is placed in our institution has not come back since last night, "
             "and nobody knows where she is. What should we do?")
    passages = assistant.retriever.retrieve(story, language="en", situation=True).passages
    assert without_origins(story, "en") in searched and story in searched
    sources = {p.chunk.source for p in passages}
    assert {"guides/missing.en.md", "guides/ukraine.en.md"} <= sources
    searched.clear()
    assistant.retriever.retrieve("How is a representative appointed for a child from Ukraine?", language="en")
    assert searched == ["How is a representative appointed for a child from Ukraine?"]  # a question of fact: as asked
