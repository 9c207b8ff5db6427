"""Bulk ingest on an engine builds the same archive as a local ingest: same articles, same text, same
duplicate links, same log, same search results; and a killed bulk load resumes where it stopped.

The Ray tests run a local Ray with 2 CPUs, started once for the whole session (skipped, saying why,
when ray is not installed: `pip install 'akhbar[cluster]'`)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import EXAMPLES

pytest.importorskip("pyarrow", reason="bulk ingest needs the cluster extra: pip install 'akhbar[cluster]'")

from akhbar import Archive
from akhbar.config import load_settings
from akhbar.engines import LocalEngine

BENCH = Path(__file__).resolve().parents[1] / "bench"
QUERIES = ["سوريا الأسد", "كأس العالم", "مسبار الأمل المريخ", "الزلزال تركيا ضحايا", "أسعار النفط"]
TABLES = {
    "articles": "id, title, text, published, source, url, tags, lang, origin, locator, content_hash, duplicate_of",
    "paragraphs": "article_id, ord, start, end",
    "passages": "id, article_id, ord, start, end",
    "sentences": "id, article_id, passage_id, ord, start, end",
    "events": "id, article_id, sentence_id, date, precision, mention_start, mention_end, role, why, anchor",
    "signatures": "article_id, sig",
    "lsh": "band, bucket, article_id",
    "ingest_log": "id, record, status, article_id, duplicate_of, reason",
}


def rows(path: Path) -> dict[str, list]:
    """Every row an archive holds (timestamps and run numbers aside)."""
    with sqlite3.connect(path / "archive.db") as db:
        return {t: db.execute(f"SELECT {cols} FROM {t} ORDER BY {cols}").fetchall() for t, cols in TABLES.items()}


def indexes(path: Path) -> list[tuple[str, str]]:
    """The archive's SQLite indexes (a bulk load builds them at its end): name and definition."""
    with sqlite3.connect(path / "archive.db") as db:
        return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall()


def searches(archive: Archive) -> list:
    return [[(h.article_id, h.start, h.end, round(h.score, 9)) for h in archive.search(q, k=10).hits]
            for q in QUERIES]


def build(path: Path, inputs: list[str], engine=None, **settings):
    with Archive.open(path, settings=load_settings({"workers": "1", **settings})) as archive:
        report = archive.ingest(inputs, engine=engine)
        return report, searches(archive)


def assert_same(local: Path, other: Path, local_result, other_result) -> None:
    a, b = rows(local), rows(other)
    for table in TABLES:
        assert a[table] == b[table], f"{table} differs"
    assert indexes(local) == indexes(other)
    with sqlite3.connect(other / "archive.db") as db:  # the bulk writer loads without the checks: none broken
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    (ra, sa), (rb, sb) = local_result, other_result
    assert {**ra.to_dict(), "run": None} == {**rb.to_dict(), "run": None}
    assert sa == sb
    assert not (other / "staging").exists() or not any((other / "staging").iterdir())


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """2,000 generated articles (10% near-duplicates) from the sample corpus's own articles, as JSONL,
    WARC and multi-article text dumps in files of 250 articles."""
    sys.path.insert(0, str(BENCH))
    from generate_corpus import load_sources, write_corpus

    out = tmp_path_factory.mktemp("generated")
    write_corpus(load_sources(EXAMPLES / "corpus" / "export.jsonl"), 2000, out, {"jsonl", "warc", "dumps"}, 250)
    return out


@pytest.fixture(scope="module")
def local_generated(generated, tmp_path_factory):
    path = tmp_path_factory.mktemp("local") / "archive"
    return path, build(path, [str(generated)])


def test_sample_corpus_bulk_on_local_processes_equals_local_ingest(tmp_path):
    corpus = [str(EXAMPLES / "corpus")]
    local = build(tmp_path / "local", corpus)
    bulk = build(tmp_path / "bulk", corpus, LocalEngine(2))
    assert_same(tmp_path / "local", tmp_path / "bulk", local, bulk)
    assert local[0].stored > 30 and local[0].duplicates >= 1


