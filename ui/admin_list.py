"""The admin tab's document list: search, sort and paging over the catalog's records, in memory.

The list reads the store's catalog (``Store.documents``: one SQLite query, no vectors), so a thousand
documents cost a few milliseconds; only one page of rows goes to the browser.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.documents import DocumentRecord
from ui.strings import doc_type_name, language_name, text

PAGE_SIZE = 25
# Sort keys offered in the list, each with its catalogue label ("sort_<key>").
SORTS = ("title", "reviewed", "ingested", "language", "type")
COLUMNS = ("col_title", "col_source", "col_language", "col_type", "col_reviewed", "col_chunks", "col_ingested")
COLUMN_WIDTHS = ["28%", "24%", "9%", "12%", "10%", "7%", "10%"]
# On a phone the shares above left a few pixels a column (headers broke one letter per line): there each
# column gets a readable width, and the list scrolls sideways in its own box.
PHONE_COLUMN_PX = (200, 170, 80, 150, 100, 70, 140)


def phone_column_css(element_id: str = "admin-documents") -> str:
    """CSS (inside a narrow-screen media query) giving the document list's columns ``PHONE_COLUMN_PX``:
    the header's cells and the rows' (Gradio draws the rows apart from the header, with widths of its own)."""
    rules = []
    for n, px in enumerate(PHONE_COLUMN_PX, start=1):
        cells = ", ".join(f"#{element_id} {cell}:nth-child({n})" for cell in ("th", "td", ".virtual-row > *"))
        rules.append(f"{cells} {{ width: {px}px !important; min-width: {px}px !important; "
                     f"max-width: {px}px !important; flex: 0 0 {px}px !important; }}")
    total = sum(PHONE_COLUMN_PX)
    rules.append(f"#{element_id} table, #{element_id} .virtual-body, #{element_id} .virtual-row "
                 f"{{ min-width: {total}px !important; }}")
    rules.append(f"#{element_id} th, #{element_id} th * {{ white-space: nowrap; }}")
    rules.append(f"#{element_id} {{ contain: inline-size; }}")  # its width does not widen the admin panel
    return "\n".join(rules)


@dataclass
class DocumentPage:
    rows: list[list[object]]
    headers: list[str]
    page: int  # 0-based, clamped to the pages there are
    pages: int
    total: int  # documents matching the search
    first: int  # 1-based number of the first row shown (0 when none)


def reviewed(record: DocumentRecord) -> str:
    """The date the document's content was last checked (its front matter's ``reviewed``), or ""."""
    return str(record.extra.get("reviewed") or "")


def _matches(record: DocumentRecord, words: list[str], ui_lang: str) -> bool:
    haystack = " ".join((record.title, record.source, record.language, language_name(record.language, ui_lang),
                         record.doc_type, doc_type_name(record.doc_type, ui_lang), reviewed(record))).casefold()
    return all(word in haystack for word in words)


def _ordered(records: list[DocumentRecord], sort: str, ui_lang: str) -> list[DocumentRecord]:
    """By title, then (a stable sort) by the chosen column; dates newest first, undated last."""
    ordered = sorted(records, key=lambda r: (r.title.casefold(), r.source))
    if sort == "reviewed":
        ordered.sort(key=reviewed, reverse=True)
    elif sort == "ingested":
        ordered.sort(key=lambda r: r.ingested_at, reverse=True)
    elif sort == "language":
        ordered.sort(key=lambda r: language_name(r.language, ui_lang).casefold())
    elif sort == "type":
        ordered.sort(key=lambda r: doc_type_name(r.doc_type, ui_lang).casefold())
    return ordered


def document_page(records: list[DocumentRecord], query: str, sort: str, page: int, ui_lang: str,
                  size: int = PAGE_SIZE) -> DocumentPage:
    """One page of the documents that match every word of ``query``, in ``sort`` order."""
    words = (query or "").casefold().split()
    found = _ordered([r for r in records if _matches(r, words, ui_lang)], sort, ui_lang)
    pages = max(1, -(-len(found) // size))
    page = max(0, min(page, pages - 1))
    shown = found[page * size:(page + 1) * size]
    rows = [[r.title, r.source, language_name(r.language, ui_lang), doc_type_name(r.doc_type, ui_lang),
             reviewed(r), r.chunks, r.ingested_at[:16].replace("T", " ")] for r in shown]
    return DocumentPage(rows=rows, headers=[text(k, ui_lang) for k in COLUMNS], page=page, pages=pages,
                        total=len(found), first=page * size + 1 if shown else 0)


def sort_choices(ui_lang: str) -> list[tuple[str, str]]:
    return [(text(f"sort_{key}", ui_lang), key) for key in SORTS]


def page_info(view: DocumentPage, ui_lang: str) -> str:
    if not view.total:
        return text("admin_no_documents", ui_lang)
    return text("admin_page_info", ui_lang, first=view.first, last=view.first + len(view.rows) - 1,
                total=view.total, page=view.page + 1, pages=view.pages)
