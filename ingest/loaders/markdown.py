"""Markdown with YAML front matter; the heading path below the title is the locator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import DocumentError
from ingest.loaders.base import LoadedDocument, Loader, Section
from ingest.loaders.text import decode_text
from ingest.ocr import OcrOptions

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FRONT_MATTER_KEYS = {"title", "language", "type", "audience", "topics", "reviewed", "source_url", "sources",
                     "valid_from", "replaces"}
SINGLE_VALUE_KEYS = {"title", "language", "type", "reviewed", "source_url", "valid_from", "replaces"}


def parse_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        # An alias lets a few lines stand for billions of items ("billion laughs"): cheap to parse,
        # but str() or JSON of the result never ends. Front matter never needs one.
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(match.group(1), Loader=yaml.SafeLoader)):
            raise DocumentError(path.name, "front matter uses a YAML alias (*name); write the value out instead")
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}, column {mark.column + 1}" if mark else ""  # +2: 0-based, after ---
        problem = getattr(exc, "problem", None) or exc
        raise DocumentError(path.name, f"front matter is not valid YAML: {problem}{where}") from exc
    except ValueError as exc:  # a date that cannot be, such as 2026-31-28
        raise DocumentError(path.name, f"front matter has an impossible value ({exc})") from exc
    except RecursionError as exc:  # PyYAML composes nested lists recursively
        raise DocumentError(path.name, "front matter is nested too deeply to be metadata") from exc
    if not isinstance(meta, dict):
        raise DocumentError(path.name, "front matter must be a YAML mapping of keys to values")
    nested = sorted(str(k) for k in SINGLE_VALUE_KEYS & set(meta) if isinstance(meta[k], (list, dict)))
    if nested:
        raise DocumentError(path.name, f"front matter key(s) {nested} must hold one value, not a list or mapping")
    unknown = sorted(str(k) for k in set(meta) - FRONT_MATTER_KEYS)  # YAML keys may be numbers
    if unknown:
        raise DocumentError(path.name, f"unknown front matter key(s) {unknown}; "
                                       f"known: {sorted(FRONT_MATTER_KEYS)}")
    return meta, text[match.end():]


class MarkdownLoader(Loader):
    format_name = "markdown"

    def load(self, path: Path, data: bytes, ocr: OcrOptions | None = None) -> LoadedDocument:
        text = decode_text(path, data)
        meta, body = parse_front_matter(path, text)
        sections, h1 = _sections(body)
        if not sections:
            raise DocumentError(path.name, "empty document: no text below the front matter")
        language = meta.get("language")
        if language is not None and language not in ("fi", "sv", "en"):
            raise DocumentError(path.name, f"front matter language {language!r} is not one of fi, sv, en")
        extra = {k: meta[k] for k in ("source_url", "valid_from", "replaces", "audience", "topics", "reviewed",
                                      "sources") if meta.get(k) not in (None, "", [])}
        return LoadedDocument(
            title=str(meta.get("title") or h1 or path.stem),
            sections=sections,
            language=language,
            doc_type=meta.get("type"),
            extra=extra,
        )


def _sections(body: str) -> tuple[list[Section], str]:
    """Split at headings; a section's locator is its heading path without the H1 title."""
    h1 = ""
    path: list[tuple[int, str]] = []
    sections: list[Section] = []
    buffer: list[str] = []
    in_code = False

    def flush() -> None:
        text = "\n".join(buffer).strip()
        if text:
            locator = " > ".join(title for _, title in path) or h1 or "Introduction"
            sections.append(Section(text, locator))
        buffer.clear()

    for line in body.split("\n"):
        if line.strip().startswith("```"):
            in_code = not in_code
        heading = None if in_code else _HEADING.match(line)
        if heading:
            flush()
            level, title = len(heading.group(1)), heading.group(2).strip()
            if level == 1 and not h1:
                h1 = title
                continue
            path = [(lvl, t) for lvl, t in path if lvl < level] + [(level, title)]
            continue
        buffer.append(line.rstrip())
    flush()
    return sections, h1
