"""Search speed at ~61k and ~1M passages: akhbar vs a raw tantivy query vs bm25s, side by side.

Archives (built once, kept under bench/out/ which is gitignored, reused with --reuse):
  61k   bench/pool.py's pool (every XQuAD-ar / ARCD paragraph + the 20,000 SaudiNewsNet articles,
        body text only), put in an archive with ``Archive.add_articles`` as bench/retrieval.py does:
        bench/out/speed-61k. akhbar segments the articles its own way, so its passage count is
        whatever its segmenter makes of the pool (reported).
  1m    synthetic news: articles made of random sentences drawn from the 20,000 SaudiNewsNet
        articles (each article takes the sentence count, title, date and source of a random real
        article; sentences grouped 1-3 per paragraph), enough of them for ~1M passages:
        bench/out/speed-1m. Seeded, so a rebuild gives the same archive.

Systems, on the same 1,000 queries (XQuAD-ar + ARCD questions, seeded sample):
  akhbar          ``archive.search(q, k=10, facets=False)``: the product path without facets (analysis,
                  tantivy, one best passage per article, passages and articles fetched from SQLite,
                  highlights, the total count).
  akhbar-facets   ``archive.search(q, k=10)``: what `akhbar search` and /api/search run: the same plus
                  the counts per source and per year of every match.
  akhbar-cands    ``archive.retriever.candidates(q, 10)``: the same without fetching/highlighting.
  tantivy-raw     the same analyzed terms as a boolean of SHOULD term queries on "body", on the
                  archive's own tantivy index, ``searcher.search(query, 80, count=False)`` (80 =
                  what akhbar asks tantivy for at k=10); analysis not timed, searcher opened once.
  bm25s           bm25s (method "lucene", k1=1.2 b=0.75 like tantivy) over every passage's
                  ``get_analyzer().terms``, top 80 passages; analysis not timed.

Every build and every measurement runs in its own subprocess, so peak memory (ru_maxrss) is that
step's alone. The load average is recorded with each result (shared 2-core machine).

    .venv/bin/python bench/search_speed.py --build-only --sizes 1m      # the long build (background it)
    .venv/bin/python bench/search_speed.py --reuse                      # both sizes, writes results
    .venv/bin/python bench/search_speed.py --reuse --sizes 61k --queries 200 --no-write   # quick look

Writes bench/results/search_speed.json and the "## Search speed" section of bench/README.md
(unless --no-write). Needs ../shared/data; exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from akhbar.index import FUSION_DEPTH
from pool import NEWS, OUT, load_pool, missing_data, split_sentences
from readme import README, write_section

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results" / "search_speed.json"
SECTION = "## Search speed"
SIZES = ("61k", "1m")
LARGE_PASSAGES = 1_000_000
SEED = 20241208
TANTIVY_LIMIT = 80  # akhbar asks tantivy for k * 8 passages; k = 10


def archive_dir(size: str) -> Path:
    return OUT / f"speed-{size}"


def build_info_path(size: str) -> Path:
    return archive_dir(size) / "bench-build.json"


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux: KiB


def rss_mb() -> float:
    return round(int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6, 1)


def dir_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


# --- building the archives ---------------------------------------------------------------------

def pool_drafts() -> Iterator:
    from akhbar.models import ArticleDraft

    pool = load_pool()
    # Same metadata for every article, as in bench/retrieval.py.
    for text in pool.article_texts:
        yield ArticleDraft(text=text, title="", source="bench-pool", published=None)


def news_records() -> list[dict]:
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def synthetic_drafts(n_articles: int, seed: int = SEED) -> Iterator:
    """Articles of random real sentences, shaped like real ones (length, paragraphs, metadata)."""
    from akhbar.models import ArticleDraft

    rng = random.Random(seed)
    sentences: list[str] = []
    shapes: list[tuple[int, str, str | None, str | None]] = []  # sentence count, title, date, source
    for rec in news_records():
        found = [s for s in split_sentences(rec.get("content") or "") if len(s.split()) >= 3]
        if found:
            sentences.extend(found)
            shapes.append((len(found), rec.get("title") or "", (rec.get("date_extracted") or "")[:10] or None,
                           rec.get("source")))
    for _ in range(n_articles):
        count, title, published, source = rng.choice(shapes)
        picked = [rng.choice(sentences) for _ in range(count)]
        paragraphs, i = [], 0
        while i < len(picked):
            step = rng.randint(1, 3)
            paragraphs.append(" ".join(picked[i:i + step]))
            i += step
        yield ArticleDraft(text="\n".join(paragraphs), title=title, source=source, published=published)


def _counted(items: Iterator, every: int, marks: dict) -> Iterator:
    """Pass items through, printing progress and noting when the last one was handed over."""
    t0 = time.perf_counter()
    n = 0
    for n, item in enumerate(items, 1):
        if n % every == 0:
            el = time.perf_counter() - t0
            print(f"  {n:,} articles in {el:,.0f} s ({n / el:,.0f}/s) load {loadavg()}", file=sys.stderr, flush=True)
        yield item
    marks["drafts"] = n
    marks["store_s"] = time.perf_counter() - t0


def already_added(where: Path) -> int:
    """Drafts an interrupted build committed (each one has an ingest-log row)."""
    import sqlite3

    db = sqlite3.connect(str(where / "archive.db"))
    try:
        return int(db.execute("SELECT COUNT(*) FROM ingest_log").fetchone()[0])
    finally:
        db.close()


def build(size: str, n_articles: int | None, resume: bool = False) -> dict:
    """Build one archive (in this process) and write its bench-build.json. With ``resume``, an
    interrupted build is continued: the seeded drafts it already committed are skipped."""
    from akhbar import Archive

    where = archive_dir(size)
    skip = already_added(where) if resume and (where / "archive.db").exists() else 0
    if where.exists() and not skip:
        shutil.rmtree(where)
    load_before = loadavg()
    t0 = time.perf_counter()
    if size == "61k":
        drafts = pool_drafts()
    else:
        # ~4.3 passages per synthetic article at akhbar's default passage size (measured on 2,000).
        n_articles = n_articles or 230_000
        drafts = synthetic_drafts(n_articles)
    if skip:
        print(f"  resuming after {skip:,} drafts already stored", file=sys.stderr, flush=True)
        drafts = itertools.islice(drafts, skip, None)
    marks: dict = {}
    archive = Archive.open(where)
    report = archive.add_articles(_counted(drafts, 10_000, marks), origin=f"speed-{size}")
    total = time.perf_counter() - t0
    stats = archive.stats()
    archive.close()
    info = {
        "size": size, "articles_in": marks.get("drafts"), "resumed_after": skip, "stored": report.stored,
        "duplicates": report.duplicates,
        "passages": stats["passages"], "build_s": round(total, 1),
        "store_s": round(marks.get("store_s", 0.0), 1),
        "index_s": round(total - marks.get("store_s", 0.0), 1),  # after the last draft: final commit + index sync
        "db_mb": dir_mb(where) - dir_mb(where / "index"), "index_mb": dir_mb(where / "index"),
        "peak_rss_mb": peak_rss_mb(), "load_before": load_before, "load_after": loadavg(),
        "when": time.strftime("%Y-%m-%d %H:%M"),
    }
    info["db_mb"] = round(info["db_mb"], 1)
    build_info_path(size).write_text(json.dumps(info, indent=2))
    return info


# --- measuring ---------------------------------------------------------------------------------

def questions(n: int) -> list[str]:
    pool = load_pool()
    rng = random.Random(7)
    qs = [q.question for q in pool.questions]
    return rng.sample(qs, n) if n <= len(qs) else [rng.choice(qs) for _ in range(n)]


def summarize(times_ms: list[float]) -> dict:
    t = sorted(times_ms)
    return {"p50_ms": round(statistics.median(t), 3), "p95_ms": round(t[int(0.95 * (len(t) - 1))], 3),
            "mean_ms": round(statistics.fmean(t), 3)}


def timed(fn, items: list) -> list[float]:
    out = []
    for item in items:
        t0 = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def reindex(size: str) -> dict:
    """Rebuild the index of an existing archive from its store with today's code (``Archive.reindex``)."""
    from akhbar import Archive

    where = archive_dir(size)
    load_before = loadavg()
    archive = Archive.open(where, create=False)
    t0 = time.perf_counter()
    added = archive.reindex()
    seconds = time.perf_counter() - t0
    archive.close()
    info = {"size": size, "reindex_s": round(seconds, 1), "indexed": added, "index_mb": dir_mb(where / "index"),
            "peak_rss_mb": peak_rss_mb(), "load_before": load_before, "load_after": loadavg(),
            "when": time.strftime("%Y-%m-%d %H:%M")}
    (where / "bench-reindex.json").write_text(json.dumps(info, indent=2))
    return info


