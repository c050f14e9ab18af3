"""The personal-data detector's sixth round (issue 17, branch privacy6): each new rule, pinned.

Calling someone at a number: the person between the verb and the number is a name in lower case and in its
case forms, in more languages ("ringede til mads på", "zvanīju jānim uz", "dzwoniłam do kuby na", "pls call
amina back on"), and the number after such a person is a phone even in a short national shape; a pronoun
there is nobody's name ("Soita mulle"). After a first name, a capitalised word that is no word of any
language is its surname ("Jakuba Nowickiego"), unless it is a place in a case form ("Timuriga Narvas"). The
examples are made up for these tests, in the style of the dev sets.
"""

from __future__ import annotations

import pytest

from assistant.privacy import NAME, PHONE, find_personal_data


def of_kind(text: str, kind: str) -> list[str]:
    return [f.text for f in find_personal_data(text) if f.kind == kind]


@pytest.mark.parametrize(("text", "name", "phone"), [
    ("ringede til sofie på 2741 8806 uden svar", "sofie", "2741 8806"),
    ("zvanīju pēterim uz 2655 1234, neatbild", "pēterim", "2655 1234"),
    ("dzwoniłam do marka na 0048 601-223-114, nie odbiera", "marka", "0048 601-223-114"),
    ("pls call fatima back on +44 (0)20 7946 0112", "fatima", "+44 (0)20 7946 0112"),
    ("skambinau jonui 8 612 44 567 neatsiliepė", "jonui", "8 612 44 567"),
    ("дзвонила оксані на 067-224-19-80, не відповідає", "оксані", "067-224-19-80"),
])
def test_the_person_called_at_a_number_and_the_number(text: str, name: str, phone: str) -> None:
    assert of_kind(text, NAME) == [name]
    assert of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize("text", ["Soita mulle 045 678 9012 illalla", "ring mig på 070-123 45 67", "call me on 07700 900123"])
def test_a_pronoun_called_at_a_number_is_no_name(text: str) -> None:
    assert of_kind(text, NAME) == []
    assert len(of_kind(text, PHONE)) == 1


@pytest.mark.parametrize("text", ["call back on 0800 1111", "ring oss på 116 111"])
def test_helplines_after_a_calling_verb_stay_unflagged(text: str) -> None:
    assert find_personal_data(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("PESEL chyba z literówką – Tomasza Kowalczewskiego", "Tomasza Kowalczewskiego"),
    ("Ibrahim Keïta (Mali) – +223 76 11 45 90", "Ibrahim Keïta"),
])
def test_an_unknown_capitalised_word_after_a_first_name_is_its_surname(text: str, name: str) -> None:
    assert of_kind(text, NAME) == [name]


def test_a_place_in_a_case_form_after_a_first_name_is_no_surname() -> None:
    assert of_kind("Kohtusime Liisaga ja tema vennaga Timuriga Narvas", NAME) == ["Liisaga", "Timuriga"]


@pytest.mark.parametrize(("text", "phone"), [
    ("Lisa Berg, Storgatan 3, Ystad, 0411-12 34 5", "0411-12 34 5"),
    ("Die Mutter erreicht man unter +49 (0)30 982 114 7. Danke", "+49 (0)30 982 114 7"),
])
def test_a_last_digit_on_its_own_belongs_to_the_number(text: str, phone: str) -> None:
    assert of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize(("text", "name"), [
    ("Trần Thị Mai lapsi aloittaa koulun maanantaina", "Trần Thị Mai"),
    ("Vi träffade Pham Van Duc och hans mamma", "Pham Van Duc"),
])
def test_a_vietnamese_name_is_one_span_from_its_family_name(text: str, name: str) -> None:
    assert of_kind(text, NAME)[0] == name


def test_sami_names_are_in_the_lists() -> None:
    assert of_kind("Biret Somby från Karesuando bor nu hos mormor", NAME) == ["Biret Somby"]


def test_a_surname_after_herrn_the_dative_of_herr() -> None:
    assert of_kind("Die Akte gehört Herrn Kaczmarczyk, sagt das Amt", NAME) == ["Kaczmarczyk"]


@pytest.mark.parametrize(("text", "phone"), [
    ("skambinti Ievai (8 37) 32 11 22 vakare", "(8 37) 32 11 22"),  # the Lithuanian trunk 8 in brackets
    ("Kontakty: ojciec 604-33-12-80, babcia", "604-33-12-80"),  # a Polish mobile in pairs
    ("darbo tel. 8 5 219 7700, vid. 314", "8 5 219 7700, vid. 314"),  # a Lithuanian extension
])
def test_phones_of_the_sixth_round(text: str, phone: str) -> None:
    assert of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize(("text", "name"), [
    ("Hausmeister Brandt hat das Fahrrad gesehen", "Brandt"),
    ("kontaktlærer Hansen sier at gutten sover i timene", "Hansen"),
    ("Klasės auklėtoja Petrauskienė sakė, kad vaikas nevalgo", "Petrauskienė"),
])
def test_a_surname_right_after_a_professional_word(text: str, name: str) -> None:
    assert of_kind(text, NAME) == [name]
