"""A deterministic fake LLM server on loopback that speaks the real HTTP protocols.

OpenAI-compatible: ``POST /v1/chat/completions`` (JSON, or Server-Sent Events when
``stream`` is true, ending in ``data: [DONE]``) and ``GET /v1/models``.
Ollama: ``POST /api/chat`` (one JSON object, or NDJSON lines when streaming) and
``GET /api/tags``. Tests and demos use it where no real LLM server can run.

By default it answers like a careful model would: it quotes the first sentence of passage 1
and cites [1]. ``FakeLlmServer.replies`` holds scripted replies (a string, or a function of the
request's messages) that are used first, in order. Every request is kept in ``requests``.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = str | Callable[[list[dict[str, Any]]], str]

_PASSAGE = re.compile(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', re.DOTALL)


def default_reply(messages: list[dict[str, Any]]) -> str:
    """Quote the first sentence of the first passage, citing it; NO_ANSWER if there is none."""
    text = str(messages[-1].get("content", "")) if messages else ""
    found = _PASSAGE.findall(text)
    if not found:
        return "NO_ANSWER"
    n, body = found[0]
    first = re.split(r"(?<=[.!?])\s+", body.strip().replace("\n", " "), maxsplit=1)[0]
    return f"{first} [{n}]"


class FakeLlmServer:
    """Start with ``with FakeLlmServer() as server:``; ``server.url`` is the base URL."""

    def __init__(self, model: str = "fake-model", chunk_size: int = 7, delay_s: float = 0.0) -> None:
        self.model = model
        self.chunk_size = chunk_size  # characters per streamed piece
        self.delay_s = delay_s
        self.replies: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeLlmServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _reply(self, messages: list[dict[str, Any]]) -> str:
        reply: Reply = self.replies.pop(0) if self.replies else default_reply
        return reply(messages) if callable(reply) else reply

    def _pieces(self, text: str) -> list[str]:
        return [text[i:i + self.chunk_size] for i in range(0, len(text), self.chunk_size)] or [""]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _start_stream(self, content_type: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

            def do_GET(self) -> None:
                if self.path.rstrip("/") == "/v1/models":
                    self._json(200, {"object": "list", "data": [{"id": server.model, "object": "model",
                                                                 "owned_by": "fake"}]})
                elif self.path.rstrip("/") == "/api/tags":
                    self._json(200, {"models": [{"name": server.model, "model": server.model}]})
                else:
                    self._json(404, {"error": f"no route {self.path}"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except json.JSONDecodeError:
                    self._json(400, {"error": "invalid JSON"})
                    return
                server.requests.append({"path": self.path, "body": body})
                messages = body.get("messages") or []
                if self.path.rstrip("/") == "/v1/chat/completions":
                    self._openai(body, server._reply(messages))
                elif self.path.rstrip("/") == "/api/chat":
                    self._ollama(body, server._reply(messages))
                else:
                    self._json(404, {"error": f"no route {self.path}"})

            def _openai(self, body: dict[str, Any], text: str) -> None:
                created = int(time.time())
                if not body.get("stream"):
                    self._json(200, {
                        "id": "chatcmpl-fake", "object": "chat.completion", "created": created, "model": server.model,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                     "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
                    return
                self._start_stream("text/event-stream")
                first = True
                for piece in server._pieces(text):
                    delta: dict[str, Any] = {"content": piece}
                    if first:
                        delta["role"] = "assistant"
                        first = False
                    chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created,
                             "model": server.model, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                    time.sleep(server.delay_s)
                end = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created,
                       "model": server.model, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()

            def _ollama(self, body: dict[str, Any], text: str) -> None:
                stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
                final = {"model": server.model, "created_at": stamp, "message": {"role": "assistant", "content": ""},
                         "done": True, "done_reason": "stop", "total_duration": 1, "load_duration": 1,
                         "prompt_eval_count": 1, "prompt_eval_duration": 1, "eval_count": 1, "eval_duration": 1}
                if body.get("stream") is False:
                    final["message"]["content"] = text
                    self._json(200, final)
                    return
                self._start_stream("application/x-ndjson")
                for piece in server._pieces(text):
                    line = {"model": server.model, "created_at": stamp,
                            "message": {"role": "assistant", "content": piece}, "done": False}
                    self.wfile.write((json.dumps(line) + "\n").encode())
                    self.wfile.flush()
                    time.sleep(server.delay_s)
                self.wfile.write((json.dumps(final) + "\n").encode())
                self.wfile.flush()

        return Handler


def main() -> None:  # pragma: no cover - manual demo: python -m assistant.fakes.llm_server
    with FakeLlmServer() as server:
        print(f"fake LLM server on {server.url} (OpenAI: {server.url}/v1, Ollama: {server.url}); Ctrl-C stops")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":  # pragma: no cover
    main()
