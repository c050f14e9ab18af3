"""The personal-data detector: identity codes (checksums, century signs), phones, e-mails, IBANs, and
(issue 17) names, addresses, dates of birth, schools, the region's identity codes, mistyped codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.privacy import (
    ADDRESS,
    BIRTH_DATE,
    EMAIL,
    IBAN,
    ID_CODE,
    NAME,
    PHONE,
    SCHOOL,
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


# --- issue 17: the new kinds, and what must never be flagged ---------------------------------------------
KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


def test_no_number_in_the_shipped_knowledge_is_taken_for_a_phone_or_an_identity_code() -> None:
    """Helplines, service numbers, law and case numbers of every file in knowledge/ (as its loader reads
    it, PDFs too) are never flagged: a professional who quotes them must not be warned. Only the number
    recognisers run: a number they find is flagged unless a surer finding of another kind covers it, so none found
    is the stricter check, and it takes 1 s where the whole screen (names above all) takes 23 s."""
    from assistant.formats import accepted_suffixes
    from assistant.privacy.identity import find_identity_codes
    from assistant.privacy.phone_shapes import find_all_phones
    from ingest.loaders import load_document

    files = [p for p in sorted(KNOWLEDGE.rglob("*")) if p.is_file() and p.suffix.lower() in accepted_suffixes()]
    assert len(files) > 50
    flagged = []
    for path in files:
        for section in load_document(path, path.read_bytes()).sections:
            flagged += [(path.name, f.kind, f.text) for find in (find_identity_codes, find_all_phones)
                        for f in find(section.text)]
    assert flagged == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Asiakkaani Matti Virtanen, hetu 010203A123X, puh. 040 1234567, kertoi että...",
     [(NAME, "Matti Virtanen"), (ID_CODE, "010203A123X"), (PHONE, "040 1234567")]),
    ("Perhe asuu osoitteessa Kirkkokatu 5 A 12, 00100 Helsinki, tunnus 010203-123X.",
     [(ADDRESS, "Kirkkokatu 5 A 12, 00100 Helsinki"), (ID_CODE, "010203-123X")]),
    ("Soitin Matti Virtaselle. Virtasen perhe muutti.", [(NAME, "Matti Virtaselle"), (NAME, "Virtasen")]),
    ("Min klient Sara Lindqvist bor på Storgatan 12, 123 45 Stockholm.",
     [(NAME, "Sara Lindqvist"), (ADDRESS, "Storgatan 12, 123 45 Stockholm")]),
    ("My client was born on 3 February 2010 and attends Riverside Primary School, class 5C.",
     [(BIRTH_DATE, "3 February 2010"), (SCHOOL, "Riverside Primary School")]),  # a class after a comma: no part of it (privacy5)
])
def test_names_addresses_birth_dates_and_schools(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("code", "checked"), [
    ("120415-2530", True), ("120415-2532", False),  # Swedish personnummer (Luhn)
    ("990872-4561", True),  # samordningsnummer (day + 60)
    ("20080302-1237", True),  # twelve digits
    ("50903120241", True), ("61007154214", False),  # Estonian isikukood
    ("38505061239", True),  # Lithuanian asmens kodas
    ("09221203458", True), ("87051401234", False),  # Polish PESEL
    ("15051012361", True), ("41081123428", True),  # Norwegian fødselsnummer, D-nummer
    ("120309-23454", True), ("321234-56789", True),  # Latvian personas kods, old and new
    ("030409-1231", True), ("030409-1232", False),  # Danish CPR (the old modulus 11 raises confidence)
])
def test_identity_codes_of_the_region_next_to_an_identity_word(code: str, checked: bool) -> None:
    (finding,) = find_personal_data(f"Tunnus {code} lomakkeessa.")
    assert (finding.kind, finding.text, finding.checked) == (ID_CODE, code, checked)


@pytest.mark.parametrize("text", [
    "Lastensuojelulaki 417/2007 ja laki 1302/2014; asianumero 2024/123456, R 23/4567.",
    "Isän puhelin 0501011234.",  # a mobile number whose digits read as a Swedish date
    "Anna lapselle aikaa. Will the police call on Monday?",  # a verb and a weekday, not names
    "Koulun kuraattori ja Lastensuojelun käsikirja; Seri-tukikeskus Helsingissä.",
    "Lapsi on 12-vuotias ja käy 6. luokkaa; vuonna 2019 ilmoituksia oli 150 000.",
])
def test_look_alikes_that_are_not_names_addresses_or_codes(text: str) -> None:
    assert [(f.kind, f.text) for f in find_personal_data(text) if f.kind != PHONE] == []
    assert kinds(text) in ([], [(PHONE, "0501011234")])


def test_redaction_reports_what_it_removed_without_the_removed_text() -> None:
    from assistant.privacy import redaction_report

    text = "Asiakkaani Matti Virtanen, hetu 010203A123X."
    report = redaction_report(find_personal_data(text))
    assert [(r["kind"], r["placeholder"], r["checked"]) for r in report] == [(NAME, "[NAME]", None),
                                                                             (ID_CODE, "[ID]", False)]
    assert "Virtanen" not in str(report) and "010203A123X" not in str(report)


# --- names standing alone, in any case form or in lower case; what follows a scheme's or a phone's word ------
@pytest.mark.parametrize(("text", "expected"), [
    ("Tuulin äiti soitti eilen.", [(NAME, "Tuulin")]),  # a first name alone, inflected, at a sentence's start
    ("Soitin Darynalle ja Ifrahin isälle.", [(NAME, "Darynalle"), (NAME, "Ifrahin")]),  # not in Voikko
    ("Остапу 15 років, працює вночі.", [(NAME, "Остапу")]),
    ("Rozmawiałam z Leną i Mikołajowi obiecano pracę.", [(NAME, "Leną"), (NAME, "Mikołajowi")]),
    ("min klient gunvor blomqvist ringde", [(NAME, "gunvor blomqvist")]),  # lower case after a client word
    ("näin niilo hakulisen kaupan edessä", [(NAME, "niilo hakulisen")]),  # a first name and a surname
    ("nån måste prata med pontus pappa", [(NAME, "pontus")]),  # before a family word
    ("Maarja Luik elab Tartus, Maarjal pole tööd.", [(NAME, "Maarja Luik"), (NAME, "Maarjal")]),  # recurs
    ("Nadiia Moroz and her son Yurii came from Kherson.", [(NAME, "Nadiia Moroz"), (NAME, "Yurii")]),
    ("Declan's gran called, Lorenz' Anwalt too.", [(NAME, "Declan's"), (NAME, "Lorenz'")]),
])
def test_names_alone_inflected_romanised_and_in_lower_case(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Henrik Ibsen skrev om familier; Vitali Klitschko visited Helsinki.",  # famous people
    "I fallet med Sara som skulle giftas bort: vad säger strafflagen?",  # a training case of knowledge/
    "Redd Barna i Oslo og Caritas Polska har en hjelpelinje.",  # bodies named with name-words
    "Alla barn har rätt till skydd. Jaka kara grozi? Milloin syyteoikeus vanhentuu?",  # common words, name lists hold them
    "Wie viel Taschengeld bekommt ein Minderjähriger im Monat? Ich bin Jugendarbeiter.",
    "BRIS vuxentelefon 077-150 50 50, Barnahus Umeå nås på 090-16 10 00.",  # organisations' numbers
])
def test_famous_people_training_cases_bodies_and_service_numbers_are_not_personal(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Steuer-ID 70 762 451 915, bitte", [(ID_CODE, "70 762 451 915")]),
    ("СНИЛС 141-517-858 55, мать", [(ID_CODE, "141-517-858 55")]),
    ("child's NI number AB 12 34 56 D from the UK", [(ID_CODE, "AB 12 34 56 D")]),
    ("isikukood 5060619 6060 tühikuga", [(ID_CODE, "5060619 6060")]),
    ("hetu 270618559X ilman välimerkkiä", [(ID_CODE, "270618559X")]),
    ("Aleksandr tel 5629 3308, тел. 8 (921) 330-12-07", [(NAME, "Aleksandr"), (PHONE, "5629 3308"),
                                                         (PHONE, "8 (921) 330-12-07")]),
])
def test_codes_after_their_scheme_and_numbers_after_a_phone_word(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("bor på Sjövägen 4, Kimito", [(ADDRESS, "Sjövägen 4, Kimito")]),
    ("mieszka ul. Kościuszki 5 m. 3, Poznań", [(ADDRESS, "ul. Kościuszki 5 m. 3, Poznań")]),
    ("bor Jernbanegade 7, 2. th., 5000 Odense C", [(ADDRESS, "Jernbanegade 7, 2. th., 5000 Odense C")]),
    ("elab Tähe 44-9, 51010 Tartu", [(ADDRESS, "Tähe 44-9, 51010 Tartu")]),
    # After an inflected street its town belongs to it, as the people sets label it (privacy4).
    ("dzīvo Brīvības ielā 12, Rīgā.", [(ADDRESS, "Brīvības ielā 12, Rīgā")]),
    ("osoite Hämeenkatu 5, Tampereella.", [(ADDRESS, "Hämeenkatu 5")]),  # "in Tampere" after a nominative street
    ("Hän on Hervannan koulun 5A:lla", [(SCHOOL, "Hervannan koulun 5A:lla")]),  # its case ending too (privacy5)
    ("Sagals lärare på Husbyskolan, klass 3A", [(NAME, "Sagals"), (SCHOOL, "Husbyskolan")]),
    ("går på förskolan Ekorren", [(SCHOOL, "förskolan Ekorren")]),
])
def test_addresses_and_schools_with_what_is_written_after_them(text: str, expected: list) -> None:
    assert kinds(text) == expected


QUESTION_SETS = ("dev", "dev-baltic", "corpus")


def test_no_question_of_the_dev_sets_holds_personal_data() -> None:
    """Every question of the dev, dev-baltic and corpus sets (338, in 12 languages) gets no finding: a
    professional asking about the law or a training case is never warned."""
    import json

    root = Path(__file__).resolve().parents[1] / "evals" / "datasets"
    questions = [json.loads(line)["question"] for name in QUESTION_SETS for path in sorted((root / name).glob("*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(questions) >= 300
    assert [(q, kinds(q)) for q in questions if find_personal_data(q)] == []
