"""The tantivy passage index: a derived copy of the store, rebuilt whenever in doubt.

tantivy receives whitespace-joined terms already produced by akhbar's Analyzer, so the index
and the query side share one analysis. Queries are built with tantivy's Query API, never
through its query-string parser (user text such as ``المصدر: الجزيرة`` would be read as a
field name there).

The watermark (highest passage id indexed) and the analyzer version live in SQLite. tantivy
may hold passages past the watermark after a crash between its commit and ours: catching up
first deletes them, so nothing is indexed twice.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tantivy

from .arabic import Analyzer, normalize
from .store import Store

INDEX_FORMAT = "1"  # bump when the schema below changes
_BATCH = 5000


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("pid", stored=True, indexed=True, fast=True)
    b.add_unsigned_field("aid", stored=True, indexed=True, fast=True)
    b.add_text_field("body", tokenizer_name="whitespace", index_option="position")
    b.add_text_field("title", tokenizer_name="whitespace", index_option="freq")
    b.add_integer_field("day", indexed=True, fast=True)  # yyyymmdd of publication, 0 when unknown
    b.add_text_field("source", tokenizer_name="raw", index_option="basic")
    return b.build()


def day_number(iso: str | None, *, end: bool = False) -> int:
    """'2024-12-31' → 20241231; a month or year is widened to its first (or last) day."""
    if not iso:
        return 0
    parts = iso.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    day = int(parts[2]) if len(parts) > 2 else (31 if end else 1)
    return year * 10000 + month * 100 + day


@dataclass
class Query:
    """A search request in analyzed form."""

    terms: list[str]  # analyzed query terms (OR-ed, BM25)
    phrases: list[list[str]]  # analyzed quoted phrases (each must match)
    since: int = 0  # day numbers; 0 = open
    until: int = 0
    source: str | None = None
    boosts: dict[str, float] | None = None  # per-term weights (pseudo-relevance feedback)


class PassageIndex:
    def __init__(self, directory: Path, store: Store, analyzer: Analyzer):
        self.directory = directory
        self.store = store
        self.analyzer = analyzer
        self.schema = _schema()
        self._index: tantivy.Index | None = None

    # --- keeping the index in step with the store ------------------------------------------

    def _key(self) -> str:
        return f"{INDEX_FORMAT}:{self.analyzer.version}"

    def _open(self, fresh: bool) -> tantivy.Index:
        if fresh and self.directory.exists():
            shutil.rmtree(self.directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        return tantivy.Index(self.schema, path=str(self.directory), reuse=not fresh)

    def sync(self, rebuild: bool = False) -> int:
        """Bring the index up to the store; rebuild from scratch when missing, broken, of another
        analyzer version, or asked to. Returns the number of passages added."""
        fresh = rebuild or self.store.get_meta("index_key") != self._key() or not self.directory.exists()
        if not fresh:
            try:
                self._index = self._open(fresh=False)
                self._index.searcher()
            except (OSError, ValueError, RuntimeError):
                fresh = True  # deleted or corrupted on disk: the store has everything to rebuild it
        if fresh:
            self._index = self._open(fresh=True)
            with self.store.transaction():
                self.store.set_meta("index_key", self._key())
                self.store.set_meta("index_watermark", "0")
        watermark = int(self.store.get_meta("index_watermark", "0") or 0)
        if watermark >= self.store.max_passage_id():
            return 0
        assert self._index is not None
        writer = self._index.writer(heap_size=128_000_000, num_threads=1)
        if not fresh:
            writer.delete_documents_by_query(tantivy.Query.range_query(
                self.schema, "pid", tantivy.FieldType.Unsigned, watermark + 1, None))
        added = 0
        while True:
            rows = self.store.passages_after(watermark, _BATCH)
            if not rows:
                break
            for pid, aid, _s, _e, text, title, published, source in rows:
                # Typed adders: keyword construction reads Python ints as signed, which u64 fields refuse.
                doc = tantivy.Document()
                doc.add_unsigned("pid", pid)
                doc.add_unsigned("aid", aid)
                doc.add_text("body", " ".join(self.analyzer.terms(text)))
                doc.add_text("title", " ".join(self.analyzer.terms(title or "")))
                doc.add_integer("day", day_number(published))
                doc.add_text("source", normalize(source or ""))
                writer.add_document(doc)
            watermark = rows[-1][0]
            added += len(rows)
        writer.commit()
        writer.wait_merging_threads()
        with self.store.transaction():
            self.store.set_meta("index_watermark", str(watermark))
        self._index.reload()
        return added

    @property
    def index(self) -> tantivy.Index:
        if self._index is None:
            self.sync()
        assert self._index is not None
        return self._index

    # --- searching ----------------------------------------------------------------------------

    def _query(self, q: Query, title_weight: float) -> tantivy.Query:
        s = self.schema
        should = []
        for term in dict.fromkeys(q.terms):
            weight = (q.boosts or {}).get(term, 1.0)
            body = tantivy.Query.term_query(s, "body", term)
            should.append((tantivy.Occur.Should, body if weight == 1.0 else tantivy.Query.boost_query(body, weight)))
            if title_weight:
                should.append((tantivy.Occur.Should, tantivy.Query.boost_query(
                    tantivy.Query.term_query(s, "title", term), title_weight * weight)))
        clauses = []
        if should:
            clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(should)))
        for phrase in q.phrases:
            if len(phrase) == 1:
                clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(s, "body", phrase[0])))
            elif phrase:
                clauses.append((tantivy.Occur.Must, tantivy.Query.phrase_query(s, "body", phrase)))
        if q.since or q.until:
            clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(
                s, "day", tantivy.FieldType.Integer, q.since or 1, q.until or 99991231)))
        if q.source:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(s, "source", normalize(q.source))))
        if not clauses:
            return tantivy.Query.empty_query()
        return tantivy.Query.boolean_query(clauses)

    def search(self, q: Query, limit: int, title_weight: float = 0.0) -> list[tuple[float, int, int]]:
        """Top passages as (score, passage id, article id), best first."""
        if not q.terms and not q.phrases:
            return []
        searcher = self.index.searcher()
        result = searcher.search(self._query(q, title_weight), limit, count=False)
        addresses = [addr for _, addr in result.hits]
        pids = searcher.fast_field_values("pid", addresses)
        aids = searcher.fast_field_values("aid", addresses)
        return [(score, pid, aid) for (score, _), pid, aid in zip(result.hits, pids, aids)]

    def doc_freqs(self, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        searcher = self.index.searcher()
        return searcher.num_docs, {t: searcher.doc_freq("body", t) for t in terms}