def passage_texts(archive) -> Iterator[str]:
    """Every indexed passage's text, read with plain SQL on the store's documented schema."""
    yield from (row[0] for row in archive.store.db.execute(
        "SELECT substr(a.text, p.start + 1, p.end - p.start) FROM passages p JOIN articles a ON a.id = p.article_id"
        " WHERE a.duplicate_of IS NULL ORDER BY p.id"))


def measure(size: str, n_queries: int, with_bm25s: bool) -> dict:
    """Latency of every system on one archive (run in a fresh process)."""
    import tantivy

    from akhbar import Archive

    queries = questions(n_queries)
    rss_start = rss_mb()
    t0 = time.perf_counter()
    archive = Archive.open(archive_dir(size), create=False)
    caught_up = archive.index.sync()  # > 0 when the index was stale (e.g. another index format): rebuilt here
    sync_s = time.perf_counter() - t0
    archive.search(queries[0], k=10)  # first search: opens the searcher, warms caches (facets too)
    rss_open = rss_mb()
    analyzer = archive.analyzer
    for q in queries[:50]:  # warm the OS cache and the analyzers' word caches alike for everyone
        archive.search(q, k=10)

    index = archive.index.index
    schema = archive.index.schema
    searcher = index.searcher()
    body_terms = [list(dict.fromkeys(analyzer.terms(q))) for q in queries]

    def should(field: str, ts: list[str]):
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, field, t)) for t in ts])

    def raw_body(ts: list[str]):
        if ts:
            searcher.search(should("body", ts), TANTIVY_LIMIT, count=False)

    out: dict = {"size": size, "queries": len(queries), "tantivy_docs": searcher.num_docs,
                 "articles": archive.stats()["articles"], "passages": archive.stats()["passages"],
                 "index_sync_on_open_s": round(sync_s, 1),
                 "index_caught_up": caught_up, "rss_start_mb": rss_start, "rss_archive_open_mb": rss_open,
                 "load_before": loadavg(), "systems": {}}
    rounds = {
        "akhbar": lambda q: archive.search(q, k=10, facets=False),
        "akhbar-facets": lambda q: archive.search(q, k=10),
        "akhbar-cands": lambda q: archive.retriever.candidates(q, 10),
        "analysis": analyzer.terms,
    }
    for name, fn in rounds.items():
        out["systems"][name] = summarize(timed(fn, queries))
    # The same queries again: the analyzers' word caches now hold the words of every passage akhbar
    # re-analyzes for passage choice and highlights (a long-running server gets there; a CLI call does not).
    out["systems"]["akhbar-repeat"] = summarize(timed(rounds["akhbar"], queries))
    out["systems"]["tantivy-raw-body"] = summarize(timed(raw_body, body_terms))

    # akhbar ranks articles with one query per analyzed view, each taking its top FUSION_DEPTH articles:
    # the same tantivy work, without analysis, fusion, the coverage/passage query or SQLite.
    views = getattr(archive.index, "views", None)
    if views:
        view_terms = [{v: list(dict.fromkeys(a.terms(q))) for v, a in views.items()} for q in queries]

        def raw_views(per_view: dict[str, list[str]]):
            for view, ts in per_view.items():
                if ts:
                    searcher.search(should(view, ts), FUSION_DEPTH, count=False)

        out["systems"]["tantivy-raw-views"] = summarize(timed(raw_views, view_terms))
    counts = [searcher.search(should("body", ts), 1, count=True).count for ts in body_terms[:200] if ts]
    out["matching_passages_per_query_p50"] = int(statistics.median(counts)) if counts else 0
    out["load_after_tantivy"] = loadavg()
    if with_bm25s:
        out["bm25s"] = measure_bm25s(archive, analyzer, body_terms)
        out["systems"]["bm25s"] = out["bm25s"].pop("latency")
    out["peak_rss_mb"] = peak_rss_mb()
    out["load_after"] = loadavg()
    archive.close()
    return out


