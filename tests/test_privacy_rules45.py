"""The forty-fifth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-fifth round"), on the
real detector.

Identity codes: said in words inside quotes after the scheme's name (a Swedish or Norwegian year said in its two
halves, "tjugofjorton"), and typed down right after, as many digits as said; a tax code after a register row's name
(a semicolon, an initial's full stop between); a Finnish code whose line breaks after the century sign, an NHS number
split over a line; a code with letters typed once wrong and once right; no code after a tax code's name and an
organisation's word. E-mails dictated with an underscore said, the Latvian "et", the Danish and Norwegian
"punktum"; a shared mailbox is no one's. Phones: an Estonian case file's and a Danish SE number's word, a date with
hyphens, a dotted number's country code. Dates of birth said in words in a form's field. A register row's name. The
messages here are written for the tests, not taken from the evaluation sets; the guards are the spans the rules must
leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import BIRTH_DATE, EMAIL, ID_CODE, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "code"), [
    ('Isä luki hetun puhelimessa: "kaks kuus nolla kolme yks yks, A, viis kaks kaheksan kaks". Kiitos.',
     "kaks kuus nolla kolme yks yks, A, viis kaks kaheksan kaks"),  # fi
    ('Pappan läste upp personnumret: "tjugofemton noll tre tolv, streck, sex ett åtta två".',
     "tjugofemton noll tre tolv, streck, sex ett åtta två"),  # sv, the year in its two halves
    ('Far leste opp fødselsnummeret: "tjueseksten null fire tolv, tre to en fire fem".',
     "tjueseksten null fire tolv, tre to en fire fem"),  # nb
    ('Ema luges isikukoodi: „viis üks kaks null kolm üks neli null kaks kaks viis“.',
     "viis üks kaks null kolm üks neli null kaks kaks viis"),  # et, German-style quotes
    ('Отец продиктовал СНИЛС дочери: «сто двадцать три, четыреста пятьдесят шесть, семьсот восемьдесят девять, '
     'шестьдесят четыре».',
     "сто двадцать три, четыреста пятьдесят шесть, семьсот восемьдесят девять, шестьдесят четыре"),  # ru
])
def test_a_code_said_in_words_inside_quotes(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize(("text", "codes"), [
    ('Dad read the NHS number as "nine four three, four seven six, five nine one nine" and I typed it as 943 476 5919.',
     ["nine four three, four seven six, five nine one nine", "943 476 5919"]),  # en
    ('Der Vater las die Steuer-ID vor: "zwei sechs eins neun sieben drei fünf vier eins sieben sieben", also '
     '26197354177.', ["zwei sechs eins neun sieben drei fünf vier eins sieben sieben", "26197354177"]),  # de
    ('Тато продиктував РНОКПП: "три вісім вісім один два нуль п\'ять один сім п\'ять", тобто 3881205175.',
     ["три вісім вісім один два нуль п'ять один сім п'ять", "3881205175"]),  # uk
])
def test_the_code_typed_after_it_was_read_out(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


def test_a_number_of_another_length_or_sentence_after_a_code_read_out_is_none() -> None:
    text = ('Dad read the NHS number as "nine four three, four seven six, five nine one nine" and the ward is 4471. '
            "Call 020 7946 0123.")
    assert _of_kind(text, ID_CODE) == ["nine four three, four seven six, five nine one nine"]


@pytest.mark.parametrize(("text", "code"), [
    ("Auszug:\nKRÜGER-ALBERS, Jonas; 26197354177; Lindenweg 3, 04109 Leipzig", "26197354177"),  # de, semicolons
    ("Рядок:\nКОВАЛЬ-НІЄМІ Марія П. | 3881205175 | Itäkatu 4, 00930 Helsinki", "3881205175"),  # uk, an initial
])
def test_a_tax_code_after_a_register_rows_name(text: str, code: str) -> None:
    assert code in _of_kind(text, ID_CODE)


@pytest.mark.parametrize(("text", "code"), [
    ("Lomakkeella hetu jakautui kahdelle riville:\n131052-\n308T", "131052-\n308T"),  # fi
    ("His NHS number is on the old form:\n943 476\n5919", "943 476\n5919"),  # en, five words between
])
def test_a_code_split_over_a_line(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("NI number AB123456C, no wait, it's AB123456D on the letter.", ["AB123456C", "AB123456D"]),  # en, one changed
    ("Hetu 131052-308 ja tarkiste T eli 131052-308T.", ["131052-308", "131052-308T"]),  # fi, the last left off
])
def test_a_code_with_letters_typed_once_wrong_and_once_right(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


def test_a_look_alike_in_the_next_sentence_is_no_slip() -> None:
    assert _of_kind("NI number AB123456C. The parcel is AB123456X.", ID_CODE) == ["AB123456C"]


@pytest.mark.parametrize("text", [
    "ИНН организации 5029087350, счёт оплачен.",  # ru
    "ІПН підприємства 418273926543, рахунок сплачено.",  # uk
])
def test_an_organisations_tax_code_is_none(text: str) -> None:
    assert _of_kind(text, ID_CODE) == []


@pytest.mark.parametrize(("text", "email"), [
    ("his email is tom underscore hale at gmail dot com", "tom underscore hale at gmail dot com"),  # en
    ("e-pasts: juris punkts ozols et inbox punkts lv", "juris punkts ozols et inbox punkts lv"),  # lv
    ("mail: lars punktum berg snabel-a mail punktum dk", "lars punktum berg snabel-a mail punktum dk"),  # da
    ("e-post: kari punktum lie krøllalfa online punktum no", "kari punktum lie krøllalfa online punktum no"),  # nb
])
def test_an_email_dictated_with_underscores_et_and_punktum(text: str, email: str) -> None:
    assert _of_kind(text, EMAIL) == [email]
    assert _of_kind(text, NAME) == []


def test_a_shared_mailbox_is_no_ones_but_a_workers_is() -> None:
    text = "Skriv till funktionsbrevlådan familjestod@kommun.se eller till handläggaren eva.lind@kommun.se."
    assert _of_kind(text, EMAIL) == ["eva.lind@kommun.se"]


@pytest.mark.parametrize("text", [
    "Toimiku number 2-31-5512, istung 3. märtsil.",  # et, a case file
    "CVR 41228391, SE-nr. 41228391, regnskabet er sendt.",  # da, a company's VAT registration
    "Rækken:\nNIELSEN, Oskar T. | 14-05-2012 | Vestergade 4, 8000 Aarhus",  # a date with hyphens
])
def test_look_alikes_are_no_phones(text: str) -> None:
    assert _of_kind(text, PHONE) == []


def test_a_dotted_number_keeps_its_country_code() -> None:
    assert _of_kind("Ring til Jens Holm, +45 28.41.90.37.", PHONE) == ["+45 28.41.90.37"]


@pytest.mark.parametrize(("text", "date"), [
    ("Barnets födelsedatum: tjugoförsta mars tvåtusenfemton, pappa Olle.", "tjugoförsta mars tvåtusenfemton"),  # sv
    ("Sünniaeg: kahekümne teine mai kaks tuhat seitseteist", "kahekümne teine mai kaks tuhat seitseteist"),  # et
    ("Data urodzenia: trzeciego maja dwa tysiące czternastego roku", "trzeciego maja dwa tysiące czternastego roku"),
    ("Geburtsdatum: dritter März zweitausendvierzehn, Name: Ben Roth", "dritter März zweitausendvierzehn"),  # de
    ("Fødselsdato: tjueførste april nittenhundreognittito", "tjueførste april nittenhundreognittito"),  # nb
    ("Дата народження: перше травня дві тисячі п'ятнадцятого року", "перше травня дві тисячі п'ятнадцятого року"),
])
def test_a_date_of_birth_said_in_words_in_a_forms_field(text: str, date: str) -> None:
    assert _of_kind(text, BIRTH_DATE) == [date]


def test_a_name_before_a_date_said_in_words_stays_out_of_it() -> None:
    text = "дата народження марійки двадцять перше травня дві тисячі п'ятнадцятого року"
    assert not any("марійки" in date for date in _of_kind(text, BIRTH_DATE))


@pytest.mark.parametrize(("text", "name"), [
    ("Rad ur registret:\nLUNDGREN, Maja E.\t120314-2383\tStorgatan 5, 903 26 Umeå", "LUNDGREN, Maja E."),  # sv, tabs
    ("From the list:\nO'NEILL, Aoife K. | 14-05-2012 | 4 Mill Lane, Cork", "O'NEILL, Aoife K."),  # en, bars
    ("Reģistra rinda:\nKALNIŅŠ Pēteris A. | 120385-11223 | Rīga", "KALNIŅŠ Pēteris A."),  # lv, no comma
    ("Из реестра:\nИВАНОВА-ЛАХТИ Ольга С. | 123-456-789 64 | Helsinki", "ИВАНОВА-ЛАХТИ Ольга С."),  # ru
])
def test_a_register_rows_name(text: str, name: str) -> None:
    assert _of_kind(text, NAME) == [name]


def test_a_header_row_is_no_name_and_a_rows_date_after_the_name_is_a_birth_date() -> None:
    assert _of_kind("ПІБ\tРНОКПП\tАдреса", NAME) == []
    assert _of_kind("From the list:\nO'NEILL, Aoife K. | 14-05-2012 | 4 Mill Lane, Cork", BIRTH_DATE) == ["14-05-2012"]
