"""Export: every article with its metadata and the links of its duplicates, as JSON lines or CSV.

Rows are written as they are read, a page of articles at a time (``Archive.export``), so an
archive of any size exports in flat memory. A JSONL export ingests back as it is (``akhbar ingest
export.jsonl`` reads title, text, published, source, url and tags by name). CSV starts with a UTF-8
byte order mark, so spreadsheet programs read the Arabic right; lists (tags, duplicates) are
joined with " | ".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from .models import Article

FORMATS = ("jsonl", "csv")
CSV_COLUMNS = ["id", "title", "published", "source", "url", "tags", "lang", "origin", "duplicate_ids",
               "duplicate_sources", "duplicate_urls", "text"]
LIST_SEPARATOR = " | "


def export_row(article: Article, duplicates: list[Article]) -> dict[str, Any]:
    """One exported article: its metadata (None when unknown) and, for each copy of it that ingest
    linked as a duplicate, where that copy was published."""
    return {"id": article.id, "title": article.title, "published": article.published, "source": article.source,
            "url": article.url, "tags": article.tags, "lang": article.lang, "origin": article.origin,
            "duplicates": [{"id": d.id, "title": d.title, "source": d.source, "published": d.published,
                            "url": d.url, "origin": d.origin} for d in duplicates],
            "text": article.text}


def _csv_row(row: dict[str, Any]) -> list[Any]:
    dups = row["duplicates"]
    return [row["id"], row["title"], row["published"] or "", row["source"] or "", row["url"] or "",
            LIST_SEPARATOR.join(row["tags"]), row["lang"], row["origin"],
            LIST_SEPARATOR.join(str(d["id"]) for d in dups), LIST_SEPARATOR.join(d["source"] or "" for d in dups),
            LIST_SEPARATOR.join(d["url"] or "" for d in dups), row["text"]]


def formatted(rows: Iterable[dict[str, Any]], fmt: str, *, per_chunk: int = 200) -> Iterator[str]:
    """The export as text chunks of ``per_chunk`` rows (the CSV header and byte order mark first)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if fmt == "csv":
        buffer.write("\ufeff")
        writer.writerow(CSV_COLUMNS)
    n = 0
    for row in rows:
        if fmt == "jsonl":
            buffer.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer.writerow(_csv_row(row))
        n += 1
        if n % per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()
