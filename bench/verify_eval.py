"""Precision and recall of `akhbar.verify` per verdict on our two claim sets.

1. ``bench/claims.jsonl``: claims about XQuAD-ar paragraphs. Each line names a paragraph (by its
   index in the flattened ``data[].paragraphs[]`` list, plus the id of its first question as a
   check); the paragraph text is read from ../shared at run time and never stored here. Checked
   with ``akhbar.verify(paragraph, claim)``. Split: *tune* = paragraph_index < 100 (also used to fit
   the model, bench/fit_verify.py), *test* = paragraph_index ≥ 100 (never used to fit or choose).
2. ``bench/corpus_claims.jsonl``: claims about the bundled sample corpus (src/akhbar/sample/corpus), checked
   against the whole archive (``Archive.verify``, no context): paraphrases, synonyms, number words,
   other date forms, passive for active, and role / date / number / place / person swaps and
   unstated details. Split: *tune* (Hope Probe, World Cup, Russia–Syria, fall of Assad) was read
   while choosing the checker's rules and gates; *test* (Suez, Aramco, Vision 2030, NEOM, the new
   capital, Mahfouz, Beirut, the earthquake) was not; neither is used to fit the model. Round 3
   added 237 claims over all the topics, written and labelled before any change to the checker in
   that round, then split by topic before any of their errors was read: *heldout-dev* (Hope Probe,
   World Cup, Suez, Aramco, Vision 2030, NEOM; 119 claims) may be read while choosing rules;
   *heldout* (the new capital, Mahfouz, Beirut, the earthquake, Russia–Syria, the fall of Assad;
   118 claims) is never read and is reported apart.

    .venv/bin/python bench/verify_eval.py [--errors] [--no-write]

A baseline runs side by side on set 1: "supported if ≥ 50% of the claim's terms are in the
best-overlapping sentence, else unsupported" (it never says contradicted).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from akhbar.arabic import get_analyzer, split_sentences

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DEFAULT_XQUAD = HERE.parent.parent / "shared" / "data" / "xquad_ar" / "xquad.ar.json"
CORPUS = HERE.parent / "src" / "akhbar" / "sample" / "corpus"
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
        claims.append({**row, "context": para["context"],
                       "split": "tune" if ref["paragraph_index"] < TUNE_BELOW else "test"})
    return claims


def one_verdict(claims: list) -> str:
    """One verdict for a claim, even if verify splits it into clauses: any contradiction wins,
    then everything must be supported."""
    verdicts = [c.verdict for c in claims] or ["unsupported"]
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


def report(gold: list[str], pred: list[str]) -> dict:
    confusion = Counter(zip(gold, pred))
    out: dict = {"n": len(gold), "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1), 3)}
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(p == label for p in pred)
        actual = sum(g == label for g in gold)
        out[label] = {"precision": round(tp / predicted, 3) if predicted else None,
                      "recall": round(tp / actual, 3) if actual else None, "n": actual}
    out["confusion"] = {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS}
    return out


def row(name: str, split: str, r: dict) -> str:
    fmt = lambda x: "–" if x is None else f"{x:.3f}"  # noqa: E731
    cells = " | ".join(f"{fmt(r[label]['precision'])} / {fmt(r[label]['recall'])}" for label in LABELS)
    return f"| {split} ({r['n']}) | {name} | {r['accuracy']:.3f} | {cells} |"


def corpus_archive(where: Path):
    from akhbar import Archive

    if not (where / "archive.db").exists():
        with Archive.open(where) as archive:
            archive.ingest([str(CORPUS)])
    return Archive.open(where, create=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xquad", type=Path, default=DEFAULT_XQUAD)
    ap.add_argument("--errors", action="store_true", help="list the claims the system gets wrong")
    ap.add_argument("--heldout-errors", action="store_true",
                    help="with --errors, also list the held-out split's errors (reading them spends the split)")
    ap.add_argument("--no-write", action="store_true", help="do not rewrite bench/README.md and bench/results/")
    ap.add_argument("--label", default="verify", help="the system's name in the tables (e.g. 'verify before')")
    args = ap.parse_args(argv)
    from akhbar.verify import verify

    lines, results = [], {}
    if args.xquad.exists():
        claims = load_claims(HERE / "claims.jsonl", load_paragraphs(args.xquad))
        for c in claims:
            c["pred"] = one_verdict(verify(c["context"], c["claim"]).claims)
            c["base"] = baseline_verdict(c["context"], c["claim"])
        for split in ("tune", "test", "all"):
            chosen = [c for c in claims if split == "all" or c["split"] == split]
            gold = [c["label"] for c in chosen]
            for name, key in ((args.label, "pred"), ("baseline: supported if ≥ 50% of claim terms in one sentence", "base")):
                r = report(gold, [c[key] for c in chosen])
                results[f"xquad {name} {split}"] = r
                lines.append(row(name, f"XQuAD claims, {split}", r))
        if args.errors:
            for c in claims:
                if c["pred"] != c["label"]:
                    print(f"[xquad {c['split']} {c['paragraph']['paragraph_index']}] {c['label']} -> {c['pred']}: {c['claim']}")
    else:
        print(f"skipping bench/claims.jsonl: needs {args.xquad} (XQuAD-ar)", file=sys.stderr)

    corpus = [json.loads(line) for line in (HERE / "corpus_claims.jsonl").read_text(encoding="utf-8").splitlines() if line]
    (HERE / "out").mkdir(exist_ok=True)
    times = []
    with corpus_archive(HERE / "out" / "corpus.akhbar") as archive:
        for c in corpus:
            t0 = time.perf_counter()
            got = archive.verify(c["claim"]).claims
            times.append(time.perf_counter() - t0)
            c["pred"] = one_verdict(got)
            c["why"] = " / ".join(f"{x.verdict}: {x.reason}" for x in got)
    for split in ("tune", "test", "heldout-dev", "heldout", "all"):
        chosen = [c for c in corpus if split == "all" or c["split"] == split]
        r = report([c["label"] for c in chosen], [c["pred"] for c in chosen])
        results[f"corpus {args.label} {split}"] = r
        lines.append(row(args.label, f"corpus claims, {split}", r))
    if args.errors:
        for c in corpus:
            if c["pred"] != c["label"] and (c["split"] != "heldout" or args.heldout_errors):
                print(f"[corpus {c['split']} {c['kind']}] {c['label']} -> {c['pred']}: {c['claim']}\n    {c['why']}")
    header = ("| claims | system | accuracy | supported P / R | unsupported P / R | contradicted P / R |\n"
              "|---|---|---|---|---|---|")
    print(header + "\n" + "\n".join(lines))
    print(f"Archive.verify on the sample corpus: p50 {statistics.median(times) * 1000:.0f} ms per claim")
    if not args.no_write:
        (HERE / "results").mkdir(exist_ok=True)
        (HERE / "results" / "verify_eval.json").write_text(json.dumps(results, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
