"""The index of a bulk load, built by the engine's tasks instead of the one writer.

Indexing the terms the shard tasks analyzed was about 60% of the single writer's CPU (tantivy alone:
11.5 CPU s per 20k generated articles, bench/README "Scale"). So once the writer has stored a job's
shards (and with them handed out every passage id), the engine's tasks each index a run of
consecutive shards into an index of their own (:func:`akhbar.index_schema.build_segment`), and the writer
only adds those indexes' segments to the archive's (:meth:`akhbar.index.PassageIndex.adopt`): files
linked and two small JSON files replaced, whatever the number of articles.

A task needs the shards' Parquet files and, per shard, which rows were kept and their ids
(:class:`Kept`, packed small: it travels to the task). Killed before the segments are adopted, the
next catch-up indexes the articles from the store, as after any interrupted ingest.

Every search reads every segment, and a big load builds one per task (~20 for a million articles).
So when there are enough of them, a task then merges them into one (:func:`plan_merge`,
:func:`merge`; :func:`akhbar.index_merge.merge_segments`), kept only when it holds the articles in id
order (else the task indexes are adopted as they are).
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pyarrow.parquet as pq
import tantivy

from ..index_merge import merge_segments
from ..index_schema import VIEWS, DocumentTerms, IndexedArticle, build_segment

SEGMENT_ARTICLES = 50_000  # kept articles per task's index at most (fewer, bigger segments to search)
# The task indexes of a load of up to MERGE_ARTICLES kept articles are merged into one when there are
# MERGE_MIN or more (~20 at a million articles): tantivy's merge policy merges 8 or more segments of
# about one size (its LogMergePolicy's default; tantivy-py cannot ask for a merge of fewer).
MERGE_ARTICLES = 1_000_000
MERGE_MIN = 8
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

    def documents(self) -> int:
        """The index documents of these articles: one per article and one per passage."""
        return sum(1 + n for _, _, _, n in self.rows())


@dataclass(frozen=True)
class SegmentTask:
    folder: str  # where the task's index is built
    shards: list[Kept]


@dataclass(frozen=True)
class SegmentResult:
    folder: str
    cpu_seconds: float
    articles: int = 0


@dataclass(frozen=True)
class MergeTask:
    folder: str  # where the merged index is built
    parts: list[str]  # the task indexes merged, consecutive
    articles: int


def plan_segments(kept: list[Kept], staging: Path, tasks: int) -> list[SegmentTask]:
    """Consecutive shards in groups of about equal numbers of kept articles: at least ``tasks``
    groups (the engine's workers) when there are shards enough, and at most ``SEGMENT_ARTICLES``
    articles each (as the shards allow).

    When they will be merged (``MERGE_MIN`` groups or more, up to ``MERGE_ARTICLES`` articles in
    all: :func:`plan_merge`), the groups are cut between articles, not shards, and each holds fewer
    index documents than the one before (shares shrinking to about 60%, a group closed before it
    would reach the one before): tantivy's merge puts the bigger segment's documents first, so the
    merged index keeps them in article id order."""
    kept = [k for k in kept if len(k)]
    total = sum(len(k) for k in kept)
    if not total:
        return []
    wanted = max(tasks, -(-total // SEGMENT_ARTICLES))
    out: list[SegmentTask] = []
    if wanted < MERGE_MIN or total > MERGE_ARTICLES:
        groups = min(len(kept), wanted)
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
    groups = max(wanted, -(-total * 10 // (8 * SEGMENT_ARTICLES)))  # the first, 1.25x the mean, within the cap
    shares = [1.0 - 0.4 * g / groups for g in range(groups)]
    whole = sum(k.documents() for k in kept)
    targets = [whole * share / sum(shares) for share in shares]
    rows: list[tuple[str, list[tuple[int, int, int, int]]]] = []  # this group's rows, shard by shard
    size, before = 0, float("inf")

    def close() -> None:
        out.append(SegmentTask(str(staging / f"index-{len(out):05d}"), [Kept.of(shard, r) for shard, r in rows]))
        rows.clear()

    for k in kept:
        for row in k.rows():
            n = 1 + row[3]
            if rows and (size >= targets[min(len(out), groups - 1)] or size + n >= before):
                before = size
                close()
                size = 0
            if not rows or rows[-1][0] != k.shard:
                rows.append((k.shard, []))
            rows[-1][1].append(row)
            size += n
    if rows:
        close()
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
    return SegmentResult(task.folder, time.process_time() - cpu, sum(len(k) for k in task.shards))


def plan_merge(built: list[SegmentResult], staging: Path) -> MergeTask | None:
    """The task indexes merged into one, when there are ``MERGE_MIN`` or more and they hold up to
    ``MERGE_ARTICLES`` articles (bigger loads keep one segment per task: a merge of runs of them,
    each shaped as :func:`plan_segments` shapes one, is still to do)."""
    articles = sum(r.articles for r in built)
    if len(built) < MERGE_MIN or articles > MERGE_ARTICLES:
        return None
    return MergeTask(str(staging / "merged"), [r.folder for r in built], articles)


def merge(task: MergeTask) -> list[SegmentResult]:
    """Merge the task's indexes into one (on an engine's worker), when the merged index holds its
    articles in id order; else the task's indexes as they are.

    Searches break ties in score (or in day, sorted by date) by the documents' order in the index,
    and an index built in id order gives the lower id: a merge must keep that order, or the same
    archive would rank tied articles otherwise after a bulk load than after a local ingest."""
    cpu = time.process_time()
    first = [_first_article(Path(part)) for part in task.parts]
    if None not in first and merge_segments(task.folder, task.parts) == 1 \
            and _in_order(Path(task.folder), cast(list[int], first)):
        return [SegmentResult(task.folder, time.process_time() - cpu, task.articles)]
    return [SegmentResult(part, time.process_time() - cpu if n == 0 else 0.0) for n, part in enumerate(task.parts)]


def _first_article(folder: Path) -> int | None:
    """The lowest article id of a task's index, None unless it is one segment (a task whose writer
    flushed twice: the merge would place its two segments apart)."""
    searcher = tantivy.Index.open(str(folder)).searcher()
    if searcher.num_segments != 1:
        return None
    hits = searcher.search(tantivy.Query.all_query(), 1, order_by_field="aid", order=tantivy.Order.Asc).hits
    return int(hits[0][0])


def _in_order(folder: Path, first: list[int]) -> bool:
    """Whether each part's first article comes after the one before's in the merged index (a merge
    puts each segment's documents together, in their order)."""
    index = tantivy.Index.open(str(folder))
    searcher = index.searcher()
    where = []
    for aid in first:
        query = tantivy.Query.boolean_query([
            (tantivy.Occur.Must, tantivy.Query.term_query(index.schema, "aid", aid)),
            (tantivy.Occur.Must, tantivy.Query.term_query(index.schema, "pid", 0))])
        hits = searcher.search(query, 1).hits
        if not hits:
            return False
        where.append((hits[0][1].segment_ord, hits[0][1].doc))
    return where == sorted(where)


__all__ = ["Kept", "MergeTask", "SegmentResult", "SegmentTask", "build", "merge", "plan_merge", "plan_segments"]
