"""The passages' sentence vectors (assistant/store/sentences.py): made once after indexing, read when a question
comes, and what they change in an extractive answer. Real model, real stores."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.cli import main
from assistant.store.sentences import SentenceVectors, sentences_of

# Eight sentences: an answer quotes at most four of one passage. The one that answers whether a victim can get a
# residence permit is the sixth and shares no word with a Finnish or Latvian question.
BODY = """Applications for residence permits are handled by the Finnish Immigration Service. Its offices are
open on weekdays from eight to four. Letters are answered in the order they arrive. Visitors are asked to book a
time in advance. The waiting room has toys for small children. A victim of human trafficking can be granted a
residence permit for at least six months. Interpreters can be booked through the front desk. Decisions are sent
by post.
"""
PERMITS = "# Residence permits for victims of human trafficking\n\n" + BODY
ANSWER = "A victim of human trafficking can be granted a residence permit for at least six months."


def _quoted(answer) -> str:
    return " ".join(s.text for s in answer.sentences)


@pytest.fixture(scope="module")
def permits(small_assistant):
    return small_assistant({"permits.en.md": PERMITS}, "sentence-vectors")


def test_the_fill_embeds_each_sentence_once_and_drops_the_gone(tmp_path, embedder):
    vectors = SentenceVectors(tmp_path / "sentences.sqlite3", "model-a fp32")
    texts = ["One sentence here. Another one there.", "Another one there. A third one."]
    calls = []

    def embed(batch):
        calls.append(list(batch))
        return embedder.embed_documents(batch)

    assert vectors.fill(texts, embed) == 3  # the shared sentence once
    assert vectors.fill(texts, embed) == 0 and len(calls) == 1
    assert vectors.fill(texts[:1], embed) == 0 and vectors.count() == 2  # "A third one." no passage holds
    query = np.asarray(embedder.embed_query("Where is the other one?"), dtype=np.float32)
    scores = vectors.similarities(texts[0], query / np.linalg.norm(query))
    assert set(scores) == set(sentences_of(texts[0])) and all(-1.0 <= s <= 1.0 for s in scores.values())
    assert vectors.similarities("A sentence never embedded.", query) is None
    # Another model's rows are dropped when the file is opened for this one, never mixed.
    assert SentenceVectors(tmp_path / "sentences.sqlite3", "model-b fp32").count() == 0


def test_an_answer_across_languages_quotes_the_sentence_that_means_the_question(permits):
    # None of its words, nor its glossary terms' English wording ("exploitation"), is in the sentence that answers.
    question = "Voiko hyväksikäytön kohteeksi joutunut jäädä maahan?"
    before = permits.ask(question)
    assert not before.abstained and ANSWER not in _quoted(before)  # by words alone: the passage's first sentences
    assert all(p.sentences is None for p in before.passages)

    assert permits.store.fill_sentence_vectors() == len(sentences_of(BODY))
    after = permits.ask(question)
    assert all(p.sentences is not None for p in after.passages)
    assert ANSWER in _quoted(after)
    assert ANSWER in _quoted(permits.ask("Voiko ihmiskaupan uhri saada oleskeluluvan Suomessa?"))
    assert ANSWER in _quoted(permits.ask("Kan ett offer för människohandel få uppehållstillstånd?"))


def test_ingest_makes_the_sentence_vectors_once(make_folder, capsys):
    folder = make_folder({"permits.en.md": PERMITS})
    assert main(["ingest", str(folder), "--no-progress", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["sentences"] == len(sentences_of(BODY))
    assert main(["ingest", str(folder), "--no-progress", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sentences"] == 0
    assert main(["check"]) == 0
    total = len(sentences_of(BODY))
    assert f"sentence vectors: {total} of {total} sentences" in capsys.readouterr().err


def test_without_the_setting_nothing_is_embedded(settings, embedder, make_folder):
    from assistant.store import open_store
    from ingest.sync import Syncer

    off = settings.model_copy(update={"sentence_vectors": False})
    store = open_store(off, embedder)
    assert Syncer(store, off).sync([make_folder({"permits.en.md": PERMITS})]).ok
    assert store.fill_sentence_vectors() == 0 and not off.sentences_path.exists()


def test_a_weak_passage_match_is_answered_when_one_sentence_matches_the_question_closely(permits):
    """A short look-up matches the one sentence that answers it better than the section around it: below the refusal
    threshold, that sentence's similarity (``sentence_match_rescue``) keeps the question from the weak-match refusal."""
    from assistant.refusal import RefusalPolicy, best_sentence

    permits.store.fill_sentence_vectors()
    question = "How long is the residence permit of a trafficking victim?"
    retrieved = permits.retriever.retrieve(question, language="en")
    closest = max(((s, v) for p in retrieved.passages for s, v in (p.sentences or {}).items()), key=lambda kv: kv[1])
    assert closest[0] == ANSWER and best_sentence(retrieved) == closest[1] > retrieved.best_dense
    strict = permits.settings.model_copy(update={"refusal_threshold": 0.99, "sentence_match_rescue": 1.01})
    assert RefusalPolicy(strict, permits.store).before_answer(question, "en", retrieved).signal == "weak_match"
    rescued = strict.model_copy(update={"sentence_match_rescue": closest[1] - 0.01})
    assert RefusalPolicy(rescued, permits.store).before_answer(question, "en", retrieved) is None
