"""The language identification eval (``python -m evals.language_id``) counts a held-out set's misses but never
prints their questions: a question read is a question tuned on."""

from __future__ import annotations

from evals.language_id import Sample, dataset_questions, print_misses


def test_a_held_out_sets_misses_are_counted_but_their_text_is_withheld(capsys):
    print_misses([("detect", Sample("et", "Secret held-out question text?", "heldout-x/hx-et-01", True), "fi"),
                  ("detect", Sample("da", "Hvad er et barnahus?", "dev-y/dy-da-01"), "sv")])
    out = capsys.readouterr().out
    assert "Secret held-out question text" not in out and "hx-et-01" not in out
    assert "heldout-x (held out): expected et, got fi" in out
    assert "dev-y/dy-da-01: expected da, got sv: Hvad er et barnahus?" in out


def test_questions_of_held_out_datasets_are_marked_withheld():
    samples, _ = dataset_questions()
    by_set = {s.origin.split("/")[0]: s.withheld for s in samples}
    assert by_set["dev"] is False and by_set["heldout-baltic-27"] is True
