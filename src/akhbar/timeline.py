"""Timelines: the dated events of the articles that match a query, merged across sources, in order.

Events are extracted at ingest (one per date mention in a sentence; relative dates resolved
against the article's publication date, or left out when it has none). Here we:
1. retrieve the articles matching the query (best passage per article) and keep those scoring
   within ``RELATIVE_CUTOFF`` of the best, so a stray weak match does not flood the timeline;
2. collect their events, plus the sources of the duplicates linked to each article;
3. merge events that have the same date and precision and say the same thing (overlap of the
   sentences' content stems, the date words themselves left out), whatever paper reported them;
4. sort: by date string, so a year ("2015") comes before its months and days ("2015-09-30").
"""

from __future__ import annotations

from .arabic import Analyzer
from .dates import find_dates, reference_day
from .index import day_number
from .models import Event
from .retrieve import Retriever, date_range
from .store import Store

RELATIVE_CUTOFF = 0.35
SAME_EVENT = 0.5  # share of the smaller sentence's content stems found in the other


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _content_stems(analyzer: Analyzer, text: str, published: str | None) -> set[str]:
    """Stems of what a sentence says happened, without its date words.

    Two sentences of the same day always share their date words ("3", "مايو", "2023", and with
    the dual form "تشرين", "الاول" too); counted, they make two short reports of different
    things on that day look like one event.
    """
    spans = [(m.start, m.end) for m in find_dates(text, reference_day(published))]
    return {t.stem for t in analyzer.tokens(text)
            if not t.stop and not any(s <= t.start < e for s, e in spans)}


def build_timeline(store: Store, retriever: Retriever, analyzer: Analyzer, query: str, *,
                   since: str | None = None, until: str | None = None, max_articles: int = 50) -> list[Event]:
    lo, hi = date_range(since, until)
    found = retriever.candidates(query, max_articles)
    if not found:
        return []
    top = found[0][0]
    article_ids = [aid for score, _, aid in found if score >= top * RELATIVE_CUTOFF]
    articles = store.articles(article_ids)
    extra_sources = {aid: [_source_ref(d) for d in store.duplicates_of(aid)] for aid in article_ids}

    merged: list[tuple[Event, set[str]]] = []
    for aid, start, end, date, precision in store.events_of_articles(article_ids):
        # An event is a span of days (a year, a month or a day); keep it when it meets the filter range.
        if (lo and day_number(date, end=True) < lo) or (hi and day_number(date) > hi):
            continue
        article = articles[aid]
        text = article.text[start:end]
        stems = _content_stems(analyzer, text, article.published)
        refs = [_source_ref(article)] + extra_sources[aid]
        for event, seen in merged:
            if event.date == date and _overlap(stems, seen) >= SAME_EVENT:
                event.sources.extend(r for r in refs if r["article_id"] not in {s["article_id"] for s in event.sources})
                break
        else:
            merged.append((Event(date=date, precision=precision, text=text, article_id=aid, source=article.source,
                                 published=article.published, start=start, end=end, sources=refs), stems))
    events = [e for e, _ in merged]
    events.sort(key=lambda e: (e.date, e.article_id, e.start))
    return events


def _source_ref(article) -> dict:
    return {"article_id": article.id, "source": article.source, "published": article.published,
            "title": article.title, "url": article.url}
