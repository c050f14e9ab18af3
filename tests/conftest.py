"""Shared fixtures. One variable, ASSISTANT_HOME, isolates all state: every test gets its own.

The embedding model is the real packaged default (EmbeddingGemma), loaded once per session.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPO = Path(__file__).resolve().parents[1]

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets a fresh ASSISTANT_HOME; no other ASSISTANT_* variable leaks in."""
    for key in list(os.environ):
        if key.startswith("ASSISTANT_") and key != "ASSISTANT_MODELS_DIR":
            monkeypatch.delenv(key)
    home = tmp_path / "home"
    monkeypatch.setenv("ASSISTANT_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def embedder():
    """The real default embedding model, loaded once."""
    from assistant.embeddings.registry import build_embedder
    from assistant.settings import load_settings

    return build_embedder(load_settings(home=Path("/nonexistent-unused")))


@pytest.fixture
def settings(isolated_home: Path):
    from assistant.settings import load_settings

    return load_settings()


@pytest.fixture
def store(settings, embedder):
    from assistant.store import open_store

    return open_store(settings, embedder)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return CORPUS


@pytest.fixture
def make_folder(tmp_path: Path) -> Iterator:
    """Write a folder of text files: make_folder({"a.md": "...", "sub/b.txt": "..."})."""

    def make(files: dict[str, str | bytes], name: str = "docs") -> Path:
        root = tmp_path / name
        for relative, content in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    yield make


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory) -> Iterator[str]:
    """A real Chroma server on loopback (tests/chroma_server.py), one per test module."""
    from chroma_server import running_chroma_server

    with running_chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url
