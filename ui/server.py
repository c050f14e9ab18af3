"""The web server: the document routes plus the Gradio app, on one FastAPI app run by uvicorn.

Gradio's analytics, run history (which would keep what users typed in the browser's storage) and
server-side rendering are off; the page loads nothing from outside the app.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import time
from typing import Any

from assistant.feedback import FeedbackStore
from assistant.pipeline import Assistant
from assistant.settings import Settings
from ui.auth import LoginThrottle


def quiet_gradio() -> None:
    """Environment that keeps Gradio from reaching out; set before gradio is imported."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ.setdefault("GRADIO_RUN_HISTORY", "False")
    os.environ.setdefault("GRADIO_SSR_MODE", "False")


class _StreamsCancelledAtStop(logging.Filter):
    """A stream still open when the server stops (a client's event stream) is cancelled after the graceful timeout,
    and uvicorn logged each as "Exception in ASGI application" with a 40-line traceback: on Ctrl-C with four sessions
    open, four tracebacks that said nothing was wrong. Uvicorn's own line on the cancelled tasks stays."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))


def quiet_stop() -> None:
    """No traceback in the log for the streams a stop cancels (``_StreamsCancelledAtStop``)."""
    error_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _StreamsCancelledAtStop) for f in error_log.filters):
        error_log.addFilter(_StreamsCancelledAtStop())


def make_server(settings: Settings, assistant: Assistant, feedback: FeedbackStore | None = None,
                throttle: LoginThrottle | None = None) -> Any:
    """The FastAPI app with ``/documents/...`` and the Gradio UI mounted at ``/``."""
    quiet_gradio()
    import gradio as gr
    from fastapi import FastAPI

    from ui.app import build_app, page_options
    from ui.documents import make_router

    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(make_router(assistant.store))  # before the mount, which takes every other path
    blocks = build_app(settings, assistant, feedback=feedback, throttle=throttle)
    return gr.mount_gradio_app(
        app, blocks, path="/", server_name=settings.host, server_port=settings.port, footer_links=[],
        run_history=False, ssr_mode=False, enable_monitoring=False, pwa=False, mcp_server=False,
        show_error=True, max_file_size=int(settings.max_file_mb * 1024 * 1024), **page_options(),
    )


class BackgroundServer:
    """uvicorn in a daemon thread (tests and embedding); ``stop()`` ends it."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        import uvicorn

        self.host = host
        self.port = port or free_port(host)
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=self.port, log_level="warning",
                                                    access_log=False, timeout_graceful_shutdown=2))
        quiet_stop()  # after the Config, which sets uvicorn's logging up
        self.thread = threading.Thread(target=self.server.run, name=f"ui-server-{self.port}", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def start(self, timeout_s: float = 30.0) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the UI server did not start on {self.url}")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def serve(settings: Settings, assistant: Assistant) -> None:
    """Run the UI on ``settings.host:settings.port`` until interrupted."""
    import uvicorn

    app = make_server(settings, assistant)
    quiet_stop()
    # Ctrl-C and SIGTERM stop it within seconds: uvicorn otherwise waits for every open connection to close, which
    # took 9-10 s after a start (the browser's and Gradio's streams); an answer still being written gets 3 s.
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", access_log=False,
                timeout_graceful_shutdown=3)
