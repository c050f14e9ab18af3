"""Schools named by their type word's abbreviation, each language's (privacy57).

A worker writes a school's type short, as its pupils and the town say it: the Polish "SP 58 w Łodzi", "SP nr 3", "XIV LO
im. Staszica" (szkoła podstawowa, liceum ogólnokształcące), the German "GS Kleine Kielstraße" (Grundschule), "IGS", the
Finnish "Ppk Pikkukarhussa" (päiväkoti), the Estonian "Rakvere Gümn." (gümnaasium), the Latvian "Daugavpils 9. vsk."
(vidusskola), the Ukrainian and Russian "ЗОШ № 5", "МБОУ «СОШ № 12»" (its legal form and quotes inside). The
abbreviation, in its capitals as written, names a school with its number or a proper name after it; the dotted ones end
a place's name before them. ``schools.py`` joins the class written beside it, as to any school.
"""

from __future__ import annotations

from assistant.privacy.letters import CAP

# Before a number ("SP nr 3", "ЗОШ № 5"; a bare number only after the Polish "SP 58": "LO 2" is a form's) or a proper
# name ("GS Kleine Kielstraße", "LO im. Staszica").
_BEFORE = r"SP|LO|ZS|ZSO|ZSP|GS|IGS|KGS|OGS|Ppk|ЗОШ|СОШ|ЗЗСО|НВК|ЗСШ|ООШ"
# After a place's name, with the school's number between or not ("Rakvere Gümn.", "Daugavpils 9. vsk.").
_AFTER = r"(?i:gümn|põhik|vsk|psk|vidussk|gimn|progimn|pagr|gymn|vgs|ungdomssk)\."
# The town a school's name ends with ("SP 58 w Łodzi", "школа № 5 м. Києва"); ``schools.py``'s too.
TOWN_AFTER = rf"(?:\s(?:w|we|м\.|г\.)\s?{CAP})?"
# The Russian and Ukrainian legal form before it, the abbreviation and number in quotes or not ("МБОУ «СОШ № 12»").
_LEGAL_FORM = r"(?:(?:МБОУ|МАОУ|ГБОУ|МОУ|КЗ|КЗО|КУ)\s)?"
ABBREVIATED_SCHOOL = (
    rf"(?<!\w){_LEGAL_FORM}«?(?:[IVXL]{{1,5}}\s)?(?-i:{_BEFORE})"
    rf"(?:\s(?:nr|№)\.?\s?\d{{1,3}}|\s?№\s?\d{{1,3}}|(?<=SP)\s\d{{1,3}})»?{TOWN_AFTER}"
    rf"(?:\sim\.\s{CAP}(?:\s{CAP})?)?(?!\w)"
    rf"|(?<!\w)(?:[IVXL]{{1,5}}\s)?(?-i:{_BEFORE})\s(?:im\.\s)?{CAP}(?:\s{CAP}){{0,2}}(?!\w)"
    rf"|(?<!\w){CAP}\s(?:\d{{1,3}}\.\s)?{_AFTER}(?!\w)")
