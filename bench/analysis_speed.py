"""Analysis throughput on one core: akhbar's Analyzer.terms (tokenize + normalize + stopwords +
Snowball stem, from raw text) next to raw PyStemmer ``stemWords`` on the same tokens already
split (the floor: stemming alone, no tokenizing, no folding). Target: at least half of raw
(compared with the faster of PyStemmer with and without its own word cache).

    .venv/bin/python bench/analysis_speed.py [--articles N] [--repeat R]

Reads ../shared/data/news_saudinewsnet/articles_sample20k.jsonl.gz (fields: title, content);
exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import Stemmer

from akhbar.arabic import DEFAULT_STEMMER, Analyzer, tokenize

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"


def load_texts(path: Path, limit: int) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if len(texts) >= limit:
                break
            row = json.loads(line)
            texts.append(f"{row.get('title') or ''}\n{row.get('content') or ''}")
    return texts


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"needs {DATA} (not present)", file=sys.stderr)
        return 2
    texts = load_texts(DATA, args.articles)
    tokens = [t.text for text in texts for t in tokenize(text)]
    n_tokens = len(tokens)
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars / 1e6:.1f} M chars, {n_tokens / 1e6:.2f} M tokens; best of {args.repeat}\n")

    stemmer = Stemmer.Stemmer("arabic")  # default PyStemmer word cache (10,000 words)
    raw = best_of(args.repeat, lambda: stemmer.stemWords(tokens))
    uncached = Stemmer.Stemmer("arabic", 0)
    raw_nocache = best_of(args.repeat, lambda: uncached.stemWords(tokens))

    def cold() -> None:
        analyzer = Analyzer(DEFAULT_STEMMER)  # empty stem cache: a fresh process indexing
        for text in texts:
            analyzer.terms(text)

    warm_analyzer = Analyzer(DEFAULT_STEMMER)
    for text in texts:
        warm_analyzer.terms(text)

    def warm() -> None:
        for text in texts:
            warm_analyzer.terms(text)

    tok = best_of(args.repeat, lambda: [tokenize(text) for text in texts])
    cold_t = best_of(args.repeat, cold)
    warm_t = best_of(args.repeat, warm)
    rows = [
        ("PyStemmer stemWords on pre-split tokens (default cache)", raw),
        ("PyStemmer stemWords on pre-split tokens, cache off", raw_nocache),
        ("akhbar `tokenize` only (Span objects)", tok),
        ("akhbar `Analyzer.terms`, cold cache (raw text → terms)", cold_t),
        ("akhbar `Analyzer.terms`, warm cache (raw text → terms)", warm_t),
    ]
    reference = min(raw, raw_nocache)  # compare against the faster way to run PyStemmer
    print("| pipeline | seconds | tokens/s | speed vs fastest raw PyStemmer |")
    print("|---|---|---|---|")
    for name, secs in rows:
        print(f"| {name} | {secs:.2f} | {n_tokens / secs / 1e6:.2f} M | {reference / secs:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