def measure_bm25s(archive, analyzer, terms: list[list[str]]) -> dict:
    import bm25s
    import numpy as np

    rss0 = rss_mb()
    t0 = time.perf_counter()
    corpus = [analyzer.terms(text) for text in passage_texts(archive)]
    t1 = time.perf_counter()
    model = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
    model.index(corpus, show_progress=False)
    t2 = time.perf_counter()
    del corpus
    rss1 = rss_mb()

    def search(ts: list[str]):
        ids = model.get_tokens_ids(ts)
        if not ids:
            return
        scores = model.get_scores(ids)
        top = np.argpartition(-scores, TANTIVY_LIMIT)[:TANTIVY_LIMIT]
        top[np.argsort(-scores[top])]

    return {"analyze_s": round(t1 - t0, 1), "index_s": round(t2 - t1, 1), "rss_added_mb": round(rss1 - rss0),
            "latency": summarize(timed(search, terms))}


# --- reporting ---------------------------------------------------------------------------------

SYSTEM_ROWS = (
    ("akhbar", "akhbar `archive.search(q, k=10, facets=False)` (full path, total, no facets)"),
    ("akhbar-facets", "akhbar `archive.search(q, k=10)` (what the CLI and API run: + facets)"),
    ("akhbar-repeat", "akhbar, same queries again (warm word caches)"),
    ("akhbar-cands", "akhbar `retriever.candidates(q, 10)` (no hit building)"),
    ("tantivy-raw-views", f"raw tantivy: akhbar's per-view article queries, top {FUSION_DEPTH} each (no analysis)"),
    ("tantivy-raw-body", "raw tantivy: SHOULD term queries on passage `body`, top 80 (no analysis)"),
    ("bm25s", "bm25s on the same passage terms, top 80 (no analysis)"),
    ("analysis", "query analysis alone (`Analyzer.terms`)"),
)


