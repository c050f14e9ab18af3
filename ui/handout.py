"""The workshop handout: the scenario, the questions, the answers given, and every source, as
Markdown and as PDF (in Debian's DejaVu Sans, which draws every asker language's letters; reportlab's
standard fonts, which cover only cp1252, when it is missing)."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from assistant import prompts
from assistant.answer import Answer, Citation
from assistant.render import answer_text, source_facts
from ui.scenarios import Scenario
from ui.strings import language_name, locator_text, text

log = logging.getLogger(__name__)


@dataclass
class WorkshopSession:
    """What a workshop went through: a scenario and the answers asked for its questions."""

    scenario: Scenario
    answers: dict[int, Answer] = field(default_factory=dict)  # question index -> the answer given
    index: int = 0  # the question on screen
    held_on: date = field(default_factory=date.today)
    revealed: bool = False  # the trainer has revealed the debrief: answers may quote it


def _cited(session: WorkshopSession) -> list[Citation]:
    """Every distinct (source, locator) cited in the session, in order of first citation."""
    seen: dict[tuple[str, str], Citation] = {}
    for index in sorted(session.answers):
        for c in session.answers[index].citations:
            seen.setdefault((c.source, c.locator), c)
    return list(seen.values())


@dataclass
class SourceInfo:
    """What a handout says of a cited document besides its title and section when its citation carries no
    facts of its own (``assistant/provenance.py``): when it was reviewed and where to read it (the
    publisher's page, else the assistant's own link to it)."""

    reviewed: str = ""
    link: str = ""


Sources = dict[str, SourceInfo]  # by source key


def citation_line(c: Citation, lang: str, sources: Sources | None = None) -> str:
    """A source as a handout cites it: title, section (page), its facts (a statute's dates and the status of
    its wording, a guide's reviewed date) and link (the official text or the publisher's page, else ours);
    never a file path."""
    info = (sources or {}).get(c.source) or SourceInfo()
    parts = [f"{c.title} — {locator_text(c.locator, c.page, lang)}"]
    facts = source_facts(c, lang)
    if facts:
        parts.append(" · ".join(facts))
    elif info.reviewed:
        parts.append(f"{text('col_reviewed', lang)} {info.reviewed}")
    if c.url or info.link:
        parts.append(c.url or info.link)
    return ", ".join(parts)


def cite_as_line(c: Citation, lang: str) -> str:
    """How to cite the source ("How to cite: Rikoslaki 39/1889 25 luku 3 § (1177/2014)"), or ""."""
    return prompts.CITE_AS[lang].format(text=c.cite_as) if c.cite_as else ""


def _setting_heading(heading: str, lang: str) -> str:
    """A scenario section's heading, or nothing when it repeats the handout's own "Scenario" heading."""
    return "" if heading.casefold() == text("workshop_scenario", lang).casefold() else heading


def handout_markdown(session: WorkshopSession, lang: str, sources: Sources | None = None) -> str:
    s = session.scenario
    lines = [f"# {text('handout_title', lang)}: {s.title}", "",
             f"{text('handout_date', lang)}: {session.held_on.isoformat()} · "
             f"{text('handout_record', lang)}: {s.title} ({language_name(s.language, lang)})", ""]
    lines += [f"## {text('workshop_scenario', lang)}", ""]
    for heading, body in s.setting:
        if _setting_heading(heading, lang):
            lines += [f"### {heading}", ""]
        lines += [body, ""]
    lines += [f"## {text('workshop_questions', lang)}", ""]
    for i, question in enumerate(s.questions):
        lines += [f"### {i + 1}. {question}", ""]
        answer = session.answers.get(i)
        if not answer:
            lines += [f"_{text('handout_not_asked', lang)}_", ""]
            continue
        lines += [answer_text(answer), ""]
        for c in answer.citations:
            lines.append(f"- [{c.n}] {citation_line(c, lang, sources)}: “{c.quote}”")
        lines.append("")
    lines += [f"## {text('handout_sources', lang)}", ""]
    cited = _cited(session)
    for c in cited:
        lines.append(f"- {citation_line(c, lang, sources)}")
        if cite_as_line(c, lang):
            lines.append(f"  {cite_as_line(c, lang)}")
    if not cited:
        lines.append(f"- {text('handout_no_sources', lang)}")
    record = (sources or {}).get(s.source) or SourceInfo()
    lines += ["", f"### {text('handout_record_sources', lang)}", "",
              "- " + ", ".join(x for x in (s.title, record.reviewed and f"{text('col_reviewed', lang)} {record.reviewed}",
                                           record.link) if x)]
    if s.record_sources:
        lines += ["", s.record_sources]
    lines += ["", "---", "", text("handout_footer", lang), ""]
    return "\n".join(lines)


# Debian's DejaVu Sans (fonts-dejavu-core) draws Cyrillic and the Baltic and Polish letters; reportlab's
# standard fonts only cp1252, so without it a Ukrainian or Latvian handout would lose its letters.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_FACES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "oblique": "DejaVuSans-Oblique.ttf"}
_STANDARD = {"regular": "Helvetica", "bold": "Helvetica-Bold", "oblique": "Helvetica-Oblique"}


def _fonts() -> tuple[dict[str, str], bool]:
    """The font names for the PDF, and whether they draw all of Unicode's letters (DejaVu) or only cp1252."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not all((DEJAVU / file).is_file() for file in _FACES.values()):
        log.warning("DejaVu Sans is not installed (sudo apt-get install fonts-dejavu-core): PDF handouts use "
                    "the standard fonts, which cannot draw Cyrillic, Baltic or Polish letters")
        return _STANDARD, False
    names = {face: f"DejaVuSans-{face}" for face in _FACES}
    for face, file in _FACES.items():
        if names[face] not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(names[face], str(DEJAVU / file)))
    return names, True


