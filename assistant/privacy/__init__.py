"""Personal data in what a professional types: find it, and replace it with neutral placeholders.

Kinds (``base.KINDS``): identity codes of the Baltic Sea states (``identity.py``: checked by their
checksums, and reported with a lower confidence when a checksum fails, since people mistype), IBANs (``ibans.py``),
e-mail addresses (``emails.py``) and phone numbers (``numbers.py``; said in words ``spoken_phones.py``), dates of birth
(``birth_dates.py``, and under a table's birth column ``birth_columns.py``), street addresses (``places.py``; a number said in words ``spoken_addresses.py``;
a homestead or townland ``rural_addresses.py``), schools (``schools.py``) and names (``names.py``: a gazetteer of
the region's first names and surnames, Voikko for Finnish case forms, and the words around a name). Each recogniser
is a pattern with a validator, a deny-list or context words, in the spirit of Presidio's
recognisers (a trained tagger beside them was tried and not shipped: tag ``tried/privacy-tagger``).
Nothing is downloaded, and a message takes a few milliseconds (figures in docs/evaluation/privacy-rounds.md).

The placeholders are language-neutral (``[ID]``, ``[NAME]``...) so that a redacted question still
retrieves well in any language. The UI runs ``find_personal_data`` before a message is processed
and ``redact`` with the findings the user kept marked; the ``ask`` API redacts its question the
same way; the feedback store runs ``redact`` on everything it keeps; the entry points' log handlers
format with ``RedactingFormatter``, so a log line never holds what a user typed in clear.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from assistant.privacy.base import (
    ADDRESS,
    BIRTH_DATE,
    CHECKED,
    CONTEXT,
    EMAIL,
    IBAN,
    ID_CODE,
    KINDS,
    LIKELY,
    NAME,
    PHONE,
    PLACEHOLDERS,
    SCHOOL,
    Finding,
)
from assistant.privacy.birth_columns import find_birth_columns
from assistant.privacy.birth_dates import birth_dates_after_names, find_birth_dates
from assistant.privacy.capitals import in_capitals, ordinary_case
from assistant.privacy.dated_codes import births_dated_by_codes, codes_dated_as_births
from assistant.privacy.directions import find_directions
from assistant.privacy.emails import find_emails, without_names_inside_addresses
from assistant.privacy.flats_before import flats_before_addresses
from assistant.privacy.glued_codes import codes_glued_to_words
from assistant.privacy.identity import codes_in_rows, find_identity_codes, is_valid_identity_code
from assistant.privacy.masked_codes import find_masked_codes
from assistant.privacy.nhs_checked import find_checked_nhs_numbers
from assistant.privacy.name_aliases import aliases_of_names
from assistant.privacy.name_apostrophes import without_apostrophes_after_s
from assistant.privacy.name_births import names_before_birth_dates
from assistant.privacy.name_cells import surnames_in_cells
from assistant.privacy.name_joined import names_joined_to_names
from assistant.privacy.name_owners import names_owning_data
from assistant.privacy.name_possessives import find_possessive_names
from assistant.privacy.name_records import names_written_surname_first
from assistant.privacy.name_repeats import repeats_of_names
from assistant.privacy.name_rows import find_row_names
from assistant.privacy.name_surname_before import surnames_before_names
from assistant.privacy.name_things import without_names_of_things
from assistant.privacy.names import find_names
from assistant.privacy.header_mailboxes import without_offices_header_addresses
from assistant.privacy.ibans import find_ibans, is_valid_iban
from assistant.privacy.phone_shapes import find_all_phones
from assistant.privacy.places import find_addresses
from assistant.privacy.rural_addresses import find_rural_addresses
from assistant.privacy.schools import find_schools
from assistant.privacy.spoken_addresses import find_spoken_addresses
from assistant.privacy.spoken_codes import find_spoken_codes
from assistant.privacy.split_codes import codes_split_over_lines
from assistant.privacy.spoken_phones import find_spoken_phones
from assistant.privacy.tax_codes import codes_after_names

__all__ = ["ADDRESS", "BIRTH_DATE", "CHECKED", "CONTEXT", "EMAIL", "IBAN", "ID_CODE", "KINDS", "LIKELY", "NAME",
           "PHONE", "PLACEHOLDERS", "SCHOOL", "Finding", "RedactingFormatter", "find_personal_data",
           "is_valid_iban", "is_valid_identity_code", "kinds_found", "redact", "redaction_report", "warm_up"]

RECOGNISERS = (codes_split_over_lines, find_masked_codes, find_identity_codes, codes_glued_to_words, find_spoken_codes,
               find_checked_nhs_numbers, find_ibans, find_emails, find_all_phones, find_spoken_phones, find_birth_dates,
               find_birth_columns, find_spoken_addresses, find_rural_addresses, find_addresses, find_directions,
               find_schools, find_row_names, find_names, find_possessive_names)
# (a spoken number first: it wins a tie; a rural address before the streets inside it; a register row's whole name
# before the names inside it; a code split over a line or masked before its parts)


def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, in order, without overlaps (the surer finding, then
    the kind earlier in KINDS, wins an overlap)."""
    if not text or not text.strip():
        return []
    if in_capitals(text) and (ordinary := ordinary_case(text)):  # a duty log in capitals (privacy17)
        return [replace(f, text=text[f.start:f.end]) for f in find_personal_data(ordinary)]
    candidates = [finding for recognise in RECOGNISERS for finding in recognise(text)]
    candidates += names_before_birth_dates(text, candidates)  # "Maja (ur. 12 marca 2015)" (privacy28)
    candidates += birth_dates_after_names(text, candidates)  # "Nova (2015-06-03)" (privacy22)
    candidates += codes_after_names(text, candidates)  # "Діти: Марко 4052118375" (privacy23)
    candidates += names_owning_data(text, candidates)  # "sara har e-post sara.berg@…" (privacy59)
    candidates += codes_in_rows(text, candidates)  # "Mazur Oliwia | 08231507648 | 512-409-836" (privacy51)
    candidates += codes_dated_as_births(text, candidates)  # "51003210347 ... sündinud 21. märtsil 2010" (privacy46)
    candidates += births_dated_by_codes(text, candidates)  # "hetu 140210A5831 ... oikea 14.2.2010" (privacy57)
    candidates += flats_before_addresses(text, candidates)  # "Flat 9, 40 Green Lanes" (privacy35)
    candidates += aliases_of_names(text, candidates)  # "Basti (eigentlich Sebastian Wendt)" (privacy35)
    candidates += surnames_before_names(text, candidates)  # "huoltaja Virtanen Riikka" (privacy38)
    candidates += surnames_in_cells(text, candidates)  # "Huoltaja 1\tSalminen\tKari" (privacy47)
    candidates = names_written_surname_first(candidates, text)  # "Nielsen, Karina, CPR …" (privacy58)
    candidates += repeats_of_names(text, candidates)  # "veli Khaled ..., khaled soittaa" (privacy38)
    candidates += names_joined_to_names(text, candidates)  # "богдан і тарас ..., мама тараса" (privacy40)
    candidates = without_offices_header_addresses(candidates, text)  # "To: Duty Social Work <duty.sw@…>" (privacy47)
    candidates = without_names_of_things(candidates, text)  # "Storm og Sol er navne på to hold" (privacy50)
    candidates = without_names_inside_addresses(candidates, text)  # "familjecentralen@uppsala.se" (privacy51)
    candidates = without_apostrophes_after_s(candidates, text)  # "[Lukas]' Schulbegleiter" (privacy53)
    candidates.sort(key=lambda f: (-f.confidence, KINDS.index(f.kind), f.start))
    taken: list[Finding] = []
    for finding in candidates:
        if all(finding.end <= t.start or finding.start >= t.end for t in taken):
            taken.append(finding)
    return sorted(taken, key=lambda f: f.start)


