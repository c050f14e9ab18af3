"""Every language-keyed text of assistant/prompts.py exists in every answer language, with the English
entry's {placeholders}, and the safety referral gives 112 in each."""

from __future__ import annotations

import string

import pytest

from assistant import prompts

LANGUAGES = ("fi", "sv", "en", "et", "lv", "lt", "pl", "de", "da", "nb", "uk", "ru")


def _language_dicts() -> dict[str, dict[str, str]]:
    """Every dict of prompts.py keyed by "en", and every inner dict of FACT_KINDS, by a readable name."""
    found = {name: value for name, value in vars(prompts).items()
             if not name.startswith("_") and isinstance(value, dict) and "en" in value}
    found.update({f"FACT_KINDS[{kind!r}]": inner for kind, inner in prompts.FACT_KINDS.items()})
    return found


LANGUAGE_DICTS = _language_dicts()


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_language_dicts_are_found():
    assert {"LANGUAGE_NAMES", "EXTRACTIVE_LEAD", "CANNOT_ANSWER", "SAFETY_REFERRAL",
            "SAFETY_CONTACTS_QUERY", "FACT_NOT_GIVEN", "FACT_KINDS['year']"} <= set(LANGUAGE_DICTS)


@pytest.mark.parametrize("name", sorted(LANGUAGE_DICTS))
def test_every_language_present_and_non_empty(name):
    texts = LANGUAGE_DICTS[name]
    missing = [code for code in LANGUAGES if code not in texts]
    assert not missing, f"{name} lacks {missing}"
    empty = [code for code in LANGUAGES if not isinstance(texts[code], str) or not texts[code].strip()]
    assert not empty, f"{name} is empty in {empty}"


@pytest.mark.parametrize("name", sorted(LANGUAGE_DICTS))
def test_same_placeholders_as_english(name):
    texts = LANGUAGE_DICTS[name]
    english = _placeholders(texts["en"])
    differ = {code: sorted(_placeholders(texts[code])) for code in LANGUAGES
              if code in texts and _placeholders(texts[code]) != english}
    assert not differ, f"{name}: English has {sorted(english)}, these differ: {differ}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_safety_referral_gives_112(code):
    assert "112" in prompts.SAFETY_REFERRAL[code]
