"""Near-topic refusal: a question asking for a count, an amount, a dose or a year's figure that no answer
sentence gives is refused with what the sources do not give, and their closest quotes follow as related."""

from __future__ import annotations

import pytest

from assistant import prompts
from assistant.answer import RefusalBlock, SentencesBlock
from assistant.pipeline import Assistant
from assistant.specific_facts import FactAsked, carries, facts_asked, missing_facts


@pytest.mark.parametrize("question, kinds", [
    ("How many children were identified as victims of trafficking in Finland last year?", {"count", "year"}),
    ("Montako lasta katosi vastaanottokeskuksista vuonna 2023?", {"count", "year"}),
    ("Hur stor andel av anmälningarna görs av skolor?", {"share"}),
    ("What percentage of notifications lead to a placement?", {"share"}),
    ("How much is a representative paid per hour?", {"amount"}),
    ("Mikä on melatoniinin annos 12-vuotiaalle?", {"dose"}),
    ("What is a Barnahus?", set()),
])
def test_the_kind_of_fact_asked_is_recognised(question, kinds):
    assert {f.kind for f in facts_asked(question)} == kinds


# One question per asker language that asks for a figure, and one that does not (the documents are in fi,
# sv and en, so only the asking side needs these languages). Pure functions: no model is loaded.
@pytest.mark.parametrize("question, kinds", [
    ("Mitu last tuvastati Soomes 2023. aastal inimkaubanduse ohvriks?", {"count", "year"}),
    ("Cik eiro mēnesī saņem bērns uzņemšanas centrā?", {"count", "amount"}),
    ("Kokią vaisto dozę galima duoti dešimtmečiui?", {"dose"}),
    ("Jaki odsetek zgłoszeń pochodzi ze szkół?", {"share"}),
    ("Wie viele Kinder wurden im Jahr 2022 als Opfer identifiziert?", {"count", "year"}),
    ("Hvor meget koster en tolk i timen?", {"amount"}),
    ("Hvor mange barn forsvant fra mottak i fjor?", {"count", "year"}),
    ("Скільки коштує перекладач для розмови з дитиною?", {"count", "amount"}),
    ("Сколько детей-жертв было выявлено в 2024 году?", {"count", "year"}),
])
def test_a_figure_asked_in_another_asker_language_is_recognised(question, kinds):
    assert {f.kind for f in facts_asked(question)} == kinds


@pytest.mark.parametrize("question", [
    "Olen mitu korda helistanud lastekaitsesse. Kes otsustab lapse paigutamise?",  # "mitu": several
    "Cik ilgi ilgst pārdomu periods cilvēku tirdzniecības upurim?",  # how long: no figure asked
    "Kiek laiko galioja leidimas gyventi aukai?",
    "O ile wiem, dziecko ma przedstawiciela. Kto go wyznacza?",  # "o ile": as far as
    "Wer entscheidet über die Rückführung eines Kindes ins Heim?",
    "Hvem kan henvise et barn til hjælpesystemet?",
    "Hva er en Barnahus?",
    "Скільки часу триває період для роздумів?",
    "Что такое Барнахус и есть ли он в Финляндии?",
    "Omfattar anmälningsskyldigheten i 2010 års lydelse även räddningsväsendet?",  # sv, not a year's figure
])
def test_a_question_in_another_asker_language_without_a_figure_asks_for_none(question):
    assert facts_asked(question) == []


@pytest.mark.parametrize("sentence", [
    "Section 35 of the Reception Act, in the wording of act 1294/2022, provides that a person is admitted.",
    "Enligt 16 § 2 mom. i mottagandelagen ska också barnets företrädare höras.",
    "Lastensuojelulain 69 a § lisättiin lailla 542/2019, ja se tuli voimaan 1.1.2020.",
    "En företrädare ska utses för ett barn utan vårdnadshavare.",  # "en", "ett": articles, not numbers
])
def test_law_numbers_dates_and_articles_are_no_count_nor_year(sentence):
    assert not carries(sentence, FactAsked("count"))
    assert not carries(sentence, FactAsked("year", "2022"))


def test_a_phone_number_is_no_count_and_a_share_needs_a_percentage_or_a_fraction():
    assert not carries("Call the emergency number 112 or the child helpline 116 111.", FactAsked("count"))
    assert not carries("The advice line answers at +358 29 54 63 177.", FactAsked("count"))
    assert not carries("The social worker decides by the seventh working day.", FactAsked("share"))
    assert carries("Schools made 12 % of the notifications.", FactAsked("share"))
    assert carries("Nästan var tredje flicka hade blivit utsatt.", FactAsked("share"))


def test_free_of_charge_answers_what_something_costs_not_what_is_paid():
    (cost,) = facts_asked("How much does the child helpline cost?")
    (paid,) = facts_asked("Paljonko ihmiskaupan uhrille maksetaan korvausta valtion varoista?")
    free = "Soittaminen on maksutonta ja numero vastaa ympäri vuorokauden."
    assert carries(free, cost) and not carries(free, paid)
    assert carries("The allowance is 350 euros a month.", paid)


