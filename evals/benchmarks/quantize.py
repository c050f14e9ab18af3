"""int8 variants of the ONNX export, for the embedding benchmark to accept or reject (issue 20).

``python -m evals.benchmarks.quantize [--variants ort-int8-dynamic,ort-int8-static,ov-int8-nncf]`` writes each
variant beside the fp32 export, in ``<models_dir>/<model>-onnx-<variant>/`` with its own ``export.json`` (the
fp32 export's sample and PyTorch vectors, its own files' sha256, how it was made):

* ``ort-int8-dynamic``: ONNX Runtime dynamic quantization, int8 weights per channel, activations quantized at
  run time;
* ``ort-int8-static``: ONNX Runtime static quantization (QDQ, int8 weights per channel, activations calibrated
  with MinMax on knowledge/ passages);
* ``ov-int8-nncf``: OpenVINO NNCF post-training quantization (transformer preset) calibrated on the same
  passages (needs ``nncf``, not among the project's dependencies: a benchmark-only experiment); ``--queries``
  adds dev questions with the query prompt to the calibration, ``--ignore`` keeps groups of MatMuls in fp32
  (``ignored_scope``), ``--smooth-quant-alpha`` and ``--no-fast-bias-correction`` tune the algorithms;
* ``ov-int8-weights``: NNCF weight-only int8 (``nncf.compress_weights``, per channel): activations stay fp32
  (OpenVINO may quantize them dynamically at run time, per group of inputs).

``--name`` gives a recipe its own folder (``...-onnx-<name>``), so that several recipes of one variant sit side
by side; ``export.json`` records the recipe.

None is used by the assistant unless it passes the acceptance rule (docs/BENCHMARKS.md): they are measured by
``python -m evals.benchmarks.embedding --only ...`` like the other variants.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.embeddings.export import GRAPH, MANIFEST, TOKENIZER, export_dir, read_manifest, sha256_file
from assistant.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
VARIANTS = ("ort-int8-dynamic", "ort-int8-static", "ov-int8-nncf", "ov-int8-weights")
LAYERS = 24  # EmbeddingGemma-300M's transformer layers; each has 7 linear MatMuls: q, k, v, o, gate, up, down
LINEARS = ("q", "k", "v", "o", "gate", "up", "down")


def _linears(kinds: Sequence[str], layers: range = range(LAYERS)) -> list[str]:
    """Names (in the exported graph, as OpenVINO reads it) of the ``kinds`` of linear MatMuls of ``layers``."""
    numbers = [7 * layer + LINEARS.index(kind) for layer in layers for kind in kinds]
    return ["node_linear" + (f"_{i}" if i else "") for i in numbers]


def ignored_scope(groups: Sequence[str]) -> dict[str, list[str]]:
    """NNCF ``IgnoredScope`` arguments for ``groups``: ``dense`` (the two Dense projections after pooling),
    ``attention`` (the activation x activation MatMuls: scores and weighted values), a linear's kind
    (``down``, ``q``, ...: that linear in every layer), ``last-N`` / ``first-N`` (every linear of those layers)."""
    names: list[str] = []
    patterns: list[str] = []
    for group in groups:
        if group == "dense":
            names += [f"node_linear_{7 * LAYERS + i}/WithoutBiases" for i in range(2)]
        elif group == "attention":
            patterns += [r"node_MatMul_\d+", r"node_scaled_dot_product_attention(_\d+)?"]
        elif group in LINEARS:
            names += _linears([group])
        elif group.startswith(("last-", "first-")):
            n = int(group.split("-")[1])
            names += _linears(LINEARS, range(LAYERS - n, LAYERS) if group.startswith("last") else range(n))
        else:
            raise SystemExit(f"unknown --ignore group {group!r}: dense, attention, {', '.join(LINEARS)}, last-N, "
                             "first-N")
    return {"names": sorted(set(names)), "patterns": patterns}


def variant_dir(models_dir: Path, name: str, variant: str) -> Path:
    return Path(f"{export_dir(models_dir, name)}-{variant}")


def calibration_texts(n: int) -> list[str]:
    """``n`` passages of knowledge/ with the document prompt's text, spread over its files (fi, sv, en)."""
    from ingest.chunking import chunk_sections
    from ingest.loaders import load_document

    files = sorted(p for p in (REPO / "knowledge").rglob("*.md") if p.is_file() and p.name != "README.md")
    texts: list[str] = []
    for path in files:
        doc = load_document(path, path.read_bytes())
        chunks = chunk_sections(doc.sections, source=path.name, version="calib", title=doc.title,
                                language=doc.language or "en", doc_type="calib", target_words=160, overlap=1)
        texts.extend(c.embedding_text() for c in chunks[:max(2, n // len(files) + 1)])
    return _spread(texts, n)


def calibration_questions(n: int, dataset: str = "dev") -> list[str]:
    """``n`` questions of ``dataset`` (fi, sv, en), spread over its files."""
    from evals.datasets import load_dataset

    return _spread([q.question for q in load_dataset(dataset).questions], n)


def _spread(items: list[str], n: int) -> list[str]:
    step = max(1, len(items) // n) if n else 1
    return items[::step][:n]


def _inputs(source: Path, manifest: dict, texts: list[str], kind: str = "document") -> list[dict]:
    """Model inputs (batch 1) of ``texts`` as ``kind`` (document, query), tokenized as the assistant does."""
    import numpy as np
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(source / TOKENIZER))
    tokenizer.enable_truncation(max_length=int(manifest["max_tokens"]))
    out = []
    for text in texts:
        ids = tokenizer.encode(manifest["prompts"][kind] + text).ids
        out.append({"input_ids": np.asarray([ids], dtype=np.int64),
                    "attention_mask": np.ones((1, len(ids)), dtype=np.int64)})
    return out


@dataclass(frozen=True)
class Recipe:
    """How a calibrated variant is made (recorded in its ``export.json``)."""

    calibration: int = 48  # knowledge/ passages, with the document prompt
    queries: int = 0  # dev questions, with the query prompt
    ignore: tuple[str, ...] = ()  # ignored_scope groups, kept in fp32
    smooth_quant_alpha: float | None = None  # None: NNCF's default for MatMul (0.95); -1: off
    fast_bias_correction: bool = True
    weights_mode: str = "int8_sym"  # ov-int8-weights: nncf.CompressWeightsMode value

    def dataset(self, source: Path, manifest: dict) -> list[dict]:
        return (_inputs(source, manifest, calibration_texts(self.calibration))
                + _inputs(source, manifest, calibration_questions(self.queries), "query"))


def build(variant: str, source: Path, target: Path, recipe: Recipe) -> Path:
    manifest = read_manifest(source)
    work = target.with_name(target.name + ".tmp")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    graph = GRAPH
    if variant == "ort-int8-dynamic":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(source / GRAPH, work / GRAPH, per_channel=True, weight_type=QuantType.QInt8,
                         use_external_data_format=True)
    elif variant == "ort-int8-static":
        from onnxruntime.quantization import (CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType,
                                              quantize_static)

        items = iter(recipe.dataset(source, manifest))

        class Reader(CalibrationDataReader):
            def get_next(self):
                return next(items, None)

        quantize_static(source / GRAPH, work / GRAPH, Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                        activation_type=QuantType.QInt8, weight_type=QuantType.QInt8,
                        calibrate_method=CalibrationMethod.MinMax, use_external_data_format=True,
                        op_types_to_quantize=["MatMul", "Gemm"],  # calibrating every tensor needs ~0.7 GB a passage
                        extra_options={"ActivationSymmetric": True})
    elif variant in ("ov-int8-nncf", "ov-int8-weights"):
        import nncf
        import openvino as ov
        from nncf.quantization.advanced_parameters import AdvancedQuantizationParameters

        model = ov.Core().read_model(str(source / GRAPH))
        scope = nncf.IgnoredScope(**ignored_scope(recipe.ignore)) if recipe.ignore else None
        if variant == "ov-int8-weights":
            quantized = nncf.compress_weights(model, mode=nncf.CompressWeightsMode(recipe.weights_mode),
                                              ignored_scope=scope)
        else:
            dataset = recipe.dataset(source, manifest)
            advanced = AdvancedQuantizationParameters(smooth_quant_alpha=recipe.smooth_quant_alpha)
            quantized = nncf.quantize(model, nncf.Dataset(dataset), model_type=nncf.ModelType.TRANSFORMER,
                                      subset_size=len(dataset), fast_bias_correction=recipe.fast_bias_correction,
                                      ignored_scope=scope, advanced_parameters=advanced)
        graph = "model.xml"
        ov.save_model(quantized, str(work / graph), compress_to_fp16=False)
    else:
        raise SystemExit(f"unknown variant {variant}; one of {', '.join(VARIANTS)}")
    shutil.copy2(source / TOKENIZER, work / TOKENIZER)
    manifest.update(files={p.name: sha256_file(p) for p in sorted(work.iterdir()) if p.is_file()}, graph=graph,
                    quantization=variant, recipe=None if variant == "ort-int8-dynamic" else asdict(recipe),
                    quantize_seconds=round(time.perf_counter() - started, 1))
    (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    work.rename(target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.quantize", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--calibration", type=int, default=48, help="knowledge/ passages to calibrate on")
    parser.add_argument("--queries", type=int, default=0, help="dev questions to calibrate on (query prompt)")
    parser.add_argument("--ignore", default="", help="comma-separated MatMul groups kept in fp32: dense, attention, "
                        f"{', '.join(LINEARS)}, last-N, first-N (ov-int8-nncf, ov-int8-weights)")
    parser.add_argument("--smooth-quant-alpha", type=float, default=None,
                        help="SmoothQuant alpha for MatMul (NNCF's default 0.95; -1: off)")
    parser.add_argument("--no-fast-bias-correction", action="store_true", help="NNCF's full bias correction")
    parser.add_argument("--weights-mode", default="int8_sym", help="ov-int8-weights: int8_sym or int8_asym")
    parser.add_argument("--name", default="", help="the folder's suffix instead of the variant's name "
                        "(one variant only)")
    args = parser.parse_args(argv)
    recipe = Recipe(args.calibration, args.queries, tuple(g.strip() for g in args.ignore.split(",") if g.strip()),
                    args.smooth_quant_alpha, not args.no_fast_bias_correction, args.weights_mode)
    settings = load_settings()
    name = "embeddinggemma-300m" if settings.embedding_model == "embeddinggemma" else "all-minilm-l6-v2"
    source = export_dir(settings.models_dir, name)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    if args.name and len(variants) != 1:
        raise SystemExit("--name needs exactly one variant")
    for variant in variants:
        t0 = time.perf_counter()
        try:
            target = build(variant, source, variant_dir(settings.models_dir, name, args.name or variant), recipe)
        except ImportError as exc:
            print(f"{variant}: skipped ({exc})", file=sys.stderr)
            continue
        size = sum(p.stat().st_size for p in target.iterdir()) / 1e6
        print(f"{variant}: {target} ({size:.0f} MB, {time.perf_counter() - t0:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
