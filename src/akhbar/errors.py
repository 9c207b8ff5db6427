"""The one exception tree of akhbar.

Every error a user can meet is an ``AkhbarError`` whose message says what went wrong
*and what to do about it*. The CLI prints the message to stderr and exits non-zero;
the HTTP API maps the classes to 4xx/5xx status codes.

::

    AkhbarError
    ├── ConfigError            a setting or config file is invalid
    ├── InputError             user-supplied input cannot be used
    │   ├── UnreadableInput    a file/record cannot be read or decoded (ingest skips it, with this reason)
    │   └── QueryError         a question/query/date filter is empty, too long or malformed
    ├── ArchiveError           the archive on disk cannot be used
    │   ├── ArchiveNotFound    no archive at the path (run `akhbar ingest` first)
    │   ├── ArchiveCorrupt     the SQLite file is damaged or from a newer akhbar
    │   └── ArchiveLocked      another process holds the write lock
    └── NotFound               an article id that the archive does not hold
"""

from __future__ import annotations

__all__ = [
    "AkhbarError",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveLocked",
    "ArchiveNotFound",
    "ConfigError",
    "InputError",
    "NotFound",
    "QueryError",
    "UnreadableInput",
]


class AkhbarError(Exception):
    """Base of every akhbar error. ``str(err)`` is a message fit for the user."""


class ConfigError(AkhbarError):
    """A setting, environment variable or config file value is invalid."""


class InputError(AkhbarError):
    """Input given by the user cannot be used."""


class UnreadableInput(InputError):
    """A file or record cannot be read; ingest records the reason and goes on."""


class QueryError(InputError):
    """A question, query or filter is empty, too long or malformed."""


class ArchiveError(AkhbarError):
    """The archive on disk cannot be used."""


class ArchiveNotFound(ArchiveError):
    """There is no archive at the given path."""


class ArchiveCorrupt(ArchiveError):
    """The archive's database is damaged or was written by a newer akhbar."""


class ArchiveLocked(ArchiveError):
    """Another process is writing to the archive."""


class NotFound(AkhbarError):
    """The archive holds no article with this id."""
