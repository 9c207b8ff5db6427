"""Bulk ingest: prepared shards, a global duplicate join, one writer (needs ``akhbar[cluster]``).

``akhbar ingest PATHS --engine ray`` (``Archive.ingest(paths, engine="ray")``) runs in five steps:

1. **Plan** (:func:`akhbar.bulk.shards.plan`): the input cut into shards in input order.
2. **Prepare** (:func:`akhbar.bulk.shards.prepare_shard`, on the engine): each shard's records read,
   extracted, cleaned, split, segmented, dated, fingerprinted and analyzed for the index, written as
   Parquet under the staging folder (``ARCHIVE/staging/JOB`` unless ``staging`` says otherwise).
3. **Duplicates** (:func:`akhbar.bulk.resolve.resolve`, band join on the engine): every article's fate
   decided exactly as a local ingest decides it, and its article id handed out.
4. **Load** (:class:`akhbar.bulk.load.Loader`): one writer, shard by shard in input order, each shard in
   one transaction.
5. **Index** (:mod:`akhbar.bulk.segments`, on the engine): tasks index the loaded articles from the terms
   analyzed in step 2, each run of shards into an index of its own (merged by more tasks when there
   are many), and the writer adds their segments to the archive's index.

The job is named by its inputs (paths, sizes, modification times) and settings, so running the same
command again after a kill resumes it: shards prepared before are reused, shards loaded before are
not loaded again (the report then covers what this run loaded). The staging folder is removed when
the job is complete (unless ``keep_staging``: ``bench/scale.py`` loads the same prepared shards again
into a fresh archive, to time the writer alone). The archive built equals the one ``--engine local``
builds from the same input.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..engines import Engine
from ..ingest import Tally, loss_warnings
from ..models import IngestProgress, IngestReport
from ..read import FieldNames, expand_paths
from ..stages import StageTimer
from .load import Loader, job_key
from .resolve import resolve
from .segments import build as build_segment
from .segments import merge as merge_segments
from .segments import plan_merge, plan_segments
from .shards import PrepareConfig, ShardResult, plan, prepare_shard

if TYPE_CHECKING:
    from ..archive import Archive

STAGING = "staging"  # beside the index, in the archive folder


def job_name(files: list[str], config: PrepareConfig, key: str) -> str:
    """A name for this input and these settings: the same command names the same job."""
    h = hashlib.sha1()
    for path in files:
        try:
            st = os.stat(path)
            h.update(f"{os.path.abspath(path)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "backslashreplace"))
        except OSError:
            h.update(f"{path}\0missing\n".encode("utf-8", "backslashreplace"))
    h.update(json.dumps(asdict(config), sort_keys=True, default=list).encode())
    h.update(key.encode())
    return h.hexdigest()[:16]


def bulk_ingest(archive: Archive, paths: Iterable[str], engine: Engine, fields: FieldNames, *,
                staging: str | Path | None = None, progress: Callable[[IngestProgress], None] | None = None,
                timer: StageTimer | None = None, keep_staging: bool = False) -> IngestReport:
    """Ingest ``paths`` through prepared shards on ``engine`` (see the module docstring).

    The timer's "load (wall)" is the whole load phase, the index tasks included; "load: writer (wall)"
    and "load (CPU)" are the one writer's own (the load phase without the index tasks' wall)."""
    timer = timer if timer is not None else StageTimer()
    settings = archive.settings
    files, missing = expand_paths(list(paths))
    config = PrepareConfig(passage_words=settings.passage_words, max_chars=settings.max_record_mb * 1_000_000,
                           fields=fields, max_bytes=settings.max_file_mb * 1_000_000,
                           max_record_bytes=settings.max_record_mb * 1_000_000,
                           shard_bytes=int(settings.shard_mb * 1_000_000))
    key = archive.index.key()
    job = job_name(files, config, key)
    folder = Path(staging) / job if staging is not None else archive.path / STAGING / job
    folder.mkdir(parents=True, exist_ok=True)
    store = archive.store
    store.restore_indexes()  # left out by a load killed before its end: the duplicate lookups need them
    loaded = int(store.get_meta(job_key(job)) or 0)

    with timer.stage("plan (and stage big files)"):
        specs = plan(files, missing, config, folder)
    t0 = time.perf_counter()
    results: list[ShardResult] = engine.map(partial(prepare_shard, config=config, staging=str(folder)), specs[loaded:])
    timer.add("prepare (wall)", time.perf_counter() - t0)
    for r in results:
        if not r.reused:
            timer.add_all(r.seconds, r.calls)
    if progress:
        progress(IngestProgress("preparing", len(specs), len(specs), "shards"))

    decisions = resolve(store, results, settings.near_duplicate_threshold, engine.map, timer)
    report = IngestReport()
    report.run = store.start_run()
    tallies: dict[str, Tally] = {}
    t0, cpu0 = time.perf_counter(), time.process_time()
    if sum(d.article_id > 0 for shard in decisions for d in shard) > store.max_article_id():
        store.defer_indexes()  # more to load than is stored: the indexes are built once, at the end
    with archive.index.bulk_load() as index:  # the one index writer, the index first caught up
        loader = Loader(store, job, report.run, report, tallies, timer)
        loader.load_all(results, decisions, progress and (
            lambda i: progress(IngestProgress("loading", loaded + i + 1, len(specs), "shards"))))
        with timer.stage("load: build indexes"):
            store.restore_indexes()
        writer_cpu = time.process_time() - cpu0
        writer_wall = time.perf_counter() - t0
        # The terms the shard tasks analyzed are indexed by the engine's tasks when they are this index's.
        if loader.last_kept and all(r.index_key == key for r in results):
            t1 = time.perf_counter()
            segments = engine.map(build_segment, plan_segments(loader.kept, folder, engine.workers))
            timer.add("index: build segments (wall)", time.perf_counter() - t1)
            timer.add("index: build segments", sum(r.cpu_seconds for r in segments), len(segments))
            merge = plan_merge(segments, folder)
            if merge is not None:  # many segments: merged into one by an engine's task too
                t1 = time.perf_counter()
                (segments,) = engine.map(merge_segments, [merge])
                timer.add("index: merge segments (wall)", time.perf_counter() - t1)
                timer.add("index: merge segments", sum(r.cpu_seconds for r in segments), int(len(segments) == 1))
            cpu1, t2 = time.process_time(), time.perf_counter()
            with timer.stage("load: index adopt"):
                index.adopt([r.folder for r in segments], loader.last_kept)
            writer_cpu += time.process_time() - cpu1
            writer_wall += time.perf_counter() - t2
    timer.add("load (wall)", time.perf_counter() - t0)
    # The writer's own, the engine's tasks apart: its CPU is its rate on a core of its own, whatever else runs.
    timer.add("load: writer (wall)", writer_wall)
    timer.add("load (CPU)", writer_cpu)
    with timer.stage("index: catch up"):
        archive.index.sync()
    report.warnings = loss_warnings(tallies)
    with store.transaction():
        store.delete_meta(job_key(job))
    if not keep_staging:
        shutil.rmtree(folder, ignore_errors=True)
    return report