def readme_section(report: dict) -> str:
    lines = [SECTION, "",
             "Search latency over 1,000 XQuAD-ar + ARCD questions (seeded sample), one warm process per archive,"
             " on the shared 2-core machine (load average noted: other jobs run). Systems on the same archive and"
             " index; \"no analysis\" rows get the terms already analyzed.", "",
             "    .venv/bin/python bench/search_speed.py --build-only --sizes 1m   # once: the ~1M-passage archive",
             "    .venv/bin/python bench/search_speed.py --reuse --reindex          # reuse bench/out/speed-*, time a reindex",
             ""]
    sizes = report["sizes"]
    head = "| system | " + " | ".join(f"{s} p50 / p95 ms" for s in sizes) + " |"
    lines += [head, "|---|" + "---:|" * len(sizes)]
    for key, label in SYSTEM_ROWS:
        cells = []
        for entry in sizes.values():
            m = entry.get("search", {}).get("systems", {}).get(key)
            cells.append(f"{m['p50_ms']:.2f} / {m['p95_ms']:.2f}" if m else "–")
        if any(c != "–" for c in cells):
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    ratio_cells = []
    for entry in sizes.values():
        sy = entry.get("search", {}).get("systems", {})
        parts = []
        for raw in ("tantivy-raw-views", "tantivy-raw-body"):
            if "akhbar" in sy and raw in sy:
                parts.append(f"{sy['akhbar']['p50_ms'] / sy[raw]['p50_ms']:.1f}× {raw.split('-')[-1]}")
        ratio_cells.append(", ".join(parts) or "–")
    lines.append("| akhbar p50 ÷ raw tantivy p50 | " + " | ".join(ratio_cells) + " |")
    lines += ["", "| archive | " + " | ".join(sizes) + " |", "|---|" + "---:|" * len(sizes)]

    def row(label: str, fn) -> None:
        cells = []
        for entry in sizes.values():
            try:
                cells.append(fn(entry))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("–")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    row("articles stored (not duplicates)", lambda e: f"{e['search']['articles']:,}")
    row("passages", lambda e: f"{e['search']['passages']:,}")
    row("tantivy documents (articles + passages)", lambda e: f"{e['search']['tantivy_docs']:,}")
    row("store build, add_articles (s)", lambda e: f"{e['build']['store_s']:,.0f}" + (
        " (resumed: last part only)" if e['build'].get('resumed_after') else ""))
    row("index build (s): end of the build / `reindex()`", lambda e: f"{e['build']['index_s']:,.0f} / " + (
        f"{e['reindex']['reindex_s']:,.0f}" if "reindex" in e else "–"))
    row("index on disk (MB)", lambda e: f"{e['reindex']['index_mb']:,.0f}" if 'reindex' in e else f"{e['build']['index_mb']:,.0f}")
    row("SQLite store on disk (MB)", lambda e: f"{e['build']['db_mb']:,.0f}")
    row("RSS after open + first search (MB)", lambda e: f"{e['search']['rss_archive_open_mb']:,.0f}")
    row("peak RSS: build / reindex / search + bm25s (MB)", lambda e: " / ".join(
        f"{x:,.0f}" if x is not None else "–" for x in (
            e['build']['peak_rss_mb'], e.get('reindex', {}).get('peak_rss_mb'), e['search']['peak_rss_mb'])))
    row("bm25s: analysis / index build (s), RSS added (MB)", lambda e: "{} / {}, {}".format(
        e['search']['bm25s']['analyze_s'], e['search']['bm25s']['index_s'], e['search']['bm25s']['rss_added_mb']))
    row("matching passages per query (p50)", lambda e: f"{e['search']['matching_passages_per_query_p50']:,}")
    row("load average (1 min) during search", lambda e: f"{e['search']['load_before'][0]} → {e['search']['load_after'][0]}")
    lines += ["", NOTES, "", f"Measured {report['when']} (results in `bench/results/search_speed.json`).", ""]
    return "\n".join(lines)


