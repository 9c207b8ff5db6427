"""Prepared shards: the pure per-record work of an ingest, done anywhere, written as Parquet.

A shard is a slice of the input in input order: whole files that the task reads itself, or records the
ingesting process read from one big file and staged (:func:`plan`). :func:`prepare_shard` runs the same
pure half as a local ingest (:func:`akhbar.ingest.prepare`: extract, clean, split, segment, dates,
language, fingerprint) plus the index analysis (:func:`akhbar.index_schema.document_terms`), and writes one
row per outcome, in input order:

- ``skip``        a record the reader could not use (``reason``);
- ``unreadable``  a record extraction could not use (``reason``);
- ``empty``       a record with no article text after boilerplate was removed;
- ``problem``     an extracted article that cannot be stored (``reason``: empty, too long);
- ``draft``       an article to store, with everything the loader writes and the duplicate join reads.

The file is written under a temporary name and renamed, so a shard on disk is always whole: a
re-run of the same job reuses it (the prepare phase resumes too).
"""

from __future__ import annotations

import json
import os
import pickle
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..arabic import Analyzer, get_analyzer
from ..dedup import BANDS
from ..index_schema import VIEWS, document_terms, index_key, view_analyzers
from ..ingest import Unreadable, prepare
from ..models import Extracted, IngestItem, RawRecord, Skip
from ..read import FieldNames, read_path
from ..stages import StageTimer

SHARD_RECORDS = 1000  # records per staged shard: ~1-3 s of work, a Parquet file of ~10-20 MB
MIN_SHARDS = 32  # shards a small input is cut into at least (when its files allow), so every core has work
MIN_GROUP = 1_000_000  # but no group of files under this many bytes: a task has a fixed cost too
EMPTY_REASON = "no article text found after removing boilerplate"  # as akhbar.ingest says it
BUCKETS = [f"b{band}" for band in range(BANDS)]


@dataclass(frozen=True)
class PrepareConfig:
    """What a shard task needs to know about the ingest (settings that change what is prepared)."""

    passage_words: int
    max_chars: int
    fields: FieldNames
    max_bytes: int
    max_record_bytes: int
    shard_bytes: int = 16_000_000  # input bytes per shard of whole files (setting shard_mb)


@dataclass(frozen=True)
class ShardSpec:
    """One shard: ``paths`` read in the task, or ``staged``, a file of records read by the driver."""

    number: int
    paths: tuple[str, ...] = ()
    staged: str | None = None

    def name(self) -> str:
        return f"shard-{self.number:06d}.parquet"


@dataclass
class ShardResult:
    """What a shard task made: where, how many records and rows, and its stage seconds."""

    number: int
    path: str
    records: int
    drafts: int
    seconds: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)
    index_key: str = ""
    reused: bool = False  # found whole on disk from an earlier run of the same job


# --- planning ------------------------------------------------------------------------------------

def plan(files: list[str], missing: list[Skip], config: PrepareConfig, staging: Path) -> list[ShardSpec]:
    """Cut the input into shards, in input order: consecutive files grouped up to ``shard_bytes`` per
    shard (less when the input is small, so that there are at least ``MIN_SHARDS`` shards for the
    cores to share); a file bigger than ``shard_bytes`` (one big JSONL, a huge WARC) is read here and
    staged ``SHARD_RECORDS`` records at a time, so it is prepared in parallel too. Paths that named
    nothing come first, as in a local ingest. Staged record files are reused when a re-run finds them
    complete. The plan depends only on the input and the settings: a re-run plans the same shards."""
    sizes = {}
    for path in files:
        try:
            sizes[path] = os.path.getsize(path) if path != "-" else config.shard_bytes + 1
        except OSError:
            sizes[path] = 0  # the task's reader says what is wrong with it
    group_upto = min(config.shard_bytes, max(MIN_GROUP, sum(sizes.values()) // MIN_SHARDS))
    specs: list[ShardSpec] = []
    group: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal group, size
        if group:
            specs.append(ShardSpec(len(specs), paths=tuple(group)))
        group, size = [], 0

    def stage(items: Iterable[IngestItem]) -> None:
        batch: list[IngestItem] = []
        for item in items:
            batch.append(item)
            if len(batch) >= SHARD_RECORDS:
                _stage_records(specs, batch, staging)
                batch = []
        if batch:
            _stage_records(specs, batch, staging)

    if missing:
        stage(missing)
    for path in files:
        n = sizes[path]
        if n > config.shard_bytes:
            flush()
            stage(read_path(path, config.fields, config.max_bytes, config.max_record_bytes))
        else:
            if group and size + n > group_upto:
                flush()
            group.append(path)
            size += n
    flush()
    return specs


def _stage_records(specs: list[ShardSpec], items: list[IngestItem], staging: Path) -> None:
    spec = ShardSpec(len(specs), staged=str(staging / f"records-{len(specs):06d}.pickle"))
    if not Path(spec.staged or "").exists():
        _atomic_write(Path(spec.staged or ""), pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL))
    specs.append(spec)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# --- the task ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _analyzers() -> tuple[Analyzer, dict[str, Analyzer]]:
    """One analyzer set per worker process: their word caches warm up across the shards it prepares."""
    analyzer = get_analyzer()
    return analyzer, view_analyzers(analyzer)


def _items(spec: ShardSpec, config: PrepareConfig) -> Iterator[IngestItem]:
    if spec.staged:
        yield from pickle.loads(Path(spec.staged).read_bytes())
    for path in spec.paths:
        yield from read_path(path, config.fields, config.max_bytes, config.max_record_bytes)


def prepare_shard(spec: ShardSpec, config: PrepareConfig, staging: str) -> ShardResult:
    """Prepare one shard and write it as Parquet (or find it whole from an earlier run)."""
    out = Path(staging) / spec.name()
    if out.exists():
        meta = json.loads(pq.read_schema(out).metadata[b"akhbar"])
        return ShardResult(**{**meta, "path": str(out), "reused": True})
    cpu0 = time.process_time()
    analyzer, views = _analyzers()
    timer = StageTimer()
    rows: list[dict[str, Any]] = []
    records = 0
    for item in timer.timed_iter("read", _items(spec, config)):
        records += 1
        prepared = prepare(item, config.passage_words, complete=True, max_chars=config.max_chars)
        rows.extend(_rows(item, prepared, analyzer, views, timer))
    drafts = sum(r["kind"] == "draft" for r in rows)
    key = index_key(analyzer, views)
    # CPU, unlike the stages' wall time, does not grow when other jobs share the cores: the per-core rate.
    timer.add("prepare (CPU)", time.process_time() - cpu0)
    with timer.stage("write shard (Parquet)"):
        table = pa.Table.from_pylist(rows, schema=SCHEMA)
        meta = {"number": spec.number, "records": records, "drafts": drafts, "seconds": timer.seconds,
                "calls": timer.calls, "index_key": key}
        table = table.replace_schema_metadata({b"akhbar": json.dumps(meta).encode()})
        tmp = out.with_name(out.name + ".tmp")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, out)
    return ShardResult(spec.number, str(out), records, drafts, dict(timer.seconds), dict(timer.calls), key)


