"""The eval harness's arithmetic and dataset validation, on hand-made answers (no model, no store)."""

from __future__ import annotations

import json

from pathlib import Path

import pytest

from assistant.answer import Answer, Citation, Passage, RefusalBlock, Sentence, SentencesBlock
from assistant.documents import Chunk
from evals.datasets import Dataset, DatasetError, Expected, Question, load_dataset
from evals.harness import EvalRun, PipelineRun, check_run, check_thresholds, load_thresholds
from evals.metrics import (Scored, SupportChecker, answer_language, locator_matches, percentile, score_answer, summarize,
                           summarize_by)
from evals.report import write_report


def chunk(source: str, locator: str, text: str = "Some text.", language: str = "en") -> Chunk:
    return Chunk(source=source, version="v" * 16, ordinal=0, text=text, locator=locator, title="T",
                 language=language, doc_type="guide")


def answer(passages: list[Chunk], text: str = "", abstained: bool = False, sentences=(), citations=(),
           lead: str = "") -> Answer:
    """An answer of quoted ``sentences`` under ``lead``; or of ``text``: a refusal, or one uncited sentence."""
    if sentences:
        blocks = [SentencesBlock(list(sentences), lead=lead, quoted=True)]
    elif text:
        blocks = [RefusalBlock(text)] if abstained else [SentencesBlock([Sentence(text, [])])]
    else:
        blocks = []
    return Answer(question="q", language="en", abstained=abstained, blocks=blocks,
                  passages=[Passage(chunk=c, score=1.0, rank=i) for i, c in enumerate(passages, 1)],
                  citations=list(citations))


def question(kind: str = "answerable", **kw) -> Question:
    kw.setdefault("expected", [Expected("a.md", "Article 3")])
    kw.setdefault("key_facts", [["30 days", "30 päivää"], ["expulsion"]])
    return Question(id=kw.pop("id", "q1"), language=kw.pop("language", "en"), question="q?", kind=kind, **kw)


def test_locator_matches_whole_phrases_only():
    assert locator_matches("Article 3", "Article 3")
    assert locator_matches("Article 3", "Article 2 | Article 3")
    assert locator_matches("article 3", "Article 3(c)")
    assert not locator_matches("Article 3", "Article 30")
    assert not locator_matches("1 kap. 1 §", "11 kap. 1 §")
    assert not locator_matches("page 1", "page 12")
    assert locator_matches("Lessons", "Case 5 > Lessons")


def test_ranks_key_facts_and_refusal():
    q = question()
    passages = [chunk("b.md", "Article 3"), chunk("a.md", "Article 30"), chunk("a.md", "Article 3")]
    s = score_answer(q, answer(passages, "They get 30 PÄIVÄÄ to recover."), 0.2)
    assert (s.source_rank, s.locator_rank) == (2, 3)
    assert s.key_fact_recall == 0.5
    refused = score_answer(q, answer(passages, "cannot answer 30 days", abstained=True), 0.1)
    assert refused.refused and refused.key_fact_recall == 0.0 and refused.answer_words == 0
    oos = score_answer(question("out-of-scope", expected=[], key_facts=[], id="o"), answer([], "x", True), 0.3)
    assert oos.source_rank is None and oos.key_fact_recall is None
    assert (s.refusal, refused.refusal) == (None, "refused")  # the rule is not known: no reason invented
    weak = answer(passages, "cannot answer", abstained=True)
    weak.abstain_signal, weak.abstain_reason = "weak_match", "best match 0.31 is below the refusal threshold 0.45"
    assert score_answer(q, weak, 0.1).refusal == "weak_match: best match 0.31 is below the refusal threshold 0.45"


def test_summary_figures():
    q1, q2 = question(id="a"), question(id="b", language="fi")
    oos1 = question("out-of-scope", id="o1", expected=[], key_facts=[])
    oos2 = question("out-of-scope", id="o2", expected=[], key_facts=[], language="sv")
    hit = [chunk("a.md", "Article 3")]
    scored = [
        score_answer(q1, answer(hit, "30 days, no expulsion"), 1.0),  # rank 1, all facts
        score_answer(q2, answer([chunk("x.md", "y"), *hit], "", abstained=True), 2.0),  # rank 2, refused
        score_answer(oos1, answer([], "", abstained=True), 3.0),  # refused: right
        score_answer(oos2, answer(hit, "an answer"), 4.0),  # answered: wrong
    ]
    f = summarize(scored)
    assert f["hit@1_source"] == 0.5 and f["hit@3_source"] == 1.0
    assert f["mrr_locator"] == pytest.approx((1 + 0.5) / 2)
    assert f["key_fact_recall"] == 0.5
    assert f["refusal_recall"] == 0.5
    assert f["refusal_precision"] == 0.5
    assert f["answerable_refused"] == 0.5
    assert f["latency_p50_s"] == 2.5 and f["latency_p95_s"] == pytest.approx(3.85)
    assert f["citation_support"] is None  # no pipeline-level support check given
    assert set(summarize_by(scored, "language")) == {"en", "fi", "sv"}
    assert percentile([], 50) is None


