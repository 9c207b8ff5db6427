"""Passage vectors beside the index: one unit-length float16 row per passage, keyed by passage id.

Files in ``<archive>/vectors/``::

    meta.json     {"format", "model", "dim", "rows", "store"}; ``rows`` is the truth: bytes past it
                  (a crash in the middle of an append) are cut off before the next append
    ids.i64       (passage id, article id) of each row, int64 little-endian, in passage-id order
    vectors.f16   rows x dim float16, little-endian, each row of unit length (cosine = dot product)

The vectors are derived from the store, like the index. Passage ids come from SQLite, which gives them
in increasing order and never takes one back (passages are never deleted), so an ingest only adds rows
at the end (``akhbar embed`` appends what is missing, resuming where it stopped) and a rebuilt index
changes nothing here. ``store`` is a random id also written in the store's meta table: vectors beside
another archive's database (a restored backup, a copied folder) are recognised and started afresh, and
so are vectors whose row count no longer matches the store's passages, or made by another model
(``model`` is the embedder's name: model and prefixes).
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .backends import Embedder
from .errors import ModelServerBadResponse
from .models import EmbedReport
from .store import Store

FORMAT = 1
STORE_KEY = "vectors_id"  # the store's meta key holding the id that the vector file must carry

OnEmbedProgress = Callable[[int, int], None]  # (passages embedded so far, passages to embed)


@dataclass
class VectorMeta:
    model: str
    dim: int
    rows: int
    store: str
    format: int = FORMAT


class VectorFile:
    """The vector files of one archive; reads and appends, never rewrites a row."""

    def __init__(self, directory: Path, store: Store):
        self.directory = directory
        self.store = store
        self.meta_path = directory / "meta.json"
        self.ids_path = directory / "ids.i64"
        self.matrix_path = directory / "vectors.f16"

    def meta(self) -> VectorMeta | None:
        try:
            data = json.loads(self.meta_path.read_text(encoding="utf-8"))
            meta = VectorMeta(**data)
        except (OSError, ValueError, TypeError):
            return None
        return meta if meta.format == FORMAT else None

    def last_passage_id(self, meta: VectorMeta) -> int:
        if not meta.rows:
            return 0
        with open(self.ids_path, "rb") as f:
            f.seek((meta.rows - 1) * 16)
            return int(np.frombuffer(f.read(16), dtype="<i8")[0])

    def problem(self, meta: VectorMeta | None, model: str | None = None) -> str | None:
        """Why these vectors cannot be used (None: they can). ``model``: the embedder's name, if known."""
        if meta is None:
            return "this archive has no passage vectors yet"
        if meta.store != self.store.get_meta(STORE_KEY):
            return "the passage vectors belong to another copy of this archive's database"
        if model is not None and meta.model != model:
            return f"the passage vectors were made with another model or prefixes ({meta.model})"
        try:
            sizes_ok = (self.ids_path.stat().st_size >= meta.rows * 16
                        and self.matrix_path.stat().st_size >= meta.rows * meta.dim * 2)
        except OSError:
            sizes_ok = False
        if not sizes_ok:
            return "the passage vector files are shorter than their meta.json says"
        last = self.last_passage_id(meta)
        if self.store.count_passages(upto=last) != meta.rows:
            return "the archive's passages no longer match the passage vectors"
        return None

    def reset(self, model: str, dim: int) -> VectorMeta:
        """Start afresh: no rows, a new id shared with the store."""
        shutil.rmtree(self.directory, ignore_errors=True)
        self.directory.mkdir(parents=True)
        store_id = uuid.uuid4().hex
        with self.store.transaction():
            self.store.set_meta(STORE_KEY, store_id)
        meta = VectorMeta(model=model, dim=dim, rows=0, store=store_id)
        self.ids_path.touch()
        self.matrix_path.touch()
        self._write_meta(meta)
        return meta

    def append(self, meta: VectorMeta, ids: np.ndarray, vectors: np.ndarray) -> VectorMeta:
        """Add rows: ``ids`` (n, 2) passage and article ids, ``vectors`` (n, dim) unit rows. The data is on
        disk (fsync) before meta.json counts it, so a crash loses at most the rows being written."""
        for path, row_bytes, data in ((self.ids_path, 16, ids.astype("<i8")),
                                      (self.matrix_path, meta.dim * 2, vectors.astype("<f2"))):
            with open(path, "r+b") as f:
                f.truncate(meta.rows * row_bytes)  # whatever a crash left past the counted rows
                f.seek(0, os.SEEK_END)
                f.write(data.tobytes())
                f.flush()
                os.fsync(f.fileno())
        meta = VectorMeta(**{**asdict(meta), "rows": meta.rows + len(ids)})
        self._write_meta(meta)
        return meta

    def _write_meta(self, meta: VectorMeta) -> None:
        tmp = self.meta_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(meta), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.meta_path)

    def load(self, meta: VectorMeta) -> DenseVectors:
        ids = np.fromfile(self.ids_path, dtype="<i8", count=meta.rows * 2).reshape(meta.rows, 2)
        matrix = np.fromfile(self.matrix_path, dtype="<f2", count=meta.rows * meta.dim).reshape(meta.rows, meta.dim)
        return DenseVectors(ids[:, 0], ids[:, 1], matrix.astype(np.float32))


