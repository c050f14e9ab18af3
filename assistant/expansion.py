"""A question asked in a language no document is in, searched with the English wording of its domain terms appended.

The glossary (``assistant/text/glossary.py``) finds the question's terms; here the ones that say little are left
out: a term most English chunks hold ("child" is in three of four in knowledge/, "Finland" in one of four) only drew
questions to the documents' overviews. The share each term has is read from the catalog's keyword index once per
term and catalog revision (``TermShares``, a ``CatalogDerived``). ``Retriever.expanded`` uses it.
"""

from __future__ import annotations

from assistant.documents import DocumentRecord
from assistant.store.derived import CatalogDerived
from assistant.text.glossary import TARGET, default_glossary
from assistant.text.stemming import keyword_tokens

# A term is appended only when at most this share of the English chunks hold it. On dev-baltic, appending every term
# gave section hit@1 0.644 and key facts 0.715; at most 0.3: 0.644 and 0.737; at most 0.2: 0.667 and 0.726 (hit@5
# 0.933, 0.922, 0.922).
MAX_TERM_SHARE = 0.2
MIN_CHUNKS_FOR_SHARE = 50  # English chunks below which the share is not judged (knowledge/ has about 300)


class TermShares(CatalogDerived[dict[str, float]]):
    """The share of the English chunks that hold each term's wording, filled as terms come, forgotten when a
    document changes."""

    def _build(self, records: list[DocumentRecord]) -> dict[str, float]:
        return {}

    def informative(self, wording: str) -> bool:
        """Whether at most ``MAX_TERM_SHARE`` of the English chunks hold ``wording`` (after ``refresh``)."""
        shares = self._current()
        if wording not in shares:
            held, total = self.catalog.chunks_holding(keyword_tokens(wording, TARGET), TARGET)
            # Among a handful of chunks a share says nothing: every term is kept.
            shares[wording] = held / total if total >= MIN_CHUNKS_FOR_SHARE else 0.0
        return shares[wording] <= MAX_TERM_SHARE

    def expand(self, query: str, language: str) -> str:
        """``query`` with the English wording of its informative terms appended (``query`` when it has none)."""
        glossary = default_glossary()
        if glossary is None:
            return query
        self.refresh()  # once per question: the documents may have changed since the last
        return glossary.expand(query, language, keep=self.informative)
