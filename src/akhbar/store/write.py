"""What an ingest writes, record by record: articles, their segments, dated events, near-duplicate
signatures and the ingest log (and the lookups that decide whether a record is new)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..models import ArticleDraft, DatedMention
from .schema import Connection, _now


class Writing(Connection):
    """The rows one ingest writes, one record at a time, inside the caller's transaction."""

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

    def fetch_batches(self, after_id: int = 0) -> set[tuple[str | None, str]]:
        """The fetch batches (source, fetch day) of the articles with stored sentences whose id is above ``after_id``."""
        return set(self.db.execute(
            "SELECT DISTINCT source, substr(published, 1, 10) FROM articles WHERE id > ? AND published IS NOT NULL"
            " AND id IN (SELECT article_id FROM sentences)", (after_id,)).fetchall())

    def batch_pages(self, source: str | None, day: str) -> list[tuple[int, str, str | None, str | None]]:
        """(id, text, published, url) of the articles with stored sentences fetched by ``source`` on ``day``
        (published starts with it), in id order (index articles_fetch)."""
        return self.db.execute(
            "SELECT id, text, published, url FROM articles WHERE source IS ? AND published >= ? AND published < ?"
            " AND id IN (SELECT article_id FROM sentences) ORDER BY id", (source, day, day + "\U0010ffff")).fetchall()

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

    def next_ids(self) -> tuple[int, int]:
        """The ids SQLite would give the next passage and the next sentence."""
        one = lambda table: int(self.db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])  # noqa: E731
        return one("passages") + 1, one("sentences") + 1
