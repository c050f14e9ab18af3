"""The personal-data detector: identity codes (checksums, century signs), phones, e-mails, IBANs."""

from __future__ import annotations

import pytest

from assistant.privacy import (
    EMAIL,
    IBAN,
    ID_CODE,
    PHONE,
    find_personal_data,
    is_valid_iban,
    is_valid_identity_code,
    kinds_found,
    redact,
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text)]


CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def identity_code(ddmmyy: str, sign: str, individual: str) -> str:
    """A code with the right check character, built the way the Digital and Population Data Agency does."""
    return f"{ddmmyy}{sign}{individual}{CHECK[int(ddmmyy + individual) % 31]}"


@pytest.mark.parametrize("code", [
    "131052-308T",  # the classic published example (1900s, "-")
    "010594Y9032",  # published examples with the new 1900s sign Y
    "010594Y9021",
    identity_code("020502", "A", "901"),  # 2000s
    identity_code("290200", "A", "123"),  # 29 February 2000 exists
    identity_code("010101", "+", "123"),  # 1800s
])
def test_valid_identity_codes(code: str) -> None:
    assert is_valid_identity_code(code)
    assert kinds(f"Hetu {code}.") == [(ID_CODE, code)]


@pytest.mark.parametrize("code", [
    "131052-308U",  # wrong check character
    "010594Y9033",  # wrong check character
    "131052-000T",  # individual number 000 is never issued
    "010203A123X",  # issue 17: the mistyped code that was let through
])
def test_mistyped_identity_codes_are_reported_with_lower_confidence(code: str) -> None:
    """Issue 17: people mistype, and a mistyped code is still personal data (it used to pass unreported)."""
    assert not is_valid_identity_code(code)
    (finding,) = find_personal_data(f"koodi {code}")
    assert (finding.kind, finding.text, finding.checked) == (ID_CODE, code, False)
    assert finding.confidence < find_personal_data("koodi 131052-308T")[0].confidence


@pytest.mark.parametrize("code", [
    identity_code("310294", "A", "123"),  # 31 February does not exist
    identity_code("290201", "A", "123"),  # 29 February 2001 does not exist
    "131052G308T",  # G is no century sign
])
def test_codes_with_an_impossible_date_or_sign_are_not_reported_without_context(code: str) -> None:
    assert not is_valid_identity_code(code)
    assert ID_CODE not in kinds_found(find_personal_data(f"koodi {code}"))


def test_an_impossible_date_next_to_an_identity_word_is_still_reported() -> None:
    code = identity_code("310294", "A", "123")
    assert kinds(f"Hetu {code}, päivä on varmaan väärin.") == [(ID_CODE, code)]


def test_every_century_sign_is_accepted() -> None:
    for sign in "-YXWVU":
        assert is_valid_identity_code(identity_code("010190", sign, "123")), sign
    for sign in "ABCDEF":
        assert is_valid_identity_code(identity_code("010105", sign, "123")), sign
    assert not is_valid_identity_code(identity_code("010105", "G", "123"))


@pytest.mark.parametrize("phone", [
    "040 123 4567", "0401234567", "040-123 4567", "050 765 4321", "09 123 4567", "(09) 1234 567",
    "+358 40 1234567", "+358401234567", "00358 40 123 4567", "+46 70 123 45 67", "+1 555 123 4567",
    "+372 5123 4567",
])
def test_phone_numbers(phone: str) -> None:
    assert kinds(f"Soita numeroon {phone} huomenna.") == [(PHONE, phone)]


@pytest.mark.parametrize("text", [
    "Lastensuojelulaki 417/2007, 25 § (muutettu lailla 610/2022).",
    "Soita hätänumeroon 112 tai Lasten ja nuorten puhelimeen 116 111.",
    "Luettu 28.11.2026, voimassa vuodesta 2025.",
    "Postinumero 00100 Helsinki, rikoslain 25 luku 3 §.",
    "Maksuton neuvonta 0800 100 700.",
    "Noin 12,5 % lapsista ja 1 500 tapausta.",
])
def test_numbers_that_are_not_personal(text: str) -> None:
    assert find_personal_data(text) == []


@pytest.mark.parametrize("email", ["matti.meikalainen@example.fi", "a+b@sub.example.org", "x_y@hyvinvointialue.fi"])
def test_emails(email: str) -> None:
    assert kinds(f"Sähköposti: {email}.") == [(EMAIL, email)]


@pytest.mark.parametrize("iban", ["FI21 1234 5600 0007 85", "FI2112345600000785", "SE45 5000 0000 0583 9825 7466",
                                  "DE89 3704 0044 0532 0130 00"])
def test_valid_ibans(iban: str) -> None:
    assert is_valid_iban(iban)
    assert kinds(f"Tili {iban} ja muuta.") == [(IBAN, iban)]


@pytest.mark.parametrize("iban", ["FI21 1234 5600 0007 86", "FI2112345600000784", "SE45 5000 0000 0583 9825 7467",
                                  "FI21 1234 5600 0007"])
def test_invalid_ibans(iban: str) -> None:
    assert not is_valid_iban(iban)
    assert IBAN not in kinds_found(find_personal_data(f"Tili {iban}"))


def test_redact_replaces_each_kind_with_a_neutral_placeholder() -> None:
    text = ("Asiakas 131052-308T, puh. +358 40 1234567, matti@example.fi, tili FI21 1234 5600 0007 85. "
            "Milloin lastensuojeluilmoitus on tehtävä?")
    redacted = redact(text)
    assert redacted == ("Asiakas [ID], puh. [PHONE], [EMAIL], tili [IBAN]. "
                        "Milloin lastensuojeluilmoitus on tehtävä?")
    assert find_personal_data(redacted) == []
    assert kinds_found(find_personal_data(text)) == [ID_CODE, IBAN, EMAIL, PHONE]


def test_text_without_personal_data_is_unchanged() -> None:
    text = "Mitä lastensuojelulain 25 § sanoo ilmoitusvelvollisuudesta?"
    assert redact(text) == text


# Cases the labelled set (evals/datasets/privacy/) exposed; the figures are in docs/EVALUATION.md.
@pytest.mark.parametrize("phone", ["+358 9 310 5015", "+46 8 123 456 78", "+358 (0)9 123 4567"])
def test_international_numbers_with_a_one_digit_area_code(phone: str) -> None:
    assert kinds(f"Soita numeroon {phone} huomenna.") == [(PHONE, phone)]


@pytest.mark.parametrize("text", [
    "Kontot SE48 5000 0000 0583 9825 7466 avvisades.",  # an account number with a wrong check, not a phone
    "Y-tunnus 0245442-8.",  # a business ID
    "Infopuhelin 029 546 3177 ja ulkomailta +358 29 54 63 177.",  # the state's national number
    "Nollalinja ulkomailta +358 80 005 005.",  # a free service number in international form
])
def test_organisation_and_account_numbers_are_not_phones(text: str) -> None:
    assert find_personal_data(text) == []


@pytest.mark.parametrize("email", ["o'connor.mary@example.ie", "liisa.korhonen(at)example.fi",
                                   "kalle.nieminen[at]example.fi", "ahmed.hassan (at) example (dot) com"])
def test_emails_in_dodging_forms(email: str) -> None:
    assert kinds(f"Osoite: {email}, kiitos.") == [(EMAIL, email)]


def test_a_quote_around_an_email_is_not_part_of_it() -> None:
    assert kinds("Write to 'mary@example.fi' today.") == [(EMAIL, "mary@example.fi")]