NOTES = """Readings (2026-12-01):
- Since the 2026-11-22 run: each result article's passage is chosen by one tantivy query (constant-score
  IDF clauses over the result articles: the same choice as the former Python re-analysis, 4,975 of 4,975
  articles on 500 questions) and highlights come from `Analyzer.find_terms` instead of `Token` objects.
  Retrieval then became deeper: each view returns its top 100 articles (was 10) and the fused top 30 are
  reranked by the share of the query's IDF their best passage holds (bench README "Retrieval quality"),
  so the raw-views row now asks for top 100 too.
- At 61k tantivy is a small part: `candidates` (analysis by three analyzers, four tantivy queries,
  fusion) takes ~1.7 ms; the rest of the full path is SQLite fetches and highlights, whose cost is
  mostly words the process has not analyzed yet (Snowball on a cold cache: the warm row is ~0.8 ms
  faster). That Python floor (~1.5–3 ms whatever the archive size) is why the ≤ 1.5× overhead aim
  over a raw tantivy query is out of reach at 61k; at 1M tantivy's own work dominates.
- Aims: p50 ≤ 5 ms at 61k and ≤ 20 ms at 1M are met; overhead ≤ 1.5× over the raw view queries is not
  (see the ratio row).
- Builds: 61k and 1M archives built with `add_articles` (no HTML extraction) while other jobs shared the
  2 cores. bm25s needs ~0.9 GB of RAM for the 1M passages (peak 3.2 GB while building) vs ~0.2 GB for akhbar.
- Passages: akhbar cuts the pool into 60-word passages (its default), so the "61k" pool holds ~82k
  passages here; 1,793 pool articles were merged as near-duplicates (SaudiNewsNet repeats wire stories)."""





