"""SQLite store: the source of truth of an archive; all SQL of akhbar lives in this package.

WAL mode, one transaction per batch of input records, so a crash at any moment leaves every
committed article whole and no half-written one. Schema changes are numbered migrations;
an archive written by a newer akhbar is refused rather than damaged.

One :class:`Store` over one connection, its methods kept by job in the package's modules:

- ``schema``: the tables and their numbered migrations, opening (and creating) the database,
  transactions and savepoints, the meta table, what a SQLite failure means (:func:`storage_error`);
- ``write``: what an ingest writes record by record (articles, segments, events, signatures, the log);
- ``bulk``: the bulk loader's rows (:class:`BulkRows`), lookups for many records at once, deferred indexes;
- ``read``: articles, passages, sentences, events, export pages and counts.
"""

from __future__ import annotations

from .bulk import BulkLoad, BulkRows
from .read import Reading
from .schema import DEFERRED_INDEXES, LOCK_TIMEOUT, MIGRATIONS, SCHEMA_VERSION, storage_error

__all__ = ["DEFERRED_INDEXES", "LOCK_TIMEOUT", "MIGRATIONS", "SCHEMA_VERSION", "BulkRows", "Store", "storage_error"]


class Store(Reading, BulkLoad):
    """A thin layer over one SQLite connection; all SQL of akhbar lives here (in this package)."""
