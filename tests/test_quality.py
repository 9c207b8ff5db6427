"""Quality gates: measured floors that a change may not quietly fall under.

Each gate re-measures, in a few seconds, a number that a benchmark in bench/ reports in full, and
pins a floor a little under today's value (the value is in the comment). A change that lowers one
fails here; if the loss is deliberate, lower the floor in the same commit and say why.
Gates that need ../shared skip with a message when it is absent.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from akhbar.arabic import normalize
from akhbar.article_day import WEEKDAY, stated_weekday
from akhbar.config import load_settings
from akhbar.dates import find_dates, reference_day
from akhbar.dedup import fingerprint, similarity
from akhbar.evaluate import evaluate_squad
from akhbar.events import EVENT, article_mentions
from akhbar.extract import extract_html
from akhbar.segment import segment
from akhbar.timeline_confidence import DateFacts, date_features, load_model
from conftest import shared_path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_date_extraction_on_the_labelled_sentences():
    # bench/dates_accuracy.py: 150 sentences written for the project; sentence accuracy 1.000 today.
    rows = [json.loads(line) for line in (BENCH / "dates_labelled.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    right = 0
    for row in rows:
        ref = dt.date.fromisoformat(row["reference"]) if row["reference"] else None
        right += {m.iso for m in find_dates(row["text"], ref)} == set(row["dates"])
    assert len(rows) >= 150
    assert right / len(rows) >= 0.97


@pytest.mark.parametrize(("name", "floors"), [
    # bench/analyzer_choice.py and `akhbar eval`, each set's own paragraphs as the pool;
    # today xquad-ar R@1 0.894 / R@5 0.971, arcd-train R@1 0.704 / R@5 0.961.
    ("xquad_ar/xquad.ar.json", {"R@1": 0.88, "R@5": 0.96}),
    ("arcd/arcd-train.json", {"R@1": 0.69, "R@5": 0.95}),
])
def test_retrieval_finds_the_paragraph(name, floors):
    result = evaluate_squad(str(shared_path(f"data/{name}")))
    assert result["questions"] > 500
    for metric, floor in floors.items():
        assert result[metric] >= floor, (metric, result)


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", normalize(text)))


def _f1(got: str, gold: str) -> float:
    a, b = _tokens(got), _tokens(gold)
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


def test_extraction_on_the_real_pages():
    # bench/extraction.py: 9/9 dates and mean token F1 1.000 on the pages with gold text, today.
    index = shared_path("data/html_pages_ar/index.jsonl")
    pages = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
    dates_right = dated = 0
    f1s = []
    for page in pages:
        articles = extract_html((index.parent / page["html"]).read_text(encoding="utf-8"), page["url"])
        if page.get("gold_date"):
            dated += 1
            dates_right += bool(articles) and articles[0].published == page["gold_date"][:10]
        if page.get("gold_text_file"):
            gold = (index.parent / page["gold_text_file"]).read_text(encoding="utf-8")
            f1s.append(_f1("\n".join(a.text for a in articles), gold))
    assert dated >= 9 and dates_right >= dated
    assert f1s and sum(f1s) / len(f1s) >= 0.97


def _saudinewsnet() -> dict[str, dict]:
    """The SaudiNewsNet sample by ``snn-`` id (bench/snn.py), or skip."""
    path = shared_path("data/news_saudinewsnet/articles_sample20k.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def _bench_rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (BENCH / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_near_duplicates_on_the_judged_real_news_pairs():
    # bench/dedup_real.py: 108 judged SaudiNewsNet pairs; today 48 of the 63 copies reach the archive's
    # threshold (every judged copy above it is linked), and no edited or different pair does.
    news = _saudinewsnet()
    threshold = load_settings({}).near_duplicate_threshold
    reached: dict[str, list[bool]] = {}
    for pair in _bench_rows("dedup_pairs.jsonl"):
        later, earlier = (news[pair[k]]["content"] or "" for k in ("b", "a"))
        sim = similarity(fingerprint(later).signature, fingerprint(earlier).blob)
        reached.setdefault(pair["label"], []).append(sim >= threshold)
    assert not any(reached["edited"]) and not any(reached["different"])
    assert len(reached["copy"]) == 63 and sum(reached["copy"]) >= 47


def test_event_dates_on_the_judged_real_news_timelines():
    # bench/timeline_real.py: 1005 judged timeline events. Of those this code files as events (a date
    # in the judged sentence with the role "event"), 589 of 692 have the right date today (0.851; main before
    # round 7, 24bebb0: 586 of 689 of the 1003 judged then; before round 6, 24c5e10: 588 of 710, 0.828; on the 977 rows before round 6's
    # 26 new labels 566 of 664 and 568 of 684; before round 5, 696713f: 572 of 689 on those rows; before round
    # 3: 549 of 687 of the 943 judged then, 0.799; before round 2: 468 of 598 of the 832 judged then, 0.783).
    # Round 5 moves the day of pages fetched a day late to the day their address names; most of those moved
    # events are not judged. Round 6 takes spans, forecasts and "today" as the present off (2 right, 18 wrong).
    # Topic needs the whole archive: see the bench.
    # Round 7 adds blind4 (bench/timeline_blind4.jsonl, 155 rows judged at round 5's end, read since): of those this
    # code files, 114 of 143 have the right date (0.797; the same on main 24bebb0). Its topic precision (0.856 on the
    # bench's sample) needs the whole archive's weights: see the bench.
    news = _saudinewsnet()
    words = load_settings({}).passage_words

    def filed(judged: list[dict]) -> list[dict]:
        mentions = {}
        for snn_id in {r["snn"] for r in judged}:
            row = news[snn_id]
            text = row["content"] or ""
            mentions[snn_id] = article_mentions(text, segment(text, words).sentences,
                                                (row["date_extracted"] or "")[:10] or None, row.get("url"))
        return [r for r in judged if any(m.role == EVENT and m.date == r["date"] and r["start"] <= m.start < r["end"]
                                         for m in mentions[r["snn"]])]

    rows = filed(_bench_rows("timeline_judged.jsonl"))
    assert len(rows) >= 600
    assert sum(r["date_ok"] is True for r in rows) / len(rows) >= 0.82
    blind4 = filed(_bench_rows("timeline_blind4.jsonl"))
    assert len(blind4) >= 130
    assert sum(r["date_ok"] is True for r in blind4) / len(blind4) >= 0.79


def _filed_with_date_facts(news: dict[str, dict], judged: list[dict]) -> list[tuple[dict, DateFacts]]:
    """The judged rows this code files as events (a date of the judged sentence with the role "event"), each with
    what the date model reads of it, built as ``akhbar.timeline.candidates`` builds it from the stored article."""
    words = load_settings({}).passage_words
    articles: dict[str, tuple] = {}
    out = []
    for r in judged:
        if r["snn"] not in articles:
            row = news[r["snn"]]
            text = row["content"] or ""
            sentences = segment(text, words).sentences
            published = (row["date_extracted"] or "")[:10] or None
            day = reference_day(published)
            articles[r["snn"]] = (text, sentences[0][0] if sentences else -1, published,
                                  article_mentions(text, sentences, published, row.get("url")),
                                  day is not None and stated_weekday(text, day) == day)
        text, first, published, mentions, confirmed = articles[r["snn"]]
        inside = [m for m in mentions if r["start"] <= m.start < r["end"]]
        own = next((m for m in inside if m.role == EVENT and m.date == r["date"]), None)
        if own is not None:
            out.append((r, DateFacts(text[r["start"]:r["end"]], own.start - r["start"], own.end - r["start"], own.date,
                                     own.precision, own.anchor, published, tuple(m.role for m in inside),
                                     r["start"] == first, own.anchor == WEEKDAY or (bool(own.anchor) and confirmed),
                                     inside.index(own))))
    return out


def test_the_date_model_keeps_right_dates_on_the_judged_real_news_timelines():
    # bench/fit_timeline.py: of the judged events this code files, a timeline shows only those whose date confidence
    # reaches the shipped date model's threshold. Today (round 9's model, no newspaper-name features): of the 692
    # filed rows of timeline_judged.jsonl (589 right, 0.851) it keeps 561 at 0.930 (in sample: the model is fitted on
    # them); of blind4's 143 (0.797), 112 at 0.893 (in sample); of blind7's 61 (0.738; held out of every fit), 47 at
    # 0.830. Main before round 9 (210a507, read without the paper's name, as on any other archive): 560 at 0.936 and
    # 46 at 0.826. A change to the date rules or the features that makes the model keep wrong dates fails here.
    # Round 25 relabels 11 rows of late pages whose copies date the report otherwise (bench/README "Round 25"), none
    # of them by a rule: blind4 keeps 110 at 0.882 with the old labels, 0.864 with the new (its floor 0.87 -> 0.86);
    # timeline_judged 540 at 0.937 -> 0.930; blind7 46 at 0.870 -> 0.826.
    # Round 38: "موسم حج هذا العام 1436هـ" is no event date (which season, not when): a wrong "2015" the model kept is no
    # longer filed, so timeline_judged keeps 539 at 0.931 (was 540 at 0.930; its floor 540 -> 539).
    # Round 43: an economy's indicator's month or year is the period its figure measures ("figure period"): timeline_judged
    # files 666 rows (583 right, 0.875; main ae2003c 668, 584) and the model keeps 540 at 0.931 (main 541 at 0.932);
    # blind4 110 at 0.864 and blind7 47 at 0.830, as main. The floors hold.
    # Round 44: old back pages of a first fetch date nothing by their numbers (read over a fetch batch at ingest, not page by
    # page as here) and two topic rules: timeline_judged still files 666 (583 right) and keeps 540 at 0.931; blind4 110 at
    # 0.864, blind7 47 at 0.830. The floors hold.
    # Round 45: a plan once set, a deadline ahead, a directive's "غداً" and three kinds of the present take one wrong row
    # of timeline_judged off: it files 665 (583 right, 0.877) and keeps 539 at 0.933 (main 540 at 0.931); blind4 110 at
    # 0.864, blind7 47 at 0.830, as main. The floors hold.
    news = _saudinewsnet()
    model = load_model().date
    assert model is not None, "refit with bench/fit_timeline.py --write"
    for name, floor_kept, floor_precision in (("timeline_judged.jsonl", 539, 0.92), ("timeline_blind4.jsonl", 105, 0.86),
                                              ("timeline_blind7.jsonl", 44, 0.80)):
        rows = _filed_with_date_facts(news, _bench_rows(name))
        kept = [r for r, facts in rows if model(date_features(facts)) >= model.threshold]
        assert len(kept) >= floor_kept, f"{name}: {len(kept)} of {len(rows)} dates kept"
        assert sum(r["date_ok"] is True for r in kept) / len(kept) >= floor_precision, name


def test_today_as_the_present_on_fresh_real_news_labels():
    # Round 13: 62 "اليوم" mentions of SaudiNewsNet articles no timeline split holds, each next to a word in "نا" (we,
    # us, our) and filed as an event by main e7dbba0, judged by reading them (bench/timeline_nowadays13.jsonl: 47 the
    # writer's present, 15 the article's day). The rules of round 13 (a preposition in "نا", a ي- verb with "نا" as its
    # object, "أنا") call 22 of the 47 "nowadays" and 1 of the 15 (a traveller's "وأنا اليوم عائد", judged the day). A
    # change that calls the article's own day "nowadays" more often, or loses the present it finds, fails here.
    news = _saudinewsnet()
    words = load_settings({}).passage_words
    called: dict[str, int] = {"nowadays": 0, "day": 0}
    for r in _bench_rows("timeline_nowadays13.jsonl"):
        row = news[r["snn"]]
        text = row["content"] or ""
        mentions = article_mentions(text, segment(text, words).sentences, (row["date_extracted"] or "")[:10] or None,
                                    row.get("url"))
        mention = next(m for m in mentions if m.start == r["start"])
        called[r["today"]] += mention.why == "nowadays"
    assert called["nowadays"] >= 20 and called["day"] <= 1, called


def test_false_claims_made_from_real_news_are_not_supported():
    # bench/verify_real_news.py: claims made by changing one fact of a SaudiNewsNet sentence, and true rewordings,
    # verified against their sentence. Round 35 (lead): of the 163 false claims of the dev batches (4-8) 3 are
    # supported, of the held-out batch 9's 36 false claims 3; 22 of the 54 true dev claims are supported.
    # Round 36 makes batches 9 and 10 dev and writes batch 11 held out, and scores a claim verify splits as a whole
    # (supported only when every part is): main 42adce0 supports 11 of the 245 false dev claims and 30 of the 73 true,
    # 6 of batch 11's 47 false claims (its first reading); the lead's round-36 rules 2, 32 and 6. Round 37 makes batch 11
    # dev and writes batch 12 held out: main 17a5dee supports 8 of the 292 false dev claims, 35 of the 83 true, and 12
    # of batch 12's 38 false claims (its first reading). Batch 13 (34 false / 10 true) was written as dev during the
    # round: with it, main supports 14 of the 326 false dev claims and 40 of the 93 true; the lead's round-37 rules 3,
    # 40 and 12. Merged with the round's other verify and guard work, 4 and 11: "وأضافت أن" now reads as "قال", so a
    # count of another noun ("وفاة N … وإصابة M" / "إصابة N") was no longer caught by accident as another clause's; a
    # rule of its own (verify_items.count_of_another_noun) brings dev back to 3. Round 38 makes batch 12 dev and writes
    # batch 14 held out: main 1b2de34 supports 14 of the 364 false dev claims, 46 of the 106 true, and 6 of batch 14's
    # 43 false claims (its first reading). The lead's round-38 rules: dev 4 false supported of 364, 46 true of 106, held
    # out 6 of 43 (batch 14's kinds are not batch 12's). Batch 15 (33 false / 8 true), written as dev at the end of the
    # round and read at once: main 1b2de34 supports 5 of its false claims, the round's code 4 (dev in all: 8 of 397
    # false, 48 of 114 true). Round 39 makes batch 14 dev and writes batch 16 held out: main 826443f supports 14 of the
    # 440 false dev claims, 50 of the 125 true, and 5 of batch 16's 54 false claims (its first reading). The lead's
    # round-39 rules: dev 5 false supported of 440, 50 true of 125, held out unchanged. Round 40 makes batch 16 dev and
    # writes batch 17 held out: main 62dc00a supports 10 of the 494 false dev claims, 51 of the 137 true, and 3 of
    # batch 17's 77 false claims (its first reading). The lead's round-40 rules: dev 2 false supported of 494, 51 true of
    # 137, held out unchanged. Round 41 makes batch 17 dev and writes batch 18 held out: main 7ba1f17 supports 5 of the
    # 571 false dev claims, 55 of the 165 true, and 6 of batch 18's 96 false claims (its first reading). Batch 19 (89
    # false / 28 true), written as dev during the round and read at once: main supports 9 of its false claims (dev in
    # all: 14 of 660 false, 66 of 193 true). The lead's round-41 rules: dev 0 false supported of 660, 67 true of 193;
    # held out unchanged (6 of 96 false, 9 of 28 true). Round 42 makes batch 18 dev and writes batch 20 held out: main
    # 8422118 supports 6 of the 756 false dev claims (batch 18's), 76 of the 221 true, and 10 of batch 20's 88 false
    # claims (its first reading; 9 of its 27 true). Batch 21 (61 false / 20 true), written as dev during the round and
    # read at once: main supports 9 of its false claims (dev in all: 15 of 817 false, 82 of 241 true). The lead's
    # round-42 rules: dev 4 false supported of 817, 82 true of 241; held out unchanged (10 of 88 false, 9 of 27 true).
    # Round 43 makes batch 20 dev and writes batch 22 held out: main ae2003c supports 14 of the 905 false dev claims
    # (batch 20's 10), 91 of the 268 true, and 7 of batch 22's 88 false claims (its first reading; 17 of its 29 true).
    # Batch 23 (53 false / 16 true), written as dev during the round and read at once: main supports 3 of its false
    # claims (dev in all: 17 of 958 false, 101 of 284 true). The lead's round-43 rules: dev 4 false supported of 958, 101
    # true of 284; held out 6 of 88 false, 16 of 29 true. Round 44 makes batch 22 dev and writes batch 24 held out: main
    # 80f672f supports 10 of the 1046 false dev claims (batch 22's 6), 118 of the 313 true, and 5 of batch 24's 122 false
    # claims (its first reading; 24 of its 31 true). Batch 25 (66 false / 17 true), written as dev during the round and
    # read at once: main supports 3 of its false claims, 11 of its true (dev in all: 13 of 1112 false, 129 of 330 true).
    # The lead's round-44 rules: dev 5 false supported of 1112, 132 true of 330; held out unchanged (5 of 122, 24 of 31).
    # After the helpers landed, the parties of one meeting and a weekday written alone: dev 4 false supported, 134 true;
    # held out 5 of 122 false, 25 of 31 true. Round 45 makes batch 24 dev and writes batch 26 held out: main 70a642f
    # supports 9 of the 1234 false dev claims (batch 24's 5), 159 of the 361 true, and 7 of batch 26's 170 false claims
    # (its first reading; 21 of its 44 true). Batches 27 (70 false / 18 true) and 28 (53 / 13), written as dev during the
    # round and read at once: main supports 1 and 3 of their false claims (dev in all: 13 of 1357 false, 174 of 392 true).
    # The lead's round-45 rules: dev 4 false supported of 1357, 182 true of 392; held out 6 of 170 false, 21 of 44 true.
    from akhbar import verify

    news = _saudinewsnet()
    supported: Counter = Counter()
    for r in _bench_rows("verify_real_news.jsonl"):
        start, end = r["at"]
        sentence = news[r["snn"]]["content"].replace("\n", " ")[start:end]
        claim = "".join(p if isinstance(p, str) else sentence[p[0]:p[1]] for p in r["claim"])
        # (a claim verify splits in parts is supported only when every part is)
        supported[(r["split"], r["label"])] += all(c.verdict == "supported" for c in verify(sentence, claim).claims)
    assert supported[("dev", "false")] <= 4 and supported[("heldout", "false")] <= 6, supported
    assert supported[("dev", "true")] >= 182, supported
