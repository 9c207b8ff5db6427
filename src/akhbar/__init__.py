"""akhbar: an Arabic news archive that answers questions with cited source sentences.

    from akhbar import Archive
    with Archive.open("news.akhbar") as archive:
        archive.ingest(["scraped/"])
        for hit in archive.search("انفجار مرفأ بيروت").hits:
            print(hit.title, hit.text)
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from .errors import (
    AkhbarError,
    ArchiveCorrupt,
    ArchiveError,
    ArchiveLocked,
    ArchiveNotFound,
    ConfigError,
    InputError,
    ModelServerBadResponse,
    ModelServerError,
    ModelServerUnavailable,
    NotFound,
    QueryError,
    UnreadableInput,
)
from .models import (
    Answer,
    Article,
    ArticleDraft,
    Claim,
    Conflict,
    Event,
    EvidenceSentence,
    FacetCount,
    Hit,
    IngestReport,
    Passage,
    Point,
    SearchResult,
    Source,
    VerifyReport,
)
from .stages import StageTimer

# Imported eagerly, not lazily: the function shares its name with its module, and importing the
# module later would make `akhbar.verify` the module instead of the function.
from .verify import verify

if TYPE_CHECKING:
    from .archive import Archive
    from .config import Settings, load_settings

# Imported on first use: `akhbar analyze` or `import akhbar.arabic` should not pay for
# tantivy, trafilatura and SQLite set-up.
_LAZY = {"Archive": "archive", "Settings": "config", "load_settings": "config"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'akhbar' has no attribute {name!r}")


__all__ = [
    "AkhbarError",
    "Answer",
    "Archive",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveLocked",
    "ArchiveNotFound",
    "Article",
    "ArticleDraft",
    "Claim",
    "ConfigError",
    "Conflict",
    "Event",
    "EvidenceSentence",
    "FacetCount",
    "Hit",
    "IngestReport",
    "InputError",
    "ModelServerBadResponse",
    "ModelServerError",
    "ModelServerUnavailable",
    "NotFound",
    "Passage",
    "Point",
    "QueryError",
    "SearchResult",
    "Settings",
    "Source",
    "StageTimer",
    "UnreadableInput",
    "VerifyReport",
    "__version__",
    "load_settings",
    "verify",
]
