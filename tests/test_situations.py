"""Questions that describe a situation and ask what to do: recognised, answered from the guidance with a
step-by-step guide's steps in order, a training case quoted only as a marked example."""

from __future__ import annotations

import pytest

from assistant import prompts
from assistant.answer import Passage, SentencesBlock
from assistant.answerers.extractive import ExtractiveAnswerer
from assistant.documents import Chunk
from assistant.documents import is_source_list
from assistant.pipeline import Assistant
from assistant.render import answer_text
from assistant.situations import asking_sentence, asks_what_to_do, is_step, tells_a_story
from ui.render import answer_markdown


@pytest.mark.parametrize("question, language", [
    ("A pupil says he works nights without pay. What must I do?", "en"),
    ("What should we do when a child goes missing from a group home?", "en"),
    ("Oppilas kertoo tekevänsä yötöitä ilman palkkaa. Mitä minun pitää tehdä?", "fi"),
    ("Lapsi on kadonnut lastenkodista. Mitä teemme nyt?", "fi"),
    ("En elev säger att han arbetar nätter utan lön. Vad ska jag göra?", "sv"),
    # A described situation and a how-question of the asker's own.
    ("A boy told me that a man forces him to work. How should I write down what he said?", "en"),
    ("Flickan talar bara tigrinja och kusinen vill tolka. Hur ordnar jag samtalet?", "sv"),
    # ... asked before the story, or before a second question.
    ("Keneen otan yhteyttä ensin? Kymmenvuotias kertoi, että isä lyö häntä joka ilta.", "fi"),
    ("Eleven berättar att hon måste jobba utan lön. Hur gör jag anmälan? Får jag mejla den?", "sv"),
    # Finnish "how should one proceed", and "whom must one notify" (a modal verb without a pronoun).
    ("Yhdeksänvuotiaalla oli taas mustelmia käsivarsissa. Miten tästä pitäisi edetä?", "fi"),
    ("Tyttö kertoi, että hänet viedään kesällä naimisiin. Kenelle tästä pitää ilmoittaa?", "fi"),
    # A story and a question whether the asker may, must or should act in it: how to act in it.
    ("A 9-year-old has a bruise on her cheek and says her dad pushed her. should i talk to the parents first or what?",
     "en"),
    ("A boy of 15 says older guys make him deliver packages to pay off a debt. Do I need to report this?", "en"),
    ("12-vuotias kertoi, että isä lyö häntä vyöllä. Ilmoitanko lastensuojeluun vai puhunko ensin vanhempien kanssa?",
     "fi"),
    ("Poika on ollut kolme yötä poissa ja palasi rahan kanssa. Pitääkö minun ilmoittaa poliisille?", "fi"),
    ("En elev på 11 år säger att hennes bror slår henne. Måste jag göra anmälan själv eller kan rektorn göra den?",
     "sv"),
    # An adverb between the question word and the verb, typed in a hurry and without a question mark.
    ("the dad is drunk and shouting and the toddler is crying. what exactly do I do", "en"),
    ("Pojken har inte kommit tillbaka till gruppboendet. Vad mer ska vi göra?", "sv"),
])
def test_a_question_asking_what_to_do_is_a_situation(question, language):
    assert asks_what_to_do(question, language)


@pytest.mark.parametrize("question, language", [
    ("What is a Barnahus?", "en"),
    ("How long is the reflection period for a victim of trafficking?", "en"),
    ("Mitä lastensuojelulain 25 § sanoo ilmoitusvelvollisuudesta?", "fi"),
    ("Vem har anmälningsskyldighet enligt barnskyddslagen?", "sv"),
    # A yes/no question without a story asks for a fact; so does a story's question about someone else.
    ("Must I make the notification myself?", "en"),
    ("Pitääkö minun tehdä lastensuojeluilmoitus itse?", "fi"),
    ("My client is 17 and pregnant. Is she a child under Finnish law?", "en"),
    ("Asiakkaani on 17-vuotias. Onko hän laissa lapsi?", "fi"),
    ("What exactly is a reflection period?", "en"),
])
def test_a_question_of_fact_is_not(question, language):
    assert not asks_what_to_do(question, language)


