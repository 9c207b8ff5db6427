"""The tantivy passage index: a derived copy of the store, rebuilt whenever in doubt.

tantivy receives whitespace-joined terms already produced by akhbar's Analyzer, so the index
and the query side share one analysis. Queries are built with tantivy's Query API, never
through its query-string parser (user text such as ``المصدر: الجزيرة`` would be read as a
field name there).

The watermark (highest article id indexed) and the analyzer version live in SQLite. tantivy
may hold passages past the watermark after a crash between its commit and ours: catching up
first deletes them, so nothing is indexed twice.

Readers and writers (several processes may open one archive: an ingest, a search, the server):

1. Readers never write the index. A search opened while the index lags the store reads what the
   index holds (:meth:`PassageIndex.pending` says how many articles it is behind: the CLI and
   the API say it is catching up), and reloads when a writer moves the watermark.
2. One writer at a time: :meth:`PassageIndex.sync` (end of an ingest, ``reindex``) takes a lock
   file beside the index and waits for it, so two ingests, or an ingest and a reindex, take
   turns instead of failing on tantivy's own writer lock.
3. Only when there is no usable index at all (deleted, damaged, built by another analyzer) does a
   reader build it, as that one writer: nothing could be read otherwise.
4. A rebuild first checks the database (``PRAGMA quick_check``: a damaged store must not replace a
   good index with a broken one), builds the new index beside the old one and swaps it in, so
   readers keep the old index until the new one is complete.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, cast

import tantivy

from . import lexicon
from .arabic import Analyzer, normalize, token_texts
from .errors import ArchiveCorrupt, ArchiveLocked
from .models import RankedArticle
from .store import LOCK_TIMEOUT, Store, storage_error

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: one writer is then the user's to ensure
    fcntl = None  # type: ignore[assignment]

INDEX_FORMAT = "3"  # bump when the schema below changes (3: source is a fast field, for facets)
_BATCH = 1000  # articles per read from the store
_BY_AID = {"sort_by_field": {"field": "aid", "order": "Asc"}}  # tantivy's index sorting, for a merge in id order

# Article-level views: the same article seen through three analyzers. Their BM25 scores are
# fused (bench/README.md, "Retrieval quality"): stems from Snowball and from Larkey's light10
# fail on different words, and folded surface words reward exact forms.
# The one-letter prepositions of the shared clitic list (ل، ب، ك; not the conjunctions و، ف): no stemmer takes them off.
PROCLITICS = lexicon.PROCLITICS.strip("وف")
PROCLITIC_RATIO = 10  # the bare word is this many times commoner: "مفهوم" for "لمفهوم", never "بنان" for "لبنان"
VIEWS: dict[str, tuple[str, float]] = {"stem": ("snowball", 0.3), "light": ("light10", 0.5), "word": ("none", 0.2)}

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


def _replace_json(path: Path, data: object) -> None:
    """Write ``path`` whole or not at all (a temporary file, synced, renamed over it)."""
    tmp = path.with_name(path.name + ".akhbar-tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


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


def build_segment(folder: str | Path, articles: Iterable[IndexedArticle]) -> None:
    """A complete index of ``articles`` alone in ``folder`` (replaced if it exists), with this
    module's schema: built by a task of a bulk ingest, anywhere, for :meth:`PassageIndex.adopt`."""
    folder = Path(folder)
    shutil.rmtree(folder, ignore_errors=True)  # a task run again starts over
    folder.mkdir(parents=True)
    index = tantivy.Index(_schema(), path=str(folder), reuse=False)
    # One indexing thread: two split the same documents into twice the segments, which then cost
    # more to merge (measured on 20k generated articles: 11.5 against 13.8 CPU s).
    writer = index.writer(heap_size=128_000_000, num_threads=1)
    for a in articles:
        index_article(writer, a.aid, a.published, a.source, a.passage_ids, a.terms)
    writer.commit()
    writer.wait_merging_threads()


@dataclass
class Query:
    """A search request: the raw text is analyzed once per view."""

    text: str
    terms: list[str]  # the default analyzer's terms of the text (for passage coverage)
    phrases: list[list[str]]  # quoted phrases, as terms of the default (stem) analyzer; each must match
    since: int = 0  # day numbers; 0 = open
    until: int = 0
    sources: tuple[str, ...] | None = None  # folded source names, any of them; None = every source


