"""The ONNX backends (issue 20): the model exported once from the local weights, run by ONNX Runtime or OpenVINO,
checked before use (files' hashes, the sample's vectors against PyTorch's), chosen by `auto` from the CPU, and a
store that records what made its vectors. On the small MiniLM preset, so the export takes seconds, not minutes."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("onnxscript")

from assistant.embeddings.export import MANIFEST, SAMPLE, export_dir  # noqa: E402
from assistant.errors import ModelError, ModelMismatchError  # noqa: E402
from assistant.hardware import choose_backend, read_cpu  # noqa: E402
from assistant.settings import load_settings  # noqa: E402

NAME = "all-minilm-l6-v2"
TEXTS = ["How long is the recovery and reflection period?", "Call 112 in an emergency.",
         "Each Party shall adopt such legislative measures as may be necessary " * 8, "Barnets bästa"]


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory) -> Path:
    """A models folder holding MiniLM's ONNX export, made once for this module."""
    from assistant.embeddings.registry import prepare_model

    folder = tmp_path_factory.mktemp("models")
    messages: list[str] = []
    settings = load_settings(embedding_model="minilm", models_dir=folder, home=folder / "unused")
    assert prepare_model(settings, messages.append, backend="onnx") == export_dir(folder, NAME)
    assert any("sample cosine" in m for m in messages)
    return folder


def _settings(models_dir: Path, **extra):
    return load_settings(embedding_model="minilm", models_dir=models_dir, **extra)


def _embedder(models_dir: Path, backend: str):
    from assistant.embeddings.registry import build_embedder

    return build_embedder(_settings(models_dir, embedding_backend=backend), fresh=True)


@pytest.fixture(scope="module")
def loaded(models_dir):
    """Each backend's embedder over the module's export, loaded once (on first use)."""
    cache: dict = {}

    def get(backend: str):
        if backend not in cache:
            cache[backend] = _embedder(models_dir, backend)
        return cache[backend]

    return get


def _cosines(a, b) -> np.ndarray:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def test_the_export_records_its_files_source_and_sample(models_dir):
    from assistant.embeddings.checksums import sha256_file

    folder = export_dir(models_dir, NAME)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"model.onnx", "model.onnx.data", "tokenizer.json"}
    for name, digest in manifest["files"].items():
        assert sha256_file(folder / name) == digest
    assert len(manifest["source_sha256"]) == 64 and manifest["opset"] == 18
    assert manifest["torch"] and manifest["onnx"]
    assert [(s["kind"], s["language"]) for s in manifest["sample"]] == [(k, lang) for k, lang, _ in SAMPLE]
    assert all(len(s["vector"]) == manifest["dimension"] == 384 for s in manifest["sample"])
    assert not [p for p in models_dir.iterdir() if p.name.startswith(".")]  # no temporary folder left


@pytest.mark.parametrize("backend", ["onnx", "openvino"])
def test_onnx_backends_give_the_vectors_torch_gives(loaded, backend):
    if backend == "openvino":
        pytest.importorskip("openvino")
    torch_model, other = loaded("torch"), loaded(backend)
    assert other.backend == backend and backend in other.identity and other.identity != torch_model.identity
    assert other.vector_kind == torch_model.vector_kind == f"{NAME} fp32"
    for kind in ("query", "document"):
        assert _cosines(other.embed_batch(TEXTS, kind), torch_model.embed_batch(TEXTS, kind)).min() >= 0.999
    assert other.verification["min_cosine"] >= 0.999


def test_a_damaged_export_is_refused_naming_the_file(models_dir, tmp_path, caplog):
    damaged = tmp_path / "models"
    shutil.copytree(models_dir, damaged)
    data = export_dir(damaged, NAME) / "model.onnx.data"
    raw = bytearray(data.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    data.write_bytes(bytes(raw))
    with pytest.raises(ModelError, match=r"model\.onnx\.data: sha256 .*prepare-model --backend onnx"):
        _embedder(damaged, "onnx")
    # auto uses torch instead, saying why: the vectors are of one kind, so the store stays consistent
    with caplog.at_level("WARNING"):
        assert _embedder(damaged, "auto").backend == "torch"
    assert "model.onnx.data" in caplog.text


def test_an_export_whose_vectors_drift_is_refused_with_the_cosine(models_dir, tmp_path):
    drifted = tmp_path / "models"
    shutil.copytree(models_dir, drifted)
    manifest_path = export_dir(drifted, NAME) / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    vector = np.asarray(manifest["sample"][2]["vector"])
    manifest["sample"][2]["vector"] = (vector + np.roll(vector, 1) * 0.2).tolist()  # cosine ~0.98
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match=r"model\.onnx: its vector of the sample text .* has cosine 0\.9"):
        _embedder(drifted, "onnx")


def test_prepare_model_finds_a_checked_export_and_the_doctor_names_the_backend(models_dir, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODEL", "minilm")
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(models_dir))
    assert main(["prepare-model", "--backend", "onnx"]) == 0
    out = capsys.readouterr()
    assert "present and checked" in out.err and str(export_dir(models_dir, NAME)) in out.out
    main(["doctor"])
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("embedding backend:"))
    assert line.split()[2] in ("onnx", "openvino") and "auto: the fastest usable" in line


