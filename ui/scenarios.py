"""Workshop scenarios from the practice records (documents of type ``practice-record``).

Each record's file is read by its loader (ingest/), so this module only picks sections by their
heading: the opening and the first section are the scenario, the "Discussion questions" section
(fi: Keskustelukysymykset, sv: Diskussionsfrågor) gives the questions to step through, and the rest
of the record (what was done, lessons, sources) is the trainer's background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.documents import PRACTICE_RECORD, DocumentRecord, is_source_list, last_heading
from assistant.errors import DocumentError
from assistant.store import Store

QUESTION_HEADINGS = {"discussion questions", "keskustelukysymykset", "diskussionsfrågor"}
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+(.*\S)\s*$")


@dataclass
class Scenario:
    """One practice record, split for a workshop."""

    source: str
    title: str
    language: str
    setting: list[tuple[str, str]]  # (heading, text) shown to the room
    questions: list[str]
    background: list[tuple[str, str]] = field(default_factory=list)  # the rest, for the trainer
    record_sources: str = ""  # the record's own "Sources" section


def practice_records(store: Store) -> list[DocumentRecord]:
    """The practice records in the catalog, by title."""
    return sorted((d for d in store.documents() if d.doc_type == PRACTICE_RECORD), key=lambda d: (d.title, d.language))


def discussion_questions(body: str) -> list[str]:
    """The numbered (or bulleted) items of a questions section; wrapped lines join their item."""
    questions: list[str] = []
    for line in body.splitlines():
        item = _ITEM.match(line)
        if item:
            questions.append(item.group(1))
        elif line.strip() and questions:
            questions[-1] = f"{questions[-1]} {line.strip()}"
    return questions


def load_scenario(store: Store, source: str) -> Scenario:
    """Read the practice record ``source`` (a catalogued source key) into a Scenario."""
    from ingest.loaders import load_document

    record = store.document(source)
    if record is None or record.doc_type != PRACTICE_RECORD:
        raise DocumentError(source, "not a practice record in the knowledge base")
    path = Path(record.path)
    try:
        loaded = load_document(path, path.read_bytes(), display_name=source)
    except OSError as exc:
        raise DocumentError(source, f"cannot read the file ({exc.strerror or exc})") from exc
    setting: list[tuple[str, str]] = []
    background: list[tuple[str, str]] = []
    questions: list[str] = []
    record_sources = ""
    first: str | None = None  # the first named section (the situation); the opening text comes before it
    for index, section in enumerate(loaded.sections):
        if last_heading(section.locator).casefold() in QUESTION_HEADINGS:
            questions.extend(discussion_questions(section.text))
        elif is_source_list(section.locator):
            record_sources = section.text
        elif first is None:
            opening = index == 0 and section.locator in (loaded.title, record.title, "Introduction")
            setting.append(("" if opening else section.locator, section.text))
            first = None if opening else section.locator
        elif section.locator == first or section.locator.startswith(first + " > "):
            setting.append((section.locator, section.text))
        else:
            background.append((section.locator, section.text))
    return Scenario(source=source, title=record.title, language=record.language, setting=setting,
                    questions=questions, background=background, record_sources=record_sources)
