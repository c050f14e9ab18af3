"""HTML: title and main text; scripts, styles, navigation and forms dropped; headings as locators."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import DocumentError
from ingest.loaders.base import LoadedDocument, Loader, Section

_DROP = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
         "nav", "header", "footer", "aside", "button", "input", "select", "textarea", "link", "meta"]
_BLOCKS = {"p", "li", "td", "th", "pre", "blockquote", "dd", "dt", "div", "section", "article", "br", "tr"}


class HtmlLoader(Loader):
    suffixes = (".html", ".htm", ".xhtml")

    def load(self, path: Path, data: bytes) -> LoadedDocument:
        from bs4 import BeautifulSoup, Tag

        if b"\x00" in data[:8192]:
            raise DocumentError(path.name, "binary content (NUL bytes), not HTML; wrong extension?")
        try:
            soup = BeautifulSoup(data, "html.parser")
        except Exception as exc:  # bs4 is lenient; this is a last resort
            raise DocumentError(path.name, f"unreadable HTML ({exc})") from exc
        for tag in soup.find_all(_DROP):
            tag.decompose()
        title = soup.title.get_text(" ", strip=True) if soup.title else ""
        language = None
        html = soup.find("html")
        if html is not None and html.get("lang"):
            lang = str(html.get("lang")).lower()[:2]
            language = lang if lang in ("fi", "sv", "en") else None
        root = soup.find("main") or soup.find("article") or soup.body or soup
        sections: list[Section] = []
        heading_path: list[tuple[int, str]] = []
        buffer: list[str] = []

        def flush() -> None:
            text = "\n".join(buffer).strip()
            if text:
                locator = " > ".join(t for _, t in heading_path) or title or "Introduction"
                sections.append(Section(text, locator[:200]))
            buffer.clear()

        elements = root.find_all(True)
        # Which elements hold a block, in one pass from the innermost out: asking each element
        # with find() walks its whole subtree, and 10,000 nested <div>s made that minutes long.
        holds_block: set[int] = set()
        for element in reversed(elements):
            if any(id(child) in holds_block or child.name in _BLOCKS
                   for child in element.children if isinstance(child, Tag)):
                holds_block.add(id(element))
        for element in elements:
            name = element.name
            if re.fullmatch(r"h[1-6]", name or ""):
                flush()
                level, text = int(name[1]), element.get_text(" ", strip=True)
                if level == 1 and not title:
                    title = text
                heading_path = [(l, t) for l, t in heading_path if l < level] + [(level, text)]
            elif name in _BLOCKS and id(element) not in holds_block:
                text = element.get_text(" ", strip=True)
                if text:
                    buffer.append(text)
        flush()
        if not sections:
            raise DocumentError(path.name, "no readable text in the HTML")
        return LoadedDocument(title=(title or path.stem)[:200], sections=sections, language=language)
