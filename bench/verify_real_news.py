"""The claim checker on real news: claims made by changing one fact of a SaudiNewsNet sentence (a name, a number, a
place, who did it to whom, a title, a time), and true rewordings beside them, each verified against its sentence.

The sentences stay in ``../shared`` (research use only, bench/snn.py): ``bench/verify_real_news.jsonl`` holds, per
claim, the article id, where its sentence lies in the article's text (newlines read as spaces), the label ("false"
/ "true"), and the claim as pieces: ``[start, end]`` a span of the sentence, a string the words we wrote. Batches
4-25 and 27 (the lead's rounds 34-45) are "dev": their failures were read and fixed (batch 10 was written held out, but
its failures were printed once by mistake, so round 36 counted it as dev; batches 11, 12, 14, 16, 17, 18, 20, 22 and 24
were rounds 36's to 44's held-out batches and became dev after the next round's first reading; batches 13, 15, 19, 21,
23, 25 and 27 were written as dev, a fresh sample read at once, halfway through rounds 37, 38, 41, 42, 43, 44 and 45).
Batch 26 was written in round 45 before any rule of the round, and its failures are never looked at: "heldout", never
tuned on (the next round's first reading, after which it becomes dev and a new held-out batch is written).

What a user of ``verify`` needs from it: a false claim is never "supported" (its contradicted / unsupported split is
reported too), and a true one is supported as often as can be. Run:
``bench/verify_real_news.py [--before REV] [--errors] [--no-write]``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import snn

ROWS = snn.BENCH / "verify_real_news.jsonl"
RESULTS = snn.BENCH / "results" / "verify_real_news.json"


def pairs() -> list[dict]:
    """Each row with its sentence and claim as text."""
    out = []
    for line in ROWS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        start, end = row["at"]
        sentence = snn.by_id()[row["snn"]]["content"].replace("\n", " ")[start:end]
        claim = "".join(p if isinstance(p, str) else sentence[p[0]:p[1]] for p in row["claim"])
        out.append({**row, "sentence": sentence, "claim": claim})
    return out


def whole_verdict(parts: list[str]) -> str:
    """The claim's verdict when verify splits it into parts ("سقط ألف قتيل" / "وجرح ألفان آخرون"): supported only when
    every part is, contradicted when one is."""
    return "supported" if set(parts) == {"supported"} else "contradicted" if "contradicted" in parts else "unsupported"


def measure(errors: bool = False) -> dict:
    from akhbar import verify

    counts: dict[str, Counter] = {}
    for row in pairs():
        verdict = whole_verdict([c.verdict for c in verify(row["sentence"], row["claim"]).claims])
        counts.setdefault(row["split"], Counter())[(row["label"], verdict)] += 1
        if errors and row["split"] == "dev" and row["label"] == "false" and verdict == "supported":
            print(f"false claim supported ({row['split']}, {row['snn']}): {row['claim']}", file=sys.stderr)
    out = {}
    for split, c in sorted(counts.items()):
        false, true = sum(v for (lab, _), v in c.items() if lab == "false"), sum(v for (lab, _), v in c.items() if lab == "true")
        out[split] = {"false claims": false, "false supported": c[("false", "supported")],
                      "false contradicted": c[("false", "contradicted")], "true claims": true,
                      "true supported": c[("true", "supported")], "true contradicted": c[("true", "contradicted")]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = snn.parser(__doc__)
    ap.add_argument("--errors", action="store_true", help="print each dev false claim called supported (stderr; held-out rows stay unread)")
    args = ap.parse_args(argv)
    runs = snn.side_by_side(args, lambda: measure(args.errors), Path(__file__))
    if isinstance(runs, int):
        return runs
    for name, run in runs.items():
        for split, m in run.items():
            print(f"{name:24} {split:8} false supported {m['false supported']:3} of {m['false claims']:3} "
                  f"(contradicted {m['false contradicted']:3})   true supported {m['true supported']:3} of "
                  f"{m['true claims']:3} (contradicted {m['true contradicted']})")
    if not args.no_write:
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps({"command": "bench/verify_real_news.py" + snn.before_flags(args), "runs": runs},
                                      ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