def redact(text: str, findings: list[Finding] | None = None) -> str:
    """``text`` with each piece of personal data replaced by its placeholder, e.g. ``[PHONE]``."""
    findings = find_personal_data(text) if findings is None else findings
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last:f.start])
        out.append(PLACEHOLDERS[f.kind])
        last = f.end
    out.append(text[last:])
    return "".join(out)


def redaction_report(findings: list[Finding]) -> list[dict[str, object]]:
    """What a redaction removed, without the removed text: kind, placeholder, where it stood in the
    typed text, how sure the detector was and whether a checksum held (the ``ask`` API returns this)."""
    return [{"kind": f.kind, "placeholder": PLACEHOLDERS[f.kind], "start": f.start, "end": f.end,
             "confidence": f.confidence, "checked": f.checked} for f in sorted(findings, key=lambda f: f.start)]


def kinds_found(findings: list[Finding]) -> list[str]:
    """The distinct kinds in ``findings``, in the fixed order of KINDS."""
    present = {f.kind for f in findings}
    return [k for k in KINDS if k in present]


def warm_up() -> None:
    """Load the name lists, the common words and Voikko now (a server does, at start), not in a user's
    first message."""
    from assistant.privacy.gazetteer import common_words, dictionary_word, written_in, zipf_anywhere

    common_words(), zipf_anywhere("warm"), dictionary_word("warm"), written_in("Mida ma teen?")
    find_personal_data("Asiakkaani Matti Virtaselle, Hämeentie 5 A 3, 00530 Helsinki. Tuuli soitti.")


class RedactingFormatter(logging.Formatter):
    """A log formatter whose every line (message, arguments, traceback) passes through ``redact``.

    Libraries put their input into messages and exceptions (a validation error quotes the prompt),
    so redacting the finished line is the one place that catches them all.
    """

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
