"""Query → passages: analysis, quoted phrases, filters, one best passage per article.

Steps, each kept because the retrieval benchmark (bench/retrieval.py) measured it:
1. the query is analyzed by the same Analyzer as the index; quoted phrases become phrase
   queries on the analyzed terms (unbalanced quotes are ignored, any text is safe); a phrase that
   no article within the filters holds is not required, its words still count, and the result
   names it (SearchResult.unmatched_phrases), as a web search says "no results for the exact
   phrase" (5 XQuAD-ar questions quote one that no article holds after analysis: they found nothing);
2. articles are ranked by BM25 over three analyzed views of the whole article (Snowball stems,
   light10 stems, folded words), each normalized by its top score and fused with fixed weights,
   filtered by date/source; whole-article scoring beats passage scoring on the benchmark;
   the best 30 fused articles are then reranked with the share of the query's IDF weight that
   their best passage holds (coverage: +1 to +2 points R@5, see PassageIndex.rank_articles);
3. each article's best passage (most query IDF weight) is what the hit shows and cites.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from .arabic import Analyzer, normalize
from .dates import date_span
from .errors import QueryError
from .index import PassageIndex, Query
from .models import Candidate, FacetCount, Hit, RankedArticle, SearchResult
from .store import Store

SORTS = ("relevance", "date", "-date")  # best first; oldest first; newest first (undated last in both)

# Hybrid search (akhbar.hybrid.HybridRanker.rerank): (query text, BM25 ranking, k, which articles
# pass the filters) -> the fused ranking. Set by the Archive when an embeddings server is configured.
Reranker = Callable[[str, list[RankedArticle], int, Callable[[list[int]], set[int]]], list[RankedArticle]]
HYBRID_DEPTH = 50  # BM25 articles handed to the reranker (akhbar.hybrid.DEPTH)

# Retriever.written: how many articles holding a dropped word's letters (most inside longer words: "كيا" in "تركيا")
# are read for it as a word of its own, and the letters a folded letter stands for in a text as written.
WRITTEN_SCAN = 5000
_FOLDED_FROM = {"ا": "[اأإآٱ]", "ي": "[يىئ]", "ه": "[هة]", "و": "[وؤ]"}
_SPELLINGS = {"ا": "اأإآ", "ي": "يى", "ه": "هة", "و": "وؤ"}  # the common ones, for the scan's plain string search
MAX_SPELLINGS = 16


def _spellings(words: set[str]) -> list[str]:
    """Each folded word as a text may write it (أ/إ/آ for ا, ى for ي, ة for ه, ؤ for و), at most MAX_SPELLINGS each (the
    folded form alone past that)."""
    out: list[str] = []
    for w in sorted(words):
        forms = [""]
        for c in w:
            forms = [f + x for f in forms for x in _SPELLINGS.get(c, c)]
            if len(forms) > MAX_SPELLINGS:
                forms = [w]
                break
        out += forms
    return out

QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»')


# How a query's quoted phrases count (Retriever.query): "found": each phrase some article within the filters
# holds must match, the others are dropped and named (Query.unmatched); "required": every phrase must match
# (nothing is found when one matches no article); "words": none is required, their words still count.
PHRASES = ("found", "required", "words")


@dataclass
class ParsedQuery:
    terms: list[str]
    phrases: list[list[str]]
    quoted: list[str]  # each phrase as written (without its quotes), beside its terms in ``phrases``


def parse_query(text: str, analyzer: Analyzer) -> ParsedQuery:
    phrases, quoted = [], []
    for m in QUOTED.finditer(text):
        written = next(g for g in m.groups() if g is not None)
        phrase = analyzer.terms(written)
        if phrase:
            phrases.append(phrase)
            quoted.append(" ".join(written.split()))
    terms = analyzer.terms(QUOTED.sub(" ", text).replace('"', " "))
    terms += [t for p in phrases for t in p]
    return ParsedQuery(terms=terms, phrases=phrases, quoted=quoted)


def date_filter(value: str | None, name: str, *, end: bool = False) -> int:
    """A ``since`` / ``until`` value as a day number (yyyymmdd; 0 = not given): the first day it covers,
    or with ``end`` the last. Accepts what :func:`akhbar.dates.date_span` reads (2024, 2024-05,
    2024-05-07, "7 مايو 2024", "1 رمضان 1445", "رمضان 1445", "1445 هـ"); anything else, or an
    impossible date, is a QueryError that says what to write."""
    if value is None or not value.strip():
        return 0
    span = date_span(value)
    if span is None:
        raise QueryError(f"{name} {value!r} is not a date akhbar can read{_why_not_a_date(value)}; write "
                         "YYYY-MM-DD (2024-12-31), YYYY-MM, YYYY, or an Arabic date such as «7 مايو 2024» or "
                         "«1 رمضان 1445»",
                         ar=f"التاريخ «{value}» في {ARABIC_NAMES.get(name, name)} غير مفهوم أو غير ممكن؛ اكتبه هكذا: "
                            "2024-12-31 أو 2024-12 أو 2024، أو بالعربية مثل «7 مايو 2024» أو «1 رمضان 1445»")
    day = span[1] if end else span[0]
    return day.year * 10000 + day.month * 100 + day.day


ARABIC_NAMES = {"since": "«من تاريخ»", "until": "«إلى تاريخ»"}


def _why_not_a_date(value: str) -> str:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*", value)
    if not m:
        return ""
    month = int(m.group(2))
    if not 1 <= month <= 12:
        return f" (there is no month {month})"
    return f" ({m.group(1)}-{month:02d} has no day {int(m.group(3))})"


def date_range(since: str | None, until: str | None) -> tuple[int, int]:
    """Both ends of a date filter as day numbers (0 = open); a start after the end is a QueryError."""
    lo, hi = date_filter(since, "since"), date_filter(until, "until", end=True)
    if lo and hi and lo > hi:
        raise QueryError(f"since ({since}) is after until ({until}); swap them",
                         ar=f"«من تاريخ» ({since}) بعد «إلى تاريخ» ({until})؛ اعكسهما")
    return lo, hi


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(text: str, what: str) -> str:
    """``text``, or QueryError when it holds a lone surrogate (``"\\ud800"`` in JSON, a bad byte in a
    command-line argument): not a character, it cannot be searched, stored or sent back."""
    bad = _SURROGATE.search(text)
    if bad:
        raise QueryError(f"the {what} holds an invalid character (a lone surrogate, \\u{ord(bad.group()):04x}) "
                         f"at position {bad.start()}; send valid UTF-8 text",
                         ar="النص يحوي محرفاً غير صالح (نصف زوج بديل)؛ أرسل نصاً سليماً بترميز UTF-8")
    return text


def check_text(text: str | None, what: str, limit: int) -> str:
    """``text`` stripped, or QueryError when it is empty, longer than ``limit`` characters or not
    valid Unicode (``what`` names it in the message: "query", "question", "answer")."""
    text = check_unicode((text or "").strip(), what)
    if not text:
        raise QueryError(f"the {what} is empty; write a few Arabic words", ar="النص فارغ؛ اكتب بضع كلمات عربية")
    if len(text) > limit:
        raise QueryError(f"the {what} has {len(text)} characters, more than the limit of {limit}; "
                         "shorten it (the limit is the max_query_chars setting)",
                         ar=f"النص أطول من الحد المسموح ({len(text):,} حرفاً، والحد {limit:,})؛ اختصره")
    return text


class Retriever:
    def __init__(self, store: Store, index: PassageIndex, analyzer: Analyzer, max_query_chars: int,
                 reranker: Callable[[], Reranker] | None = None, hybrid: bool = False):
        self.store = store
        self.index = index
        self.analyzer = analyzer
        self.max_query_chars = max_query_chars
        self.reranker = reranker  # made on first use: hybrid search loads numpy and the vectors
        self.hybrid = hybrid  # the default of candidates(hybrid=None)
        self._sources: tuple[int, dict[str, str | None]] | None = None  # (archive state, source_names)

    def check(self, text: str) -> str:
        return check_text(text, "query", self.max_query_chars)

    def query(self, text: str, *, since: str | None = None, until: str | None = None, source: str | None = None,
              phrases: str = "found") -> Query:
        """A checked query with its filters resolved; ``phrases`` says how its quoted phrases count (see
        PHRASES): by default a phrase no article within the filters holds is not required and is named in
        ``Query.unmatched``."""
        if phrases not in PHRASES:
            raise ValueError(f"phrases must be one of {PHRASES}; got {phrases!r}")
        text = self.check(text)
        parsed = parse_query(text, self.analyzer)
        lo, hi = date_range(since, until)
        query = Query(text=text, terms=parsed.terms, phrases=parsed.phrases if phrases != "words" else [], since=lo,
                      until=hi, sources=self.match_sources(source))
        if phrases == "found" and query.phrases:
            held = [self.index.holds(query, phrase) for phrase in query.phrases]
            query.phrases = [p for p, ok in zip(query.phrases, held) if ok]
            query.unmatched = tuple(dict.fromkeys(w for w, ok in zip(parsed.quoted, held) if not ok))
        return query

    def source_names(self) -> dict[str, str | None]:
        """Folded source name (as indexed) -> the name to show: the most frequent spelling; "" -> None."""
        key = self.store.max_kept_article_id()
        if self._sources is None or self._sources[0] != key:
            names: dict[str, str | None] = {"": None}
            for name, _ in reversed(self.store.source_counts()):  # largest last: its spelling wins
                if name:
                    names[normalize(name)] = name
            self._sources = (key, names)
        return self._sources[1]

    def match_sources(self, source: str | None) -> tuple[str, ...] | None:
        """The sources a filter means, folded: every one whose name holds it ("الجزيرة" → "الجزيرة نت"
        too). None = no filter; a filter that matches no source is a QueryError naming close ones."""
        if source is None or not source.strip():
            return None
        wanted = normalize(" ".join(source.split()))
        names = self.source_names()
        found = tuple(sorted(folded for folded in names if folded and wanted in folded))
        if not found:
            close = difflib.get_close_matches(wanted, [f for f in names if f], n=3, cutoff=0.5)
            shown = "، ".join(str(names[f]) for f in close)
            raise QueryError(f"no source in this archive matches {source!r}" + (f"; did you mean {shown}?" if close else "")
                             + "; `akhbar stats` lists the sources",
                             ar=f"لا مصدر في الأرشيف يطابق «{source}»" + (f"؛ هل تقصد: {shown}؟" if close else ""))
        return found

    def source_spellings(self, source: str | None) -> list[str] | None:
        """The source names, as stored, that a filter means (see match_sources); None = no filter."""
        folded = self.match_sources(source)
        if folded is None:
            return None
        return [name for name, _ in self.store.source_counts() if name and normalize(name) in folded]

    def candidates(self, text: str, k: int, *, since: str | None = None, until: str | None = None,
                   source: str | None = None, phrases: str = "found", hybrid: bool | None = None) -> list[Candidate]:
        """Best passage per article, best first, at most k.
        ``phrases``: how quoted phrases count (see PHRASES; by default one no article holds is not required).
        ``hybrid``: fuse BM25 with embeddings (None: the ``hybrid`` setting; see akhbar.hybrid)."""
        query = self.query(text, since=since, until=until, source=source, phrases=phrases)
        return self._with_passages(self._ranked(query, k, 0, hybrid))

    def written(self, words: set[str], k: int) -> list[Candidate]:
        """Articles that write one of ``words`` (folded) as a word of its own, bare or after و/ف and a one-letter
        preposition, with the passage where it first stands, newest first, at most k. For a word the analyzer drops whole
        ("كيا" reads as ك + the stopword يا), which no view of the index holds: the search cannot find it."""
        if not words:
            return []
        shapes = "|".join("".join(_FOLDED_FROM.get(c, re.escape(c)) for c in w) for w in sorted(words, key=len, reverse=True))
        pattern = re.compile(f"(?<![^\\W\\d_])[وف]?[بلك]?(?:{shapes})(?![^\\W\\d_])")
        found: dict[int, int] = {}  # article id -> where the word stands (-1: in the title)
        for aid, title, text in self.store.kept_articles_holding(_spellings(words), WRITTEN_SCAN):
            m = pattern.search(text)
            if m is not None or pattern.search(title):
                found[aid] = m.start() if m is not None else -1
            if len(found) >= k:
                break
        spans = self.store.passage_spans(found)
        out = []
        for aid, at in found.items():
            ps = spans.get(aid) or []
            pid = next((p for p, start, end in ps if start <= at < end), ps[0][0] if ps else None)
            if pid is not None:
                out.append(Candidate(0.0, pid, aid))
        return out

    def _ranked(self, query: Query, k: int, offset: int, hybrid: bool | None) -> list[RankedArticle]:
        """Articles ``offset`` to ``offset + k`` by relevance: BM25, or BM25 fused with embeddings."""
        if (self.hybrid if hybrid is None else hybrid) and self.reranker is not None:
            ranked = self.index.rank_articles(query, max(offset + k, HYBRID_DEPTH))
            fused = self.reranker()(query.text, ranked, offset + k, lambda aids: self.index.matching(query, aids))
            return fused[offset:offset + k]
        return self.index.rank_articles(query, k, offset)

    def _with_passages(self, ranked: list[RankedArticle]) -> list[Candidate]:
        # An article none of whose passages holds a query term (matched by its title, or by
        # another view's word forms) shows its first passage, the lead.
        leads = {aid: spans[0][0] for aid, spans in
                 self.store.passage_spans(r.article_id for r in ranked if r.passage_id is None).items()}
        return [Candidate(r.score, leads[r.article_id] if r.passage_id is None else r.passage_id, r.article_id)
                for r in ranked if r.passage_id is not None or r.article_id in leads]

    def search(self, text: str, k: int = 10, *, offset: int = 0, sort: str = "relevance", since: str | None = None,
               until: str | None = None, source: str | None = None, facets: bool = True,
               hybrid: bool | None = None) -> SearchResult:
        """Hits ``offset`` to ``offset + k`` in ``sort`` order (see SORTS), the number of matching
        articles, and (``facets``) their counts per source and per year.

        Relevance pages come from one fused ranking whose depth grows with ``offset + k`` past 100, so
        results beyond the 100th may shift slightly from page to page; date order is exact."""
        if sort not in SORTS:
            raise QueryError(f"sort must be one of {', '.join(SORTS)}; got {sort!r}",
                             ar=f"الترتيب يكون {' أو '.join(SORTS)}")
        if k < 1 or offset < 0:
            raise QueryError(f"k must be at least 1 and offset at least 0; got k={k}, offset={offset}",
                             ar="عدد النتائج واحد على الأقل، والإزاحة صفر على الأقل")
        query = self.query(text, since=since, until=until, source=source)
        counting = self.index.start_facets(query) if facets else None  # counted while the hits are ranked
        if sort == "relevance":
            ranked = self._ranked(query, k, offset, hybrid)
        else:
            ranked = self.index.by_date(query, k, offset, newest_first=sort == "-date")
        hits = self._hits(self._with_passages(ranked), set(query.terms), scored=sort == "relevance")
        # (hybrid search may add articles that share no word with the query: they count too)
        if counting is None:
            return SearchResult(query=text, total=max(self.index.count(query), offset + len(hits)), offset=offset,
                                hits=hits, unmatched_phrases=list(query.unmatched))
        counts, names = counting.result(), self.source_names()
        by_source = [FacetCount(names.get(folded, folded) or None, n) for folded, n in counts.sources.items()]
        by_year = [FacetCount(year or None, n) for year, n in sorted(counts.years.items(), key=lambda x: x[0] or 10**5)]
        return SearchResult(query=text, total=max(sum(counts.years.values()), offset + len(hits)), offset=offset,
                            hits=hits, facets={"source": by_source, "year": by_year},
                            unmatched_phrases=list(query.unmatched))

    def _hits(self, found: list[Candidate], wanted: set[str], scored: bool) -> list[Hit]:
        passages = self.store.passages(pid for _, pid, _ in found)
        articles = self.store.articles(aid for _, _, aid in found)
        hits = []
        for score, pid, aid in found:
            p, a = passages[pid], articles[aid]
            marks = [(p.start + s, p.start + e) for s, e in self.analyzer.find_terms(p.text, wanted)]
            hits.append(Hit(article_id=aid, title=a.title, source=a.source, published=a.published, url=a.url,
                            passage_id=pid, text=p.text, start=p.start, end=p.end,
                            score=round(score, 4) if scored else None, highlights=marks))
        return hits
