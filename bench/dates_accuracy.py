"""Date extraction accuracy: akhbar.dates vs dateparser on bench/dates_labelled.jsonl.

Each line of the labelled set is ``{"text", "reference": "YYYY-MM-DD" | null, "dates": [...]}``
with gold dates written at their precision ("YYYY", "YYYY-MM" or "YYYY-MM-DD").

* sentence accuracy: the set of predicted dates equals the gold set exactly;
* precision / recall over dates (each distinct date of a sentence counts once).

akhbar is scored strictly (its ISO string must equal the gold one). dateparser only reports
datetimes, so it gets the benefit of the doubt: a predicted day counts for a gold date of coarser
precision when it falls inside it (gold "2011-03" is matched by any day of March 2011).
dateparser gets ``RELATIVE_BASE`` = the reference when there is one (and its default otherwise).

    .venv/bin/python bench/dates_accuracy.py [--errors] [--no-dateparser]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from akhbar.dates import find_dates

LABELLED = Path(__file__).with_name("dates_labelled.jsonl")


def load(path: Path = LABELLED) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def akhbar_predict(text: str, ref: dt.date | None) -> set[str]:
    return {m.iso for m in find_dates(text, ref)}


def dateparser_predict(text: str, ref: dt.date | None) -> set[str]:
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    try:
        found = search_dates(text, languages=["ar"], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; count it as "found nothing"
        found = []
    return {d.date().isoformat() for _, d in found}


def score(pred: set[str], gold: set[str], lenient: bool) -> tuple[int, int]:
    """(matched predictions, matched gold dates); lenient lets a day match a coarser gold date."""
    used: set[str] = set()
    matched_gold = 0
    for g in sorted(gold, key=len, reverse=True):
        hit = g if g in pred and g not in used else None
        if hit is None and lenient:
            hit = next((p for p in sorted(pred) if p not in used and p.startswith(g)), None)
        if hit is not None:
            used.add(hit)
            matched_gold += 1
    return len(used), matched_gold


def evaluate(rows: list[dict], predict, lenient: bool, errors: list | None = None) -> dict:
    exact = tp_pred = tp_gold = n_pred = n_gold = 0
    start = time.perf_counter()
    for row in rows:
        ref = dt.date.fromisoformat(row["reference"]) if row["reference"] else None
        gold = set(row["dates"])
        pred = predict(row["text"], ref)
        mp, mg = score(pred, gold, lenient)
        tp_pred, tp_gold, n_pred, n_gold = tp_pred + mp, tp_gold + mg, n_pred + len(pred), n_gold + len(gold)
        ok = mp == len(pred) and mg == len(gold)
        exact += ok
        if not ok and errors is not None:
            errors.append((row, sorted(pred)))
    elapsed = time.perf_counter() - start
    return {
        "sentences": len(rows),
        "accuracy": exact / len(rows),
        "precision": tp_pred / n_pred if n_pred else 1.0,
        "recall": tp_gold / n_gold if n_gold else 1.0,
        "ms_per_sentence": 1000 * elapsed / len(rows),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print the sentences each system gets wrong")
    ap.add_argument("--no-dateparser", action="store_true", help="score akhbar only")
    args = ap.parse_args()
    rows = load()
    systems = [("akhbar.dates", akhbar_predict, False)]
    if not args.no_dateparser:
        systems.append(("dateparser.search_dates", dateparser_predict, True))
    print(f"{len(rows)} sentences, {sum(1 for r in rows if not r['dates'])} without a date\n")
    print("| system | sentence accuracy | precision | recall | ms / sentence |")
    print("|---|---|---|---|---|")
    all_errors = {}
    for name, predict, lenient in systems:
        errors: list = []
        r = evaluate(rows, predict, lenient, errors)
        all_errors[name] = errors
        print(f"| {name} | {r['accuracy']:.1%} | {r['precision']:.1%} | {r['recall']:.1%} | "
              f"{r['ms_per_sentence']:.2f} |")
    if args.errors:
        for name, errors in all_errors.items():
            print(f"\n## {name}: {len(errors)} wrong")
            for row, pred in errors:
                print(f"- {row['text']} | ref={row['reference']} | gold={row['dates']} | got={pred}")


if __name__ == "__main__":
    main()
