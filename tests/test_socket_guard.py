"""The session's network guard (tests/socket_guard/, installed by conftest.py) blocks what leaves
loopback, in this process and in subprocesses, and lets loopback through.

192.0.2.1 is TEST-NET-1 (RFC 5737): nothing answers there, and the guard refuses before any packet
is sent. The attempts these tests make on purpose go to their own log (``SOCKET_GUARD_LOG`` points
at a temporary file while they run), so they do not fail the session.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

import socket_guard  # the module conftest.py loaded and installed

TEST_NET = ("192.0.2.1", 80)


@pytest.fixture
def own_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log = tmp_path / "blocked.jsonl"
    monkeypatch.setenv(socket_guard.ENV, str(log))
    return log


def entries(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def test_in_process_connections_beyond_loopback_are_refused_and_recorded(own_log: Path) -> None:
    with pytest.raises(socket_guard.BlockedConnection, match="192.0.2.1"):
        socket.create_connection(TEST_NET, timeout=1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(ConnectionRefusedError):
        sock.connect_ex(TEST_NET)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(OSError):
        sock.sendto(b"x", ("192.0.2.1", 53))
    with pytest.raises(OSError):  # a library's view: urllib gets an OSError, as for a refused connection
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    with socket.socket() as sock, pytest.raises(OSError):
        sock.connect(("example.invalid", 80))  # a name is refused without looking it up
    recorded = entries(own_log)
    assert [e["call"] for e in recorded] == ["connect", "connect_ex", "sendto", "connect", "connect"]
    assert all(e["pid"] == os.getpid() for e in recorded)


@pytest.mark.parametrize(("family", "address", "local"), [
    (socket.AF_INET, ("127.0.0.1", 80), True), (socket.AF_INET, ("127.8.9.10", 80), True),
    (socket.AF_INET, ("localhost", 80), True), (socket.AF_INET6, ("::1", 80, 0, 0), True),
    (socket.AF_INET6, ("::ffff:127.0.0.1", 80, 0, 0), True), (socket.AF_INET, ("0.0.0.0", 80), True),
    (socket.AF_UNIX, "/tmp/some.sock", True),
    (socket.AF_INET, ("10.0.0.1", 80), False), (socket.AF_INET, ("192.168.1.1", 80), False),
    (socket.AF_INET6, ("2001:db8::1", 80, 0, 0), False), (socket.AF_INET, ("huggingface.co", 443), False),
    (socket.AF_INET6, ("::ffff:192.0.2.1", 80, 0, 0), False),
])
def test_what_counts_as_local(family: int, address: object, local: bool) -> None:
    assert socket_guard.is_local(family, address) is local


def test_loopback_and_unix_sockets_still_work(tmp_path: Path, own_log: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        accepted = threading.Thread(target=lambda: server.accept()[0].close(), daemon=True)
        accepted.start()
        socket.create_connection(("localhost", port), timeout=5).close()
        accepted.join(5)
    path = str(tmp_path / "s.sock")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(path)
        server.listen()
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(path)
    assert entries(own_log) == []


def test_subprocesses_are_guarded_through_sitecustomize(tmp_path: Path) -> None:
    log = tmp_path / "blocked.jsonl"
    env = {**os.environ, socket_guard.ENV: str(log)}
    code = ("import socket, sitecustomize, sys\n"
            "print(sitecustomize.__file__)\n"
            "s = socket.create_server(('127.0.0.1', 0)); socket.create_connection(s.getsockname(), timeout=5)\n"
            "print('loopback ok', flush=True)\n"
            "socket.create_connection(('192.0.2.1', 80), timeout=1)\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "tests/socket_guard/sitecustomize.py" in done.stdout and "loopback ok" in done.stdout
    assert "socket guard: no connections outside loopback" in done.stderr
    recorded = entries(log)
    assert len(recorded) == 1 and "192.0.2.1" in recorded[0]["address"] and recorded[0]["pid"] != os.getpid()


def test_console_scripts_are_python_so_they_get_the_guard() -> None:
    """`assistant` and `chroma run` are entry-point scripts of this interpreter: the same sitecustomize."""
    bindir = Path(sys.executable).parent
    for name in ("assistant", "chroma"):
        script = bindir / name
        if not script.exists():
            continue
        first = script.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        assert first.startswith("#!") and "python" in first, f"{script} is not a Python entry point: {first}"


def test_a_shadowed_sitecustomize_still_runs(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "sitecustomize.py").write_text("import os\nos.environ['OTHER_SITECUSTOMIZE_RAN'] = '1'\n",
                                            encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([os.environ["PYTHONPATH"], str(other)])}
    code = "import os, socket, sitecustomize; print(os.environ.get('OTHER_SITECUSTOMIZE_RAN'), sitecustomize.__file__)"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    ran, path = done.stdout.split()
    assert ran == "1" and path.endswith("socket_guard/sitecustomize.py")
