"""The tantivy passage index: article documents (three analyzed views) ranked, and passage documents
picked and cited, for a search; counts and facets of what a query matches.

Queries are built with tantivy's Query API, never through its query-string parser (user text such as
``المصدر: الجزيرة`` would be read as a field name there). What is indexed, and how, is
:mod:`akhbar.index_schema`; how the index follows the store (one writer, readers that reload, rebuilds
beside the old index) is :mod:`akhbar.index_sync`, which :class:`PassageIndex` extends.
"""

from __future__ import annotations

import math
import os
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

import tantivy

from . import lexicon
from .arabic import Analyzer
from .index_schema import VIEWS
from .index_schema import day_number as day_number  # re-exported: timeline reads it from here
from .index_sync import SyncedIndex
from .models import RankedArticle
from .store import Store

# The one-letter prepositions of the shared clitic list (ل، ب، ك; not the conjunctions و، ف): no stemmer takes them off.
PROCLITICS = lexicon.PROCLITICS.strip("وف")
PROCLITIC_RATIO = 10  # the bare word is this many times commoner: "مفهوم" for "لمفهوم", never "بنان" for "لبنان"

# Fusion, then a rerank by passage coverage (bench/README.md, "Retrieval quality"): each view
# gives its top FUSION_DEPTH articles (20 before: deeper lists let an article that two views rank
# 21st-100th still collect its share), and the COVERAGE_RERANK best fused articles gain
# COVERAGE_WEIGHT x the share of the query's IDF that their best passage holds (each distinct
# term once). Whole-article BM25 favours long articles that repeat a few query words; coverage
# favours the one passage that holds the whole question. Measured: R@5 XQuAD-ar 0.916 -> 0.925,
# ARCD-train 0.833 -> 0.856, ARCD-test (held out) 0.835 -> 0.848; R@1 up 0.5-2 points.
FUSION_DEPTH = 100
# A search's scans (three views ranked, the facets counted) run on this many threads of a pool; tantivy
# releases the GIL while it searches (bench/README "Scale", round 6).
SCAN_THREADS = 4
# The totals and facets of this many recent queries are kept for the pages after the first and a change of
# sort (the web page's "more results"): the count is a scan of every match (bench/README "Scale", round 8).
FACET_MEMORY = 256
COVERAGE_RERANK = 30
COVERAGE_WEIGHT = 1.0


@dataclass
class Query:
    """A search request: the raw text is analyzed once per view."""

    text: str
    terms: list[str]  # the default analyzer's terms of the text (for passage coverage)
    phrases: list[list[str]]  # quoted phrases, as terms of the default (stem) analyzer; each must match
    since: int = 0  # day numbers; 0 = open
    until: int = 0
    sources: tuple[str, ...] | None = None  # folded source names, any of them; None = every source
    unmatched: tuple[str, ...] = ()  # quoted phrases, as written, that no article within the filters holds:
    # not required, only their words count (Retriever.query); a search result names them


@dataclass
class Facets:
    """Counts of the articles matching a query, per folded source ("" = unknown) and per year (0 = no date)."""

    sources: dict[str, int]
    years: dict[int, int]


