"""Check every generated sentence against the passages it cites.

Support combines meaning and wording: the cosine similarity of the sentence to the best
sentence of a cited passage (embedding model; works across languages) and the share of the
sentence's content stems found in the passage. A sentence without a valid citation, or whose
cited passages do not support it, is marked unsupported; the pipeline drops or flags it.
"""

from __future__ import annotations

from assistant.answer import Passage
from assistant.answerers.base import DraftSentence
from assistant.embeddings.base import Embedder
from assistant.text.sentences import split_sentences
from assistant.text.stemming import keyword_tokens, query_tokens

SEMANTIC_THRESHOLD = 0.62
LEXICAL_THRESHOLD = 0.6


def _dot(a: list[float], b: list[float]) -> float:
    return float(sum(x * y for x, y in zip(a, b)))


def verify(sentences: list[DraftSentence], passages: list[Passage], embedder: Embedder) -> list[tuple[bool, float]]:
    """(supported, support score) for each sentence, in order."""
    by_rank = {p.rank: p for p in passages}
    cited = sorted({r for s in sentences for r in s.ranks if r in by_rank})
    # Every sentence of every cited passage, embedded once.
    units: list[tuple[int, str]] = [(r, u) for r in cited for u in split_sentences(by_rank[r].chunk.text)]
    vectors = embedder.embed_documents([s.text for s in sentences] + [u for _, u in units]) if units else []
    sentence_vectors, unit_vectors = vectors[:len(sentences)], vectors[len(sentences):]
    results: list[tuple[bool, float]] = []
    for i, sentence in enumerate(sentences):
        ranks = [r for r in sentence.ranks if r in by_rank]
        if not ranks:
            results.append((False, 0.0))
            continue
        stems = set(query_tokens(sentence.text))
        best, best_quote = 0.0, {}
        for r in ranks:
            passage = by_rank[r]
            passage_stems = set(query_tokens(passage.chunk.text)) | set(keyword_tokens(passage.chunk.text, passage.chunk.language))
            lexical = len(stems & passage_stems) / len(stems) if stems else 0.0
            semantic, quote = 0.0, ""
            for (unit_rank, unit), vector in zip(units, unit_vectors):
                if unit_rank == r:
                    sim = _dot(sentence_vectors[i], vector)
                    if sim > semantic:
                        semantic, quote = sim, unit
            score = max(semantic / SEMANTIC_THRESHOLD, lexical / LEXICAL_THRESHOLD)
            best = max(best, score)
            if quote:
                best_quote[r] = quote
        sentence.quote.update(best_quote)
        results.append((best >= 1.0, min(best, 2.0) / 2.0))
    return results
