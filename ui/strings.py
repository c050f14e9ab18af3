"""Every string the UI shows, in each of its languages: one catalogue, one TOML file per language.

``ui/locales/<code>.toml`` holds one language's strings as flat ``key = "string"``; ``en.toml`` is the
reference. They are read once, at import, and checked: a locale that lacks a key of en.toml, has a key
en.toml does not, or fills other ``{placeholders}`` than en.toml's stops the import with an error naming
the file and the key (no string ever falls back to another language unnoticed).

``text(key, lang, **fmt)`` looks a string up and fills its ``{placeholders}``. Three tables are made from
prefixed keys of the same files: ``EXAMPLES`` (``example_1``, ``example_2``, ...), ``LANGUAGE_NAMES``
(``language_name_<code>``) and ``DOC_TYPE_NAMES`` (``doc_type_<type>``). The answers' own fixed
sentences (refusal, safety referral) live in ``assistant.prompts``; this module holds the UI's.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# The languages the UI speaks (ISO 639-1; Norwegian is bokmål, "nb"). The languages of the documents are
# another list: the document-language filter offers those the store holds (ui/chat.py).
UI_LANGUAGES = ("fi", "sv", "en", "et", "lv", "lt", "pl", "de", "da", "nb", "uk", "ru")
DEFAULT_LANGUAGE = "fi"
# The locale every other must match key for key, and the language of a browser the UI does not speak.
REFERENCE_LANGUAGE = "en"
# The switch shows each language in its own name, so anyone can find theirs.
LANGUAGE_SWITCH = [("Suomi", "fi"), ("Svenska", "sv"), ("English", "en"), ("Eesti", "et"), ("Latviešu", "lv"),
                   ("Lietuvių", "lt"), ("Polski", "pl"), ("Deutsch", "de"), ("Dansk", "da"),
                   ("Norsk bokmål", "nb"), ("Українська", "uk"), ("Русский", "ru")]

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
EXAMPLE_PREFIX = "example_"
LANGUAGE_NAME_PREFIX = "language_name_"
DOC_TYPE_PREFIX = "doc_type_"

# Browser language tags that mean a UI language under another code: Norwegian ("no") and nynorsk
# readers get bokmål.
_TAG_ALIASES = {"no": "nb", "nn": "nb"}


class LocaleError(RuntimeError):
    """A locale file is missing, unreadable, or does not match en.toml."""


def placeholders(value: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``value`` (``{{`` and ``}}`` are literal braces)."""
    names = set()
    for _literal, field, _spec, _conversion in string.Formatter().parse(value):
        if field is not None:
            names.add(field)
    return names


def _shown(path: Path) -> str:
    """``path`` as the error names it: relative to the repository when it is inside it."""
    try:
        return str(path.relative_to(Path(__file__).resolve().parents[1]))
    except ValueError:
        return str(path)


def _read(path: Path) -> dict[str, str]:
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
    except FileNotFoundError:
        raise LocaleError(f"{_shown(path)}: locale file missing (its language is in UI_LANGUAGES)") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LocaleError(f"{_shown(path)}: cannot be read as TOML: {exc}") from exc
    problems = []
    for key, value in table.items():
        if not isinstance(value, str):
            problems.append(f"{_shown(path)}: key {key!r} is a {type(value).__name__}, not a string "
                            f"(the files are flat: key = \"string\")")
        elif not value.strip():
            problems.append(f"{_shown(path)}: key {key!r} is empty")
        else:
            try:
                placeholders(value)
            except ValueError as exc:
                problems.append(f"{_shown(path)}: key {key!r} has a broken {{placeholder}}: {exc}")
    if problems:
        raise LocaleError("\n".join(problems))
    return table


def load_locales(directory: Path = LOCALES_DIR, languages: Iterable[str] = UI_LANGUAGES,
                 reference: str = REFERENCE_LANGUAGE) -> dict[str, dict[str, str]]:
    """Each language's strings, ``{lang: {key: string}}``, read from ``directory/<lang>.toml``.

    Raises LocaleError, naming the file and the key, when a file is missing or is not flat TOML of strings,
    when a locale lacks a key of the reference or has one the reference lacks, when a key's
    ``{placeholders}`` differ from the reference's, or when the directory holds a locale not in ``languages``.
    """
    languages = tuple(languages)
    if reference not in languages:
        raise LocaleError(f"the reference locale {reference!r} is not among the languages {languages}")
    catalogues = {lang: _read(directory / f"{lang}.toml") for lang in languages}
    expected = catalogues[reference]
    ref_name = f"{reference}.toml"
    problems = []
    for lang, table in catalogues.items():
        shown = _shown(directory / f"{lang}.toml")
        problems += [f"{shown}: missing key {key!r} (it is in {ref_name})" for key in expected if key not in table]
        problems += [f"{shown}: key {key!r} is not in {ref_name} (add it there first, or remove it)"
                     for key in table if key not in expected]
        for key, value in table.items():
            if key in expected and placeholders(value) != placeholders(expected[key]):
                problems.append(f"{shown}: key {key!r} has placeholders {sorted(placeholders(value))}, "
                                f"{ref_name} has {sorted(placeholders(expected[key]))}")
    strays = sorted(p.name for p in directory.glob("*.toml") if p.stem not in languages)
    problems += [f"{_shown(directory / name)}: a locale whose language is not in UI_LANGUAGES" for name in strays]
    if problems:
        raise LocaleError("the UI's locale files do not match:\n" + "\n".join(problems))
    return catalogues