@pytest.mark.parametrize("question, language", [
    ("Olen kooliõde. 14-aastane tüdruk räägib, et kasuisa lööb teda. Mida ma peaksin tegema?", "et"),
    ("Zēns stāsta, ka viņam jāstrādā bez algas. Ko man tagad darīt?", "lv"),
    ("Mergaitė pasakoja, kad patėvis ją muša. Ką turėčiau daryti?", "lt"),
    ("Uczennica mówi, że ojciec ją bije. Co powinnam zrobić?", "pl"),
    ("Ein Junge erzählt, dass er nachts ohne Lohn arbeiten muss. Wie muss ich vorgehen?", "de"),
    ("En pige fortæller, at hendes familie vil gifte hende bort. Hvad skal jeg gøre?", "da"),
    ("En gutt forteller at han må selge narkotika for å betale en gjeld. Hva skal jeg gjøre?", "nb"),
    ("Дівчина каже, що дорослий чоловік забрав її паспорт. Що мені робити?", "uk"),
    ("Мальчик сказал, что отчим его бьёт. Что мне делать?", "ru"),
    ("Мальчик рассказал, что взрослые заставляют его продавать наркотики. Обязана ли я сообщить в полицию?", "ru"),
    ("Ein Schüler sagt, dass sein Vater ihn schlägt, wenn er schlechte Noten hat. Muss ich das melden?", "de"),
    ("Skolniece stāsta, ka tēvs viņu sit. Vai man jāziņo policijai?", "lv"),
    # A described situation and a how-question of the asker's own, or with an infinitive and no pronoun.
    ("Chłopiec mówi, że wuj zabrał mu paszport. Jak zgłosić to do opieki nad dziećmi?", "pl"),
    ("Ein Mädchen spricht nur Tigrinya und der Cousin will dolmetschen. Wie organisiere ich das Gespräch?", "de"),
    # A yes/no question about the asker's own action, joined to "and how" (heldout-baltic-situations hbs-ru-03).
    ("Подросток постоянно убегает по ночам, и мы подозреваем, что его используют. "
     "Можем ли мы запретить ему выходить и как это правильно сделать?", "ru"),
    ("Підліток постійно тікає вночі з нашого закладу. Чи можемо ми заборонити йому виходити і як це зробити?", "uk"),
])
def test_a_question_asking_what_to_do_in_another_asker_language_is_a_situation(question, language):
    assert asks_what_to_do(question, language)


@pytest.mark.parametrize("question, language", [
    ("Kui pikk on inimkaubanduse ohvri järelemõtlemisaeg?", "et"),
    ("Kas ir Barnahus un vai tāds ir Somijā?", "lv"),
    ("Kas skiria atstovą be palydos atvykusiam vaikui?", "lt"),
    ("Co mówi artykuł 26 konwencji Rady Europy?", "pl"),
    ("Wer entscheidet über die Rückführung eines Kindes ins Heim?", "de"),
    ("Hvem kan henvise et barn til hjælpesystemet?", "da"),
    ("Hva sier artikkel 19 i barnekonvensjonen?", "nb"),
    ("Хто призначає представника дитині без супроводу?", "uk"),
    ("Что такое Барнахус и есть ли он в Финляндии?", "ru"),
    # Whether "they" must act is a fact, also after a story; "and how often" asks for a frequency.
    ("Девочка живёт в центре приёма в Финляндии. Обязаны ли её выслушать, прежде чем принять решение?", "ru"),
    ("Our home brought back a boy who ran away last weekend. Do we have to record the search, and how often?", "en"),
])
def test_a_question_of_fact_in_another_asker_language_is_not(question, language):
    assert not asks_what_to_do(question, language)


def test_the_asking_sentence_is_searched_apart_from_the_story():
    assert asking_sentence("A pupil works nights. His uncle keeps his passport. What must I do?") == "What must I do?"
    assert asking_sentence("What is a Barnahus?") == "What is a Barnahus?"


