"""Evaluation datasets: JSONL questions, validated with errors that name the file and the line.

A dataset is a folder ``evals/datasets/NAME/`` of ``*.jsonl`` files plus an optional
``dataset.toml`` saying which documents the questions are about (``documents = "PATH"``,
relative to the folder; default: the repository's ``knowledge/``). Each line is one question:

    {"id": "fin-en-01", "language": "en", "question": "...", "kind": "answerable",
     "expected": [{"source": "finnish-law/x.en.md", "locator": "Heading"}],   # any of these
     "key_facts": [["30 days", "30 päivää"]],                                 # each: any of
     "filters": {"language": "fi"}, "history": ["earlier question"],         # optional
     "steps": [["lastensuojeluilmoitu", "child welfare notification"], ...],  # optional, in order
     "current": [{"source": "finlex/fi/asd20141302.xml", "locator": "25 §"}],  # optional: see below
     "danger_now": false}                                                      # optional: see below

``kind`` is answerable, cross-lingual, follow-up, situation, near-topic or out-of-scope; near-topic
questions are out-of-scope ones close to what the documents cover (a figure they do not give); out-of-scope
questions have no expected sources and must be refused. A situation question describes what a
professional faces and asks what to do; its ``steps`` are the guidance's steps in their order,
each a group of alternative phrases (like a key fact) that an answer covering the step contains.

A question whose answer changed with an amendment (the ``amendments`` sets, issue 16) names in ``current``
the passages holding the newest wording of the section asked about (any of them); its ``expected`` lists
the older wordings too. Its answer should cite the newest wording, and flag every older wording it cites
as amended or repealed (``evals/metrics.py``: newest_cited, older_flagged).

``danger_now`` (optional, true or false) says whether the question describes a child in danger now: its answer
must open with the 112 referral when true and must not when false (``evals/metrics.py``: referral_precision,
referral_recall, over the questions that carry the label). ``danger_reason`` (optional text) says why the writer
labelled it so, for the reader; nothing scores it.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.text.language import ASKER_LANGUAGES
from assistant.errors import AssistantError
from assistant.store.catalog import FILTER_COLUMNS

DATASETS_DIR = Path(__file__).resolve().parent / "datasets"
REPO = DATASETS_DIR.parents[1]
KINDS = ("answerable", "cross-lingual", "follow-up", "situation", "near-topic", "out-of-scope")
UNANSWERABLE = ("near-topic", "out-of-scope")
_FIELDS = {"id", "language", "question", "kind", "expected", "key_facts", "steps", "filters", "history", "note",
           "current", "danger_now", "danger_reason"}


class DatasetError(AssistantError):
    """A dataset cannot be found or a line of it is malformed (the message names file and line)."""


@dataclass(frozen=True)
class Expected:
    source: str
    locator: str


@dataclass
class Question:
    id: str
    language: str
    question: str
    kind: str
    expected: list[Expected] = field(default_factory=list)
    key_facts: list[list[str]] = field(default_factory=list)
    steps: list[list[str]] = field(default_factory=list)  # in the guidance's order; each: any of
    filters: dict[str, str] | None = None
    history: list[str] = field(default_factory=list)
    current: list[Expected] = field(default_factory=list)  # the passages holding the newest wording asked about
    danger_now: bool | None = None  # a child in danger now (the answer must open with the referral); None: unlabelled
    origin: str = ""  # "file:line", for messages

    @property
    def answerable(self) -> bool:
        return self.kind not in UNANSWERABLE


@dataclass
class Dataset:
    name: str
    questions: list[Question]
    documents: Path  # the folder the questions are about
    description: str = ""
    held_out: bool = False  # dataset.toml `held_out = true`: never tuned on; its reports give figures only

    def limited(self, limit: int | None) -> Dataset:
        """The first ``limit`` questions, keeping the kinds mixed (round-robin over kinds)."""
        if not limit or limit >= len(self.questions):
            return self
        by_kind: dict[str, list[Question]] = {}
        for q in self.questions:
            by_kind.setdefault(q.kind, []).append(q)
        picked: list[Question] = []
        while len(picked) < limit:
            for kind in KINDS:
                if by_kind.get(kind) and len(picked) < limit:
                    picked.append(by_kind[kind].pop(0))
        return replace(self, questions=picked)

    def subset(self, sources: set[str], out_of_scope: int = 0) -> Dataset:
        """Answerable questions with an expected source in ``sources``, plus ``out_of_scope`` refusals.

        A situation question is kept only when all its expected sources are in ``sources``: its steps
        come from several guides, and a store without some of them cannot give them.
        """
        def fits(q: Question) -> bool:
            found = [e.source in sources for e in q.expected]
            return all(found) if q.kind == "situation" else any(found)

        kept = [q for q in self.questions if q.answerable and fits(q)]
        kept += [q for q in self.questions if not q.answerable][:out_of_scope]
        return replace(self, questions=kept)


def dataset_dir(name: str) -> Path:
    """A dataset's folder: a name under evals/datasets/, or a path to a folder or a .jsonl file."""
    path = Path(name)
    if path.exists():
        return path
    folder = DATASETS_DIR / name
    if folder.is_dir():
        return folder
    known = ", ".join(sorted(p.name for p in DATASETS_DIR.iterdir() if p.is_dir()))
    raise DatasetError(f"no dataset {name!r}: not a path and not one of {known} (in {DATASETS_DIR})")