def _examples(table: dict[str, str], lang: str) -> list[str]:
    numbered = []
    for key, value in table.items():
        if key.startswith(EXAMPLE_PREFIX):
            suffix = key.removeprefix(EXAMPLE_PREFIX)
            if not suffix.isdigit():
                raise LocaleError(f"{_shown(LOCALES_DIR / f'{lang}.toml')}: key {key!r}: example keys are "
                                  f"{EXAMPLE_PREFIX}1, {EXAMPLE_PREFIX}2, ...")
            numbered.append((int(suffix), value))
    return [value for _, value in sorted(numbered)]


def _prefixed(catalogues: dict[str, dict[str, str]], prefix: str) -> dict[str, dict[str, str]]:
    keys = [key for key in catalogues[REFERENCE_LANGUAGE] if key.startswith(prefix)]
    return {key.removeprefix(prefix): {lang: catalogues[lang][key] for lang in UI_LANGUAGES} for key in keys}


if [code for _, code in LANGUAGE_SWITCH] != list(UI_LANGUAGES):
    raise LocaleError("LANGUAGE_SWITCH must list exactly UI_LANGUAGES, in the same order")

_CATALOGUES = load_locales()

# {key: {lang: string}}: every key of the locale files (the prefixed ones too).
STRINGS: dict[str, dict[str, str]] = {
    key: {lang: _CATALOGUES[lang][key] for lang in UI_LANGUAGES} for key in _CATALOGUES[REFERENCE_LANGUAGE]
}
# {code: {lang: name}}: a document language's name in each UI language.
LANGUAGE_NAMES: dict[str, dict[str, str]] = _prefixed(_CATALOGUES, LANGUAGE_NAME_PREFIX)
# {doc_type: {lang: name}}
DOC_TYPE_NAMES: dict[str, dict[str, str]] = _prefixed(_CATALOGUES, DOC_TYPE_PREFIX)
# Example questions shown under the chat, per language; each is covered by the shipped knowledge/.
EXAMPLES: dict[str, list[str]] = {lang: _examples(_CATALOGUES[lang], lang) for lang in UI_LANGUAGES}


def text(key: str, lang: str, **fmt: Any) -> str:
    """The string ``key`` in ``lang`` (English for a language the UI does not speak), with ``fmt`` filled in."""
    entry = STRINGS[key]
    value = entry.get(lang) or entry[REFERENCE_LANGUAGE]
    return value.format(**fmt) if fmt else value


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES.get(code, {}).get(lang, code)


_PAGE_LOCATOR = re.compile(r"^page (\d+)$")


def locator_text(locator: str, page: int | None, lang: str) -> str:
    """A locator as the reader's language says it: the PDF loader's "page 2" becomes "sivu 2"; headings,
    articles and sections are the document's own words and stay as they are."""
    found = _PAGE_LOCATOR.match(locator.strip())
    if found or (page and not locator.strip()):
        return text("locator_page", lang, page=found.group(1) if found else page)
    return locator


def doc_type_name(doc_type: str, lang: str) -> str:
    return DOC_TYPE_NAMES.get(doc_type, {}).get(lang, doc_type)


def _ranked_tags(accept_language: str) -> list[str]:
    """The language tags of a browser tag or an Accept-Language header, most preferred first.

    "de-DE,de;q=0.9,en;q=0.8" -> ["de-de", "de", "en"]; a tag with q=0 (not acceptable) or "*" is dropped,
    and equal weights keep their order.
    """
    ranked = []
    for position, item in enumerate(accept_language.split(",")):
        tag, *params = (part.strip() for part in item.split(";"))
        tag = tag.lower().replace("_", "-")
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0  # a malformed weight: not a preference to act on
        if tag and tag != "*" and weight > 0:
            ranked.append((-weight, position, tag))
    return [tag for _, _, tag in sorted(ranked)]


def pick_language(browser_language: str | None) -> str:
    """The UI language for a browser: the first of its languages (a tag such as "sv-FI", or a whole
    Accept-Language header such as "de-DE,de;q=0.9,en;q=0.8") that the UI speaks. Norwegian ("no",
    "nn", "nb-NO") gets bokmål. English when the browser names only languages the UI does not speak,
    DEFAULT_LANGUAGE (Finnish) when it says nothing."""
    tags = _ranked_tags((browser_language or "").strip())
    if not tags:
        return DEFAULT_LANGUAGE
    for tag in tags:
        primary = tag.split("-", 1)[0]
        code = _TAG_ALIASES.get(primary, primary)
        if code in UI_LANGUAGES:
            return code
    return REFERENCE_LANGUAGE