def test_a_situations_near_ties_in_meaning_are_decided_by_its_other_searches():
    """A story matches many guide sections almost equally: in a situation a dense hit counts one place per 0.02 of
    similarity below the best (``SITUATION_TIE``), so near-ties are nearly level and the keyword side decides; a
    factual question keeps the ranks."""
    from assistant.documents import Chunk
    from assistant.retrieval import SITUATION_TIE, fuse

    def chunk(name: str) -> Chunk:
        return Chunk(source=f"{name}.en.md", version="v" * 16, ordinal=0, text=name, locator=name, title=name,
                     language="en", doc_type="guide")

    report, interpreter, far = chunk("report"), chunk("interpreter"), chunk("far")
    dense = [(report, 0.531), (interpreter, 0.524), (far, 0.40)]
    keyword = [(interpreter, 12.0), (far, 3.0)]
    ranked = [p.chunk.source for p in fuse(dense, keyword, 0.1)]
    tied = [p.chunk.source for p in fuse(dense, keyword, 0.1, tie=SITUATION_TIE)]
    assert ranked[0] == "report.en.md"
    assert tied[0] == "interpreter.en.md"  # 0.007 below the best: level with it, and the keyword side agrees
    assert tied[-1] == "far.en.md"  # 0.13 below: never ranked higher than its own rank


def test_steps_and_source_lists_are_recognised_by_their_heading():
    assert is_step("Step 2: Make a child welfare notification without delay")
    assert is_step("Guide > 3. vaihe: Ilmoita epäilystä poliisille")
    assert is_step("Steg 4: Hänvisa barnet till hjälpsystemet")
    assert not is_step("Stepchildren and foster care")
    assert is_source_list("Guide > Sources") and is_source_list("Lähteet") and is_source_list("Källor")
    assert not is_source_list("Sources of funding for shelters")


DOCS = {
    "guides/steps.en.md": """---
title: Suspected exploitation of a child, step by step
language: en
type: guide
---
# Suspected exploitation of a child, step by step

## Step 1: Make a child welfare notification
Notify the child welfare services of the wellbeing services county without delay. The duty applies notwithstanding confidentiality.

## Step 2: Report the suspicion to the police
Report a suspected offence against a child to the police as well. Both notifications are made.

## Step 3: Call the assistance system's advice line
Call the advice line of the assistance system for victims, 029 546 3177, to refer the child. The line answers around the clock.

## Sources
- Child Welfare Act 417/2007, section 25 and the assistance system's guidance on referrals of children.
""",
    "guides/labour.en.md": """---
title: Signs of labour exploitation of a child
language: en
type: guide
---
# Signs of labour exploitation of a child

## Work without pay
A child who works long hours without pay, at night or instead of school may be exploited for labour. A relative who keeps the child's passport is a sign of control.
""",
    "cases/restaurant.en.md": """---
title: "Training case: a boy working in a restaurant kitchen"
language: en
type: practice-record
---
# Training case: a boy working in a restaurant kitchen

## What happened
A 15-year-old boy worked nights without pay in his uncle's restaurant kitchen, and his uncle kept his passport. The school nurse made a child welfare notification on the same day.
""",
}

QUESTION = ("I am a school counsellor. A 15-year-old pupil says he must work nights in his uncle's restaurant "
            "without pay, and his uncle keeps his passport. What must I do?")


@pytest.fixture(scope="module")
def assistant(small_assistant) -> Assistant:
    return small_assistant(DOCS, "situations")


