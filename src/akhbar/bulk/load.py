"""The bulk load: prepared shards into the SQLite store and the tantivy index, by one writer.

Shards are loaded in input order, each in one transaction that also records how many shards of the
job are loaded (meta ``bulk:JOB``): a shard is in the archive whole or not at all, and a re-run after
a kill starts at the first shard not loaded. Ids are the ones the duplicate sweep handed out, so the
archive equals the one a local ingest of the same input builds, row for row (timestamps aside).

The writer does not index: it notes, per shard, which rows were kept and their article and passage
ids (:class:`akhbar.bulk.segments.Kept`), and the engine's tasks index them from the terms the shard
tasks analyzed (:mod:`akhbar.bulk.segments`). Until their segments are adopted the index lags the
store, as during any ingest, and a killed load leaves the next catch-up to index from the store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from itertools import chain, repeat
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..ingest import BULLETIN_NOTE, Tally, another_days_bulletin, count_stored
from ..models import IngestReport, Skip
from ..stages import StageTimer
from ..store import BulkRows, Store
from .resolve import Decision
from .segments import TERM_COLUMNS, Kept
from .shards import BUCKETS, ShardResult

CACHE_MB = 512  # SQLite page cache of the writer during a load


def job_key(job: str) -> str:
    return f"bulk:{job}"


def _read(shard: ShardResult) -> dict[str, list[Any]]:
    # By column: much faster than row dicts. One thread: the columns are decoded beside the writer
    # already, and Arrow's own threads cost more CPU than they save here. Not the index terms (the
    # biggest columns): the tasks that build the index read those; nor the columns the shard task
    # also wrote in the form the writer inserts (the band buckets as one JSON array), unless the shard
    # lacks that form (prepared by an older akhbar, found again by a resumed job: see Loader._rows).
    # The article text stays UTF-8 bytes, as SQLite stores it (Store.bulk_insert): no str made to be encoded again.
    file = pq.ParquetFile(shard.path, memory_map=True)
    names = file.schema_arrow.names
    skip = set(TERM_COLUMNS)
    if "lsh" in names:
        skip.update(BUCKETS)
    table = file.read(columns=[name for name in names if name not in skip], use_threads=False)
    text = table.schema.get_field_index("text")
    return table.set_column(text, "text", table.column(text).cast(pa.binary())).to_pydict()


class Loader:
    """Loads the shards of one job; the report and the per-file tallies are the ingest's."""

    def __init__(self, store: Store, job: str, run: int, report: IngestReport, tallies: dict[str, Tally],
                 timer: StageTimer):
        self.store = store
        self.job = job
        self.run = run
        self.report = report
        self.tallies = tallies
        self.timer = timer
        store.cache_mb(CACHE_MB)
        self.kept: list[Kept] = []  # per loaded shard, for the tasks that index them
        self.last_kept = 0  # the highest kept article id loaded

    def load_all(self, shards: Sequence[ShardResult], decisions: Sequence[list[Decision]],
                 loaded: Callable[[int], None] | None = None) -> None:
        """Load the shards in order (``loaded(i)`` after each), the next one's Parquet file read in a
        thread meanwhile: its reading and decoding run beside this thread's SQLite work. No foreign key
        checks meanwhile: the ids are this loader's own (:meth:`Store.foreign_keys_off`)."""
        with ThreadPoolExecutor(1) as reader, self.store.foreign_keys_off():
            ahead: Future[dict[str, list[Any]]] | None = reader.submit(_read, shards[0]) if shards else None
            for i, (shard, decided) in enumerate(zip(shards, decisions)):
                assert ahead is not None
                with self.timer.stage("load: read shard (waiting)"):
                    columns = ahead.result()
                ahead = reader.submit(_read, shards[i + 1]) if i + 1 < len(shards) else None
                self.load(shard, columns, decided)
                if loaded:
                    loaded(i)

    def load(self, shard: ShardResult, columns: dict[str, list[Any]], decisions: list[Decision]) -> None:
        with self.timer.stage("load: rows"):
            bulk, kept = self._rows(columns, decisions)
        with self.timer.stage("load: sqlite writes"), self.store.transaction(self.timer):
            self.store.bulk_insert(bulk)
            self.store.set_meta(job_key(self.job), str(shard.number + 1))
        self.kept.append(Kept.of(shard.path, [(aid, i, pids[0] if pids else 0, len(pids)) for aid, i, pids in kept]))
        if kept:
            self.last_kept = kept[-1][0]

    def _rows(self, columns: dict[str, list[Any]], decisions: list[Decision]
              ) -> tuple[BulkRows, list[tuple[int, int, list[int]]]]:
        """The shard's rows for the store, and (article id, row number, passage ids) of the kept
        articles. Read by column and built with zips (a method call per cell took about a third of
        the loading thread's time)."""
        out = BulkRows()
        kept: list[tuple[int, int, list[int]]] = []
        next_pid, next_sid = self.store.next_ids()
        now = self.store.now()
        report, run = self.report, self.run
        drafts = iter(decisions)
        col = columns.__getitem__
        kinds, labels, firsts, reasons, origins = col("kind"), col("label"), col("first"), col("reason"), col("origin")
        published, sources, notes = col("published"), col("source"), col("note")
        roles, anchors = col("event_roles"), col("event_anchors")
        lsh = columns["lsh"] if "lsh" in columns else [f"[{','.join(map(str, b))}]" for b in zip(*map(col, BUCKETS))]
        tags = columns["tags_json"] if "tags_json" in columns else [json.dumps(t, ensure_ascii=False) for t in col("tags")]

        def skip(label: str, reason: str) -> None:
            report.skip(Skip(label, reason))
            out.log.append((run, label, "skipped", None, None, reason, now))

        stories: dict[int, str | None] = {}  # this shard's articles: a copy's story may be among them

        def story_published(story: int) -> str | None:
            return stories[story] if story in stories else self.store.article(story).published

        def segments(aid: int, i: int) -> list[int]:
            """The article's paragraphs, passages, sentences and dated mentions; its passage ids."""
            nonlocal next_pid, next_sid
            paragraphs, spans, counts, sentences = col("paragraphs")[i], col("passages")[i], col("sentence_counts")[i], \
                col("sentences")[i]
            out.paragraphs.extend(zip(repeat(aid), range(len(paragraphs) // 2), paragraphs[::2], paragraphs[1::2]))
            pids = list(range(next_pid, next_pid + len(counts)))
            out.passages.extend(zip(pids, repeat(aid), range(len(counts)), spans[::2], spans[1::2]))
            first, total = next_sid, sum(counts)
            out.sentences.extend(zip(range(first, first + total), repeat(aid),
                                     chain.from_iterable(map(repeat, pids, counts)), range(total),
                                     sentences[::2], sentences[1::2]))
            out.events.extend((aid, first + n, *rest, start, end) for (n, start, end), *rest in zip(
                col("events")[i], col("event_dates")[i], col("event_precisions")[i], roles[i], col("event_whys")[i],
                anchors[i]))
            next_pid += len(counts)
            next_sid += total
            return pids

        for i, kind in enumerate(kinds):
            label = labels[i]
            if firsts[i]:
                report.records += 1
            if kind in ("skip", "unreadable", "empty"):
                skip(label, reasons[i])
                continue
            tally = self.tallies.setdefault(origins[i], Tally(col("record_kind")[i]))
            if col("date_fields")[i] and not tally.date_fields:
                tally.date_fields = tuple(col("date_fields")[i])
            if kind == "problem":
                skip(label, reasons[i])
                continue
            d = next(drafts)
            if d.already is not None:
                report.duplicate(label, d.root or d.already)
                out.log.append((run, label, "duplicate", None, d.already, d.reason, now))
                continue
            aid = d.article_id
            out.articles.append((aid, col("title")[i], col("text")[i], published[i], sources[i], col("url")[i],
                                 tags[i], col("lang")[i], origins[i],
                                 col("locator")[i] or "", col("hash")[i], d.duplicate_of, now))
            out.signatures.append((aid, col("sig")[i]))  # copies too: see akhbar.dedup
            out.lsh.append((aid, lsh[i]))
            stories[aid] = published[i]
            if d.duplicate_of is not None:
                report.duplicate(label, d.duplicate_of)
                reason = d.reason
                if another_days_bulletin(zip(roles[i], anchors[i]), published[i],
                                         partial(story_published, d.duplicate_of)):
                    segments(aid, i)
                    reason += BULLETIN_NOTE
                out.log.append((run, label, "duplicate", aid, d.duplicate_of, reason, now))
                continue
            pids = segments(aid, i)
            count_stored(report, tally, aid, published[i], sources[i], notes[i] or "")
            out.log.append((run, label, "stored", aid, None, notes[i] or None, now))
            kept.append((aid, i, pids))
        return out, kept
