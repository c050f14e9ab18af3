"""The answer object as chat Markdown and as the sources panel's HTML.

The blocks are rendered by ``assistant.render`` with each citation number written as a link to the
cited page or section; citations are shown exactly as the answer carries them, nothing searches again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from assistant.answer import Answer, Citation, SafetyBlock, Sentence, SentencesBlock
from assistant.render import Notes, block_paragraphs, sentence_line, source_facts, without_markers, wording_note
from ui.documents import document_url, page_image_url
from ui.strings import doc_type_name, language_name, locator_text, text


def citation_link(citation: Citation) -> str:
    return document_url(citation.source, citation.page, citation.locator)


# A "sentence" that is a heading ("3. Ilmoita epäilystä poliisille", "Step 2: Notify"): no closing
# punctuation and a few words. It labels the quotes after it instead of reading as a claim.
_CLOSING = (".", "!", "?", ":", ";", "…", '"', "”", "»", ")")
HEADING_MAX_WORDS = 10


def looks_like_heading(sentence: str) -> bool:
    words = sentence.strip().split()
    return bool(words) and len(words) <= HEADING_MAX_WORDS and not sentence.rstrip().endswith(_CLOSING)


@dataclass
class Card:
    """One source card: a document section, the citation numbers that point at it, the quotes it backs."""

    number: int
    citations: list[Citation]
    quotes: list[str] = field(default_factory=list)

    @property
    def first(self) -> Citation:
        return self.citations[0]


def source_cards(answer: Answer) -> tuple[list[Card], dict[int, int]]:
    """One card per document section, in order of first citation, and each citation number's card number.

    Two passages of one section (its two chunks) are two citations but one source for the reader."""
    cards: dict[tuple[str, str], Card] = {}
    number: dict[int, int] = {}
    for c in sorted(answer.citations, key=lambda c: c.n):
        card = cards.setdefault((c.source, c.locator), Card(len(cards) + 1, []))
        card.citations.append(c)
        number[c.n] = card.number
    by_card = {card.number: card for card in cards.values()}
    for sentence in _all_sentences(answer):
        for n in dict.fromkeys(number.get(m) for m in sentence.citations if m in number):
            quote = without_markers(sentence.text).strip()
            if quote and not looks_like_heading(quote) and quote not in by_card[n].quotes:
                by_card[n].quotes.append(quote)
    for card in by_card.values():
        if not card.quotes:  # a citation no sentence carries (it cannot happen today): its own quote
            card.quotes = [c.quote for c in card.citations if c.quote]
    return list(by_card.values()), number


def _all_sentences(answer: Answer) -> list[Sentence]:
    found: list[Sentence] = []
    for block in answer.blocks:
        if isinstance(block, SafetyBlock):
            found += block.contacts
        elif isinstance(block, SentencesBlock):
            found += block.sentences
    return found


def answer_kind(answer: Answer, cards: int) -> str:
    """The answer's first line: what kind of answer follows."""
    lang = answer.language
    main = next((b for b in answer.blocks if isinstance(b, SentencesBlock) and not b.related and not b.example), None)
    if answer.safety_referral:
        return text("answer_kind_emergency", lang)
    if answer.abstained:
        related = any(isinstance(b, SentencesBlock) and b.related for b in answer.blocks)
        return text("answer_kind_related" if related else "answer_kind_refused", lang)
    return text("answer_kind_quotes" if main is None or main.quoted else "answer_kind_written", lang, n=cards)


def answer_markdown(answer: Answer) -> str:
    """The answer as Markdown: a first line that says what kind of answer it is; quoted sentences grouped by
    source as quote blocks, each closed by its citation (a link to the page or section); headings as labels,
    never as sentences; after the first citation of an older statute wording, which act changed it and the
    newer wording's citation (``assistant.render.wording_note``). Citation numbers are the source cards'
    (``source_cards``)."""
    cards, number = source_cards(answer)
    by_number = {card.number: card for card in cards}

    def link(n: int) -> str:
        card = by_number.get(number.get(n, 0))
        if card is None:
            return f"[{n}]"
        c = card.first
        title = f"{c.title} — {locator_text(c.locator, c.page, answer.language)}".replace('"', "'")
        return f"[\\[{card.number}\\]]({citation_link(c)} \"{title}\")"

    notes: Notes = {c.n: note for c in answer.citations if (note := wording_note(c, answer.language, link))}
    parts = [f"**{answer_kind(answer, len(cards))}**"]
    for block in answer.blocks:
        if isinstance(block, SentencesBlock) and block.quoted:
            if block.lead and (block.related or block.example or block.steps):
                parts.append(block.lead)
            parts += _quote_blocks(block, answer.language, link, number, by_number, notes)
        else:
            parts += [p for p in block_paragraphs(block, answer.language, link, notes) if p]
    return "\n\n".join(parts)