STEPS = [["call 112", "soita 112"], ["child welfare notification", "lastensuojeluilmoitus"], ["notify the police"]]


def test_steps_covered_in_order_and_missed():
    q = question("situation", steps=STEPS)
    passages = [chunk("a.md", "Article 3")]
    s = score_answer(q, answer(passages, "First CALL 112.\nThen you must also notify  the police."), 0.1)
    assert s.steps_covered == pytest.approx(2 / 3) and s.steps_in_order is True
    assert s.steps_missed == ["child welfare notification"]
    # A Finnish alternative counts; the police are named before the notification, so not in order.
    s = score_answer(q, answer(passages, "Notify the police. Tee lastensuojeluilmoitus. Soita 112."), 0.1)
    assert s.steps_covered == 1.0 and s.steps_in_order is False and s.steps_missed == []
    # A step named twice is in order when one of its mentions follows the step before it.
    s = score_answer(q, answer(passages, "Notify the police, but first call 112 and notify the police."), 0.1)
    assert s.steps_in_order is True
    # One covered step has no order; a refusal covers nothing; no steps, no figure.
    assert score_answer(q, answer(passages, "Call 112."), 0.1).steps_in_order is None
    refused = score_answer(q, answer(passages, "call 112, notify the police", abstained=True), 0.1)
    assert (refused.steps_covered, refused.steps_in_order, len(refused.steps_missed)) == (0.0, None, 3)
    plain = score_answer(question(), answer(passages, "call 112"), 0.1)
    assert plain.steps_covered is None and plain.steps_in_order is None and plain.steps_missed == []


def test_steps_summary_and_report(tmp_path: Path):
    hit = [chunk("a.md", "Article 3")]
    scored = [
        score_answer(question("situation", id="s1", steps=STEPS), answer(hit, "call 112, notify the police"), 1.0),
        score_answer(question("situation", id="s2", steps=STEPS, language="fi"), answer(hit, "soita 112"), 1.0),
        score_answer(question(id="a"), answer(hit, "30 days"), 1.0),  # no steps: not in the figure
    ]
    f = summarize(scored)
    assert f["steps_covered"] == pytest.approx((2 / 3 + 1 / 3) / 2)
    assert f["steps_in_order"] == 1.0  # s2 covers one step only, so has no order
    assert summarize_by(scored, "language")["fi"]["steps_covered"] == pytest.approx(1 / 3)
    assert summarize([scored[2]])["steps_covered"] is None
    run = EvalRun("mini", "a test", "docs", {}, [PipelineRun("ours", scored, [], 1.0)])
    markdown = write_report(run, tmp_path / "report")["markdown"].read_text(encoding="utf-8")
    assert "| steps_covered | 0.500 |" in markdown and "fi: steps_covered" in markdown
    assert "| notify the police | 1 | s2 |" in markdown and "| child welfare notification | 2 | s1, s2 |" in markdown
    assert "s2 (fi, situation): key facts 0.00, steps 0.33 (missing: child welfare notification; notify the police)" \
        in markdown


def test_a_held_out_sets_report_gives_its_figures_only(tmp_path: Path):
    """A held-out set (dataset.toml: held_out = true) is never tuned on: its report must not hand its questions,
    answers and misses to whoever tunes next; the figures, by language and kind, stay."""
    hit = [chunk("a.md", "Article 3")]
    scored = [score_answer(question("situation", id="s1", steps=STEPS), answer(hit, "call 112"), 1.0)]
    run = EvalRun("mini", "a test", "docs", {}, [PipelineRun("ours", scored, [{"question": "Q?"}], 1.0)])
    paths = write_report(run, tmp_path / "report", withhold=True)
    markdown, data = paths["markdown"].read_text(encoding="utf-8"), json.loads(paths["json"].read_text(encoding="utf-8"))
    assert "s1" not in markdown and "notify the police" not in markdown and "held out" in markdown
    assert isinstance(data["questions"], str) and isinstance(data["answers"], str)
    assert data["figures"]["ours"]["steps_covered"] == pytest.approx(1 / 3) and "en" in data["by_language"]["ours"]
    assert "s1" in write_report(run, tmp_path / "shown")["markdown"].read_text(encoding="utf-8")


