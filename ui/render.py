"""The answer object as chat Markdown and as the sources panel's HTML.

The blocks are rendered by ``assistant.render`` with each citation number written as a link to the
cited page or section; citations are shown exactly as the answer carries them, nothing searches again.
"""

from __future__ import annotations

import html

from assistant.answer import Answer, Citation
from assistant.render import answer_text, source_facts
from ui.documents import document_url, page_image_url
from ui.strings import doc_type_name, language_name, text


def citation_link(citation: Citation) -> str:
    return document_url(citation.source, citation.page, citation.locator)


def answer_markdown(answer: Answer) -> str:
    """The answer as Markdown, every citation number a link to the cited page or section."""
    by_number = {c.n: c for c in answer.citations}

    def link(n: int) -> str:
        c = by_number.get(n)
        if c is None:
            return f"[{n}]"
        title = f"{c.title} — {c.locator}".replace('"', "'")
        return f"[\\[{n}\\]]({citation_link(c)} \"{title}\")"

    return answer_text(answer, link)


def scanned_note(citation: Citation, lang: str) -> str:
    """The warning on a card whose quote OCR recognised from a scanned page, with a link to the page's image."""
    if not citation.ocr:
        return ""
    confidence = f"{citation.ocr_confidence:.0f}" if citation.ocr_confidence is not None else "?"
    link = ""
    if citation.page:
        link = (f' <a class="source-scan" href="{html.escape(page_image_url(citation.source, citation.page))}" '
                f'target="_blank" rel="noopener">{html.escape(text("source_scanned_image", lang, page=citation.page))}'
                " ↗</a>")
    return f'\n<p class="source-ocr">⚠ {html.escape(text("source_scanned", lang, confidence=confidence))}{link}</p>'


def facts_html(citation: Citation, language: str, lang: str) -> str:
    """A card's facts: the document's type and date, a statute's entry into force and the status of its wording
    (in the answer's ``language``, as the answer says it), and the link to the official text."""
    items = [f'<span class="source-type">{html.escape(doc_type_name(citation.doc_type, lang))}</span>'] \
        if citation.doc_type else []
    items += [f'<span>{html.escape(fact)}</span>' for fact in source_facts(citation, language)]
    if citation.url:
        items.append(f'<a class="source-official" href="{html.escape(citation.url)}" target="_blank" '
                     f'rel="noopener noreferrer">{html.escape(text("source_official", lang))} ↗</a>')
    status = html.escape(citation.status or "unknown")
    return f'<div class="source-facts status-{status}" data-status="{status}">{"".join(items)}</div>' if items else ""


def sources_html(answer: Answer | None, lang: str) -> str:
    """The sources panel: one card per citation (title, locator, language, type, date, status of a statute's
    wording, quote, links to the original and to the official text)."""
    if not answer:
        return f'<div class="sources-empty">{html.escape(text("sources_empty", lang))}</div>'
    cards = []
    for c in answer.citations:
        url = html.escape(citation_link(c))
        where = text("open_at_page", lang, page=c.page) if c.page else text("open_at_section", lang)
        cards.append(f"""<article class="source-card" id="source-{c.n}">
<div class="source-head"><span class="source-n">{c.n}</span>
<a class="source-title" href="{url}" target="_blank" rel="noopener">{html.escape(c.title)}</a></div>
<div class="source-meta"><span>{html.escape(c.locator)}</span>
<span class="source-lang">{html.escape(language_name(c.language, lang))}</span></div>
{facts_html(c, answer.language, lang)}
<blockquote class="source-quote">{html.escape(c.quote or '')}</blockquote>{scanned_note(c, lang)}
<a class="source-open" href="{url}" target="_blank" rel="noopener">{html.escape(where)} ↗</a>
</article>""")
    head = text("sources_heading_count", lang, n=len(cards)) if cards else text("sources_none_cited", lang)
    body = "".join(cards)
    passages = [p.chunk for p in answer.passages]
    if passages:
        rows = "".join(
            f'<li><a href="{html.escape(document_url(p.source, p.page, p.locator))}" target="_blank" '
            f'rel="noopener">{html.escape(p.title)}</a> — {html.escape(p.locator)} '
            f'<span class="passage-type">{html.escape(doc_type_name(p.doc_type, lang))}</span></li>'
            for p in passages)
        body += f'<details class="passages"><summary>{html.escape(text("passages_searched", lang, n=len(passages)))}' \
                f'</summary><ol>{rows}</ol></details>'
    # <details>: the sources fold away under the answer on a phone.
    return f'<details class="sources" open><summary class="sources-heading">{html.escape(head)}</summary>' \
           f'{body}</details>'
