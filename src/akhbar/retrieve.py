"""Query → passages: analysis, quoted phrases, filters, one best passage per article.

Steps, each kept because the retrieval benchmark (bench/retrieval.py) measured it:
1. the query is analyzed by the same Analyzer as the index; quoted phrases become phrase
   queries on the analyzed terms (unbalanced quotes are ignored, any text is safe);
2. articles are ranked by BM25 over three analyzed views of the whole article (Snowball stems,
   light10 stems, folded words), each normalized by its top score and fused with fixed weights,
   filtered by date/source; whole-article scoring beats passage scoring on the benchmark;
   the best 30 fused articles are then reranked with the share of the query's IDF weight that
   their best passage holds (coverage: +1 to +2 points R@5, see PassageIndex.rank_articles);
3. each article's best passage (most query IDF weight) is what the hit shows and cites.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .arabic import Analyzer
from .errors import QueryError
from .index import PassageIndex, Query, day_number
from .models import Candidate, Hit, RankedArticle
from .store import Store

# Hybrid search (akhbar.hybrid.HybridRanker.rerank): (query text, BM25 ranking, k, which articles
# pass the filters) -> the fused ranking. Set by the Archive when an embeddings server is configured.
Reranker = Callable[[str, list[RankedArticle], int, Callable[[list[int]], set[int]]], list[RankedArticle]]
HYBRID_DEPTH = 100  # BM25 articles handed to the reranker (akhbar.hybrid.DEPTH)

_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»')


@dataclass
class ParsedQuery:
    terms: list[str]
    phrases: list[list[str]]


def parse_query(text: str, analyzer: Analyzer) -> ParsedQuery:
    phrases = []
    for m in _QUOTED.finditer(text):
        phrase = analyzer.terms(next(g for g in m.groups() if g is not None))
        if phrase:
            phrases.append(phrase)
    terms = analyzer.terms(_QUOTED.sub(" ", text).replace('"', " "))
    terms += [t for p in phrases for t in p]
    return ParsedQuery(terms=terms, phrases=phrases)


def check_date(value: str | None, name: str) -> int:
    if not value:
        return 0
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise QueryError(f"{name} must be a date like 2024-12-31, 2024-12 or 2024; got {value!r}")
    return day_number(value, end=(name == "--until"))


def check_text(text: str | None, what: str, limit: int) -> str:
    """``text`` stripped, or QueryError when it is empty or longer than ``limit`` characters
    (``what`` names it in the message: "query", "question", "answer")."""
    text = (text or "").strip()
    if not text:
        raise QueryError(f"the {what} is empty; write a few Arabic words")
    if len(text) > limit:
        raise QueryError(f"the {what} has {len(text)} characters, more than the limit of {limit}; "
                         "shorten it (the limit is the max_query_chars setting)")
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

    def check(self, text: str) -> str:
        return check_text(text, "query", self.max_query_chars)

    def candidates(self, text: str, k: int, *, since: str | None = None, until: str | None = None,
                   source: str | None = None, phrases: bool = True, hybrid: bool | None = None) -> list[Candidate]:
        """Best passage per article, best first, at most k.
        ``phrases=False``: quoted phrases are not required to match (their words still count).
        ``hybrid``: fuse BM25 with embeddings (None: the ``hybrid`` setting; see akhbar.hybrid)."""
        text = self.check(text)
        parsed = parse_query(text, self.analyzer)
        query = Query(text=text, terms=parsed.terms, phrases=parsed.phrases if phrases else [], since=check_date(since, "--since"),
                      until=check_date(until, "--until"), source=source)
        if (self.hybrid if hybrid is None else hybrid) and self.reranker is not None:
            ranked = self.index.rank_articles(query, max(k, HYBRID_DEPTH))
            ranked = self.reranker()(text, ranked, k, lambda aids: self.index.matching(query, aids))
        else:
            ranked = self.index.rank_articles(query, k)
        # An article none of whose passages holds a query term (matched by its title, or by
        # another view's word forms) shows its first passage, the lead.
        leads = {aid: spans[0][0] for aid, spans in
                 self.store.passage_spans(r.article_id for r in ranked if r.passage_id is None).items()}
        return [Candidate(r.score, leads[r.article_id] if r.passage_id is None else r.passage_id, r.article_id)
                for r in ranked if r.passage_id is not None or r.article_id in leads]

    def search(self, text: str, k: int = 10, *, since: str | None = None, until: str | None = None,
               source: str | None = None, hybrid: bool | None = None) -> list[Hit]:
        found = self.candidates(text, k, since=since, until=until, source=source, hybrid=hybrid)
        passages = self.store.passages(pid for _, pid, _ in found)
        articles = self.store.articles(aid for _, _, aid in found)
        wanted = set(parse_query(text, self.analyzer).terms)
        hits = []
        for score, pid, aid in found:
            p, a = passages[pid], articles[aid]
            marks = [(p.start + s, p.start + e) for s, e in self.analyzer.find_terms(p.text, wanted)]
            hits.append(Hit(article_id=aid, title=a.title, source=a.source, published=a.published, url=a.url,
                            passage_id=pid, text=p.text, start=p.start, end=p.end, score=round(score, 4),
                            highlights=marks))
        return hits
