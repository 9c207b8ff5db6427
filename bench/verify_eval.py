"""Precision and recall of `akhbar.verify` per verdict on bench/claims.jsonl.

Each line of claims.jsonl names an XQuAD-ar paragraph (by its index in the flattened
``data[].paragraphs[]`` list, plus the id of its first question as a check) and a claim written
for this project with its gold label. The paragraph text is read from ../shared at run time and
never stored here.

    .venv/bin/python bench/verify_eval.py [--xquad PATH] [--split tune|test|all] [--errors]

The thresholds in akhbar/verify.py were tuned on the *tune* split (paragraph_index < 100) only;
the *test* split (paragraph_index >= 100) was not looked at while tuning. A baseline runs side by
side: "supported if ≥ 50% of the claim's terms are in the best-overlapping sentence, else unsupported"
(it never says contradicted).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from akhbar.arabic import get_analyzer, split_sentences
from akhbar.verify import verify

HERE = Path(__file__).resolve().parent
DEFAULT_XQUAD = HERE.parent.parent / "shared" / "data" / "xquad_ar" / "xquad.ar.json"
LABELS = ("supported", "unsupported", "contradicted")
TUNE_BELOW = 100  # paragraph_index < 100 → tune split


def load_paragraphs(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [p for article in data["data"] for p in article["paragraphs"]]


def load_claims(path: Path, paragraphs: list[dict]) -> list[dict]:
    claims = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        ref = row["paragraph"]
        para = paragraphs[ref["paragraph_index"]]
        if ref.get("first_qid") and para["qas"][0]["id"] != ref["first_qid"]:
            sys.exit(f"claims.jsonl line {n}: paragraph {ref['paragraph_index']} is not the one the claim was written for")
        claims.append({**row, "context": para["context"]})
    return claims


def system_verdict(context: str, claim: str) -> str:
    """One verdict for a claim, even if verify splits it into clauses: any contradiction wins,
    then everything must be supported."""
    verdicts = [c.verdict for c in verify(context, claim).claims] or ["unsupported"]
    if "contradicted" in verdicts:
        return "contradicted"
    return "supported" if all(v == "supported" for v in verdicts) else "unsupported"


def baseline_verdict(context: str, claim: str) -> str:
    analyzer = get_analyzer()
    terms = set(analyzer.terms(claim))
    if not terms:
        return "unsupported"
    best = max((len(terms & set(analyzer.terms(s.text))) / len(terms) for s in split_sentences(context)), default=0.0)
    return "supported" if best >= 0.5 else "unsupported"


def report(name: str, gold: list[str], pred: list[str]) -> dict:
    confusion = Counter(zip(gold, pred))
    out = {"system": name, "n": len(gold), "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1), 3)}
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(p == label for p in pred)
        actual = sum(g == label for g in gold)
        out[label] = {
            "precision": round(tp / predicted, 3) if predicted else None,
            "recall": round(tp / actual, 3) if actual else None,
            "n": actual,
        }
    out["confusion"] = {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS}
    return out


def print_report(r: dict) -> None:
    print(f"\n== {r['system']}  (n={r['n']}, accuracy {r['accuracy']})")
    print(f"{'verdict':<14}{'precision':>10}{'recall':>8}{'n':>5}")
    for label in LABELS:
        m = r[label]
        fmt = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
        print(f"{label:<14}{fmt(m['precision']):>10}{fmt(m['recall']):>8}{m['n']:>5}")
    print("confusion (rows gold, columns predicted):")
    print(f"{'':<14}" + "".join(f"{p[:12]:>14}" for p in LABELS))
    for g in LABELS:
        print(f"{g:<14}" + "".join(f"{r['confusion'][g][p]:>14}" for p in LABELS))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xquad", type=Path, default=DEFAULT_XQUAD)
    ap.add_argument("--claims", type=Path, default=HERE / "claims.jsonl")
    ap.add_argument("--split", choices=("tune", "test", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list the claims the system gets wrong")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.xquad.exists():
        print(f"needs {args.xquad} (XQuAD-ar, not present)", file=sys.stderr)
        return 2
    claims = load_claims(args.claims, load_paragraphs(args.xquad))
    splits = {"tune": lambda c: c["paragraph"]["paragraph_index"] < TUNE_BELOW,
              "test": lambda c: c["paragraph"]["paragraph_index"] >= TUNE_BELOW,
              "all": lambda c: True}
    results = []
    for c in claims:
        c["pred"] = system_verdict(c["context"], c["claim"])
        c["base"] = baseline_verdict(c["context"], c["claim"])
    for split in (["tune", "test", "all"] if args.split == "all" else [args.split]):
        chosen = [c for c in claims if splits[split](c)]
        gold = [c["label"] for c in chosen]
        results.append(report(f"verify [{split}]", gold, [c["pred"] for c in chosen]))
        results.append(report(f"baseline overlap>=0.5 [{split}]", gold, [c["base"] for c in chosen]))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for r in results:
            print_report(r)
    if args.errors:
        print("\nerrors (gold -> predicted):")
        for c in claims:
            if c["pred"] != c["label"] and splits[args.split](c):
                print(f"[{c['paragraph']['paragraph_index']}] {c['label']} -> {c['pred']}: {c['claim']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