def test_held_out_is_read_from_dataset_toml_and_kept_by_a_limit(tmp_path: Path):
    assert load_dataset("heldout-answers-5").limited(3).held_out is True
    assert load_dataset("dev").held_out is False
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "q.jsonl").write_text(json.dumps({"id": "x", "language": "en", "question": "Who?", "kind": "out-of-scope"})
                                    + "\n", encoding="utf-8")
    (folder / "dataset.toml").write_text('held_out = "yes"\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="held_out"):
        load_dataset(str(folder))


def test_citation_support_and_language():
    passage = chunk("a.md", "Article 13", "Parties shall provide a period of at least 30 days.\nIt may not be cut.")
    cite = Citation(n=1, source="a.md", title="T", locator="Article 13", quote="", score=1.0, language="en")
    sentences = [Sentence("Parties shall provide a period of at least 30 days.", [1]),
                 Sentence("Victims must leave at once.", [1]),  # not in the passage
                 Sentence("Parties shall provide a period of at least 30 days.", [])]  # no citation
    a = answer([passage], sentences=sentences, citations=[cite],
               lead="Lähteissä sanotaan seuraavaa (lainattu sanatarkasti kunkin lähteen kielellä):")
    assert SupportChecker(embedder=None)(a) == [True, False, False]
    assert answer_language(a) == "fi"  # the quotes are English; the answer's own words are Finnish
    s = score_answer(question(language="fi"), a, 0.1, SupportChecker(None))
    assert (s.sentences, s.supported, s.language_match) == (3, 1, True)


def test_thresholds(tmp_path: Path):
    path = tmp_path / "t.toml"
    path.write_text("[dev.min]\n\"hit@5_source\" = 0.9\n[dev.max]\nanswerable_refused = 0.05\n[default.min]\nrefusal_recall = 1.0\n")
    limits = load_thresholds(path, "dev")
    assert check_thresholds({"hit@5_source": 0.95, "answerable_refused": 0.0}, limits) == []
    failures = check_thresholds({"hit@5_source": 0.8, "answerable_refused": 0.1}, limits)
    assert len(failures) == 2 and "below the minimum" in failures[0]
    assert load_thresholds(path, "held-out")["min"] == {"refusal_recall": 1.0}
    path.write_text("[dev.min]\nsteps_covered = 0.8\n")
    assert check_thresholds({"steps_covered": 0.7}, load_thresholds(path, "dev")) != []
    path.write_text("[dev.min]\nhit_at_5 = 0.9\n")
    with pytest.raises(DatasetError, match="unknown figure 'hit_at_5'"):
        load_thresholds(path, "dev")
    path.write_text("[dev.kinds.situation.min]\nsteps_at_5 = 0.9\n")
    with pytest.raises(DatasetError, match=r"\[dev.kinds.situation\] names unknown figure 'steps_at_5'"):
        load_thresholds(path, "dev")


def test_a_kind_with_its_own_thresholds_is_checked_apart(tmp_path: Path):
    path = tmp_path / "t.toml"
    path.write_text("[dev.min]\nkey_fact_recall = 0.8\n[dev.kinds.situation.min]\nsteps_covered = 0.5\n")
    limits = load_thresholds(path, "dev")

    def scored(kind: str, facts: float, steps: float | None) -> Scored:
        return Scored(id=kind, language="en", kind=kind, answerable=True, refused=False, source_rank=1,
                      locator_rank=1, key_fact_recall=facts, steps_covered=steps, steps_in_order=None,
                      steps_missed=[], sentences=None, supported=None, language_match=True, seconds=0.1,
                      answer_words=10)

    # The situation's low key-fact recall does not pull the others below their minimum.
    assert check_run([scored("answerable", 0.9, None), scored("situation", 0.1, 0.6)], limits) == []
    failures = check_run([scored("answerable", 0.7, None), scored("situation", 0.1, 0.4)], limits)
    assert len(failures) == 2
    assert failures[0].startswith("key_fact_recall = 0.700") and "other kinds than situation" in failures[0]
    assert failures[1] == "situation: steps_covered = 0.400 is below the minimum 0.5"


def test_dataset_errors_name_file_and_line(tmp_path: Path):
    folder = tmp_path / "mini"
    folder.mkdir()
    good = '{"id": "a", "language": "en", "question": "q?", "kind": "answerable", ' \
           '"expected": [{"source": "x.md", "locator": "H"}], "key_facts": [["k"]]}'
    (folder / "one.jsonl").write_text(
        good + "\n\n{not json\n"
        '{"id": "a", "language": "xx", "question": "q?", "kind": "answerable", "expected": []}\n'
        '{"id": "o", "language": "en", "question": "q?", "kind": "out-of-scope", '
        '"expected": [{"source": "x.md", "locator": "H"}], "colour": 1}\n', encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        load_dataset(str(folder))
    message = str(caught.value)
    assert f"{folder / 'one.jsonl'}:3: not valid JSON" in message
    assert "one.jsonl:4: language 'xx'" in message and "one.jsonl:4: a answerable question needs" in message
    assert "one.jsonl:5: unknown field(s) colour" in message and "out-of-scope question has no expected" in message
    (folder / "one.jsonl").write_text(good + "\n" + good + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"one.jsonl:2: id 'a' is also used at .*one.jsonl:1"):
        load_dataset(str(folder))
    with pytest.raises(DatasetError, match="no dataset 'nope'"):
        load_dataset("nope")


@pytest.mark.parametrize("steps, problem", [
    ('"steps": "call 112"', "'steps' must be a list of non-empty lists"),
    ('"steps": [["call 112"], []]', "'steps' must be a list of non-empty lists"),
    ('"steps": [["call 112", " "]]', "'steps' must be a list of non-empty lists"),
    ('"steps": [[112]]', "'steps' must be a list of non-empty lists"),
    ('"steps": []', "a situation question needs 'steps'"),
])
def test_dataset_errors_for_steps(tmp_path: Path, steps: str, problem: str):
    (tmp_path / "s.jsonl").write_text(
        '{"id": "s", "language": "fi", "question": "q?", "kind": "situation", '
        f'"expected": [{{"source": "x.md", "locator": "H"}}], {steps}}}\n', encoding="utf-8")
    with pytest.raises(DatasetError, match=rf"s\.jsonl:1: {problem}"):
        load_dataset(str(tmp_path))


def test_dataset_steps_load_in_order(tmp_path: Path):
    (tmp_path / "s.jsonl").write_text(
        '{"id": "s", "language": "sv", "question": "q?", "kind": "situation", '
        '"expected": [{"source": "x.md", "locator": "H"}], "steps": [["ring 112"], ["barnskyddsanmälan", "notify"]]}\n'
        '{"id": "o", "language": "en", "question": "q?", "kind": "out-of-scope", "steps": [["x"]]}\n',
        encoding="utf-8")
    with pytest.raises(DatasetError, match=r"s\.jsonl:2: an out-of-scope question has no steps"):
        load_dataset(str(tmp_path))
    (tmp_path / "s.jsonl").write_text(
        (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    (q,) = load_dataset(str(tmp_path)).questions
    assert q.steps == [["ring 112"], ["barnskyddsanmälan", "notify"]] and q.answerable


def test_subset_keeps_a_situation_only_with_all_its_guides():
    both = [Expected("a.md", "H"), Expected("b.md", "H")]
    questions = [question(id="any", expected=both), question("situation", id="part", expected=both, steps=STEPS),
                 question("situation", id="all", expected=both[:1], steps=STEPS)]
    kept = Dataset("d", questions, Path(".")).subset({"a.md"})
    assert [q.id for q in kept.questions] == ["any", "all"]


def test_shipped_datasets_meet_the_issue():
    dev, corpus = load_dataset("dev"), load_dataset("corpus")
    assert len(dev.questions) >= 60 and len(corpus.questions) >= 40
    for language in ("fi", "sv", "en"):
        assert sum(q.language == language for q in dev.questions) >= len(dev.questions) // 3 - 1
    kinds = {q.kind for q in dev.questions}
    assert {"cross-lingual", "follow-up"} <= kinds
    assert sum(not q.answerable for q in dev.questions) >= 10
    assert all(q.history for q in dev.questions if q.kind == "follow-up")
    situations = [q for q in dev.questions if q.kind == "situation"]
    for language in ("fi", "sv", "en"):
        assert sum(q.language == language for q in situations) >= 10
    assert all(2 <= len(q.steps) <= 5 and q.expected for q in situations)


def test_amendment_figures_count_the_newest_wording_and_the_flagged_older_ones():
    """A question on an amended section (``current``): the newest wording cited, quoted, older ones flagged."""
    old = ("finlex/fi/asd20100088.xml", "25 §")
    new = ("finlex/fi/asd20141302.xml", "25 §")
    q = question(expected=[Expected(*old), Expected(*new)], current=[Expected(*new)], key_facts=[])
    flagged = Citation(n=1, source=old[0], title="T", locator=old[1], quote="x", score=1.0, language="fi",
                       status="amended", superseded_by=[{"act": "1302/2014", "n": 2}])
    newer = Citation(n=2, source=new[0], title="T", locator=new[1], quote="y", score=1.0, language="fi",
                     status="in_force")
    cited_only = answer([chunk(*old)], sentences=[Sentence("x", [1])], citations=[flagged, newer])
    s = score_answer(q, cited_only, 0.1)
    assert (s.newest_cited, s.newest_quoted, s.older_cited, s.older_flagged) == (True, False, 1, 1)
    unflagged = Citation(n=1, source=old[0], title="T", locator=old[1], quote="x", score=1.0, language="fi")
    quoted = answer([chunk(*new)], sentences=[Sentence("y", [2]), Sentence("x", [1])], citations=[unflagged, newer])
    t = score_answer(q, quoted, 0.1)
    assert (t.newest_cited, t.newest_quoted, t.older_cited, t.older_flagged) == (True, True, 1, 0)
    refused = score_answer(q, answer([], text="no", abstained=True), 0.1)
    other = score_answer(question(), answer([], text="x"), 0.1)
    figures = summarize([s, t, refused, other])
    assert (figures["newest_cited"], figures["newest_quoted"], figures["older_flagged"]) == (2 / 3, 1 / 3, 0.5)
    assert other.newest_cited is None


def test_current_passages_must_be_expected(tmp_path: Path):
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "a", "language": "fi", "question": "q?", "kind": "answerable", '
                    '"expected": [{"source": "x.xml", "locator": "25 §"}], '
                    '"current": [{"source": "y.xml", "locator": "25 §"}]}\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="every 'current' passage must also be in 'expected'"):
        load_dataset(str(path))


def test_referral_precision_and_recall_over_the_labelled_questions(tmp_path: Path):
    """An answer "opens with the referral" when the pipeline flagged it; only questions with ``danger_now``
    count, and a refused answer that kept its referral still referred."""
    def scored(danger_now, referral, id_, abstained=False):
        a = answer([chunk("a.md", "Article 3")], "x", abstained=abstained)
        a.safety_referral = referral
        return score_answer(question("situation", id=id_, danger_now=danger_now), a, 0.1)

    items = [scored(True, True, "a"), scored(True, False, "b"), scored(False, True, "c"),
             scored(False, False, "d"), scored(False, False, "e"), scored(None, True, "f"),
             scored(True, True, "g", abstained=True)]
    assert items[0].referral and not items[1].referral and items[5].danger_now is None
    figures = summarize(items)
    assert figures["referral_recall"] == pytest.approx(2 / 3)  # a, g of a, b, g
    assert figures["referral_precision"] == pytest.approx(2 / 3)  # a, g of a, c, g (f is unlabelled)
    assert figures["referral_rate_not_danger"] == pytest.approx(1 / 3)
    assert summarize([scored(None, True, "x")])["referral_precision"] is None


def test_danger_now_must_be_a_boolean(tmp_path: Path):
    folder = tmp_path / "set"
    folder.mkdir()
    line = ('{"id": "s1", "language": "en", "question": "q?", "kind": "situation", "steps": [["a"]], '
            '"expected": [{"source": "a.md", "locator": "A"}], "danger_now": %s}\n')
    (folder / "a.jsonl").write_text(line % "true", encoding="utf-8")
    assert load_dataset(str(folder)).questions[0].danger_now is True
    (folder / "a.jsonl").write_text(line % '"yes"', encoding="utf-8")
    with pytest.raises(DatasetError, match="danger_now"):
        load_dataset(str(folder))