# --- orchestration -----------------------------------------------------------------------------

def child(args: list[str]) -> dict:
    """Run this script in a subprocess for one step; its last stdout line is the JSON result."""
    proc = subprocess.run([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default=",".join(SIZES), help="61k, 1m or both")
    p.add_argument("--queries", type=int, default=1000)
    p.add_argument("--reuse", action="store_true", help="reuse archives under bench/out/ built by an earlier run")
    p.add_argument("--build-only", action="store_true")
    p.add_argument("--resume", action="store_true", help="continue an interrupted build instead of starting over")
    p.add_argument("--reindex", action="store_true",
                   help="time Archive.reindex() on each archive (index build time and size with today's code)")
    p.add_argument("--articles", type=int, default=None, help="synthetic articles for 1m (default ~1M passages)")
    p.add_argument("--no-bm25s", action="store_true")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--step", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)  # internal: child step
    args = p.parse_args(argv)
    if missing_data():
        print(f"needs ../shared/data (missing: {', '.join(map(str, missing_data()))})", file=sys.stderr)
        return 2
    if args.step:
        kind, size = args.step
        steps = {"build": lambda: build(size, args.articles, args.resume), "reindex": lambda: reindex(size),
                 "measure": lambda: measure(size, args.queries, not args.no_bm25s)}
        result = steps[kind]()
        print(json.dumps(result))
        return 0

    report: dict = {"command": "python bench/search_speed.py " + " ".join(argv or sys.argv[1:]),
                    "when": time.strftime("%Y-%m-%d %H:%M"), "sizes": {}}
    for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        if size not in SIZES:
            p.error(f"unknown size {size!r}; use {', '.join(SIZES)}")
        if args.reuse and build_info_path(size).exists():
            info = json.loads(build_info_path(size).read_text())
            print(f"{size}: reusing {archive_dir(size)} (built {info['when']})", file=sys.stderr)
        else:
            print(f"{size}: building {archive_dir(size)} ...", file=sys.stderr)
            extra = (["--articles", str(args.articles)] if args.articles else []) + (["--resume"] if args.resume else [])
            info = child(["--step", "build", size, *extra])
        print(f"{size}: build {json.dumps(info)}", file=sys.stderr)
        entry = {"build": info}
        reindexed = archive_dir(size) / "bench-reindex.json"
        if args.reindex:
            print(f"{size}: reindexing ...", file=sys.stderr)
            entry["reindex"] = child(["--step", "reindex", size])
        elif reindexed.exists() and reindexed.stat().st_mtime >= build_info_path(size).stat().st_mtime:
            entry["reindex"] = json.loads(reindexed.read_text())
        if not args.build_only:
            extra = ["--no-bm25s"] if args.no_bm25s else []
            entry["search"] = child(["--step", "measure", size, "--queries", str(args.queries), *extra])
            print(f"{size}: search {json.dumps(entry['search'])}", file=sys.stderr)
        report["sizes"][size] = entry
    if not args.build_only and not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        write_section(SECTION, readme_section(report))
        print(f"wrote {RESULTS} and the '{SECTION}' section of {README}", file=sys.stderr)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
