"""Dense retrieval beyond the archive sizes the tests build: brute-force cosine (what akhbar does) at
100k-1M passages, and an HNSW index (faiss) at the sizes this machine builds in minutes.

    .venv/bin/python bench/vector_scale.py [--hnsw 100000,300000]   # HNSW needs faiss-cpu (the bench extra)

Vectors: random unit vectors of 384 dimensions (multilingual-e5-small's), 3 passages per article. Random
vectors are the hard case for graph indexes (no clusters to follow), so the recall below is a floor
for real embeddings; the times hold for any vectors of this size. p50 over 30 queries.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from akhbar.vectors import DenseVectors

sys.path.insert(0, str(Path(__file__).resolve().parent))
from readme import write_section

RESULTS = Path(__file__).resolve().parent / "results" / "vector_scale.json"
SECTION = "## Vector search at scale"
DIM = 384
QUERIES = 30


def unit(rng: np.random.Generator, n: int) -> np.ndarray:
    m = rng.standard_normal((n, DIM), dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def brute(n: int, rng: np.random.Generator) -> dict:
    """The product's path: one matrix-vector product, best passage per article, top 200 articles."""
    matrix = unit(rng, n)
    pids = np.arange(1, n + 1)
    dense = DenseVectors(pids, (pids - 1) // 3 + 1, matrix)
    times = []
    for q in unit(rng, QUERIES):
        t = time.perf_counter()
        sims = dense.similarities(q)
        np.argpartition(-sims, 200)[:200]
        times.append((time.perf_counter() - t) * 1000)
    return {"p50_ms": round(statistics.median(times), 1), "ram_mb": round(matrix.nbytes / 1e6),
            "disk_mb_f16": round(matrix.nbytes / 2e6)}


def hnsw(n: int, rng: np.random.Generator) -> dict:
    import faiss

    faiss.omp_set_num_threads(2)
    data = unit(rng, n)
    queries = unit(rng, QUERIES)
    index = faiss.IndexHNSWFlat(DIM, 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 80
    t = time.perf_counter()
    index.add(data)
    build = time.perf_counter() - t
    exact = np.argsort(-(queries @ data.T), axis=1)[:, :10]
    out = {"build_s": round(build, 1), "passages_per_s_build": round(n / build)}
    for ef in (64, 256):
        index.hnsw.efSearch = ef
        times, recall = [], []
        for q, truth in zip(queries, exact):
            t = time.perf_counter()
            _, found = index.search(q[None, :], 10)
            times.append((time.perf_counter() - t) * 1000)
            recall.append(len(set(found[0]) & set(truth)) / 10)
        out[f"ef{ef}"] = {"p50_ms": round(statistics.median(times), 2), "recall@10": round(float(np.mean(recall)), 3)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hnsw", default="100000", help="sizes of the HNSW indexes to build (comma-separated); "
                    "building 100k takes ~10 min on this shared 2-core machine")
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    results: dict = {"load_before": round(os.getloadavg()[0], 1), "brute": {}, "hnsw": {}}
    for n in (100_000, 300_000, 1_000_000):
        results["brute"][str(n)] = brute(n, rng)
        print("brute", n, results["brute"][str(n)], flush=True)
    try:
        import faiss  # noqa: F401
    except ImportError:
        print("faiss is not installed (pip install faiss-cpu): HNSW not measured")
    else:
        for n in (int(x) for x in args.hnsw.split(",")):
            results["hnsw"][str(n)] = hnsw(n, rng)
            print("hnsw", n, results["hnsw"][str(n)], flush=True)
    results["load_after"] = round(os.getloadavg()[0], 1)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    write_section(SECTION, section(results))


def section(r: dict) -> str:
    brute_rows = "\n".join(f"| {int(n):,} | {v['p50_ms']} | {v['ram_mb']:,} | {v['disk_mb_f16']:,} |"
                           for n, v in r["brute"].items())
    hnsw_rows = "\n".join(
        f"| {int(n):,} | {v['build_s']} s ({v['passages_per_s_build']:,}/s) | {v['ef64']['p50_ms']} / {v['ef64']['recall@10']} | "
        f"{v['ef256']['p50_ms']} / {v['ef256']['recall@10']} |" for n, v in r["hnsw"].items()) or "| (faiss not installed) | | | |"
    return f"""{SECTION}

Hybrid search scores every passage vector (brute force, `akhbar.vectors.DenseVectors`): exact, no index to
build or keep in step, float16 on disk and float32 in memory. Random unit vectors of 384 dimensions,
3 passages per article, p50 of {QUERIES} queries, this 2-core machine (load {r['load_before']} before,
{r['load_after']} after):

    .venv/bin/python bench/vector_scale.py        # --hnsw 100000,300000 for larger indexes (faiss-cpu: bench extra)

| passages | brute force ms / query | RAM MB (float32) | vectors.f16 MB |
|---:|---:|---:|---:|
{brute_rows}

Beyond about a million passages the product of every query with every vector costs too much time and RAM
for an interactive search; the library to use then is **faiss** (`IndexHNSWFlat`, inner product; or
`IndexIVFPQ` when RAM is short), kept in step with the vector file like the tantivy index is with the
store. Measured here (M = 32, efConstruction 80; recall@10 against the exact top 10; random vectors are
its worst case):

| passages | build | efSearch 64: ms / recall@10 | efSearch 256: ms / recall@10 |
|---:|---|---|---|
{hnsw_rows}

Random vectors have no neighbourhoods for the graph to follow, so this recall is a floor: real embeddings
cluster by topic and HNSW finds far more of their exact neighbours at the same settings (not measured here:
this machine holds no million real passage vectors). What the numbers do show: a query costs 1-16 ms
whatever the size, against brute force's linear growth; building costs minutes per 100k passages on two
busy cores, once, and the index must then follow every `akhbar embed` as the vector file does.
"""


if __name__ == "__main__":
    main()
