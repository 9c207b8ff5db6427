"""The claim checker on real third-party data: ANS (Arabic News Stance), train and dev.

ANS pairs a real news headline (s1) with a sentence (s2) that agrees with it, conflicts with it, or is
unrelated (see ../shared/data/ans/README.md). Mapping, with s1 as the source and s2 as the claim:
agree → supported, disagree → contradicted, other → unsupported. Each pair is judged by
``akhbar.verify.judge_pair(s2, s1)`` (one claim against one sentence, no claim splitting).

    .venv/bin/python bench/verify_ans.py [--split dev|train|both] [--errors N] [--no-write]

Side by side in one run: ``judge_pair`` (the shipped checker), the shipped model alone taking its
most probable class (what a stance classifier reports; the checker abstains instead below its
precision thresholds), and two anchors that need no fitting: the majority class (everything
contradicted) and "supported if ≥ 50% of the claim's terms are in the source, else contradicted".
The published anchor is a fine-tuned multilingual BERT at 76.7 macro-F1 on the test split (kept
back; not measured here).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

from akhbar.arabic import get_analyzer

HERE = Path(__file__).resolve().parent
ANS = HERE.parent.parent / "shared" / "data" / "ans"
LABELS = ("supported", "contradicted", "unsupported")
MAPPING = {"agree": "supported", "disagree": "contradicted", "other": "unsupported"}


def load_ans(split: str, root: Path = ANS) -> list[dict]:
    """Rows of ``stance_{split}.csv`` as {"source", "claim", "label"} (labels already mapped)."""
    path = root / f"stance_{split}.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return [{"source": r["s1"], "claim": r["s2"], "label": MAPPING[r["stance"].strip()]} for r in csv.DictReader(f)]


def scores(gold: list[str], pred: list[str]) -> dict:
    confusion = Counter(zip(gold, pred))
    out: dict = {"n": len(gold), "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold)), 3)}
    f1s = []
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(p == label for p in pred)
        actual = sum(g == label for g in gold)
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        out[label] = {"precision": round(p, 3) if predicted else None, "recall": round(r, 3), "f1": round(f1, 3),
                      "n": actual, "predicted": predicted}
    out["macro_f1"] = round(sum(f1s) / len(f1s), 3)
    out["confusion"] = {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS}
    return out


def overlap_baseline(source: str, claim: str) -> str:
    analyzer = get_analyzer()
    terms = set(analyzer.terms(claim))
    if not terms:
        return "unsupported"
    return "supported" if len(terms & set(analyzer.terms(source))) / len(terms) >= 0.5 else "contradicted"


def systems() -> dict:
    from akhbar.align import align, analyze
    from akhbar.classifier import load_model
    from akhbar.verify import claim_reading, judge_pair

    model = load_model()

    def argmax(s: str, c: str) -> str:
        p = model.probabilities(align(analyze(claim_reading(c)), analyze(s)).features)
        return max(p, key=p.__getitem__)

    out = {
        "akhbar judge_pair": lambda s, c: judge_pair(c, s).verdict,
        "akhbar model alone, most probable class (no abstention, no rules)": argmax,
        "majority (contradicted)": lambda s, c: "contradicted",
        "overlap ≥ 0.5 → supported, else contradicted": overlap_baseline,
    }
    return out


def row(system: str, split: str, r: dict, ms: float | None) -> str:
    sup = r["supported"]
    fmt = lambda x: "–" if x is None else f"{x:.3f}"  # noqa: E731
    return (f"| {system} | {split} ({r['n']}) | {r['accuracy']:.3f} | {r['macro_f1']:.3f} | {fmt(sup['precision'])} / "
            f"{fmt(sup['recall'])} | {fmt(r['contradicted']['precision'])} / {fmt(r['contradicted']['recall'])} | "
            f"{fmt(r['unsupported']['precision'])} / {fmt(r['unsupported']['recall'])} | "
            + ("–" if ms is None else f"{ms:.2f}") + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "train", "both"), default="both")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses of judge_pair on the first split")
    ap.add_argument("--no-write", action="store_true", help="do not rewrite bench/README.md and bench/results/")
    args = ap.parse_args(argv)
    if not (ANS / "stance_dev.csv").exists():
        print(f"needs {ANS} (the ANS stance corpus, not present)", file=sys.stderr)
        return 2
    splits = ["dev", "train"] if args.split == "both" else [args.split]
    lines, results = [], []
    for split in splits:
        data = load_ans(split)
        gold = [d["label"] for d in data]
        for name, fn in systems().items():
            t0 = time.perf_counter()
            pred = [fn(d["source"], d["claim"]) for d in data]
            ms = (time.perf_counter() - t0) * 1000 / len(data) if name.startswith("akhbar") else None
            r = scores(gold, pred)
            results.append({"system": name, "split": split, **r, "ms_per_pair": ms})
            lines.append(row(name, split, r, ms))
            if args.errors and name == "akhbar judge_pair" and split == splits[0]:
                shown = 0
                for d, p in zip(data, pred):
                    if p != d["label"] and shown < args.errors:
                        shown += 1
                        print(f"{d['label']} -> {p}: {d['claim']}  ||  {d['source']}")
    header = ("| system | split (pairs) | accuracy | macro-F1 | supported P / R | contradicted P / R | "
              "unsupported P / R | ms / pair |\n|---|---|---|---|---|---|---|---|")
    print(header)
    print("\n".join(lines))
    if not args.no_write:
        (HERE / "results").mkdir(exist_ok=True)
        (HERE / "results" / "verify_ans.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
