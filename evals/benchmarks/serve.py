"""Peak memory of ``assistant serve``: started as a child process on a free port, asked one question.

The high-water mark (VmHWM) is read from /proc after start-up (models load lazily, so this is the
UI and the store) and after one answer through the UI's ``ask`` API (the embedding model loaded).
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from typing import Any

from assistant.settings import Settings
from evals.benchmarks.ingest import memory_kb

START = ("import argparse, sys; from assistant.cli import configure_logging; from assistant.settings import "
         "load_settings; from ui.cli import run; configure_logging(0); sys.exit(run(argparse.Namespace(sync=False), load_settings()))")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(settings: Settings, timeout: float = 180.0, log=None) -> dict[str, Any]:
    log = log or _log
    if importlib.util.find_spec("ui.cli") is None:
        return {"skipped": "ui/cli.py does not exist yet"}
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_") or k == "ASSISTANT_MODELS_DIR"}
    env.update(ASSISTANT_HOME=str(settings.home), ASSISTANT_PORT=str(port), ASSISTANT_HOST="127.0.0.1",
               ASSISTANT_EMBEDDING_BACKEND=settings.embedding_backend,
               ASSISTANT_EMBEDDING_PRECISION=settings.embedding_precision,
               GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False")
    child = subprocess.Popen([sys.executable, "-c", START], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    result: dict[str, Any] = {"store": str(settings.home), "backend": settings.embedding_backend}
    try:
        started = time.perf_counter()
        while True:
            if child.poll() is not None:
                return {"skipped": f"assistant serve exited: {child.stderr.read().decode()[-500:]}"}
            try:
                urllib.request.urlopen(url, timeout=2).read(100)
                break
            except OSError:
                if time.perf_counter() - started > timeout:
                    return {"skipped": f"assistant serve did not answer on {url} within {timeout:.0f} s"}
                time.sleep(0.5)
        result["startup_seconds"] = round(time.perf_counter() - started, 1)
        result["after_start_peak_mb"] = round(memory_kb(child.pid).get("VmHWM", 0) / 1024)
        try:
            from gradio_client import Client

            t0 = time.perf_counter()
            client = Client(url, verbose=False, httpx_kwargs={"timeout": 300})  # not httpx's 5 s default
            client.predict("What is trafficking in children?", "", "", api_name="/ask")
            result["first_answer_seconds"] = round(time.perf_counter() - t0, 1)
            result["after_answer_peak_mb"] = round(memory_kb(child.pid).get("VmHWM", 0) / 1024)
        except Exception as exc:  # the UI's API may change; the start-up figure still stands
            result["answer_error"] = f"{type(exc).__name__}: {exc}"[:300]
        log(f"serve: peak {result.get('after_answer_peak_mb', result['after_start_peak_mb'])} MB")
        return result
    finally:
        child.terminate()
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m evals.benchmarks.serve --backends torch,onnx,openvino``: the peak memory of a server per backend
    on the store that ASSISTANT_HOME points at (the same store serves all: their vectors are of one kind)."""
    import argparse
    import json

    from assistant.hardware import describe
    from assistant.settings import load_settings

    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.serve", description=main.__doc__)
    parser.add_argument("--backends", default="torch,onnx,openvino")
    args = parser.parse_args(argv)
    print(f"CPU: {describe()}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        print(json.dumps(run(load_settings(embedding_backend=backend))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
