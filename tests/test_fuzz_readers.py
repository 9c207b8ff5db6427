"""Fuzzing the readers: random bytes, random JSON values and random file names never raise, and every
record is accounted for (stored, a duplicate, or skipped with a reason)."""

from __future__ import annotations

import json
import os
import tempfile

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from akhbar import Archive  # noqa: E402
from akhbar.models import RawRecord, Skip  # noqa: E402
from akhbar.read import read_path  # noqa: E402

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=True)  # the same examples on every run: a failure here is reproducible

# Any character, lone surrogates included (JSON can carry them as "\ud800").
ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
                   max_size=40)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4), max_leaves=12)
# Records shaped like articles, with any value in any field.
RECORDS = st.fixed_dictionaries({}, optional={key: JSON_VALUES | ANY_TEXT for key in (
    "title", "text", "body", "published", "date", "url", "source", "tags")})
NAMES = st.binary(min_size=1, max_size=16).filter(
    lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..") and not b.startswith(b"."))
EXTENSIONS = st.sampled_from(["", ".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".warc", ".gz", ".xml"])


def check(items: list) -> None:
    assert items, "an input gave no record and no skip"
    for item in items:
        assert isinstance(item, RawRecord | Skip)
        if isinstance(item, Skip):
            assert item.reason.strip()
            item.source.encode("utf-8")  # printable and storable
        else:
            item.label.encode("utf-8")


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="akhbar-fuzz-") as where:
        yield where


@FAST
@given(data=st.binary(max_size=3000), name=NAMES, extension=EXTENSIONS)
def test_random_bytes_under_a_random_name(folder, data, name, extension):
    path = os.path.join(os.fsencode(folder), name + extension.encode())
    with open(path, "wb") as f:
        f.write(data)
    try:
        check(list(read_path(os.fsdecode(path))))
    finally:
        os.unlink(path)


@FAST
@given(rows=st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=8))
def test_random_json_lines_give_one_outcome_per_line(folder, rows):
    path = os.path.join(folder, "rows.jsonl")
    with open(path, "w", encoding="ascii") as f:
        f.write("".join(json.dumps(row) + "\n" for row in rows))  # ASCII JSON: "\ud800" stays an escape
    items = list(read_path(path))
    check(items)
    assert len(items) == len(rows)


@settings(FAST, max_examples=15)
@given(rows=st.lists(RECORDS, min_size=1, max_size=6), data=st.binary(max_size=400))
def test_an_ingest_of_anything_accounts_for_every_record(tmp_path_factory, rows, data):
    where = tmp_path_factory.mktemp("fuzz")
    (where / "rows.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    (where / "noise.txt").write_bytes(data)
    with Archive.open(where / "arc") as archive:
        report = archive.ingest([str(where / "rows.jsonl"), str(where / "noise.txt")])
        assert report.records >= len(rows) + 1
        assert report.stored + report.duplicates + report.skipped_count >= report.records
        logged = archive.store.db.execute("SELECT COUNT(*) FROM ingest_log WHERE run = ?", (report.run,)).fetchone()[0]
        assert logged == report.stored + report.duplicates + report.skipped_count
