"""A real ``chroma run`` server on loopback for the tests that use ASSISTANT_CHROMA_URL
(the ``chroma_url`` fixture in conftest.py starts one per test module)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMA = Path(sys.executable).parent / "chroma"


@contextmanager
def running_chroma_server(data: Path) -> Iterator[str]:
    """Start ``chroma run`` with its database under ``data``; yield its URL; stop it at the end."""
    from ui.server import free_port

    binary = str(CHROMA) if CHROMA.exists() else shutil.which("chroma")
    if not binary:
        pytest.skip("the `chroma` server binary (shipped with chromadb) is not installed")
    port = free_port()
    log = (data / "server.log").open("wb")
    server = subprocess.Popen([binary, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data / "db")],
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                pytest.fail(f"chroma server exited with {server.returncode}: {(data / 'server.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chroma server did not answer its heartbeat within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
