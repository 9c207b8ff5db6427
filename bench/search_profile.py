"""Where a search's time goes: CPU milliseconds per ``Archive.search(q, k=10)``, split by part.

The queries are the ones ``bench/scale.py``'s latency child sends (titles of the SaudiNewsNet sample, first
six words, seed 7). Each part of the search path is timed by CPU time (this process's, tantivy's threads
included), not by the wall clock: on a shared machine the wall mostly measures the other jobs. Parts
nest (``rank_articles`` includes ``best_passages`` and ``_view_query``), so they add up to more than the
total.

    .venv/bin/python bench/search_profile.py bench/out/scale-20k-bulk-2      # an archive kept by scale.py --keep
    .venv/bin/python bench/search_profile.py ARCHIVE --out results.json     # also the hits, totals and facets

``--out`` writes every query's total, hits (article, passage, score) and facets, to check that a change
leaves the results as they were (compare two files with ``cmp``). Needs ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import SAMPLE
from scale import sample_titles

PARTS = {"index.PassageIndex": ("rank_articles", "best_passages", "facets", "start_facets", "_view_query", "idf"),
         "retrieve.Retriever": ("_hits", "query", "source_names")}


def title_queries(n: int) -> list[str]:
    """The latency child's queries (bench/scale.py, run_latency): the same seed, the same titles."""
    return random.Random(7).sample(sample_titles(), n)


def timed(cls: type, name: str, parts: dict[str, list[float]]) -> None:
    original: Callable[..., Any] = getattr(cls, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        cpu = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            part = parts.setdefault(f"{cls.__name__}.{name}", [0.0, 0])
            part[0] += time.process_time() - cpu
            part[1] += 1

    setattr(cls, name, wrapper)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("archive")
    p.add_argument("--queries", type=int, default=300)
    p.add_argument("--out", help="write each query's results here (JSON)")
    args = p.parse_args(argv)
    if not SAMPLE.exists():
        print(f"needs {SAMPLE} (not present): the SaudiNewsNet sample of ../shared/data", file=sys.stderr)
        return 2
    import importlib

    from akhbar import Archive

    parts: dict[str, list[float]] = {}
    for path, names in PARTS.items():
        module, cls = path.rsplit(".", 1)
        for name in names:
            timed(getattr(importlib.import_module(f"akhbar.{module}"), cls), name, parts)
    queries = title_queries(args.queries)
    results = []
    with Archive.open(args.archive, create=False) as archive:
        archive.search(queries[0])  # open the index, warm the analyzer
        searcher = archive.index.index.searcher()
        print(f"{args.archive}: {searcher.num_segments} segments, {searcher.num_docs:,} documents")
        parts.clear()
        load, cpu, wall = os.getloadavg()[0], time.process_time(), time.perf_counter()
        for q in queries:
            r = archive.search(q, k=10)
            results.append({"query": q, "total": r.total, "hits": [(h.article_id, h.passage_id, h.score) for h in r.hits],
                            "facets": {k: [(f.value, f.count) for f in v] for k, v in (r.facets or {}).items()}})
        total, wall = time.process_time() - cpu, time.perf_counter() - wall
    n = len(queries)
    print(f"search: {1000 * total / n:.2f} CPU ms per query ({n} queries); wall {1000 * wall / n:.2f} ms per query, "
          f"one after another, at load {load:.1f} -> {os.getloadavg()[0]:.1f} (a latency only on an idle machine)")
    print("  (the view scans and the facets run on the search's threads: in the total, not in the parts below)")
    for name, (seconds, calls) in sorted(parts.items(), key=lambda x: -x[1][0]):
        print(f"  {name:32s} {1000 * seconds / n:6.2f} CPU ms per query  ({int(calls)} calls)")
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
