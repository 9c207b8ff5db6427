"""Ingest: records → clean articles → duplicates resolved → stored with segments and events.

For every input record the ingest log says what became of it: stored, a duplicate of a named
article, or skipped with a reason. Records are committed in batches; a crash loses at most the
batch in flight, and re-running the same inputs finishes the job (what is stored is recognised
by its content hash and reported as already in the archive).

Two halves per record:

1. :func:`prepare` — the pure work: extract the articles, and for each one its fingerprint, language,
   segments and the dated events of its sentences. It runs in worker processes when ``workers`` > 1
   (see :mod:`akhbar.parallel`: started only after ``POOL_AFTER`` records, results in input order);
   in this process otherwise, where each part is computed only when the store half asks for it.
2. :class:`Ingestor` — everything that touches SQLite, in this process and in input order: duplicate
   decisions, inserts, the ingest log, batching and commits. The stored result does not depend on
   the number of workers.

One bad record never stops an ingest: whatever goes wrong with one record (a value SQLite cannot
store, a bug met by one odd page) undoes that record alone (a savepoint) and skips it with the
error as its reason. Only a fault of the archive itself (disk full, damaged database) stops the run,
with everything committed before it kept.
"""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import islice

from .crawl import far, late_batch, oldest_in_run, serial, stated_lag
from .dates import reference_day
from .dedup import FINGERPRINT_VERSION, Fingerprint, fingerprint, similarity
from .errors import UnreadableInput
from .events import EVENT, EVENTS_VERSION, article_mentions
from .extract import extract_articles
from .language import detect_language
from .models import ArticleDraft, DatedMention, Extracted, IngestItem, IngestReport, RawRecord, Skip
from .parallel import ordered_map, refuse_in_bootstrap
from .read import MAX_RECORD
from .segment import Segments, segment
from .stages import StageTimer
from .store import Store, storage_error

BATCH = 200  # records per transaction: big enough to be fast, small enough to lose little on a crash
# A copy published this many days or more away from its story's first article, whose relative dates
# ("اليوم", "أمس") then name other days, is another day's bulletin: its events are kept. Closer copies
# are the same report republished (wire copies appear over a day or so; crawlers date them late).
BULLETIN_GAP_DAYS = 2
BULLETIN_NOTE = "; another day's bulletin: its dated events are kept"  # added to the copy's log reason
POOL_AFTER = 200  # records prepared here before worker processes start: small ingests never start them

Progress = Callable[[str, str], None]  # called with (origin, label) of each item as it is done


@dataclass
class Tally:
    """Per input file: what kind of records it held, and how many stored articles lack a date or a source."""

    kind: str
    stored: int = 0
    no_date: int = 0
    no_source: int = 0
    date_fields: tuple[str, ...] = ()  # fields with date-like names that were not read as the date
    notes: Counter[str] = field(default_factory=Counter)  # notes of stored articles ("no body: …")

    def add(self, other: Tally) -> None:
        self.stored += other.stored
        self.no_date += other.no_date
        self.no_source += other.no_source
        self.date_fields = self.date_fields or other.date_fields
        self.notes.update(other.notes)


def count_stored(report: IngestReport, tally: Tally, article_id: int, published: str | None, source: str | None,
                 note: str) -> None:
    """Count one stored article in the report and its file's tally (what it lacks, its note)."""
    report.stored += 1
    report.articles.append(article_id)
    tally.stored += 1
    if not published:
        report.no_date += 1
        tally.no_date += 1
    if not source:
        report.no_source += 1
        tally.no_source += 1
    if note:
        tally.notes[note] += 1



def another_days_bulletin(mentions: Iterable[tuple[str, str]], published: str | None,
                          story_published: Callable[[], str | None]) -> bool:
    """Is a copy another day's bulletin: its relative dates resolve to other days than its story's (the
    same words, "no new cases today", published again a week later report another day)? ``mentions``
    are its (role, anchor) pairs; ``story_published`` gives the story's first article's date (looked
    up only when needed). Its events then go on the timeline; the copy itself stays unindexed."""
    if not any(role == EVENT and anchor for role, anchor in mentions):
        return False
    mine, first = reference_day(published), reference_day(story_published())
    return mine is not None and first is not None and abs((mine - first).days) >= BULLETIN_GAP_DAYS

