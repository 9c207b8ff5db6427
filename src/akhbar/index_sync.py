"""The passage index kept in step with the store: a derived copy, rebuilt whenever in doubt.

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
   readers keep the old index until the new one is complete."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import cast

import tantivy

from . import index_merge
from .arabic import Analyzer
from .errors import ArchiveCorrupt, ArchiveLocked
from .index_schema import _schema, document_terms, index_article, index_key, new_index, view_analyzers
from .store import LOCK_TIMEOUT, Store, storage_error

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: one writer is then the user's to ensure
    fcntl = None  # type: ignore[assignment]

_BATCH = 1000  # articles per read from the store


class SyncedIndex:
    """The index folder of an archive kept in step with its store: the one writer (sync, rebuild,
    bulk load, merge) and the readers' view of it. :class:`~akhbar.index.PassageIndex` searches it."""

    def __init__(self, directory: Path, store: Store, analyzer: Analyzer):
        self.directory = directory
        self.store = store
        self.analyzer = analyzer
        self.views = view_analyzers(analyzer)
        self.schema = _schema()
        self._index: tantivy.Index | None = None
        self._seen: tuple[str | None, str | None] = (None, None)  # (key, watermark) the open index was read at
        self._guard = threading.Lock()  # the web server's threads share one PassageIndex

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
        shutil.rmtree(old, ignore_errors=True)  # left by a rebuild that was killed (new_index clears a leftover new one)
        index = new_index(fresh)
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

    def _caught_up(self) -> tantivy.Index:
        """As the one writer (its lock held): the index brought up to the store, or rebuilt when
        there is none that can be used."""
        index = self._usable()
        if index is None:
            self._rebuild(None)
            index = self._usable()
        else:
            self._catch_up(index, None)
        assert index is not None
        return index

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
    def bulk_load(self) -> Iterator[SyncedIndex]:
        """Hold the one-writer lock for a bulk load, the index first brought up to the store. The
        load's articles are indexed by its tasks (:func:`build_segment`) and added whole with
        :meth:`adopt`; without that (or killed first), the next catch-up indexes them from the store."""
        with self.writer_lock():
            self._caught_up()
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
        index_merge.link_segments(self.directory, folders)
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
        try:
            with self.writer_lock():
                index = self._caught_up()
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
                    writer = new_index(fresh).writer(heap_size=index_merge.heap_for(self.directory, again), num_threads=1)
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
