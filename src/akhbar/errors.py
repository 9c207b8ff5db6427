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
    │   ├── ArchiveCorrupt     the SQLite file is damaged, empty or from a newer akhbar
    │   ├── ArchiveLocked      another process holds the write lock
    │   └── DiskFull           no space left to write the archive (what was committed is kept)
    ├── NotFound               an article id that the archive does not hold
    └── ModelServerError       an embeddings or chat server (optional) could not be used
        ├── ModelServerUnavailable  down, refusing connections, or slower than the timeout
        └── ModelServerBadResponse  answered, but not as the protocol says (HTTP error, non-JSON
                                    body, wrong shape, wrong vector dimension)
"""

from __future__ import annotations

__all__ = [
    "AkhbarError",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveLocked",
    "ArchiveNotFound",
    "ConfigError",
    "DiskFull",
    "InputError",
    "ModelServerBadResponse",
    "ModelServerError",
    "ModelServerUnavailable",
    "ModelServerWarning",
    "NotFound",
    "QueryError",
    "UnreadableInput",
]


class AkhbarError(Exception):
    """Base of every akhbar error. ``str(err)`` is a message fit for the user; ``ar`` says the same
    in Arabic where one was written (the HTTP API sends both, the page shows the Arabic)."""

    def __init__(self, message: str = "", *, ar: str | None = None):
        super().__init__(message)
        self.ar = ar


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


class DiskFull(ArchiveError):
    """The disk holding the archive is full."""


class NotFound(AkhbarError):
    """The archive holds no article with this id."""


class ModelServerError(AkhbarError):
    """An optional model server (embeddings or chat completions) could not be used."""


class ModelServerUnavailable(ModelServerError):
    """The server is down, refuses connections, or did not answer within the timeout."""


class ModelServerBadResponse(ModelServerError):
    """The server answered, but not as the OpenAI-compatible protocol says."""


class ModelServerWarning(UserWarning):
    """A model server or the archive's vectors could not be used, so akhbar went on without them
    (hybrid search fell back to BM25 alone). Issued with :func:`warnings.warn`; the CLI prints it."""
