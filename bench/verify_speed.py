"""How long `verify` takes: one pair, and a 5-claim answer against a 20k-article archive.

* ``judge_pair`` on ANS-dev pairs (claim and sentence both new to the caches): ms per pair.
* ``Archive.verify`` of 5-claim answers against an archive of the 20,000-article SaudiNewsNet
  sample (../shared/data/news_saudinewsnet, research use only: ingested into bench/out/, never
  committed). Each answer is five sentences taken from random articles of the archive, two of them
  changed (a number moved, a word dropped), so retrieval, evidence choice and judging all run.

    .venv/bin/python bench/verify_speed.py [--answers 30] [--archive bench/out/snn20k.akhbar]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SAMPLE = HERE.parent.parent / "shared" / "data" / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"


def pair_speed() -> float:
    from akhbar.verify import judge_pair
    from verify_ans import ANS, load_ans

    if not (ANS / "stance_dev.csv").exists():
        return float("nan")
    rows = load_ans("dev")
    judge_pair("تجربة", "تجربة")  # load the model and tables first
    t0 = time.perf_counter()
    for r in rows:
        judge_pair(r["claim"], r["source"])
    return (time.perf_counter() - t0) * 1000 / len(rows)


def answers(archive, n: int, rng: random.Random) -> list[str]:
    from akhbar.arabic import split_sentences
    from akhbar.verify import split_claims

    ids = [row[0] for row in archive.store.db.execute("SELECT id FROM articles WHERE duplicate_of IS NULL")]
    out = []
    while len(out) < n:
        claims = []
        for aid in rng.sample(ids, 5):
            # Sentences that make one claim each, so that every answer holds exactly five.
            sents = [s.text for s in split_sentences(archive.store.article(aid).text)
                     if 8 <= len(s.text.split()) <= 40 and len(split_claims(s.text)) == 1]
            if sents:
                s = rng.choice(sents)
                if len(claims) % 2:
                    s = re.sub(r"\d+", lambda m: str(int(m.group()) + 3), s, count=1)
                claims.append(s)
        if len(claims) == 5:
            out.append("\n".join(f"- {c}" for c in claims))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--answers", type=int, default=30)
    ap.add_argument("--archive", type=Path, default=HERE / "out" / "snn20k.akhbar")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)
    from akhbar import Archive

    print(f"judge_pair: {pair_speed():.2f} ms per pair (ANS-dev, 755 pairs)")
    if not SAMPLE.exists():
        print(f"needs {SAMPLE} for the archive timing (not present)", file=sys.stderr)
        return 2
    if not (args.archive / "archive.db").exists():
        t0 = time.perf_counter()
        with Archive.open(args.archive) as archive:
            report = archive.ingest([str(SAMPLE)])
        print(f"ingested {report.stored} articles in {time.perf_counter() - t0:.0f} s")
    with Archive.open(args.archive, create=False) as archive:
        texts = answers(archive, args.answers, random.Random(args.seed))
        archive.verify(texts[0])  # warm: index readers, model, tables
        times = []
        for text in texts:
            t0 = time.perf_counter()
            report = archive.verify(text)
            times.append((time.perf_counter() - t0) * 1000)
            assert len(report.claims) >= 5
        times.sort()
        print(f"Archive.verify, 5-claim answers on {archive.stats()['articles']} articles: "
              f"p50 {statistics.median(times):.0f} ms, p90 {times[int(0.9 * len(times)) - 1]:.0f} ms "
              f"({len(times)} answers)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