def unit_rows(vectors: list[list[float]] | np.ndarray) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    if not np.all(norms > 0):
        raise ModelServerBadResponse("the embeddings server returned an all-zero vector; is the model loaded right?")
    return matrix / norms


class DenseVectors:
    """The loaded vectors, for brute-force cosine: one matrix-vector product over all passages
    (bench/README.md, "Hybrid search", measures it up to 1M passages)."""

    def __init__(self, passage_ids: np.ndarray, article_ids: np.ndarray, matrix: np.ndarray):
        if len(article_ids) > 1 and np.any(np.diff(article_ids) < 0):
            # Rows follow passage ids, and an article's passages get consecutive ids, so this does not
            # happen; if it ever did, group the rows by article so each article is one run of rows.
            order = np.lexsort((passage_ids, article_ids))
            passage_ids, article_ids, matrix = passage_ids[order], article_ids[order], matrix[order]
        self.passage_ids = passage_ids
        self.matrix = matrix
        self.dim = matrix.shape[1] if matrix.ndim == 2 else 0
        starts = np.flatnonzero(np.r_[True, article_ids[1:] != article_ids[:-1]]) if len(article_ids) else \
            np.zeros(0, dtype=np.int64)
        self.starts = starts  # first row of each article's run
        self.ends = np.r_[starts[1:], len(article_ids)].astype(np.int64)
        self.article_ids = article_ids[starts]  # increasing

    def __len__(self) -> int:
        return len(self.passage_ids)

    def similarities(self, query: np.ndarray) -> np.ndarray:
        """Each article's cosine with the query: the best of its passages' (in ``article_ids`` order)."""
        if not len(self.passage_ids):
            return np.zeros(0, dtype=np.float32)
        return np.maximum.reduceat(self.matrix @ query, self.starts)

    def positions(self, article_ids: list[int]) -> dict[int, int]:
        """Where each of these articles is in ``article_ids`` (articles without vectors are left out)."""
        wanted = np.asarray(article_ids, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.article_ids, wanted), max(len(self.article_ids) - 1, 0))
        return {int(a): int(i) for a, i in zip(wanted, at) if len(self.article_ids) and self.article_ids[i] == a}

    def best_passage(self, position: int, query: np.ndarray) -> int:
        """The passage id of the article's passage nearest the query."""
        start, end = int(self.starts[position]), int(self.ends[position])
        return int(self.passage_ids[start + int(np.argmax(self.matrix[start:end] @ query))])


def embed_passages(store: Store, vectors: VectorFile, embedder: Embedder, *, batch: int, rebuild: bool = False,
                   progress: OnEmbedProgress | None = None) -> EmbedReport:
    """Give every passage of the archive a vector, starting after the last one embedded (resumable: each
    batch is on disk before the next is asked for). Vectors that cannot be used with this embedder
    (another model, another database, passages changed) are started afresh, and the report says why."""
    started = time.monotonic()
    meta = vectors.meta()
    reason = "asked (--rebuild)" if rebuild else (vectors.problem(meta, embedder.name) if meta else None)
    rebuilt = reason is not None
    if rebuilt or meta is None:
        meta = None  # made on the first answer, when the dimension is known
    last = vectors.last_passage_id(meta) if meta else 0
    todo = store.count_passages(after=last)
    done = 0
    if progress:
        progress(0, todo)
    while True:
        rows = store.passages_after(last, batch)
        if not rows:
            break
        matrix = unit_rows(embedder.embed([text for _, _, text in rows], "passage"))
        if meta is None:
            meta = vectors.reset(embedder.name, matrix.shape[1])
        elif matrix.shape[1] != meta.dim:
            raise ModelServerBadResponse(
                f"the embeddings server returned {matrix.shape[1]}-dimension vectors but this archive's have "
                f"{meta.dim}: did the model change? run `akhbar embed --rebuild` to embed every passage again")
        meta = vectors.append(meta, np.asarray([(pid, aid) for pid, aid, _ in rows], dtype=np.int64), matrix)
        last = rows[-1][0]
        done += len(rows)
        if progress:
            progress(done, todo)
    final = meta or vectors.meta()
    return EmbedReport(embedded=done, passages=store.count_passages(), model=embedder.name,
                       dim=final.dim if final else 0, seconds=round(time.monotonic() - started, 2),
                       rebuilt=rebuilt, reason=reason or "")
