"""Hybrid ranking: BM25 fused with the cosine similarity of embeddings (an optional model server).

:meth:`HybridRanker.rerank` takes the BM25 ranking (:meth:`akhbar.index.PassageIndex.rank_articles`,
top :data:`DEPTH`) and:

1. embeds the query (``query`` kind), once per process: the last :data:`QUERY_CACHE` query vectors
   are kept by model and text for every archive and thread of the process (:class:`QueryVectors`);
2. scores every article by the best cosine of its passages (brute force over all passage vectors);
3. takes the union of the BM25 top :data:`DEPTH` and the cosine top :data:`DEPTH` (the latter
   filtered by the query's dates, source and quoted phrases, as BM25 is), and fuses the two scores
   as z-scores, each standardised over its own top :data:`DEPTH` list: ``(1 - w) z_bm25 + w z_cos``,
   ``w`` the ``hybrid_weight`` setting. An article missing from the BM25 list counts as its last
   entry (it may be better than that, never known to be); one without vectors (added since the last
   ``akhbar embed``) as the cosine list's last;
4. shows each article's BM25 best passage, or, for an article no query word reaches, the passage
   nearest the query.

Chosen on ARCD-train (z-score vs reciprocal-rank fusion, weight 0.3-0.8, depth 20/50/100: z-score,
w 0.3, depth 50 was best), reported on XQuAD-ar and ARCD-test (bench/hybrid.py, bench/README.md). Kept in
round 2: min-max scaling, an article scored by its mean passage vector or by both, and a learned fusion
did no better (the best of them on ARCD-train was no better on the held-out sets).
Round 17: an article scored by its best sentence's vector (or sentence and passage), BM25 and cosine fused
per passage, and a weight set by how far BM25's first score leads did no better either (bench/hybrid_variants.py).

When the server or the vectors cannot be used, the BM25 ranking is returned as it was and a
:class:`~akhbar.errors.ModelServerWarning` says why; after a server failure the server is left alone
for :data:`RETRY_AFTER` seconds, so a server that is down does not slow every search.
"""

from __future__ import annotations

import threading
import time
import warnings
import weakref
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from .backends import Embedder
from .errors import ModelServerError, ModelServerWarning
from .models import RankedArticle
from .vectors import DenseVectors, VectorFile, unit_rows

DEPTH = 50  # articles taken from each list before fusing (20, 50 and 100 tried on ARCD-train)
QUERY_CACHE = 512
RETRY_AFTER = 30.0  # seconds without asking a server that just failed


def zscores(values: np.ndarray) -> tuple[float, float]:
    """Mean and standard deviation (1.0 when there is no spread) of a score list."""
    if len(values) == 0:
        return 0.0, 1.0
    std = float(values.std())
    return float(values.mean()), std if std > 1e-9 else 1.0


def fuse(bm25: dict[int, float], cosine_top: dict[int, float], cosine_of: dict[int, float],
         weight: float) -> list[tuple[float, int]]:
    """Fused (score, article id), best first, over the articles of both lists.

    ``bm25`` and ``cosine_top`` are the two top lists (their scores set each z-scale); ``cosine_of``
    holds the cosine of other candidates (BM25's articles outside the cosine top list)."""
    b_mean, b_std = zscores(np.fromiter(bm25.values(), dtype=np.float64))
    c_mean, c_std = zscores(np.fromiter(cosine_top.values(), dtype=np.float64))
    b_floor = min(bm25.values(), default=0.0)
    c_floor = min(cosine_top.values(), default=0.0)
    fused = []
    for aid in dict.fromkeys([*bm25, *cosine_top]):
        b = bm25.get(aid, b_floor)
        c = cosine_top.get(aid, cosine_of.get(aid, c_floor))
        fused.append(((1 - weight) * (b - b_mean) / b_std + weight * (c - c_mean) / c_std, aid))
    fused.sort(key=lambda x: (-x[0], x[1]))
    return fused


class QueryVectors:
    """Query vectors by (embedder, text), least recently used dropped past ``size``; one per process,
    shared by every ranker: `akhbar serve` opens one Archive per read thread, `ask` searches a question
    more than once, and the same query must not go to the server twice."""

    def __init__(self, size: int):
        self.size = size
        self._vectors: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # the web server searches from several threads

    def get(self, key: tuple[str, str]) -> np.ndarray | None:
        with self._lock:
            vector = self._vectors.get(key)
            if vector is not None:
                self._vectors.move_to_end(key)
            return vector

    def put(self, key: tuple[str, str], vector: np.ndarray) -> None:
        with self._lock:
            self._vectors[key] = vector
            self._vectors.move_to_end(key)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)

    def __contains__(self, key: tuple[str, str]) -> bool:
        with self._lock:
            return key in self._vectors


QUERY_VECTORS = QueryVectors(QUERY_CACHE)

# One copy of an archive's vectors in a process, however many Archives have it open (each read
# thread of `akhbar serve` opens its own): a loaded matrix is shared while any ranker holds it.
_SHARED: weakref.WeakValueDictionary[tuple[str, tuple[str, int]], DenseVectors] = weakref.WeakValueDictionary()
_SHARING = threading.Lock()


