"""SQLite store: the source of truth of an archive.

WAL mode, one transaction per batch of input records, so a crash at any moment leaves every
committed article whole and no half-written one. Schema changes are numbered migrations;
an archive written by a newer akhbar is refused rather than damaged.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import AkhbarError, ArchiveCorrupt, ArchiveError, ArchiveLocked, DiskFull, NotFound
from .models import Article, ArticleDraft, DatedMention, EventRow, Passage
from .stages import StageTimer

# Each entry moves the schema one version up. Never edit a released entry: add a new one.
MIGRATIONS: list[str] = [
    # 1: articles, their segments, near-duplicate signatures, the ingest log
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        published TEXT,
        source TEXT,
        url TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        lang TEXT NOT NULL,
        origin TEXT NOT NULL,
        locator TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id),
        added_at TEXT NOT NULL
    );
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_dup ON articles(duplicate_of);
    CREATE TABLE paragraphs (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        ord INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        PRIMARY KEY (article_id, ord)
    );
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        ord INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
    );
    CREATE INDEX passages_article ON passages(article_id);
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        passage_id INTEGER NOT NULL REFERENCES passages(id),
        ord INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
    );
    CREATE INDEX sentences_passage ON sentences(passage_id);
    CREATE INDEX sentences_article ON sentences(article_id);
    CREATE TABLE signatures (article_id INTEGER PRIMARY KEY REFERENCES articles(id), sig BLOB NOT NULL);
    CREATE TABLE lsh (band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id INTEGER NOT NULL);
    CREATE INDEX lsh_lookup ON lsh(band, bucket);
    CREATE TABLE ingest_log (
        id INTEGER PRIMARY KEY,
        run INTEGER NOT NULL,
        record TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'skipped')),
        article_id INTEGER,
        duplicate_of INTEGER,
        reason TEXT,
        at TEXT NOT NULL
    );
    """,
    # 2: dated events (timeline), one row per date mention in a sentence
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        sentence_id INTEGER NOT NULL REFERENCES sentences(id),
        date TEXT NOT NULL,
        precision TEXT NOT NULL,
        mention_start INTEGER NOT NULL,
        mention_end INTEGER NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(date);
    """,
    # 3: every dated mention is stored with its role (an event, or a reference given as context) and
    # what a relative date was resolved against (akhbar.events); rows written before have the defaults
    # until the next ingest recomputes them (Ingestor.refresh_events)
    """
    ALTER TABLE events ADD COLUMN role TEXT NOT NULL DEFAULT 'event';
    ALTER TABLE events ADD COLUMN why TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN anchor TEXT NOT NULL DEFAULT ''
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
DEFERRED_INDEXES = "deferred_indexes"  # meta: the indexes a bulk load dropped, to build at its end (Store.defer_indexes)
LOCK_TIMEOUT = 30  # seconds a statement waits for another process's lock before giving up


def storage_error(err: sqlite3.Error | OSError, path: Path | str) -> AkhbarError:
    """What a SQLite (or file system) failure means for the user, and what to do about it."""
    text = str(err)
    if (isinstance(err, OSError) and err.errno == errno.ENOSPC) or "disk is full" in text \
            or "No space left" in text:
        return DiskFull(f"the disk holding {path} is full: free some space, then re-run; everything "
                        "committed before this point is kept")
    if "locked" in text or "busy" in text:
        return ArchiveLocked(f"{path} is locked by another akhbar process; wait for it to finish")
    if "readonly" in text or "read-only" in text:
        return ArchiveError(f"{path} cannot be written ({text}); check its permissions")
    if isinstance(err, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text
                                                    or "corrupt" in text):
        return ArchiveCorrupt(f"{path} is damaged ({text}); restore it from a backup, or re-ingest your files "
                              "into a new archive (`akhbar reindex` cannot repair the database)")
    return ArchiveError(f"{path} could not be used ({type(err).__name__}: {text})")


