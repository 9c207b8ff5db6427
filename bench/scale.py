"""Scale: ingest generated corpora of growing size with each engine, then search and ask at that size.

For each size (``--sizes 20k,200k,1m``) a corpus is generated once from the SaudiNewsNet sample
(bench/generate_corpus.py: JSONL, WARC with images and English pages, multi-article dumps; 10%
near-duplicates; bench/out/gen-SIZE, reused) and ingested into a fresh archive by each pass, each in
its own subprocess, back to back:

- ``local-1``  ``Archive.ingest(paths)`` with ``workers=1``: one process, record by record;
- ``local-2``  the same with ``workers=2`` (the process pool);
- ``ray-2``    ``Archive.ingest(paths, engine="ray")`` on a Ray started in the pass with 2 CPUs
               (shards, the duplicate join, one bulk writer); its wall time includes starting Ray,
               also reported alone;
- ``bulk-2``   the same bulk pipeline on the local process pool (``akhbar.engines.LocalEngine(2)``):
               what Ray's own overhead is, by difference. With ``--keep`` its prepared shards are kept
               in bench/out/shards-SIZE for ``load-2``;
- ``load-2``   only the load: the shards a ``bulk-2 --keep`` pass prepared, loaded again into a fresh
               archive (the duplicate join and the index tasks run again on the local pool, timed
               apart): the single writer's wall and CPU alone, in a few minutes. Not in the default
               passes.

Each pass reports records/s, peak memory (the sum of the resident memory of the ingesting process and
all its descendants, Ray's included, sampled every 0.5 s), the archive's size per stored article and
the time by stage from the pipeline's own :class:`akhbar.StageTimer` (worker stages summed over
workers). The bulk passes also give the single writer's load rate (articles written per second of the
load phase). Then, on the archive of the last pass: search latency (``archive.search(q, k=10)``, 300
queries from titles of the sample) and ask latency (50 questions), p50 / p95, in a fresh process.

    .venv/bin/python bench/scale.py --sizes 20k                     # back to back, writes the section
    .venv/bin/python bench/scale.py --sizes 2k --passes local-2,ray-2 --no-write    # a quick look
    .venv/bin/python bench/scale.py --sizes 200k --passes bulk-2 --keep --no-write  # shards kept, then:
    .venv/bin/python bench/scale.py --sizes 200k --passes load-2 --no-write         # the writer alone

Writes bench/results/scale.json (passes of a size not re-run stay from the last run, with their own time,
unless --fresh) and the "## Scale" section of bench/README.md (unless --no-write).
Needs ../shared/data (exits with a message when it is absent) and, for the ray and bulk passes, the
cluster extra.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import SAMPLE, load_sources, write_corpus
from readme import write_section

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
RESULTS = BENCH / "results" / "scale.json"
SECTION = "## Scale"
PASSES = ("local-1", "local-2", "ray-2", "bulk-2")  # the default; also "load-2" (see the docstring)
SIZES = {"2k": 2_000, "20k": 20_000, "200k": 200_000, "1m": 1_000_000}


def loadavg() -> float:
    return round(os.getloadavg()[0], 2)


class MemorySampler:
    """Peak of the summed resident memory of this process and all its descendants (MB)."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.5):
            parents: dict[int, int] = {}
            for entry in os.listdir("/proc"):
                if entry.isdigit():
                    try:
                        with open(f"/proc/{entry}/stat") as f:
                            parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
                    except (OSError, ValueError, IndexError):
                        pass
            tree, frontier = {me}, [me]
            while frontier:
                frontier = [p for p, parent in parents.items() if parent in frontier and p not in tree]
                tree.update(frontier)
            total = 0
            for pid in tree:
                try:
                    with open(f"/proc/{pid}/status") as f:
                        total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
                except OSError:
                    pass
            self.peak = max(self.peak, total / 1024)


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def corpus(size: str) -> Path:
    out = OUT / f"gen-{size}"
    if not (out / ".complete").exists():
        shutil.rmtree(out, ignore_errors=True)
        print(f"generating {SIZES[size]:,} articles into {out} ...", file=sys.stderr, flush=True)
        write_corpus(load_sources(), SIZES[size], out, {"jsonl", "warc", "dumps"}, per_file=1000)
        (out / ".complete").touch()
    return out


# --- one pass, in its own process -----------------------------------------------------------------

def run_pass(kind: str, inputs: Path, archive_path: Path, staging: Path | None = None) -> dict:
    from akhbar import Archive, StageTimer
    from akhbar.config import load_settings

    workers = kind.split("-")[1]
    settings = load_settings({"workers": workers})
    timer = StageTimer()
    load_before = loadavg()
    with MemorySampler() as memory, Archive.open(archive_path, settings=settings) as archive:
        t0 = time.perf_counter()
        engine: object = "local"
        start_engine = 0.0
        if kind.startswith("ray"):
            from akhbar.engines import make_engine

            engine = make_engine("ray", workers=int(workers))
            start_engine = time.perf_counter() - t0
        elif kind.startswith(("bulk", "load")):
            from akhbar.engines import LocalEngine

            engine = LocalEngine(int(workers))
        # (a load pass finds every shard prepared in ``staging``: its prepare phase only reads their metadata)
        report = archive.ingest([str(inputs)], timer=timer, engine=engine,  # type: ignore[arg-type]
                                staging=staging, keep_staging=staging is not None)
        wall = time.perf_counter() - t0
        stats = archive.stats()
        if hasattr(engine, "close"):
            engine.close()  # type: ignore[attr-defined]
    seconds = timer.seconds
    loaded = report.stored + report.duplicates
    return {
        "kind": kind, "wall_s": round(wall, 2), "engine_start_s": round(start_engine, 2),
        "records": report.records, "stored": report.stored, "duplicates": report.duplicates,
        "skipped": report.skipped_count, "skip_reasons": dict(list(report.to_dict()["skip_reasons"].items())[:6]),
        "passages": stats["passages"], "archive_mb": round(dir_mb(archive_path), 1),
        "peak_mb": round(memory.peak, 1), "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_rate": round(loaded / seconds["load (wall)"], 1) if seconds.get("load (wall)") else None,
        # per CPU second: what the writer and a shard task do on a core of their own, whatever else runs
        "load_cpu_rate": round(loaded / seconds["load (CPU)"], 1) if seconds.get("load (CPU)") else None,
        "prepare_cpu_rate": round(report.records / seconds["prepare (CPU)"], 1) if seconds.get("prepare (CPU)") else None,
        # the writer's own wall: the load phase without the index tasks (which run on the engine's workers)
        "writer_rate": round(loaded / seconds["load: writer (wall)"], 1) if seconds.get("load: writer (wall)") else None,
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "stages": {k: round(v, 2) for k, v in seconds.items()},
        "load_before": load_before, "load_after": loadavg(),
    }


