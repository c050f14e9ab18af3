"""The answer object as text: the readable string with ``[n]`` markers (the ``answer`` field of the JSON
contract), the terminal view with its sources, and the JSON of ``assistant ask --json`` and the UI's
``ask`` endpoint. The UI renders the same blocks as HTML (``ui/render.py``).

Markers are written here and only here, from the citation numbers the sentences carry.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from collections.abc import Callable
from typing import Any

from assistant import prompts
from assistant.answer import (Answer, Citation, CoverageBlock, IndexingBlock, RefusalBlock, SafetyBlock, Sentence,
                              SentencesBlock, block_to_dict)
from assistant.law.dates import format_date

# A bracketed number inside a source's own sentence ("[3]", "[1, 2]": a footnote, or a fake citation
# planted in a document) would read as one of the answer's citations. Up to three digits, as the
# answer's own markers: "[2012]" (a year, a case citation) stays.
_MARKER = re.compile(r"\s*\[\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\]")

def without_markers(text: str) -> str:
    """``text`` without citation-like markers, so that the only ``[n]`` a reader sees are the answer's own.
    (Sentence.text and the citation quotes keep the words as the source has them.)"""
    return _MARKER.sub("", text)


Mark = Callable[[int], str]  # a citation number as the reader sees it: "[2]", or a link


def plain_mark(n: int) -> str:
    return f"[{n}]"


def sentence_line(sentence: Sentence, language: str, quoted: bool, mark: Mark = plain_mark,
                  notes: Notes | None = None) -> str:
    """One answer sentence with its markers: ``text [1][2]``, or flagged as unsupported; after a marker of an
    older statute wording, what changed it (``wording_note``), the first time the answer cites it."""
    marks = "".join(mark(n) for n in sentence.citations) if sentence.supported \
        else f" {prompts.UNSUPPORTED_MARK[language]}"
    said = [notes.pop(n) for n in sentence.citations if notes and n in notes] if sentence.supported else []
    line = f"{without_markers(sentence.text)} {marks}".replace("  ", " ").strip()
    if sentence.label:
        line = f"{sentence.label} — {line}"
    line += "".join(f" ({note})" for note in said if note)
    return f"- {line.lstrip('-*• ')}" if quoted else line


Notes = dict[int, str]  # citation number -> the note its first citing sentence carries


def wording_note(citation: Citation, language: str, mark: Mark = plain_mark) -> str:
    """What the answer says of an older statute wording it quotes, in the user's language: "amended by
    1302/2014 (subsections 1 and 3), in force from 1 April 2015; newer wording [4]"; "" for the newest."""
    if citation.status not in ("amended", "repealed") or not citation.superseded_by:
        return ""
    said = []
    for entry in citation.superseded_by:
        act = str(entry.get("act") or "")
        numbers = [int(n) for n in entry.get("subsections") or []]
        if numbers:
            parts = prompts.SUBSECTIONS[language].format(numbers=_numbers(numbers))
            act += f" ({parts.replace('subsection ', 'subsections ') if len(numbers) > 1 else parts})"
        template = prompts.WORDING_REPEALED if entry.get("action") == "repealed" else prompts.WORDING_AMENDED
        when = format_date(entry.get("in_force") or entry.get("date_given"), language)
        said.append(template[language].format(act=act)
                    + (f", {prompts.IN_FORCE_FROM[language].format(date=when)}" if when else ""))
    newer = "".join(mark(int(e["n"])) for e in citation.superseded_by if e.get("n"))
    if newer:
        said.append(prompts.NEWER_WORDING[language].format(marks=newer))
    return "; ".join(said)