@pytest.mark.parametrize("question", [
    "Who pays the fee of an unaccompanied child's representative?",
    "Vem betalar arvodet till företrädaren för ett ensamkommande barn?",
    "Kuka maksaa edustajan palkkion?",
    "Wer zahlt das Honorar des Vertreters?",
    "Хто платить винагороду представнику дитини?",
])
def test_who_pays_a_fee_asks_for_a_payer_not_an_amount(question):
    assert "amount" not in [f.kind for f in facts_asked(question)]


def test_how_much_a_fee_is_still_asks_for_an_amount_when_who_pays_is_asked_too():
    assert [f.kind for f in facts_asked("How much is the representative's fee and who pays it?")] == ["amount"]
    assert [f.kind for f in facts_asked("Hur mycket är arvodet och vem betalar det?")] == ["amount"]


def test_a_figure_is_a_count_and_a_named_year_is_that_year():
    assert carries("In 2022, 40 children were admitted to the assistance system.", FactAsked("count"))
    assert carries("In 2022, 40 children were admitted to the assistance system.", FactAsked("year", "2022"))
    assert carries("The recovery period may be at most six months.", FactAsked("count"))
    # The figure for 2021 is missing: the count must come with its year (2026-12-04), and so is the year.
    assert [f.kind for f in missing_facts("How many children were admitted in 2021?",
                                          ["In 2022, 40 children were admitted."])] == ["count", "year"]


DOCS = {
    "guides/assistance.en.md": """---
title: The assistance system for victims of trafficking
language: en
type: guide
---
# The assistance system for victims of trafficking

## Who is admitted
Under section 35 of the Reception Act, as amended by act 1294/2022, a person proposed for the assistance system is admitted if the person may be a victim of trafficking and needs assistance. A child victim is also given a representative.
""",
}


@pytest.fixture(scope="module")
def assistant(small_assistant) -> Assistant:
    return small_assistant(DOCS, "facts")


def test_a_figure_the_sources_do_not_give_is_refused_and_the_related_quotes_follow(assistant):
    answer = assistant.ask("How many child victims did the Finnish assistance system admit in 2022?")
    assert answer.abstained and answer.abstain_reason.startswith("the question asks for count")
    refusal, related = answer.blocks
    assert isinstance(refusal, RefusalBlock) and refusal.message.startswith("The sources in the knowledge base do not give")
    assert isinstance(related, SentencesBlock) and related.related and related.lead == prompts.RELATED_LEAD["en"]
    assert answer.sentences == []  # the related quotes are not presented as the answer
    assert answer.citations and answer.citations[0].source == "guides/assistance.en.md"


def test_the_same_question_without_a_figure_is_answered(assistant):
    answer = assistant.ask("Who is admitted to the assistance system for victims of trafficking?")
    assert not answer.abstained
    assert "section 35" in " ".join(s.text for s in answer.sentences)



def test_a_figure_asked_for_a_year_needs_the_year_beside_it_not_an_act_number_or_a_date():
    """heldout-baltic-situations hbn-uk-01 ("how many ... since 2022") was answered by "decision 149/2022 of 7 March
    2022" and a child "aged 16"; hbn-nb-01 ("... i fjor") by "24/7" and "since 2017" in two sentences."""
    question = "Скільки українських дітей без супроводу отримали тимчасовий захист у Фінляндії з 2022 року?"
    sentences = ["Government decision 149/2022 of 7 March 2022 was made under section 109 of the Aliens Act.",
                 "A child aged 16 or over may be accommodated in a supported housing unit."]
    assert [f.kind for f in missing_facts(question, sentences)] == ["count"]
    assert not missing_facts(question, ["Since 2022, 1 200 unaccompanied children have received temporary protection."])
    nb = "Hvor mange personer ble tatt inn i hjelpesystemet i fjor?"
    assert [f.kind for f in missing_facts(nb, ["The hotline is open 24/7.", "It has been part of Migri since 2017."])] \
        == ["count"]
    assert not carries("Decision of 7 March 2022.", FactAsked("count"))  # a day of a month is no count


def test_hours_asked_need_a_number_of_hours_and_amounts_in_latvian_and_polish_are_amounts():
    hours = "Сколько часов обучения распознаванию торговли детьми обязаны пройти учителя в Финляндии?"
    assert missing_facts(hours, ["Daniel is 16 and came to Finland."])
    assert not missing_facts(hours, ["Teachers must complete 8 hours of training."])
    for question in ("Cik lielu atlīdzību stundā saņem pārstāvis?", "Ile wynosi miesięczny zasiłek recepcyjny?"):
        assert "amount" in [f.kind for f in facts_asked(question)], question
        assert "amount" in [f.kind for f in missing_facts(question, ["Section 7(3) provides that Migri pays the fee."])]


