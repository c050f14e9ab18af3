"""Which backend runs the embedding model (torch, ONNX Runtime, OpenVINO), and the ONNX export's preparation.

``ASSISTANT_EMBEDDING_BACKEND=auto`` takes the fastest backend on the running CPU's kind
(``assistant/hardware.py``) whose export is present and whose runtime is installed; when the export then fails
its check (a file's hash, the sample's cosine) it falls back to torch with a warning, since their vectors are of
one kind (``base.vector_kind``). An explicit backend that cannot run is an error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from assistant.embeddings.base import Embedder
from assistant.embeddings.export import export_dir, export_onnx, read_manifest
from assistant.embeddings.onnx import RUNTIMES, OnnxEmbedder, runtime_missing
from assistant.errors import ModelError
from assistant.hardware import choose_backend, describe, this_cpu
from assistant.settings import Settings

log = logging.getLogger(__name__)

EXPORTED = {backend: runtime for runtime, backend in RUNTIMES.items()}  # backend -> runtime running the export


def unavailable_backends(models_dir: Path, name: str) -> dict[str, str]:
    """The ONNX backends that cannot run ``name`` here, each with why (cheap: reads export.json, imports nothing
    heavy beyond checking the runtime is installed)."""
    folder = export_dir(models_dir, name)
    why_export: str | None = None
    try:
        manifest = read_manifest(folder)
        missing = [f for f in manifest["files"] if not (folder / f).is_file()]
        if missing:
            why_export = f"the export in {folder} lacks {', '.join(missing)}"
    except ModelError:
        why_export = f"no ONNX export in {folder} (`assistant prepare-model --backend onnx`)"
    out = {}
    for backend, runtime in EXPORTED.items():
        reason = runtime_missing(runtime, load=False) or why_export
        if reason:
            out[backend] = reason
    return out


def backend_choice(settings: Settings, name: str) -> tuple[str, str]:
    """(backend, why) for the model ``name`` under ``settings`` on this CPU."""
    return choose_backend(settings.embedding_backend, this_cpu(), unavailable_backends(settings.models_dir, name))


@lru_cache(maxsize=8)
def _log_choice(backend: str, why: str) -> None:
    log.info("embedding backend %s: %s; CPU %s", backend, why, describe())


def build_with_backend(settings: Settings, name: str, precision: str, torch_factory: Callable[[], Embedder],
                       source_sha256: Callable[[], str | None]) -> Embedder:
    """The embedder of the chosen backend: the ONNX export with its runtime, or ``torch_factory()``."""
    if settings.embedding_backend == "torch":  # nothing to choose: no export to look for
        return torch_factory()
    backend, why = backend_choice(settings, name)
    _log_choice(backend, why)
    if backend in EXPORTED:
        try:
            return OnnxEmbedder(export_dir(settings.models_dir, name), name=name, runtime=EXPORTED[backend],
                                precision=precision, batch_size=settings.embedding_batch_size,
                                max_tokens=settings.embedding_max_tokens, source_sha256=source_sha256())
        except ModelError as exc:
            if settings.embedding_backend != "auto":
                raise
            log.warning("embedding backend %s refused its export, using torch instead: %s", backend, exc)
    return torch_factory()


def prepare_export(settings: Settings, name: str, torch_fp32: Callable[[], Embedder], source_sha256: str,
                   progress: Callable[[str], None]) -> Path:
    """Export ``name`` to ONNX unless a checked export from the same weights is already there."""
    folder = export_dir(settings.models_dir, name)
    if runtime_missing("onnxruntime"):
        raise ModelError(runtime_missing("onnxruntime") or "")
    try:
        import onnx  # noqa: F401 - the exporter writes with it
        import onnxscript  # noqa: F401
    except ImportError as exc:
        raise ModelError(f"the ONNX export needs the packages onnx and onnxscript: pip install -e '.[onnx]' ({exc})") \
            from exc
    if (folder / "export.json").is_file():
        try:
            OnnxEmbedder(folder, name=name, max_tokens=settings.embedding_max_tokens, source_sha256=source_sha256)
            progress(f"the ONNX export in {folder} is present and checked")
            return folder
        except ModelError as exc:
            progress(f"exporting again: {exc}")
    return export_onnx(torch_fp32(), source_sha256, folder, progress)