def sample_titles() -> list[str]:
    """The SaudiNewsNet sample's titles of 3+ words, cut to their first six: the queries of the latency
    child here and of bench/search_profile.py."""
    import gzip

    titles = []
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as f:
        for line in f:
            title = json.loads(line).get("title") or ""
            if len(title.split()) >= 3:
                titles.append(" ".join(title.split()[:6]))
    return titles


def run_latency(archive_path: Path, n_search: int, n_ask: int) -> dict:
    from akhbar import Archive

    rng = random.Random(7)
    titles = sample_titles()
    queries = rng.sample(titles, n_search)
    questions = [f"ما تفاصيل {t}؟" for t in rng.sample(titles, n_ask)]
    out: dict = {"load_before": loadavg()}
    with Archive.open(archive_path, create=False) as archive:
        archive.search(queries[0])  # open the index, warm the analyzer
        for name, calls in (("search", [lambda q=q: archive.search(q, k=10) for q in queries]),
                            ("ask", [lambda q=q: archive.ask(q) for q in questions])):
            times = []
            for call in calls:
                t0 = time.perf_counter()
                call()
                times.append(1000 * (time.perf_counter() - t0))
            times.sort()
            out[name] = {"n": len(times), "p50_ms": round(statistics.median(times), 2),
                         "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2)}
    out["load_after"] = loadavg()
    return out


def child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- the README section ----------------------------------------------------------------------------

def section(results: dict) -> str:
    lines = [SECTION, "",
             "Generated corpora (bench/generate_corpus.py, from the SaudiNewsNet sample: JSONL, WARC with images and",
             "English pages, multi-article dumps, 10% near-duplicates), each pass in a fresh process on a fresh",
             "archive, back to back, on the shared 2-core machine (load average before → after in the table).", "",
             f"    {results['command']}", "",
             "| size | pass | records | stored | dup. | records/s | wall s | peak MB (all processes) | archive MB/1k stored"
             " | single writer, articles/s: load phase wall / writer wall / per writer CPU s | shard task, records per CPU s"
             " | load avg | when |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for size, per in results["sizes"].items():
        for kind, r in per["passes"].items():
            rate = r["records"] / r["wall_s"]
            start = f" (Ray start {r['engine_start_s']:.0f} s)" if r.get("engine_start_s") else ""
            lines.append(f"| {size} | {kind} | {r['records']:,} | {r['stored']:,} | {r['duplicates']:,} | **{rate:.0f}** |"
                         f" {r['wall_s']:.0f}{start} | {r['peak_mb']:.0f} | {1000 * r['archive_mb'] / max(1, r['stored']):.0f} |"
                         f" {r['load_rate'] or '–'} / {r.get('writer_rate') or '–'} / {r.get('load_cpu_rate') or '–'} |"
                         f" {r.get('prepare_cpu_rate') or '–'} |"
                         f" {r['load_before']} → {r['load_after']} | {r.get('when', results['when'])} |")
    lines += ["", "Search and ask latency on the archive of each size (fresh process, warm index; 300 title queries,"
              " 50 questions):", "", "| size | kept articles | search p50 / p95 ms | ask p50 / p95 ms | load avg |",
              "|---|---:|---:|---:|---|"]
    for size, per in results["sizes"].items():
        lat = per.get("latency")
        if lat:
            stored = max(r["stored"] for r in per["passes"].values())
            lines.append(f"| {size} | {stored:,} | {lat['search']['p50_ms']} / {lat['search']['p95_ms']} |"
                         f" {lat['ask']['p50_ms']} / {lat['ask']['p95_ms']} | {lat['load_before']} → {lat['load_after']} |")
    lines += ["", "Time by stage (seconds; stages in worker processes or Ray tasks are summed over them, so a pass's"
              " stages can add up to more than its wall time):", ""]
    for size, per in results["sizes"].items():
        kinds = list(per["passes"])
        names: list[str] = []
        for k in kinds:
            names += [n for n in per["passes"][k]["stages"] if n not in names]
        lines += [f"{size}:", "", "| stage | " + " | ".join(kinds) + " |", "|---|" + "---:|" * len(kinds)]
        for n in names:
            lines.append(f"| {n} | " + " | ".join(f"{per['passes'][k]['stages'].get(n, 0):.1f}" for k in kinds) + " |")
        lines.append("")
    lines += projection(results)
    lines += ["", READINGS, "", ROUND5, "", ROUND6, "", ROUND7, "", ROUND8, "", WRITER_NOTES, "",
              f"Measured {results['when']} (results in `bench/results/scale.json`).", ""]
    return "\n".join(lines)


READINGS = """Readings (issue "scale out", targets):
- The machine: 2 cores shared with five other helpers' jobs; load average 3 → 19 over these passes (column
  "load avg"), so the wall rates are mostly a measure of the contention (the same `local-2` pass gave 314
  records/s on the SaudiNewsNet sample at load ~1.4 in "Ingest throughput", 49/s here at load 8 → 16, and
  `local-1` beat `local-2`: no core was free for a second worker). The per-CPU-second columns do not
  depend on the load and are what the projection uses.
- Ray local mode with 2 CPUs within 1.3× of the local pool's time on 20k: **met** (round 3) — ray-2 344 s
  against local-2 402 s (0.86×; both at load ~16-17), and by CPU the shard tasks took 147 CPU s on Ray against
  140 on the local pool (1.05×); starting Ray took 22 s of the 344. The ray-2 row is from before the index
  moved to the tasks (below); `tests/test_engines.py` checks that Ray builds the same archive with it.
- Bulk load from prepared shards ≥ 3,000 articles/s: **met per writer CPU second, not on this machine's wall
  clock** — the single writer now does 4,002 articles per CPU second (1,128 for the round-3 code in the same
  session, back to back); wall 803/s at load 13 → 12 (180/s before at load 14 → 19): the writer shared the 2
  cores with five other jobs, and the load phase's wall now includes the index tasks (16.6 s of its 25.1). On
  a core of its own it would pass 3,000/s; that was not measured (no core was free all session). Details below.
  At 1M the writer did 2,614 per CPU second (round 5); round 7 cut its CPU per article by 0.05-0.07 ms (20k:
  4,290 → 5,380-6,160 per CPU second), which **projects** 1M to 2,980-3,760 per CPU second: not measured at
  1M, and the lower end is below 3,000 (round 7, below).
- Next bottleneck (projection above): with the writer at ~4,000/s, one writer keeps up with ~27 cores of
  preparing; past that, the load (3.5 h for 50M) and the duplicate join (3.9 s at 20k on this machine, 2.8 h
  if it grows linearly) are what is left, both run once, not per core.
- Peak memory at 20k: 436 MB in one process, 474 MB with the pool, 931 MB (round 3) and 1,206 MB (round 4:
  the index tasks hold their tantivy writer's 128 MB heap) for the bulk pipeline on the local pool, 2,480 MB
  with Ray (its own processes: GCS, raylet, a worker per CPU).
- 200k, run once at the end of round 4 on the idle machine (`--sizes 200k --passes bulk-2`, load 0.5 → 2.5,
  main ef01f20): 198,645 records → 162,832 articles stored, 38,748 duplicates, in 651 s (305 records/s end to
  end on 2 cores); peak memory 2,453 MB over all processes; the single writer 2,014 articles/s wall and 3,757
  per writer CPU second (its load phase's wall includes the index tasks, 47 s of its 100 s); search p50 / p95
  12.6 / 19.7 ms and ask p50 / p95 41.9 / 78.1 ms at 162,832 articles.
- 1M, run once in round 5 (`--sizes 1m --passes bulk-2 --keep`, main 696713f: the round-4 code, before the
  merge task below), while five helpers shared the machine (load ~12 for most
  of its 2 h 18 min, 2.5 at its end): 993,560 records → 749,788 articles stored, 258,960 duplicates, no
  out-of-memory (**peak 4,981 MB** over all processes); the single writer 1,743 articles/s on its load phase's
  wall, 2,614 per writer CPU second. Its index kept 47 segments (4,488,059 documents): search p50 / p95 **39.1 /
  64.4 ms** wall right after the run (load 2.5), and on the idle machine later `bench/search_profile.py` gave
  49.6 CPU ms per search (rank_articles 30.7, facets 16.6, best_passages 4.3, hits 2.0). So the 1M target
  "search p50 ≤ 20 ms" is **not met** by that archive. Its per-CPU-second rates (prepare 138 records, writer
  2,614 articles) are below 200k's (181, 3,757): CPU seconds are not free of the contention (two cores, ~12
  runnable jobs) nor of size (the writer's SQLite indexes grow); the projection above now uses them.
- Disk: 11 MB per 1,000 stored articles (SQLite store and index together).
- The two afternoon bulk-2 passes store 17,922 articles and link 2,252 copies, the morning passes 17,968 and
  2,206: the ingest itself changed in between (other work of the day); the two afternoon passes agree."""


ROUND5 = """Round 5 (2026-12-02 evening; the machine at load 11-22 all along, so CPU time only, no latencies).
- Where search time goes (`bench/search_profile.py ARCHIVE`: CPU ms per `Archive.search(q, k=10)`, the latency
  child's 300 title queries; parts nest: rank_articles includes best_passages):

  | index | segments | documents | search | rank_articles | best_passages | facets | hits (store, highlights) |
  |---|---:|---:|---:|---:|---:|---:|---:|
  | 20k bulk archive, 17,922 articles | 2 | 100,920 | 5.09 | 2.18 | 0.96 | 0.76 | 1.96 |
  | the same articles cut into 10 task indexes | 10 | 100,920 | 7.93 | 3.87 | 1.36 | 1.52 | 2.18 |
  | those 10 merged into one | 1 | 100,920 | 6.19 | 2.64 | 1.13 | 0.93 | 2.30 |
  | synthetic: the 20k segments repeated 10 times | 20 | 1,009,200 | 18.20 | 11.48 | 5.54 | 4.49 | 1.95 |
  | those 20 merged into one | 1 | 1,009,200 | 10.70 | 5.47 | 2.03 | 2.96 | 2.02 |

  What grows is the ranking (three views, each a full scan of its terms' postings), best_passages (per
  segment: term lookups and the article-id join) and the facets (a scan of every match); the store reads and
  highlights do not. Segments cost on their own: 20 → 1 on the same documents is 1.7x less CPU (10 → 1 on the
  real 20k: 1.28x; repeated runs of one index differ by ±10% here). A million-article bulk load builds ~20.
- Built: a bulk load whose tasks built 8 or more indexes (up to 1M articles) has one more engine task merge them
  (`akhbar.bulk.segments.merge`, `akhbar.index.merge_segments`: the segments linked into a fresh index whose
  writer's commit lets tantivy's merge policy merge them), and the writer adopts the one merged segment. The
  merge keeps the results only if the documents stay in article id order: searches break ties (at a view's
  top-100 cut; same-day articles when sorted by date) by document order. A first merge did not: 1 of the 300
  queries changed on the real 20k (a tie at a view's cut), because tantivy puts the biggest segment's documents
  first. So when a merge will follow, the tasks are cut between articles (not shards: 16 MB shards make ~100
  of ~8,000 articles at 1M) each smaller than the one before (shares 1.0 → 0.6), and the merge task checks
  the order and otherwise adopts the task indexes as before. Cost: 2.8 CPU s for 17,922
  articles, 16.5 for the 1M synthetic documents (0.1-0.16 ms per article, on the engine, not the writer).
  `tests/test_engines.py` (many task indexes) checks one segment and the same hits, scores, totals, facets and
  date-sorted pages as a local ingest. Loads over 1M articles keep one segment per task (next: merge runs).
- Did not help: flattening the view queries (no nested boolean, so tantivy's block-max WAND could prune):
  18.20 → 17.91 ms, same results; a view's top 100 costs what counting its matches costs (1.37 against
  1.19 ms), so nothing is pruned for these six-word titles. Cheaper facets: counting the matches alone costs
  as much as the aggregation (4.38 against 4.12 ms on the merged synthetic index, 48k matches), so the cost
  is the scan that exact totals need. A WAL checkpoint every 100,000 pages instead of 1,000 during the load:
  writer 5.57 against 5.92 CPU s, one run each, inside the 6.07-6.47 that the same code gave; not kept.
- Still at risk: the 1M target (search p50 ≤ 20 ms). One segment takes the segment cost away, but the scans
  grow with the postings: ~5x the merged synthetic index's 8.4 ms of ranking, passages and facets at 1M, on
  this loaded machine. Next: the three view searches and the facet count in parallel threads (if tantivy-py
  releases the GIL), facets on request only in the web page's later calls, or counting on fewer views.
- The writer alone: `--passes load-2` loads the shards a `bulk-2 --keep` pass kept into a fresh archive (the
  duplicate join and the index tasks run again, timed apart). At 20k (load 12 → 16): writer wall 29.5 s =
  685 articles/s, 6.07 CPU s = 3,326 articles per CPU s; index tasks 62 s wall (12.2 CPU s); join 17 s; the
  pass 114 s. On the idle machine, for the lead:

      .venv/bin/python bench/scale.py --sizes 200k --passes bulk-2 --keep --no-write   # shards kept (~11 min)
      .venv/bin/python bench/scale.py --sizes 200k --passes load-2                     # the writer alone (minutes)
      .venv/bin/python bench/search_profile.py bench/out/scale-200k-load-2              # search CPU by part

  and the same with `--sizes 1m` (the bulk pass ~1 h): its latency row is then a merged 1M archive's
  (search_profile.py prints the segments: 1 when the merge kept the id order)."""


ROUND6 = """Round 6 (2026-12-02 night, scale7; the machine at load 5-16, so CPU time only: the wall numbers printed are not latencies).
- The 1M archive (the lead's `scale-1m-bulk-2`, 993,560 records loaded by 696713f, before round 5's merge task:
  47 segments, 4,488,059 documents), copied whole and profiled with this round's code
  (`bench/search_profile.py ARCHIVE --out FILE`, 300 title queries, CPU ms per `Archive.search(q, k=10)`):

  | index | segments | search | rank_articles | facets | best_passages | hits | view queries (6) | idf |
  |---|---:|---:|---:|---:|---:|---:|---:|---:|
  | the 1M copy as loaded | 47 | 52.36 | 30.26 | 19.14 | 4.33 | 2.62 | 0.93 | 0.61 |
  | after `akhbar reindex --merge` | 4 | 31.71 | 16.66 | 12.83 | 2.63 | 1.91 | 0.46 | 0.09 |
  | and the scans on threads | 4 | 31.12 | (the view scans and the facets count on the search's threads) | | 3.00 | 2.76 | 0.48 | 0.09 |
  | `reindex --merge` with the small segments indexed again, scans on threads | 1 | 30.04 | (on threads) | | 3.47 | 2.77 | 0.35 | 0.06 |

  The four `--out` files are byte for byte the same (hits, scores, totals, facets of the 300 queries). The
  4-segment rows are tantivy's merge alone (this round's first commit); the 1-segment row is the final code,
  run on a fresh copy of the 47-segment index.
- Built: `akhbar reindex --merge` (`Archive.merge_index`, `PassageIndex.merge`) merges an existing index's
  segments without analyzing anything again: the segments are linked into an index beside the archive's, a
  writer's commit lets tantivy's merge policy merge them, and the result is swapped in (as `reindex` swaps a
  rebuilt index; killed before, the index is as it was). The merge is tantivy's sorted merge by `aid` (index
  sorting, set in that staging index's `meta.json` only; tantivy-py has no index settings), so a merged
  segment holds its documents in article id order whatever the segments' sizes, and ties (a view's top-100
  cut, same-day articles sorted by date) fall as in an index built in one go. On the 1M copy, tantivy's merge
  alone: 71.6 CPU s (user) + 3.0 (system), peak RSS 2.2 GB, 47 → 4 segments. `tests/test_engines.py` (reindex merge):
  a bulk load left in 20+ segments becomes one, documents in id order, every page by relevance and by date
  (offsets 0-10), totals and facets as before the merge and as a local ingest; without the sorted merge the
  id-order check fails.
- One segment, not four: tantivy's merge policy merges 8 or more segments of about one size (within ~1.7x)
  and tantivy-py cannot ask for another merge, so tantivy alone left 3 small segments (61,909, 27,008 and
  14,434 documents, the last flushes of task indexes) beside the merged one, and ties across segments follow
  their order in `meta.json` (which any tantivy commit rewrites). Now `akhbar.index_merge.plan` takes the
  segments below the biggest level out when together they would join it, their documents are indexed
  again from the store into an index of their own (17,094 articles at 1M; an article a flush split keeps
  only the documents those segments held), and all are merged in one commit (added to the merge's own
  writer, that segment came after tantivy had started merging the others: 2 segments). On the 1M copy:
  153.3 CPU s (user) + 4.0 (system), peak RSS 2.5 GB, 18 min wall at load 11-16, 47 → 1 segment.
  Tests: `tests/test_engines.py` (the plan on the 1M sizes; a segment indexed again: no document twice, the
  pages and facets of a local ingest). Not compared on the 1M copy: date-sorted pages (the tests compare them).
- Search's scans in parallel: tantivy releases the GIL while it searches (a Python thread kept 61% of its
  speed during 40 facet counts), so the three view rankings and the facet count now run on a small pool of
  threads (`index.SCAN_THREADS` = 4; only tantivy calls on a searcher taken by the caller run there), the
  facets counted while the hits are ranked and read. Same CPU (31.71 → 31.12, within this machine's ±10%),
  same results; on two idle cores the wall should fall to about the longest scan plus the serial parts
  (best passages, store reads, highlights: ~5 ms). Not measured here (load 15): the lead's idle run below.
- Not done: facets or totals capped with an "about" count, and any other change to what a search returns.
- On the idle machine, for the lead (~20 min):

      .venv/bin/python bench/search_profile.py /work/scale7-1m                         # the merged 1M copy (1 segment)
      .venv/bin/python bench/scale.py --sizes 200k --passes load-2 --no-write         # the writer alone, 200k shards kept
      .venv/bin/akhbar --archive ARCHIVE reindex --merge                              # any other archive (157 CPU s at 1M)

  (search_profile.py prints the wall per query beside the CPU: on the idle machine that is the latency of
  one search after another; the latency child of `bench/scale.py` measures p50 / p95.)"""

ROUND7 = """### Round 7 (scale8)

2026-12-03 morning, the machine at load 4-14 (five helpers): CPU time only, each before / after pair run back
to back, alternated. No 200k or 1M pass this round: the `bulk-2 --keep` pass at 200k prepared 18 of ~200
shards in 20 minutes at load ~10 (about 3 h for all) and was stopped; the 1M numbers below are projections.

- **The single writer** (`akhbar.bulk.load`, `Store.bulk_insert`), on the 20k generated corpus's shards
  (19,865 records, 21 shards; 17,922 articles stored + 2,252 copies = 20,174 loaded into a fresh archive,
  the writer's CPU as a `load-2` pass reports it: `load (CPU)`):
  - no foreign key checks while the loader writes (`Store.foreign_keys_off`): it hands out every article,
    passage and sentence id itself, so each reference is to a row it wrote before; the checks cost a parent
    lookup per row (two per sentence and event). Every bulk archive the tests build now passes `PRAGMA
    foreign_key_check` (`tests/test_engines.py`, `assert_same`);
  - the 42 LSH band rows of an article go in as one JSON array the shard task wrote (column `lsh`; `INSERT
    … SELECT key, value, ? FROM json_each(?)`): on 20,000 articles' 840,000 rows 0.15 CPU s against 0.49 s
    for the 42 tuples each and their `executemany`; the 42 bucket columns are no longer read by the writer
    (the duplicate join still reads them);
  - the tags as JSON from the shard task (column `tags_json`), and the article text read from the shard as
    UTF-8 bytes and stored with `CAST(? AS TEXT)` (no Python str made only to be encoded again: ~0.2 CPU s
    less at 20k). A SQLite without the JSON functions gets the band rows from Python; shards an older akhbar
    prepared (a resumed job) still load (`tests/test_engines.py`: the same archive as a local ingest).
  The archive is the same row for row (every table, `lsh` rowids included, and the same SQLite indexes).

  | code, shards | runs | writer CPU s (each run) | median | articles per writer CPU s |
  |---|---:|---|---:|---:|
  | before: main 24bebb0, its shards | 10 | 4.36, 4.45, 4.56, 4.61, 4.64, 4.77, 5.00, 5.07, 5.35, 6.53 | 4.71 | 4,290 |
  | after: 9264a24, the same shards with the two new columns added | 6 | 3.17, 3.24, 3.25, 3.30, 4.44, 4.48 | 3.28 | **6,160** |
  | after: 9264a24, shards its task prepared afresh (main 2ac219b) | 3 | 3.68 (the `load-2` pass), 3.75, 3.90 | 3.75 | **5,380** |

  The spread is the machine's (load 5-14): the runs back to back gave 4.45 → 3.17, 4.56 → 3.24, 6.53 →
  4.44 / 3.75, 5.35 → 4.48 / 3.90. The shards prepared afresh hold main 2ac219b's ingest (another helper
  changed the event roles, `akhbar.events`, since 24bebb0: 37,235 event rows and two copies' "another day's
  bulletin" differ from the old shards'), so their archive is not the old one; the converted shards load into the old archive
  row for row. The same fresh shards' whole `bulk-2` pass: writer 5,147 per CPU second at load 10 → 15.
  Writer wall in the pairs at load 5-8: 6.8-13.3 s → 4.3-6.0 s (a wall on a shared machine, not a rate to
  quote). After, by thread CPU: Parquet read and columns to Python ~0.7 s (the reading
  thread), rows 0.45 s, SQLite inserts 0.7 s, commits and the rest ~0.4 s, the deferred indexes 0.85-1.14 s,
  of which `lsh_lookup` (847,308 rows) 0.75-0.96 s. Reproduce: `scale.py --sizes 20k --passes bulk-2 --keep
  --no-write`, then `scale.py --sizes 20k --passes load-2 --no-write` (the writer alone on the kept shards).
- **Projection to 1M, not measured**: per article the writer took 0.233 ms at 20k (before, above), 0.266 ms
  at 200k (round 4) and 0.383 ms at 1M (round 5, load ~12). This round takes 0.047 ms (fresh shards) to
  0.071 ms (converted shards) per article off at 20k; what it removed (a tuple and a binding per band row,
  the parent lookups) is per row, so the saving should not shrink with size. 1M: 0.383 − 0.047 = 0.336 ms =
  **~2,980 articles per CPU second**, or 0.383 − 0.071 = 0.312 ms = ~3,210; ~3,280-3,760 if the saving grows
  with the cost (×1.25-1.44 as at 20k). So the 1M target is at the edge, not shown. What grows with size is
  left: the deferred indexes (`lsh_lookup` sorts 42 rows per article: 42M at 1M). With 3,180/s the 50M
  projection above becomes: load 5.3 → 4.4 h; total 11.8 → 10.9 h on 32 cores, 9.5 → 8.5 h on 128, 8.9 →
  7.9 h on 512; one writer keeps up with ~23 cores of preparing (19 before).
- **Search: the facet count's scan** (`PassageIndex._matching`: every search's total and facets, the
  date-sorted pages, export pages) is now one union of every view's terms instead of a union of the three
  views' unions; the same matches. Measured on a synthetic index the size of the 1M archive's (the 20k bulk
  archive's 2 segments repeated 40 times under new segment ids and merged in id order into 1 segment:
  4,036,800 documents, 716,880 article documents; 123.6 CPU s to merge; the store stays the 20k one, so hits
  repeat articles) and on the 20k bulk archive (2 segments), 300 title queries, `bench/search_profile.py
  ARCHIVE --out FILE`:

  | index | matches per query (mean) | count scan, CPU ms (3 runs) | search, CPU ms per query (runs) | `--out` |
  |---|---:|---|---|---|
  | synthetic 4.04M documents, before | 193,206 | 6.97, 6.63, 6.64 | 15.44, 15.73, 17.19, 18.71 (median 16.46) | |
  | synthetic 4.04M documents, after | 193,206 | 4.03, 4.22, 4.05 | 13.34, 13.62, 14.76, 16.80 (median 14.19) | the same bytes |
  | 20k bulk archive, before → after | | | 4.18 → 3.34 (one run each) | the same bytes |

  Date-sorted pages (both orders, offset 5), totals without facets under a date filter and export pages
  (`matching_ids`) compared on 150 queries (20k) and 60 (synthetic): the same. Nothing changes for users.
  The real 1M archive's 30.04 CPU ms (round 6, 1 segment) × 14.19 / 16.46 projects to **~26 CPU ms**: the
  target (p50 ≤ 20 ms) is still not met in CPU; the wall on two idle cores (the count runs beside the
  ranking, round 6) was not measured.
- Tried, not kept: sentences through `json_each` (a JSON of [passage, start, end] per article): 0.27 CPU s
  for 200,000 rows against 0.22 s for tuples and `executemany`; the LSH rows of a whole shard as one JSON
  (`json_each` nested): 0.73 s against 0.15 s per article; the LSH index on (bucket, band) (SQLite's sort
  compares integers faster when the first column decides): 0.83 s against 0.75-0.96 s, and a schema change;
  `PRAGMA threads=2` for the index build: 0.81 CPU s, more wall under load; a 2 GB page cache instead of
  512 MB for the `lsh_lookup` build at 1M (below): 80.6 and 85.9 against 105.6 and 89.2 CPU s, one pair at a
  time at different loads, inside the noise; Parquet with lz4 or no
  compression: ~0.1 CPU s less reading at 20k for shards 1.5-2.7x bigger. The search's three view rankings
  flattened the same way (round 5: no gain) were not tried again.
- The `lsh_lookup` build alone, on 42 random buckets per article inserted as the loader does (a fresh
  database, 512 MB cache): 0.82 CPU s at 20k articles (0.041 ms per article), 14.8 and 16.7 s at 200k
  (0.074-0.083 ms), 89.2 and 105.6 s at 1M (0.089-0.106 ms): it more than doubles per article from 20k to
  1M, about 0.05-0.065 of the 0.154 ms per article the writer grew by between 20k and 1M (rounds 4-5).
- Next: a 200k and a 1M `load-2` pass on an idle machine to measure the projection above (the shards of a
  `bulk-2 --keep` pass; ~3 h of preparing at 200k under today's load); the deferred `lsh_lookup` build is
  now the writer's largest growing part (~90-105 CPU s of a 1M load: a third of the 3,000/s budget); an
  index SQLite sorts less (a WITHOUT ROWID `lsh` keyed by band, bucket, article, loaded in key order per
  shard) is a schema change, to measure first. For search: cache the total and facets of a query for the pages
  after the first (the web page's "more results" and a change of sort count the same matches again); the
  three view rankings are now the largest part (~10 of ~14 CPU ms on the synthetic index).
- On the idle machine (the lead, 2026-12-03 07:04-07:07, load 0.3-1.8, main decb635): `--sizes 20k --passes
  bulk-2 --keep --no-write`, then `--passes load-2` (its row in the table above): the writer alone **7,299
  articles/s wall, 7,080 per CPU s**; the whole load phase with its index tasks 3,183/s; search p50 2.82 ms.
  `bench/search_profile.py` on the kept 20k bulk archive (2 segments): 2.90 CPU ms, 2.65 ms wall per search.
  Then at 200k (07:17-07:35, load 0.1-2.3, main 5c70ac0): `--sizes 200k --passes bulk-2 --keep --no-write`
  took 532 s (198,645 records, 373/s, peak 2,499 MB; the writer alone 5,781 articles/s wall), and `--passes
  load-2` (its row above) **the writer alone 6,272 articles/s wall, 6,215 per CPU s; the load phase with its
  index tasks 3,399/s** (round 4's 200k: 2,014/s load phase, 3,757 per writer CPU s); search p50 / p95 4.86 /
  7.32 ms, ask 24.97 / 47.0 ms. `bench/search_profile.py` on the kept 200k bulk archive: 12 segments, 8.31
  CPU / 6.54 wall ms per search; after `akhbar reindex --merge` (7 s; 12 -> 5 segments, none indexed again)
  6.53 CPU / 5.21 wall ms. The 1M writer rate and 1M search are still to measure (the 1M archive is gone)."""


ROUND8 = """### Round 8 (scale9): where a search's CPU grows, the view scans without their wrapper, counts kept for the next page

2026-12-03 08:00-09:10, the machine at load 8-16 (four other helpers): CPU time only, before / after run back
to back and alternated, the `--out` files compared; no 200k or 1M build. Indexes: the 20k generated corpus's bulk
archive (`scale.py --sizes 20k --passes bulk-2 --keep --no-write`: 17,922 articles, 2 segments, 100,920
documents) and synthetic copies of it made by the new `bench/synthetic_index.py` (its segments repeated N times
under new ids, merged in id order into one segment, the store kept: 10x = 1,009,200 documents, 33 CPU s to
build; 40x = 4,036,800 documents, about the real 1M archive's 4,488,059, 141 CPU s). Before = main 103d276.

    .venv/bin/python bench/synthetic_index.py bench/out/scale-20k-bulk-2 /tmp/syn40 --times 40
    PYTHONPATH=BEFORE/src .venv/bin/python bench/search_profile.py /tmp/syn40 --out before.json   # then the tree's
    cmp before.json after.json

- **What grows** (each scan of a search alone on the 40x index, CPU ms per query, 100 title queries, load ~14):
  the three view rankings 4.49 (stem) + 4.23 (light) + 2.07 (word), the facet count 6.95 (counting alone 6.20),
  best passages ~1.2, the rest (analysis, store reads, highlights) ~3 of 21.5. A view matches 169,436 article
  documents per query (mean), the facet union 193,206. Every one of them is scored or counted: **tantivy-py's
  `search` never prunes** (its source, as far as read, always hands tantivy a `MultiCollector`, which scores every
  match, so tantivy's block-max WAND never runs; measured on the
  installed 0.27): a rare word (1,120 documents) added to a common one (173,880) costs the common word's whole
  scan again (2.16 CPU ms against 1.25 for the common word alone; with the count 2.49); three common words with
  and without the rare one, 3.71 against 3.82. So the view scans and the facet count grow with the postings of
  the query's words (7-9 ns per posting), per segment or not; the Python parts (fusion of ≤ 300 articles,
  per-hit work) do not grow.
- **Changed**: a view's union of terms is searched as it is when the search has no filter (a date, a source, a
  quoted phrase), instead of inside a boolean of one Must clause: the same union scorer, one boxed scorer less per
  match, the same scores and order (by construction: tantivy scores a one-clause boolean by its clause alone;
  checked: 300 of 300 view scans with the same scores and document addresses on each index). A view's scan, CPU
  ms per scan (300 scans, each query's two forms back to back):

  | index | documents | view scan before | after |
  |---|---:|---:|---:|
  | 20k bulk archive | 100,920 | 0.23 | 0.14 |
  | synthetic 10x | 1,009,200 | 1.08 | 0.72 |
  | synthetic 40x | 4,036,800 | 3.31 / 3.22 | 2.54 / 2.47 |

  Whole search (`bench/search_profile.py`, 300 title queries, CPU ms per query, alternated runs; the `--out`
  files byte for byte the same in every pair):

  | index | before (runs) | median | after (runs) | median |
  |---|---|---:|---|---:|
  | 20k bulk archive | 6.57, 6.52, 6.04 | 6.52 | 6.32, 5.25, 7.36 | 6.32 |
  | synthetic 10x | 9.67, 11.45, 13.09 | 11.45 | 9.92, 9.24, 10.97 | 9.92 |
  | synthetic 40x | 22.28, 22.27, 22.50, 21.59, 23.26 | 22.28 | 21.68, 21.48, 17.98, 19.59, 20.36 | 20.36 |

  The whole-search runs spread ±15% with the load (8 → 16); the per-scan pairs above are the firmer number.
  `tests/test_search.py` (views ranked without the wrapper) builds 400 generated articles and compares every
  query's hits, scores, totals and facets with the old query (the union wrapped again): the same.
- **Changed**: the totals and facets of the last 256 queries (`index.FACET_MEMORY`) are kept with the index
  state they were counted at (analyzers and watermark): the next page of a query and the same query sorted by
  date reuse the first page's count (the web page's "more results" asks `/api/search` with an offset) until a
  writer moves the watermark (the index only grows with it), so they stay exact. 150 title queries on the 40x
  index, each asked for its first page, then offset 10, then sorted newest first (`--out`-style files the same):
  first page 20.15 -> 20.62 CPU ms (unchanged), the next page **17.99 -> 11.46**, sorted by date 19.43 -> 12.71;
  again later (after / before / after): next page 10.94 / 19.92 / 12.44, sorted by date 12.07 / 21.62 / 13.74.
  On the 20k bulk archive: next page 4.97 / 5.43 / 4.38, sorted by date 3.68 / 4.12 / 3.24 (the same results).
  `tests/test_search.py`: the next page and another sort count nothing again and give the first page's total and
  facets; an ingest counts again.
- **Projection to 1M, not measured**: the real 1M archive took 30.04 CPU ms per search (round 6, one segment);
  round 7's count scan took it to ~26 (× 14.19 / 16.46); this round × 20.36 / 22.28 (40x, medians) gives
  **~24 CPU ms**, or ~23 from the view scans' saving alone (−23% of ~14 ms of view scans at 1M). From the growth
  (10x → 40x: +10.4 CPU ms per 3.03M documents after, +10.8 before), the 4.49M-document archive is ~22 CPU ms on
  the 20k vocabulary; the real 1M cost 1.25x its synthetic projection in round 6, so 22-27. In CPU the target
  (p50 ≤ 20 ms) is **not met**. On two idle cores the scans run side by side (round 6): the lead's idle runs gave
  wall / CPU 0.91 at 20k (2.65 / 2.90 ms) and 0.80 at 200k (5.21 / 6.53, merged), and p50 below the mean (200k:
  p50 4.86 against a mean of 6.54 ms); 0.80 × 24 ≈ 19 ms mean. So **the 1M target is expected at the edge on an
  idle machine (~19 ms mean, p50 below it), not shown**; a loaded machine will not meet it.
- Tried, not kept: the facet count's union searched without its wrapper too (aggregation 7.33-7.93 against
  7.55-8.62 CPU ms on the 40x index, within the noise, the same counts); term queries that read no positions on
  the stem view (`index_option="freq"`: 3.08 against 3.21 CPU ms per scan, 4%, within the noise). Not tried:
  MaxScore from Python (a must-match union of the rare words plus every word, so the common words are only
  seeked): tantivy's union refills 4,096-document windows on each seek, which costs a full scan once the rare
  words touch most windows (~1,100 windows at 1M), and the union's float sum order changes with how it is
  advanced, so scores could differ in the last bit (a tie at a view's top-100 cut could then flip).
- Next: **a search that prunes** — tantivy's `TopDocs` alone (block-max WAND) instead of tantivy-py's
  `MultiCollector`: the view rankings (~60% of the scans) would then skip most common-word postings; it needs a
  tantivy-py change (upstream, or a small extension of our own). The facet count stays a full scan while totals
  and facets are exact (the pages after the first now reuse it); on two idle cores it could be split into two
  article-id halves on two threads (wall only).
  The writer's growing `lsh_lookup` build (round 7) was not touched this round."""

WRITER_NOTES = """The single writer, round 4 (2026-12-02 afternoon): the index is built by the engine's tasks.
- Where tantivy's time goes (`bench/index_write.py`: the index terms of 20,000 generated articles, 92,606
  passages, indexed into fresh indexes, one change at a time against the round-3 schema; CPU s of the process,
  tantivy's threads included, one round at load ~15, so ±10%):

  | variant | CPU s | articles per CPU s | MB on disk |
  |---|---:|---:|---:|
  | round-3 schema (what akhbar builds) | 12.91 | 1,549 | 50 |
  | no stored ids | 11.47 | 1,744 | 50 |
  | pid not indexed | 11.03 | 1,814 | 50 |
  | no day/source on passage documents | 11.93 | 1,676 | 50 |
  | no positions on body | 12.84 | 1,558 | 46 |
  | no positions on stem | 14.16 | 1,412 | 43 |
  | article documents only (3 views) | 8.45 | 2,367 | 31 |
  | passage documents only | 2.76 | 7,257 | 15 |

  Two thirds of it is the three article views, each the whole text under another analyzer (the retrieval
  fusion needs them: "Retrieval quality"); positions cost nothing measurable; the stored and indexed ids and
  the passages' filter fields are 8-15% each. So no schema change would bring one writer that indexes to
  3,000/s (it would also force every archive to re-index). Merging segments built elsewhere is no way out
  either: adopting 20 segments of 250 articles and letting tantivy merge them cost 1.54 CPU s for 5,000
  articles, 60% of indexing them (2.5 CPU s).
- What changed: once the writer has stored every shard of the job (and so handed out every passage id), the
  engine's tasks index the loaded articles from the terms the shard tasks analyzed, each a run of
  consecutive shards (≥ one task per worker, ≤ 50,000 articles each) into an index of its own
  (`akhbar.bulk.segments`, `akhbar.index.build_segment`); the writer then adopts their segments
  (`PassageIndex.adopt`): tantivy-py 0.27 cannot add another index's segments, but the directory format is
  simple — the segment files are listed in `.managed.json` (so tantivy's garbage collection may delete them),
  linked (copied across file systems), and listed in `meta.json`, both JSON files replaced whole (rename);
  the new `meta.json` is the commit, the watermark moves after it. Killed before, the files are garbage for
  tantivy; killed after it and before the watermark, the next catch-up deletes the articles past the
  watermark and indexes them from the store. `tests/test_engines.py` kills the load at three points (two
  shards stored; every shard stored and the segments built; the segments adopted) and checks that the same
  command run again gives the archive, search results and index document count of a local ingest. The
  writer also no longer decodes the term columns of the shards.
- Measured: `scale.py --sizes 20k --passes bulk-2 --no-write --fresh` three times back to back, with the
  round-3 code (main 096785d; load 14 → 19), with the index tasks (load 19 → 16), and with the writer no longer
  decoding the term columns too (load 13 → 12): writer CPU 17.9 → 6.05 → 5.04 s = **1,128 → 3,336 → 4,002
  articles per CPU s**; load phase wall 112 → 30.5 → 25.1 s (180 → 662 → 803 articles/s), of which 18 and
  16.6 s were the two index tasks (12.3 and 10.2 CPU s, on the engine: 0.5 ms per article, against 7 ms per
  record to prepare). The SQLite part is now the writer: rows 2.2 s, SQLite writes 3.7 s, the deferred
  indexes 2.0 s (wall, last pass).
- The index then holds one segment per task (2 here; 1,000 for 50M articles at 50,000 per task) until a later
  writer's merges: searches read every segment, so a 50M bulk archive should be merged once (`akhbar reindex`
  rebuilds it whole) or built with fewer, bigger tasks.

Round 3 (the rows by column, the secondary indexes deferred to the end of the load, one tantivy thread):
868 → 1,025 articles per writer CPU s on the same shards; the loading thread 9.2 → 5.2 CPU s."""


PREPARE_STAGES = ("read", "extract", "fingerprint (MinHash)", "language", "segment", "dates (find_dates)",
                  "index: analysis", "write shard (Parquet)")
TARGET = 50_000_000


def projection(results: dict) -> list[str]:
    """50M articles on a cluster, from the largest size's bulk pass: the per-core prepare rate and the
    single writer's load rate, both per CPU second (on a cluster each has its cores to itself; on this
    shared machine the wall rates mostly measure the other jobs)."""
    size, per = list(results["sizes"].items())[-1]
    bulks = [r for k, r in per["passes"].items() if k in ("ray-2", "bulk-2") and r.get("load_rate")]
    if not bulks:
        return []
    bulk = max(bulks, key=lambda r: r.get("when", ""))  # the latest code's
    per_core = bulk.get("prepare_cpu_rate") or bulk["records"] / sum(bulk["stages"].get(k, 0.0) for k in PREPARE_STAGES)
    # the index, built (and merged) by the engine's tasks too
    build_s = bulk["stages"].get("index: build segments", 0.0) + bulk["stages"].get("index: merge segments", 0.0)
    if build_s:
        per_core = bulk["records"] / (bulk["records"] / per_core + build_s)
    load = bulk.get("load_cpu_rate") or bulk["load_rate"]
    join_s = sum(v for k, v in bulk["stages"].items() if k.startswith("dedup:"))
    join_50m = join_s * TARGET / bulk["records"]
    cores = load / per_core
    out = ["", f"Projection for {TARGET / 1e6:.0f}M articles (from the {size} `{bulk['kind']}` pass): the engine's tasks"
           f" prepare {per_core:.0f} records per CPU second (read, extract, clean, segment, dates, MinHash, index terms"
           f"{', and the index built from them' if build_s else ''}),"
           f" the single writer loads {load:,.0f} articles per CPU second, the duplicate join took {join_s:.1f} s"
           f" ({join_50m / 3600:.1f} h scaled linearly to {TARGET / 1e6:.0f}M).", "",
           "| cores | prepare | join | load (one writer) | total (phases run one after another) |",
           "|---:|---:|---:|---:|---:|"]
    for c in (2, 32, 128, 512):
        prep = TARGET / (per_core * c)
        out.append(f"| {c} | {prep / 3600:.1f} h | {join_50m / 3600:.1f} h | {TARGET / load / 3600:.1f} h |"
                   f" {(prep + join_50m + TARGET / load) / 3600:.1f} h |")
    out += ["", f"Past ~{cores:.0f} cores the preparing is faster than one writer can load: the writer is the next"
            " bottleneck (and the load only starts once every shard is prepared)."]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="20k", help=f"comma-separated, of {', '.join(SIZES)}")
    p.add_argument("--passes", default=",".join(PASSES), help=f"comma-separated, of {', '.join(PASSES)}")
    p.add_argument("--queries", type=int, default=300)
    p.add_argument("--questions", type=int, default=50)
    p.add_argument("--keep", action="store_true", help="keep the archives under bench/out/scale-*, and the shards"
                   " of a bulk pass under bench/out/shards-SIZE (for a load pass)")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--fresh", action="store_true", help="forget the passes in bench/results/scale.json")
    p.add_argument("--pass", dest="pass_", help=argparse.SUPPRESS)
    p.add_argument("--latency", help=argparse.SUPPRESS)
    p.add_argument("--input", help=argparse.SUPPRESS)
    p.add_argument("--archive", help=argparse.SUPPRESS)
    p.add_argument("--staging", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.pass_:
        print(json.dumps(run_pass(args.pass_, Path(args.input), Path(args.archive),
                                  Path(args.staging) if args.staging else None)))
        return 0
    if args.latency:
        print(json.dumps(run_latency(Path(args.latency), args.queries, args.questions)))
        return 0
    if not SAMPLE.exists():
        print(f"needs {SAMPLE} (not present): the SaudiNewsNet sample of ../shared/data", file=sys.stderr)
        return 2
    results: dict = {"command": "python bench/scale.py " + " ".join(argv if argv is not None else sys.argv[1:]),
                     "when": time.strftime("%Y-%m-%d %H:%M"), "sizes": {}}
    if RESULTS.exists() and not args.fresh:  # passes not re-run now stay, with their own time and load
        results["sizes"] = json.loads(RESULTS.read_text())["sizes"]
    for size in args.sizes.split(","):
        inputs = corpus(size)
        per: dict = results["sizes"].get(size) or {"passes": {}}
        archive = None
        for kind in args.passes.split(","):
            archive = OUT / f"scale-{size}-{kind}"
            shutil.rmtree(archive, ignore_errors=True)
            staging = OUT / f"shards-{size}"
            extra: list[str] = []
            if kind.startswith("load"):
                if not staging.is_dir():
                    print(f"{kind} loads the shards of a bulk pass: run --sizes {size} --passes bulk-2 --keep first",
                          file=sys.stderr)
                    return 2
                extra = ["--staging", str(staging)]
            elif kind.startswith("bulk") and args.keep:
                shutil.rmtree(staging, ignore_errors=True)  # prepared afresh: the pass times the preparing too
                extra = ["--staging", str(staging)]
            print(f"{size} {kind} ...", file=sys.stderr, flush=True)
            r = per["passes"][kind] = child("--pass", kind, "--input", str(inputs), "--archive", str(archive), *extra)
            print(f"  {r['records']:,} records in {r['wall_s']} s = {r['records'] / r['wall_s']:.0f}/s, peak {r['peak_mb']} MB,"
                  f" load {r['load_before']} → {r['load_after']}; load rate {r['load_rate']}, the writer alone"
                  f" {r.get('writer_rate')} wall / {r.get('load_cpu_rate')} per CPU s", file=sys.stderr, flush=True)
            if kind != args.passes.split(",")[-1] and not args.keep:
                shutil.rmtree(archive, ignore_errors=True)
        if archive is not None:
            per["latency"] = {**child("--latency", str(archive), "--queries", str(args.queries),
                                      "--questions", str(args.questions)), "when": time.strftime("%Y-%m-%d %H:%M")}
            print(f"  latency {per['latency']}", file=sys.stderr)
            if not args.keep:
                shutil.rmtree(archive, ignore_errors=True)
        results["sizes"][size] = per
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        if not args.no_write:
            RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    if not args.no_write:
        write_section(SECTION, section(results))
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
