"""How long `verify` takes: one pair, and a 5-claim answer against a 20k-article archive.

* ``judge_pair`` on ANS-dev pairs (claim and sentence both new to the caches): ms per pair.
* ``Archive.verify`` of 5-claim answers against an archive of the 20,000-article SaudiNewsNet
  sample (../shared/data/news_saudinewsnet, research use only: ingested into bench/out/, never
  committed). Each answer is five sentences taken from five random articles of the archive (five
  topics: the worst case for caching across claims), two of them changed (a number moved), so
  retrieval, evidence choice and judging all run.

``--compare REF`` times the code of git revision REF (its ``src/`` extracted to a temporary folder)
and the working tree back to back in one run, on the same answers, alternating (REF, now, REF,
now, …), each in a fresh process, so both see the same machine load. The archive's files are read
once before timing, so that both start with them in the OS page cache (as on a server that has been
answering; this machine's disk reads a cold page in 5–20 ms, which would otherwise decide the numbers).

    .venv/bin/python bench/verify_speed.py [--answers 30] [--compare REF] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
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


def worker(archive_path: Path, answers_file: Path) -> dict:
    """Time ``Archive.verify`` on each answer (and ``judge_pair``), in this process's code."""
    from akhbar import Archive

    texts = json.loads(answers_file.read_text(encoding="utf-8"))
    pair_ms = pair_speed()
    with Archive.open(archive_path, create=False) as archive:
        archive.verify(texts[0])  # warm: index readers, model, tables
        times, cpu = [], []
        for text in texts[1:]:
            t0, c0 = time.perf_counter(), time.process_time()
            report = archive.verify(text)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            assert len(report.claims) >= 5
        articles = archive.stats()["articles"]
    return {"times": times, "cpu": cpu, "pair_ms": pair_ms, "articles": articles}


def warm_page_cache(archive_path: Path) -> None:
    for path in archive_path.rglob("*"):
        if path.is_file():
            with path.open("rb") as f:
                while f.read(1 << 20):
                    pass


def source_of(ref: str, where: Path) -> Path:
    """The ``src/`` folder of git revision ``ref``, extracted under ``where``."""
    archive = where / "src.tar"
    with archive.open("wb") as f:
        subprocess.run(["git", "archive", ref, "src"], cwd=HERE.parent, stdout=f, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(where, filter="data")
    return where / "src"


def run_worker(src: Path | None, archive_path: Path, answers_file: Path) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    out = subprocess.run([sys.executable, __file__, "--worker", "--archive", str(archive_path),
                          "--answers-file", str(answers_file)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def p90(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[max(0, int(0.9 * len(xs)) - 1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--answers", type=int, default=30)
    ap.add_argument("--archive", type=Path, default=HERE / "out" / "snn20k.akhbar")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--compare", metavar="REF", help="also time git revision REF, back to back")
    ap.add_argument("--rounds", type=int, default=2, help="with --compare: alternations of REF and now")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--answers-file", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.archive, args.answers_file)))
        return 0
    from akhbar import Archive

    if not SAMPLE.exists():
        print(f"needs {SAMPLE} for the archive timing (not present)", file=sys.stderr)
        return 2
    if not (args.archive / "archive.db").exists():
        t0 = time.perf_counter()
        with Archive.open(args.archive) as archive:
            report = archive.ingest([str(SAMPLE)])
        print(f"ingested {report.stored} articles in {time.perf_counter() - t0:.0f} s")
    with Archive.open(args.archive, create=False) as archive:
        texts = answers(archive, args.answers + 1, random.Random(args.seed))
    warm_page_cache(args.archive)
    with tempfile.TemporaryDirectory() as tmp:
        answers_file = Path(tmp) / "answers.json"
        answers_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        systems: dict[str, Path | None] = {}
        if args.compare:
            systems[f"before ({args.compare})"] = source_of(args.compare, Path(tmp))
        systems["now"] = None
        results: dict[str, list[dict]] = {name: [] for name in systems}
        load_before = os.getloadavg()[0]
        for _ in range(args.rounds if args.compare else 1):
            for name, src in systems.items():
                results[name].append(run_worker(src, args.archive, answers_file))
        load_after = os.getloadavg()[0]
    print(f"load average (1 min) {load_before:.1f} → {load_after:.1f} on {os.cpu_count()} cores")
    print("| code | judge_pair ms / pair (ANS-dev) | answers | Archive.verify p50 ms | p90 ms | CPU ms p50 | articles |")
    print("|---|---|---|---|---|---|---|")
    for name, runs in results.items():
        times = [t for r in runs for t in r["times"]]
        cpu = [t for r in runs for t in r["cpu"]]
        pairs = statistics.median(r["pair_ms"] for r in runs)
        print(f"| {name} | {pairs:.2f} | {len(times)} | {statistics.median(times):.0f} | {p90(times):.0f} | "
              f"{statistics.median(cpu):.0f} | {runs[0]['articles']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