def load_dataset(name: str, documents: Path | None = None) -> Dataset:
    """Load and validate the dataset ``name`` (see ``dataset_dir``); raise DatasetError listing every problem."""
    where = dataset_dir(name)
    files = [where] if where.is_file() else sorted(where.glob("*.jsonl"))
    if not files:
        raise DatasetError(f"{where}: no *.jsonl files")
    folder = where.parent if where.is_file() else where
    manifest = _manifest(folder)
    if documents is None:
        documents = (folder / manifest["documents"]).resolve() if "documents" in manifest else REPO / "knowledge"
    questions: list[Question] = []
    problems: list[str] = []
    for file in files:
        questions.extend(_load_file(file, problems))
    seen: dict[str, str] = {}
    for q in questions:
        if q.id in seen:
            problems.append(f"{q.origin}: id {q.id!r} is also used at {seen[q.id]}")
        seen[q.id] = q.origin
    held_out = manifest.get("held_out", False)
    if not isinstance(held_out, bool):
        problems.append(f"{folder / 'dataset.toml'}: 'held_out' must be true or false, not {held_out!r}")
    if problems:
        shown = "\n  ".join(problems[:30])
        more = f"\n  ... and {len(problems) - 30} more" if len(problems) > 30 else ""
        raise DatasetError(f"dataset {name!r} has {len(problems)} problem(s):\n  {shown}{more}")
    return Dataset(where.stem if where.is_file() else folder.name, questions, Path(documents),
                   str(manifest.get("description", "")), held_out is True)


