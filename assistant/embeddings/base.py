"""The embedding interface: one abstract method, ``embed_batch``.

An ``Embedder`` is also a LangChain ``Embeddings``, so it plugs straight into
``langchain_chroma.Chroma`` (we always pass ours: Chroma's default embedding function would try
to download a model and fails offline).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Literal

from langchain_core.embeddings import Embeddings

Kind = Literal["query", "document"]


class Embedder(Embeddings, ABC):
    """Turns texts into unit-length vectors. ``name`` and ``dimension`` are recorded by the store."""

    name: str
    dimension: int

    @abstractmethod
    def embed_batch(self, texts: list[str], kind: Kind) -> list[list[float]]:
        """Embed ``texts`` as queries or as documents; vectors are L2-normalised."""

    @property
    def identity(self) -> str:
        """What makes its vectors (model, and where it matters precision and limits): two embedders with the
        same identity give interchangeable vectors (``assistant/embeddings/memo.py`` relies on it)."""
        return self.name

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_batch(list(texts), "document") if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self.embed_batch([text], "query")[0]

    def count_tokens(self, texts: list[str]) -> int:
        """Model tokens in ``texts`` (for throughput reports); words where no tokenizer exists."""
        return sum(len(t.split()) for t in texts)