def loss_warnings(tallies: dict[str, Tally]) -> list[str]:
    """Plain-words warnings: articles stored with a note (a feed item with no body), and most articles of
    a file stored without a date (or, for JSONL/CSV, without a source): date filters and timelines will
    never find them, and the fix is often a field name."""
    out: list[str] = []
    for origin, t in tallies.items():
        out.extend(f"{origin}: {n} of {t.stored} articles stored with a note: {note}" for note, n in t.notes.items())
        if t.kind != "fields" or not t.stored:
            continue
        if t.no_date * 2 > t.stored:
            hint = (f" (its records have {', '.join(t.date_fields)}: if one is the publication date, "
                    f"--field published={t.date_fields[0]})") if t.date_fields else ""
            out.append(f"{origin}: {t.no_date} of {t.stored} articles have no date: "
                       f"use --field published=NAME to name the field that holds their date{hint}")
        if t.no_source * 2 > t.stored:
            out.append(f"{origin}: {t.no_source} of {t.stored} articles have no source: "
                       "use --field source=NAME to name the field that holds it")
    pages = [t for t in tallies.values() if t.kind in ("html", "text", "feed")]
    stored, undated = sum(t.stored for t in pages), sum(t.no_date for t in pages)
    if stored and undated * 2 > stored:
        out.append(f"{undated} of {stored} articles from pages, feeds and text dumps have no date: "
                   "no date line, date meta tag, feed date or dated byline was found in them")
    return out


def _timed(stage: str):  # type: ignore[no-untyped-def]
    """A PreparedDraft part, computed once, its seconds kept in ``times`` under ``stage`` (they travel
    back from a worker with the draft and are reported to the ingest's StageTimer)."""

    def wrap(fn):  # type: ignore[no-untyped-def]
        def timed(self):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            value = fn(self)
            self.times[stage] = self.times.get(stage, 0.0) + time.perf_counter() - t0
            return value

        timed.__name__ = fn.__name__
        timed.__doc__ = fn.__doc__
        return cached_property(timed)

    return wrap


class PreparedDraft:
    """One extracted article with its pure, per-article analysis. Each part is computed on first use
    (in this process, only what the store half needs); :meth:`complete` computes them all (in a worker).
    ``times`` holds the seconds each part took (stage name → seconds), for the ingest's StageTimer."""

    def __init__(self, draft: ArticleDraft, passage_words: int, max_chars: int = MAX_RECORD):
        self.draft = draft
        self.passage_words = passage_words
        self.max_chars = max_chars
        self.times: dict[str, float] = {}

    @property
    def problem(self) -> str | None:
        """Why this article cannot be stored (None when it can)."""
        if not self.draft.text.strip():
            return "no article text after cleaning"
        if len(self.draft.text) > self.max_chars:
            return (f"article text of {len(self.draft.text):,} characters: over the max_record_mb limit, "
                    "too long to be one article")
        return None

    @_timed("fingerprint (MinHash)")
    def fingerprint(self) -> Fingerprint:
        fp = fingerprint(self.draft.text)
        fp.buckets  # noqa: B018 - a cached property, timed here with the signature it comes from
        return fp

    @_timed("language")
    def lang(self) -> str:
        return detect_language(self.draft.text)

    @_timed("segment")
    def segments(self) -> Segments:
        return segment(self.draft.text, self.passage_words)

    @_timed("dates (find_dates)")
    def events(self) -> list[DatedMention]:
        """Every dated mention of the article, each an event or a reference (akhbar.events)."""
        return article_mentions(self.draft.text, self.segments.sentences, self.draft.published, self.draft.url)

    def complete(self) -> PreparedDraft:
        if not self.problem:
            self.fingerprint, self.lang, self.segments, self.events  # noqa: B018 - computed here, travel with it
        return self


