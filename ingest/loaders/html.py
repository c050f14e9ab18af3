"""HTML: title and main text; scripts, styles, navigation and forms dropped; headings as locators."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import DocumentError
from ingest.loaders.base import HeadingSections, LoadedDocument, Loader, declared_language
from ingest.ocr import OcrOptions

_DROP = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
         "nav", "header", "footer", "aside", "button", "input", "select", "textarea", "link", "meta"]
_BLOCKS = {"p", "li", "td", "th", "pre", "blockquote", "dd", "dt", "div", "section", "article", "br", "tr"}


class HtmlLoader(Loader):
    format_name = "html"

    def load(self, path: Path, data: bytes, ocr: OcrOptions | None = None) -> LoadedDocument:
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
        html = soup.find("html")
        language = declared_language(html.get("lang")) if html is not None else None
        root = soup.find("main") or soup.find("article") or soup.body or soup
        read = HeadingSections(title, locator_limit=200)

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
                read.flush()
                level, text = int(name[1]), element.get_text(" ", strip=True)
                if level == 1 and not read.title:
                    read.title = text
                read.heading(level, text)
            elif name in _BLOCKS and id(element) not in holds_block:
                text = element.get_text(" ", strip=True)
                if text:
                    read.add(text)
        read.flush()
        if not read.sections:
            raise DocumentError(path.name, "no readable text in the HTML")
        return LoadedDocument(title=(read.title or path.stem)[:200], sections=read.sections, language=language)