def test_a_situation_is_answered_with_the_guides_steps_in_order_and_the_case_as_an_example(assistant):
    answer = assistant.ask(QUESTION)
    assert not answer.abstained, answer.abstain_reason
    main, example = [b for b in answer.blocks if isinstance(b, SentencesBlock)]
    texts = [s.text for s in main.sentences]
    steps = [next(i for i, t in enumerate(texts) if words in t)
             for words in ("Notify the child welfare services", "to the police", "029 546 3177")]
    assert steps == sorted(steps), texts  # the steps in the guide's order
    # Each step's first sentence comes with the step's heading, in the text as in the chat tab's quote blocks.
    labels = [s.label for s in main.sentences if s.label]
    assert labels == ["Step 1: Make a child welfare notification", "Step 2: Report the suspicion to the police",
                      "Step 3: Call the assistance system's advice line"], labels
    assert "- Step 2: Report the suspicion to the police — " in answer_text(answer)
    assert "**Step 2: Report the suspicion to the police**\n>" in answer_markdown(answer)
    assert not any("restaurant kitchen" in t for t in texts)  # the case is not presented as guidance
    assert example.example and example.lead == prompts.EXAMPLE_LEAD["en"]
    assert any("uncle" in s.text for s in example.sentences)
    # A document's own list of sources is never quoted as the answer.
    assert not any("Child Welfare Act 417/2007, section 25" in t for t in texts)
    cited = {c.source for c in answer.citations}
    assert {"guides/steps.en.md", "cases/restaurant.en.md"} <= cited


def test_a_question_of_fact_is_answered_as_before(assistant):
    answer = assistant.ask("What number is the advice line of the assistance system for victims?")
    assert not answer.abstained
    assert not any(b.example for b in answer.blocks if isinstance(b, SentencesBlock))
    assert "029 546 3177" in " ".join(s.text for s in answer.sentences)


STORY = ("I am a school counsellor. A 15-year-old pupil says he must work nights in his uncle's restaurant without pay, "
         "and his uncle keeps his passport. What number does the advice line of the assistance system have?")


def test_a_story_that_asks_one_thing_is_answered_then_given_the_guides_steps(assistant):
    """A story that asks its own question gets the answer to it first, then what the guidance says to do in such a
    situation, under its own lead, cited to passages the answer carries."""
    answer = assistant.ask(STORY)
    assert not answer.abstained, answer.abstain_reason
    main, steps = [b for b in answer.blocks if isinstance(b, SentencesBlock)]
    assert "029 546 3177" in " ".join(s.text for s in main.sentences)
    assert steps.steps and steps.lead == prompts.STORY_STEPS_LEAD["en"]
    texts = [s.text for s in steps.sentences]
    assert 1 <= len(texts) <= assistant.settings.story_steps, texts
    assert not set(texts) & {s.text for s in main.sentences}  # what the answer said already is not said again
    cited = {c.n: c for c in answer.citations}
    assert {cited[n].source for s in steps.sentences for n in s.citations} == {"guides/steps.en.md"}
    passages = {(p.chunk.source, p.chunk.locator) for p in answer.passages}
    assert all((cited[n].source, cited[n].locator) in passages for s in steps.sentences for n in s.citations)
    assert [p.rank for p in answer.passages] == list(range(1, len(answer.passages) + 1))
    assert prompts.STORY_STEPS_LEAD["en"] in answer_markdown(answer)


def test_a_question_without_a_story_gets_no_steps_and_none_when_turned_off(assistant):
    plain = assistant.ask("What number does the advice line of the assistance system have?")
    assert not any(b.steps for b in plain.blocks if isinstance(b, SentencesBlock))
    off = Assistant(assistant.settings.model_copy(update={"story_steps": 0}), assistant.store)
    assert not any(b.steps for b in off.ask(STORY).blocks if isinstance(b, SentencesBlock))


def test_a_situation_in_a_language_no_document_is_in_gets_the_guides_steps_even_when_none_was_found(assistant):
    """Across languages the search finds the guidance on a story weakest (``Retriever.with_steps``, ``always``, which
    ``retrieve`` asks for every situation)."""
    labour = assistant.store.catalog.chunks_of("guides/labour.en.md")[0]
    found = [Passage(chunk=labour, score=0.5)]
    assert assistant.retriever.with_steps(found) == found  # without ``always`` the search decides
    steps = [p.chunk.locator for p in assistant.retriever.with_steps(found, always=True)[1:]]
    assert [is_step(locator) for locator in steps] == [True, True, True] and steps == sorted(steps), steps
    assert assistant.retriever.step_guides.in_language("et") == "guides/steps.en.md"  # the English one for Estonian
    estonian = ("Olen koolikuraator. 15-aastane õpilane ütleb, et ta peab öösiti onu restoranis tasuta töötama. "
                "Mida ma pean tegema?")
    assert asks_what_to_do(estonian, "et")
    passages = assistant.retriever.retrieve(estonian, language="et", situation=True).passages
    assert sum(is_step(p.chunk.locator) for p in passages) == 3


