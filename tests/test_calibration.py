"""Cross-lingual dense scores ranked on the same-language scale, per language pair (refusal on raw scores);
sections whose heading names what is asked ranked up."""

from __future__ import annotations

from assistant.calibration import LANGUAGE_PAIR_OFFSETS, calibrated
from assistant.documents import Chunk
from assistant.retrieval import on_one_scale
from evals.language_pairs import offsets


def chunk(source: str, language: str) -> Chunk:
    return Chunk(source=source, version="v" * 16, ordinal=0, text="text", locator="Article 3", title="t",
                 language=language, doc_type="guide")


def test_a_cross_lingual_score_gets_its_pairs_offset():
    assert calibrated(0.50, "fi", "en") == 0.50 + LANGUAGE_PAIR_OFFSETS[("fi", "en")]
    assert calibrated(0.50, "fi", "fi") == 0.50
    assert calibrated(0.50, "fi", "et") == 0.50  # a pair nobody measured gets no offset
    assert all(0.0 < v < 0.2 for v in LANGUAGE_PAIR_OFFSETS.values())


def test_an_untranslated_passage_in_another_language_ranks_as_in_the_askers_and_keeps_its_score():
    treaty, neighbour = chunk("treaty.en.txt", "en"), chunk("laki.fi.md", "fi")
    translated = {"laki.fi.md"}
    ranked = on_one_scale([(neighbour, 0.52), (treaty, 0.50)], "fi", lambda c: c.source in translated)
    assert ranked == [(treaty, 0.50), (neighbour, 0.52)]  # raw scores kept: the refusal judges them
    # A document with a Finnish version is judged by that version: its English one gets no offset.
    guide = chunk("guide.en.md", "en")
    ranked = on_one_scale([(neighbour, 0.52), (guide, 0.50)], "fi", lambda c: True)
    assert ranked == [(neighbour, 0.52), (guide, 0.50)]


def test_offsets_are_the_same_language_mean_minus_the_pairs():
    scores = {("fi", "fi"): [0.6, 0.6], ("fi", "en"): [0.5, 0.5], ("en", "en"): [0.7]}
    assert offsets(scores) == {("fi", "en"): 0.1}


def test_a_section_whose_heading_names_what_is_asked_moves_up():
    from assistant.answer import Passage
    from assistant.retrieval import by_heading

    definitions = Chunk(source="law.en.md", version="v" * 16, ordinal=0, text="...", title="Act", language="en",
                        doc_type="guide", locator="Act > Definitions")
    duty = Chunk(source="law.en.md", version="v" * 16, ordinal=1, text="...", title="Act", language="en",
                 doc_type="guide", locator="Act > The duty to notify child welfare")
    ranked = by_heading([Passage(chunk=definitions, score=0.25), Passage(chunk=duty, score=0.20)],
                        "Who has the duty to notify child welfare?")
    assert [p.chunk.locator for p in ranked] == ["Act > The duty to notify child welfare", "Act > Definitions"]