class PassageIndex(SyncedIndex):
    """Article documents (three analyzed views, for ranking articles) and passage documents
    (for picking and citing the best passage), in one tantivy index."""

    def __init__(self, directory: Path, store: Store, analyzer: Analyzer):
        super().__init__(directory, store, analyzer)
        self._scans: tuple[int, ThreadPoolExecutor] | None = None  # (process id, pool): see _pool
        self._counted: OrderedDict[tuple[object, ...], Facets] = OrderedDict()  # see start_facets

    def _filters(self, q: Query) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        s = self.schema
        clauses = []
        for phrase in q.phrases:
            if len(phrase) == 1:
                clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(s, "stem", phrase[0])))
            elif phrase:
                words: list[str | tuple[int, str]] = list(phrase)  # the shape tantivy's stub asks for
                clauses.append((tantivy.Occur.Must, tantivy.Query.phrase_query(s, "stem", words)))
        if q.since or q.until:
            clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(
                s, "day", tantivy.FieldType.Integer, q.since or 1, q.until or 99991231)))
        if q.sources is not None:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_set_query(s, "source", list(q.sources))))
        return clauses

    def _view_terms(self, view: str, text: str) -> list[str]:
        """The text's terms in one view, and for a term that starts with a one-letter proclitic (ل، ب، ك:
        "لمفهوم", "كجزء", "لأصناف"; no stemmer removes them, as they are as often a root's first letter)
        the word without it, when the archive holds that more."""
        terms = list(dict.fromkeys(self.views[view].terms(text)))
        searcher = None
        extra = []
        for t in terms:
            if len(t) >= 5 and t[0] in PROCLITICS and t[1:] not in terms:
                searcher = searcher or self.index.searcher()
                if searcher.doc_freq(view, t[1:]) > PROCLITIC_RATIO * searcher.doc_freq(view, t):
                    extra.append(t[1:])
        return terms + extra

    def _view_query(self, view: str, text: str) -> tantivy.Query | None:
        """Any of the text's terms in one view (:meth:`_view_terms`; None when the text has none there)."""
        terms = self._view_terms(view, text)
        if not terms:
            return None
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, view, t)) for t in terms])

    def _matching(self, q: Query, *extra: tuple[tantivy.Occur, tantivy.Query]) -> tantivy.Query | None:
        """The articles a query matches, whatever the sort: any query term in any view, within the
        filters (the set the relevance ranking draws from, so counts and facets agree with it).
        One union of every view's terms, not a union of each view's union: the same matches, and the
        scan that counts them (every search's total and facets) took 5.2 instead of 8.2 CPU ms on a
        4M-document index (bench/README "Scale", round 7)."""
        anyterm = [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, view, t))
                   for view in self.views for t in self._view_terms(view, q.text)]
        if not anyterm:
            return None
        return tantivy.Query.boolean_query(self._filters(q) + [(tantivy.Occur.Must, tantivy.Query.boolean_query(anyterm)),
                                                               *extra])

    def matching_ids(self, q: Query, after: int, limit: int) -> list[int]:
        """Ids of the articles matching ``q`` above ``after``, in id order, at most ``limit``: a page
        of an export, read without holding every id in memory."""
        query = self._matching(q, (tantivy.Occur.Must, tantivy.Query.range_query(
            self.schema, "aid", tantivy.FieldType.Unsigned, after + 1, 2**63)))
        if query is None:
            return []
        searcher = self.index.searcher()
        result = searcher.search(query, limit, count=False, order_by_field="aid", order=tantivy.Order.Asc)
        return [int(aid) for aid, _ in result.hits]

    def count(self, q: Query) -> int:
        query = self._matching(q)
        if query is None:
            return 0
        return cast(int, self.index.searcher().search(query, 1, count=True).count)  # type: ignore[attr-defined]

    def _pool(self) -> ThreadPoolExecutor:
        """Threads for a search's scans (each view's ranking, the facets): tantivy releases the GIL while
        it searches, so on two or more cores they run side by side. Only tantivy calls on a searcher taken
        by the caller run there (no store access). One pool per process (a forked server worker makes
        its own)."""
        with self._guard:
            if self._scans is None or self._scans[0] != os.getpid():
                self._scans = (os.getpid(), ThreadPoolExecutor(max_workers=SCAN_THREADS, thread_name_prefix="akhbar-scan"))
            return self._scans[1]

    def facets(self, q: Query, size: int = 20) -> Facets:
        """Per-source counts (the ``size`` largest) and per-year counts of the matching articles."""
        return self.start_facets(q, size).result()

    def start_facets(self, q: Query, size: int = 20) -> Future[Facets]:
        """:meth:`facets`, counted on another thread (the query built here): ``.result()`` waits for it.

        The counts of the last ``FACET_MEMORY`` queries are kept with the index state they were counted
        at (its analyzers and watermark): the next page of a query, or the same query sorted otherwise,
        reuses them until a writer moves the watermark (the index only grows with it), so they stay exact."""
        self.reader()  # brought up to the store first: the state below is the one searched
        with self._guard:
            index, key = self._index, (self._seen, q.text, tuple(map(tuple, q.phrases)), q.since, q.until, q.sources, size)
            known = self._counted.get(key)
            if known is not None:
                self._counted.move_to_end(key)
        done: Future[Facets] = Future()
        if known is not None:
            done.set_result(known)
            return done
        query = self._matching(q)
        if query is None or index is None:
            done.set_result(Facets({}, {}))
            return done
        searcher = index.searcher()

        def count() -> Facets:
            result = searcher.aggregate(query, {
                "sources": {"terms": {"field": "source", "size": size}},
                "years": {"histogram": {"field": "day", "interval": 10000, "min_doc_count": 1}}})
            counted = Facets({b["key"]: b["doc_count"] for b in result["sources"]["buckets"]},
                             {int(b["key"]) // 10000: b["doc_count"] for b in result["years"]["buckets"]})
            with self._guard:  # kept before the future is done: the caller's next page finds it
                self._counted[key] = counted
                while len(self._counted) > FACET_MEMORY:
                    self._counted.popitem(last=False)
            return counted

        return self._pool().submit(count)

    def by_date(self, q: Query, limit: int, offset: int = 0, newest_first: bool = False) -> list[RankedArticle]:
        """Matching articles in publication order (oldest first, or newest first), undated ones last,
        each with its best passage; ``score`` is the publication day (yyyymmdd, 0 = no date)."""
        searcher = self.index.searcher()
        dated = self._matching(q, (tantivy.Occur.Must, tantivy.Query.range_query(
            self.schema, "day", tantivy.FieldType.Integer, 1, 99991231)))
        undated = self._matching(q, (tantivy.Occur.Must, tantivy.Query.range_query(
            self.schema, "day", tantivy.FieldType.Integer, 0, 0)))
        if dated is None or undated is None:
            return []
        order = tantivy.Order.Desc if newest_first else tantivy.Order.Asc
        first = searcher.search(dated, limit, count=True, order_by_field="day", order=order, offset=offset)
        n_dated = cast(int, first.count)  # type: ignore[attr-defined]
        hits = [(int(day), addr) for day, addr in first.hits]
        if len(hits) < limit:
            rest = searcher.search(undated, limit - len(hits), count=False, offset=max(0, offset - n_dated))
            hits += [(0, addr) for _, addr in rest.hits]
        aids = cast(list[int], searcher.fast_field_values("aid", [addr for _, addr in hits])) if hits else []
        passages, _ = self.best_passages(aids, q.terms)
        return [RankedArticle(float(day), aid, passages[aid][1] if aid in passages else None)
                for (day, _), aid in zip(hits, aids)]

    def rank_articles(self, q: Query, limit: int, offset: int = 0) -> list[RankedArticle]:
        """Articles ``offset`` to ``offset + limit`` of the ranking as (score, article id, best passage
        id or None), best first.

        Each view is searched on its own (top ``FUSION_DEPTH``) and its BM25 scores are divided
        by its top score, so the views' weights mean the same whatever the query length. The
        ``COVERAGE_RERANK`` best fused articles then gain ``COVERAGE_WEIGHT`` x the share of
        the query's IDF weight held by their best passage (a number in [0, 1]). Each article's
        best passage (:meth:`best_passages`) comes along: None when no passage holds a query term."""
        searcher = self.index.searcher()
        filters = self._filters(q)
        depth = max(offset + limit, FUSION_DEPTH)

        def top(query: tantivy.Query) -> tuple[list[float], list[int]]:
            hits = searcher.search(query, depth, count=False).hits
            return [score for score, _ in hits], cast(list[int], searcher.fast_field_values("aid", [a for _, a in hits]))

        def scored(terms: tantivy.Query) -> tantivy.Query:
            # Without filters the view's union of terms is searched as it is: wrapped in a boolean of one
            # Must clause it scores every match through one more boxed scorer (the same scores and order;
            # a view's scan 3.22 -> 2.47 CPU ms on a 4M-document index, bench/README "Scale", round 8).
            return tantivy.Query.boolean_query(filters + [(tantivy.Occur.Must, terms)]) if filters else terms

        scans = {view: self._pool().submit(top, scored(terms))
                 for view in self.views if (terms := self._view_query(view, q.text)) is not None}
        fused: dict[int, float] = {}
        for view, scan in scans.items():  # (in view order: the sums are the same floats whatever ends first)
            scores, aids = scan.result()
            if not scores:
                continue
            best = scores[0] or 1.0
            weight = VIEWS[view][1]
            for score, aid in zip(scores, aids):
                fused[aid] = fused.get(aid, 0.0) + weight * score / best
        ranked = sorted(((score, aid) for aid, score in fused.items()), key=lambda x: (-x[0], x[1]))
        head, tail = ranked[:COVERAGE_RERANK], ranked[COVERAGE_RERANK:offset + limit]
        passages, total = self.best_passages([aid for _, aid in head + tail[max(0, offset - COVERAGE_RERANK):]],
                                             q.terms)
        if total:  # coverage only adds: the reranked head stays above the tail
            head = sorted(((score + COVERAGE_WEIGHT * passages.get(aid, (0.0, 0))[0] / total, aid)
                           for score, aid in head), key=lambda x: (-x[0], x[1]))
        return [RankedArticle(score, aid, passages[aid][1] if aid in passages else None)
                for score, aid in (head + tail)[offset:offset + limit]]

    def holds(self, q: Query, phrase: list[str]) -> bool:
        """Whether some article within the query's date and source filters holds ``phrase`` (terms of the
        default analyzer) as a quoted phrase."""
        query = tantivy.Query.boolean_query(self._filters(replace(q, phrases=[phrase])))
        return cast(int, self.index.searcher().search(query, 1, count=True).count) > 0  # type: ignore[attr-defined]

    def matching(self, q: Query, article_ids: list[int]) -> set[int]:
        """Those of ``article_ids`` that pass the query's filters (dates, source, quoted phrases), whatever
        their words: for articles found by another ranking (hybrid search's cosine list)."""
        filters = self._filters(q)
        if not filters or not article_ids:
            return set(article_ids)
        searcher = self.index.searcher()
        among = tantivy.Query.term_set_query(self.schema, "aid", article_ids)
        result = searcher.search(tantivy.Query.boolean_query(filters + [(tantivy.Occur.Must, among)]),
                                 len(article_ids) * 64, count=False)
        return set(cast(list[int], searcher.fast_field_values("aid", [addr for _, addr in result.hits])))

    def idf(self, terms: Iterable[str]) -> dict[str, float]:
        """IDF of default-analyzer terms over passages, log(1 + N / (1 + df)): the weight of a term in
        passage coverage (here and in timelines)."""
        searcher = self.index.searcher()
        n = searcher.num_docs
        return {t: math.log(1 + n / (1 + searcher.doc_freq("body", t))) for t in dict.fromkeys(terms)}

    def phrase_share(self, first: str, second: str, slop: int = 1, min_support: int = 1) -> float:
        """Of the passages holding both terms, the share where they stand within ``slop`` terms of each
        other, in either order (1.0 for a name such as الأراضي البيضاء, low for words that merely meet);
        0.0 when fewer than ``min_support`` passages hold both."""
        s, searcher = self.schema, self.index.searcher()

        def count(query: tantivy.Query) -> int:
            return cast(int, searcher.search(query, 1, count=True).count)  # type: ignore[attr-defined]  # see below

        total = count(tantivy.Query.boolean_query([(tantivy.Occur.Must, tantivy.Query.term_query(s, "body", t))
                                                   for t in (first, second)]))
        if total < max(1, min_support):
            return 0.0
        pairs: list[list[str | tuple[int, str]]] = [[first, second], [second, first]]
        return count(tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.phrase_query(s, "body", pair, slop))
                                                  for pair in pairs])) / total

    def doc_freqs(self, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        """Passage count and passage document frequencies of default-analyzer terms (for IDF)."""
        searcher = self.index.searcher()
        return searcher.num_docs, {t: searcher.doc_freq("body", t) for t in terms}

    def best_passages(self, article_ids: list[int], terms: Iterable[str]
                      ) -> tuple[dict[int, tuple[float, int]], float]:
        """For each article, the passage holding the most IDF weight of the distinct query terms,
        as {aid: (that weight, pid)} (ties: the earlier passage, usually the lead), and the IDF
        weight of all the distinct terms (0.0 when there are none). Each term counts its IDF once,
        however often it occurs: the passage that covers the question, not the one that repeats
        a word. Articles none of whose passages holds a term are left out.

        One tantivy query (constant-score term clauses, summed) instead of re-analyzing every
        passage of every result article in Python: that was most of the search time."""
        searcher = self.index.searcher()
        wanted = list(dict.fromkeys(terms))
        if not article_ids or not wanted:
            return {}, 0.0
        s = self.schema
        idf = self.idf(wanted)
        weighted = tantivy.Query.boolean_query([
            (tantivy.Occur.Should, tantivy.Query.const_score_query(tantivy.Query.term_query(s, "body", t), w))
            for t, w in idf.items()])
        in_articles = tantivy.Query.const_score_query(tantivy.Query.term_set_query(s, "aid", article_ids), 0.0)
        query = tantivy.Query.boolean_query([(tantivy.Occur.Must, in_articles), (tantivy.Occur.Must, weighted)])
        result = searcher.search(query, 16 * len(article_ids), count=True)
        count = cast(int, result.count)  # type: ignore[attr-defined]  # tantivy's stub lacks SearchResult.count
        if count > len(result.hits):  # articles with many matching passages: take them all
            result = searcher.search(query, count, count=False)
        addrs = [addr for _, addr in result.hits]
        best: dict[int, tuple[float, int]] = {}
        for (score, _), pid, aid in zip(result.hits, cast(list[int], searcher.fast_field_values("pid", addrs)),
                                        cast(list[int], searcher.fast_field_values("aid", addrs))):
            if (score, -pid) > best.get(aid, (0.0, 1)):
                best[aid] = (score, -pid)
        return {aid: (score, -neg_pid) for aid, (score, neg_pid) in best.items()}, sum(idf.values())