def source_facts(citation: Citation, language: str, mark: Mark = plain_mark) -> list[str]:
    """What a source list says of a citation besides its title and words, in ``language``: its dates, the
    status of a statute's wording, and how to cite it (the link is the renderer's to make); ``mark`` writes
    the newer wording's citation number as the renderer numbers its sources."""
    facts = []
    if citation.act:
        if citation.date:
            facts.append(prompts.DATE_GIVEN[language].format(date=format_date(citation.date, language)))
        if citation.in_force:
            facts.append(prompts.IN_FORCE_FROM[language].format(date=format_date(citation.in_force, language)))
        note = wording_note(citation, language, mark)
        facts.append(note or (prompts.NEWEST_WORDING[language] if citation.status == "in_force" else ""))
    elif citation.date:
        facts.append(prompts.REVIEWED_ON[language].format(date=format_date(citation.date, language)))
    return [f for f in facts if f]


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def block_paragraphs(block: Any, language: str, mark: Mark = plain_mark, notes: Notes | None = None) -> list[str]:
    """The paragraphs of one block, as the answer text shows them (``mark`` writes a citation number)."""
    if isinstance(block, SafetyBlock):
        contacts = [f"{without_markers(s.text)} " + "".join(mark(n) for n in s.citations) for s in block.contacts]
        return [block.referral, *([block.contacts_lead, *contacts] if contacts else [])]
    if isinstance(block, SentencesBlock):
        lines = "\n".join(sentence_line(s, language, block.quoted, mark, notes) for s in block.sentences)
        return [block.lead, lines] if block.lead else [lines]
    if isinstance(block, RefusalBlock):
        return [f"{block.message} {block.missing}" if block.missing else block.message]
    if isinstance(block, IndexingBlock):
        return [block.message]
    if isinstance(block, CoverageBlock):
        return [block.lead + "\n" + "\n".join(f"- {t}" for t in block.titles)]
    raise TypeError(f"unknown answer block {type(block).__name__}")


def answer_text(answer: Answer, mark: Mark = plain_mark) -> str:
    """The answer as one readable string with ``[n]`` markers (or what ``mark`` makes of the numbers); a quote
    of an older statute wording says, the first time, which act changed it and cites the newer wording."""
    notes = {c.n: note for c in answer.citations if (note := wording_note(c, answer.language, mark))}
    return "\n\n".join(p for block in answer.blocks for p in block_paragraphs(block, answer.language, mark, notes))


def answer_json(answer: Answer) -> dict[str, Any]:
    """The JSON contract of ``assistant ask --json`` and the UI's ``ask`` endpoint."""
    return {
        "question": answer.question,
        "language": answer.language,
        "answer": answer_text(answer),
        "abstained": answer.abstained,
        "abstain_reason": answer.abstain_reason,
        "abstain_signal": answer.abstain_signal,
        "standalone_question": answer.standalone_question,
        "safety_referral": answer.safety_referral,
        "answerer": answer.answerer,
        "blocks": [block_to_dict(b) for b in answer.blocks],
        "sentences": [asdict(s) for s in answer.sentences],
        "citations": [c.to_dict() for c in answer.citations],
        "passages": [p.to_dict() for p in answer.passages],
        "timings": {k: round(v, 4) for k, v in answer.timings.items()},
    }


def scanned_page_note(language: str, confidence: float | None) -> str:
    """"text recognised from a scanned page, check the original" in ``language``, with OCR's confidence."""
    note = prompts.SCANNED_PAGE_NOTE.get(language, prompts.SCANNED_PAGE_NOTE["en"])
    return f"{note} (OCR {confidence:.0f} %)" if confidence is not None else note


def render_text(answer: Answer) -> str:
    """The terminal view: the answer, then each source with its dates, the status of a statute's wording,
    the link to the official text, how to cite it, and the words quoted from it."""
    lines = [answer_text(answer)]
    if answer.citations:
        lines += ["", prompts.SOURCES_HEADING.get(answer.language, prompts.SOURCES_HEADING["en"])]
        for c in answer.citations:
            lines.append(f"[{c.n}] {c.title} — {c.locator} ({c.source})")
            if c.ocr:
                lines.append(f"    ({scanned_page_note(answer.language, c.ocr_confidence)})")
            facts = [c.doc_type, *source_facts(c, answer.language), c.url or ""]
            lines.append("    " + " · ".join(f for f in facts if f))
            if c.cite_as and c.act:
                lines.append("    " + prompts.CITE_AS[answer.language].format(text=c.cite_as))
            lines.append(f"    “{c.quote}”")
    return "\n".join(lines)