@dataclass
class Facets:
    """Counts of the articles matching a query, per folded source ("" = unknown) and per year (0 = no date)."""

    sources: dict[str, int]
    years: dict[int, int]


class PassageIndex:
    """Article documents (three analyzed views, for ranking articles) and passage documents
    (for picking and citing the best passage), in one tantivy index."""

    def __init__(self, directory: Path, store: Store, analyzer: Analyzer):
        self.directory = directory
        self.store = store
        self.analyzer = analyzer
        self.views = view_analyzers(analyzer)
        self.schema = _schema()
        self._index: tantivy.Index | None = None
        self._seen: tuple[str | None, str | None] = (None, None)  # (key, watermark) the open index was read at
        self._guard = threading.Lock()  # the web server's threads share one PassageIndex
        self._scans: tuple[int, ThreadPoolExecutor] | None = None  # (process id, pool): see _pool
        self._counted: OrderedDict[tuple[object, ...], Facets] = OrderedDict()  # see start_facets

    # --- keeping the index in step with the store ------------------------------------------

    def key(self) -> str:
        """What this index's terms depend on (:func:`index_key`)."""
        return index_key(self.analyzer, self.views)

    def _check_folder(self) -> None:
        if self.directory.exists() and not self.directory.is_dir():
            raise ArchiveCorrupt(f"{self.directory} should be the archive's search index folder but is a file: "
                                 "move it away, then run `akhbar reindex`")

    @contextlib.contextmanager
    def writer_lock(self, wait: float = LOCK_TIMEOUT) -> Iterator[None]:
        """The one-writer lock (a lock file beside the index), waited for up to ``wait`` seconds."""
        lock = self.directory.with_name(self.directory.name + ".lock")
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise storage_error(err, self.directory) from None
        try:
            deadline = time.monotonic() + wait
            while fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise ArchiveLocked(f"another akhbar process is writing the search index of "
                                            f"{self.directory.parent}; try again when it has finished") from None
                    time.sleep(0.05)
            yield
        finally:
            os.close(fd)  # (closing releases the lock)

    def _usable(self) -> tantivy.Index | None:
        """The index on disk, opened for reading, when it is the current one and can be read."""
        self._check_folder()
        if self.store.get_meta("index_key") != self.key():
            return None
        try:
            if not tantivy.Index.exists(str(self.directory)):
                return None
            index = tantivy.Index.open(str(self.directory))
            index.searcher()
            return index
        except (OSError, ValueError, RuntimeError):
            return None  # damaged on disk: the store has everything to rebuild it

    def sync(self, rebuild: bool = False, progress: Callable[[int, int], None] | None = None) -> int:
        """Bring the index up to the store, as the one writer (waiting for another to finish); rebuild
        it beside the old one when missing, damaged, of another analyzer version, or asked to.
        Returns the number of articles added; ``progress(done, total)`` is called after each batch."""
        try:
            with self.writer_lock():
                index = None if rebuild else self._usable()
                if index is None:
                    return self._rebuild(progress)
                return self._catch_up(index, progress)
        except OSError as err:
            raise storage_error(err, self.directory) from None
        except ValueError as err:  # tantivy reports its I/O failures as ValueError
            if "No space left" in str(err):
                raise storage_error(OSError(errno.ENOSPC, str(err)), self.directory) from None
            raise

    def _catch_up(self, index: tantivy.Index, progress: Callable[[int, int], None] | None) -> int:
        watermark = int(self.store.get_meta("index_watermark", "0") or 0)
        if watermark < self.store.max_kept_article_id():
            writer = index.writer(heap_size=128_000_000, num_threads=1)
            # passages past the watermark: committed by tantivy before a crash, not by us
            writer.delete_documents_by_query(tantivy.Query.range_query(
                self.schema, "aid", tantivy.FieldType.Unsigned, watermark + 1, None))
            watermark, _added = self._fill(writer, watermark, progress)
            with self.store.transaction():
                self.store.set_meta("index_watermark", str(watermark))
        else:
            _added = 0
        self._adopt(index)
        return _added

    def _rebuild(self, progress: Callable[[int, int], None] | None) -> int:
        """A whole new index, built beside the old one and swapped in; the database is checked first."""
        problem = self.store.quick_check()
        if problem:
            raise ArchiveCorrupt(f"{self.store.path} is damaged ({problem}); the search index was left as it "
                                 "was. Restore the database from a backup, or re-ingest your files into a new archive")
        self._check_folder()
        fresh = self.directory.with_name(self.directory.name + ".new")
        old = self.directory.with_name(self.directory.name + ".old")
        for leftover in (fresh, old):  # from a rebuild that was killed
            shutil.rmtree(leftover, ignore_errors=True)
        fresh.mkdir(parents=True)
        index = tantivy.Index(self.schema, path=str(fresh), reuse=False)
        watermark, added = self._fill(index.writer(heap_size=128_000_000, num_threads=1), 0, progress)
        if self.directory.exists():
            os.rename(self.directory, old)
        os.rename(fresh, self.directory)
        with self.store.transaction():
            self.store.set_meta("index_key", self.key())
            self.store.set_meta("index_watermark", str(watermark))
        shutil.rmtree(old, ignore_errors=True)  # readers that still have it open keep their files
        self._adopt(tantivy.Index.open(str(self.directory)))
        return added

    def _fill(self, writer: tantivy.IndexWriter, watermark: int, progress: Callable[[int, int], None] | None
              ) -> tuple[int, int]:
        """Add every kept article after ``watermark``; commit. Returns (new watermark, articles added)."""
        added = 0
        total = self.store.count_kept_articles_after(watermark) if progress else 0
        while True:
            articles = self.store.kept_articles_after(watermark, _BATCH)
            if not articles:
                break
            self._index_rows(writer, articles)
            watermark = articles[-1][0]
            added += len(articles)
            if progress:
                progress(added, total)
        writer.commit()
        writer.wait_merging_threads()
        return watermark, added

    def _index_rows(self, writer: tantivy.IndexWriter, articles: list[tuple[int, str, str, str | None, str | None]],
                    only: dict[int, set[int]] | None = None) -> None:
        spans = self.store.passage_spans(a[0] for a in articles)
        for aid, text, title, published, source in articles:
            mine = spans.get(aid, [])
            terms = document_terms(self.analyzer, self.views, title, text, [(s, e) for _, s, e in mine])
            index_article(writer, aid, published, source, [pid for pid, _, _ in mine], terms,
                          None if only is None else only[aid])

    def _index_documents(self, writer: tantivy.IndexWriter, documents: dict[int, set[int]]) -> None:
        """Index these documents again from the store: article id -> its passage ids (0: the article's own)."""
        aids = sorted(documents)
        for n in range(0, len(aids), _BATCH):
            self._index_rows(writer, self.store.kept_articles_in(aids[n:n + _BATCH]), documents)

    def _adopt(self, index: tantivy.Index) -> None:
        with self._guard:
            self._index = index
            self._seen = self._state()
            index.reload()

    def _state(self) -> tuple[str | None, str | None]:
        return self.store.index_state()

    def pending(self) -> int:
        """Articles in the store that the index does not hold yet (a writer is catching up)."""
        watermark = int(self.store.get_meta("index_watermark", "0") or 0)
        if watermark >= self.store.max_kept_article_id():
            return 0
        return self.store.count_kept_articles_after(watermark)

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[PassageIndex]:
        """Hold the one-writer lock for a bulk load, the index first brought up to the store. The
        load's articles are indexed by its tasks (:func:`build_segment`) and added whole with
        :meth:`adopt`; without that (or killed first), the next catch-up indexes them from the store."""
        with self.writer_lock():
            index = self._usable()
            if index is None:
                self._rebuild(None)
            else:
                self._catch_up(index, None)
            yield self
            assert self._index is not None
            self._adopt(tantivy.Index.open(str(self.directory)))

    def adopt(self, folders: Iterable[str | Path], upto: int) -> None:
        """Make the segments of the indexes in ``folders`` (:func:`build_segment`, this schema) part of
        this index, then move the watermark to ``upto`` (the highest article id they hold). Only
        inside :meth:`bulk_load`, with no tantivy writer open on this index.

        tantivy-py cannot add another index's segments, but its directory format is simple: the
        segment files (named by the segment's id), ``meta.json`` listing the segments of the last
        commit, and ``.managed.json`` listing the files tantivy may delete once no commit refers to
        them. The new files are listed in ``.managed.json``, then linked (copied across file
        systems), then their segments listed in ``meta.json``, each JSON file replaced whole (a
        rename): the new ``meta.json`` is the commit. Killed before it, the new files are referred
        to by no commit and tantivy's next garbage collection deletes them (a listed file that was
        never linked is dropped from the list); killed after it but before the watermark moves, the
        next catch-up deletes the articles past the watermark and indexes them from the store."""
        from .index_merge import link_segments

        link_segments(self.directory, folders)
        with self.store.transaction():
            self.store.set_meta("index_watermark", str(upto))

    def merge(self) -> tuple[int, int, int]:
        """Merge the index's segments into one, in article id order, analyzing again only the articles
        of segments tantivy would leave out (:func:`akhbar.index_merge.plan`): (segments before,
        segments after, articles indexed again). As the one writer, the index first brought up to
        the store.

        Every search reads every segment (47 segments at a million articles: a search costs about
        1.7x the CPU of one segment), and a merge reads only the index. Scores do not change (BM25
        statistics are the whole index's); ties are broken by the documents' order, so the merged
        segment keeps them in id order (tantivy's sorted merge by ``aid``), as one writer indexing
        the store from the start would. Built beside the index from hard links of its files and
        swapped in, as :meth:`sync` rebuilds: readers keep the old files until they reload; killed
        before the swap, the index is as it was."""
        from . import index_merge

        try:
            with self.writer_lock():
                index = self._usable()
                if index is None:
                    self._rebuild(None)
                    index = self._usable()
                else:
                    self._catch_up(index, None)
                assert index is not None
                before = cast(int, index.searcher().num_segments)
                if before < 2:
                    return before, before, 0
                again = index_merge.plan(self.directory)
                aids = index_merge.documents_of(self.directory, again) if again else {}
                staging = self.directory.with_name(self.directory.name + ".merge")
                # The documents indexed again are one index of their own first: added to the merge's writer,
                # their segment would come after tantivy had started merging the others without it.
                fresh = self.directory.with_name(self.directory.name + ".again")
                parts = [self.directory]
                if aids:
                    shutil.rmtree(fresh, ignore_errors=True)
                    fresh.mkdir(parents=True)
                    writer = tantivy.Index(self.schema, path=str(fresh), reuse=False).writer(
                        heap_size=index_merge.heap_for(self.directory, again), num_threads=1)
                    self._index_documents(writer, aids)
                    writer.commit()
                    writer.wait_merging_threads()
                    del writer
                    parts.append(fresh)
                after = index_merge.merge_segments(staging, parts, in_id_order=True, skip=frozenset(again))
                shutil.rmtree(fresh, ignore_errors=True)
                if after < before:
                    old = self.directory.with_name(self.directory.name + ".old")
                    shutil.rmtree(old, ignore_errors=True)
                    os.rename(self.directory, old)
                    os.rename(staging, self.directory)
                    shutil.rmtree(old, ignore_errors=True)  # readers that still have it open keep their files
                shutil.rmtree(staging, ignore_errors=True)
                self._adopt(tantivy.Index.open(str(self.directory)))
                return before, min(after, before), len(aids) if after < before else 0
        except OSError as err:
            raise storage_error(err, self.directory) from None

    @property
    def index(self) -> tantivy.Index:
        return self.reader()

    def reader(self) -> tantivy.Index:
        """The index for reading: opened on first use, reloaded when a writer has moved the store's
        watermark since; built only when there is none that can be read (see the module docstring)."""
        state = self._state()
        with self._guard:
            if self._index is not None and state == self._seen:
                return self._index
        index = self._usable()
        if index is not None:
            self._adopt(index)
            return index
        try:
            with self.writer_lock(wait=LOCK_TIMEOUT):
                index = self._usable()  # another process may have built it while we waited
                if index is None:
                    self._rebuild(None)
                else:
                    self._adopt(index)
        except OSError as err:
            raise storage_error(err, self.directory) from None
        assert self._index is not None
        return self._index

    # --- searching ----------------------------------------------------------------------------

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
