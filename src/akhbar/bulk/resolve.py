"""Duplicates across all prepared shards, decided exactly as a local ingest decides them.

A local ingest decides each article in input order against everything stored before it
(:meth:`akhbar.ingest.Ingestor._store_draft`):

1. the same origin, locator and text already stored → "already in the archive" (nothing stored);
2. else the same text (content hash) stored before → a duplicate of that article's original;
3. else among the stored articles (copies too) sharing an LSH band bucket with it, the one of highest
   estimated similarity (ties: the later one) → a near-duplicate of that one's original when the
   similarity reaches the threshold;
4. else it is kept.

Here the same decisions are made for a whole job at once:

1. **Band join.** For each band (one engine task each), the articles that will be stored (all but
   those already in the archive) are sorted by their bucket key in that band;
   every run of equal keys gives its candidate pairs (earlier, later). The union over bands is the
   exact set of pairs the local LSH lookups would meet.
2. **Similarity** of each pair from the signatures (matching MinHash slots / 128, the same float as
   :func:`akhbar.dedup.similarity`); pairs below the threshold cannot decide anything and are dropped.
   Articles already in the archive join in through its own ``lsh`` table.
3. **Sweep** in input order: an earlier article's original is known when a later one is decided, so
   each article links to the original of its best candidate, as step 3 above. (A union-find of the
   pairs would not do: A–C and B–C similar, A–B not, makes B kept and C a copy of B; one component
   would make B a copy of A.) Article ids are handed out here, in input order, exactly as SQLite would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..dedup import BANDS, NUM_PERM
from ..stages import StageTimer
from ..store import Store
from .shards import ShardResult

JOIN_ON_ENGINE = 2_000_000  # draft rows from which the band join runs as engine tasks
ALREADY = "already in the archive"  # the ingest log's words, as akhbar.ingest writes them
SAME = "same text"


@dataclass
class Decision:
    """What becomes of one draft row: ``article_id`` 0 = not stored (already in the archive:
    ``already`` is that article, ``root`` its original)."""

    article_id: int
    duplicate_of: int | None
    reason: str
    already: int | None = None
    root: int | None = None


def _drafts(path: str, columns: list[str]) -> Any:
    table = pq.read_table(path, columns=["kind", *columns])
    return table.filter(pc.equal(table["kind"], "draft"))


def band_pairs(band: int, paths: Sequence[str], eligible: np.ndarray) -> np.ndarray:
    """Candidate pairs of one band among the ``eligible`` draft rows (global draft numbers), encoded
    as ``earlier << 32 | later``: every two rows whose bucket keys in this band are equal."""
    keys = np.concatenate([_drafts(p, [f"b{band}"])[f"b{band}"].to_numpy() for p in paths]) if paths \
        else np.zeros(0, np.int64)
    rows = np.flatnonzero(eligible)
    keys = keys[rows]
    order = np.lexsort((rows, keys))
    keys, rows = keys[order], rows[order]
    if len(keys) < 2:
        return np.zeros(0, np.int64)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    out: list[np.ndarray] = []
    for s, e in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
        members = rows[s:e]  # ascending: lexsort's second key
        i, j = np.triu_indices(len(members), 1)
        out.append((members[i].astype(np.int64) << 32) | members[j].astype(np.int64))
    return np.concatenate(out) if out else np.zeros(0, np.int64)


def resolve(store: Store, shards: list[ShardResult], threshold: float,
            run_map: Callable[[Callable[[Any], Any], list[Any]], list[Any]],
            timer: StageTimer) -> list[list[Decision]]:
    """The decision for every draft row of ``shards``, shard by shard, in input order, against the
    archive as it is now (its articles come before every row here)."""
    paths = [s.path for s in shards]
    with timer.stage("dedup: read keys"):
        keys = [_drafts(p, ["origin", "locator", "hash"]) for p in paths]
        origins = [v for t in keys for v in t["origin"].to_pylist()]
        locators = [v or "" for t in keys for v in t["locator"].to_pylist()]
        hashes = [v for t in keys for v in t["hash"].to_pylist()]
    n = len(hashes)
    with timer.stage("dedup: archive lookups"):
        present = store.records_present(zip(origins, locators, hashes))  # (origin, locator, hash) -> id
        stored_first = store.first_by_hash(set(hashes))  # hash -> first article id with that text
    # Rows that will be stored (all but a record already in the archive, or earlier in this job), and
    # among them those decided by similarity: the first row of each text, when no article has it yet.
    stored = np.zeros(n, bool)
    decided = np.zeros(n, bool)
    seen: set[str] = set()
    keys_seen: set[tuple[str, str, str]] = set(present)
    for row, h in enumerate(hashes):
        key = (origins[row], locators[row], h)
        stored[row] = key not in keys_seen
        decided[row] = stored[row] and h not in seen and h not in stored_first
        keys_seen.add(key)
        seen.add(h)
    with timer.stage("dedup: band join"):
        join = partial(band_pairs, paths=paths, eligible=stored)
        # numpy sorts a few million keys a band in well under a second here: an engine only pays for
        # the bands' round trips until the job is big.
        parts = run_map(join, list(range(BANDS))) if n >= JOIN_ON_ENGINE else [join(b) for b in range(BANDS)]
        pairs = np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.int64)
    with timer.stage("dedup: similarity"):
        near = _similar_pairs(paths, pairs, threshold, n)
        archive_near = _archive_pairs(store, paths, decided, threshold)
    with timer.stage("dedup: sweep"):
        decisions = _sweep(store, origins, locators, hashes, present, stored_first, near, archive_near)
    out: list[list[Decision]] = []
    at = 0
    for s in shards:
        out.append(decisions[at:at + s.drafts])
        at += s.drafts
    return out


def _signatures(paths: Sequence[str], n: int) -> np.ndarray:
    sigs = np.zeros((n, NUM_PERM), np.uint32)
    at = 0
    for p in paths:
        blobs = _drafts(p, ["sig"])["sig"].to_pylist()
        if blobs:
            sigs[at:at + len(blobs)] = np.frombuffer(b"".join(blobs), "<u4").reshape(len(blobs), NUM_PERM)
        at += len(blobs)
    return sigs


def _similar_pairs(paths: Sequence[str], pairs: np.ndarray, threshold: float, n: int
                   ) -> dict[int, list[tuple[float, int]]]:
    """later row -> [(similarity, earlier row)] of the pairs at or above the threshold."""
    out: dict[int, list[tuple[float, int]]] = {}
    if not len(pairs):
        return out
    sigs = _signatures(paths, n)
    for lo in range(0, len(pairs), 1 << 20):
        chunk = pairs[lo:lo + (1 << 20)]
        i, j = chunk >> 32, chunk & 0xFFFFFFFF
        matches = (sigs[i] == sigs[j]).sum(axis=1)
        for a, b, m in zip(i.tolist(), j.tolist(), matches.tolist()):
            sim = m / NUM_PERM  # the same float as dedup.similarity
            if sim >= threshold:
                out.setdefault(b, []).append((sim, a))
    return out


def _archive_pairs(store: Store, paths: Sequence[str], eligible: np.ndarray, threshold: float
                   ) -> dict[int, list[tuple[float, int]]]:
    """row -> [(similarity, archive article id)] for archive articles sharing a bucket with it."""
    out: dict[int, list[tuple[float, int]]] = {}
    if not store.max_article_id() or not eligible.any():
        return out
    rows = np.flatnonzero(eligible)
    buckets = np.stack([np.concatenate([_drafts(p, [f"b{b}"])[f"b{b}"].to_numpy() for p in paths])
                        for b in range(BANDS)], axis=1)
    matches = store.lsh_matches((int(r), band, int(buckets[r, band])) for r in rows for band in range(BANDS))
    if not matches:
        return out
    sigs = _signatures(paths, len(eligible))
    stored = store.signatures({aid for _, aid in matches})
    for row, aid in sorted(matches):
        other = np.frombuffer(stored[aid], "<u4")
        sim = int((sigs[row] == other).sum()) / NUM_PERM
        if sim >= threshold:
            out.setdefault(row, []).append((sim, aid))
    return out


def _sweep(store: Store, origins: list[str], locators: list[str], hashes: list[str],
           present: dict[tuple[str, str, str], int], stored_first: dict[str, int],
           near: dict[int, list[tuple[float, int]]], archive_near: dict[int, list[tuple[float, int]]]
           ) -> list[Decision]:
    """Decide each row in input order (see the module docstring), handing out article ids."""
    next_id = store.max_article_id() + 1
    roots = store.roots(set(present.values()) | set(stored_first.values())  # archive id -> its original
                        | {aid for found in archive_near.values() for _, aid in found})
    root_of: dict[int, int] = {}  # ids given here -> their original
    row_id: dict[int, int] = {}  # row -> its article id (rows stored)
    first_id: dict[str, int] = {}  # hash -> first id given here
    mine: dict[tuple[str, str, str], int] = {}  # (origin, locator, hash) -> id given here
    out: list[Decision] = []
    for row, h in enumerate(hashes):
        key = (origins[row], locators[row], h)
        already = present.get(key, mine.get(key))
        if already is not None:
            out.append(Decision(0, None, ALREADY, already, roots.get(already) or root_of.get(already, already)))
            continue
        duplicate_of, reason = None, ""
        if h in stored_first:
            duplicate_of, reason = roots.get(stored_first[h], stored_first[h]), SAME
        elif h in first_id:
            duplicate_of, reason = root_of[first_id[h]], SAME
        else:
            best = max([(sim, aid) for sim, aid in archive_near.get(row, [])]
                       + [(sim, row_id[i]) for sim, i in near.get(row, [])], default=(0.0, 0))
            if best[1]:
                # The closest earlier text may itself be a copy: link to the story's first article.
                original = roots.get(best[1]) or root_of.get(best[1], best[1])
                duplicate_of, reason = original, f"near-duplicate (similarity {best[0]:.2f})"
        article_id = next_id
        next_id += 1
        row_id[row] = article_id
        root_of[article_id] = duplicate_of or article_id
        first_id.setdefault(h, article_id)
        mine.setdefault(key, article_id)
        out.append(Decision(article_id, duplicate_of, reason))
    return out
