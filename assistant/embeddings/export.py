"""Export a verified sentence-transformers model to ONNX, once, for ONNX Runtime and OpenVINO.

The whole pipeline goes into one graph (transformer, pooling, Dense layers, normalisation), so the graph maps
``input_ids``/``attention_mask`` to the final vector. It is exported with ``torch.onnx.export`` (the dynamo
exporter, opset 18, dynamic batch and sequence axes) from the weights already in the model cache: never from a
hub. The export lives beside the model, in ``<models_dir>/<model>-onnx/`` (never inside the verified model
folder), with ``export.json``: the sha256 of every file written, the source model's sha256, the torch and
onnx versions, and a fixed sample of texts with their PyTorch fp32 vectors, which ``OnnxEmbedder`` embeds
again before it is used (``assistant/embeddings/onnx.py``). Written into a temporary folder and renamed, so a
killed export leaves nothing half-written in place.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.embeddings.checksums import sha256_file
from assistant.errors import ModelError

if TYPE_CHECKING:
    from assistant.embeddings.sentence_transformer import SentenceTransformerEmbedder

log = logging.getLogger(__name__)

MANIFEST = "export.json"
GRAPH = "model.onnx"
TOKENIZER = "tokenizer.json"
OPSET = 18
FORMAT = 1
MIN_COSINE = 0.999  # an export's vector of a sample text against PyTorch fp32's, at the least
REBUILD = "Rebuild it with `assistant prepare-model --backend onnx` (make model-onnx)."

# Questions and passages in the documents' three languages, one long enough to be cut at a small max_tokens.
SAMPLE: list[tuple[str, str, str]] = [
    ("query", "fi", "Mitä teen, jos epäilen, että lapsi on ihmiskaupan uhri?"),
    ("query", "sv", "Vem är skyldig att göra en barnskyddsanmälan?"),
    ("query", "en", "How long is the recovery and reflection period for victims of trafficking?"),
    ("document", "fi", "Lastensuojelulain 25 §:n mukaan sosiaali- ja terveydenhuollon, opetustoimen ja poliisin "
                       "palveluksessa olevat ovat velvollisia salassapitosäännösten estämättä ilmoittamaan "
                       "viipymättä hyvinvointialueelle, jos he ovat tehtävässään saaneet tietää lapsesta, jonka "
                       "hoidon ja huolenpidon tarve, kehitystä vaarantavat olosuhteet tai oma käyttäytyminen "
                       "edellyttää mahdollista lastensuojelun tarpeen selvittämistä."),
    ("document", "sv", "Barn som misstänks vara offer för människohandel ska hänvisas till hjälpsystemet för "
                       "offer för människohandel. Barnets bästa ska komma i första hand i alla åtgärder."),
    ("document", "en", "Each Party shall provide in its internal law a recovery and reflection period of at "
                       "least 30 days, when there are reasonable grounds to believe that the person concerned "
                       "is a victim. " * 6),
    ("document", "en", "Call 112 in an emergency."),
]


def export_dir(models_dir: Path, name: str) -> Path:
    """Where the ONNX export of the model ``name`` lives: beside the model's folder, not in it."""
    return models_dir / f"{name}-onnx"


def read_manifest(folder: Path) -> dict:
    """The export's ``export.json``; ModelError naming it when it is missing or unreadable."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{folder}: no ONNX export here ({MANIFEST} missing). {REBUILD}") from None
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: unreadable ({exc}). {REBUILD}") from exc
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise ModelError(f"{path}: not an export of this version of the assistant. {REBUILD}")
    return manifest


def _pipeline(model):
    """The torch module that runs the whole sentence-transformers pipeline on (input_ids, attention_mask)."""
    import torch

    class Pipeline(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            features = self.model({"input_ids": input_ids, "attention_mask": attention_mask})
            return torch.nn.functional.normalize(features["sentence_embedding"].float(), dim=-1)

    return Pipeline().eval()


def export_onnx(embedder: SentenceTransformerEmbedder, source_sha256: str, target: Path,
                progress: Callable[[str], None] = log.info) -> Path:
    """Export ``embedder`` (a PyTorch fp32 SentenceTransformerEmbedder) to ``target`` and check the export's
    vectors of the sample against PyTorch's before it is put in place. Returns ``target``."""
    import onnx
    import torch

    if embedder.precision != "fp32":
        raise ModelError("the ONNX export is made from the fp32 model")
    started = time.perf_counter()
    st = embedder._model
    tokenizer = st.tokenizer
    prompts = {kind: st.prompts.get(embedder._prompts[kind] or "", "") for kind in ("query", "document")}
    progress("embedding the sample with PyTorch (fp32)")
    reference = [embedder.embed_batch([text], kind)[0] for kind, _lang, text in SAMPLE]

    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.tmp-"))
    try:
        batch = tokenizer([prompts["document"] + SAMPLE[3][2], prompts["query"] + SAMPLE[0][2]], padding=True,
                          truncation=True, max_length=st.max_seq_length, return_tensors="pt")
        example = (batch["input_ids"], batch["attention_mask"])
        dim = torch.export.Dim.DYNAMIC
        progress(f"exporting the graph with torch {torch.__version__} (opset {OPSET}; minutes for a large model)")
        with torch.no_grad():
            torch.onnx.export(_pipeline(st), example, str(work / GRAPH), dynamo=True, opset_version=OPSET,
                              input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
                              dynamic_shapes=({0: dim, 1: dim}, {0: dim, 1: dim}), external_data=True,
                              optimize=True, verbose=False)
        tokenizer.backend_tokenizer.save(str(work / TOKENIZER))
        files = {p.name: sha256_file(p) for p in sorted(work.iterdir()) if p.is_file()}
        manifest = {
            "format": FORMAT,
            "model": embedder.name,
            "dimension": embedder.dimension,
            "source_sha256": source_sha256,
            "files": files,
            "graph": GRAPH,
            "opset": OPSET,
            "torch": torch.__version__,
            "onnx": onnx.__version__,
            "max_tokens": st.max_seq_length,
            "prompts": prompts,
            "padding_side": tokenizer.padding_side,
            "pad_token_id": tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0,
            "sample": [{"kind": kind, "language": lang, "text": text, "vector": vector}
                       for (kind, lang, text), vector in zip(SAMPLE, reference)],
            "export_seconds": 0.0,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        progress("checking the export's vectors of the sample against PyTorch's")
        from assistant.embeddings.onnx import OnnxEmbedder

        check = OnnxEmbedder(work, name=embedder.name, runtime="onnxruntime", batch_size=embedder.batch_size,
                             max_tokens=st.max_seq_length, source_sha256=source_sha256)
        worst = check.verification["min_cosine"]
        del check
        manifest["export_seconds"] = round(time.perf_counter() - started, 1)
        manifest["min_cosine_at_export"] = worst
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        _replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    progress(f"ONNX export ready in {target} ({manifest['export_seconds']:.0f} s; sample cosine to PyTorch "
             f">= {worst:.6f})")
    return target


def _replace(work: Path, target: Path) -> None:
    """Put ``work`` in ``target``'s place: the old export (if any) is renamed away first, then removed."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{time.time_ns()}")
        target.rename(old)
    work.chmod(0o755)  # mkdtemp made it private
    work.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