def labelled_lines(path: Path, fields: tuple[str, ...], texts: tuple[str, ...] = ("id", "language", "text"),
                   ) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(where, record)`` for each line of a labelled JSONL file (the privacy and safety sets), with the checks
    they share done: a JSON object, no field outside ``fields``, the ``texts`` fields non-empty strings, and
    a unique id. A malformed line raises DatasetError naming the file, the line and the field."""
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"{path}: {exc}") from exc
    allowed = ", ".join(fields)
    required = ", ".join(f for f in fields if f != "note")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{where}: not JSON ({exc})") from exc
        if not isinstance(raw, dict):
            raise DatasetError(f"{where}: a line must be a JSON object with {required}")
        unknown = sorted(set(raw) - set(fields))
        if unknown:
            raise DatasetError(f"{where}: unknown field(s) {', '.join(map(repr, unknown))}; allowed: {allowed}")
        for name in texts:
            if not isinstance(raw.get(name), str) or not raw[name].strip():
                raise DatasetError(f"{where}: field {name!r} is missing or not a non-empty string")
        if raw["id"] in seen:
            raise DatasetError(f"{where}: field 'id': duplicate id {raw['id']!r}")
        seen.add(raw["id"])
        yield where, raw


def _manifest(folder: Path) -> dict:
    path = folder / "dataset.toml"
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DatasetError(f"{path}: {exc}") from exc


def _load_file(file: Path, problems: list[str]) -> list[Question]:
    questions = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{file}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{origin}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        found = validate_record(record)
        if found:
            problems.extend(f"{origin}: {p}" for p in found)
            continue
        questions.append(Question(
            id=record["id"], language=record["language"], question=record["question"], kind=record["kind"],
            expected=[Expected(e["source"], e["locator"]) for e in record.get("expected", [])],
            key_facts=[list(group) for group in record.get("key_facts", [])],
            steps=[list(group) for group in record.get("steps", [])],
            filters=record.get("filters") or None, history=list(record.get("history", [])),
            current=[Expected(e["source"], e["locator"]) for e in record.get("current", [])],
            danger_now=record.get("danger_now"), origin=origin,
        ))
    return questions


def validate_record(record: object) -> list[str]:
    """What is wrong with one parsed line (empty list: nothing)."""
    if not isinstance(record, dict):
        return ["a line must be a JSON object"]
    problems = []
    unknown = set(record) - _FIELDS
    if unknown:
        problems.append(f"unknown field(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_FIELDS))}")
    for key in ("id", "language", "question", "kind"):
        if not isinstance(record.get(key), str) or not record.get(key, "").strip():
            problems.append(f"{key!r} must be a non-empty string")
    if record.get("language") not in ASKER_LANGUAGES:
        problems.append(f"language {record.get('language')!r} is not one of {', '.join(ASKER_LANGUAGES)}")
    kind = record.get("kind")
    if kind not in KINDS:
        problems.append(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    expected = record.get("expected", [])
    if not isinstance(expected, list) or not all(
            isinstance(e, dict) and isinstance(e.get("source"), str) and isinstance(e.get("locator"), str)
            and e["source"] for e in expected):
        problems.append("'expected' must be a list of {\"source\": str, \"locator\": str}")
    elif kind in UNANSWERABLE and expected:
        problems.append("an out-of-scope question has no expected sources")
    elif kind in KINDS and kind not in UNANSWERABLE and not expected:
        problems.append(f"a {kind} question needs at least one expected source")
    current = record.get("current", [])
    if not isinstance(current, list) or not all(
            isinstance(e, dict) and isinstance(e.get("source"), str) and isinstance(e.get("locator"), str)
            and e["source"] for e in current):
        problems.append("'current' must be a list of {\"source\": str, \"locator\": str}")
    elif current and isinstance(expected, list) and not all(c in expected for c in current):
        problems.append("every 'current' passage must also be in 'expected' (the newest wording is an expected source)")
    for key in ("key_facts", "steps"):
        if not _groups_of_alternatives(record.get(key, [])):
            problems.append(f"{key!r} must be a list of non-empty lists of non-empty alternative strings")
    if kind in UNANSWERABLE and record.get("steps"):
        problems.append("an out-of-scope question has no steps")
    elif kind == "situation" and not record.get("steps"):
        problems.append("a situation question needs 'steps' (the steps its answer should give, in order)")
    filters = record.get("filters")
    if filters is not None and (not isinstance(filters, dict) or not all(
            k in FILTER_COLUMNS and isinstance(v, str) for k, v in filters.items())):
        problems.append(f"'filters' must map {', '.join(FILTER_COLUMNS)} to strings")
    if "danger_now" in record and not isinstance(record["danger_now"], bool):
        problems.append("'danger_now' must be true or false")
    history = record.get("history", [])
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        problems.append("'history' must be a list of strings")
    return problems


def _groups_of_alternatives(value: object) -> bool:
    """``value`` is a list of groups, each a non-empty list of non-empty strings (key facts, steps)."""
    return isinstance(value, list) and all(
        isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g) for g in value)
