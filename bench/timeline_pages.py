"""Event dates on other real news: the 11 Arabic pages of ../shared/data/html_pages_ar (CNN Arabic 2013, Tunisian,
Egyptian, Jordanian, Lebanese and Saudi sites 2019-2026), not SaudiNewsNet.

Every event the date rules file in those pages, with the shipped date model's confidence; scored against
``bench/timeline_pages.jsonl`` (page address, sentence offset, date, ``date_ok`` judged by the rules of
``timeline_real.JUDGED_BLIND7``, without the confidences in view): the rules' precision and the precision of what a
timeline shows. ``--print`` lists the events to judge.

    .venv/bin/python bench/timeline_pages.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from akhbar import Archive
from akhbar.article_day import WEEKDAY, stated_weekday
from akhbar.dates import reference_day
from akhbar.events import EVENT
from akhbar.timeline_confidence import DateFacts, date_features, load_model

PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "html_pages_ar"
LABELS = Path(__file__).resolve().parent / "timeline_pages.jsonl"


def events() -> list[dict]:
    """Each filed event of the pages: where it is, its date and the date model's confidence."""
    pages = [json.loads(line) for line in (PAGES / "index.jsonl").read_text(encoding="utf-8").splitlines() if line]
    model = load_model().date
    out = []
    with tempfile.TemporaryDirectory(prefix="akhbar-pages-") as tmp, Archive.open(Path(tmp) / "a") as archive:
        archive.ingest([str(PAGES / p["html"]) for p in pages])
        store = archive.store
        for (aid,) in store.db.execute("SELECT id FROM articles").fetchall():
            art = store.articles([aid])[aid]
            sentences = [(s, e) for _, s, e in store.sentences_of_article(aid)]
            mentions = store.mentions_of_article(aid)
            day = reference_day(art.published)
            confirmed = day is not None and stated_weekday(art.text, day) == day
            for row in store.events_of_articles([aid]):
                inside = [m for m in mentions if row.start <= m[0] < row.end]
                own = next((m for m in inside if m[2] == row.date and m[4] == EVENT), None)
                if own is None:
                    continue
                facts = DateFacts(art.text[row.start:row.end], own[0] - row.start, own[1] - row.start, row.date,
                                  row.precision, row.anchor, art.published, tuple(m[4] for m in inside),
                                  bool(sentences) and row.start == sentences[0][0],
                                  row.anchor == WEEKDAY or (bool(row.anchor) and confirmed), inside.index(own))
                out.append({"page": art.url or art.title, "start": row.start, "date": row.date,
                            "p": model(date_features(facts)) if model else 1.0, "shown": not model
                            or model(date_features(facts)) >= model.threshold,
                            "text": art.text[row.start:row.end]})
    return out


def main(argv: list[str]) -> int:
    if not PAGES.exists():
        print(f"needs {PAGES}", file=sys.stderr)
        return 2
    found = events()
    if argv[:1] == ["--print"]:
        for i, e in enumerate(found):
            print(f"#{i} {e['page'][:70]} {e['date']}\n   {e['text'][:500]}")
        return 0
    labels = {(r["page"], r["start"], r["date"]): r["date_ok"]
              for r in map(json.loads, LABELS.read_text(encoding="utf-8").splitlines())}
    judged = [(e, labels[(e["page"], e["start"], e["date"])]) for e in found if (e["page"], e["start"], e["date"]) in labels]
    shown = [ok for e, ok in judged if e["shown"]]
    print(f"{len(found)} events filed, {len(judged)} judged: rules {sum(ok for _, ok in judged) / max(1, len(judged)):.3f};"
          f" shown {len(shown)} at {sum(shown) / max(1, len(shown)):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
