"""The thirty-seventh privacy round's rules (docs/EVALUATION.md, "Figures, thirty-seventh round"), on the real detector.

Names: a surname in capitals that the lists lack takes the first name found after it, at a line's or a cell's start
(a register's "OSMANI Leyla") or with an Arabic particle ("EL-MASRI, Yusuf"); a code's acronym is no surname. The
messages here are written for the tests, not taken from the evaluation sets. The guards are the spans the rules must
leave alone.
"""

from __future__ import annotations

import pytest

from assistant.privacy import NAME
from privacy_found import found as _of_kind  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.mark.parametrize(("text", "names"), [
    ("Poissa tänään:\nNOORZAI Leyla\nHAKIMI Omid", ["NOORZAI Leyla", "HAKIMI Omid"]),  # fi
    ("Absent list 8B:\nSAFIULLAH Hamid\nJAMALZADA Noor", ["SAFIULLAH Hamid", "JAMALZADA Noor"]),  # en
    ("Frånvaro:\tWARSAME Ayan\t7B", ["WARSAME Ayan"]),  # sv, a table's cell
    ("RE: EL-MASRI, Yusuf Ahmad DOB 02/03/2011", ["EL-MASRI, Yusuf Ahmad"]),  # en, the particle
])
def test_an_unlisted_surname_in_capitals_takes_the_first_name_after_it(text: str, names: list[str]) -> None:
    assert _of_kind(text, NAME) == names


def test_a_codes_acronym_is_no_surname() -> None:
    assert _of_kind("РНОКПП Тараса у заяві 3987162241, бракує цифри.", NAME) == ["Тараса"]