def test_a_question_that_tells_a_story_is_told_apart_from_one_that_only_asks():
    assert tells_a_story("My pupil (9) says her father locks her in a cupboard. Should I talk to the parents first?")
    assert tells_a_story("im a teacher, a pupil told me something bad today. should i call the parents or what?")
    assert not tells_a_story("Should I talk to the parents first?")
    assert not tells_a_story("Who decides? Who pays?")  # two questions, no story
    assert not tells_a_story("A pupil told me her father hits her.")  # a story that asks nothing


@pytest.mark.parametrize("question, language", [
    ("A boy in my group keeps saying his stepdad 'goes mental' at night and he sleeps at a friend's. Am I overreacting?",
     "en"),
    ("A girl in year 8 gets new clothes from an older 'friend' who picks her up by car. Is this something to worry about",
     "en"),
    ("Päiväkodin 4-vuotias sanoi, että äiti itkee aina kun isä tulee kotiin. En tiedä onko tämä mitään.", "fi"),
    ("Oppilas jätti pöydälleni lapun, jossa lukee ettei hän halua kotiin. Miten tästä eteenpäin?", "fi"),
    ("En elev berättade att pappan 'blir arg' när han dricker och att hon då gömmer sig. Överreagerar jag?", "sv"),
    ("Ein Schüler erzählt, dass er am Wochenende für seinen Onkel Pakete ausfährt. Ich weiß nicht, ob das etwas ist.",
     "de"),
    ("Uczennica mówi, że wujek zabiera jej paszport 'dla bezpieczeństwa'. Nie wiem, czy to coś poważnego.", "pl"),
    ("Skolniece stāsta, ka tēvs naktīs kliedz un viņa slēpjas skapī. Nezinu, vai par to vispār jāuztraucas", "lv"),
    ("Учениця каже, що вдома 'всі кричать' і вона не хоче йти додому. Не знаю, чи це щось серйозне.", "uk"),
])
def test_a_calm_story_that_asks_whether_it_calls_for_anything_asks_what_to_do(question, language):
    """The worried professional of a calm story asks whether anything must be done at all: the guidance's steps for
    such a case answer that, as they answer "what do I do"."""
    assert asks_what_to_do(question, language)


@pytest.mark.parametrize("question, language", [
    ("Is there something like a reflection period for her, and who grants it?", "en"),  # a fact, no story
    ("I am not sure whether the act changed in 2023. When did section 25 change?", "en"),  # asks a fact after
    ("Am I overreacting?", "en"),  # nothing told
    ("En tiedä onko laki muuttunut. Milloin 25 § muuttui?", "fi"),
])
def test_an_unsure_word_without_a_story_or_before_a_factual_question_is_no_situation(question, language):
    assert not asks_what_to_do(question, language)


def test_the_words_of_a_story_are_not_what_its_question_asks_about(assistant):
    """The words signal (no document contains ...) reads what a question asks, not the story told before it: a pupil's
    cupboard, bruise and divorcing parents are what happened, not a topic the knowledge base lacks."""
    from assistant.retrieval import Retrieved

    story = ("im a teacher at a primary school in espoo, one of my pupils said daddy puts her in the cupboard and she "
             "had a bruise on her cheek on monday, the parents are divorcing. should i talk to the parents first or what?")
    found = assistant.retriever.retrieve(story, language="en")
    weak = Retrieved(found.passages, assistant.settings.refusal_term_band - 0.01, 0.0, 0.0)
    assert assistant.refusal.off_topic(story, "en", weak) is None
    asked_alone = "Is a cupboard, a bruise on the cheek or divorcing parents in espoo a reason to talk to the parents?"
    assert assistant.refusal.off_topic(asked_alone, "en", weak).signal == "uncovered_terms"