@dataclass
class Unreadable:
    """Why extraction could not use a record at all (unknown kind, no text field)."""

    reason: str
    seconds: float = field(default=0.0, compare=False)  # spent trying to extract it (for the StageTimer)


Prepared = list[PreparedDraft] | Unreadable | None  # None for an item that is already a Skip


def prepare(item: IngestItem, passage_words: int, complete: bool = False, max_chars: int = MAX_RECORD
            ) -> Prepared:
    """The pure half of ingesting one item: its articles, each ready to be stored (see PreparedDraft)."""
    if isinstance(item, Skip):
        return None
    t0 = time.perf_counter()
    try:
        # Web pages go through third-party parsers whose worst cases are not ours to bound: a time
        # limit; the text cleaner is linear in its input (a 20 MB dump may take a minute: no limit).
        with time_limit(PAGE_SECONDS if isinstance(item, RawRecord) and item.kind == "html" else 0):
            drafts = item.drafts if isinstance(item, Extracted) else extract_articles(item)
            ready = [PreparedDraft(d, passage_words, max_chars) for d in drafts]
            if ready:
                ready[0].times["extract"] = time.perf_counter() - t0  # the record's, reported once
            return [d.complete() for d in ready] if complete else ready
    except TooSlow:
        return Unreadable(f"reading this page took more than {PAGE_SECONDS} s (too complex to read); skipped",
                          time.perf_counter() - t0)
    except UnreadableInput as err:
        return Unreadable(str(err), time.perf_counter() - t0)
    except Exception as err:  # one odd record must not stop the run: it is skipped, saying why
        return Unreadable(_failure(err), time.perf_counter() - t0)


PAGE_SECONDS = 60  # one web page's extraction and analysis; a real page takes well under a second


class TooSlow(BaseException):
    """One page took longer than its time limit. A BaseException: the extractors' own ``except
    Exception`` must not swallow it and go on with the page."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TooSlow in the block after ``seconds`` (SIGALRM: on POSIX, in a process's main thread, as
    ingest's worker processes and the CLI are; elsewhere no limit). Time spent inside one C call
    (libxml2) counts but is only interrupted when the call returns; tame_html keeps those short."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _failure(err: BaseException) -> str:
    return f"akhbar failed on this record ({type(err).__name__}: {err}); please report it"


def _printable(text: str) -> str:
    """``text`` with any lone surrogate written as ``\\udcff``: it can be stored and printed."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _record_fault(err: Exception) -> bool:
    """Is this error the record's own (a value SQLite cannot store, a bug met by this record), not the
    archive's (disk full, I/O error, damaged or locked database: those stop the run)?"""
    if isinstance(err, sqlite3.DatabaseError):
        return isinstance(err, (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.ProgrammingError))
    return not isinstance(err, OSError)