KILL_POINTS = {  # a stage of the bulk ingest, and after how many of its calls the process is killed
    "shards": ("load: sqlite writes", 2),  # two shards in the store, whole; the third not at all
    "segments built": ("index: build segments (wall)", 1),  # every shard stored, none indexed
    "segments adopted": ("load: index adopt", 1),  # stored and indexed; the job not closed
}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_killed_bulk_load_resumes_and_ends_equal(point, generated, local_generated, tmp_path):
    """The ingesting process is killed (SIGKILL) at a point of its load; the same command run again
    loads the rest and the archive, its search index included, equals a local ingest."""
    path, local = local_generated
    stage, calls = KILL_POINTS[point]
    script = textwrap.dedent(f"""
        import os, signal, sys
        from akhbar import Archive, StageTimer
        from akhbar.config import load_settings
        from akhbar.engines import LocalEngine

        class KillAt(StageTimer):
            def add(self, stage, seconds, calls=1):
                super().add(stage, seconds, calls)
                if stage == {stage!r} and self.calls[stage] == {calls}:
                    os.kill(os.getpid(), signal.SIGKILL)

        with Archive.open(sys.argv[1], settings=load_settings({{"workers": "1", "shard_mb": 0.3}})) as archive:
            archive.ingest([{str(generated)!r}], engine=LocalEngine(1), timer=KillAt())
    """)
    target = tmp_path / "bulk"
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True)
    assert done.returncode == -9, done.stderr
    with sqlite3.connect(target / "archive.db") as db:
        (loaded,) = db.execute("SELECT value FROM meta WHERE key LIKE 'bulk:%'").fetchone()
        if point == "shards":
            assert loaded == "2"  # two shards in, whole; the third not at all
            # the indexes, dropped for the load and built at its end, wait to be built by the next ingest
            assert db.execute("SELECT value FROM meta WHERE key = 'deferred_indexes'").fetchone()
    assert any((target / "staging").iterdir())
    with Archive.open(target, settings=load_settings({"workers": "1", "shard_mb": 0.3})) as archive:
        again = archive.ingest([str(generated)], engine=LocalEngine(1))
        if point == "shards":
            assert again.records < local[0].records  # only what was not loaded yet
        result = searches(archive)
        assert archive.index.pending() == 0
        documents = archive.index.index.searcher().num_docs
    with Archive.open(path, create=False) as archive:  # each article and passage indexed once, as there
        assert documents == archive.index.index.searcher().num_docs
    assert rows(path) == rows(target)
    assert indexes(path) == indexes(target)
    assert result == local[1]
    assert not any((target / "staging").iterdir())


def test_bulk_into_an_archive_that_already_holds_articles_decides_as_local_ingest(generated, tmp_path):
    """New articles are linked to copies already in the archive, and a second run of the same input
    finds every article already there, exactly as local ingest says it."""
    part = sorted(str(f) for f in generated.iterdir())[:4]
    first = [str(EXAMPLES / "corpus"), *part[:2]]
    results = {}
    for name, engine in (("local", None), ("bulk", LocalEngine(2))):
        path = tmp_path / name
        with Archive.open(path, settings=load_settings({"workers": "1"})) as archive:
            archive.ingest(first)
            added = archive.ingest(part, engine=engine)
            again = archive.ingest(part, engine=engine)
            results[name] = (path, (added, again), searches(archive))
    (local, (la, lb), ls), (bulk, (ba, bb), bs) = results["local"], results["bulk"]
    assert rows(local) == rows(bulk)
    assert {**la.to_dict(), "run": None} == {**ba.to_dict(), "run": None}
    assert {**lb.to_dict(), "run": None} == {**bb.to_dict(), "run": None}
    assert lb.stored == 0 and lb.duplicates > 0 and ls == bs


