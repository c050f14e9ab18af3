"""The thirty-second privacy round's rule (docs/evaluation/privacy-rounds.md, "Figures, thirty-second round"), on the real detector.

A phone by its shape anywhere (``assistant/privacy/phone_shapes.py``), kept because it found phones on dev sets and
flagged nothing new on any; the messages here are written for the tests, not taken from the evaluation sets. The
guards are its look-alikes, which it must leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import PHONE
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "phones"), [
    # glued to the phone word before it
    ("Isä soitti eilen puh0451237789 ja pyysi soittoa.", ["0451237789"]),
    ("Mamman hörde av sig från tel0701234598 i morse.", ["0701234598"]),
    ("Vater meldete sich über Tel01577 3305128 beim Amt.", ["01577 3305128"]),
    # a trunk prefix in brackets, after a country code or alone
    ("Mama w pracy: (0-58) 341 22 09, prosi o kontakt.", ["(0-58) 341 22 09"]),
    ("Motinos darbo tel. +370 (8 5) 233 1947, po pietų.", ["+370 (8 5) 233 1947"]),
])
def test_a_phone_by_its_shape(text: str, phones: list[str]) -> None:
    assert _of_kind(text, PHONE) == phones


@pytest.mark.parametrize("text", [
    "Laki 417/2007 25 § ja 746/2011 3 § koskevat tätä.",  # a law's number and its section
    "Kokous on 09.00–10.30 huoneessa B 12.",  # a time span
    "Ärendet 2025-1187 avslutades; beslut 2024-03-11.",  # a case's number, a decision's date
    "Yrityksen Y-tunnus on 0245442-8.",  # a Finnish business ID
    "Auttava puhelin +358 29 54 63 177 vastaa arkisin.",  # the assistance system's number, as knowledge/ gives it
    "Opiekunowie: 8 (495) 234-56-00 доб. 3 — органы опеки района.",  # an authority's line
])
def test_look_alikes_of_a_phone_are_left_alone(text: str) -> None:
    assert _of_kind(text, PHONE) == []
