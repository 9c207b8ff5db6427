"""What an article becomes in the tantivy index: the schema, the three analyzed views of an article,
its passage documents, and a whole index of some articles built anywhere (a task of a bulk ingest).

tantivy receives whitespace-joined terms already produced by akhbar's Analyzer, so the index and the
query side share one analysis. An index's key (its format and every analyzer's version) says which
terms it holds: an index of another key is rebuilt (:mod:`akhbar.index_sync`).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import tantivy

from .arabic import Analyzer, normalize, token_texts

INDEX_FORMAT = "3"  # bump when the schema below changes (3: source is a fast field, for facets)

# Article-level views: the same article seen through three analyzers. Their BM25 scores are
# fused (bench/README.md, "Retrieval quality"): stems from Snowball and from Larkey's light10
# fail on different words, and folded surface words reward exact forms.
VIEWS: dict[str, tuple[str, float]] = {"stem": ("snowball", 0.3), "light": ("light10", 0.5), "word": ("none", 0.2)}


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("pid", stored=True, indexed=True, fast=True)  # 0 on article documents
    b.add_unsigned_field("aid", stored=True, indexed=True, fast=True)
    b.add_text_field("body", tokenizer_name="whitespace", index_option="position")  # passage documents
    for view in VIEWS:  # article documents
        b.add_text_field(view, tokenizer_name="whitespace", index_option="position" if view == "stem" else "freq")
    b.add_integer_field("day", indexed=True, fast=True)  # yyyymmdd of publication, 0 when unknown
    b.add_text_field("source", tokenizer_name="raw", index_option="basic", fast=True)  # folded; "" when unknown
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


def view_analyzers(analyzer: Analyzer) -> dict[str, Analyzer]:
    """The analyzer of each article view. A view configured like the default analyzer uses that
    instance: one word cache, which the article view fills just before the passages are analyzed."""
    views = {view: Analyzer(stemmer) for view, (stemmer, _) in VIEWS.items()}
    return {view: analyzer if a.version == analyzer.version else a for view, a in views.items()}


def index_key(analyzer: Analyzer, views: dict[str, Analyzer]) -> str:
    """What an index's terms depend on: its format and every analyzer's version."""
    return ":".join([INDEX_FORMAT, analyzer.version] + [a.version for a in views.values()])


@dataclass
class DocumentTerms:
    """An article's index terms, analyzed once: whitespace-joined terms of title + text for each
    view, and of each passage (in passage order) for the ``body`` field. Made here at index time, or
    ahead in a shard task of a bulk ingest (the analysis is the costly part of indexing)."""

    views: dict[str, str]
    passages: list[str]


def document_terms(analyzer: Analyzer, views: dict[str, Analyzer], title: str, text: str,
                   spans: Iterable[tuple[int, int]]) -> DocumentTerms:
    full = f"{title}\n{text}" if title else text
    words = token_texts(full)  # tokenized once, analyzed by each view
    return DocumentTerms({view: " ".join(a.terms_of(words)) for view, a in views.items()},
                         [" ".join(analyzer.terms(text[start:end])) for start, end in spans])


def index_article(writer: tantivy.IndexWriter, aid: int, published: str | None, source: str | None,
                  passage_ids: list[int], terms: DocumentTerms, only: set[int] | None = None) -> None:
    """Add one kept article (its views) and its passages (``passage_ids``, in the order of
    ``terms.passages``) to ``writer``; ``only``: just these of its documents (passage ids, 0 for the
    article's own)."""
    day, folded_source = day_number(published), normalize(source or "")

    def doc(pid: int) -> tantivy.Document:
        # Typed adders: keyword construction reads Python ints as signed, which u64 fields refuse.
        d = tantivy.Document()
        d.add_unsigned("pid", pid)
        d.add_unsigned("aid", aid)
        d.add_integer("day", day)
        d.add_text("source", folded_source)
        return d

    if only is None or 0 in only:
        article = doc(0)
        for view, text in terms.views.items():
            article.add_text(view, text)
        writer.add_document(article)
    for pid, body in zip(passage_ids, terms.passages):
        if only is not None and pid not in only:
            continue
        passage = doc(pid)
        passage.add_text("body", body)
        writer.add_document(passage)


class IndexedArticle(NamedTuple):
    """What :func:`build_segment` indexes of one kept article."""

    aid: int
    published: str | None
    source: str | None
    passage_ids: list[int]
    terms: DocumentTerms


def new_index(folder: str | Path) -> tantivy.Index:
    """An empty index of this schema in ``folder``, in place of whatever was there (a task run again
    starts over; a rebuild or merge that was killed left its half-built index there)."""
    folder = Path(folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return tantivy.Index(_schema(), path=str(folder), reuse=False)


def build_segment(folder: str | Path, articles: Iterable[IndexedArticle]) -> None:
    """A complete index of ``articles`` alone in ``folder`` (replaced if it exists), with this
    module's schema: built by a task of a bulk ingest, anywhere, for :meth:`PassageIndex.adopt`."""
    index = new_index(folder)
    # One indexing thread: two split the same documents into twice the segments, which then cost
    # more to merge (measured on 20k generated articles: 11.5 against 13.8 CPU s).
    writer = index.writer(heap_size=128_000_000, num_threads=1)
    for a in articles:
        index_article(writer, a.aid, a.published, a.source, a.passage_ids, a.terms)
    writer.commit()
    writer.wait_merging_threads()
