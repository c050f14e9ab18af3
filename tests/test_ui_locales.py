"""The UI's locale files (ui/locales/<code>.toml): each has exactly en.toml's keys with the same
{placeholders} and Markdown, a broken locale stops the import naming the file and the key, the language
switch lists the twelve languages, and the browser's languages pick the start language."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from ui.strings import (
    DEFAULT_LANGUAGE,
    EXAMPLES,
    LANGUAGE_SWITCH,
    LOCALES_DIR,
    STRINGS,
    UI_LANGUAGES,
    LocaleError,
    load_locales,
    pick_language,
    placeholders,
    text,
)

TWELVE = ("fi", "sv", "en", "et", "lv", "lt", "pl", "de", "da", "nb", "uk", "ru")
NEW = ("et", "lv", "lt", "pl", "de", "da", "nb", "uk", "ru")


def _locale(lang: str) -> dict[str, str]:
    with (LOCALES_DIR / f"{lang}.toml").open("rb") as handle:
        return tomllib.load(handle)


ENGLISH = _locale("en")


def test_there_is_one_locale_file_per_ui_language_and_no_other() -> None:
    assert UI_LANGUAGES == TWELVE
    assert sorted(p.stem for p in LOCALES_DIR.glob("*.toml")) == sorted(TWELVE)


@pytest.mark.parametrize("lang", TWELVE)
def test_every_locale_has_exactly_the_keys_of_en_toml(lang: str) -> None:
    table = _locale(lang)
    assert set(ENGLISH) - set(table) == set(), f"{lang}.toml lacks keys"
    assert set(table) - set(ENGLISH) == set(), f"{lang}.toml has keys en.toml does not"
    assert all(isinstance(value, str) and value.strip() for value in table.values())


@pytest.mark.parametrize("lang", TWELVE)
def test_every_key_has_the_same_placeholders_and_markdown_as_in_english(lang: str) -> None:
    table = _locale(lang)
    for key, english in ENGLISH.items():
        value = table[key]
        assert set(re.findall(r"{(\w+)}", value)) == set(re.findall(r"{(\w+)}", english)), key
        assert placeholders(value) == placeholders(english), key
        # Markdown survives translation: bold, code, headings and line structure.
        for mark in ("**", "`", "\n", "### ", "112", "→", "←", "✓", "✗"):
            assert value.count(mark) == english.count(mark), (key, mark)
    assert "ASSISTANT_ADMIN_USERNAME=…\nASSISTANT_ADMIN_PASSWORD=…" in table["admin_locked"]
    assert "`assistant serve`" in table["admin_locked"]


@pytest.mark.parametrize("lang", NEW)
def test_new_locales_are_translated_not_copied(lang: str) -> None:
    table = _locale(lang)
    same = sorted(key for key, value in table.items() if value == ENGLISH[key])
    # A few words are the same in some languages ("Workshop", "Send", "Upload"); nothing more.
    assert len(same) <= 6, same
    assert not set(EXAMPLES[lang]) & set(EXAMPLES["en"])


@pytest.mark.parametrize("lang", TWELVE)
def test_each_language_has_three_example_questions_and_filled_strings(lang: str) -> None:
    assert len(EXAMPLES[lang]) == 3 and all(q.strip().endswith("?") for q in EXAMPLES[lang])
    assert text("workshop_counter", lang, n=2, total=5).count("2") == 1
    assert "{" not in text("admin_sync_done", lang, added=1, updated=2, unchanged=3, removed=4, failed=5,
                           chunks=6, seconds=7)
    assert set(STRINGS["app_title"]) == set(TWELVE)


def test_the_switch_lists_the_twelve_languages_each_in_its_own_name() -> None:
    assert LANGUAGE_SWITCH == [
        ("Suomi", "fi"), ("Svenska", "sv"), ("English", "en"), ("Eesti", "et"), ("Latviešu", "lv"),
        ("Lietuvių", "lt"), ("Polski", "pl"), ("Deutsch", "de"), ("Dansk", "da"), ("Norsk bokmål", "nb"),
        ("Українська", "uk"), ("Русский", "ru"),
    ]


@pytest.mark.parametrize("header, expected", [
    ("de-DE,de;q=0.9", "de"), ("de-AT", "de"), ("nb-NO", "nb"), ("no", "nb"), ("nn", "nb"), ("nn-NO,nb;q=0.8", "nb"),
    ("da-DK,da;q=0.9,en;q=0.8", "da"), ("et-EE", "et"), ("lv", "lv"), ("lt-LT", "lt"), ("pl-PL,pl;q=0.9", "pl"),
    ("uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7", "uk"), ("ru", "ru"), ("sv-FI", "sv"), ("fi-FI", "fi"), ("FI", "fi"),
    ("en-GB", "en"), ("sv_SE", "sv"),
    # the weights decide, not the order; q=0 means "not this one"
    ("en;q=0.5,uk", "uk"), ("de;q=0,pl;q=0.3", "pl"), ("fr-FR,fr;q=0.9,lt;q=0.5", "lt"),
    # only languages the UI does not speak: English; nothing at all: the default, Finnish
    ("fr-FR", "en"), ("zh-CN,ja;q=0.5", "en"), ("", DEFAULT_LANGUAGE), (None, DEFAULT_LANGUAGE), ("*", DEFAULT_LANGUAGE),
])
def test_the_browser_languages_pick_the_start_language(header: str | None, expected: str) -> None:
    assert DEFAULT_LANGUAGE == "fi"
    assert pick_language(header) == expected


# --- a broken locale fails loudly -----------------------------------------------------------------
@pytest.fixture
def locales(tmp_path: Path) -> Path:
    for lang in ("en", "de"):
        shutil.copy(LOCALES_DIR / f"{lang}.toml", tmp_path / f"{lang}.toml")
    return tmp_path


def _drop_key(path: Path, key: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith(f"{key} = ")), encoding="utf-8")


def test_the_copied_locales_load(locales: Path) -> None:
    loaded = load_locales(locales, ("en", "de"))
    assert loaded["de"]["send"] == "Senden"


def test_a_missing_key_names_the_file_and_the_key(locales: Path) -> None:
    _drop_key(locales / "de.toml", "feedback_thanks")
    with pytest.raises(LocaleError, match=r"de\.toml: missing key 'feedback_thanks'"):
        load_locales(locales, ("en", "de"))


def test_a_key_that_en_toml_lacks_names_the_file_and_the_key(locales: Path) -> None:
    with (locales / "de.toml").open("a", encoding="utf-8") as handle:
        handle.write('only_in_german = "Nur hier"\n')
    with pytest.raises(LocaleError, match=r"de\.toml: key 'only_in_german' is not in en\.toml"):
        load_locales(locales, ("en", "de"))


def test_a_key_dropped_from_en_toml_is_reported_for_the_other_locales(locales: Path) -> None:
    _drop_key(locales / "en.toml", "yes")
    with pytest.raises(LocaleError, match=r"de\.toml: key 'yes' is not in en\.toml"):
        load_locales(locales, ("en", "de"))


def test_other_placeholders_name_the_file_and_the_key(locales: Path) -> None:
    path = locales / "de.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("Frage {n} von {total}", "Frage {n} von {gesamt}"),
                    encoding="utf-8")
    with pytest.raises(LocaleError, match=r"de\.toml: key 'workshop_counter' has placeholders"):
        load_locales(locales, ("en", "de"))


def test_a_missing_file_a_stray_file_and_a_non_string_are_refused(locales: Path) -> None:
    with pytest.raises(LocaleError, match=r"fi\.toml: locale file missing"):
        load_locales(locales, ("en", "de", "fi"))
    shutil.copy(locales / "de.toml", locales / "fr.toml")
    with pytest.raises(LocaleError, match=r"fr\.toml: a locale whose language is not in UI_LANGUAGES"):
        load_locales(locales, ("en", "de"))
    (locales / "fr.toml").unlink()
    with (locales / "de.toml").open("a", encoding="utf-8") as handle:
        handle.write("[section]\nkey = 1\n")
    with pytest.raises(LocaleError, match=r"de\.toml: key 'section' is a dict, not a string"):
        load_locales(locales, ("en", "de"))


def test_invalid_toml_names_the_file(locales: Path) -> None:
    (locales / "de.toml").write_text('send = "Senden\n', encoding="utf-8")
    with pytest.raises(LocaleError, match=r"de\.toml: cannot be read as TOML"):
        load_locales(locales, ("en", "de"))