def _quote_blocks(block: SentencesBlock, language: str, link, number: dict[int, int],
                  by_number: dict[int, Card], notes: Notes) -> list[str]:
    """The quoted sentences grouped by the source they cite (in order of first appearance), each group a
    Markdown quote block ending with its citation; a heading-like sentence is the group's bold label. A note
    on an older statute wording (``notes``, taken the first time) follows its citation."""
    groups: dict[tuple[int, ...], list[Sentence]] = {}
    for sentence in block.sentences:
        key = tuple(dict.fromkeys(number.get(n, n) for n in sentence.citations))
        groups.setdefault(key, []).append(sentence)
    out = []
    for key, sentences in groups.items():
        lines = []
        for sentence in sentences:
            words = without_markers(sentence.text).strip().lstrip("-*• ")
            if sentence.label:
                lines.append(f"**{sentence.label}**")
            if looks_like_heading(words):
                lines.append(f"**{words}**")
            elif not sentence.supported:
                lines.append(sentence_line(sentence, language, False))
            else:
                lines.append(words)
        cited = [by_number[n] for n in key if n in by_number]
        where = "; ".join(f"{c.first.title}, {locator_text(c.first.locator, c.first.page, language)}" for c in cited)
        marks = "".join(link(c.citations[0].n) for c in cited)
        said = "".join(f" ({notes.pop(x.n)})" for c in cited for x in c.citations if x.n in notes)
        body = "\n>\n".join(f"> {line}" for line in lines)
        out.append(f"{body}\n>\n> — {marks} *{where}*{said}" if cited else body)
    return out


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


def facts_html(citation: Citation, language: str, lang: str, number: dict[int, int] | None = None) -> str:
    """A card's facts: the document's type and date, a statute's entry into force and the status of its wording
    (in the answer's ``language``, as the answer says it; the newer wording's citation by its card ``number``),
    and the link to the official text."""
    items = [f'<span class="source-type">{html.escape(doc_type_name(citation.doc_type, lang))}</span>'] \
        if citation.doc_type else []
    items += [f'<span>{html.escape(fact)}</span>'
              for fact in source_facts(citation, language, lambda n: f"[{(number or {}).get(n, n)}]")]
    if citation.url:
        items.append(f'<a class="source-official" href="{html.escape(citation.url)}" target="_blank" '
                     f'rel="noopener noreferrer">{html.escape(text("source_official", lang))} ↗</a>')
    status = html.escape(citation.status or "unknown")
    return f'<div class="source-facts status-{status}" data-status="{status}">{"".join(items)}</div>' if items else ""


def sources_html(answer: Answer | None, lang: str) -> str:
    """The sources panel: one card per document section (title, section, language, type, date, status of a
    statute's wording, every quote the answer takes from it, a note when OCR read it from a scanned page,
    links to the original and to the official text), then the passages the search found."""
    if not answer:
        return f'<div class="sources-empty">{html.escape(text("sources_empty", lang))}</div>'
    cards = []
    found, number = source_cards(answer)
    for card in found:
        c = card.first
        url = html.escape(citation_link(c))
        where = text("open_at_page", lang, page=c.page) if c.page else text("open_at_section", lang)
        quotes = "".join(f'<blockquote class="source-quote" lang="{html.escape(c.language)}">{html.escape(q)}'
                         f'</blockquote>' for q in card.quotes)
        cards.append(f"""<article class="source-card" id="source-{card.number}">
<div class="source-head"><span class="source-n">{card.number}</span>
<a class="source-title" href="{url}" target="_blank" rel="noopener" lang="{html.escape(c.language)}">{html.escape(c.title)}</a></div>
<div class="source-meta"><span>{html.escape(locator_text(c.locator, c.page, lang))}</span>
<span class="source-lang">{html.escape(language_name(c.language, lang))}</span></div>
{facts_html(c, answer.language, lang, number)}
{quotes}{scanned_note(next((x for x in card.citations if x.ocr), c), lang)}
<a class="source-open" href="{url}" target="_blank" rel="noopener">{html.escape(where)}&nbsp;↗</a>
</article>""")
    head = text("sources_heading_count", lang, n=len(cards)) if cards else text("sources_none_cited", lang)
    body = "".join(cards)
    passages = [p.chunk for p in answer.passages]
    if passages:
        rows = "".join(
            f'<li><a href="{html.escape(document_url(p.source, p.page, p.locator))}" target="_blank" '
            f'rel="noopener" lang="{html.escape(p.language)}">{html.escape(p.title)}</a> — '
            f'{html.escape(locator_text(p.locator, p.page, lang))} '
            f'<span class="passage-type">{html.escape(doc_type_name(p.doc_type, lang))}</span></li>'
            for p in passages)
        body += f'<details class="passages"><summary>{html.escape(text("passages_searched", lang, n=len(passages)))}' \
                f'</summary><ol>{rows}</ol></details>'
    # <details>: the sources fold away under the answer on a phone.
    return f'<details class="sources" open><summary class="sources-heading">{html.escape(head)}</summary>' \
           f'{body}</details>'
