"""The fourteenth round's address rules of the personal-data detector (branch privacy14), each pinned by messages
written for this file (not a line of any set): docs/evaluation/privacy-rounds.md, "Figures, fourteenth round". Each rule was kept
only because it passed the leave-one-set-out check there."""

from __future__ import annotations

import pytest

from assistant.privacy.places import find_addresses


def _found(text: str) -> list[str]:
    # (the address rules alone: the whole detector's first call loads the name lists and the language model, which
    # tests/test_privacy*.py exercise already)
    return [f.text for f in find_addresses(text)]


# --- a farm or village with a village between it and its region or postcode; a Russian village's house -------
@pytest.mark.parametrize(("text", "address"), [
    ("Ivans pārcēlās uz „Kalnāji”, Egļuciems, Cēsu novads", "„Kalnāji”, Egļuciems, Cēsu novads"),
    ("Adresse: Øvre Haug gård, 3550 Gol", "Øvre Haug gård, 3550 Gol"),
    ("Pere elab Kaasiku talus, Metsa küla, 63201 Põlva vald.", "Kaasiku talus, Metsa küla, 63201 Põlva vald"),
    ("Šeima gyvena Beržų k., Utenos r. sav., LT-28112; tėvas dirba.", "Beržų k., Utenos r. sav., LT-28112"),
    ("Отец живёт: д. Большие Ключи, д. 7, Псковская обл.", "д. Большие Ключи, д. 7, Псковская обл."),
])
def test_a_rural_address_runs_from_the_farm_or_village_to_its_region(text, address):
    assert _found(text) == [address]


# --- an English flat, unit or pitch with its building or estate, and no street ------------------------------
@pytest.mark.parametrize(("text", "address"), [
    ("Mum is at Flat 3, Riverside Court, Leeds and works nights", "Flat 3, Riverside Court, Leeds"),
    ("They live at Apartment 12, The Granary, Naas, Co. Kildare W91 K2P4.",
     "Apartment 12, The Granary, Naas, Co. Kildare W91 K2P4"),
    ("the family is on Pitch 9, Riverview Halting Site, Tuam", "Pitch 9, Riverview Halting Site, Tuam"),
    ("dad lives at 22 Elm Park, Apt 4, Dublin 6.", "22 Elm Park, Apt 4, Dublin 6"),
])
def test_a_flat_or_unit_with_its_building_is_an_address(text, address):
    assert _found(text) == [address]


@pytest.mark.parametrize("text", [
    "The flat was small and the unit manager called twice.",
    "Apartment 4 was mentioned in the report, see page 12.",
    "Unit 3 of the course covers neglect.",
])
def test_a_flat_or_unit_word_alone_is_no_address(text):
    assert _found(text) == []
