"""The bulk loader's side of the store (akhbar.bulk: prepared shards, loaded by one writer): a
shard's rows inserted with their ids given, duplicates looked up for many records at once, and the
secondary indexes dropped during a load and built at its end."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .schema import DEFERRED_INDEXES, _now, placeholders
from .write import Writing


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


class BulkLoad(Writing):
    """A bulk load's reads and writes, many records at a time (the caller holds the transaction)."""

    _has_json: bool | None = None  # see _json

    def max_article_id(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0])

    def _chunks(self, values: list[Any], size: int = 500) -> Iterator[list[Any]]:
        for i in range(0, len(values), size):
            yield values[i:i + size]

    def _lookup(self, sql: str, values: Iterable[Any]) -> dict[Any, Any]:
        """The (key, value) rows of ``sql`` for ``values``, asked 500 at a time (``{marks}`` in ``sql``
        stands for one chunk's placeholders: SQLite limits the parameters of a statement)."""
        out: dict[Any, Any] = {}
        for chunk in self._chunks(list(values)):
            out.update(self.db.execute(sql.format(marks=placeholders(chunk)), chunk).fetchall())
        return out

    def first_by_hash(self, hashes: Iterable[str]) -> dict[str, int]:
        """content hash -> id of the first article (kept or duplicate) with that text, for the hashes stored."""
        if not self.max_article_id():
            return {}
        return self._lookup("SELECT content_hash, MIN(id) FROM articles WHERE content_hash IN ({marks}) GROUP BY content_hash",
                            hashes)

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
                    f" ({placeholders(chunk)}) ORDER BY id", chunk):
                if (origin, locator, h) in wanted:
                    out.setdefault((origin, locator, h), aid)
        return out

    def roots(self, ids: Iterable[int]) -> dict[int, int]:
        """article id -> its original (itself when it is kept)."""
        return self._lookup("SELECT id, COALESCE(duplicate_of, id) FROM articles WHERE id IN ({marks})", ids)

    def signatures(self, ids: Iterable[int]) -> dict[int, bytes]:
        return self._lookup("SELECT article_id, sig FROM signatures WHERE article_id IN ({marks})", ids)

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
