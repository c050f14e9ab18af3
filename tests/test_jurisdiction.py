"""Which country a question asks about as a place (assistant/jurisdiction.py): not origin, language or nationality."""

from __future__ import annotations

import pytest

from assistant.jurisdiction import places_asked_about, unmentioned_places


def _keys(question: str, language: str) -> list[str]:
    return [c.key for c in places_asked_about(question, language)]


@pytest.mark.parametrize("question, language, expected", [
    ("What prison sentence does the Swedish Penal Code set for trafficking?", "en", ["sweden"]),
    ("How does child protection work in Estonia?", "en", ["estonia"]),
    ("What does Norway's child welfare act say about placements?", "en", ["norway"]),
    ("När måste socialnämnden i Sverige inleda en utredning?", "sv", ["sweden"]),
    ("Vad säger den tyska lagen om barnäktenskap?", "sv", ["germany"]),
    ("Vad gäller i Estland och Lettland?", "sv", ["estonia", "latvia"]),
    ("Mitä Ruotsin laki sanoo lastensuojeluilmoituksesta?", "fi", ["sweden"]),
    ("Miten lastensuojelu toimii Virossa?", "fi", ["estonia"]),
    ("Kuinka pitkä tuomio ihmiskaupasta annetaan Saksassa?", "fi", ["germany"]),
    ("Onko Sweden mukana Lanzaroten sopimuksessa?", "fi", ["sweden"]),  # English names count in any language
    # A country's government, named by the adjective, in the other asker languages.
    ("Hva heter den norske regjeringens opptrappingsplan mot vold mot barn?", "nb", ["norway"]),
    ("Welche Maßnahmen plant die schwedische Regierung gegen Kinderhandel?", "de", ["sweden"]),
    ("Какую программу приняло правительство Эстонии для детей-жертв торговли людьми?", "ru", ["estonia"]),
    # A chain of genitives between the country and its authority (Baltic languages).
    ("Ką daro Lietuvos valstybės vaiko teisių apsaugos ir įvaikinimo tarnyba?", "lt", ["lithuania"]),
    ("Kādas pilnvaras ir Latvijas Valsts bērnu tiesību aizsardzības inspekcijai?", "lv", ["latvia"]),
])
def test_a_country_asked_about_as_a_place(question, language, expected):
    assert _keys(question, language) == expected


@pytest.mark.parametrize("question, language", [
    ("A boy from Estonia was found working in a restaurant. What should we do?", "en"),  # origin
    ("The girl was taken to Sweden by her uncle. Whom do I contact?", "en"),  # destination
    ("Is the guide available in Swedish?", "en"),  # language
    ("A Swedish child is staying with a foster family. Who decides?", "en"),  # nationality
    ("Ett barn från Estland har hittats ensamt. Vad gör vi?", "sv"),
    ("Finns materialet på svenska?", "sv"),
    ("Lapsi tuli Virosta yksin. Mitä teemme?", "fi"),  # elative: origin
    ("Onko opas saatavilla ruotsin kielellä?", "fi"),
    ("Onko opas saatavilla ruotsiksi?", "fi"),
    ("How does Finnish law compare with the law in Sweden?", "en"),  # names Finland: a comparison
    ("Gäller samma sak i Finland som i Sverige?", "sv"),
    ("What does the Palermo Protocol require?", "en"),
    ("Lietuvos vaikas, kurį radome vieną, kalba tik lietuviškai. Kokia tarnyba jam padeda?", "lt"),  # a clause apart
])
def test_origin_language_nationality_and_finland_do_not_count(question, language):
    assert _keys(question, language) == []


def test_a_country_counts_only_when_no_passage_mentions_it():
    question = "How does child protection work in Sweden?"
    finnish_only = ["Lastensuojeluilmoitus on tehtävä viipymättä.", "Guiden finns också på svenska.",
                    "Opas on saatavilla ruotsiksi ja ruotsin kielellä."]
    assert [c.key for c in unmentioned_places(question, "en", finnish_only)] == ["sweden"]
    for mention in ("Cooperation with Sweden is close.", "Samarbetet med Sverige är nära.",
                    "Ruotsissa on samanlainen järjestelmä.", "Enligt svensk lag gäller annat."):
        assert unmentioned_places(question, "en", [*finnish_only, mention]) == [], mention


def test_a_situations_story_passes_through_countries_its_asking_sentence_does_not_ask_about(small_assistant):
    """A situation is asked about here: the countries its story names ("in Sweden and in Germany") are where the child
    has been, and refuse nothing; a country its asking sentence names, or a question about it, still does
    (``RefusalPolicy.off_topic``)."""
    from assistant.retrieval import Retrieved

    assistant = small_assistant({"guides/notify.en.md": """---
title: The duty to notify
language: en
type: guide
---
# The duty to notify

## Make a child welfare notification
A professional who suspects that a child needs child welfare makes a child welfare notification without delay.
"""}, "places")
    story = ("I work at a reception centre. A 16-year-old boy arrived alone last week after living in Sweden and "
             "in Germany, and today he told me he must work for a man to pay a debt. What should I do?")
    found = assistant.retriever.retrieve(story, language="en", situation=True)
    weak = Retrieved(found.passages, assistant.settings.refusal_term_band - 0.01, 0.0, 0.0)
    assert assistant.refusal.off_topic(story, "en", weak, situation=True) is None
    asked_alone = "How do the authorities in Sweden and in Germany protect a boy who must work to pay a debt?"
    assert assistant.refusal.off_topic(asked_alone, "en", weak).signal == "unmentioned_place"  # asked about there
    asks_there = story.replace("What should I do?", "What do the social services in Sweden do now?")
    assert assistant.refusal.off_topic(asks_there, "en", weak, situation=True).signal == "unmentioned_place"
