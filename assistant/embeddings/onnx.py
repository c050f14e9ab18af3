"""The embedding model's ONNX export run by ONNX Runtime (CPU) or OpenVINO (CPU, fp32).

Same tokenizer (the one the export saved), prompts, truncation and token-length-sorted batching
(``base.embed_sorted``) as ``sentence_transformer.py``; neither torch nor sentence-transformers is imported.
Before first use in a process it checks the export (``assistant/embeddings/export.py``): every file's sha256
against ``export.json`` (skipped while the files keep the size, mtime and inode of the last full check, as the
model's weights are), and the vectors of the fixed sample against the stored PyTorch fp32 ones (cosine
>= 0.999 each); else ModelError naming the file or the text and the cosine, and how to rebuild.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from assistant.embeddings.base import Embedder, Kind, embed_sorted
from assistant.embeddings.checksums import file_stamp, sha256_file
from assistant.embeddings.export import GRAPH, MIN_COSINE, REBUILD, TOKENIZER, read_manifest
from assistant.errors import ModelError

log = logging.getLogger(__name__)

RUNTIMES = {"onnxruntime": "onnx", "openvino": "openvino"}  # runtime -> the backend name settings use
_STAMP = ".verified-stamp"


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), not the machine's count."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def runtime_missing(runtime: str, *, load: bool = True) -> str | None:
    """What to install for ``runtime``, or None when it can be imported (``load=False``: only looked up, which
    costs nothing; the import itself takes a second)."""
    import importlib.util

    try:  # each runtime's module is named as the runtime
        if load:
            importlib.import_module(runtime)
        elif importlib.util.find_spec(runtime) is None:
            raise ImportError(runtime)
    except ImportError:
        return f"the {runtime} runtime is not installed: pip install -e '.[onnx]' (or pip install {runtime})"
    return None


class OnnxEmbedder(Embedder):
    """Runs ``folder``'s export with ONNX Runtime or OpenVINO; vectors of the same kind as PyTorch fp32's (the
    sample check proves it for each load)."""

    def __init__(self, folder: Path, *, name: str, runtime: str = "onnxruntime", precision: str = "fp32",
                 batch_size: int = 4,
                 max_tokens: int = 512, source_sha256: str | None = None, threads: int | None = None,
                 min_cosine: float = MIN_COSINE) -> None:
        if runtime not in RUNTIMES:
            raise ModelError(f"unknown ONNX runtime {runtime!r}; one of {', '.join(RUNTIMES)}")
        missing = runtime_missing(runtime)
        if missing:
            raise ModelError(missing)
        self.folder = Path(folder)
        manifest = read_manifest(self.folder)
        if source_sha256 and manifest.get("source_sha256") != source_sha256:
            raise ModelError(f"{self.folder / 'export.json'}: exported from a model with sha256 "
                             f"{str(manifest.get('source_sha256'))[:16]}…, not the verified {source_sha256[:16]}…. "
                             f"{REBUILD}")
        self._check_files(manifest)
        self.name = name
        self.runtime = runtime
        self.backend = RUNTIMES[runtime]
        # OpenVINO computes in bf16 where asked (the CPU's native bf16); ONNX Runtime's CPU kernels are fp32 only
        self.precision = "bf16" if precision == "bf16" and runtime == "openvino" else "fp32"
        self.dimension = int(manifest["dimension"])
        self.batch_size = batch_size
        self.max_tokens = min(max_tokens, int(manifest["max_tokens"]))
        self._prompts: dict[Kind, str] = dict(manifest["prompts"])
        self._pad_id = int(manifest["pad_token_id"])
        self._pad_left = manifest.get("padding_side") == "left"
        self.threads = threads or usable_cores()
        self._graph = str(self.folder / manifest.get("graph", GRAPH))
        self._min_cosine = min_cosine  # lower only in the benchmarks, which measure quantized variants
        self._load_tokenizer()
        self._run = self._load_runtime()
        self._identity = (f"{name} {self.backend}-{self.precision} max_tokens={self.max_tokens} "
                          f"prompts={json.dumps(self._prompts, sort_keys=True)}")
        self.verification = self._check_sample(manifest)

    @property
    def identity(self) -> str:
        return self._identity

    # --- loading and checks -----------------------------------------------------------------------
    def _check_files(self, manifest: dict) -> None:
        files: dict[str, str] = manifest["files"]
        stamp = json.dumps({n: file_stamp(self.folder / n) for n in sorted(files)}, sort_keys=True)
        if _read(self.folder / _STAMP) == stamp:
            return
        for file_name, expected in files.items():
            path = self.folder / file_name
            if not path.is_file():
                raise ModelError(f"{path}: missing from the ONNX export. {REBUILD}")
            digest = sha256_file(path)
            if digest != expected:
                raise ModelError(f"{path}: sha256 {digest[:16]}… is not the {expected[:16]}… the export recorded; "
                                 f"the file was changed or damaged. {REBUILD}")
        try:
            (self.folder / _STAMP).write_text(stamp, encoding="utf-8")
        except OSError:  # a read-only models folder: checked all the same, hashed again next time
            pass

    def _load_tokenizer(self) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(self.folder / TOKENIZER))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=self.max_tokens)

    def _load_runtime(self):
        graph = self._graph
        if self.runtime == "onnxruntime":
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            session = ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
            return lambda ids, mask: session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        import openvino as ov

        core = ov.Core()
        compiled = core.compile_model(core.read_model(graph), "CPU", {
            # OpenVINO's own default is bf16 on a CPU with AVX512-BF16 or AMX; fp32 is asked for explicitly
            "INFERENCE_PRECISION_HINT": "bf16" if self.precision == "bf16" else "f32",
            "PERFORMANCE_HINT": "LATENCY",
            "INFERENCE_NUM_THREADS": self.threads,
        })

        def run(ids, mask):
            request = compiled.create_infer_request()  # one per call: safe from several threads
            return request.infer({"input_ids": ids, "attention_mask": mask})[compiled.output(0)]

        return run

    def _check_sample(self, manifest: dict) -> dict:
        """Embed the export's sample; ModelError unless every vector is within MIN_COSINE of PyTorch's."""
        import numpy as np

        worst, worst_text = 1.0, ""
        for item in manifest["sample"]:
            vector = np.asarray(self.embed_batch([item["text"]], item["kind"])[0], dtype=np.float64)
            expected = np.asarray(item["vector"], dtype=np.float64)
            cosine = float(vector @ expected / (np.linalg.norm(vector) * np.linalg.norm(expected)))
            if cosine < worst:
                worst, worst_text = cosine, item["text"]
        if worst < self._min_cosine:
            raise ModelError(f"{self._graph}: its vector of the sample text {worst_text[:60]!r} has cosine "
                             f"{worst:.6f} to PyTorch's (at least {self._min_cosine} needed) with {self.runtime}. "
                             f"{REBUILD}")
        log.info("ONNX export %s checked with %s: sample cosine to PyTorch fp32 >= %.6f", self.folder,
                 self.runtime, worst)
        return {"min_cosine": worst, "samples": len(manifest["sample"])}

    # --- embedding --------------------------------------------------------------------------------
    def _encode(self, texts: list[str], kind: Kind):
        prompt = self._prompts.get(kind, "")
        return self._tokenizer.encode_batch([prompt + t for t in texts])

    def embed_batch(self, texts: list[str], kind: Kind) -> list[list[float]]:
        if not texts:
            return []
        import numpy as np

        encodings = self._encode(texts, kind)

        def encode(rows: list[int]):
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.full((len(rows), width), self._pad_id, dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                row = encodings[i].ids
                span = slice(width - len(row), width) if self._pad_left else slice(0, len(row))
                ids[r, span] = row
                mask[r, span] = 1
            return self._run(ids, mask)

        return embed_sorted(texts, [len(e.ids) for e in encodings], self.batch_size, self.dimension, encode)

    def _token_lengths(self, texts: list[str], kind: Kind) -> list[int]:
        """Tokens each text becomes, with its prompt and special tokens, after truncation."""
        return [len(e.ids) for e in self._encode(texts, kind)]

    def count_tokens(self, texts: list[str]) -> int:
        return sum(len(e.ids) for e in self._tokenizer.encode_batch(list(texts), add_special_tokens=False))


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None
