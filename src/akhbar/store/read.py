"""Reading the archive: articles, their passages, sentences and events, pages of an export, counts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..errors import NotFound
from ..models import Article, EventRow, Passage
from .schema import Connection, placeholders


class Reading(Connection):
    """Every read of the stored articles and their segments (no writes)."""

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
        marks = placeholders(ids)
        rows = self.db.execute(f"SELECT {self._ARTICLE_COLS} FROM articles WHERE id IN ({marks})", ids)
        return {row[0]: self._article(row) for row in rows}

    def duplicates_of(self, article_id: int) -> list[Article]:
        rows = self.db.execute(
            f"SELECT {self._ARTICLE_COLS} FROM articles WHERE duplicate_of = ? ORDER BY id", (article_id,))
        return [self._article(r) for r in rows]

    # yyyymmdd of an article's publication, its first day when only the month or year is known
    # (index_schema.day_number in SQL: "2024" -> 20240101, "2024-05" -> 20240501; NULL when undated)
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
                where.append(f"{column} IN ({placeholders(values)})")
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
                               f"({placeholders(ids)}) ORDER BY id", ids)
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
        marks = placeholders(ids)
        return self.db.execute(
            f"SELECT id, text, title, published, source FROM articles WHERE id IN ({marks}) AND duplicate_of IS NULL"
            " ORDER BY id", ids).fetchall() if ids else []

    def kept_articles_holding(self, fragments: list[str], limit: int) -> list[tuple[int, str, str]]:
        """Kept articles whose title or text holds any of these strings, newest id first: (id, title, text). A scan of
        every text (no index holds a word the analyzer drops whole), so for the rare query that needs it."""
        if not fragments:
            return []
        holds = " OR ".join("instr(text, ?) OR instr(title, ?)" for _ in fragments)
        return self.db.execute(
            f"SELECT id, title, text FROM articles WHERE duplicate_of IS NULL AND ({holds}) ORDER BY id DESC LIMIT ?",
            [f for f in fragments for _ in (0, 1)] + [limit]).fetchall()

    def passage_spans(self, article_ids: Iterable[int]) -> dict[int, list[tuple[int, int, int]]]:
        """article id -> [(passage id, start, end)] in order."""
        ids = list(article_ids)
        out: dict[int, list[tuple[int, int, int]]] = {}
        if not ids:
            return out
        marks = placeholders(ids)
        for pid, aid, s, e in self.db.execute(
                f"SELECT id, article_id, start, end FROM passages WHERE article_id IN ({marks}) ORDER BY id", ids):
            out.setdefault(aid, []).append((pid, s, e))
        return out

    def passages(self, ids: Iterable[int]) -> dict[int, Passage]:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        marks = placeholders(ids)
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
        marks = placeholders(ids)
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
                                   f"({placeholders(ids)}) ORDER BY article_id, ord", ids)
            for aid, start, end in rows:
                out[aid].append((start, end))
        return out

    def events_of_articles(self, article_ids: Iterable[int]) -> list[EventRow]:
        """The events (not the references) of these articles and of their copies that have events of
        their own (a bulletin repeated on another day), by date."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        marks = placeholders(ids)
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
