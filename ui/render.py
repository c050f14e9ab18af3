"""The answer object (``Answer.to_dict()``) as chat Markdown and as the sources panel's HTML.

Citations are rendered exactly as the answer carries them; nothing here searches again.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ui.documents import document_url
from ui.strings import doc_type_name, language_name, text

_MARK = re.compile(r"\[(\d{1,3})\]")


def citation_link(citation: dict[str, Any]) -> str:
    return document_url(citation["source"], citation.get("page"), citation.get("locator"))


def answer_markdown(answer: dict[str, Any]) -> str:
    """The answer text with every ``[n]`` turned into a link to the cited page or section."""
    links = {int(c["n"]): citation_link(c) for c in answer.get("citations") or []}

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"[\\[{n}\\]]({links[n]} \"{_title_attr(answer, n)}\")" if n in links else match.group(0)

    return _MARK.sub(link, answer.get("answer") or "")


def _title_attr(answer: dict[str, Any], n: int) -> str:
    for c in answer.get("citations") or []:
        if int(c["n"]) == n:
            return f"{c['title']} — {c['locator']}".replace('"', "'")
    return ""


def sources_html(answer: dict[str, Any] | None, lang: str) -> str:
    """The sources panel: one card per citation (title, locator, language, quote, link to the original)."""
    if not answer:
        return f'<div class="sources-empty">{html.escape(text("sources_empty", lang))}</div>'
    cards = []
    for c in answer.get("citations") or []:
        url = html.escape(citation_link(c))
        where = text("open_at_page", lang, page=c["page"]) if c.get("page") else text("open_at_section", lang)
        cards.append(f"""<article class="source-card" id="source-{int(c['n'])}">
<div class="source-head"><span class="source-n">{int(c['n'])}</span>
<a class="source-title" href="{url}" target="_blank" rel="noopener">{html.escape(c['title'])}</a></div>
<div class="source-meta"><span>{html.escape(c['locator'])}</span>
<span class="source-lang">{html.escape(language_name(c.get('language', ''), lang))}</span></div>
<blockquote class="source-quote">{html.escape(c.get('quote') or '')}</blockquote>
<a class="source-open" href="{url}" target="_blank" rel="noopener">{html.escape(where)} ↗</a>
</article>""")
    head = text("sources_heading_count", lang, n=len(cards)) if cards else text("sources_none_cited", lang)
    body = "".join(cards)
    passages = answer.get("passages") or []
    if passages:
        rows = "".join(
            f'<li><a href="{html.escape(document_url(p["source"], p.get("page"), p.get("locator")))}" target="_blank" '
            f'rel="noopener">{html.escape(p["title"])}</a> — {html.escape(p["locator"])} '
            f'<span class="passage-type">{html.escape(doc_type_name(p.get("doc_type", ""), lang))}</span></li>'
            for p in passages)
        body += f'<details class="passages"><summary>{html.escape(text("passages_searched", lang, n=len(passages)))}' \
                f'</summary><ol>{rows}</ol></details>'
    return f'<div class="sources"><h3 class="sources-heading">{html.escape(head)}</h3>{body}</div>'
