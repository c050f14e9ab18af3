"""The embedding interface: one abstract method, ``embed_batch``.

An ``Embedder`` is also a LangChain ``Embeddings``, so it plugs straight into
``langchain_chroma.Chroma`` (we always pass ours: Chroma's default embedding function would try
to download a model and fails offline).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    import numpy as np

Kind = Literal["query", "document"]


class Embedder(Embeddings, ABC):
    """Turns texts into unit-length vectors. ``name`` and ``dimension`` are recorded by the store."""

    name: str
    dimension: int
    backend: str = "torch"  # what computes its vectors: torch, onnx (ONNX Runtime), openvino
    precision: str = "fp32"

    @property
    def runs_on(self) -> str:
        """Backend and precision ("torch-bf16", "onnx-fp32"): the store lists those that made its vectors."""
        return f"{self.backend}-{self.precision}"

    @property
    def vector_kind(self) -> str:
        """What kind of vectors it makes, as the store records it: embedders of one kind make interchangeable
        vectors (same model and numerics within cosine 0.999 on a fixed sample), whatever runs them."""
        return vector_kind(self.name, self.precision)

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


def embed_sorted(texts: Sequence[str], lengths: Sequence[int], batch_size: int, dimension: int,
                 encode: Callable[[list[int]], "np.ndarray"]) -> list[list[float]]:
    """Embed ``texts`` in batches of similar *token* length, longest first; ``encode(rows)`` returns the vectors
    of ``texts[rows]`` and this puts them back in the input order, L2-normalised in fp32.

    Batches are formed by token length (sentence-transformers sorts by characters, and a Finnish passage has
    about twice the tokens of an English one of the same length, so its batches carry 20-65 % padding on a
    mixed corpus; by tokens it is 1-12 %). Every backend calls this, so all batch alike."""
    import numpy as np

    order = sorted(range(len(texts)), key=lambda i: lengths[i], reverse=True)
    out = np.empty((len(texts), dimension), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        rows = order[start:start + batch_size]
        vectors = np.asarray(encode(rows), dtype=np.float32)
        # normalised in fp32: a bf16 normalisation leaves norms up to ~0.5 % off 1
        out[rows] = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return out.tolist()


def vector_kind(name: str, precision: str) -> str:
    """The store's record of what made its vectors. torch fp32 and bf16, ONNX Runtime fp32 and OpenVINO fp32 all
    make "<model> fp32" vectors: cosine >= 0.999 to the PyTorch fp32 ones on the export's sample
    (``assistant/embeddings/export.py``; figures in docs/BENCHMARKS.md). A quantized model is a kind of its own."""
    return f"{name} {'fp32' if precision in ('fp32', 'bf16') else precision}"
