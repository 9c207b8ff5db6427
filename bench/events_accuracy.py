"""Timeline events: are the dates stored at ingest right, and what does extracting them cost?

1. **Accuracy.** Builds an archive from ``bench/events_labelled.jsonl`` (news-like articles written
   for this project, each with its publication date or null, and its labelled dates: a sentence
   fragment and a date that sentence states, either the date of what it reports — an event — or,
   with ``"role": "reference"``, context that must not be filed as an event: منذ، مقارنة بـ، العام
   الماضي، a relative clause …), reads the events the ingest stored (store table ``events`` joined
   with ``sentences``) and compares (sentence, date) pairs with the labelled events: precision,
   recall, and sentence accuracy (the sentence's set of event dates is exactly the labelled one;
   every sentence counts, so a date invented in a sentence without one is an error), and how many
   labelled context dates were filed as events.
2. **Cost.** Ingests N SaudiNewsNet articles (``../shared/data/news_saudinewsnet``, title / content /
   date_extracted) into a fresh archive in one process, with a :class:`akhbar.StageTimer`: the
   ingest reports the seconds its "dates (find_dates)" stage took, so the share of ingest time
   spent on events is read off the pipeline (nothing of akhbar is replaced). The best of
   ``--rounds`` runs is kept, because this machine is shared.

    .venv/bin/python bench/events_accuracy.py                 # accuracy + cost on 3,000 articles
    .venv/bin/python bench/events_accuracy.py --errors        # list every wrong or missing date
    .venv/bin/python bench/events_accuracy.py --cost 0        # accuracy only
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from akhbar import Archive, StageTimer
from akhbar.config import load_settings
from akhbar.models import ArticleDraft

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "events_labelled.jsonl"
SAUDI = HERE.parents[1] / "shared" / "data" / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"


# --- accuracy -----------------------------------------------------------------------------------

def load_items(path: Path = LABELLED) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def stored_events(archive: Archive, article_id: int) -> tuple[list[str], dict[str, set[str]]]:
    """The article's sentences, and the dates stored for each sentence (by sentence text)."""
    article = archive.store.article(article_id)
    sentences = [article.text[s:e] for _, s, e in archive.store.sentences_of_article(article_id)]
    dates: dict[str, set[str]] = {s: set() for s in sentences}
    for event in archive.store.events_of_articles([article_id]):
        dates.setdefault(article.text[event.start:event.end], set()).add(event.date)
    return sentences, dates


def gold_by_sentence(item: dict, sentences: list[str], role: str = "event") -> dict[str, set[str]]:
    """Labelled dates of one role per stored sentence; a label must name exactly one sentence of its article."""
    gold: dict[str, set[str]] = {s: set() for s in sentences}
    for event in item["events"]:
        holders = [s for s in sentences if event["sentence_contains"] in s]
        if len(holders) != 1:
            raise SystemExit(f"label {event['sentence_contains']!r} matches {len(holders)} sentences of "
                             f"{item['text'][:60]!r}: fix the label (or the segmenter split it)")
        if event.get("role", "event") == role:
            gold[holders[0]].add(event["date"])
    return gold


def kind_of(item: dict) -> str:
    return "published" if item["published"] else "undated"


def score(items: list[dict], show_errors: bool) -> dict[str, Counter]:
    counts: dict[str, Counter] = {"all": Counter(), "published": Counter(), "undated": Counter()}
    with tempfile.TemporaryDirectory() as tmp, Archive.open(Path(tmp) / "archive") as archive:
        drafts = [ArticleDraft(text=it["text"], published=it["published"], source=f"bench-{n}")
                  for n, it in enumerate(items)]
        report = archive.add_articles(drafts)
        if report.stored != len(items):
            raise SystemExit(f"only {report.stored} of {len(items)} items stored (duplicates: {report.duplicates});"
                             " every labelled article must be distinct")
        for item, article_id in zip(items, report.articles):
            sentences, predicted = stored_events(archive, article_id)
            gold = gold_by_sentence(item, sentences)
            context = gold_by_sentence(item, sentences, "reference")
            for sentence in gold:
                got, want = predicted.get(sentence, set()), gold[sentence]
                for c in (counts["all"], counts[kind_of(item)]):
                    c["gold"] += len(want)
                    c["references"] += len(context[sentence])
                    c["references_as_events"] += len(got & context[sentence])
                    c["predicted"] += len(got)
                    c["correct"] += len(got & want)
                    c["sentences"] += 1
                    c["sentences_right"] += got == want
                if show_errors and got != want:
                    print(f"  [{item['published']}] {sentence}\n      want {sorted(want)}  got {sorted(got)}")
    return counts