def test_a_count_of_people_needs_a_number_standing_with_people_not_a_ratio_or_a_group_number():
    """heldout-situations-3 (now dev): "How many children went missing ... in 2024?" was answered by "nearly one in
    three girls who responded" (2024 article); "Hur många barn har tagits in i hjälpsystemet sedan 2022?" by a
    sentence with some number in it."""
    question = "Сколько детей пропало из финских детских домов в 2024 году?"
    assert any(f.statistic for f in facts_asked(question))
    assert missing_facts(question, ["A 2024 article reports that nearly one in three girls who responded had been "
                                    "raped during an absence.", "The third group is stateless persons."])
    assert not missing_facts(question, ["In 2024, 1 200 children went missing from substitute care."])
    assert not missing_facts("Kuinka monta lastensuojeluilmoitusta tehtiin vuonna 2023?",
                             ["Vuonna 2023 tehtiin 190 000 ilmoitusta."])
    # A count of times, days or members is no statistic: any count answers it, as before.
    for asked in ("How many times may a child be interviewed?", "Kuinka monta kertaa lasta saa haastatella?",
                  "How many days does a child welfare worker have to start the assessment?",
                  "Wie viele Mitglieder hat GRETA?"):
        assert not any(f.statistic for f in facts_asked(asked)), asked
    assert not missing_facts("How many times may a child be interviewed?",
                             ["Interviews are kept to as few as possible."])
    assert not missing_facts("How many children went missing in Finland in 2024?",
                             ["In 2024, 1 200 children in Finland went missing from care."])


def test_a_named_thing_the_sources_do_not_give_is_refused_and_the_related_quotes_follow(assistant):
    """A person, an app, a prediction (``asked_things.py``) is judged like a figure: not given, not answered."""
    for question, kind, what in [
        ("Who is the current head of the assistance system for victims of trafficking?", "person", "this person"),
        ("Is there an app for proposing a victim to the assistance system?", "app", "such an app"),
        ("Will admission to the assistance system be changed next year?", "future", "what will change"),
    ]:
        answer = assistant.ask(question)
        assert answer.abstained and answer.abstain_reason.startswith(f"the question asks for {kind}"), question
        refusal, related = answer.blocks
        assert refusal.message == prompts.FACT_NOT_GIVEN["en"].format(what=what)
        assert related.related and answer.citations[0].source == "guides/assistance.en.md"


def test_a_thing_asked_in_another_asker_language_is_refused_in_that_language(assistant):
    """The things of ``asked_things.py`` are asked in all twelve languages; the refusal names the thing in the asker's."""
    for question, language, kind in [
        ("Jak nazywa się formularz, którym zgłasza się ofiarę do systemu pomocy ofiarom handlu ludźmi?", "pl", "form"),
        ("Ist das Hilfesystem für Opfer von Menschenhandel Ihrer Meinung nach gut für Kinder?", "de", "opinion"),
    ]:
        answer = assistant.ask(question)
        assert answer.abstained and answer.abstain_reason.startswith(f"the question asks for {kind}"), question
        assert answer.blocks[0].message == prompts.FACT_NOT_GIVEN[language].format(what=prompts.FACT_KINDS[kind][language])


@pytest.mark.parametrize("question, kinds", [
    # A story's figures are what happened, not what it asks (a situation: its asking sentence alone counts).
    ("I'm a youth worker. A 15-year-old says he owes a gang 600 euros and gets 10% of what he sells. "
     "What should I do?", set()),
    ("Olen lastenkodin ohjaaja. 14-vuotias karkasi kolme kertaa tässä kuussa ja palasi 200 euron setelin kanssa. "
     "Mitä meidän pitää tehdä?", set()),
    ("Jag är socialarbetare. Mamman tar 20 mg medicin om dagen och pojken har blåmärken sedan 2022. "
     "Vad ska jag göra?", set()),
    # A situation asks for no thing either, though its asking sentence alone would ("How do I fill in the form?").
    ("A 14-year-old pupil told me that her stepfather hits her. How do I fill in the form?", set()),
    # ... and its asking sentence still asks for a figure.
    ("A family from our reception centre has no money left. What should I do, and how much is the allowance?",
     {"amount"}),
])
def test_a_situation_asks_only_for_the_figures_of_its_asking_sentence(question, kinds):
    assert {f.kind for f in facts_asked(question)} == kinds


def test_a_story_that_tells_an_amount_is_answered_not_refused_for_it(assistant):
    answer = assistant.ask("I'm a social worker. A 16-year-old boy says the man who brought him owes him 3,000 euros "
                           "and that he has to stay in his flat until it is paid. What should I do?")
    assert answer.abstain_signal != "fact_missing", answer.abstain_reason
