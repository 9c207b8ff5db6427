"""Export speed and memory: the 20,000-article SaudiNewsNet sample exported as JSONL and as CSV.

The archive is built once (``Archive.ingest`` of ../shared/data/news_saudinewsnet/articles_sample20k.jsonl.gz
into bench/out/export-20k, which is gitignored) and reused. Each export then runs in its own
subprocess through the CLI's own path (``Archive.export`` → ``akhbar.export.formatted`` → a file), so
its peak memory (ru_maxrss) is the export's alone; the resident memory is also sampled every 2,000
articles, to show that it stays flat while the rows stream.

    .venv/bin/python bench/export_speed.py            # builds the archive on first use, writes results
    .venv/bin/python bench/export_speed.py --no-write # print only

Writes bench/results/export_speed.json and the "## Export" section of bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from readme import write_section

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"
ARCHIVE = ROOT / "bench" / "out" / "export-20k"
RESULTS = ROOT / "bench" / "results" / "export_speed.json"
SECTION = "## Export"
SAMPLE_EVERY = 2000


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return round(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def measure(fmt: str) -> dict:
    """One export, in this process: time, rows, bytes, resident memory along the way and at its peak."""
    from akhbar import Archive
    from akhbar.export import formatted

    target = ARCHIVE.parent / f"export-20k.{fmt}"
    samples: list[tuple[int, float]] = []
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    with Archive.open(ARCHIVE, create=False) as archive, open(target, "w", encoding="utf-8", newline="") as out:
        rss_open = rss_mb()
        n = 0

        def rows():
            nonlocal n
            for row in archive.export():
                n += 1
                if n % SAMPLE_EVERY == 0:
                    samples.append((n, rss_mb()))
                yield row

        for chunk in formatted(rows(), fmt):
            out.write(chunk)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    return {"format": fmt, "articles": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds),
            "cpu_s": round(cpu, 2), "articles_per_cpu_s": round(n / cpu),
            "mb": round(target.stat().st_size / 2**20, 1), "rss_open_mb": rss_open, "rss_samples_mb": samples,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def build() -> dict:
    from akhbar import Archive

    t0 = time.perf_counter()
    with Archive.open(ARCHIVE) as archive:
        report = archive.ingest([str(SAMPLE)])
    return {"stored": report.stored, "duplicates": report.duplicates, "build_s": round(time.perf_counter() - t0, 1)}


def readme_section(result: dict) -> str:
    rows = "\n".join(
        f"| {r['format']} | {r['articles']:,} | {r['seconds']} | {r['articles_per_s']:,} | {r['cpu_s']} | "
        f"{r['articles_per_cpu_s']:,} | {r['mb']} | "
        f"{r['rss_open_mb']} | {min(m for _, m in r['rss_samples_mb'])}–{max(m for _, m in r['rss_samples_mb'])} | "
        f"{r['peak_rss_mb']} |" for r in result["runs"])
    jsonl = result["runs"][0]
    share = jsonl["cpu_s"] / jsonl["seconds"]
    cpu_line = (f"in this run the JSONL export had {share:.0%} of a core and made {jsonl['articles_per_s']:,} articles/s; "
                f"its {jsonl['articles_per_cpu_s']:,} articles per CPU-second mean the goal is met whenever it has "
                f"more than {5000 / jsonl['articles_per_cpu_s']:.0%} of one core.")
    return f"""{SECTION}

`akhbar export` of the 20,000-article SaudiNewsNet sample (`{result['archive_articles']:,}` articles kept,
`{result['archive_duplicates']:,}` linked duplicates), every article with its metadata and its duplicates'
links, in id order, to a file; one subprocess per format (so the peak is the export's own), a page of
500 articles read from SQLite at a time. Load average {result['load']} on the shared 2-core machine.

    .venv/bin/python bench/export_speed.py      # builds bench/out/export-20k on first use

| format | articles | seconds | articles/s | CPU s | articles/CPU s | file MB | RSS open (MB) | RSS every 2,000 (MB) | peak RSS (MB) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

Memory stays flat: the resident size sampled every 2,000 articles moves within the range shown from
the first sample to the last, whatever the number exported (the rows are written as they are read;
nothing is collected). Goal of the issue: at least 5,000 articles/s. Wall-clock seconds depend on the
machine's load (other jobs share the two cores); CPU seconds are the export's own work: {cpu_line}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", choices=("jsonl", "csv"), help=argparse.SUPPRESS)
    parser.add_argument("--build", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="print the results only")
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    if args.build:
        print(json.dumps(build()))
        return 0
    if not SAMPLE.exists():
        print(f"needs {SAMPLE} (../shared/data); not present on this machine", file=sys.stderr)
        return 1
    # The build runs in a process of its own: a process started from one that grew during the build
    # would report that growth as its own peak (Linux keeps the high-water mark across fork and exec).
    build_info = None
    if not (ARCHIVE / "archive.db").exists():
        built = subprocess.run([sys.executable, __file__, "--build"], capture_output=True, text=True, check=True)
        build_info = json.loads(built.stdout.strip().splitlines()[-1])
    from akhbar import Archive

    with Archive.open(ARCHIVE, create=False) as archive:
        stats = archive.stats()
    runs = []
    for fmt in ("jsonl", "csv"):
        done = subprocess.run([sys.executable, __file__, "--measure", fmt], capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout))
        print(runs[-1])
    result = {"archive_articles": stats["articles"], "archive_duplicates": stats["duplicates"], "build": build_info,
              "load": [round(x, 1) for x in os.getloadavg()], "runs": runs}
    if not args.no_write:
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        write_section(SECTION, readme_section(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
