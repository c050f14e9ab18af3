"""Shared fixtures. One variable, ASSISTANT_HOME, isolates all state: every test gets its own.

The embedding model is the real packaged default (EmbeddingGemma), loaded once per session.
No test may reach beyond loopback: tests/socket_guard/ refuses and records any such connection,
in this process and in every Python subprocess (it is their ``sitecustomize`` through PYTHONPATH),
and the session fails if one was attempted.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# ../shared/corpus beside the checkout (/work/main), or beside a folder of worktrees (/work/wt/NAME).
CORPUS = next((p / "shared" / "corpus" for p in REPO.parents if (p / "shared" / "corpus").is_dir()),
              REPO.parent / "shared" / "corpus")
SOCKET_GUARD = Path(__file__).resolve().parent / "socket_guard"
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER")  # set before conftest is imported in a worker
_XDIST_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT") or 0)
_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
# `make test` runs a worker per core. Each worker's torch (and the servers and CLIs its tests start) computes with its
# share of the cores, so that two workers' matrix products do not fight over the same cores; a worker left alone at
# the end takes them all. The workers still running are the files in this folder, one per worker.
_RUNNING = (Path(tempfile.gettempdir()) / f"cpa-test-workers-{os.environ.get('PYTEST_XDIST_TESTRUNUID', '')}"
            if _XDIST_WORKER and _XDIST_WORKERS > 1 else None)
if _RUNNING:
    _RUNNING.mkdir(exist_ok=True)
    (_RUNNING / _XDIST_WORKER).touch()
    for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # before torch is imported, which reads them once
        os.environ[_variable] = str(max(1, _CORES // _XDIST_WORKERS))

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"


def _install_socket_guard():
    """The guard in this process (as module ``socket_guard``) and, through PYTHONPATH, in subprocesses."""
    spec = importlib.util.spec_from_file_location("socket_guard", SOCKET_GUARD / "sitecustomize.py")
    assert spec and spec.loader
    guard = importlib.util.module_from_spec(spec)
    sys.modules["socket_guard"] = guard
    spec.loader.exec_module(guard)
    guard.install()
    if _XDIST_WORKER and os.environ.get(guard.ENV):  # a pytest-xdist worker: the controller's log, read at its end
        log = os.environ[guard.ENV]
    else:
        fd, log = tempfile.mkstemp(prefix="socket-guard-", suffix=".jsonl")
        os.close(fd)
        os.environ[guard.ENV] = log
    paths = [str(SOCKET_GUARD), *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    return guard, Path(log)


socket_guard, SOCKET_GUARD_LOG = _install_socket_guard()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if anything (a test, a library, a subprocess) tried to reach beyond loopback. Under
    pytest-xdist (`make test`) every worker and its subprocesses append to the controller's log, which the
    controller reads here once the workers are done."""
    if _RUNNING:
        (_RUNNING / _XDIST_WORKER).unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # the last worker out removes the folder
            _RUNNING.rmdir()
    if _XDIST_WORKER:
        return
    try:
        lines = SOCKET_GUARD_LOG.read_text(encoding="utf-8").splitlines()
        SOCKET_GUARD_LOG.unlink()
    except OSError:
        lines = []
    session.config.stash[_BLOCKED] = [json.loads(line) for line in lines if line.strip()]
    if session.config.stash[_BLOCKED] and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    blocked = config.stash.get(_BLOCKED, [])
    if blocked:
        terminalreporter.section("connections beyond loopback (refused by tests/socket_guard)", red=True)
        for entry in blocked:
            terminalreporter.line(f"{entry['call']} to {entry['address']} by pid {entry['pid']} {entry['argv']}")
        terminalreporter.line(f"{len(blocked)} attempt(s): the session fails")


_BLOCKED = pytest.StashKey[list]()


# The longest files (`make test`'s --durations on 2 cores), longest first: a new long file belongs here.
LONGEST_FILES = ("test_eval_smoke.py", "test_load_smoke.py", "test_ui_app.py", "test_crash.py", "test_privacy_eval.py",
                 "test_ui_privacy.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The longest files first, then the other files with slow tests (the real model, servers), then the rest:
    pytest-xdist hands out whole files in this order (`--no-loadscope-reorder`; by default it hands out the files with
    the most tests first, which left the long single tests to the end), so the long ones start at once and the short
    ones fill the gaps."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}

    def rank(item: pytest.Item) -> tuple[int, bool]:
        name = item.path.name
        return (LONGEST_FILES.index(name) if name in LONGEST_FILES else len(LONGEST_FILES), item.path not in slow_files)

    items.sort(key=rank)


@pytest.fixture(autouse=True)
def _cpu_share() -> None:
    """This worker's share of the cores, for this test: all of them once the other workers have finished."""
    if not _RUNNING:
        return
    running = sum(1 for _ in _RUNNING.iterdir()) or 1
    share = max(1, _CORES // running)
    if os.environ.get("OMP_NUM_THREADS") != str(share):
        for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # the subprocesses this test starts
            os.environ[variable] = str(share)
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(share)


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

    from docs_factory import write_files

    def make(files: dict[str, str | bytes], name: str = "docs") -> Path:
        return write_files(tmp_path / name, files)

    yield make


@pytest.fixture(scope="session")
def small_assistant(tmp_path_factory, embedder):
    """Build an Assistant over a small real store: small_assistant({"a.en.md": "..."}, "name")."""
    from assistant.pipeline import Assistant
    from assistant.settings import load_settings
    from assistant.store import open_store
    from docs_factory import write_files
    from ingest.sync import Syncer

    def build(docs: dict[str, str], name: str) -> Assistant:
        root = write_files(tmp_path_factory.mktemp(f"{name}-docs"), docs)
        settings = load_settings(home=tmp_path_factory.mktemp(f"{name}-home"))
        store = open_store(settings, embedder)
        report = Syncer(store, settings).sync([root])
        assert report.ok, report.failed
        return Assistant(settings, store)

    return build


@pytest.fixture(scope="session")
def ui_knowledge(tmp_path_factory, embedder):
    """The UI tests' knowledge base (tests/ui_corpus.py) synced once per session into a real store under
    ``home``: every module that serves or drives the UI shares it instead of embedding it again, with its
    own settings and feedback file. ``scanned``: the one-page scan is in it (Tesseract is installed)."""
    from types import SimpleNamespace

    from assistant.settings import load_settings
    from assistant.store import open_store
    from ingest.sync import Syncer
    from ui_corpus import write_knowledge

    home, docs = tmp_path_factory.mktemp("ui-home"), tmp_path_factory.mktemp("ui-docs")
    scanned = write_knowledge(docs)
    settings = load_settings(home=home)
    store = open_store(settings, embedder)
    report = Syncer(store, settings).sync([docs])
    assert report.ok and not report.warnings, (report.failed, report.warnings)
    return SimpleNamespace(home=home, docs=docs, store=store, scanned=scanned)


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory) -> Iterator[str]:
    """A real Chroma server on loopback (tests/chroma_server.py), one per test module."""
    from chroma_server import running_chroma_server

    with running_chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


def assert_shipped_probe(probe, weights, trained_on) -> None:
    """A shipped probe (``assistant/probes.py``) is there for the packaged model, its file names the sets it was trained
    on (``trained_on``: the trainer's list, the dataset names first) and none of those datasets is held out."""
    import json

    from evals.datasets import load_dataset

    assert probe is not None and len(probe.weights) > 100
    recorded = json.loads(weights.read_text(encoding="utf-8"))["trained_on"]
    assert recorded[:len(trained_on)] == list(trained_on)
    assert not [name for name in trained_on if load_dataset(name).held_out]