@pytest.mark.parametrize("question, language", [
    ("A boy in my class says older lads make him carry parcels for them. who do i tell", "en"),
    ("Poika kertoi, että isoveli lukitsee hänet kellariin. kelle tästä pitää ilmottaa", "fi"),
    ("En elev berättar att hon inte får gå ut utan sin bror. Vem ska jag kontakta?", "sv"),
    ("Ein Mädchen sagt, dass der Onkel ihren Pass behält. An wen wende ich mich?", "de"),
    ("Uczeń mówi, że wujek zabiera mu wszystkie pieniądze z pracy. Do kogo się zwrócić?", "pl"),
    ("Хлопчик каже, що вітчим його б'є. До кого мені звернутися?", "uk"),
    ("tyttö sano et äidin kaveri ottaa siitä kuvia mitä mä teen", "fi"),
])
def test_asking_whom_to_tell_is_asking_what_to_do(question, language):
    assert asks_what_to_do(question, language)


def test_a_message_without_a_question_mark_asks_in_its_last_sentence():
    assert asking_sentence("He has a bruise on his back. His brother did it. who do i tell") == "who do i tell"


def test_a_duty_question_whose_condition_tells_the_story_tells_a_story():
    """The condition's words (the partner, the wall) are what happened, not what is asked."""
    question = "Must I make a notification if a 9-year-old says her mother's partner pushes her into the wall?"
    assert tells_a_story(question, "en") and not tells_a_story(question)
    assert asking_sentence(question, "en") == "Must I make a notification"
    finnish = "Pitääkö ilmoitus tehdä, jos 8-vuotias kertoo, että isäpuoli jättää hänet ulos yöksi rangaistukseksi?"
    assert asking_sentence(finnish, "fi") == "Pitääkö ilmoitus tehdä"
    assert not tells_a_story("Must I make a notification if the child is 15?", "en")  # a term, not a story
    assert not tells_a_story("What does the law say if a child is missing from a group home for a night?", "en")


@pytest.mark.parametrize("question, language", [
    ("Kāds sods Latvijā paredzēts par cilvēku tirdzniecību saskaņā ar Krimināllikuma 154.1 pantu?", "lv"),
    ("Mitu lastekaitseteatist tehti Soomes 2024. aastal?", "et"),
    ("Kiek vaikų 2023 m. buvo nustatyta kaip prekybos žmonėmis aukos?", "lt"),
    ("Was regelt § 8a SGB VIII seit dem 1.1.2012?", "de"),
])
def test_a_number_or_an_ordinal_does_not_end_the_asking_sentence(question, language):
    """A section number ("154.1"), a date or an ordinal with its full stop ("2024. aastal") is inside one question:
    cut there, the question would seem to tell a story, and its last words alone would be what it asks (the
    country it asks about, "Latvijā", left behind)."""
    assert not tells_a_story(question, language)
    assert asking_sentence(question, language) == question


def test_a_number_at_the_end_of_a_hurried_sentence_still_ends_it_in_english():
    assert asking_sentence("shes 15. who do i tell", "en") == "who do i tell"
    assert asking_sentence("8. klassi tüdruk ütleb, et isa lööb teda. Kellele ma pean teatama?", "et") \
        == "Kellele ma pean teatama?"