def test_the_store_records_its_vectors_kind_and_refuses_another(models_dir, loaded, tmp_path, make_folder):
    from assistant.store import open_store
    from ingest.sync import Syncer

    settings = _settings(models_dir, home=tmp_path / "home")
    folder = make_folder({"a.en.md": "# Help\n\nCall 112 in an emergency. A child in danger needs help now.\n"})
    onnx_model = loaded("onnx")
    store = open_store(settings, onnx_model)
    assert Syncer(store, settings).sync([folder]).ok
    assert store.vector_kind == f"{NAME} fp32"
    assert store.catalog.get_meta("embedding_backends") == "onnx-fp32"
    # torch's vectors are of the same kind: the store opens, and it lists both once torch has embedded too
    store = open_store(settings, loaded("torch"))
    (folder / "b.en.md").write_text("# More\n\nReport to child welfare without delay.\n", encoding="utf-8")
    assert Syncer(store, settings).sync([folder]).ok
    assert store.catalog.get_meta("embedding_backends") == "onnx-fp32,torch-fp32"
    # an embedder wrapping another (the calibration's query cache) makes the vectors of what it wraps
    from evals.calibrate import CachedQueries

    wrapped = CachedQueries(loaded("torch"))
    assert (wrapped.vector_kind, wrapped.runs_on) == (f"{NAME} fp32", "torch-fp32")
    open_store(settings, wrapped)
    # vectors of another kind (an int8 model, say) are never mixed in or re-embedded silently
    store.catalog.set_meta("embedding_vectors", f"{NAME} int8-dynamic")
    with pytest.raises(ModelMismatchError, match=r"int8-dynamic.*not interchangeable.*assistant reindex"):
        open_store(settings, onnx_model)


AMD_AVX2 = "model name\t: AMD EPYC 7B13\nflags\t\t: fpu sse2 avx avx2 fma\n"
XEON_AMX = "model name\t: Intel(R) Xeon(R) Platinum 8481C\nflags\t\t: avx2 avx512f avx512_bf16 amx_bf16 amx_tile\n"


def test_auto_chooses_the_backend_by_the_cpu_and_what_is_usable(tmp_path):
    from assistant.embeddings.backends import unavailable_backends
    from assistant.hardware import BACKEND_PREFERENCE

    (tmp_path / "amd").write_text(AMD_AVX2, encoding="utf-8")
    (tmp_path / "xeon").write_text(XEON_AMX, encoding="utf-8")
    amd, xeon = read_cpu(tmp_path / "amd"), read_cpu(tmp_path / "xeon")
    assert choose_backend("auto", amd, {})[0] == BACKEND_PREFERENCE["avx2"][0]
    assert choose_backend("auto", xeon, {})[0] == BACKEND_PREFERENCE["native_bf16"][0]
    # no export: torch, and the reason is given
    missing = unavailable_backends(tmp_path / "no-models", NAME)
    assert set(missing) == {"onnx", "openvino"} and "prepare-model --backend onnx" in missing["onnx"]
    backend, why = choose_backend("auto", amd, missing)
    assert backend == "torch" and "no ONNX export" in why
    # one runtime missing: the next in the CPU kind's order
    no_openvino = {"openvino": "the openvino runtime is not installed"}
    assert choose_backend("auto", xeon, no_openvino)[0] == BACKEND_PREFERENCE["native_bf16"][1]
    assert choose_backend("auto", amd, {"onnx": "not installed"})[0] == BACKEND_PREFERENCE["avx2"][1]
    assert choose_backend("openvino", amd, missing) == ("openvino", "set explicitly: ASSISTANT_EMBEDDING_BACKEND=openvino")


def test_the_torch_model_embeds_from_many_threads_at_once_as_from_one(loaded):
    """The web UI embeds each session's question in its own thread, and the fast tokenizer's truncation and padding
    settings are shared: a load smoke run once failed with "Unable to create tensor" when two sessions' calls crossed (a
    batch tokenized without the padding another call had switched off). The race did not come back on demand here; this
    guards that calls from many threads at once give what one call alone gives."""
    model = loaded("torch")
    pairs = [["Mitä teen?", "Mitä teen, jos 13-vuotias kertoo, että hänen isoveljensä lyö häntä kotona?"],
             ["Vad gör jag nu?", "En 15-årig pojke berättade nyss att mannen som tog honom till Finland tvingar honom att arbeta."],
             ["Who do I call?", "A 15-year-old says he works nights without pay for the man who brought him here. What must I do?"]]
    alone = [model.embed_batch(pair, "query") for pair in pairs]
    with ThreadPoolExecutor(max_workers=6) as pool:
        counts = [pool.submit(model.count_tokens, [" ".join(pair) * 30]) for pair in pairs * 8]
        together = list(pool.map(lambda pair: model.embed_batch(pair, "query"), pairs * 8))
        counted = [c.result() for c in counts]
    assert counted == [model.count_tokens([" ".join(pair) * 30]) for pair in pairs] * 8
    assert np.allclose(np.asarray(together), np.asarray(alone * 8), atol=1e-5)
