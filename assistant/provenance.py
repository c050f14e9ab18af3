"""What a citation says of its source besides its words: the document's type, its date, whether the
wording quoted is still the newest the store holds, a link to the official text, and how to cite it.

The tools Finnish professionals use (THL's Lastensuojelun käsikirja, Duodecim's Käypä hoito) show on every
source its date, whether it is in force and a link to Finlex. ``Provenance.annotate`` fills those facts
into an answer's citations, once, before any renderer sees them:

- a statute (Finlex XML): the date it was given and its entry into force, a link to the act in the
  statute book, and the status of the wording (``assistant/law/index.py``). A citation of an older
  wording lists the newer acts (``superseded_by``) and the answer also cites the newer wording when
  the store has it: the sentence of the newer act that best matches the words quoted;
- a guide or other document: its ``reviewed`` date (else ``valid_from``) and its ``source_url``.
"""

from __future__ import annotations

import logging

from assistant.answer import Answer, Citation
from assistant.documents import Chunk, DocumentRecord
from assistant.law.index import Holding, LawIndex, Wording
from assistant.law.references import AMENDED, REPEALED
from assistant.store.catalog import Catalog
from assistant.text.sentences import split_sentences
from assistant.text.stemming import keyword_tokens

log = logging.getLogger(__name__)

# Of the newer acts holding the section, the newest whose text shares this share of the quote's words is cited
# for the newer wording (the part quoted may be one an older of them rewrote); else the best match.
MATCH_SHARE = 0.3


class Provenance:
    """Fills the facts of citations from the catalog's records and the law index (rebuilt when documents change)."""

    def __init__(self, catalog: Catalog, law: LawIndex | None = None) -> None:
        self.catalog = catalog
        self.law = law or LawIndex(catalog)

    def annotate(self, answer: Answer) -> None:
        """Fill every citation's facts; add a citation of the newer wording after each older one the store has."""
        if not answer.citations:
            return
        self.law.refresh()
        records: dict[str, DocumentRecord | None] = {}
        newer: dict[int, list[Holding]] = {}
        for citation in list(answer.citations):
            wording = self.describe(citation, records)
            if wording is not None and wording.status in (AMENDED, REPEALED):
                newer[citation.n] = self.law.current_holdings(wording, citation.language)
        for citation in list(answer.citations):
            if newer.get(citation.n):
                self._cite_newer(answer, citation, newer[citation.n], records)

    def describe(self, citation: Citation, records: dict[str, DocumentRecord | None] | None = None) -> Wording | None:
        """Fill ``citation``'s type, date, link, status and how to cite it; the statute wording's status, if any."""
        records = {} if records is None else records
        if citation.source not in records:
            records[citation.source] = self.catalog.document(citation.source)
        record = records[citation.source]
        if record is not None:
            citation.doc_type = citation.doc_type or record.doc_type
        act = self.law.act(citation.source)
        if act is None:
            extra = record.extra if record is not None else {}
            citation.date = _iso(extra.get("reviewed") or extra.get("valid_from"))
            url = str(extra.get("source_url") or "")
            citation.url = url if url.startswith(("https://", "http://")) else None
            where = citation.locator if citation.locator != citation.title else ""
            citation.cite_as = ", ".join(p for p in (citation.title, where, citation.date or "") if p)
            return None
        citation.act = act.act
        citation.date = act.date_given.isoformat() if act.date_given else None
        citation.in_force = act.in_force.isoformat() if act.in_force else None
        citation.url = act.url
        chunk = Chunk(citation.source, "", 0, citation.quote, citation.locator, citation.title, citation.language,
                      "law")
        wording = self.law.wording(chunk)
        citation.status = wording.status
        provision = self.law.normalize(act.statute, wording.provision) if wording.provision and act.statute else None
        citation.cite_as = act.cite(provision, self.law.statute_name(act.statute, act.language) if act.statute else "")
        citation.superseded_by = [n.to_dict(citation.language) for n in wording.newer]
        return wording

    def _cite_newer(self, answer: Answer, old: Citation, holdings: list[Holding],
                    records: dict[str, DocumentRecord | None]) -> None:
        """Cite the newer wording of ``old``'s section: the sentence of the newest holding that matches the quote."""
        best: tuple[float, Holding, str] | None = None
        wanted = set(keyword_tokens(old.quote, old.language))
        for holding in holdings:  # newest first
            sentence, share = _best_sentence(self.catalog.chunks_of(holding.source), holding.locator, wanted)
            if sentence and share >= MATCH_SHARE:
                best = (share, holding, sentence)
                break
            if sentence and (best is None or share > best[0]):
                best = (share, holding, sentence)
        if best is None:
            return
        _, holding, sentence = best
        cited = next((c for c in answer.citations if c.source == holding.source and c.locator == holding.locator), None)
        if cited is None:  # the newer wording's own facts say whether it was changed again (one step only)
            cited = Citation(n=max(c.n for c in answer.citations) + 1, source=holding.source, title=holding.act.title,
                             locator=holding.locator, quote=sentence, score=old.score, language=holding.language)
            self.describe(cited, records)
            answer.citations.append(cited)
        for entry in old.superseded_by:
            if entry.get("act") == holding.act.act:
                entry["n"] = cited.n


def _best_sentence(chunks: list[Chunk], locator: str, wanted: set[str]) -> tuple[str, float]:
    """The sentence of the section ``locator`` among ``chunks`` sharing most of the ``wanted`` words, and the share."""
    best, share = "", 0.0
    for chunk in chunks:
        if chunk.locator != locator:
            continue
        for sentence in split_sentences(chunk.text):
            words = set(keyword_tokens(sentence, chunk.language))
            mine = len(words & wanted) / len(wanted) if wanted else 0.0
            if not best or mine > share:
                best, share = sentence, mine
    return best, share


def _iso(value: object) -> str | None:
    text = str(value or "")[:10]
    return text if len(text) == 10 and text[4] == "-" else None
