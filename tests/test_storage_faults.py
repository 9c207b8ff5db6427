"""The archive on disk under stress: several processes at once, a damaged or empty database, a full
disk, an index folder that is not one. Each must end in a clear message, never a traceback, and
never make things worse (nothing good is deleted to make room for something broken)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from akhbar import Archive, ArticleDraft
from akhbar.errors import ArchiveCorrupt, DiskFull
from akhbar.ingest import drafts_as_records

WORDS = ("أعلنت وزارة الموارد المائية خطة جديدة لتحديث شبكة الري في محافظات الدلتا تشمل تبطين الترع وخفض الفاقد "
         "من المياه وتحسين وصولها إلى نهايات الترع وقال المتحدث باسم الحكومة إن المشروع يمتد ثلاث سنوات").split()


def article(i: int, topic: str = "") -> ArticleDraft:
    rng = random.Random(i)
    body = " ".join(" ".join(rng.choice(WORDS) for _ in range(12)) + "." for _ in range(5))
    return ArticleDraft(title=f"خبر {i} {topic}".strip(), text=f"{topic} {body} وهذا الخبر رقم {i}.".strip())


def akhbar(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akhbar.cli", *args], capture_output=True, text=True,
                          timeout=timeout)


def clean_failure(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


# A writer that holds the index for a few seconds, as a reindex of a big archive does.
SLOW_REINDEX = """
import sys, time
import akhbar.index_sync as index  # the writer looks index_article up there
from akhbar import Archive

add = index.index_article

def slow(*args, **kwargs):
    open(sys.argv[2], "a").close()  # the index is being written now
    time.sleep(0.4)
    return add(*args, **kwargs)

index.index_article = slow
with Archive.open(sys.argv[1], create=False) as arc:
    arc.reindex()
"""


def test_searches_and_an_ingest_run_while_another_process_rebuilds_the_index(tmp_path):
    where = tmp_path / "arc"
    with Archive.open(where) as arc:
        arc.add_articles([article(i, "الكهرباء" if i == 0 else "") for i in range(8)])
    marker = tmp_path / "writing"
    writer = subprocess.Popen([sys.executable, "-c", SLOW_REINDEX, str(where), str(marker)])
    try:
        deadline = time.time() + 60
        while not marker.exists() and time.time() < deadline:
            time.sleep(0.05)
        assert marker.exists()
        # A reader reads the index as it was (the new one is built beside it) and writes nothing.
        found = akhbar("search", "الكهرباء", "--archive", str(where), "--json")
        assert found.returncode == 0, found.stderr
        assert [h["title"] for h in json.loads(found.stdout)["hits"]] == ["خبر 0 الكهرباء"]
        # An ingest meanwhile stores its article and waits its turn to index it (no LockBusy).
        new = tmp_path / "new.txt"
        new.write_text(article(99, "المطار").text, encoding="utf-8")
        stored = akhbar("ingest", str(new), "--archive", str(where), "--json")
        assert stored.returncode == 0, stored.stderr
        assert json.loads(stored.stdout)["stored"] == 1
    finally:
        writer.wait(60)
    assert writer.returncode == 0
    with Archive.open(where, create=False) as arc:
        assert arc.unindexed() == 0
        assert [h.article_id for h in arc.search("المطار").hits] == [9]  # the ingested one, indexed


def test_a_reader_of_a_lagging_index_reads_it_as_it_is_and_says_so(tmp_path):
    where = tmp_path / "arc"
    with Archive.open(where) as arc:
        arc.add_articles([article(1, "الكهرباء")])
        # stored but not indexed, as when an ingest is killed between its commit and its index sync
        arc._ingestor.run(drafts_as_records([article(2, "الكهرباء")], "late"))
        watermark = arc.store.get_meta("index_watermark")
        assert arc.unindexed() == 1
    done = akhbar("search", "الكهرباء", "--archive", str(where), "--json")
    assert done.returncode == 0, done.stderr
    assert [h["title"] for h in json.loads(done.stdout)["hits"]] == ["خبر 1 الكهرباء"]
    assert "catching up" in done.stderr and "1 stored article" in done.stderr
    with Archive.open(where, create=False) as arc:
        assert arc.store.get_meta("index_watermark") == watermark  # the reader wrote nothing
        assert arc.stats()["unindexed"] == 1
        assert arc.reindex() == {"articles": 2, "passages": arc.stats()["passages"]}
        assert arc.search("الكهرباء").total == 2 and arc.unindexed() == 0


def _damage(db: Path) -> None:
    """64 KB of garbage in the middle of the database file."""
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.seek(size // 2)
        f.write(random.Random(1).randbytes(65536))


def test_a_damaged_database_is_reported_and_reindex_keeps_the_index(tmp_path):
    where = tmp_path / "arc"
    with Archive.open(where) as arc:
        arc.add_articles([article(i) for i in range(300)])
    assert (where / "archive.db").stat().st_size > 400_000
    index_files = sorted(p.name for p in (where / "index").iterdir())
    _damage(where / "archive.db")
    clean_failure(akhbar("reindex", "--archive", str(where)), "damaged", "index was left as it was")
    assert sorted(p.name for p in (where / "index").iterdir()) == index_files
    clean_failure(akhbar("stats", "--archive", str(where)), "damaged")


def test_an_empty_database_file_is_reported_not_taken_for_a_new_archive(tmp_path):
    where = tmp_path / "arc"
    where.mkdir()
    (where / "archive.db").write_bytes(b"")
    clean_failure(akhbar("stats", "--archive", str(where)), "empty (0 bytes)")
    assert (where / "archive.db").stat().st_size == 0  # left as found
    with pytest.raises(ArchiveCorrupt, match="0 bytes"):
        Archive.open(where)


def test_an_index_path_that_is_a_file_gives_a_clear_error(tmp_path):
    where = tmp_path / "arc"
    with Archive.open(where) as arc:
        arc.add_articles([article(1, "الكهرباء")])
    for f in (where / "index").iterdir():
        f.unlink()
    (where / "index").rmdir()
    (where / "index").write_text("not an index")
    clean_failure(akhbar("search", "الكهرباء", "--archive", str(where)), "is a file", "move it away")
    clean_failure(akhbar("reindex", "--archive", str(where)), "is a file")
    assert (where / "index").read_text() == "not an index"


def test_a_full_disk_says_so_and_keeps_what_was_committed(tmp_path):
    rows = [json.dumps({"title": a.title, "text": a.text}, ensure_ascii=False) for a in map(article, range(1200))]
    data = tmp_path / "big.jsonl"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with Archive.open(tmp_path / "arc") as arc:
        pages = arc.store.db.execute("PRAGMA page_count").fetchone()[0]
        arc.store.db.execute(f"PRAGMA max_page_count = {pages + 900}")  # SQLite's own "disk is full"
        with pytest.raises(DiskFull, match="is full: free some space, then re-run"):
            arc.ingest([str(data)])
        kept = arc.store.stats()["articles"]
        assert 0 < kept < 1200 and kept % 200 == 0  # whole batches, nothing half-written
    with Archive.open(tmp_path / "arc") as arc:
        report = arc.ingest([str(data)])
        assert report.duplicates == kept and report.stored == 1200 - kept


def test_new_archives_never_leave_an_empty_database_behind(tmp_path):
    where = tmp_path / "arc"
    with Archive.open(where):
        pass
    assert (where / "archive.db").stat().st_size > 0
    assert sorted(os.listdir(where)) == ["archive.db"]