def test_of_two_step_by_step_guides_the_one_found_comes_first_else_the_general_one(tmp_path):
    """knowledge/ has two step-by-step guides (suspected trafficking, the general one; violence at home): a
    situation in a language no document is in gets the steps of the one whose sections the search found, and
    the general one's (``Settings.general_step_guide``) when it found neither: never the first by name."""
    from assistant.documents import Chunk, DocumentRecord
    from assistant.step_guides import StepGuides
    from assistant.store.catalog import Catalog

    catalog = Catalog(tmp_path / "catalog.sqlite3")
    for source in ("practice/violence-at-home.en.md", "practice/steps.en.md", "practice/steps.fi.md"):
        sections = ["When to use this guide", "Step 1: Call 112", "Step 2: Notify", "Step 3: Write it down"]
        language = source.split(".")[-2]
        chunks = [Chunk(source, "v1", n, f"{s} text", s, "Guide", language, "guide") for n, s in enumerate(sections)]
        catalog.publish(DocumentRecord(source, "v1", "Guide", language, "guide", len(chunks),
                                       "2026-12-06T00:00:00+00:00"), chunks)
    guides = StepGuides(catalog, "practice/steps")
    assert guides.in_language("en") == "practice/steps.en.md"
    assert guides.in_language("en", among=["practice/other.en.md", "practice/violence-at-home.en.md"]) \
        == "practice/violence-at-home.en.md"
    assert guides.in_language("fi", among=["practice/violence-at-home.en.md"]) == "practice/steps.fi.md"
    assert guides.in_language("et") == "practice/steps.en.md"  # no Estonian documents: the English one
    assert StepGuides(catalog, "").in_language("en") == "practice/steps.en.md"  # without a general one: by name


def _passage(source: str, ordinal: int, locator: str, text: str, rank: int) -> Passage:
    chunk = Chunk(source=source, version="v1", ordinal=ordinal, text=text, locator=locator, title=source,
                  language="en", doc_type="guide")
    return Passage(chunk=chunk, score=1.0 / rank, rank=rank)


def test_two_guides_same_step_is_one_step_under_one_heading():
    """The guide on violence at home and the general guide share "Make a child welfare notification without delay": the
    other guide's sentence on it follows the given guide's, under one heading, and no sentence is dropped."""
    general, violence = "practice/steps.en.md", "practice/violence.en.md"
    steps = ["If the child is in immediate danger, call 112", "Make a child welfare notification without delay",
             "Report the suspicion to the police"]
    passages = [_passage(violence, 3, "At home > Step 2: Make a child welfare notification without delay",
                         "Notify the child welfare services at once when a child tells you about violence at home.", 1),
                _passage("practice/talking.en.md", 1, "Talking > Listen first",
                         "Let the child tell in their own words and write down what the child says.", 2)]
    passages += [_passage(general, n, f"Steps > Step {n}: {step}", f"{step}, as this guide tells you to do it.", 2 + n)
                 for n, step in enumerate(steps, 1)]
    draft = ExtractiveAnswerer().steps("A pupil says her father hits her at home. What must I do?", passages)
    texts = [s.text for s in draft.sentences]
    assert [s.label for s in draft.sentences if s.label] == [f"Step {n}: {step}" for n, step in enumerate(steps, 1)]
    second = texts.index("Make a child welfare notification without delay, as this guide tells you to do it.")
    assert texts[second + 1].startswith("Notify the child welfare services at once")
    assert not draft.sentences[second + 1].label
    assert any(t.startswith("Let the child tell") for t in texts)



def test_another_guides_line_that_only_repeats_a_steps_heading_is_not_quoted():
    """The pocket guide's item "2. Make a child welfare notification without delay" says no more than the step-by-step
    guide's heading "Step 2: ...", which heads that step's own sentences: it is not quoted beside them, and the pocket
    guide's sentence that says more still is."""
    general, pocket = "practice/steps.en.md", "practice/pocket.en.md"
    steps = ["If the child is in immediate danger, call 112", "Make a child welfare notification without delay"]
    passages = [_passage(pocket, 1, "Pocket guide > page 1",
                         "2. Make a child welfare notification without delay\n\n"
                         "Describe what you see and say that the person at risk is a child.", 1)]
    passages += [_passage(general, n, f"Steps > Step {n}: {step}", f"{step}, as this guide tells you to do it.", 1 + n)
                 for n, step in enumerate(steps, 1)]
    texts = [s.text for s in ExtractiveAnswerer().steps("A pupil has bruises. What must I do?", passages).sentences]
    assert "2. Make a child welfare notification without delay" not in texts
    assert "Describe what you see and say that the person at risk is a child." in texts
    assert "Make a child welfare notification without delay, as this guide tells you to do it." in texts