class Ingestor:
    def __init__(self, store: Store, *, passage_words: int, near_threshold: float, workers: int = 1,
                 max_chars: int = MAX_RECORD):
        self.store = store
        self.passage_words = passage_words
        self.near_threshold = near_threshold
        self.workers = workers
        self.max_chars = max_chars
        self.timer = StageTimer()  # the running ingest's (see run)
        self.fetched: set[tuple[str | None, str]] = set()  # (source, fetch day) of the pages the running ingest stored

    def _root(self, article_id: int) -> int:
        kept = self.store.article(article_id).duplicate_of
        return kept if kept is not None else article_id

    def _store_draft(self, run: int, label: str, origin: str, locator: str, prepared: PreparedDraft,
                     report: IngestReport, tally: Tally) -> None:
        if prepared.problem:
            report.skip(Skip(label, prepared.problem))
            self.store.log(run, label, "skipped", reason=prepared.problem)
            return
        fp = prepared.fingerprint
        t0 = time.perf_counter()
        already = self.store.has_record(origin, locator, fp.hash)
        if already is not None:
            report.duplicate(label, self._root(already))
            self.store.log(run, label, "duplicate", duplicate_of=already, reason="already in the archive")
            return
        duplicate_of = None
        reason = ""
        same = self.store.find_by_hash(fp.hash)
        if same is not None:
            duplicate_of, reason = self._root(same[0]), "same text"
        else:
            best = max(((similarity(fp.signature, sig), aid) for aid, sig in
                        self.store.lsh_candidates(fp.buckets).items()), default=(0.0, 0))
            if best[0] >= self.near_threshold:
                # The closest earlier text may itself be a copy: link to the story's first article.
                duplicate_of, reason = self._root(best[1]), f"near-duplicate (similarity {best[0]:.2f})"
        self.timer.add("dedup: lookups + similarity", time.perf_counter() - t0)
        prepared.lang  # noqa: B018 - the pure parts this record needs, computed (and timed) outside the writes
        prepared.segments, prepared.events  # noqa: B018 - a copy may be another day's bulletin
        t1 = time.perf_counter()
        try:
            self._write(run, label, origin, locator, prepared, fp, duplicate_of, reason, report, tally)
        finally:
            self.timer.add("sqlite: writes", time.perf_counter() - t1)

    def _write(self, run: int, label: str, origin: str, locator: str, prepared: PreparedDraft, fp: Fingerprint,
               duplicate_of: int | None, reason: str, report: IngestReport, tally: Tally) -> None:
        draft = prepared.draft
        article_id = self.store.insert_article(
            draft, lang=prepared.lang, origin=origin, locator=locator, content_hash=fp.hash,
            duplicate_of=duplicate_of)
        self.store.add_signature(article_id, fp.blob, fp.buckets)  # copies too: see akhbar.dedup
        if duplicate_of is not None:
            # Kept for its source and metadata, never indexed: the story is searchable once.
            report.duplicate(label, duplicate_of)
            if another_days_bulletin([(m.role, m.anchor) for m in prepared.events], draft.published,
                                     lambda: self.store.article(duplicate_of).published):
                self._store_segments_and_events(article_id, prepared)
                reason += BULLETIN_NOTE
            self.store.log(run, label, "duplicate", article_id=article_id, duplicate_of=duplicate_of, reason=reason)
            return
        self._store_segments_and_events(article_id, prepared)
        count_stored(report, tally, article_id, draft.published, draft.source, draft.note)
        self.store.log(run, label, "stored", article_id=article_id, reason=draft.note or None)

    def _store_segments_and_events(self, article_id: int, prepared: PreparedDraft) -> None:
        self.fetched.add((prepared.draft.source, (prepared.draft.published or "")[:10]))
        segments = prepared.segments
        stored = self.store.insert_segments(article_id, segments.paragraphs, segments.passages)
        if prepared.events:
            self.store.insert_events(article_id, [sid for _pid, ids in stored for sid in ids], prepared.events)

    def refresh_events(self) -> int:
        """Recompute every stored article's dated mentions when they were made by another version of
        akhbar.events (an archive written before roles existed has every mention as an event). Returns
        the number of articles recomputed (0 when they are current)."""
        if self.store.get_meta("events_version") == EVENTS_VERSION:
            return 0
        done = last = 0
        with self.store.transaction():
            while batch := self.store.segmented_articles_after(last, 500):
                for article_id, text, published, url in batch:
                    self._redate(article_id, text, published, url)
                done += len(batch)
                last = batch[-1][0]
            self.date_late_pages()
            self.store.set_meta("events_version", EVENTS_VERSION)
        return done

    def date_late_pages(self, batches: set[tuple[str | None, str]] | None = None) -> int:
        """Recompute the dated mentions of the pages that state a day far from their fetch day, in the fetch
        batches (source, day) named (all when None): in a batch that holds pages of every week
        (``akhbar.crawl.late_batch``) such a page dates nothing from its fetch day, nor does a page the site numbered
        below the batch's newest run of days (``akhbar.crawl.oldest_in_run``). Returns how many pages changed."""
        done = 0
        named = self.store.fetch_batches() if batches is None else batches
        for source, day in sorted(named, key=lambda batch: (batch[0] or "", batch[1])):  # stored rows in one order
            if not day:
                continue
            pages = [(page, stated_lag(page[1], page[2])) for page in self.store.batch_pages(source, day)]
            late = late_batch(lag for _, lag in pages)
            # In a late batch, a page numbered below the newest pages' run of days is older than them (akhbar.crawl).
            oldest = oldest_in_run((serial(page[3]), lag) for page, lag in pages) if late else None
            for (article_id, text, published, url), lag in pages:
                number = serial(url) if oldest is not None else None
                below = number is not None and oldest is not None and number < oldest
                if not (far(lag) or below):
                    continue
                done += self._redate(article_id, text, published, url, stale=late, unless_same=True)
        return done

    def _redate(self, article_id: int, text: str, published: str | None, url: str | None, *, stale: bool = False,
                unless_same: bool = False) -> bool:
        """Compute a stored article's dated mentions again and store them in place of the old ones (``unless_same``:
        not when they come out as stored, whose rows would change for nothing). Whether they were rewritten."""
        rows = self.store.sentences_of_article(article_id)
        mentions = article_mentions(text, [(s, e) for _, s, e in rows], published, url, stale=stale)
        if unless_same and sorted((m.start, m.end, m.date, m.precision, m.role, m.why) for m in mentions) == sorted(
                tuple(r) for r in self.store.mentions_of_article(article_id)):
            return False
        self.store.delete_events(article_id)
        if mentions:
            self.store.insert_events(article_id, [sid for sid, _, _ in rows], mentions)
        return True

    def refingerprint(self) -> int:
        """Fingerprint every stored article again (hash, signature, LSH buckets) when the archive's
        fingerprints were made by another version of ``akhbar.dedup.words``; otherwise a re-run of the
        same input would no longer be recognised, nor a copy of an article stored before. Returns the
        number of articles fingerprinted (0 when they are current)."""
        if self.store.get_meta("fingerprint_version") == FINGERPRINT_VERSION:
            return 0
        done = last = 0
        with self.store.transaction():
            self.store.clear_signatures()
            while batch := self.store.article_texts_after(last, 1000):
                for article_id, text in batch:
                    fp = fingerprint(text)
                    self.store.set_content_hash(article_id, fp.hash)
                    self.store.add_signature(article_id, fp.blob, fp.buckets)
                done += len(batch)
                last = batch[-1][0]
            self.store.set_meta("fingerprint_version", FINGERPRINT_VERSION)
        return done

    def run(self, items: Iterable[IngestItem], progress: Progress | None = None,
            timer: StageTimer | None = None) -> IngestReport:
        """Ingest records (or already-extracted drafts). Every record ends in the report and the log;
        ``timer`` is told where the time went (stages "read", "extract", …, "sqlite: commit")."""
        refuse_in_bootstrap("an ingest")
        self.timer = timer if timer is not None else StageTimer()
        items = self.timer.timed_iter("read", items)
        report = IngestReport()
        tallies: dict[str, Tally] = {}
        try:
            self.store.restore_indexes()  # a bulk load killed before its end left them out
            self.refingerprint()  # both do nothing when the archive was written by this version
            self.refresh_events()
            report.run = run = self.store.start_run()
        except sqlite3.Error as err:
            raise storage_error(err, self.store.path) from None
        # Prepared in worker processes when there are many records, always consumed here in input order.
        prepared = ordered_map(partial(prepare, passage_words=self.passage_words, complete=self.workers > 1,
                                       max_chars=self.max_chars),
                               items, workers=self.workers, start_after=POOL_AFTER)
        with contextlib.closing(prepared):  # an interrupted ingest stops the workers at once
            while True:
                batch = list(islice(prepared, BATCH))
                try:
                    outcomes = self._store_batch(run, batch, progress)
                except sqlite3.Error as err:
                    raise storage_error(err, self.store.path) from None
                for mine, tally in outcomes:  # in input order, as if merged one record at a time
                    report.merge(mine)
                    for origin, t in tally.items():
                        tallies.setdefault(origin, Tally(t.kind)).add(t)
                if len(batch) < BATCH:
                    report.warnings = loss_warnings(tallies)
                    self._date_fetched()
                    return report

    def _date_fetched(self) -> None:
        """The run's pages, read with the other pages of their fetch batches (``date_late_pages``)."""
        fetched, self.fetched = self.fetched, set()
        if not fetched:
            return
        try:
            with self.store.transaction(self.timer):
                self.date_late_pages(fetched)
        except sqlite3.Error as err:
            raise storage_error(err, self.store.path) from None

    def _store_batch(self, run: int, batch: list[tuple[IngestItem, Prepared]], progress: Progress | None
                     ) -> list[tuple[IngestReport, dict[str, Tally]]]:
        """Store a batch in one transaction (a crash loses at most this one); each item's outcome.

        A savepoint per record costs SQLite a statement journal for every record, and records almost
        never fail: the batch is stored without them, and only when a record fails in a way that is its
        own is the whole batch rolled back and stored again with a savepoint per record, so that the bad
        record alone is undone and skipped (its stage seconds are then counted twice)."""
        told = 0

        def tell(item: IngestItem) -> None:
            if not progress:
                return
            if isinstance(item, Skip):
                progress(item.source, item.source)
            else:
                record = item.record if isinstance(item, Extracted) else item
                progress(record.origin, record.label)

        try:
            with self.store.transaction(self.timer):
                outcomes = []
                for item, ready in batch:
                    mine, tally = IngestReport(), dict[str, Tally]()
                    self._one(run, item, ready, mine, tally)
                    outcomes.append((mine, tally))
                    tell(item)
                    told += 1
            return outcomes
        except Exception as err:
            if not _record_fault(err):
                raise
        with self.store.transaction(self.timer):
            outcomes = [self._guarded(run, item, ready) for item, ready in batch]
        for item, _ in batch[told:]:
            tell(item)
        return outcomes

    def _guarded(self, run: int, item: IngestItem, prepared: Prepared) -> tuple[IngestReport, dict[str, Tally]]:
        """Store one item inside a savepoint: a failure that is the record's own undoes it and skips it."""
        mine, tally = IngestReport(), dict[str, Tally]()
        with self.store.savepoint() as undo:
            try:
                self._one(run, item, prepared, mine, tally)
            except Exception as err:
                if not _record_fault(err):
                    raise
                undo()
                label = _printable(item.source if isinstance(item, Skip) else (
                    item.record if isinstance(item, Extracted) else item).label)
                mine, tally = IngestReport(records=1), {}
                mine.skip(Skip(label, _printable(_failure(err))))
                self.store.log(run, label, "skipped", reason=mine.skipped[0].reason)
        return mine, tally

    def _one(self, run: int, item: IngestItem, prepared: Prepared, report: IngestReport,
             tallies: dict[str, Tally]) -> None:
        report.records += 1
        if isinstance(item, Skip):
            report.skip(item)
            self.store.log(run, item.source, "skipped", reason=item.reason)
            return
        record = item.record if isinstance(item, Extracted) else item
        if isinstance(prepared, Unreadable):
            self.timer.add("extract", prepared.seconds)
            report.skip(Skip(record.label, prepared.reason))
            self.store.log(run, record.label, "skipped", reason=prepared.reason)
            return
        if not prepared:
            reason = "no article text found after removing boilerplate"
            report.skip(Skip(record.label, reason))
            self.store.log(run, record.label, "skipped", reason=reason)
            return
        tally = tallies.setdefault(record.origin, Tally(record.kind))
        if record.date_fields and not tally.date_fields:
            tally.date_fields = record.date_fields
        for n, draft in enumerate(prepared):
            # A page split into several articles: each gets its own locator, so a re-run
            # recognises each one.
            locator = record.locator if len(prepared) == 1 else f"{record.locator}#{n + 1}".lstrip()
            label = f"{record.origin}:{locator}" if locator else record.origin
            self._store_draft(run, label, record.origin, locator, draft, report, tally)
            self.timer.add_all(draft.times)


def drafts_as_records(drafts: Iterable[ArticleDraft], origin: str) -> Iterator[Extracted]:
    """Wrap already-clean drafts (bench, eval, API callers) as records with line-number locators."""
    for n, draft in enumerate(drafts, 1):
        yield Extracted(RawRecord(origin=origin, locator=f"item {n}", kind="drafts"), [draft])
