"""What the extractive answer quotes: lists whole (``assistant/text/lists.py``), also across a chunk boundary, and not a
document's description of itself."""

from __future__ import annotations

from assistant.answer import Passage
from assistant.answerers.extractive import ExtractiveAnswerer
from assistant.documents import Chunk
from assistant.text.lists import list_around, whole_lists
from ingest.chunking import pack_sentences
from assistant.text.sentences import split_sentences

NUMBERED = ("3. When the age of the victim is uncertain, he or she shall be presumed to be a child pending verification.\n"
            "4. As soon as an unaccompanied child is identified as a victim, each Party shall:\n"
            "a) provide for representation of the child by a legal guardian;\n"
            "b) take the necessary steps to establish his/her identity and nationality;\n"
            "c) make every effort to locate his/her family when this is in the best interests of the child.\n"
            "5. Each Party shall publish an annual report on the identification of victims of trafficking.")


def _passage(text: str, locator: str) -> Passage:
    chunk = Chunk(source="treaty.en.md", version="v" * 16, ordinal=0, text=text, locator=locator,
                  title="Convention", language="en", doc_type="law")
    return Passage(chunk=chunk, score=1.0, rank=1)


def test_a_numbered_paragraph_that_ends_in_a_colon_brings_its_own_items():
    """A treaty's paragraph "4. ... each Party shall:" is an item of the article's numbered paragraphs and opens its
    own lettered list: quoting it with "a)" alone would say that a guardian is all a State must provide."""
    draft = ExtractiveAnswerer().answer("What must a State do when an unaccompanied child is identified as a victim?",
                                        [_passage(NUMBERED, "Article 10")], language="en")
    texts = [s.text[:3] for s in draft.sentences]
    assert texts[texts.index("4. "):texts.index("4. ") + 4] == ["4. ", "a) ", "b) ", "c) "]


def test_a_list_ends_where_items_of_another_kind_begin():
    sentences = split_sentences(NUMBERED)
    at = dict(enumerate(sentences)).get
    assert list(list_around(at, 2)) == [1, 2, 3, 4]  # "a)": its opening "4. ...:" and "a)" to "c)", not "5."
    assert list(list_around(at, 1)) == [1, 2, 3, 4]
    assert list_around(at, 0) is None and list_around(at, 5) is None  # paragraphs that open no list


def test_a_chunk_cut_inside_a_list_gets_the_rest_of_it():
    section = split_sentences(NUMBERED)
    assert whole_lists(section[:3], section) == section[:5]  # "3.", "4. ...:", "a)" + "b)", "c)"
    assert whole_lists(section[3:], section) == section[1:]  # "b)", "c)", "5." + "4. ...:", "a)"
    assert whole_lists(section[:1], section) == section[:1]
    assert whole_lists(["not in the section"], section) == ["not in the section"]


ARTICLE = ("## Article 10 Identification of the victims\n\n"
           + " ".join(f"{n}. Each Party shall train and qualify persons who identify and help victims of trafficking, "
                      "including children, and shall make sure that the authorities collaborate with each other and "
                      "with the relevant support organisations in every region of the country." for n in (1, 2, 3))
           + "\n\n4. As soon as an unaccompanied child is identified as a victim of trafficking, each Party shall:\n\n"
           "a) provide for representation of the child by a legal guardian, organisation or authority;\n"
           "b) take the necessary steps to establish the child's identity and nationality;\n"
           "c) make every effort to locate the child's family when this is in the best interests of the child.\n\n"
           "5. Each Party shall publish every year a report on how many victims of trafficking were identified, how many "
           "of them were children, and which authorities and organisations identified them.\n")


