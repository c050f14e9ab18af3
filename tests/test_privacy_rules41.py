"""The forty-first privacy round's rules (docs/evaluation/privacy-rounds.md, "Figures, forty-first round"), on the real detector.

Phones only. A person's phone: a label in brackets after a number is that number's own, a line with an extension is
no organisation's by the words after it, and a service's word inside a worker's title ("barnevernskonsulent") is the
worker's. No phone: a number listed after a register's word, a parcel's number, a postal item's number between its
letter pairs, a VAT or a company's number, a school office's, an inspectorate's or a state service's number, a Swedish
0770 or 0771 service number. A reference's short stem no longer takes any word that starts like it ("Saga"). The
messages here are written for the tests, not taken from the evaluation sets. The guards are the spans the rules must
leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "phones"), [
    ("Reach Tom Ashby on 0161 555 0192 ext 31 (office), 07700 900 412 (mobile).",
     ["0161 555 0192 ext 31", "07700 900 412"]),  # en
    ("Kontakt: Leif Dahl, barnevernskonsulent, +47 23 45 67 89.", ["+47 23 45 67 89"]),  # nb, a worker's title
    ("Saga Lind 26 81 44 09 svarar inte.", ["26 81 44 09"]),  # sv, a name, not the Danish "sag"
    ("Kontakt kundzei Ozola 29 876 543.", ["29 876 543"]),  # lv, not the Swedish "kund"
])
def test_a_persons_phone(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


@pytest.mark.parametrize(("text", "phones"), [
    ("Pani Nowak, tel. 22 611 40 20, NIP 521-30-44-712.", ["22 611 40 20"]),  # pl, a register's number in the list
    ("Paket-ID 00370 4412 9920 3318 kom i dag.", []),  # sv, a parcel's number
    ("Odebrać paczkę nr 0048 5512 3390 7 z paczkomatu.", []),  # pl
    ("Трек-номер RB 512 338 904 RU, посылка в пути.", []),  # ru, a postal item's number
    ("Supplier Ltd, company no. 06631209, VAT GB 412 7730 19.", []),  # en
    ("Expeditionen på 0611-38 40 12 är öppen till 15.", []),  # sv, a school's office
    ("Darba inspekcija, tālr. 67 186 522, strādā līdz 16.", []),  # lv, an inspectorate
    ("Užimtumo tarnyba, tel. 8 5 219 4411, Vilnius.", []),  # lt, a state's service
    ("Ring Vårdguiden på 0771-11 22 33 dygnet runt.", []),  # sv, a service number
])
def test_numbers_that_are_no_persons_phone(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


def test_a_uk_mobile_starting_07700_is_still_a_phone() -> None:
    assert _of_kind("Her mobile is 07700 900 118.", PHONE) == ["07700 900 118"]
