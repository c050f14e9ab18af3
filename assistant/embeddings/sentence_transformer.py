"""Sentence-transformers backend, loaded strictly offline."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any

from assistant.embeddings.base import Embedder, Kind, embed_sorted
from assistant.errors import ModelError

log = logging.getLogger(__name__)


def _force_offline() -> None:
    # Set before sentence-transformers/transformers are imported: nothing may reach a hub.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model folder (or hub id on machines that reach a hub).

    ``query_prompt``/``document_prompt`` name prompts from the model's own configuration
    (EmbeddingGemma ships "query" and "document"); ``None`` means no prompt.
    """

    def __init__(
        self,
        model: str | Path,
        *,
        name: str,
        precision: str = "fp32",
        batch_size: int = 16,
        max_tokens: int = 512,
        query_prompt: str | None = None,
        document_prompt: str | None = None,
    ) -> None:
        _force_offline()
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - a broken install
            raise ModelError(f"sentence-transformers is not installed: {exc}") from exc
        try:
            dtype = torch.bfloat16 if precision == "bf16" else torch.float32
            # Loading straight into the target dtype avoids materialising fp32 weights first.
            self._model = SentenceTransformer(
                str(model), device="cpu", trust_remote_code=False, local_files_only=True,
                model_kwargs={"torch_dtype": dtype},
            )
        except Exception as exc:
            raise ModelError(f"cannot load embedding model {model}: {exc}") from exc
        if precision == "bf16":
            self._model = self._model.to(torch.bfloat16)  # the extra modules (Dense) as well
        self._model.max_seq_length = min(max_tokens, self._model.max_seq_length or max_tokens)
        prompts = getattr(self._model, "prompts", {}) or {}
        for wanted in (query_prompt, document_prompt):
            if wanted is not None and wanted not in prompts:
                raise ModelError(f"embedding model {model} has no prompt named {wanted!r}")
        self._prompts: dict[Kind, str | None] = {"query": query_prompt, "document": document_prompt}
        self.name = name
        self.precision = precision
        self._identity = f"{name} torch-{precision} max_tokens={self._model.max_seq_length} prompts={self._prompts}"
        self.batch_size = batch_size
        # The fast tokenizer keeps its truncation and padding settings between calls, and each call sets its own: two
        # threads at once (the web UI's sessions) can get each other's, and a batch fails to become a tensor. One call at
        # a time; on a CPU the model uses every core for one batch anyway.
        self._lock = threading.Lock()
        get_dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        dim = get_dimension()
        if not dim:
            raise ModelError(f"embedding model {model} does not report its dimension")
        self.dimension = int(dim)

    @property
    def identity(self) -> str:
        return self._identity

    def embed_batch(self, texts: list[str], kind: Kind) -> list[list[float]]:
        if not texts:
            return []
        kwargs: dict[str, Any] = {}
        if self._prompts[kind]:
            kwargs["prompt_name"] = self._prompts[kind]

        def encode(rows: list[int]):
            vectors = self._model.encode([texts[i] for i in rows], batch_size=len(rows), convert_to_tensor=True,
                                         show_progress_bar=False, **kwargs)
            return vectors.float().cpu().numpy()

        with self._lock:
            return embed_sorted(texts, self._token_lengths(texts, kind), self.batch_size, self.dimension, encode)

    def _token_lengths(self, texts: list[str], kind: Kind) -> list[int]:
        """Tokens each text becomes, with its prompt and special tokens, after truncation."""
        prompt = (getattr(self._model, "prompts", {}) or {}).get(self._prompts[kind] or "", "")
        limit = self._model.max_seq_length
        ids = self._model.tokenizer([prompt + t for t in texts], add_special_tokens=True, truncation=True,
                                    max_length=limit)["input_ids"]
        return [len(i) for i in ids]

    def count_tokens(self, texts: list[str]) -> int:
        with self._lock:
            return sum(len(ids) for ids in self._model.tokenizer(texts, add_special_tokens=False)["input_ids"])
