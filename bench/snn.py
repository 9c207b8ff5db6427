"""The SaudiNewsNet sample as a real-news archive, for the benchmarks judged on real news.

The data stays in ``../shared/data/news_saudinewsnet`` (research use only): benchmarks read it
from there, and what they commit is article ids (``snn-00042``) and labels, never text.

* :func:`rows` — the 20,000 records in file order (id, title, content, date_extracted, source, url).
* :func:`build` — an archive of them, built once per code version and reused: drafts go in with
  ``Archive.add_articles`` (title, body, ``date_extracted`` as the publication day, source, url),
  locators ``item N`` in file order, so every archive article maps back to its ``snn-`` id.
* :func:`before_code` / :func:`run_before` — run a benchmark against an earlier commit's ``src``
  (``git archive`` into ``bench/out``), in a subprocess, so "before" and "after" come from one run.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
SNN = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"


def missing() -> str | None:
    """A message when the sample is not on this machine, else None."""
    return None if SNN.exists() else f"needs {SNN} (SaudiNewsNet sample, ../shared/data): not present"


@lru_cache(maxsize=1)
def rows() -> list[dict]:
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@lru_cache(maxsize=1)
def by_id() -> dict[str, dict]:
    return {r["id"]: r for r in rows()}


# Modules that only read an archive: a change there needs no new build. The dated mentions (events.py,
# the date modules) are recomputed in place when they change (``refresh_events``), much faster than a new build.
READ_ONLY = ("timeline.py", "timeline_confidence.py", "timeline_topic.py", "timeline_marks.py", "timeline_nations.py",
             "timeline_words.py", "timeline_passing.py", "timeline_query.py",
             "retrieve.py", "verify.py", "cli.py",
             "present.py",
             "term.py", "evaluate.py",
             "analysis.py", "qa/", "web/")
# The modules only the dated mentions read: a change to one of them refreshes the mentions in place, no new build
# (tests/test_bench_snn.py: every module events.py or crawl.py reads that no other stage of the build reads is here).
EVENT_CODE = ("events.py", "event_rules.py", "clauses.py", "crawl.py", "dates.py", "date_words.py", "date_rules.py", "calendars.py",
              "article_day.py")


def code_version(only: tuple[str, ...] = ()) -> str:
    """What the archive depends on: the imported akhbar source that builds it (files' hash); ``only``
    hashes just those files."""
    import akhbar

    src = Path(akhbar.__file__).resolve().parent
    h = hashlib.sha1()
    for f in sorted(src.rglob("*.py")):
        name = f.relative_to(src).as_posix()
        if (only and name not in only) or (not only and name.startswith(READ_ONLY + EVENT_CODE)):
            continue
        h.update(f.relative_to(src).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


def drafts(limit: int | None = None):
    from akhbar.models import ArticleDraft

    for r in rows()[:limit]:
        yield ArticleDraft(text=r["content"] or "", title=r.get("title") or "",
                           published=(r.get("date_extracted") or "")[:10] or None,
                           source=r.get("source"), url=r.get("url"))


class SnnArchive:
    """An open archive of the sample and the two-way map between archive ids and ``snn-`` ids."""

    def __init__(self, archive, snn_of: dict[int, str]):
        self.archive = archive
        self.snn_of = snn_of
        self.aid_of = {s: a for a, s in snn_of.items()}

    def close(self) -> None:
        self.archive.close()


def build(limit: int | None = None, *, rebuild: bool = False, log=print) -> SnnArchive:
    """The archive of the first ``limit`` records (all by default) for the akhbar code imported now."""
    from akhbar import Archive

    where = OUT / f"snn-{limit or 'all'}-{code_version()}"
    done = where / "snn-ids.json"
    if rebuild and where.exists():
        shutil.rmtree(where)
    if not done.exists():
        if where.exists():
            shutil.rmtree(where)
        t0 = time.perf_counter()
        with Archive.open(where) as archive:
            report = archive.add_articles(drafts(limit), origin="snn")
        log(f"built {where.name}: {report.stored} stored, {report.duplicates} duplicates, "
            f"{len(report.skipped)} skipped in {time.perf_counter() - t0:.0f} s")
        archive = Archive.open(where, create=False)
        ids = [r["id"] for r in rows()[:limit]]
        snn_of = {aid: ids[int(loc.removeprefix("item ")) - 1] for aid, loc in
                  archive.store.db.execute("SELECT id, locator FROM articles")}
        archive.close()
        done.write_text(json.dumps({str(a): s for a, s in snn_of.items()}))
    snn_of = {int(a): s for a, s in json.loads(done.read_text()).items()}
    archive = Archive.open(where, create=False)
    events_code = code_version(EVENT_CODE)
    if archive.store.get_meta("bench_events_code") != events_code and hasattr(archive._ingestor, "refresh_events"):
        t0 = time.perf_counter()
        with archive.store.transaction():
            archive.store.db.execute("DELETE FROM meta WHERE key = 'events_version'")
        n = archive._ingestor.refresh_events()
        with archive.store.transaction():
            archive.store.set_meta("bench_events_code", events_code)
        log(f"recomputed the dated mentions of {n} articles in {time.perf_counter() - t0:.0f} s")
    return SnnArchive(archive, snn_of)


def before_code(rev: str) -> Path:
    """``src`` of an earlier commit, unpacked once into bench/out (nothing is checked out)."""
    where = OUT / f"src-{rev}"
    if not (where / "src" / "akhbar").exists():
        where.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive.stdout, check=True)
    return where / "src"


def run_before(rev: str, script: Path, args: list[str]) -> dict:
    """Run ``script --emit-json args`` with the akhbar of commit ``rev``; return what it printed."""
    env = {**os.environ, "PYTHONPATH": str(before_code(rev))}
    done = subprocess.run([sys.executable, str(script), "--emit-json", *args], env=env, check=True,
                          stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def parser(doc: str) -> argparse.ArgumentParser:
    """The options every real-news benchmark takes (its own are added by the caller)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--before", metavar="REV", action="append", default=[],
                    help="also run the akhbar of this commit, side by side (repeat for several)")
    ap.add_argument("--rebuild", action="store_true", help="re-ingest the sample even if an archive exists")
    ap.add_argument("--no-write", action="store_true", help="print only; write no results")
    ap.add_argument("--emit-json", action="store_true", help=argparse.SUPPRESS)  # how run_before calls it
    return ap


def before_flags(args: argparse.Namespace) -> str:
    """The ``--before`` options of a run, as a command line writes them."""
    return "".join(f" --before {rev}" for rev in args.before)


def side_by_side(args: argparse.Namespace, measure: Callable[[], dict], script: Path) -> dict[str, dict] | int:
    """``measure()`` with this code, after the same script run with the akhbar of ``--before``:
    ``{"before (REV)": …, "this code": …}``. An exit code instead when the data is missing (2), or when
    this run is the ``--emit-json`` child of another (it prints its measure and is done: 0)."""
    if why := missing():
        print(why, file=sys.stderr)
        return 2
    if args.emit_json:
        print(json.dumps(measure(), ensure_ascii=False))
        return 0
    runs = {}
    for rev in args.before:
        runs[f"before ({rev})"] = run_before(rev, script, ["--rebuild"] if args.rebuild else [])
    runs["this code"] = measure()
    return runs
