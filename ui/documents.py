"""Serving the original documents that answers cite, at the cited page or section.

Only documents listed in the store's catalog are served, looked up by their source key; a request
never names a file path. PDFs are sent as they are (the browser's viewer opens ``#page=N``); other
formats are read by their loader (ingest/) and shown as an HTML page with one anchor per locator,
so a citation link lands on its section. A page of a PDF is also served as an image (``page-images/N/``):
a reader checks text recognised from a scanned page against the scan itself.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from assistant.errors import DocumentError
from assistant.store import Store
from ui.strings import language_name, pick_language, text

log = logging.getLogger(__name__)

ROUTE = "documents"
PAGE_IMAGE_ROUTE = "page-images"
# The served page runs no script and loads nothing; only its own inline style.
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
                               "frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def anchor(locator: str) -> str:
    """The HTML id of a locator's section: ``loc-`` plus a readable slug."""
    folded = unicodedata.normalize("NFKC", locator).lower()
    slug = re.sub(r"[^\w§]+", "-", folded, flags=re.UNICODE).strip("-")
    return "loc-" + (slug or "top")


def document_url(source: str, page: int | None = None, locator: str | None = None) -> str:
    """A link (relative to the app root) that opens ``source`` at its page or section."""
    url = f"{ROUTE}/{quote(source, safe='/')}"
    if page:
        return f"{url}#page={page}"
    if locator:
        return f"{url}#{quote(anchor(locator))}"  # browsers match the decoded fragment
    return url


def page_image_url(source: str, page: int) -> str:
    """A link (relative to the app root) to page ``page`` of the PDF ``source`` as a PNG image."""
    return f"{PAGE_IMAGE_ROUTE}/{int(page)}/{quote(source, safe='/')}"


def make_router(store: Store) -> APIRouter:
    """The FastAPI routes that serve catalogued documents by source key."""
    router = APIRouter()

    @router.get(f"/{ROUTE}/{{source:path}}", include_in_schema=False)
    def open_document(source: str, request: Request) -> Response:
        reader = pick_language(request.headers.get("accept-language"))
        record = store.document(source)
        if record is None:
            return HTMLResponse(_message("doc_not_found", reader), status_code=404, headers=_HEADERS)
        path = Path(record.path)
        if not path.is_file():
            return HTMLResponse(_message("doc_file_missing", reader), status_code=410, headers=_HEADERS)
        if path.suffix.lower() == ".pdf":
            return FileResponse(path, media_type="application/pdf", headers=_HEADERS,
                                content_disposition_type="inline", filename=Path(source).name)
        try:
            from ingest.loaders import load_document

            loaded = load_document(path, path.read_bytes(), display_name=source)
        except (DocumentError, OSError) as exc:
            log.warning("cannot show %s: %s", source, exc)
            return HTMLResponse(_message("doc_unreadable", reader), status_code=500, headers=_HEADERS)
        return HTMLResponse(_page(record.title, record.language, record.doc_type,
                                  str(record.extra.get("source_url") or ""), loaded.sections),
                            headers=_HEADERS)

    @router.get(f"/{PAGE_IMAGE_ROUTE}/{{page:int}}/{{source:path}}", include_in_schema=False)
    def page_image(page: int, source: str, request: Request) -> Response:
        reader = pick_language(request.headers.get("accept-language"))
        record = store.document(source)
        if record is None or Path(record.path).suffix.lower() != ".pdf":
            return HTMLResponse(_message("doc_not_found", reader), status_code=404, headers=_HEADERS)
        path = Path(record.path)
        if not path.is_file():
            return HTMLResponse(_message("doc_file_missing", reader), status_code=410, headers=_HEADERS)
        try:
            from ingest.ocr.render import RenderError, page_png

            png = page_png(path.read_bytes(), page)
        except (RenderError, OSError) as exc:
            log.warning("cannot show page %d of %s: %s", page, source, exc)
            return HTMLResponse(_message("doc_unreadable", reader), status_code=404, headers=_HEADERS)
        return Response(png, media_type="image/png", headers=_HEADERS)

    return router


def _markdown(body: str) -> str:
    from markdown_it import MarkdownIt

    # commonmark without raw HTML: text from a document can never become markup or script.
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).render(body)


def _page(title: str, language: str, doc_type: str, source_url: str, sections: list) -> str:
    seen: set[str] = set()
    parts = []
    for section in sections:
        ident = anchor(section.locator)
        attr = f' id="{html.escape(ident)}"' if ident not in seen else ""
        seen.add(ident)
        heading = "" if section.locator == title else f"<h2>{html.escape(section.locator)}</h2>"
        parts.append(f'<section{attr}>{heading}{_markdown(section.text)}</section>')
    link = ""
    if source_url.startswith(("https://", "http://")):
        link = f' · <a href="{html.escape(source_url)}" rel="noopener noreferrer">{html.escape(source_url)}</a>'
    lang = language if language in ("fi", "sv", "en") else "en"
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>
<style>{_CSS}</style></head><body><main>
<header><h1>{html.escape(title)}</h1><p class="meta">{html.escape(language_name(language, lang))} ·
{html.escape(doc_type)}{link}</p></header>
{''.join(parts)}
</main></body></html>"""


# The short error pages speak these always; the reader's own language (from Accept-Language) comes first.
MESSAGE_LANGUAGES = ("fi", "sv", "en")


def _message(key: str, reader: str | None = None) -> str:
    """A short page in the reader's language (from the browser's Accept-Language), then fi, sv and en."""
    languages = dict.fromkeys((*([reader] if reader else []), *MESSAGE_LANGUAGES))
    lines = "".join(f"<p lang='{lang}'>{html.escape(text(key, lang))}</p>" for lang in languages)
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{_CSS}</style></head>" \
           f"<body><main>{lines}</main></body></html>"


_CSS = """
body { margin: 0; background: #f6f7f9; color: #1f2933; font: 17px/1.6 system-ui, -apple-system, "Segoe UI",
       Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 6rem; background: #fff; min-height: 100vh; }
h1 { font-size: 1.7rem; line-height: 1.3; margin: 0 0 .3rem; color: #1d3557; }
.meta { color: #52606d; margin: 0 0 2rem; font-size: .95rem; }
section { padding: .6rem 1rem; margin: 0 -1rem 1rem; border-left: 4px solid transparent; border-radius: 4px;
          scroll-margin-top: 1rem; }
section h2 { font-size: 1.15rem; color: #243b53; margin: .4rem 0; }
section:target { background: #fff8e1; border-left-color: #e0a800; }
a { color: #1d4ed8; }
"""