def _create(path: Path) -> None:
    """A new database, set up under a temporary name and then linked into place: an archive's
    database file exists only once it holds its schema (so an empty one can only be damage), and
    processes creating the same archive at once end up sharing one."""
    temporary = path.with_name(f"{path.name}.new-{os.getpid()}-{threading.get_ident()}")
    try:
        Store(temporary).close()
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another process created it first: use theirs
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(temporary, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{temporary}{suffix}")


@dataclass
class BulkRows:
    """A shard's rows for :meth:`Store.bulk_insert`, in the columns of their tables (ids given: the
    bulk loader hands them out in input order, as SQLite would one insert at a time)."""

    articles: list[tuple[Any, ...]] = field(default_factory=list)  # id, title, text (UTF-8 bytes), … added_at
    paragraphs: list[tuple[int, int, int, int]] = field(default_factory=list)
    passages: list[tuple[int, int, int, int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int, int, int, int, int]] = field(default_factory=list)
    signatures: list[tuple[int, bytes]] = field(default_factory=list)
    lsh: list[tuple[int, str]] = field(default_factory=list)  # article id, its band buckets as a JSON array
    events: list[tuple[Any, ...]] = field(default_factory=list)  # article, sentence, date, precision, role, why, anchor, start, end
    log: list[tuple[Any, ...]] = field(default_factory=list)  # run, record, status, article_id, duplicate_of, reason, at


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A thin layer over one SQLite connection; all SQL of akhbar lives here."""

    def __init__(self, path: Path, create: bool = False):
        self.path = path
        if create and not path.exists():
            _create(path)
        try:
            if path.stat().st_size == 0:
                raise ArchiveCorrupt(f"{path} is empty (0 bytes): the archive's data is gone (an interrupted copy, a "
                                     "full disk?); restore it from a backup, or delete it to start a new archive")
        except FileNotFoundError:
            pass
        self._has_json: bool | None = None
        try:
            self.db = sqlite3.connect(str(path), timeout=LOCK_TIMEOUT, isolation_level=None, check_same_thread=False)
            self._set_up()
        except sqlite3.DatabaseError as err:
            if "locked" in str(err):
                raise ArchiveLocked(f"{path} is locked by another akhbar process; wait for it to finish") from None
            raise ArchiveCorrupt(
                f"{path} is not a readable akhbar database ({err}); restore it from a backup or re-ingest into a new archive"
            ) from None

    # --- schema -------------------------------------------------------------------------------

    def _set_up(self) -> None:
        """WAL mode and the schema. When several processes open a new archive at once, SQLite can
        refuse at once with "locked" where it cannot safely wait (switching the file to WAL, a
        reader that would deadlock a writer); every step here is safe to repeat (the migration
        re-reads the schema version under its lock), so repeat them until the lock timeout."""
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA foreign_keys=ON")
                # in memory: the statement journal of the per-record savepoints (see ingest), a few
                # pages each, would otherwise be written to a temporary file for every record
                self.db.execute("PRAGMA temp_store=MEMORY")
                self._migrate()
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)  # (a failed migration step has rolled back: see transaction())

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ArchiveCorrupt(
                f"{self.path} was written by a newer akhbar (schema {version} > {SCHEMA_VERSION}); upgrade akhbar"
            )
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                # Another process opening the same new archive may have run this step between our
                # read above and our write lock: read the version again under the lock.
                if self.db.execute("PRAGMA user_version").fetchone()[0] > number:
                    continue
                # executescript() would commit on its own; run statements one by one inside our transaction
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def transaction(self, timer: StageTimer | None = None) -> Iterator[None]:
        """One write transaction; ``timer`` is told how long its COMMIT took ("sqlite: commit")."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.db.in_transaction:  # SQLite has rolled back by itself after some errors (disk full)
                self.db.execute("ROLLBACK")
            raise
        else:
            t0 = time.perf_counter()
            self.db.execute("COMMIT")
            if timer is not None:
                timer.add("sqlite: commit", time.perf_counter() - t0)

    @contextmanager
    def savepoint(self) -> Iterator[Callable[[], None]]:
        """A savepoint inside the current transaction (one record of an ingest batch). The body is given
        a function that undoes what it wrote since; the savepoint is released when the body ends, and
        an error that escapes the body is left to the enclosing transaction."""
        def undo() -> None:
            self.db.execute("ROLLBACK TO record")

        self.db.execute("SAVEPOINT record")
        yield undo
        self.db.execute("RELEASE record")

    def close(self) -> None:
        self.db.close()

    def quick_check(self) -> str | None:
        """SQLite's own check of the database file: None when sound, else its first complaint."""
        try:
            rows = self.db.execute("PRAGMA quick_check(5)").fetchall()
        except sqlite3.DatabaseError as err:
            return str(err)
        problems = [row[0] for row in rows if row[0] != "ok"]
        return "; ".join(problems) or None

    # --- meta ---------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def index_state(self) -> tuple[str | None, str | None]:
        """(index_key, index_watermark) in one read: what the search index holds, as its writer left it."""
        values = dict(self.db.execute(
            "SELECT key, value FROM meta WHERE key IN ('index_key', 'index_watermark')").fetchall())
        return values.get("index_key"), values.get("index_watermark")

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def delete_meta(self, key: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key = ?", (key,))

    # --- writing ------------------------------------------------------------------------------

    def start_run(self) -> int:
        """A new run number for the ingest log, taken under the write lock: two ingests at once get two."""
        with self.transaction():
            last = self.get_meta("last_run")
            if last is None:  # an archive from before the counter
                last = str(self.db.execute("SELECT COALESCE(MAX(run), 0) FROM ingest_log").fetchone()[0])
            run = int(last) + 1
            self.set_meta("last_run", str(run))
        return run

    def find_by_hash(self, content_hash: str) -> tuple[int, str, str] | None:
        """(id, origin, locator) of the first article with this content hash, kept or duplicate."""
        row = self.db.execute(
            "SELECT id, origin, locator FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", (content_hash,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def has_record(self, origin: str, locator: str, content_hash: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND origin = ? AND locator = ? LIMIT 1",
            (content_hash, origin, locator),
        ).fetchone()
        return row[0] if row else None

    def insert_article(
        self, draft: ArticleDraft, *, lang: str, origin: str, locator: str, content_hash: str,
        duplicate_of: int | None,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO articles(title, text, published, source, url, tags, lang, origin, locator, content_hash,"
            " duplicate_of, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (draft.title, draft.text, draft.published, draft.source, draft.url,
             json.dumps(draft.tags, ensure_ascii=False), lang, origin, locator, content_hash, duplicate_of, _now()),
        )
        return int(cur.lastrowid or 0)

    def insert_segments(
        self, article_id: int, paragraphs: list[tuple[int, int]],
        passages: list[tuple[int, int, list[tuple[int, int]]]],
    ) -> list[tuple[int, list[int]]]:
        """Store paragraphs and passages (each with its sentences); return (passage id, sentence ids).

        The ids are the ones SQLite would give one insert at a time (one more than the largest, read
        under the write lock the caller holds), so the rows go in with one ``executemany`` per table
        instead of one statement per passage and per sentence."""
        self.db.executemany(
            "INSERT INTO paragraphs(article_id, ord, start, end) VALUES (?,?,?,?)",
            [(article_id, i, s, e) for i, (s, e) in enumerate(paragraphs)],
        )
        pid, sid = self.next_ids()
        first_sid = sid  # a sentence's ord is its place in the article
        out: list[tuple[int, list[int]]] = []
        passage_rows: list[tuple[int, int, int, int, int]] = []
        sentence_rows: list[tuple[int, int, int, int, int, int]] = []
        for ord_, (start, end, sentences) in enumerate(passages):
            passage_rows.append((pid, article_id, ord_, start, end))
            ids = list(range(sid, sid + len(sentences)))
            sentence_rows.extend((i, article_id, pid, i - first_sid, s, e) for i, (s, e) in zip(ids, sentences))
            out.append((pid, ids))
            pid, sid = pid + 1, sid + len(sentences)
        self.db.executemany("INSERT INTO passages(id, article_id, ord, start, end) VALUES (?,?,?,?,?)", passage_rows)
        self.db.executemany("INSERT INTO sentences(id, article_id, passage_id, ord, start, end) VALUES (?,?,?,?,?,?)",
                            sentence_rows)
        return out

    def insert_events(self, article_id: int, sentence_ids: list[int], mentions: Iterable[DatedMention]) -> None:
        """The dated mentions of an article (events and references), each in its sentence."""
        self._insert_event_rows([(article_id, sentence_ids[m.sentence], m.date, m.precision, m.role, m.why, m.anchor,
                                  m.start, m.end) for m in mentions])

    def _insert_event_rows(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (article id, sentence id, date, precision, role, why, anchor, mention start, end)."""
        self.db.executemany(
            "INSERT INTO events(article_id, sentence_id, date, precision, role, why, anchor, mention_start,"
            " mention_end) VALUES (?,?,?,?,?,?,?,?,?)", rows)

    def delete_events(self, article_id: int) -> None:
        self.db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))

    def segmented_articles_after(self, article_id: int, limit: int) -> list[tuple[int, str, str | None, str | None]]:
        """(id, text, published, url) of the articles with stored sentences and id > article_id, in id order."""
        return self.db.execute(
            "SELECT id, text, published, url FROM articles WHERE id > ? AND id IN (SELECT article_id FROM sentences)"
            " ORDER BY id LIMIT ?", (article_id, limit)).fetchall()

    def add_signature(self, article_id: int, sig: bytes, buckets: list[int]) -> None:
        self.db.execute("INSERT INTO signatures(article_id, sig) VALUES (?, ?)", (article_id, sig))
        self.db.executemany(
            "INSERT INTO lsh(band, bucket, article_id) VALUES (?,?,?)",
            [(band, bucket, article_id) for band, bucket in enumerate(buckets)],
        )

    def article_texts_after(self, article_id: int, limit: int) -> list[tuple[int, str]]:
        """(id, text) of every article, duplicates included, with id > article_id, in id order."""
        return self.db.execute("SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                               (article_id, limit)).fetchall()

    def set_content_hash(self, article_id: int, content_hash: str) -> None:
        self.db.execute("UPDATE articles SET content_hash = ? WHERE id = ?", (content_hash, article_id))

    def clear_signatures(self) -> None:
        self.db.execute("DELETE FROM signatures")
        self.db.execute("DELETE FROM lsh")

    def lsh_candidates(self, buckets: list[int]) -> dict[int, bytes]:
        """Signatures of the articles sharing at least one LSH bucket with ``buckets``."""
        if not buckets:
            return {}
        # One statement instead of one per band; the join looks each (band, bucket) up in lsh_lookup.
        pairs = ",".join(["(?,?)"] * len(buckets))
        return dict(self.db.execute(
            "SELECT article_id, sig FROM signatures WHERE article_id IN (SELECT lsh.article_id"
            f" FROM (VALUES {pairs}) AS wanted JOIN lsh ON lsh.band = wanted.column1 AND lsh.bucket = wanted.column2)",
            [v for pair in enumerate(buckets) for v in pair]))

    def log(self, run: int, record: str, status: str, *, article_id: int | None = None,
            duplicate_of: int | None = None, reason: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO ingest_log(run, record, status, article_id, duplicate_of, reason, at) VALUES (?,?,?,?,?,?,?)",
            (run, record, status, article_id, duplicate_of, reason, _now()),
        )

    def outcomes(self, run: int) -> dict[str, int | None]:
        """What one ingest run made of each record it logged: the kept article's id (the article
        stored, or the one it duplicates), or None when it was skipped."""
        rows = self.db.execute(
            "SELECT l.record, l.status, l.article_id, COALESCE(a.duplicate_of, l.duplicate_of) FROM ingest_log l"
            " LEFT JOIN articles a ON a.id = l.duplicate_of WHERE l.run = ? ORDER BY l.id", (run,))
        return {record: (aid if status == "stored" else dup if status == "duplicate" else None)
                for record, status, aid, dup in rows}

    # --- bulk load (akhbar.bulk: prepared shards, loaded by one writer) ----------------------

    def max_article_id(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0])

    def next_ids(self) -> tuple[int, int]:
        """The ids SQLite would give the next passage and the next sentence."""
        one = lambda table: int(self.db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])  # noqa: E731
        return one("passages") + 1, one("sentences") + 1

    def _chunks(self, values: list[Any], size: int = 500) -> Iterator[list[Any]]:
        for i in range(0, len(values), size):
            yield values[i:i + size]

    def first_by_hash(self, hashes: Iterable[str]) -> dict[str, int]:
        """content hash -> id of the first article (kept or duplicate) with that text, for the hashes stored."""
        out: dict[str, int] = {}
        if not self.max_article_id():
            return out
        for chunk in self._chunks(list(hashes)):
            out.update(self.db.execute(
                f"SELECT content_hash, MIN(id) FROM articles WHERE content_hash IN ({','.join('?' * len(chunk))})"
                " GROUP BY content_hash", chunk).fetchall())
        return out

    def records_present(self, keys: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], int]:
        """(origin, locator, content hash) -> id of an article stored from exactly there with that text
        (as :meth:`has_record` answers it), for the keys stored."""
        out: dict[tuple[str, str, str], int] = {}
        if not self.max_article_id():
            return out
        wanted = set(keys)
        for chunk in self._chunks(sorted({h for _, _, h in wanted})):
            for origin, locator, h, aid in self.db.execute(
                    "SELECT origin, locator, content_hash, id FROM articles WHERE content_hash IN"
                    f" ({','.join('?' * len(chunk))}) ORDER BY id", chunk):
                if (origin, locator, h) in wanted:
                    out.setdefault((origin, locator, h), aid)
        return out

    def roots(self, ids: Iterable[int]) -> dict[int, int]:
        """article id -> its original (itself when it is kept)."""
        out: dict[int, int] = {}
        for chunk in self._chunks(list(ids)):
            out.update(self.db.execute(
                f"SELECT id, COALESCE(duplicate_of, id) FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall())
        return out

    def signatures(self, ids: Iterable[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        for chunk in self._chunks(list(ids)):
            out.update(self.db.execute(
                f"SELECT article_id, sig FROM signatures WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall())
        return out

    def lsh_matches(self, wanted: Iterable[tuple[int, int, int]]) -> list[tuple[int, int]]:
        """(row, article id) for every stored article sharing a bucket with a row: ``wanted`` holds
        (row, band, bucket). One join through a temporary table, whatever the number of rows."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_lsh (row INTEGER, band INTEGER, bucket INTEGER)")
        self.db.execute("DELETE FROM wanted_lsh")
        self.db.executemany("INSERT INTO wanted_lsh VALUES (?,?,?)", wanted)
        try:
            return self.db.execute(
                "SELECT DISTINCT w.row, l.article_id FROM wanted_lsh w JOIN lsh l"
                " ON l.band = w.band AND l.bucket = w.bucket").fetchall()
        finally:
            self.db.execute("DELETE FROM wanted_lsh")

    def cache_mb(self, mb: int) -> None:
        """Let this connection keep up to ``mb`` MB of pages in memory (a bulk load inserts into
        indexes, the LSH one most, whose pages it then finds there instead of on disk)."""
        self.db.execute(f"PRAGMA cache_size = {-int(mb) * 1024}")

    def defer_indexes(self) -> None:
        """Drop the secondary indexes of the tables a bulk load fills (segments, signatures' LSH rows,
        events, articles' hash and copy links) until :meth:`restore_indexes`: SQLite builds an index
        from all its rows at once several times faster than it keeps it up to date row by row, in
        random order. Their definitions wait in meta ``deferred_indexes``: a load killed before the end
        leaves them there, and the next ingest restores them (queries are slower until then, not
        wrong). Does nothing when they are deferred already."""
        with self.transaction():
            if self.get_meta(DEFERRED_INDEXES) is not None:
                return
            rows = self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
                " ('articles', 'passages', 'sentences', 'lsh', 'events') ORDER BY name").fetchall()
            self.set_meta(DEFERRED_INDEXES, json.dumps([sql for _, sql in rows]))
            for name, _ in rows:
                self.db.execute(f'DROP INDEX "{name}"')

    def restore_indexes(self) -> bool:
        """Build the indexes :meth:`defer_indexes` dropped, if any; True when there were some."""
        if self.get_meta(DEFERRED_INDEXES) is None:
            return False
        with self.transaction():
            pending = self.get_meta(DEFERRED_INDEXES)  # read again under the write lock
            if pending is None:
                return False
            for sql in json.loads(pending):
                self.db.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
            self.delete_meta(DEFERRED_INDEXES)
        return True

    def _json(self) -> bool:
        """Has this SQLite the JSON functions (built in since 3.38; a build may leave them out)?"""
        if self._has_json is None:
            try:
                self.db.execute("SELECT key FROM json_each('[1]')").fetchall()
                self._has_json = True
            except sqlite3.OperationalError:
                self._has_json = False
        return self._has_json

    @contextmanager
    def foreign_keys_off(self) -> Iterator[None]:
        """No foreign key checks on this connection until the block ends: for the bulk loader, which
        hands out every id itself (articles, passages, sentences, in input order after the store's
        highest), so each row's references are to rows it wrote before, by construction; the checks cost
        it one parent lookup per row (two per sentence and event). The tests check the loaded rows with
        ``PRAGMA foreign_key_check``. (The pragma is a no-op inside a transaction: set between them.)"""
        self.db.execute("PRAGMA foreign_keys=OFF")
        try:
            yield
        finally:
            self.db.execute("PRAGMA foreign_keys=ON")

    def bulk_insert(self, rows: BulkRows) -> None:
        """Insert a shard's rows, ids given (see :class:`BulkRows`); the caller holds the transaction."""
        db = self.db
        # the text comes as UTF-8 bytes (read so from the shard) and is stored as the TEXT it is
        db.executemany("INSERT INTO articles(id, title, text, published, source, url, tags, lang, origin, locator,"
                       " content_hash, duplicate_of, added_at) VALUES (?,?,CAST(? AS TEXT),?,?,?,?,?,?,?,?,?,?)",
                       rows.articles)
        db.executemany("INSERT INTO paragraphs(article_id, ord, start, end) VALUES (?,?,?,?)", rows.paragraphs)
        db.executemany("INSERT INTO passages(id, article_id, ord, start, end) VALUES (?,?,?,?,?)", rows.passages)
        db.executemany("INSERT INTO sentences(id, article_id, passage_id, ord, start, end) VALUES (?,?,?,?,?,?)",
                       rows.sentences)
        db.executemany("INSERT INTO signatures(article_id, sig) VALUES (?, ?)", rows.signatures)
        if self._json():  # one row per article, SQLite makes the band rows: a third of the CPU of 42 tuples
            db.executemany("INSERT INTO lsh(band, bucket, article_id) SELECT key, value, ? FROM json_each(?)", rows.lsh)
        else:
            db.executemany("INSERT INTO lsh(band, bucket, article_id) VALUES (?,?,?)",
                           [(band, bucket, aid) for aid, buckets in rows.lsh for band, bucket in enumerate(json.loads(buckets))])
        self._insert_event_rows(rows.events)
        db.executemany("INSERT INTO ingest_log(run, record, status, article_id, duplicate_of, reason, at)"
                       " VALUES (?,?,?,?,?,?,?)", rows.log)

    @staticmethod
    def now() -> str:
        return _now()

    # --- reading ------------------------------------------------------------------------------

    _ARTICLE_COLS = "id, title, text, published, source, url, tags, lang, origin, duplicate_of"

    @staticmethod
    def _article(row: Any) -> Article:
        return Article(id=row[0], title=row[1], text=row[2], published=row[3], source=row[4], url=row[5],
                       tags=json.loads(row[6]), lang=row[7], origin=row[8], duplicate_of=row[9])

    def article(self, article_id: int) -> Article:
        if not 0 < article_id < 2**63:  # SQLite's integer range: anything else is no article of ours
            raise NotFound(f"no article {article_id} in this archive; `akhbar stats` shows the id range")
        row = self.db.execute(f"SELECT {self._ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id} in this archive; `akhbar stats` shows the id range")
        return self._article(row)

    def articles(self, ids: Iterable[int]) -> dict[int, Article]:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT {self._ARTICLE_COLS} FROM articles WHERE id IN ({marks})", ids)
        return {row[0]: self._article(row) for row in rows}

    def duplicates_of(self, article_id: int) -> list[Article]:
        rows = self.db.execute(
            f"SELECT {self._ARTICLE_COLS} FROM articles WHERE duplicate_of = ? ORDER BY id", (article_id,))
        return [self._article(r) for r in rows]

    # yyyymmdd of an article's publication, its first day when only the month or year is known
    # (index.day_number in SQL: "2024" -> 20240101, "2024-05" -> 20240501; NULL when undated)
    _DAY = "CAST(replace(substr(published || '-01-01', 1, 10), '-', '') AS INTEGER)"

    def export_page(self, after: int, limit: int, *, since: int = 0, until: int = 0,
                    sources: list[str] | None = None, ids: list[int] | None = None) -> list[Article]:
        """Kept articles with id > ``after`` in id order, at most ``limit``: all of them, or those
        published within [since, until] (day numbers, 0 = open), from one of ``sources`` (names as
        stored), among ``ids``. One page of an export: memory stays flat however large the archive."""
        where: list[str] = ["id > ?", "duplicate_of IS NULL"]
        params: list[Any] = [after]
        if since:
            where.append(f"{self._DAY} >= ?")
            params.append(since)
        if until:
            where.append(f"{self._DAY} <= ?")
            params.append(until)
        for column, values in (("source", sources), ("id", ids)):
            if values is not None:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)
        rows = self.db.execute(f"SELECT {self._ARTICLE_COLS} FROM articles WHERE {' AND '.join(where)}"
                               " ORDER BY id LIMIT ?", [*params, limit])
        return [self._article(r) for r in rows]

    def duplicates_of_many(self, article_ids: Iterable[int]) -> dict[int, list[Article]]:
        """kept article id -> the articles stored as its duplicates, in id order."""
        ids = list(dict.fromkeys(article_ids))
        out: dict[int, list[Article]] = {}
        if not ids:
            return out
        rows = self.db.execute(f"SELECT {self._ARTICLE_COLS} FROM articles WHERE duplicate_of IN "
                               f"({','.join('?' * len(ids))}) ORDER BY id", ids)
        for row in rows:
            article = self._article(row)
            out.setdefault(article.duplicate_of or 0, []).append(article)
        return out

    def kept_articles_after(self, article_id: int, limit: int) -> list[tuple[int, str, str, str | None, str | None]]:
        """Articles to index (not duplicates) with id > article_id, in id order:
        (id, text, title, published, source)."""
        return self.db.execute(
            "SELECT id, text, title, published, source FROM articles WHERE id > ? AND duplicate_of IS NULL"
            " ORDER BY id LIMIT ?", (article_id, limit)).fetchall()

    def kept_articles_in(self, ids: list[int]) -> list[tuple[int, str, str, str | None, str | None]]:
        """:meth:`kept_articles_after`'s rows of these articles (those kept), in id order."""
        marks = ",".join("?" * len(ids))
        return self.db.execute(
            f"SELECT id, text, title, published, source FROM articles WHERE id IN ({marks}) AND duplicate_of IS NULL"
            " ORDER BY id", ids).fetchall() if ids else []

    def passage_spans(self, article_ids: Iterable[int]) -> dict[int, list[tuple[int, int, int]]]:
        """article id -> [(passage id, start, end)] in order."""
        ids = list(article_ids)
        out: dict[int, list[tuple[int, int, int]]] = {}
        if not ids:
            return out
        marks = ",".join("?" * len(ids))
        for pid, aid, s, e in self.db.execute(
                f"SELECT id, article_id, start, end FROM passages WHERE article_id IN ({marks}) ORDER BY id", ids):
            out.setdefault(aid, []).append((pid, s, e))
        return out

    def passages(self, ids: Iterable[int]) -> dict[int, Passage]:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            "SELECT p.id, p.article_id, p.start, p.end, substr(a.text, p.start + 1, p.end - p.start)"
            f" FROM passages p JOIN articles a ON a.id = p.article_id WHERE p.id IN ({marks})", ids)
        return {r[0]: Passage(id=r[0], article_id=r[1], start=r[2], end=r[3], text=r[4]) for r in rows}

    def passages_after(self, passage_id: int, limit: int) -> list[tuple[int, int, str]]:
        """(passage id, article id, passage text) of the passages with id > passage_id, in id order.
        Only kept articles have passages: duplicates are never segmented."""
        return self.db.execute(
            "SELECT p.id, p.article_id, substr(a.text, p.start + 1, p.end - p.start) FROM passages p"
            " JOIN articles a ON a.id = p.article_id WHERE p.id > ? ORDER BY p.id LIMIT ?",
            (passage_id, limit)).fetchall()

    def count_passages(self, after: int = 0, upto: int | None = None) -> int:
        """Passages with after < id <= upto (upto None: no upper bound)."""
        return int(self.db.execute("SELECT COUNT(*) FROM passages WHERE id > ? AND id <= ?",
                                   (after, upto if upto is not None else 2 ** 62)).fetchone()[0])

    def sentences_of_passages(self, passage_ids: Iterable[int]) -> dict[int, list[tuple[int, int, int]]]:
        """passage id -> [(sentence id, start, end)] in order."""
        ids = list(dict.fromkeys(passage_ids))
        out: dict[int, list[tuple[int, int, int]]] = {pid: [] for pid in ids}
        if not ids:
            return out
        marks = ",".join("?" * len(ids))
        for sid, pid, s, e in self.db.execute(
            f"SELECT id, passage_id, start, end FROM sentences WHERE passage_id IN ({marks}) ORDER BY id", ids):
            out[pid].append((sid, s, e))
        return out

    def paragraphs_of_article(self, article_id: int) -> list[tuple[int, int]]:
        """(start, end) of an article's paragraphs, in order."""
        return self.db.execute(
            "SELECT start, end FROM paragraphs WHERE article_id = ? ORDER BY ord", (article_id,)).fetchall()

    def sentences_of_article(self, article_id: int) -> list[tuple[int, int, int]]:
        return self.db.execute(
            "SELECT id, start, end FROM sentences WHERE article_id = ? ORDER BY ord", (article_id,)).fetchall()

    def sentences_of_articles(self, article_ids: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
        """article id -> (start, end) of each of its sentences, in order: one query for several articles."""
        ids = list(dict.fromkeys(article_ids))
        out: dict[int, list[tuple[int, int]]] = {aid: [] for aid in ids}
        if ids:
            rows = self.db.execute(f"SELECT article_id, start, end FROM sentences WHERE article_id IN "
                                   f"({','.join('?' * len(ids))}) ORDER BY article_id, ord", ids)
            for aid, start, end in rows:
                out[aid].append((start, end))
        return out

    def events_of_articles(self, article_ids: Iterable[int]) -> list[EventRow]:
        """The events (not the references) of these articles and of their copies that have events of
        their own (a bulletin repeated on another day), by date."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [EventRow(*row) for row in self.db.execute(
            "SELECT e.article_id, s.start, s.end, e.date, e.precision, e.anchor FROM events e"
            " JOIN sentences s ON s.id = e.sentence_id JOIN articles a ON a.id = e.article_id"
            f" WHERE e.role = 'event' AND (e.article_id IN ({marks}) OR a.duplicate_of IN ({marks}))"
            " ORDER BY e.date, e.article_id, s.start", ids + ids)]

    def mentions_of_article(self, article_id: int) -> list[tuple[int, int, str, str, str, str]]:
        """(mention start, end, date, precision, role, why) of every dated mention of an article."""
        return self.db.execute(
            "SELECT mention_start, mention_end, date, precision, role, why FROM events WHERE article_id = ?"
            " ORDER BY mention_start", (article_id,)).fetchall()

    def count_kept_articles_after(self, article_id: int) -> int:
        return int(self.db.execute(
            "SELECT COUNT(*) FROM articles WHERE id > ? AND duplicate_of IS NULL", (article_id,)).fetchone()[0])

    def max_kept_article_id(self) -> int:
        return int(self.db.execute(
            "SELECT COALESCE(MAX(id), 0) FROM articles WHERE duplicate_of IS NULL").fetchone()[0])

    def source_counts(self, limit: int | None = None) -> list[tuple[str | None, int]]:
        """(source or None when unknown, kept articles) by count, largest first."""
        return self.db.execute(
            "SELECT NULLIF(source, ''), COUNT(*) FROM articles WHERE duplicate_of IS NULL"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", (-1 if limit is None else limit,)).fetchall()

    def recent_titles(self, limit: int) -> list[tuple[int, str]]:
        """(id, title) of the newest dated kept articles that have a title, newest first."""
        return self.db.execute(
            "SELECT id, title FROM articles WHERE duplicate_of IS NULL AND title != '' AND published IS NOT NULL"
            " ORDER BY published DESC, id DESC LIMIT ?", (limit,)).fetchall()

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL"),
            "duplicates": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "passages": one("SELECT COUNT(*) FROM passages"),
            "sentences": one("SELECT COUNT(*) FROM sentences"),
            "events": one("SELECT COUNT(*) FROM events"),
            "sources": [{"source": name, "articles": n} for name, n in self.source_counts(20)],
            "languages": dict(self.db.execute(
                "SELECT lang, COUNT(*) FROM articles WHERE duplicate_of IS NULL GROUP BY 1").fetchall()),
            "published_range": list(self.db.execute(
                "SELECT MIN(published), MAX(published) FROM articles WHERE duplicate_of IS NULL").fetchone()),
            "skipped": one("SELECT COUNT(*) FROM ingest_log WHERE status = 'skipped'"),
            "ingest_runs": one("SELECT COUNT(DISTINCT run) FROM ingest_log"),
        }
