"""The bulk load: prepared shards into the SQLite store and the tantivy index, by one writer.

Shards are loaded in input order, each in one transaction that also records how many shards of the
job are loaded (meta ``bulk:JOB``): a shard is in the archive whole or not at all, and a re-run after
a kill starts at the first shard not loaded. Ids are the ones the duplicate sweep handed out, so the
archive equals the one a local ingest of the same input builds, row for row (timestamps aside).

The index gets the terms the shard tasks analyzed (no analysis here: that is what makes the writer
fast); it is committed every ``INDEX_COMMIT`` articles and at the end, each time moving the index
watermark. Killed in between, the index lags the store, and the next ingest (or ``reindex``) catches
up from the store as always.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from itertools import repeat
from typing import Any

import pyarrow.parquet as pq

from ..index import VIEWS, BulkIndexWriter, DocumentTerms
from ..ingest import BULLETIN_NOTE, Tally, another_days_bulletin, count_stored
from ..models import IngestReport, Skip
from ..stages import StageTimer
from ..store import BulkRows, Store
from .resolve import Decision
from .shards import BUCKETS, ShardResult

INDEX_COMMIT = 50_000  # kept articles per tantivy commit
CACHE_MB = 512  # SQLite page cache of the writer during a load
BANDS = range(len(BUCKETS))


def job_key(job: str) -> str:
    return f"bulk:{job}"


def _read(shard: ShardResult) -> dict[str, list[Any]]:
    return pq.read_table(shard.path).to_pydict()  # by column: much faster than row dicts


class _Row:
    """One row of a shard read by column: ``row["text"]`` without building a dict per row."""

    __slots__ = ("columns", "i")

    def __init__(self, columns: dict[str, list[Any]], i: int):
        self.columns = columns
        self.i = i

    def __getitem__(self, name: str) -> Any:
        return self.columns[name][self.i]


class Loader:
    """Loads the shards of one job; the report and the per-file tallies are the ingest's."""

    def __init__(self, store: Store, index: BulkIndexWriter | None, job: str, run: int, report: IngestReport,
                 tallies: dict[str, Tally], timer: StageTimer):
        self.store = store
        self.writer = index  # None: the shards' terms are not this index's; the next catch-up analyzes
        self.job = job
        self.run = run
        self.report = report
        self.tallies = tallies
        self.timer = timer
        store.cache_mb(CACHE_MB)
        self.uncommitted = 0
        self.last_kept = 0

    def load_all(self, shards: Sequence[ShardResult], decisions: Sequence[list[Decision]],
                 loaded: Callable[[int], None] | None = None) -> None:
        """Load the shards in order (``loaded(i)`` after each), the next one's Parquet file read in a
        thread meanwhile: its reading and decoding run beside this thread's SQLite and tantivy work."""
        with ThreadPoolExecutor(1) as reader:
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
        rows = [_Row(columns, i) for i in range(len(columns["kind"]))]
        with self.timer.stage("load: rows"):
            bulk, kept = self._rows(rows, decisions)
        with self.timer.stage("load: sqlite writes"), self.store.transaction(self.timer):
            self.store.bulk_insert(bulk)
            self.store.set_meta(job_key(self.job), str(shard.number + 1))
        if self.writer is not None:
            with self.timer.stage("load: index add"):
                for aid, row, pids in kept:
                    views = {view: row[f"terms_{view}"] for view in VIEWS}
                    self.writer.add(aid, row["published"], row["source"], pids, DocumentTerms(views, row["passage_terms"]))
            if kept:
                self.last_kept = kept[-1][0]
                self.uncommitted += len(kept)
            if self.uncommitted >= INDEX_COMMIT:
                self.commit()

    def commit(self) -> None:
        if self.writer is None or not self.uncommitted:
            return
        with self.timer.stage("load: index commit"):
            self.writer.commit(self.last_kept)
            self.uncommitted = 0

    def _rows(self, rows: list[_Row], decisions: list[Decision]) -> tuple[BulkRows, list[tuple[int, _Row, list[int]]]]:
        """The shard's rows for the store, and (article id, row, passage ids) of the kept articles."""
        out = BulkRows()
        kept: list[tuple[int, _Row, list[int]]] = []
        next_pid, next_sid = self.store.next_ids()
        now = self.store.now()
        report, run = self.report, self.run
        drafts = iter(decisions)

        def skip(label: str, reason: str) -> None:
            report.skip(Skip(label, reason))
            out.log.append((run, label, "skipped", None, None, reason, now))

        published: dict[int, str | None] = {}  # this shard's articles: a copy's story may be among them

        def story_published(story: int) -> str | None:
            return published[story] if story in published else self.store.article(story).published

        def segments(aid: int, row: _Row) -> list[int]:
            """The article's paragraphs, passages, sentences and dated mentions; its passage ids."""
            nonlocal next_pid, next_sid
            paragraphs = row["paragraphs"]
            out.paragraphs.extend((aid, i, paragraphs[2 * i], paragraphs[2 * i + 1])
                                  for i in range(len(paragraphs) // 2))
            spans, counts, sentences = row["passages"], row["sentence_counts"], row["sentences"]
            pids: list[int] = []
            sentence_ids: list[int] = []
            at = 0
            for p, count in enumerate(counts):
                pid = next_pid
                next_pid += 1
                pids.append(pid)
                out.passages.append((pid, aid, p, spans[2 * p], spans[2 * p + 1]))
                for _ in range(count):
                    out.sentences.append((next_sid, aid, pid, len(sentence_ids), sentences[2 * at], sentences[2 * at + 1]))
                    sentence_ids.append(next_sid)
                    next_sid += 1
                    at += 1
            out.events.extend((aid, sentence_ids[n], *rest, start, end) for (n, start, end), *rest in zip(
                row["events"], row["event_dates"], row["event_precisions"], row["event_roles"], row["event_whys"],
                row["event_anchors"]))
            return pids

        for row in rows:
            kind, label = row["kind"], row["label"]
            if row["first"]:
                report.records += 1
            if kind in ("skip", "unreadable", "empty"):
                skip(label, row["reason"])
                continue
            tally = self.tallies.setdefault(row["origin"], Tally(row["record_kind"]))
            if row["date_fields"] and not tally.date_fields:
                tally.date_fields = tuple(row["date_fields"])
            if kind == "problem":
                skip(label, row["reason"])
                continue
            d = next(drafts)
            if d.already is not None:
                report.duplicate(label, d.root or d.already)
                out.log.append((run, label, "duplicate", None, d.already, d.reason, now))
                continue
            aid = d.article_id
            out.articles.append((aid, row["title"], row["text"], row["published"], row["source"], row["url"],
                                 json.dumps(row["tags"], ensure_ascii=False), row["lang"], row["origin"],
                                 row["locator"] or "", row["hash"], d.duplicate_of, now))
            out.signatures.append((aid, row["sig"]))  # copies too: see akhbar.dedup
            out.lsh.extend(zip(BANDS, (row[b] for b in BUCKETS), repeat(aid)))
            published[aid] = row["published"]
            if d.duplicate_of is not None:
                report.duplicate(label, d.duplicate_of)
                reason = d.reason
                if another_days_bulletin(zip(row["event_roles"], row["event_anchors"]), row["published"],
                                         partial(story_published, d.duplicate_of)):
                    segments(aid, row)
                    reason += BULLETIN_NOTE
                out.log.append((run, label, "duplicate", aid, d.duplicate_of, reason, now))
                continue
            pids = segments(aid, row)
            count_stored(report, tally, aid, row["published"], row["source"], row["note"] or "")
            out.log.append((run, label, "stored", aid, None, row["note"] or None, now))
            kept.append((aid, row, pids))
        return out, kept