def test_kept_shards_load_again_into_a_fresh_archive_equal_to_local_ingest(generated, local_generated, tmp_path):
    """``keep_staging`` keeps a bulk ingest's prepared shards (bench/scale.py's load pass times the writer
    on them): the same command into a fresh archive prepares nothing again, and builds the same archive."""
    from akhbar import StageTimer

    staging = tmp_path / "shards"
    settings = load_settings({"workers": "1", "shard_mb": 0.3})
    with Archive.open(tmp_path / "first", settings=settings) as archive:
        archive.ingest([str(generated)], engine=LocalEngine(2), staging=staging, keep_staging=True)
    shards = sorted(staging.rglob("*.parquet"))
    assert len(shards) > 2
    timer = StageTimer()
    with Archive.open(tmp_path / "again", settings=settings) as archive:
        report = archive.ingest([str(generated)], engine=LocalEngine(2), staging=staging, keep_staging=True, timer=timer)
        again = report, searches(archive)
    assert "read" not in timer.seconds and "write shard (Parquet)" not in timer.seconds  # every shard reused
    assert timer.seconds["load: writer (wall)"] <= timer.seconds["load (wall)"]
    assert sorted(staging.rglob("*.parquet")) == shards
    path, local = local_generated
    assert_same(path, tmp_path / "again", local, again)


