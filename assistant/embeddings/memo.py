"""Passage vectors a process has already computed, so the same text is not embedded twice.

A re-sync that meets a text again (a second store of the same documents, an edited document whose other
passages did not change, a document synced into two stores, the test suite's stores) takes its vector from
here instead of the model: EmbeddingGemma costs 0.1-0.5 s per passage on two cores. Only knowledge-base
passages go in (``VectorIndex.add``), never questions or answer sentences, which may hold personal data.
Keyed by the embedder's ``identity`` (model, precision, limits): a vector is reused only where the same
model would compute it again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

_MEMOS: dict[str, OrderedDict[str, list[float]]] = {}
_LOCK = threading.Lock()


def recall(identity: str, texts: list[str]) -> dict[str, list[float]]:
    """The remembered vectors of ``texts`` (those it has), each marked as recently used."""
    with _LOCK:
        memo = _MEMOS.get(identity)
        if not memo:
            return {}
        found = {}
        for text in texts:
            vector = memo.get(text)
            if vector is not None:
                memo.move_to_end(text)
                found[text] = vector
        return found


def remember(identity: str, vectors: dict[str, list[float]], capacity: int) -> None:
    """Keep ``vectors`` (text -> vector), forgetting the least recently used beyond ``capacity`` texts."""
    if capacity <= 0:
        return
    with _LOCK:
        memo = _MEMOS.setdefault(identity, OrderedDict())
        for text, vector in vectors.items():
            memo[text] = vector
            memo.move_to_end(text)
        while len(memo) > capacity:
            memo.popitem(last=False)


def forget() -> None:
    """Drop every remembered vector (benchmarks that time the model)."""
    with _LOCK:
        _MEMOS.clear()
