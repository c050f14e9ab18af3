"""Render the Markdown sources in this folder to the PDFs that the knowledge base ingests.

    .venv/bin/python knowledge/pdf-sources/build.py            # rebuild every PDF
    .venv/bin/python knowledge/pdf-sources/build.py --check    # exit 1 if a PDF is missing or stale

``<slug>.<lang>.md`` here becomes ``knowledge/practice/<slug>.<lang>.pdf``. This folder is listed in
knowledge/.assistantignore: the Markdown here is the editable source, the PDF is what is indexed
and cited ("page 2"), so a fact must not be indexed twice from the same guide.

The Markdown is the subset the guides use: front matter as in every knowledge/ document, one
``# Title``, ``## Heading``, paragraphs, ``- `` bullet items, and ``<!-- page break -->`` lines that
start a new page. Page breaks are explicit so that what each page holds (and so each page
citation) only changes when the text does; a page that overflows is an error, not a silent extra
page. The output is deterministic (reportlab ``invariant=1``): the same text gives the same bytes.

Text extraction shapes what the assistant can quote, so the layout follows what the PDF loader
and the sentence splitter (assistant/text/sentences.py) expect: bullets are drawn as shapes, not
characters (a glyph would start a "list item" that swallows or splits sentences); ``##`` headings
are numbered ("3. Report ..."), because a numbered line is a sentence of its own while an
unnumbered heading would run into the next sentence; the footer is the bare page number, which
the loader drops.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE.parent
REPO = KNOWLEDGE.parent
OUTPUT_DIR = KNOWLEDGE / "practice"
PAGE_BREAK = "<!-- page break -->"
AUTHOR = "Child-protection knowledge assistant (knowledge/ maintainers)"
REVIEWED = {"fi": "Tarkistettu", "sv": "Granskad", "en": "Reviewed"}
MAX_BYTES = 100_000

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # run as a script from anywhere: the front-matter rules live in ingest/


@dataclass
class Guide:
    """One parsed Markdown source: front matter, title, summary and the blocks of each page."""

    source: Path
    meta: dict
    title: str
    pages: list[list[tuple[str, str]]] = field(default_factory=list)  # (kind, text): h2 | p | li

    @property
    def language(self) -> str:
        return str(self.meta["language"])

    @property
    def output(self) -> Path:
        return OUTPUT_DIR / (self.source.name[: -len(".md")] + ".pdf")


def parse_guide(path: Path) -> Guide:
    from ingest.loaders.markdown import parse_front_matter

    meta, body = parse_front_matter(path, path.read_text(encoding="utf-8"))
    missing = [k for k in ("title", "language", "type", "audience", "reviewed", "source_url", "sources") if k not in meta]
    if missing:
        raise SystemExit(f"{path}: front matter lacks {', '.join(missing)}")
    if not re.fullmatch(r"[a-z0-9-]+\.(fi|sv|en)\.md", path.name) or path.name.split(".")[-2] != meta["language"]:
        raise SystemExit(f"{path}: name it <slug>.<lang>.md with lang = the front matter language")
    guide = Guide(path, meta, str(meta["title"]), [[]])
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            guide.pages[-1].append(("p", " ".join(paragraph)))
            paragraph.clear()

    for raw in body.splitlines():
        line = raw.strip()
        if line == PAGE_BREAK:
            flush()
            guide.pages.append([])
        elif not line:
            flush()
        elif line.startswith("# "):
            flush()
            guide.title = line[2:].strip()
        elif line.startswith("## "):
            flush()
            if not re.match(r"\d{1,2}\. \S", line[3:]):
                raise SystemExit(f"{path}: number the heading ('## 3. ...'), see this module's docstring: {line!r}")
            guide.pages[-1].append(("h2", line[3:].strip()))
        elif line.startswith("- "):
            flush()
            guide.pages[-1].append(("li", line[2:].strip()))
        elif line.startswith("#"):
            raise SystemExit(f"{path}: only # and ## headings are supported: {line!r}")
        else:
            paragraph.append(line)
    flush()
    if guide.title != meta["title"]:
        raise SystemExit(f"{path}: the # title differs from the front matter title")
    return guide


def _markup(text: str, where: Path) -> str:
    """Escaped for reportlab's paragraph markup; refuses what the standard fonts cannot draw."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise SystemExit(f"{where}: {text[exc.start:exc.end]!r} is not in the standard PDF fonts (cp1252)") from exc
    return escape(text)


def render(guide: Guide) -> bytes:
    """The PDF bytes of ``guide``: A4, Helvetica, numbered pages, metadata for the loader."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    ink = colors.HexColor("#1d3557")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.6, spaceAfter=5)
    item = ParagraphStyle("item", parent=body, leftIndent=14, spaceAfter=2.5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=ink, spaceAfter=3)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=ink,
                        spaceBefore=9, spaceAfter=4, keepWithNext=1)
    small = ParagraphStyle("small", parent=body, fontSize=9, textColor=colors.HexColor("#52606d"), spaceAfter=8)

    class BulletItem(Paragraph):
        """A list item whose bullet is a drawn dot, so that text extraction yields only the sentence."""

        def draw(self) -> None:
            super().draw()
            self.canv.setFillColor(ink)
            self.canv.circle(self.style.leftIndent - 8, self.height - self.style.fontSize * 0.7, 1.7,
                             stroke=0, fill=1)

    where = guide.source
    reviewed = f"{REVIEWED[guide.language]}: {guide.meta['reviewed']}."
    flow: list = [Paragraph(_markup(guide.title, where), h1), Paragraph(_markup(reviewed, where), small)]
    for number, page in enumerate(guide.pages):
        if number:
            flow.append(PageBreak())
        for kind, text in page:
            style = {"h2": h2, "p": body, "li": item}[kind]
            flow.append((BulletItem if kind == "li" else Paragraph)(_markup(text, where), style))
        flow.append(Spacer(1, 1))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(colors.HexColor("#52606d"))
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))  # a bare number: the loader drops it
        canvas.restoreState()

    topics = guide.meta.get("topics") or []
    summary = next((text for kind, text in guide.pages[0] if kind == "p"), guide.title)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=2.1 * cm, rightMargin=2.1 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
        title=guide.title, author=AUTHOR, subject=summary.split(". ")[0].rstrip(".") + ".",
        keywords=", ".join(str(t) for t in topics), creator="knowledge/pdf-sources/build.py",
        lang=guide.language, invariant=1,
    )
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    if doc.page != len(guide.pages):
        raise SystemExit(f"{where}: {len(guide.pages)} page(s) planned but {doc.page} rendered; "
                         f"a page overflows, so shorten it or move a {PAGE_BREAK}")
    data = buffer.getvalue()
    if len(data) > MAX_BYTES:
        raise SystemExit(f"{where}: the PDF is {len(data):,} bytes, over {MAX_BYTES:,}")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a PDF is missing or stale")
    args = parser.parse_args(argv)
    stale = []
    for path in sorted(HERE.glob("*.md")):
        guide = parse_guide(path)
        data = render(guide)
        shown = guide.output.relative_to(REPO)
        if guide.output.is_file() and guide.output.read_bytes() == data:
            print(f"unchanged {shown}")
        elif args.check:
            stale.append(str(shown))
            print(f"stale     {shown}")
        else:
            guide.output.write_bytes(data)
            print(f"wrote     {shown} ({len(guide.pages)} pages, {len(data):,} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