def test_shards_of_an_older_akhbar_without_the_writers_columns_load_the_same(generated, local_generated, tmp_path):
    """A resumed job may find shards prepared before the shard task wrote the band buckets as one JSON
    array and the tags as JSON: the writer makes them from the band columns and the tag list, and the
    archive is the same as a local ingest's."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    staging = tmp_path / "shards"
    settings = load_settings({"workers": "1", "shard_mb": 0.3})
    with Archive.open(tmp_path / "first", settings=settings) as archive:
        archive.ingest([str(generated)], engine=LocalEngine(2), staging=staging, keep_staging=True)
    for shard in staging.rglob("*.parquet"):
        table = pq.read_table(shard)
        tags = [None if t is None else json.loads(t) for t in table.column("tags_json").to_pylist()]
        table = table.drop_columns(["lsh", "tags_json"]).append_column("tags", pa.array(tags, pa.list_(pa.string())))
        pq.write_table(table, shard)
    with Archive.open(tmp_path / "again", settings=settings) as archive:
        report = archive.ingest([str(generated)], engine=LocalEngine(2), staging=staging)
        again = report, searches(archive)
    path, local = local_generated
    assert_same(path, tmp_path / "again", local, again)


def test_many_task_indexes_are_merged_into_one_and_search_the_same(generated, local_generated, tmp_path, monkeypatch):
    """A load whose tasks build many indexes (here tasks of at most 180 articles) has them merged into one before
    the writer adopts it: one segment for every search to read, and the same archive, hits, scores,
    totals and facets as a local ingest."""
    from akhbar import StageTimer
    from akhbar.bulk import segments

    monkeypatch.setattr(segments, "SEGMENT_ARTICLES", 180)
    timer = StageTimer()
    with Archive.open(tmp_path / "bulk", settings=load_settings({"workers": "1", "shard_mb": 0.02})) as archive:
        report = archive.ingest([str(generated)], engine=LocalEngine(2), timer=timer)
        assert timer.calls["index: build segments"] >= segments.MERGE_MIN
        assert timer.calls["index: merge segments"] == 1  # merged, and in article id order
        assert archive.index.index.searcher().num_segments == 1
        result = report, searches(archive)
        found = [(r.total, r.facets, r.hits) for q in QUERIES for r in
                 (archive.search(q), archive.search(q, sort="date"), archive.search(q, sort="-date", offset=3))]
    path, local = local_generated
    assert_same(path, tmp_path / "bulk", local, result)
    with Archive.open(path, create=False) as archive:
        assert found == [(r.total, r.facets, r.hits) for q in QUERIES for r in
                         (archive.search(q), archive.search(q, sort="date"), archive.search(q, sort="-date", offset=3))]


def test_reindex_merge_brings_a_bulk_loads_segments_to_one_in_article_order_with_the_same_results(
        generated, local_generated, tmp_path, monkeypatch, capsys):
    """An archive a bulk load left in many segments (its merge task off, as in loads of over a million
    articles) is merged by `akhbar reindex --merge` into one segment: documents in article id order (so
    ties fall as in a local ingest), every page of hits by relevance and by date, totals and facets
    as before the merge and as in a local ingest."""
    import tantivy

    from akhbar.bulk import segments
    from akhbar.cli import main

    monkeypatch.setattr(segments, "SEGMENT_ARTICLES", 180)
    monkeypatch.setattr(segments, "MERGE_MIN", 10**6)
    path = tmp_path / "bulk"

    def seen(archive: Archive) -> list:
        return [(r.total, r.facets, r.hits) for q in QUERIES for r in
                (archive.search(q), archive.search(q, offset=8), archive.search(q, sort="date"),
                 archive.search(q, sort="date", offset=10), archive.search(q, sort="-date", offset=3))]

    with Archive.open(path, settings=load_settings({"workers": "1", "shard_mb": 0.02})) as archive:
        archive.ingest([str(generated)], engine=LocalEngine(2))
        before = archive.index.index.searcher().num_segments
        assert before >= 8  # tantivy merges no fewer
        found = seen(archive)
    assert main(["--archive", str(path), "--json", "reindex", "--merge"]) == 0
    assert json.loads(capsys.readouterr().out) == {"segments_before": before, "segments_after": 1, "articles_indexed_again": 0}
    with Archive.open(path, create=False) as archive:
        searcher = archive.index.index.searcher()
        assert searcher.num_segments == 1
        hits = searcher.search(tantivy.Query.all_query(), searcher.num_docs).hits
        aids = [searcher.doc(addr)["aid"][0] for _, addr in sorted(hits, key=lambda h: h[1].doc)]
        assert aids == sorted(aids)
        assert seen(archive) == found
        assert archive.merge_index() == {"segments_before": 1, "segments_after": 1, "articles_indexed_again": 0}
    local, _ = local_generated
    with Archive.open(local, create=False) as archive:
        assert seen(archive) == found


def test_merge_indexes_again_the_segments_tantivy_would_leave_out_and_ends_in_one(generated, local_generated, tmp_path,
                                                                                   monkeypatch):
    """Segments too small for tantivy's merge (planned on a 1M archive's sizes below) are left out and their
    documents indexed again from the store, into the one merged segment: the same documents (none twice),
    hits, pages and facets as a local ingest."""
    from akhbar import index_merge
    from akhbar.bulk import segments

    monkeypatch.setattr(segments, "SEGMENT_ARTICLES", 180)
    monkeypatch.setattr(segments, "MERGE_MIN", 10**6)
    path = tmp_path / "bulk"
    with Archive.open(path, settings=load_settings({"workers": "1", "shard_mb": 0.02})) as archive:
        archive.ingest([str(generated)], engine=LocalEngine(2))
        docs = archive.index.index.searcher().num_docs
        meta = json.loads((path / "index" / "meta.json").read_text())
        small = [meta["segments"][3]["segment_id"]]
        monkeypatch.setattr(index_merge, "plan", lambda directory: small)  # (here every segment is below tantivy's 10k)
        merged = archive.merge_index()
        assert merged == {"segments_before": len(meta["segments"]), "segments_after": 1,
                          "articles_indexed_again": merged["articles_indexed_again"]}
        assert 0 < merged["articles_indexed_again"] <= 182  # a task index's 180, and an article at each end it shares
        searcher = archive.index.index.searcher()
        assert searcher.num_docs == docs
        found = [(r.total, r.facets, r.hits) for q in QUERIES for r in
                 (archive.search(q), archive.search(q, sort="date", offset=4), archive.search(q, sort="-date"))]
    local, _ = local_generated
    with Archive.open(local, create=False) as archive:
        assert found == [(r.total, r.facets, r.hits) for q in QUERIES for r in
                         (archive.search(q), archive.search(q, sort="date", offset=4), archive.search(q, sort="-date"))]


def test_the_merge_plan_on_a_million_article_index_takes_the_three_small_segments_out(tmp_path):
    """The 1M bulk archive's 47 segments (documents per segment as loaded): tantivy's merge would leave the
    three below its level (61,909, 27,008, 14,434) apart; together (103,351) they are in it."""
    from akhbar import index_merge

    sizes = [106778, 105876, 81139, 105213, 104055, 84764, 104400, 103764, 100459, 103859, 103618, 84431, 103945,
             103548, 90596, 103389, 103206, 103136, 103403, 103389, 103150, 14434, 103631, 103250, 85300, 103492,
             103010, 93883, 103284, 103281, 61909, 103680, 103417, 102968, 27008, 103246, 103244, 82694, 103827,
             103463, 88328, 103456, 103109, 98721, 103404, 103169, 72733]

    def index(sizes: list[int]) -> Path:
        folder = tmp_path / f"index{len(sizes)}"
        folder.mkdir()
        (folder / "meta.json").write_text(json.dumps({"segments": [
            {"segment_id": f"s{n}", "max_doc": size, "deletes": None} for n, size in enumerate(sizes)]}))
        return folder

    assert index_merge.plan(index(sizes)) == ["s21", "s30", "s34"]
    assert index_merge.plan(index(sizes[:21] + [14434])) == []  # 14,434 alone: not in the level, left as it is
    assert index_merge.plan(index(sizes[:5] + [14434, 27008, 61909])) == []  # 6 big ones: tantivy merges none


# --- Ray, local mode, 2 CPUs ----------------------------------------------------------------------

@pytest.fixture(scope="session")
def ray_local():
    """A local Ray with 2 CPUs for the whole test session."""
    ray = pytest.importorskip("ray", reason="the ray engine needs the cluster extra: pip install 'akhbar[cluster]'")
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_builds_the_same_archive_as_local_ingest(ray_local, generated, local_generated, tmp_path):
    corpus = [str(EXAMPLES / "corpus")]
    local = build(tmp_path / "local", corpus)
    ray = build(tmp_path / "ray", corpus, "ray")
    assert_same(tmp_path / "local", tmp_path / "ray", local, ray)

    path, local = local_generated
    ray = build(tmp_path / "ray-generated", [str(generated)], "ray", shard_mb=0.3)
    assert_same(path, tmp_path / "ray-generated", local, ray)


def test_bulk_links_copies_of_copies_and_keeps_another_days_bulletin_as_local_ingest(tmp_path):
    """The wire-copy cases of tests/test_dedup.py and tests/test_timeline.py through a bulk ingest: a
    copy of a copy joins the first story, a bulletin repeated a week later keeps its dated events."""
    from test_dedup import HOUSING, INFLATION, INFLATION_GULF, _edit
    from test_timeline import BULLETIN

    first = (INFLATION + " " + HOUSING).split()
    second = _edit(first, int(len(first) * 0.86), len(first), "ات")
    third = _edit(second, 0, int(len(first) * 0.14), "ون")
    records = [(INFLATION, "2015-07-20"), (INFLATION_GULF, "2015-07-20"), *((" ".join(t), "2015-07-21")
               for t in (first, second, third)), (BULLETIN, "2015-07-26"), (BULLETIN, "2015-08-02")]
    data = tmp_path / "wire.jsonl"
    data.write_text("".join(json.dumps({"title": f"خبر {i}", "text": text, "published": day, "source": f"صحيفة {i}"},
                                       ensure_ascii=False) + "\n" for i, (text, day) in enumerate(records)),
                    encoding="utf-8")
    local = build(tmp_path / "local", [str(data)])
    bulk = build(tmp_path / "bulk", [str(data)], LocalEngine(2))
    assert_same(tmp_path / "local", tmp_path / "bulk", local, bulk)
    assert local[0].stored == 3 and local[0].duplicates == 4
    with Archive.open(tmp_path / "bulk") as archive:
        assert [e.date for e in archive.timeline("فيروس كورونا")] == ["2015-07-26", "2015-08-02"]
