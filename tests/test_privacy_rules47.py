"""The forty-seventh privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-seventh round"), on the
real detector.

E-mails: an address in a pasted header or a reply's opening line whose display name holds no person's name is an
office's mailbox; a message's id is no address. Phones: a whole date after a phone is none; the words before a Russian
trunk 8 say whose the number is; a company's customer service, infoline, fault-report line or switchboard ("vaihto") is
no one's; a tracking number is no phone; a caller's number in an office's log is the caller's. Names: a lower-case first
name after the writer's introduction ("det är amira", "its kayla"); a surname in its own table cell before the first
names' cell. The messages here are written for the tests, not taken from the evaluation sets; the guards are the spans
the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import EMAIL, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "email"), [
    ("Lähettäjä: Riikka Salo <riikka.salo@elisa.fi>\nVastaanottaja: Lapsiperheiden palvelut <lapsiperheet.itainen@oulu.fi>\n"
     "Aihe: Ensi viikko", "riikka.salo@elisa.fi"),  # fi
    ("Från: Linnea Berg <linnea.berg@telia.com>\nTill: Familjeenheten Väst <familjeenheten.vast@lund.se>",
     "linnea.berg@telia.com"),  # sv
    ("From: Aoife Byrne <aoife.byrne@gmail.com>\nTo: Family Support North <fsn@tusla.ie>\nSubject: RE: Friday",
     "aoife.byrne@gmail.com"),  # en
    ("Von: Jana Vogt <jana.vogt@gmx.de>\nAn: Allgemeiner Sozialer Dienst <asd.nord@bremen.de>", "jana.vogt@gmx.de"),  # de
    ("Od: Ewa Lis <ewa.lis@onet.pl>\nDo: Dział Pieczy Zastępczej <piecza@pcpr.radom.pl>", "ewa.lis@onet.pl"),  # pl
    ("От: Ирина Белова <irina.belova@yandex.ru>\nКому: Отдел опеки <opeka.sever@mos.ru>", "irina.belova@yandex.ru"),  # ru
])
def test_a_headers_office_display_name_makes_its_address_an_offices(text: str, email: str) -> None:
    assert _of_kind(text, EMAIL) == [email]


def test_a_replys_opening_line_names_the_office_too() -> None:
    text = ("Hallo, wir kommen.\n\nAm 03.12.2026 um 09:10 schrieb Jugendhilfe Süd <jugendhilfe-sued@kiel.de>:\n"
            "> Bitte bestätigen Sie den Termin.")
    assert _of_kind(text, EMAIL) == []


@pytest.mark.parametrize(("text", "email"), [
    ("Am 03.12.2026 um 09:10 schrieb Jana Vogt <jana.vogt@gmx.de>:", "jana.vogt@gmx.de"),  # a person's reply line
    ("Mamma skrev från <ronja.m1990@hotmail.se> i går kväll.", "ronja.m1990@hotmail.se"),  # no display name
    ("Isän osoite <isa.niemi@posti.fi> löytyi viestistä.", "isa.niemi@posti.fi"),  # no header's label
])
def test_a_persons_address_in_angle_brackets_stays(text: str, email: str) -> None:
    assert _of_kind(text, EMAIL) == [email]


@pytest.mark.parametrize("text", [
    "Subject: Reminder\nMessage ID <20261130.4471.mailer@kela.fi>",
    "In-Reply-To: <CAF7x9Lk.22.reply@mail.example.com>\nReferences: <a1b2c3.99@mail.example.com>",
])
def test_a_messages_id_is_no_address(text: str) -> None:
    assert _of_kind(text, EMAIL) == []


def test_an_address_beside_a_message_id_stays() -> None:
    text = "From: Tove Lund <tove.lund@telia.com>\nMessage-ID: <8812.4471@telia.com>"
    assert _of_kind(text, EMAIL) == ["tove.lund@telia.com"]


@pytest.mark.parametrize(("text", "phones"), [
    ("Anmälare: Eva Holm\nTelefon: 070-412 33 81\nDatum: 2026-11-30", ["070-412 33 81"]),  # sv, a form's date field
    ("Puhelin: 040 812 7733\nPvm: 2026-12-01", ["040 812 7733"]),  # fi
    ("Tel. 8 (921) 330-12-07, дата: 2026-12-02", ["8 (921) 330-12-07"]),  # ru
])
def test_a_whole_date_after_a_phone_is_no_phone(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


@pytest.mark.parametrize(("text", "phones"), [
    ("Контакты: отдел опеки 8 (8332) 41-22-18, мама Ирина 8 (912) 604-18-37.", ["8 (912) 604-18-37"]),  # ru
    ("Телефони: служба у справах дітей 8 (0432) 55-12-40.", []),  # uk
])
def test_an_offices_number_after_its_trunk_8_is_no_ones(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


@pytest.mark.parametrize("text", [
    "Paketet kom inte. Kundeservice hos fragtfirmaet: 70 11 22 33.",  # da
    "Bei Fragen: DHL Kundenservice 0228 433 112 0.",  # de
    "The courier's customer service is on 0344 800 1234.",  # en
    "Smartpost klienditeenindus 6 123 456.",  # et
    "Vikailmoitukset 09 310 3300, isännöitsijä ei vastaa.",  # fi, a fault-report line
    "Infolinia operatora 22 555 44 33, pn-pt.",  # pl
    "Горячая линия оператора 8 (495) 777-10-20.",  # ru
    "Kaupungin vaihto 09 816 2000, kysy perhetyötä.",  # fi, the switchboard's "vaihto"
])
def test_a_companys_customer_service_or_fault_line_is_no_ones(text: str) -> None:
    assert _of_kind(text, PHONE) == []


@pytest.mark.parametrize("text", [
    "Sporingsnummer 70730459216644010 for pakken.",  # nb
    "Numer śledzenia przesyłki 00370722334455667.",  # pl
    "Номер отслеживания 00380720335511442.",  # ru
])
def test_a_tracking_number_is_no_phone(text: str) -> None:
    assert _of_kind(text, PHONE) == []


def test_a_customers_own_phone_stays() -> None:
    text = "Kunden ringede fra 40 12 34 56 og bad om svar, kundeservice 70 11 22 33 lukker kl. 16."
    assert _of_kind(text, PHONE) == ["40 12 34 56"]


@pytest.mark.parametrize(("text", "phone"), [
    ("Jourloggen: Maria ringde från 070-318 44 92 kl 01:40.", "070-318 44 92"),  # sv
    ("Päivystys: äiti soitti numerosta 040 772 1934 klo 23.10.", "040 772 1934"),  # fi
    ("Duty log: the grandmother called from 07700 900 418 at 02:15.", "07700 900 418"),  # en
    ("Дежурная служба: отец звонил с 8 (921) 330-12-07 ночью.", "8 (921) 330-12-07"),  # ru
])
def test_a_callers_number_in_an_offices_log_is_the_callers(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


def test_an_offices_own_number_in_its_log_stays_out() -> None:
    assert _of_kind("Päivystys vastaa numerossa 09 816 42000 ympäri vuorokauden.", PHONE) == []


@pytest.mark.parametrize(("text", "name"), [
    ('SMS 01.12 kl 22:10: "hej det är amira, kan ni ringa mig"', "amira"),  # sv
    ('SMS 01.12 21:40: "hiya its kayla, tyler wont be in"', "kayla"),  # en
    ('SMS 01.12. 07:30: "labdien te inese, man jāiet pie ārsta"', "inese"),  # lv
    ('talepost: "hei det er ingrid lund, ring meg tilbake"', "ingrid lund"),  # nb, with the surname after
])
def test_a_lower_case_first_name_after_the_writers_introduction(text: str, name: str) -> None:
    assert name in _of_kind(text, NAME)


@pytest.mark.parametrize("text", [
    "its will be fine tomorrow, see you then",  # "will" is a word
    "det är bra att ni ringde",  # no name after "det är"
])
def test_an_introductions_common_word_is_no_name(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Tuloste\nLapsi\tNieminen\tAatu Johannes\t2016-03-02\nHuoltaja\tNieminen\tMaria",
     ["Nieminen", "Aatu Johannes", "Nieminen", "Maria"]),  # fi, tabs
    ("Client ID: 55102 | TAYLOR | Megan Rose | 2014-09-30 | F", ["TAYLOR", "Megan Rose"]),  # en, bars, capitals
    ("Elev\tLindberg\tAstrid\tklass 3B", ["Lindberg", "Astrid"]),  # sv
])
def test_a_surname_in_its_own_cell_before_the_first_names(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


def test_a_rows_label_cell_is_no_surname() -> None:
    assert _of_kind("Name\tAstrid\tklass 3B", NAME) == ["Astrid"]