def test_a_passage_that_a_chunk_boundary_cut_inside_a_list_is_given_the_whole_list(small_assistant):
    """The chunker packs sentences into chunks of about 160 words; here it cuts after "a)", so the passage that holds
    "each Party shall:" would give one of three duties without the rest of its list."""
    packed = pack_sentences(split_sentences(ARTICLE.split("\n\n", 1)[1]), 160, 1)
    assert packed[0].endswith("organisation or authority;") and "c) make every effort" not in packed[0]
    assistant = small_assistant({"convention.en.md": "# Convention on trafficking\n\n" + ARTICLE}, "lists")
    question = "What must each Party do as soon as an unaccompanied child is identified as a victim of trafficking?"
    passage = assistant.retriever.retrieve(question, language="en").passages[0]
    assert "each Party shall:" in passage.chunk.text and "c) make every effort" in passage.chunk.text
    answer = assistant.ask(question)
    quoted = " ".join(s.text for s in answer.sentences)
    assert "b) take the necessary steps" in quoted and "c) make every effort" in quoted


def test_a_documents_description_of_itself_is_not_quoted_beside_what_it_says():
    """"This guide describes ..." shares the question's topic and answers nothing of it; it is quoted only when the
    passages hold nothing else."""
    text = ("This guide describes the reflection period for victims of trafficking and how it is granted.\n"
            "The reflection period is at least 30 days and at most six months.\n"
            "The police decide on the reflection period after a proposal by the assistance system.")
    draft = ExtractiveAnswerer().answer("How long is the reflection period for victims of trafficking?",
                                        [_passage(text, "The reflection period")], language="en")
    quoted = [s.text for s in draft.sentences]
    assert quoted and not any(t.startswith("This guide") for t in quoted)
    alone = ExtractiveAnswerer().answer("What does the guide on the reflection period cover?",
                                        [_passage(text.split("\n")[0], "Overview")], language="en")
    assert [s.text[:10] for s in alone.sentences] == ["This guide"]


GUIDE = ("The child is met in a calm room at the school or the social office. "
         "The child is told who is present and why. "
         "The child may take a break whenever the child wishes. "
         "The child is not asked leading questions. "
         "The child's own words are written down as the child said them. "
         "The meeting is planned with the child's guardian unless the guardian is suspected. "
         "A relative of the child must never act as the interpreter, since the family hears everything that is said. "
         "The child is told what happens next.")


def test_a_question_in_another_language_quotes_the_sentence_that_words_its_terms():
    """An Estonian question shares no word with an English passage: its glossary terms count as the passage words
    them ("tõlk": "interpreter", "sugulane": "relative"), except one that most sentences hold ("child")."""
    question = "Kas lapse ülekuulamisel võib sugulane olla tõlk?"
    draft = ExtractiveAnswerer().answer(question, [_passage(GUIDE, "Talking with the child")], language="et")
    assert any("interpreter" in s.text for s in draft.sentences)
    # The same question in a language the glossary does not know is answered from the passage's first sentences.
    unknown = ExtractiveAnswerer().answer(question, [_passage(GUIDE, "Talking with the child")], language="is")
    assert not any("interpreter" in s.text for s in unknown.sentences)


def test_a_sentence_longer_than_the_whole_answer_is_quoted_only_when_nothing_else_is():
    """A treaty's preamble is one sentence of hundreds of words: chosen first, it left no room for the article that
    answers."""
    preamble = "Recalling that the rights of every child to protection, care and assistance are recognised " + \
        " ".join(["and that the family is the natural environment for the growth and well-being of children"] * 20) + "."
    article = ("Children may express their views freely. "
               "Such views shall be taken into consideration on matters which concern them. "
               "In all actions relating to children, the child's best interests must be a primary consideration.")
    question = "What are the rights of the child to protection, care and assistance and to express views?"
    draft = ExtractiveAnswerer().answer(question, [_passage(preamble, "Preamble"), _passage(article, "Article 24")],
                                        language="en")
    assert draft.sentences and not any(s.text.startswith("Recalling") for s in draft.sentences)
    assert any("express their views" in s.text for s in draft.sentences)
    alone = ExtractiveAnswerer().answer(question, [_passage(preamble, "Preamble")], language="en")
    assert [s.text[:9] for s in alone.sentences] == ["Recalling"]
