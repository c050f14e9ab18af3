"""The forty-sixth privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-sixth round"), on the
real detector.

E-mails: the "@" and the "." said in any of the twelve languages inside brackets of any kind, "(a)" for the "@", an
address split at a line end or by a space after a hyphen; an office's mailbox named by its function. Identity codes:
no code after the name of an invoice's, a contract's, a customer's or a document's number; a run of digits whose date
is the date of birth the message gives; a henkilötunnus with a digit too many or too few near an identity word.
Phones: an office's number beside its mailbox, the "internnr." extension, a bar that ends a number's words. An office's
visiting address. The messages here are written for the tests, not taken from the evaluation sets; the guards are the
spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, EMAIL, ID_CODE, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "email"), [
    ("Uusi osoite: pekka.salo{at}elisa(piste)fi, vanha lakkasi.", "pekka.salo{at}elisa(piste)fi"),  # fi
    ("Mejla hellre ulla.berg(snabel-a)telia.se än skolan.", "ulla.berg(snabel-a)telia.se"),  # sv
    ("Email: j.smith {at} outlook {dot} com if urgent.", "j.smith {at} outlook {dot} com"),  # en, spaced
    ("Tema meil on mari.tamm(ät)neti.ee, kirjuta sinna.", "mari.tamm(ät)neti.ee"),  # et
    ("Raksti uz anna.berzina(et)inbox.lv, lūdzu.", "anna.berzina(et)inbox.lv"),  # lv
    ("Rašykite jonas.petraitis[eta]gmail.com adresu.", "jonas.petraitis[eta]gmail.com"),  # lt
    ("Proszę pisać na adam.nowak[małpa]wp[kropka]pl.", "adam.nowak[małpa]wp[kropka]pl"),  # pl
    ("Antwort bitte an k.schmidt[at]web[punkt]de.", "k.schmidt[at]web[punkt]de"),  # de
    ("Skriv til mette.holm(a)jubii.dk i aften.", "mette.holm(a)jubii.dk"),  # da, "(a)"
    ("E-post: nils.dahl[alfakrøll]online.no.", "nils.dahl[alfakrøll]online.no"),  # nb
    ("Пошта мами: oksana.koval<равлик>ukr.net, пишіть.", "oksana.koval<равлик>ukr.net"),  # uk, angle brackets
    ("Почта отца ivan.petrov(собака)mail(точка)ru.", "ivan.petrov(собака)mail(точка)ru"),  # ru
])
def test_an_email_disguised_with_the_signs_word_in_brackets(text: str, email: str) -> None:
    assert _of_kind(text, EMAIL) == [email]


@pytest.mark.parametrize("text", [
    "Katso kohta (a) ja kohta (b) ohjeesta.",  # a list's letter, no address after it
    "Vaihtoehto (a) www.kela.fi tai (b) puhelin.",  # a web address is none
])
def test_a_bracketed_letter_is_no_at_sign(text: str) -> None:
    assert _of_kind(text, EMAIL) == []


@pytest.mark.parametrize(("text", "email"), [
    ("Lähetä kopio osoitteeseen liisa.\nkorhonen@luukku.com huomenna.", "liisa.\nkorhonen@luukku.com"),  # fi, a dot
    ("Mammans mejl är fatima.ali@\ngmail.com men hon svarar sent.", "fatima.ali@\ngmail.com"),  # sv, the "@"
    ("Пишіть olena.kovalenko@lviv-\nrada.gov.ua щодня.", "olena.kovalenko@lviv-\nrada.gov.ua"),  # uk, the domain
    ("Write to anna-maria.virta@gmail.com or to anna- maria.virta@gmail.com, the form broke it.",
     "anna- maria.virta@gmail.com"),  # en, a space after a hyphen
])
def test_an_email_split_at_a_line_end_or_a_hyphen(text: str, email: str) -> None:
    assert email in _of_kind(text, EMAIL)


def test_a_dash_between_words_joins_no_address() -> None:
    assert _of_kind("Kysy häneltä - tai kirjoita: matti@elisa.fi.", EMAIL) == ["matti@elisa.fi"]


@pytest.mark.parametrize("text", [
    "To: Children's Support <childrensupport@leeds.gov.uk>",  # en, at a compound's end
    "Kiireelliset asiat: perhepaivystys@hel.fi.",  # fi, the duty desk
    "Dokumendid saata dokumendid@tartu.ee kaudu.",  # et, documents
    "Til: Mottak barnevern <mottak.barnevern@oslo.kommune.no>",  # nb, reception
])
def test_an_offices_mailbox_by_its_function_is_no_ones(text: str) -> None:
    assert _of_kind(text, EMAIL) == []


def test_a_workers_own_address_beside_an_offices_is_found() -> None:
    text = "Kopio asiakirjat@kunta.fi ja käsittelijälle tiina.valve@kunta.fi."
    assert _of_kind(text, EMAIL) == ["tiina.valve@kunta.fi"]


@pytest.mark.parametrize("text", [
    "Laskun numero 120385-1237 erääntyy perjantaina.",  # fi, an invoice
    "Avtalsnummer 850709-4805 gäller från januari.",  # sv, a contract
    "Kundenummer 150588-2291 er registreret.",  # da, a customer
    "Rēķina Nr. 120385-11234 apmaksāts.",  # lv, an invoice
    "Nr umowy 85070912345 podpisano wczoraj.",  # pl, a contract: the number word first
    "Номер договору 3204156180 у справі.",  # uk, the number word first
    "KID 85070948051 står på giroen.",  # nb, a payment reference
])
def test_a_number_named_as_a_business_number_is_no_code(text: str) -> None:
    assert _of_kind(text, ID_CODE) == []


@pytest.mark.parametrize("text", [
    "Passport 0401234567 checked at the desk.",  # en
    "ID-картка 004471220 перевірена.",  # uk
    "Biljettnumret är 0046 7612 3904.",  # sv, a ticket
])
def test_a_documents_number_is_no_phone_and_no_code(text: str) -> None:
    assert _of_kind(text, PHONE) == [] and _of_kind(text, ID_CODE) == []


def test_a_code_after_its_schemes_name_beside_a_business_number_is_found() -> None:
    text = "Hetu 131052-308T, laskun numero 120385-1237."
    assert _of_kind(text, ID_CODE) == ["131052-308T"]


@pytest.mark.parametrize(("text", "code"), [
    ("Taotlusel on 60805120338, süsteem ei võta. Laps sündis 12. mail 2008.", "60805120338"),  # et
    ("We wniosku jest 0925140531, brakuje cyfry. Kacper, ur. 14.05.2009 r.", "0925140531"),  # pl, the month's century
    ("Skjemaet har 02071544127, men hun er født 2. juli 2015.", "02071544127"),  # nb, day first
    ("У заяві 40975123456 – зайва цифра. Марко народився 8 березня 2012 року.", "40975123456"),  # uk, the days
])
def test_a_run_of_digits_carrying_the_date_of_birth_given_is_a_code(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


def test_a_run_of_digits_with_another_date_is_no_code() -> None:
    assert _of_kind("Taotlusel on 60805120338, süsteem ei võta. Laps sündis 13. mail 2009.", ID_CODE) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Äidin tunnus on lomakkeessa muodossa 150396-1234L, numero liikaa.", "150396-1234L"),  # a digit too many
    ("Asiakkaan hetu kirjattu 150396-12L, puuttuu numero.", "150396-12L"),  # a digit too few
])
def test_a_henkilotunnus_of_a_wrong_length_near_an_identity_word(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


def test_a_henkilotunnus_shape_of_a_wrong_length_alone_is_no_code() -> None:
    assert _of_kind("Lähetys 150396-1234L saapui varastoon.", ID_CODE) == []


@pytest.mark.parametrize("text", [
    "Yhteydenotot: neuvonta@kunta.fi, puh. 09 310 1234.",  # fi
    "Write to info@familyhub.org.uk or ring 0113 240 1234.",  # en
    "Заявления принимает sekretariat@sillamae.ee, справки по телефону 392 1234.",  # ru
])
def test_a_phone_beside_an_offices_mailbox_is_the_offices(text: str) -> None:
    assert _of_kind(text, PHONE) == []


def test_a_phone_beside_a_workers_own_address_is_found() -> None:
    text = "Kirjoita matti.virtanen@kunta.fi tai soita 040 123 4567."
    assert _of_kind(text, PHONE) == ["040 123 4567"]


def test_a_direct_line_with_its_extension_and_before_a_switchboards_field() -> None:
    assert _of_kind("Direkte: 22 33 44 55, internnr. 210\nSentralbord 22 00 00 00", PHONE) == [
        "22 33 44 55, internnr. 210"]
    assert _of_kind("Direct: +353 1 234 5678 | Switchboard: 01 222 2222", PHONE) == ["+353 1 234 5678"]


@pytest.mark.parametrize("text", [
    "Besöksadress: Storgatan 12, Umeå",  # sv
    "Visiting address: 12 High Street, Leeds",  # en
    "Käyntiosoite: Hämeenkatu 5, Tampere",  # fi
])
def test_an_offices_visiting_address_is_no_ones(text: str) -> None:
    assert _of_kind(text, ADDRESS) == []


def test_a_home_address_is_found() -> None:
    assert _of_kind("Familjen bor på Storgatan 12, Umeå.", ADDRESS) == ["Storgatan 12, Umeå"]
