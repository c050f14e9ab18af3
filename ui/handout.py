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
from ui.strings import language_name, text

log = logging.getLogger(__name__)


@dataclass
class WorkshopSession:
    """What a workshop went through: a scenario and the answers asked for its questions."""

    scenario: Scenario
    answers: dict[int, Answer] = field(default_factory=dict)  # question index -> the answer given
    index: int = 0  # the question on screen
    held_on: date = field(default_factory=date.today)


def _cited(session: WorkshopSession) -> list[Citation]:
    """Every distinct (source, locator) cited in the session, in order of first citation."""
    seen: dict[tuple[str, str], Citation] = {}
    for index in sorted(session.answers):
        for c in session.answers[index].citations:
            seen.setdefault((c.source, c.locator), c)
    return list(seen.values())


def source_lines(citation: Citation, lang: str) -> list[str]:
    """What the handout's source list says of a source besides its title: its dates and the status of a
    statute's wording, the official text's address, and how to cite it."""
    facts = " · ".join([*source_facts(citation, lang), *([citation.url] if citation.url else [])])
    cite = prompts.CITE_AS[lang].format(text=citation.cite_as) if citation.cite_as else ""
    return [line for line in (facts, cite) if line]


def handout_markdown(session: WorkshopSession, lang: str) -> str:
    s = session.scenario
    lines = [f"# {text('handout_title', lang)}: {s.title}", "",
             f"{text('handout_date', lang)}: {session.held_on.isoformat()} · "
             f"{text('handout_record', lang)}: `{s.source}` ({language_name(s.language, lang)})", ""]
    lines += [f"## {text('workshop_scenario', lang)}", ""]
    for heading, body in s.setting:
        if heading:
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
            lines.append(f"- [{c.n}] {c.title} — {c.locator} (`{c.source}`): “{c.quote}”")
        lines.append("")
    lines += [f"## {text('handout_sources', lang)}", ""]
    cited = _cited(session)
    for c in cited:
        page = f", {text('handout_page', lang)} {c.page}" if c.page else ""
        lines.append(f"- {c.title} — {c.locator}{page} (`{c.source}`)")
        lines += [f"  {line}" for line in source_lines(c, lang)]
    if not cited:
        lines.append(f"- {text('handout_no_sources', lang)}")
    lines += ["", f"### {text('handout_record_sources', lang)}", "", f"- {s.title} (`{s.source}`)"]
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


def handout_pdf(session: WorkshopSession, lang: str) -> bytes:
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
                            f"{text('handout_record', lang)}: {s.source}"), small),
        Spacer(1, 8), Paragraph(esc(text("workshop_scenario", lang)), h2),
    ]
    for heading, content in s.setting:
        if heading:
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
            flow.append(Paragraph(esc(f"[{c.n}] {c.title} — {c.locator} ({c.source})"), small))
            if c.quote:
                flow.append(Paragraph(esc(f"“{c.quote}”"), quote))
    flow.append(Paragraph(esc(text("handout_sources", lang)), h2))
    cited = _cited(session)
    for c in cited:
        page = f", {text('handout_page', lang)} {c.page}" if c.page else ""
        flow.append(Paragraph(esc(f"• {c.title} — {c.locator}{page} ({c.source})"), body))
        flow += [Paragraph(esc(line), small) for line in source_lines(c, lang)]
    if not cited:
        flow.append(Paragraph(esc(text("handout_no_sources", lang)), body))
    flow.append(Paragraph(esc(text("handout_record_sources", lang)), h3))
    flow.append(Paragraph(esc(f"• {s.title} ({s.source})"), body))
    for line in s.record_sources.splitlines():
        if line.strip():
            flow.append(Paragraph(esc(line.strip()), small))
    flow += [Spacer(1, 12), Paragraph(esc(text("handout_footer", lang)), small)]

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title=s.title, author=text("app_title", lang),
                      invariant=True).build(flow)
    return out.getvalue()
