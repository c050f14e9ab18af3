"""Questions in the Baltic Sea region's other languages (et, lv, lt, pl, de, da, nb, uk, ru) over documents
in fi, sv and en: the language is recognised, the answer's own sentences are in it, the quotes come from
the English version, and the "words no document contains" signal stands aside."""

from __future__ import annotations

import pytest

from assistant import prompts
from assistant.answer import RefusalBlock, SentencesBlock
from assistant.pipeline import Assistant
from assistant.text.language import ASKER_LANGUAGES, DOCUMENT_LANGUAGES, detect_language

DOCS = {
    "guide/notify.en.md": "---\ntitle: Child welfare notification\nlanguage: en\n---\n# Child welfare notification\n\n"
                          "## When to notify\n\nProfessionals must notify the wellbeing services county without delay "
                          "when they learn of a child who may need child welfare. The duty applies notwithstanding "
                          "confidentiality provisions.\n",
    "guide/notify.fi.md": "---\ntitle: Lastensuojeluilmoitus\nlanguage: fi\n---\n# Lastensuojeluilmoitus\n\n"
                          "## Milloin ilmoitetaan\n\nAmmattilaisten on ilmoitettava hyvinvointialueelle viipymättä, "
                          "kun he saavat tietää lapsesta, joka voi tarvita lastensuojelua. Velvollisuus koskee "
                          "salassapitosäännösten estämättä.\n",
    "guide/notify.sv.md": "---\ntitle: Barnskyddsanmälan\nlanguage: sv\n---\n# Barnskyddsanmälan\n\n"
                          "## När anmälan görs\n\nYrkesverksamma ska utan dröjsmål anmäla till välfärdsområdet när "
                          "de får veta om ett barn som kan behöva barnskydd. Skyldigheten gäller trots "
                          "sekretessbestämmelserna.\n",
}


@pytest.mark.parametrize("question, language", [
    ("Kuidas teha lastekaitseteadet?", "et"),
    ("Kam man jāziņo, ja bērnam draud briesmas?", "lv"),
    ("Kam turiu pranešti apie vaiko išnaudojimą?", "lt"),
    ("Komu mam zgłosić podejrzenie handlu dziećmi?", "pl"),
    ("Wann muss ich eine Meldung an das Jugendamt machen?", "de"),
    ("Hvornår skal jeg lave en underretning?", "da"),
    ("Hvordan melder jeg bekymring til barnevernet?", "nb"),
    ("Кому повідомити про торгівлю дітьми?", "uk"),
    ("Кому сообщить о торговле детьми?", "ru"),
    ("Vad gör jag om jag misstänker människohandel?", "sv"),
    ("Mitä teen, jos epäilen ihmiskauppaa?", "fi"),
])
def test_each_asker_language_is_recognised(question, language):
    assert detect_language(question) == language


@pytest.fixture(scope="module")
def assistant(small_assistant) -> Assistant:
    return small_assistant(DOCS, "asker-languages")


def test_a_german_question_is_answered_in_german_from_the_english_version(assistant):
    answer = assistant.ask("Muss ich eine Meldung an den Kinderschutz trotz Schweigepflicht ohne Verzögerung machen?")
    assert answer.language == "de" and not answer.abstained
    block = next(b for b in answer.blocks if isinstance(b, SentencesBlock))
    assert block.lead == prompts.EXTRACTIVE_LEAD["de"]
    assert {c.source for c in answer.citations} == {"guide/notify.en.md"}


def test_a_question_in_a_language_no_document_is_in_is_searched_with_its_terms_in_english(assistant):
    """The keyword side finds no Latvian word in the documents; the glossary's English wording of the question's
    terms (``assistant/text/glossary.py``) is searched too, and the keyword side finds the section through it."""
    question = "Vai ziņošanas pienākums attiecas uz mani, ja man ir konfidencialitātes pienākums?"
    retrieved = assistant.retriever.retrieve(question, language="lv")
    assert retrieved.expanded == f"{question}\n(duty to notify; reporting; confidentiality)"
    assert any(p.keyword is not None for p in retrieved.passages)
    assert assistant.retriever.retrieve("Is the duty to notify mine?", language="en").expanded is None


def test_without_query_expansion_the_question_is_searched_as_asked(small_assistant):
    off = small_assistant(DOCS, "no-expansion")
    off.retriever.settings = off.settings.model_copy(update={"query_expansion": False})
    retrieved = off.retriever.retrieve("Vai ziņošanas pienākums attiecas uz mani?", language="lv")
    assert retrieved.expanded is None and all(p.keyword is None for p in retrieved.passages)


def test_words_of_a_language_no_document_is_in_do_not_refuse(assistant):
    """An Estonian question's words occur in no document (they are in fi, sv, en): not a refusal signal."""
    from assistant.retrieval import Retrieved

    question = "Kas spetsialist peab lastekaitseteatise tegema viivitamata, isegi konfidentsiaalsusnõuete korral?"
    found = assistant.retriever.retrieve(question, language="et")
    weak = Retrieved(found.passages, assistant.settings.refusal_threshold + 0.01, 0.0, 0.0)
    assert assistant.refusal.off_topic(question, "et", weak) is None


