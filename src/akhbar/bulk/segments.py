"""The index of a bulk load, built by the engine's tasks instead of the one writer.

Indexing the terms the shard tasks analyzed was about 60% of the single writer's CPU (tantivy alone:
11.5 CPU s per 20k generated articles, bench/README "Scale"). So once the writer has stored a job's
shards (and with them handed out every passage id), the engine's tasks each index a run of
consecutive shards into an index of their own (:func:`akhbar.index.build_segment`), and the writer
only adds those indexes' segments to the archive's (:meth:`akhbar.index.PassageIndex.adopt`): files
linked and two small JSON files replaced, whatever the number of articles.

A task needs the shards' Parquet files and, per shard, which rows were kept and their ids
(:class:`Kept`, packed small: it travels to the task). Killed before the segments are adopted, the
next catch-up indexes the articles from the store, as after any interrupted ingest.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from ..index import VIEWS, DocumentTerms, IndexedArticle, build_segment

SEGMENT_ARTICLES = 50_000  # kept articles per task's index at most (fewer, bigger segments to search)
TERM_COLUMNS = ["passage_terms", *(f"terms_{view}" for view in VIEWS)]  # of a shard: read by the tasks alone
COLUMNS = ["published", "source", *TERM_COLUMNS]


@dataclass(frozen=True)
class Kept:
    """The kept articles of one loaded shard: (article id, row in the shard, first passage id,
    passages) four by four, packed as 64-bit integers."""

    shard: str  # the shard's Parquet file
    packed: bytes

    @classmethod
    def of(cls, shard: str, rows: list[tuple[int, int, int, int]]) -> Kept:
        return cls(shard, array("q", [v for row in rows for v in row]).tobytes())

    def rows(self) -> Iterator[tuple[int, int, int, int]]:
        values = array("q")
        values.frombytes(self.packed)
        for n in range(0, len(values), 4):
            yield values[n], values[n + 1], values[n + 2], values[n + 3]

    def __len__(self) -> int:
        return len(self.packed) // 32


@dataclass(frozen=True)
class SegmentTask:
    folder: str  # where the task's index is built
    shards: list[Kept]


@dataclass(frozen=True)
class SegmentResult:
    folder: str
    cpu_seconds: float


def plan_segments(kept: list[Kept], staging: Path, tasks: int) -> list[SegmentTask]:
    """Consecutive shards in groups of about equal numbers of kept articles: at least ``tasks``
    groups (the engine's workers) when there are shards enough, and at most ``SEGMENT_ARTICLES``
    articles each (as the shards allow)."""
    kept = [k for k in kept if len(k)]
    total = sum(len(k) for k in kept)
    if not total:
        return []
    groups = min(len(kept), max(tasks, -(-total // SEGMENT_ARTICLES)))
    out: list[SegmentTask] = []
    group: list[Kept] = []
    done = 0
    for k in kept:
        group.append(k)
        done += len(k)
        if done * groups >= total * (len(out) + 1):  # this group's share reached
            out.append(SegmentTask(str(staging / f"index-{len(out):05d}"), group))
            group = []
    if group:
        out.append(SegmentTask(str(staging / f"index-{len(out):05d}"), group))
    return out


def build(task: SegmentTask) -> SegmentResult:
    """Index the kept articles of the task's shards (on an engine's worker)."""
    cpu = time.process_time()

    def articles() -> Iterator[IndexedArticle]:
        for kept in task.shards:
            columns = pq.read_table(kept.shard, columns=COLUMNS, use_threads=False).to_pydict()
            published, source, passages = columns["published"], columns["source"], columns["passage_terms"]
            views = [(view, columns[f"terms_{view}"]) for view in VIEWS]
            for aid, row, first, n in kept.rows():
                yield IndexedArticle(aid, published[row], source[row], list(range(first, first + n)),
                                     DocumentTerms({view: column[row] for view, column in views}, passages[row]))

    build_segment(task.folder, articles())
    return SegmentResult(task.folder, time.process_time() - cpu)


__all__ = ["Kept", "SegmentResult", "SegmentTask", "build", "plan_segments"]
