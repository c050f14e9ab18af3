"""The fifty-first privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, fifty-first round"), on the
real detector.

Look-alikes: an office's mailbox by a duty, department, centre, protection, court or counselling word, or named after
its own domain, and no name inside any e-mail address; a duty team's, an on-call service's or a clinic's number, and a
passport's; an address in a sentence that gives only an office's mailbox; a name-word after a hall's or a meeting
room's word, a room named so again, a children's home, a municipality, an office's compound before a place and a town
after its postcode are no names. Names: a lower-case name found beside a family word names the child where its other
form opens a clause; a nickname in quotes after a name, or a short form in brackets that begins as the name does.
Phones and codes: a tab ends a phone; an Estonian mobile in 4-2-2 groups; an apology corrects a code; a code alone in
a register row's cell after the name. The messages here are written for the tests, not taken from the evaluation
sets; the guards are the spans the rules must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import ADDRESS, EMAIL, ID_CODE, NAME, PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize("text", [
    "Kopio: lastensuojelu.paivystys@espoo.fi ja perheneuvola@vantaa.fi",  # fi
    "Skicka kopia till familjecentralen@umea.se.",  # sv
    "Please copy in ehc.duty@bradford.gov.uk and dataprotection@york.gov.uk.",  # en
    "Koopia: lastekaitse@parnu.ee",  # et
    "Kopija: bariņtiesa@jelgava.lv",  # lv
    "Kopiją siųskite vaikoteises@vaikoteises.lt",  # lt, the mailbox named after its domain
    "Kopia do fundacja@fundacja.org.pl",  # pl
    "Bitte an jugendschutz@stadt-koeln.de",  # de
    "Kopi til familieafdelingen@odense.dk og børnecentret@kk.dk",  # da
])
def test_an_offices_mailbox_by_its_function_or_its_domain_is_no_ones(text: str) -> None:
    assert _of_kind(text, EMAIL) == [] and _of_kind(text, NAME) == []


@pytest.mark.parametrize("address", [
    "sanna.lehto@espoo.fi", "mette.lund@odense.dk", "kasia.centrum@wp.pl", "anna.schutz@web.de",
    "etunimi.sukunimi+lastensuojelu@espoo.fi",
])
def test_a_persons_address_keeps(address: str) -> None:
    assert _of_kind(f"Kirjoita osoitteeseen {address} huomenna.", EMAIL) == [address]


@pytest.mark.parametrize("text", [
    "If mum doesn't answer, ring the EDT on 0161 234 5678 after 5pm.",  # en, the duty team
    "Out of hours emergency duty team 0114 273 4567.",  # en
    "Døgnvagten: 33 66 33 66.",  # da
    "Barnevernvakten 22 48 90 90.",  # nb
    "Referrer: school nurse, Longsight Health Centre, 0161 248 1200",  # en, the clinic named right before
    "Богдан, паспорт-картка 004516327.",  # uk, a passport card's number
])
def test_a_duty_teams_a_clinics_or_a_passports_number_is_no_phone(text: str) -> None:
    assert _of_kind(text, PHONE) == []


def test_a_persons_mobile_beside_a_duty_team_keeps() -> None:
    assert _of_kind("Mum is on 07700 912 345. If no answer, EDT on 0161 234 5678.", PHONE) == ["07700 912 345"]


def test_a_bracket_holding_another_number_labels_that_number() -> None:
    text = "Heidi Saarinen\np. 09 816 43 118 (vaihde 09 816 5015)"
    assert _of_kind(text, PHONE) == ["09 816 43 118"]


@pytest.mark.parametrize("text", [
    "Lähetä pyyntö osoitteeseen kirjaamo@pirha.fi tai postitse: Pirkanmaan hyvinvointialue, PL 272, 33101 Tampere.",
    "Send requests to info@sheffield.gov.uk or by post to Information Team, PO Box 1200, Sheffield S1 2HH.",  # en
    "Send henvendelser til postmottak@stavanger.kommune.no eller Stavanger kommune, Postboks 8001, 4068 Stavanger.",
])
def test_an_address_beside_only_an_offices_mailbox_is_the_offices(text: str) -> None:
    assert _of_kind(text, ADDRESS) == [] and _of_kind(text, NAME) == []


def test_an_address_beside_a_persons_address_keeps() -> None:
    text = "Äidin osoite on anna.virta@gmail.com, posti Koivutie 7 B 12, 33100 Tampere."
    assert _of_kind(text, ADDRESS) == ["Koivutie 7 B 12, 33100 Tampere"]


@pytest.mark.parametrize("text", [
    "Koosolek kell 10, ruum Maie (3. korrus).",  # et
    "Pasitarimas 10.00, salė „Aldona“.",  # lt
    "Spotkanie o 10:00, sala \"Halina\".",  # pl
    "Sanna, Linnea och Ebba är namn på våra mötesrum. Gruppen träffas i Linnea på tisdagar.",  # sv, named again
])
def test_a_name_word_naming_a_hall_or_a_meeting_room_is_no_name(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize("text", [
    "Lugupidamisega\nPärnu Lastekodu\ninfo@lastekodu.ee",  # et, a children's home
    "Hälsningar\nFamiljecentralen Gränby\nVäxel 018-727 00 00",  # sv, an office's compound before a place
    "Skriv til Tromsø kommune om saken.",  # nb, a municipality
])
def test_an_institution_named_with_a_name_word_is_no_name(text: str) -> None:
    assert _of_kind(text, NAME) == []


@pytest.mark.parametrize(("text", "names"), [
    ("aino ei tullut tänään, ainon äiti soitti.", ["aino", "ainon"]),  # fi
    ("mia war heute nicht da, mias mutter rief an.", ["mia", "mias"]),  # de
    ("надія сьогодні не прийшла, мама надії дзвонила.", ["надія", "надії"]),  # uk, the ending changed
    ("вера сегодня не пришла, мама веры звонила.", ["вера", "веры"]),  # ru
])
def test_a_lower_case_name_opening_a_clause_beside_its_found_case_form_is_a_name(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


def test_the_word_before_a_preposition_stays_a_word() -> None:
    assert _of_kind("мама веры звонила. вера в лучшее есть.", NAME) == ["веры"]


@pytest.mark.parametrize(("text", "nickname"), [
    ("Hänen tyttärensä Josefiina (\"Fiia\") on 9-vuotias.", "Fiia"),  # fi
    ("Sonen Melker (\"Mellan\") har slutat äta.", "Mellan"),  # sv, a word in quotes is the name
    ("Her son Precious (\"Presh\") is in Year 6.", "Presh"),  # en
    ("Sonen Abdirahman (abdi) är borta.", "abdi"),  # sv, a short form in brackets
])
def test_a_nickname_beside_a_name_is_a_name(text: str, nickname: str) -> None:
    assert nickname in _of_kind(text, NAME)


@pytest.mark.parametrize("text", [
    "Tolk Hamid Karimi (Dari) nås via växeln.",  # sv, a language
    "Närvarande: Gunilla Rask (kurator) och Tove Åberg (mamma).",  # sv, roles
])
def test_a_word_in_brackets_after_a_name_that_is_no_short_form_stays_out(text: str) -> None:
    assert all(word not in _of_kind(text, NAME) for word in ("Dari", "kurator", "mamma"))


@pytest.mark.parametrize(("text", "phone"), [
    ("Jensen, Laura Marie\t2304124884\t61 92 04 83", "61 92 04 83"),  # da, a table's cells
    ("TAMM Mari ; 49012142718 ; 5342 18 96", "5342 18 96"),  # et, a mobile in 4-2-2
])
def test_a_phone_in_a_register_row(text: str, phone: str) -> None:
    assert _of_kind(text, PHONE) == [phone]


@pytest.mark.parametrize(("text", "code"), [
    ("Mazur Oliwia | 08231507648 | 512-409-836", "08231507648"),  # pl, a PESEL of the 2000s
    ("Jensen, Laura Marie\t2304124884\t61 92 04 83", "2304124884"),  # da, a CPR without its hyphen
])
def test_a_code_alone_in_a_rows_cell_after_the_name(text: str, code: str) -> None:
    assert _of_kind(text, ID_CODE) == [code]


def test_a_finnish_mobile_in_a_rows_cell_stays_a_phone() -> None:
    assert _of_kind("Anna Virtanen | 0401234567", PHONE) == ["0401234567"]


def test_an_apology_corrects_a_code() -> None:
    text = "Maureen Platt, NHS 943 476 5919, sorry 943 476 5918."
    assert _of_kind(text, ID_CODE) == ["943 476 5919", "943 476 5918"]