def test_a_situation_in_a_language_no_document_is_in_has_the_lowest_threshold(assistant):
    """A situation's story lowers its best match, and so does a language no document is written in: a
    situation asked in Estonian is refused only below the lowest of the three thresholds, where the same
    evidence refuses a Finnish situation and an Estonian question that is no situation."""
    from assistant.retrieval import Retrieved

    s, policy = assistant.settings, assistant.refusal
    lowest = min(s.situation_refusal_threshold, s.other_language_refusal_threshold,
                 s.other_language_situation_refusal_threshold)
    assert lowest < min(s.situation_refusal_threshold, s.other_language_refusal_threshold)  # as shipped
    assert policy.threshold("et", situation=True) == lowest
    assert policy.threshold("de") == s.other_language_refusal_threshold
    assert policy.threshold("fi", situation=True) == s.situation_refusal_threshold
    assert policy.threshold("fi") == s.refusal_threshold

    question = "Olen kooliõde. Õpilane ütles, et peab öösiti ilma palgata töötama. Mida ma peaksin tegema?"
    found = assistant.retriever.retrieve(question, language="et", situation=True)
    between = Retrieved(found.passages, lowest + 0.005, 0.0, 0.0)
    below = Retrieved(found.passages, lowest - 0.005, 0.0, 0.0)
    assert policy.before_answer(question, "et", between, situation=True) is None
    assert policy.before_answer(question, "et", below, situation=True).signal == "weak_match"
    assert policy.before_answer(question, "fi", between, situation=True).signal == "weak_match"


def test_a_language_the_model_scores_much_lower_has_a_lower_threshold(assistant):
    """Estonian, Latvian and Lithuanian questions score 0.14-0.17 lower against the documents than fi/sv/en
    ones (calibration.ASKER_LANGUAGE_OFFSETS): their factual threshold is lowered by as much, the others keep
    the other-language threshold, and a language with documents its own. Between the lowered threshold and the
    other-language one, the subject probe must say the question is on the subject."""
    from assistant.calibration import asker_offset
    from assistant.retrieval import Retrieved

    s, policy = assistant.settings, assistant.refusal
    for language in ("et", "lv", "lt"):
        assert policy.threshold(language) == s.refusal_threshold - asker_offset(language)
        assert policy.threshold(language) < s.other_language_refusal_threshold - 0.05
        # Searched with the English wording of its terms appended, it scores nearly as a fi/sv/en question does.
        assert policy.threshold(language, expanded=True) > policy.threshold(language) + 0.05
    for language in ("de", "da", "nb", "uk", "ru"):
        assert policy.threshold(language) == s.other_language_refusal_threshold
    assert policy.threshold("fi") == s.refusal_threshold
    question = ("Meie 14-aastane õpilane töötab pärast tunde sugulase perefirmas ja on tunnis pidevalt kurnatud. "
                "Millised märgid viitavad lapse tööalasele ärakasutamisele?")
    found = assistant.retriever.retrieve(question, language="et")
    assert found.expanded  # "child", "exploitation": judged by the threshold for an expanded question
    between = Retrieved(found.passages, policy.threshold("et") + 0.01, 0.0, 0.0, found.vector)
    assert policy.before_answer(question, "et", between) is None
    asked = question.split(". ")[-1]  # without its story: a told story below the threshold goes to the probe instead
    assert policy.before_answer(asked, "de", Retrieved(found.passages, policy.threshold("et") + 0.01, 0.0, 0.0,
                                                       assistant.store.embedder.embed_query(asked))).signal == "weak_match"
    # In that lower band the question must also be on the knowledge base's subject (the situations' probe).
    taxes = "Kaip užpildyti metinę pajamų deklaraciją VMI sistemoje, jei gaunu pajamų iš užsienio?"
    found = assistant.retriever.retrieve(taxes, language="lt")
    assert found.expanded  # "abroad"
    assert policy.before_answer(taxes, "lt", found).signal == "weak_match"
    # Had it no term of the glossary, it would be judged in the lower band, by its own vector (``Retrieved.vector``),
    # not the expanded search's. Embedded in a batch of two, bf16 backends give it a cosine of 0.9999 with the
    # question embedded alone (0.99990 with OpenVINO bf16 on AMX), against about 0.94 for the expanded text's.
    def cosine(x, y):
        return sum(a * b for a, b in zip(x, y))

    own = cosine(found.vector, assistant.store.embedder.embed_query(taxes))
    assert own > 0.999
    assert own > cosine(found.vector, assistant.store.embedder.embed_query(found.expanded)) + 0.03
    between = Retrieved(found.passages, policy.threshold("lt") + 0.01, 0.0, 0.0, found.vector)
    assert policy.before_answer(taxes, "lt", between).signal == "off_subject"
    # Searched with its terms' English appended, any question scores higher: up to the fi/sv/en threshold the
    # probe must agree, on the question's own vector.
    expanded = Retrieved(found.passages, s.refusal_threshold - 0.02, 0.0, 0.0, found.vector, found.expanded)
    assert policy.before_answer(taxes, "lt", expanded).signal == "off_subject"
    on_subject = assistant.retriever.retrieve(question, language="et")
    expanded = Retrieved(on_subject.passages, s.refusal_threshold - 0.02, 0.0, 0.0, on_subject.vector,
                         on_subject.expanded)
    assert policy.before_answer(question, "et", expanded) is None


def test_a_refusal_in_a_new_language_lists_english_titles(assistant):
    answer = assistant.ask("Milline on parim retsept karjala pirukate jaoks?")
    assert answer.language == "et" and answer.abstained
    refusal = next(b for b in answer.blocks if isinstance(b, RefusalBlock))
    assert refusal.message == prompts.CANNOT_ANSWER["et"]
    assert "Child welfare notification" in answer.blocks[-1].titles


def test_every_asker_language_has_the_answer_sentences():
    assert set(DOCUMENT_LANGUAGES) <= set(ASKER_LANGUAGES)
    for table in (prompts.EXTRACTIVE_LEAD, prompts.CANNOT_ANSWER, prompts.SAFETY_REFERRAL, prompts.RELATED_LEAD,
                  prompts.SOURCES_HEADING):
        assert set(ASKER_LANGUAGES) <= set(table)
