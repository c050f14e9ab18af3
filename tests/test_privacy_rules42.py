"""The forty-second privacy round's rules (docs/EVALUATION.md, "Figures, forty-second round"), on the real detector.

Phones: an extension word typed in full, two numbers joined by a spaced slash, Russian numbers by the numbering plan,
whose number it is after a number word; no phone after a goods', a payment's or a reference's word (a number word
after it is no phone word), after a place's possessive, nor the digits of a post's item number
between two pairs of capitals. Identity codes by their long names and a Latvian new-format code without its hyphen.
No e-mail for an office's mailbox. The messages here are written for the tests, not taken from the evaluation sets;
the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import EMAIL, ID_CODE, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "phones"), [
    ("Helistage Kaisale tööle 6 712 300, sisenumber 214.", ["6 712 300, sisenumber 214"]),  # et, the extension word
    ("Звоните Ольге: тел. 8 (495) 123-45-67, добавочный 12.", ["8 (495) 123-45-67, добавочный 12"]),  # ru, in full
    ("Kontakt Siri Moe\nTlf. 412 55 300 / 22 41 88 30", ["412 55 300", "22 41 88 30"]),  # nb, two numbers
    ("Дедушка живёт в Приозерске; домашний 8 81379 3 12 44.", ["8 81379 3 12 44"]),  # ru, a five-digit area code
    ("Тел. 8 (81378) 2-41-06, доб. 14 — Светлана Орлова.", ["8 (81378) 2-41-06, доб. 14"]),  # ru, in brackets
    ("его тётя Галина Сергеевна – 916 204 33 81.", ["916 204 33 81"]),  # ru, a mobile without its 8
    ("Kuba podał numer taty 507 33 912, brakuje cyfry.", ["507 33 912"]),  # pl, whose number, a digit missing
    ("Mum's number is 07700 900 412.", ["07700 900 412"]),  # en, a person's possessive is no place's
    ("служби у справах дітей\n+380 44 235 71 09", ["+380 44 235 71 09"]),  # uk, a case word on the line above
])
def test_a_persons_phone(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


@pytest.mark.parametrize("text", [
    "Reference number: 3318 2290 7741 (Kela), paid on Monday.",  # en, a number word after a reference's word
    "Pasūtījuma numurs 40-5512-7734 ir apmaksāts.",  # lv, an order's number word
    "The grant goes out weekly; payment ref 0049 8812 4471.",  # en, 00 is no country code here
    "Faktura 2210-2026, KID 0047 2291 8830 4, beløp 450 kr.",  # nb, a payment's KID
    "Siuntos sekimo numeris LP 0031 5520 6674 LT jau išsiųstas.",  # lt, a post's item number between capitals
    "Ask at the desk; the school's number is 020 7946 0018.",  # en, a place's possessive
])
def test_numbers_that_are_no_persons_phone(text: str) -> None:
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("Ідентифікаційний код 31245 67890 записано з пробілом.", ["31245 67890"]),  # uk, the long name
    ("Identifikationsnummer des Kindes: 47 036 892 817", ["47 036 892 817"]),  # de, checked or not
    ("Steuerliche IdNr. 47 036 892 817", ["47 036 892 817"]),  # de, the short name
    ("Dēla personas kods ir 160412-20917, bet meitai jaunajā formātā 32675401983.", ["160412-20917", "32675401983"]),
    ("Meitai jaunais formāts 32675401983.", ["32675401983"]),  # lv, the new code's prefix without a code word
])
def test_identity_codes_by_long_names_and_new_latvian_codes(text: str, codes: list[str]) -> None:
    assert _of_kind(text, ID_CODE) == codes


@pytest.mark.parametrize(("text", "emails"), [
    ("Lasteabi e-post on info@lasteabi.ee, kirjutage sinna.", []),  # et, an office's mailbox
    ("Sekretariat: sekretariat@pcpr.gdansk.pl", []),  # pl
    ("Skolans adress är skola.info@edu.example.se.", []),  # sv, a dotted part naming the office
    ("Farens adresse er fars.mail@hotmail.dk.", ["fars.mail@hotmail.dk"]),  # da, a person's mailbox stays
])
def test_an_office_mailbox_is_no_persons_email(text: str, emails: list[str]) -> None:
    assert _of_kind(text, EMAIL) == emails
