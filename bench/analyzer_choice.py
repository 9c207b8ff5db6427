"""Which analyzer retrieves best? BM25 (bm25s) over every paragraph of XQuAD-ar and ARCD-train.

For each question, the paragraphs of its own dataset are ranked and we record where its
gold paragraph (any paragraph with the same text) lands: R@1, R@5 and MRR@10, and the mean
MRR@10 again with the questions spelled as people often type them (ى/ي, ة/ه, bare alef, no hamza
seat, tatweel, harakat: bench/spelling_variants.py). The default
analyzer in akhbar.arabic is chosen from this table. ARCD-test is never used here: it is
kept for the end-to-end QA benchmark, so nothing is tuned on it.

    .venv/bin/python bench/analyzer_choice.py            # prints a markdown table
    .venv/bin/python bench/analyzer_choice.py --only "snowball (fold, ة back, stem)+stop (default)"

Needs ../shared/data (XQuAD-ar, ARCD); exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import bm25s
import numpy as np

from akhbar.arabic import Analyzer, normalize, tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spelling_variants import variant_spelling

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATASETS = {
    "xquad-ar": DATA / "xquad_ar" / "xquad.ar.json",
    "arcd-train": DATA / "arcd" / "arcd-train.json",
}


def load_squad(path: Path) -> tuple[list[str], list[tuple[str, set[int]]]]:
    """Paragraph texts, and (question, gold paragraph ids) pairs; identical paragraphs all count."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    paragraphs: list[str] = []
    questions: list[tuple[str, str]] = []
    for article in data:
        for p in article["paragraphs"]:
            paragraphs.append(p["context"])
            questions.extend((qa["question"], p["context"]) for qa in p["qas"])
    ids_by_text: dict[str, set[int]] = {}
    for i, text in enumerate(paragraphs):
        ids_by_text.setdefault(text, set()).add(i)
    return paragraphs, [(q, ids_by_text[ctx]) for q, ctx in questions]


def _analyzer_terms(**options) -> Callable[[str], list[str]]:
    return Analyzer(**options).terms


VARIANTS: dict[str, Callable[[str], list[str]]] = {
    "whitespace": str.split,
    "normalize only": lambda text: [normalize(t.text) for t in tokenize(text)],
    "normalize+stop": _analyzer_terms(stemmer="none"),
    "snowball (stem as written, then fold; ar-1)": _analyzer_terms(stemmer="snowball-raw", stopwords=False),
    "snowball (fold then stem)": _analyzer_terms(stemmer="snowball-fold-first", stopwords=False),
    "snowball (fold, ة back, stem)": _analyzer_terms(stemmer="snowball", stopwords=False),
    "light10": _analyzer_terms(stemmer="light10", stopwords=False),
    "light10+stop": _analyzer_terms(stemmer="light10"),
    "light10+stop+speech verbs": _analyzer_terms(stemmer="light10", speech_verbs=True),
    "snowball (as written)+stop (ar-1 default)": _analyzer_terms(stemmer="snowball-raw"),
    "snowball (fold then stem)+stop": _analyzer_terms(stemmer="snowball-fold-first"),
    "snowball (fold, ة back, stem)+stop (default)": _analyzer_terms(stemmer="snowball"),
    "snowball (fold, ة back, stem)+stop+speech verbs": _analyzer_terms(stemmer="snowball", speech_verbs=True),
}


def spelled_variantly(questions: list[tuple[str, set[int]]]) -> list[tuple[str, set[int]]]:
    """The questions as people often type them (bench/spelling_variants.py, half of the changes)."""
    rng = random.Random(7)
    return [(variant_spelling(q, rng, 0.5), gold) for q, gold in questions]


def evaluate(analyze: Callable[[str], list[str]], paragraphs: list[str],
             questions: list[tuple[str, set[int]]]) -> dict[str, float]:
    corpus = [analyze(p) or [""] for p in paragraphs]
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    vocab = retriever.vocab_dict
    r1 = r5 = mrr = 0.0
    for question, gold in questions:
        # Terms the corpus never saw cannot match; bm25s wants known tokens only.
        terms = [t for t in analyze(question) if t in vocab]
        if not terms:
            continue
        docs, _scores = retriever.retrieve([terms], k=10, show_progress=False, n_threads=1)
        ranked = [int(d) for d in np.asarray(docs)[0]]
        for rank, doc in enumerate(ranked, start=1):
            if doc in gold:
                r1 += rank == 1
                r5 += rank <= 5
                mrr += 1.0 / rank
                break
    n = len(questions)
    return {"R@1": r1 / n, "R@5": r5 / n, "MRR@10": mrr / n}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", help="run only this variant (repeatable)")
    args = ap.parse_args(argv)
    missing = [str(p) for p in DATASETS.values() if not p.exists()]
    if missing:
        print(f"needs the public eval data, not present: {', '.join(missing)}", file=sys.stderr)
        return 2
    loaded = {name: load_squad(path) for name, path in DATASETS.items()}
    sizes = ", ".join(f"{name}: {len(p)} paragraphs / {len(q)} questions" for name, (p, q) in loaded.items())
    print(f"BM25 (bm25s defaults k1=1.5 b=0.75), {sizes}\n")
    header = ("| analyzer | " + " | ".join(f"{d} R@1 | {d} R@5 | {d} MRR@10" for d in loaded)
              + " | mean MRR@10 | mean MRR@10, questions in variant spelling |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for name, analyze in VARIANTS.items():
        if args.only and name not in args.only:
            continue
        t0 = time.perf_counter()
        cells, mrrs, variant_mrrs = [], [], []
        for paragraphs, questions in loaded.values():
            m = evaluate(analyze, paragraphs, questions)
            cells += [f"{m['R@1']:.3f}", f"{m['R@5']:.3f}", f"{m['MRR@10']:.3f}"]
            mrrs.append(m["MRR@10"])
            variant_mrrs.append(evaluate(analyze, paragraphs, spelled_variantly(questions))["MRR@10"])
        print(f"| {name} | " + " | ".join(cells) + f" | {sum(mrrs) / len(mrrs):.3f} |"
              f" {sum(variant_mrrs) / len(variant_mrrs):.3f} |", flush=True)
        print(f"  ({time.perf_counter() - t0:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