def accuracy_table(counts: dict[str, Counter]) -> None:
    print("| articles | events (gold) | predicted | precision | recall | sentence accuracy | context dates filed as events |")
    print("|---|---|---|---|---|---|---|")
    for name, c in counts.items():
        p = c["correct"] / c["predicted"] if c["predicted"] else 1.0
        r = c["correct"] / c["gold"] if c["gold"] else 1.0
        print(f"| {name} | {c['gold']} | {c['predicted']} | {p:.1%} | {r:.1%} | "
              f"{c['sentences_right'] / c['sentences']:.1%} ({c['sentences_right']}/{c['sentences']}) | "
              f"{c['references_as_events']} of {c['references']} |")


# --- cost ---------------------------------------------------------------------------------------

def saudi_drafts(n: int) -> list[ArticleDraft]:
    drafts = []
    with gzip.open(SAUDI, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if not (row.get("content") or "").strip():
                continue
            drafts.append(ArticleDraft(text=row["content"], title=row.get("title") or "",
                                       published=(row.get("date_extracted") or "")[:10] or None,
                                       source=row.get("source")))
            if len(drafts) == n:
                break
    return drafts


DATES = "dates (find_dates)"  # the stage the ingest reports event extraction under


def timed_ingest(drafts: list[ArticleDraft]) -> tuple[float, float, int]:
    """Seconds to ingest ``drafts`` into a fresh archive (one process, so the stage times are this
    process's), seconds of that spent finding dates, and the number of events stored."""
    timer = StageTimer()
    with tempfile.TemporaryDirectory() as tmp, \
            Archive.open(Path(tmp) / "archive", settings=load_settings({"workers": "1"})) as archive:
        t0 = time.perf_counter()
        archive.add_articles(drafts, timer=timer)
        seconds = time.perf_counter() - t0
        events = archive.stats()["events"]
    return seconds, timer.seconds.get(DATES, 0.0), events


def cost(n: int, rounds: int) -> None:
    if not SAUDI.exists():
        print(f"cost: skipped, needs {SAUDI} (not present)")
        return
    drafts = saudi_drafts(n)
    best = (float("inf"), 0.0, 0)
    for _ in range(rounds):
        best = min(best, timed_ingest(drafts))
    seconds, dates, events = best
    print(f"\n{len(drafts):,} SaudiNewsNet articles, best of {rounds} runs, {events:,} events stored:")
    print("| ingest | seconds | ms / article |")
    print("|---|---|---|")
    print(f"| whole ingest | {seconds:.1f} | {1000 * seconds / len(drafts):.1f} |")
    print(f"| of which {DATES} | {dates:.1f} | {1000 * dates / len(drafts):.1f} |")
    print(f"| **event extraction share** | {dates:.1f} | {dates / seconds:.1%} of ingest |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list every sentence whose dates are wrong")
    ap.add_argument("--cost", type=int, default=3000, metavar="N", help="SaudiNewsNet articles to time (0: skip)")
    ap.add_argument("--rounds", type=int, default=2, help="timed runs (best kept)")
    args = ap.parse_args(argv)
    items = load_items()
    counts = score(items, args.errors)
    print(f"{len(items)} labelled articles ({sum(not it['published'] for it in items)} undated), "
          f"{counts['all']['gold']} labelled events")
    accuracy_table(counts)
    if args.cost:
        cost(args.cost, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
