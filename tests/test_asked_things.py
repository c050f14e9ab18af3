"""What a near-topic question asks for beyond figures (``assistant/asked_things.py``): recognised in the asking
sentence of a question in any asker language, never in a situation's story, and given only by a sentence that names one.
Pure functions: no model is loaded (the refusal through the pipeline is in tests/test_specific_facts.py)."""

from __future__ import annotations

import pytest

from assistant import prompts
from assistant.asked_things import carries_thing, things_asked
from assistant.specific_facts import FactAsked, facts_asked, missing_facts


@pytest.mark.parametrize("question, kinds", [
    ("Is there a mobile app that teachers can use to report suspected trafficking?", ["app"]),
    ("Onko Suomessa käytössä jokin sovellus, jolla nuori voi ilmoittaa hyväksikäytöstä?", ["app"]),
    ("Finns det en app där kuratorer kan anmäla misstänkt barnäktenskap?", ["app"]),
    ("Which form number do I use for a child welfare notification?", ["form"]),
    ("Mikä on Kelan lomakkeen numero?", ["form"]),
    ("Which forensic interview protocol should a Barnahus use with a 6-year-old?", ["method"]),
    ("Millä menetelmällä lapsen iän voi arvioida?", ["method"]),
    ("Vilken intervjumetod ska en tolk lära sig?", ["method"]),
    ("In which city is the helpline's office?", ["place"]),
    ("Missä kaupungissa Barnahus-yksiköt sijaitsevat?", ["place"]),
    ("I vilken stad finns enheten?", ["place"]),
    ("Who is the current head of the assistance system?", ["person"]),
    ("Kuka johtaa tällä hetkellä auttamisjärjestelmää?", ["person"]),
    ("Vem är chef för Brottsofferjouren just nu?", ["person"]),
    ("Will the duty to notify be extended to coaches next year?", ["future"]),
    ("Aiotaanko ilmoitusvelvollisuutta laajentaa tulevaisuudessa?", ["future"]),
    ("Kommer reflektionsperioden att förlängas under de kommande åren?", ["future"]),
    ("Is child trafficking more common in Finland than in Sweden?", ["comparison"]),
    ("Onko lapsiavioliitto yleisempää Virossa vai Suomessa?", ["comparison"]),
    ("How long does a court usually take to appoint a guardian?", ["typical"]),
    ("Kuinka kauan esitutkinta yleensä kestää?", ["typical"]),
    ("Hur länge brukar det ta innan Migrationsverket fattar beslut?", ["typical"]),
    # The region's other languages ask for the same things.
    ("Kas on olemas äpp, millega noor saab teatada?", ["app"]),
    ("Kā sauc veidlapu, ar kuru ziņo par bērnu?", ["form"]),
    ("Jaki kwestionariusz stosuje szkoła do oceny ryzyka?", ["method"]),
    ("In welcher Stadt befindet sich die Beratungsstelle?", ["place"]),
    ("Hvem leder hjælpesystemet i dag?", ["person"]),
    ("Vil fristen bli forlenget neste år?", ["future"]),
    ("Ar prekyba vaikais Suomijoje labiau paplitusi nei Lietuvoje?", ["comparison"]),
    ("Сколько времени обычно занимает проверка?", ["typical"]),
    ("Onko LASTA-malli mielestäsi hyvä ratkaisu?", ["opinion"]),
    ("Was ist Ihrer Meinung nach der beste Weg?", ["opinion"]),
    ("Как вы считаете, стоит ли звонить родителям?", ["opinion"]),
])
def test_the_thing_asked_is_recognised(question, kinds):
    assert things_asked(question) == kinds
    assert set(kinds) <= {f.kind for f in facts_asked(question)}


@pytest.mark.parametrize("question", [
    "What is a Barnahus?",
    "Mitä lastensuojelulain 25 § sanoo ilmoitusvelvollisuudesta?",
    "Vad är ett ombud för ett ensamkommande barn?",
    "What forms of exploitation does the Palermo Protocol name?",  # "forms of", not a form to fill in
    "How long is the reflection period?",  # the law's limit, not how long something usually takes
    "Who makes the decision to admit a child to the assistance system?",  # a body, not a person's name
    # A story's app, form or place is what happened, not what is asked.
    "A 13-year-old sends pictures to a man through an app on her phone. What should I do?",
    "Tyttö kertoi, että hänen isänsä täytti lomakkeen hänen puolestaan Tampereella. Mitä minun pitää tehdä?",
    # A copula between the question word and a named protocol asks what it says, not which protocol is used.
    "Kāds ir Stambulas protokola mērķis?",
    "Welche Frist gilt für die Meldung?",
    "Kāda ir bērna pārstāvja loma?",
])
def test_questions_that_ask_for_no_such_thing(question):
    assert things_asked(question) == []


def test_a_year_abbreviated_in_the_asking_sentence_does_not_end_it():
    question = "Ar, jūsų nuomone, 2019–2025 m. projektas pavyko?"
    assert things_asked(question, "lt") == ["opinion"]
    assert "opinion" in {f.kind for f in facts_asked(question, "lt")}


def test_each_thing_is_given_only_by_a_sentence_that_names_one():
    assert carries_thing("Nettivihje is a web service; the app Someturva lets a pupil report harassment.", "app")
    assert not carries_thing("A report to Nettivihje can be made anonymously on the web page.", "app")
    assert carries_thing("The 112 Suomi application sends the caller's location automatically.", "app")
    assert not carries_thing("The application was submitted before the child turned 18.", "app")
    assert not carries_thing("An application for release is decided by the district court.", "app")
    assert carries_thing("The Joutseno reception centre maintains the assistance system.", "place") is False
    assert carries_thing("The assistance system is maintained by the reception centre in Joutseno.", "place")
    assert carries_thing("Auttamisjärjestelmä toimii Joutsenossa.", "place")
    assert not carries_thing("The assistance system operates in Finland.", "place")  # a country is no city
    assert carries_thing("The unit is led by Anna Virtanen.", "person")
    assert not carries_thing("Decisions are made by the director of the Joutseno reception centre.", "person")
    assert carries_thing("A government proposal to extend the duty was given in 2025.", "future")
    assert not carries_thing("A person proposed for the assistance system is admitted.", "future")
    assert carries_thing("The amendment enters into force on 1 January 2099.", "future")
    assert not carries_thing("The duty to notify applies to teachers and nurses.", "future")
    assert carries_thing("In 2023, 12 % of the victims were children.", "comparison")
    assert carries_thing("The investigation takes on average three months.", "typical")
    assert not carries_thing("A representative is appointed without delay.", "typical")
    assert carries_thing("THL recommends that the notification is made by phone.", "opinion")
    assert not carries_thing("The notification is made to the wellbeing services county.", "opinion")


def test_what_is_missing_is_said_in_each_asker_language():
    assert [f.kind for f in missing_facts("Who is the current head of the assistance system?",
                                          ["The assistance system is maintained by the Joutseno reception centre."])] \
        == ["person"]
    for kind in ("app", "form", "method", "place", "person", "future", "comparison", "typical", "opinion"):
        assert set(prompts.FACT_KINDS[kind]) == set(prompts.FACT_NOT_GIVEN), kind
    assert FactAsked("app").kind == "app"