def _rows(item: IngestItem, prepared: Any, analyzer: Analyzer, views: dict[str, Analyzer],
          timer: StageTimer) -> Iterator[dict[str, Any]]:
    """The outcome rows of one item, exactly as :class:`akhbar.ingest.Ingestor` sees them."""
    if isinstance(item, Skip):
        yield {"kind": "skip", "first": True, "label": item.source, "reason": item.reason}
        return
    record: RawRecord = item.record if isinstance(item, Extracted) else item
    base = {"origin": record.origin, "record_kind": record.kind, "date_fields": list(record.date_fields)}
    if isinstance(prepared, Unreadable):
        timer.add("extract", prepared.seconds)
        yield {**base, "kind": "unreadable", "first": True, "label": record.label, "reason": prepared.reason}
        return
    if not prepared:
        yield {**base, "kind": "empty", "first": True, "label": record.label, "reason": EMPTY_REASON}
        return
    for n, ready in enumerate(prepared):
        locator = record.locator if len(prepared) == 1 else f"{record.locator}#{n + 1}".lstrip()
        label = f"{record.origin}:{locator}" if locator else record.origin
        row = {**base, "first": n == 0, "label": label, "locator": locator}
        timer.add_all(ready.times)
        if ready.problem:
            yield {**row, "kind": "problem", "reason": ready.problem}
            continue
        d, fp, segments = ready.draft, ready.fingerprint, ready.segments
        with timer.stage("index: analysis"):
            terms = document_terms(analyzer, views, d.title, d.text, [(s, e) for s, e, _ in segments.passages])
        row.update(
            kind="draft", title=d.title, text=d.text, published=d.published, source=d.source, url=d.url,
            tags_json=json.dumps(list(d.tags), ensure_ascii=False),  # as the store holds them
            note=d.note, lang=ready.lang, hash=fp.hash, sig=fp.blob,
            paragraphs=[v for span in segments.paragraphs for v in span],
            passages=[v for s, e, _ in segments.passages for v in (s, e)],
            sentence_counts=[len(sentences) for _, _, sentences in segments.passages],
            sentences=[v for _, _, sentences in segments.passages for span in sentences for v in span],
            events=[[m.sentence, m.start, m.end] for m in ready.events],
            event_dates=[m.date for m in ready.events], event_precisions=[m.precision for m in ready.events],
            event_roles=[m.role for m in ready.events], event_whys=[m.why for m in ready.events],
            event_anchors=[m.anchor for m in ready.events],
            passage_terms=terms.passages, **{f"terms_{view}": text for view, text in terms.views.items()})
        row.update(zip(BUCKETS, fp.buckets))  # for the duplicate join, by band
        row["lsh"] = f"[{','.join(map(str, fp.buckets))}]"  # for the writer: one JSON array per article (Store.bulk_insert)
        yield row


_INTS = pa.list_(pa.int32())
SCHEMA = pa.schema([
    ("kind", pa.string()), ("first", pa.bool_()), ("label", pa.string()), ("reason", pa.string()),
    ("origin", pa.string()), ("locator", pa.string()), ("record_kind", pa.string()),
    ("date_fields", pa.list_(pa.string())),
    ("title", pa.string()), ("text", pa.string()), ("published", pa.string()), ("source", pa.string()),
    ("url", pa.string()), ("tags_json", pa.string()), ("note", pa.string()),
    ("lang", pa.string()),
    ("hash", pa.string()), ("sig", pa.binary()),
    ("paragraphs", _INTS), ("passages", _INTS), ("sentence_counts", _INTS), ("sentences", _INTS),
    ("events", pa.list_(_INTS)), *[(f"event_{c}", pa.list_(pa.string())) for c in ("dates", "precisions", "roles",
                                                                                   "whys", "anchors")],
    ("passage_terms", pa.list_(pa.string())), *[(f"terms_{view}", pa.string()) for view in VIEWS],
    *[(b, pa.int64()) for b in BUCKETS], ("lsh", pa.string()),
])
