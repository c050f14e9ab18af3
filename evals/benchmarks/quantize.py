"""int8 variants of the ONNX export, for the embedding benchmark to accept or reject (issue 20).

``python -m evals.benchmarks.quantize [--variants ort-int8-dynamic,ort-int8-static,ov-int8-nncf]`` writes each
variant beside the fp32 export, in ``<models_dir>/<model>-onnx-<variant>/`` with its own ``export.json`` (the
fp32 export's sample and PyTorch vectors, its own files' sha256, how it was made):

* ``ort-int8-dynamic``: ONNX Runtime dynamic quantization, int8 weights per channel, activations quantized at
  run time;
* ``ort-int8-static``: ONNX Runtime static quantization (QDQ, int8 weights per channel, activations calibrated
  with MinMax on knowledge/ passages);
* ``ov-int8-nncf``: OpenVINO NNCF post-training quantization (transformer preset) calibrated on the same
  passages (needs ``nncf``, not among the project's dependencies: a benchmark-only experiment).

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
from pathlib import Path

from assistant.embeddings.export import GRAPH, MANIFEST, TOKENIZER, export_dir, read_manifest, sha256_file
from assistant.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
VARIANTS = ("ort-int8-dynamic", "ort-int8-static", "ov-int8-nncf")


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
        texts.extend(c.embedding_text() for c in chunks[:2])
    step = max(1, len(texts) // n)
    return texts[::step][:n]


def _inputs(source: Path, manifest: dict, texts: list[str]) -> list[dict]:
    """Model inputs (batch 1) of ``texts`` as documents, tokenized as the assistant does."""
    import numpy as np
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(source / TOKENIZER))
    tokenizer.enable_truncation(max_length=int(manifest["max_tokens"]))
    out = []
    for text in texts:
        ids = tokenizer.encode(manifest["prompts"]["document"] + text).ids
        out.append({"input_ids": np.asarray([ids], dtype=np.int64),
                    "attention_mask": np.ones((1, len(ids)), dtype=np.int64)})
    return out


def build(variant: str, source: Path, target: Path, calibration: int) -> Path:
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

        items = iter(_inputs(source, manifest, calibration_texts(calibration)))

        class Reader(CalibrationDataReader):
            def get_next(self):
                return next(items, None)

        quantize_static(source / GRAPH, work / GRAPH, Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                        activation_type=QuantType.QInt8, weight_type=QuantType.QInt8,
                        calibrate_method=CalibrationMethod.MinMax, use_external_data_format=True,
                        op_types_to_quantize=["MatMul", "Gemm"],  # calibrating every tensor needs ~0.7 GB a passage
                        extra_options={"ActivationSymmetric": True})
    elif variant == "ov-int8-nncf":
        import nncf
        import openvino as ov

        model = ov.Core().read_model(str(source / GRAPH))
        dataset = nncf.Dataset(_inputs(source, manifest, calibration_texts(calibration)))
        quantized = nncf.quantize(model, dataset, model_type=nncf.ModelType.TRANSFORMER,
                                  subset_size=calibration)
        graph = "model.xml"
        ov.save_model(quantized, str(work / graph), compress_to_fp16=False)
    else:
        raise SystemExit(f"unknown variant {variant}; one of {', '.join(VARIANTS)}")
    shutil.copy2(source / TOKENIZER, work / TOKENIZER)
    manifest.update(files={p.name: sha256_file(p) for p in sorted(work.iterdir()) if p.is_file()}, graph=graph,
                    quantization=variant, calibration_passages=calibration if "static" in variant or "nncf" in
                    variant else 0, quantize_seconds=round(time.perf_counter() - started, 1))
    (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    work.rename(target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.quantize", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--calibration", type=int, default=48, help="knowledge/ passages to calibrate on")
    args = parser.parse_args(argv)
    settings = load_settings()
    name = "embeddinggemma-300m" if settings.embedding_model == "embeddinggemma" else "all-minilm-l6-v2"
    source = export_dir(settings.models_dir, name)
    for variant in [v.strip() for v in args.variants.split(",") if v.strip()]:
        t0 = time.perf_counter()
        try:
            target = build(variant, source, variant_dir(settings.models_dir, name, variant), args.calibration)
        except ImportError as exc:
            print(f"{variant}: skipped ({exc})", file=sys.stderr)
            continue
        size = sum(p.stat().st_size for p in target.iterdir()) / 1e6
        print(f"{variant}: {target} ({size:.0f} MB, {time.perf_counter() - t0:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