def _pdf_text(value: str, unicode: bool = False) -> str:
    """Escaped for reportlab's mini-markup and limited to what the font can draw."""
    return escape(value if unicode else value.encode("cp1252", "replace").decode("cp1252"))


def handout_pdf(session: WorkshopSession, lang: str, sources: Sources | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    fonts, unicode = _fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName=fonts["regular"], fontSize=10.5, leading=14.5)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=colors.HexColor("#52606d"))
    quote = ParagraphStyle("quote", parent=small, leftIndent=14, fontName=fonts["oblique"])
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName=fonts["bold"], fontSize=17, leading=21,
                        textColor=colors.HexColor("#1d3557"))
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName=fonts["bold"], fontSize=13, leading=17,
                        textColor=colors.HexColor("#1d3557"), spaceBefore=10)
    h3 = ParagraphStyle("h3", parent=styles["Heading3"], fontName=fonts["bold"], fontSize=11, leading=15)

    def esc(value: str) -> str:
        return _pdf_text(value, unicode)

    s = session.scenario
    flow: list[Any] = [
        Paragraph(esc(f"{text('handout_title', lang)}: {s.title}"), h1),
        Paragraph(esc(f"{text('handout_date', lang)}: {session.held_on.isoformat()} · "
                            f"{text('handout_record', lang)}: {s.title}"), small),
        Spacer(1, 8), Paragraph(esc(text("workshop_scenario", lang)), h2),
    ]
    for heading, content in s.setting:
        if _setting_heading(heading, lang):
            flow.append(Paragraph(esc(heading), h3))
        flow += [Paragraph(esc(p), body) for p in content.split("\n\n") if p.strip()]
    flow.append(Paragraph(esc(text("workshop_questions", lang)), h2))
    for i, question in enumerate(s.questions):
        flow.append(Paragraph(esc(f"{i + 1}. {question}"), h3))
        answer = session.answers.get(i)
        if not answer:
            flow.append(Paragraph(esc(text("handout_not_asked", lang)), small))
            continue
        for line in answer_text(answer).splitlines():
            if line.strip():
                flow.append(Paragraph(esc(line.strip()), body))
        for c in answer.citations:
            flow.append(Paragraph(esc(f"[{c.n}] {citation_line(c, lang, sources)}"), small))
            if c.quote:
                flow.append(Paragraph(esc(f"“{c.quote}”"), quote))
    flow.append(Paragraph(esc(text("handout_sources", lang)), h2))
    cited = _cited(session)
    for c in cited:
        flow.append(Paragraph(esc(f"• {citation_line(c, lang, sources)}"), body))
        if cite_as_line(c, lang):
            flow.append(Paragraph(esc(cite_as_line(c, lang)), small))
    if not cited:
        flow.append(Paragraph(esc(text("handout_no_sources", lang)), body))
    flow.append(Paragraph(esc(text("handout_record_sources", lang)), h3))
    flow.append(Paragraph(esc(f"• {s.title}"), body))
    for line in s.record_sources.splitlines():
        if line.strip():
            flow.append(Paragraph(esc(line.strip()), small))
    flow += [Spacer(1, 12), Paragraph(esc(text("handout_footer", lang)), small)]

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title=s.title, author=text("app_title", lang),
                      invariant=True).build(flow)
    return out.getvalue()
