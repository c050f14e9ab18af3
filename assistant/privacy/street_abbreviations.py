"""A street's word shortened, each language's own ways, in one table (privacy54).

People in a hurry shorten the street's word: glued to the street's own name ("Björkv. 3", "Skovv. 3 st. th.",
"Kirkegt. 12 B", "koulut. 7 a 3", "Hämeenk. 18", "bergsg. 7", "Bahnhofstr. 7") or written apart after it
("Dronningens gt. 21", "Alder Cl 4", "12 Castle Ct", "carlisle st 44", "Pärnu mnt 12", "Gedimino pr. 9"). The address
patterns (``places.py``, ``lower_addresses.py``) and the name rules that know a street word (``streets.py``) build their
pieces from these tables, so a new abbreviation is written once.

Glued, the abbreviation takes its dot ("Björkv.", "Kirkegt."; "beträgt 300" is a verb); written apart, one written
with its dot in the table takes it ("Gedimino pr. 9"), one without may leave it out ("Dronningens gt 21", "Rose St 4").
"""

from __future__ import annotations

import re

# Glued to the street's own name, by language: the Finnish katu, tie and kuja; the Swedish gatan and vägen; the
# Norwegian gate and vei(en); the Danish gade, vej and plads; the German Straße and Platz.
GLUED = {
    "fi": ("k", "t", "kj"),
    "sv": ("g", "v", "vg"),
    "nb": ("g", "gt", "v", "vn"),
    "da": ("g", "gd", "v", "pl"),
    "de": ("str",),
}
# Written apart after the street's own name, by language (the Polish, Ukrainian and Russian ones come before the name:
# ``places._PREFIX_STREET``); no "v.", which is a week too ("uppföljning v. 50").
APART = {
    "en": ("St", "Rd", "Ave", "Ln"),
    "sv": ("g.",),
    "nb": ("g.", "gt", "vn"),
    "da": ("g.", "gd"),
    "de": ("Str.",),
    "et": ("tn", "mnt", "pst"),
    "lt": ("g.", "pr.", "al."),
    "lv": ("g.", "pr.", "prosp.", "bulv."),
}
# The English order, the number before the street ("14 Alder Cl", "3 Castle Ct", "5 pilrig st"): every English
# abbreviation, in either case.
ENGLISH = ("St", "Rd", "Ave", "Ln", "Dr", "Cl", "Ct", "Pl", "Sq", "Cres", "Tce", "Terr", "Gdns", "Gr", "Blvd", "Pde")
# Abbreviations that end like a glued street word and are none ("Sept. 3", "Dept. 4", "Jahrg. 2015", the Latvian
# clock's "plkst. 10").
NOT_STREETS = ("sept", "dept", "capt", "kapt", "govt", "prov", "hrsg", "jahrg", "plkst")


def _pattern(abbreviations: frozenset[str], dot_always: bool = False) -> str:
    """The abbreviations as a regular expression, longest first: one written with its dot (or any when ``dot_always``)
    with it, another with or without it, no letter after either."""
    ordered = sorted(abbreviations, key=lambda a: (-len(a), a))
    dots = [re.escape(a.rstrip(".")) + (r"\." if a.endswith(".") or dot_always else r"\.?") for a in ordered]
    return "(?:" + "|".join(dots) + r")(?![^\W\d_])"


def not_glued_pattern() -> str:
    """A look-ahead, at a word's start, that it is no abbreviation of ``NOT_STREETS``."""
    return rf"(?!(?i:{'|'.join(NOT_STREETS)})\.)"


def glued_pattern() -> str:
    """A street word shortened and glued, with its dot, to a name of three letters or more ("Björkv.", "kirkegt.");
    the word's start must be checked with ``not_glued_pattern``."""
    return r"(?<=[^\W\d_]{3})" + _pattern(frozenset(a for table in GLUED.values() for a in table), dot_always=True)


def apart_pattern() -> str:
    """A street word shortened and written apart, as the tables write it and in lower case ("gt.", "St", "st")."""
    return _pattern(frozenset(a for table in APART.values() for w in table for a in (w, w.lower())))


def english_pattern() -> str:
    """The English abbreviations, with a capital or a small first letter ("Cl", "st")."""
    return _pattern(frozenset(a for w in ENGLISH for a in (w, w.lower())))