class HybridRanker:
    """Reranks BM25 results with passage vectors; one per archive (it keeps the vectors loaded)."""

    def __init__(self, vectors: VectorFile, embedder: Embedder | None, weight: float):
        self.vectors = vectors
        self.embedder = embedder
        self.weight = weight
        self._loaded: tuple[tuple[str, int], DenseVectors] | None = None
        self._down_until = 0.0

    def _warn(self, why: str) -> None:
        warnings.warn(ModelServerWarning(f"hybrid search is off for this query: {why}; ranked by BM25 alone"),
                      stacklevel=4)

    def dense(self) -> DenseVectors | str:
        """The loaded vectors, or why they cannot be used."""
        meta = self.vectors.meta()
        if meta is None:
            return "this archive has no passage vectors: run `akhbar embed`"
        key = (meta.store, meta.rows)
        if self._loaded is None or self._loaded[0] != key:
            assert self.embedder is not None
            problem = self.vectors.problem(meta, self.embedder.name)
            if problem:
                return f"{problem}: run `akhbar embed` (it starts them afresh)"
            where = (str(self.vectors.matrix_path.resolve()), key)
            with _SHARING:  # (another thread loading the same vectors: wait for its copy)
                dense = _SHARED.get(where)
                if dense is None:
                    dense = _SHARED[where] = self.vectors.load(meta)
            self._loaded = (key, dense)
        return self._loaded[1]

    def _query_key(self, text: str) -> tuple[str, str]:
        # The model and prefixes (the embedder's name) and the server: two servers may answer to one name.
        assert self.embedder is not None
        server = getattr(getattr(self.embedder, "server", None), "url", "")
        return f"{server} {self.embedder.name}", text

    def query_vector(self, text: str) -> np.ndarray:
        """The unit vector of ``text`` as a query: from :data:`QUERY_VECTORS`, else from the server."""
        key = self._query_key(text)
        vector = QUERY_VECTORS.get(key)
        if vector is None:
            assert self.embedder is not None
            vector = unit_rows(self.embedder.embed([text], "query"))[0]
            QUERY_VECTORS.put(key, vector)
        return vector

    def rerank(self, text: str, ranked: list[RankedArticle], k: int,
               allowed: Callable[[list[int]], set[int]]) -> list[RankedArticle]:
        """Fuse ``ranked`` (BM25, best first, ideally :data:`DEPTH` long) with cosine; the best ``k``.
        ``allowed(article_ids)`` says which articles pass the query's filters."""
        if self.embedder is None:
            self._warn("no embeddings server is configured (set embeddings_url)")
            return ranked[:k]
        dense = self.dense()
        if isinstance(dense, str):
            self._warn(dense)
            return ranked[:k]
        missing = self.vectors.store.count_passages(after=int(dense.passage_ids.max(initial=0)))
        if missing:
            warnings.warn(ModelServerWarning(
                f"{missing} passages added since the last `akhbar embed` have no vector: they are ranked by "
                "BM25 alone; run `akhbar embed`"), stacklevel=3)
        if time.monotonic() < self._down_until and self._query_key(text) not in QUERY_VECTORS:
            self._warn(f"the embeddings server failed less than {RETRY_AFTER:g} s ago")
            return ranked[:k]
        try:
            query = self.query_vector(text)
        except ModelServerError as e:
            self._down_until = time.monotonic() + RETRY_AFTER
            self._warn(str(e))
            return ranked[:k]
        if len(query) != dense.dim:
            self._warn(f"the server's query vector has {len(query)} dimensions, the archive's vectors "
                       f"{dense.dim}: run `akhbar embed --rebuild`")
            return ranked[:k]
        return self._fuse(dense, query, ranked, k, allowed)

    def _fuse(self, dense: DenseVectors, query: np.ndarray, ranked: list[RankedArticle], k: int,
              allowed: Callable[[list[int]], set[int]]) -> list[RankedArticle]:
        sims = dense.similarities(query)
        wanted = min(DEPTH * 2, len(sims))  # spare ones for articles the filters leave out
        order = np.argpartition(-sims, wanted - 1)[:wanted] if wanted else np.zeros(0, dtype=np.int64)
        order = order[np.lexsort((dense.article_ids[order], -sims[order]))]  # best first, ties by article id
        top_aids = [int(a) for a in dense.article_ids[order]]
        passing = allowed(top_aids)
        cosine_top: dict[int, float] = {}
        for position, aid in zip(order, top_aids):
            if aid in passing:
                cosine_top[aid] = float(sims[position])
                if len(cosine_top) == DEPTH:
                    break
        bm25 = {r.article_id: r.score for r in ranked[:DEPTH]}
        positions = dense.positions([aid for aid in bm25 if aid not in cosine_top])
        cosine_of = {aid: float(sims[i]) for aid, i in positions.items()}
        passage_of = {r.article_id: r.passage_id for r in ranked}
        out = []
        for score, aid in fuse(bm25, cosine_top, cosine_of, self.weight)[:k]:
            pid = passage_of.get(aid)
            if pid is None:
                at = dense.positions([aid])
                pid = dense.best_passage(at[aid], query) if aid in at else None
            out.append(RankedArticle(score, aid, pid))
        return out
