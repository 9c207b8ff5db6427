"""The archive database's schema, its numbered migrations, and the connection that applies them.

WAL mode; schema changes are numbered migrations; an archive written by a newer akhbar is refused
rather than damaged. SQLite's failures are told to the user here (:func:`storage_error`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sized
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ..errors import AkhbarError, ArchiveCorrupt, ArchiveError, ArchiveLocked, DiskFull
from ..stages import StageTimer

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
    # 4: the pages of one fetch batch (source, fetch day) found without reading the whole archive, as every
    # ingest reads the batches it stored into again (akhbar.crawl, Ingestor.date_late_pages)
    """
    CREATE INDEX articles_fetch ON articles(source, published)
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
        Connection(temporary).close()
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


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def placeholders(values: Sized) -> str:
    """The placeholders of an ``IN (...)`` list of these values: ``?,?,?``."""
    return ",".join("?" * len(values))


class Connection:
    """One SQLite connection to an archive's database, its schema brought up to date: transactions,
    savepoints and the meta table. The :class:`~akhbar.store.Store` is this and the rows of each table."""

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
