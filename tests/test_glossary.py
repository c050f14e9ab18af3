"""The domain glossary: a question's terms found in its own language, inflected, and their English appended."""

from __future__ import annotations

import pytest

from assistant.text.glossary import GLOSSARY_FILE, Glossary, GlossaryError, default_glossary, read_terms

HEADER = "en\tfi\tsv\tlv\tlt\tet\n"
ROWS = [
    "residence permit\toleskelulupa\tuppehållstillstånd\tuzturēšanās atļauja\tleidimas gyventi\telamisluba",
    "victim of trafficking | trafficking victim\tihmiskaupan uhri\toffer för människohandel\tcilvēku tirdzniecības upuris"
    "\tprekybos žmonėmis auka\tinimkaubanduse ohver",
    "police\tpoliisi\tpolisen\tpolicija\tpolicija\tpolitsei",
    "child\tlapsi\tbarn\tbērns\tvaikas\tlaps",
]


@pytest.fixture
def glossary(tmp_path):
    path = tmp_path / "glossary.tsv"
    path.write_text("# a test glossary\n" + HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return Glossary.load(path)


def test_inflected_terms_are_found_and_their_english_appended(glossary):
    question = "Kādos gadījumos Somijā cilvēku tirdzniecības upurim piešķir uzturēšanās atļauju?"
    expanded = glossary.expand(question, "lv")
    assert expanded.startswith(question)
    assert expanded.endswith("(victim of trafficking; residence permit)")


def test_words_of_a_term_match_in_any_order_but_close_together(glossary):
    assert "residence permit" in glossary.expand("Kas leidimą gyventi gali gauti?", "lt")
    assert "residence permit" in glossary.expand("Ar gali gauti gyventi leidimą?", "lt")
    far = "Leidimas, kurį gavo mano klientas, kai jis atvyko į šalį prieš daug metų, leido gyventi čia."
    assert "residence permit" not in glossary.expand(far, "lt")


def test_a_question_without_terms_or_in_english_is_left_as_it_is(glossary):
    assert glossary.expand("Kur atrodas Rīga?", "lv") == "Kur atrodas Rīga?"
    assert glossary.expand("Can a child get a residence permit?", "en") == "Can a child get a residence permit?"


def test_a_short_word_must_match_exactly_not_by_its_beginning(glossary):
    assert glossary.terms_in("Mana lapsa", "lv") == []
    assert [t.wording("en") for t in glossary.terms_in("Policijai jāziņo", "lv")] == ["police"]


def test_a_malformed_glossary_names_the_file_the_line_and_the_problem(tmp_path):
    path = tmp_path / "glossary.tsv"
    path.write_text(HEADER + "residence permit\toleskelulupa\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"glossary.tsv, line 2: 2 cells, the header has 6"):
        read_terms(path)
    path.write_text("fi\tsv\nlapsi\tbarn\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="no 'en' column"):
        read_terms(path)


def test_the_shipped_glossary_reads_and_covers_every_asker_language():
    glossary = default_glossary()
    assert glossary is not None and len(glossary.terms) >= 300, GLOSSARY_FILE
    assert {"en", "fi", "sv", "et", "lv", "lt", "pl", "de", "da", "nb", "uk", "ru"} <= glossary.languages()
    assert all(term.wording("en") for term in glossary.terms)


def test_the_background_warm_up_indexes_every_language_while_a_question_gets_its_terms(glossary, monkeypatch):
    """`assistant serve` serves while the glossary's languages are indexed in a thread (about 6 s for the shipped
    one); a question meanwhile finds the same terms as after, and no language is indexed twice."""
    import assistant.text.glossary as module

    monkeypatch.setattr(module, "default_glossary", lambda: glossary)
    question = "Kādos gadījumos Somijā cilvēku tirdzniecības upurim piešķir uzturēšanās atļauju?"
    thread = module.warm_up(background=True)
    meanwhile = glossary.expand(question, "lv")
    thread.join(timeout=60)
    assert not thread.is_alive() and thread.daemon
    assert set(glossary._index) == glossary.languages() - {"en"}
    assert meanwhile == glossary.expand(question, "lv") and meanwhile.endswith("residence permit)")


def test_a_compound_the_dictionary_lacks_is_not_cut_down_to_its_first_word():
    """simplemma's rules read Estonian "lapstöö" (child labour) as "laps" (child): the term then matched every
    question about a child. Such a cut is refused in the languages only the glossary reads."""
    glossary = default_glossary()
    assert "child labour" not in glossary.expand("Kuhu helistada, kui laps on ohus?", "et")
    assert "child labour" not in glossary.expand("Kas tõlgiks võib kasutada lapse onu?", "et")
    assert "child labour" in glossary.expand("Kas lapstöö on Soomes keelatud?", "et")


def test_a_word_written_apart_matches_the_term_written_as_one():
    """Askers split what the glossary writes as one word: an Estonian particle verb ("üle kuulata", to interview:
    "ülekuulamine") or a compound ("lastekaitse teatis")."""
    glossary = default_glossary()
    assert "interview with the child" in glossary.expand("Mitu korda tohib last üle kuulata?", "et")
    assert "child welfare notification" in glossary.expand("Kes peab tegema lastekaitse teatise?", "et")
