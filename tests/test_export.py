"""Export as a journalist or a developer uses it: every article with its metadata and the links of
its duplicates, as JSON lines (that ingest back as they are) or CSV, filtered like a search."""

from __future__ import annotations

import csv
import io
import json
import warnings

import pytest

from akhbar import Archive, ArticleDraft
from akhbar.cli import main

PORT = ArticleDraft(title="توسعة مرفأ طرطوس", text="أعلنت الحكومة خطة لتوسعة مرفأ طرطوس التجاري وزيادة عدد الأرصفة فيه.",
                    published="2019-04-20", source="الجزيرة نت", url="https://example.org/tartus", tags=["سوريا", "موانئ"])
WIRE_COPY = ArticleDraft(title="خطة لتوسعة مرفأ طرطوس",
                         text="أعلنت الحكومة خطة لتوسعة مرفأ طرطوس التجاري وزيادة عدد الأرصفة فيه.",
                         published="2019-04-21", source="وكالة الأنباء", url="https://example.org/wire")
FISH = ArticleDraft(title="صيادو طرطوس", text="يشكو صيادو طرطوس من ارتفاع أسعار الوقود وقلة الدعم الحكومي للقطاع.",
                    published="2024-04-25", source="سبق")
RAIN = ArticleDraft(title="أمطار في جدة", text="هطلت أمطار غزيرة على مدينة جدة وأدت إلى إغلاق عدد من الطرق الرئيسية.")


@pytest.fixture
def archive_path(tmp_path):
    path = tmp_path / "arc"
    with Archive.open(path) as archive:
        report = archive.add_articles([PORT, WIRE_COPY, FISH, RAIN])
    assert (report.stored, report.duplicates) == (3, 1)
    return path


def export(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["export", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_jsonl_has_every_article_with_metadata_and_duplicate_links(capsys, archive_path):
    code, out, _ = export(capsys, "--archive", str(archive_path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["title"] for r in rows] == [PORT.title, FISH.title, RAIN.title]
    port = rows[0]
    assert (port["published"], port["source"], port["url"], port["tags"]) == (
        "2019-04-20", "الجزيرة نت", "https://example.org/tartus", ["سوريا", "موانئ"])
    assert [(d["source"], d["url"]) for d in port["duplicates"]] == [("وكالة الأنباء", "https://example.org/wire")]
    assert rows[2]["source"] is None and rows[2]["published"] is None  # unknown is null, never "?"


def test_a_jsonl_export_ingests_back_into_the_same_articles(capsys, archive_path, tmp_path):
    target = tmp_path / "all.jsonl"
    assert export(capsys, "--archive", str(archive_path), "-o", str(target))[0] == 0
    with Archive.open(tmp_path / "copy") as copy:
        report = copy.ingest([str(target)])
        assert report.stored == 3
        again = [(r["title"], r["text"], r["published"], r["source"], r["url"], r["tags"]) for r in copy.export()]
    with Archive.open(archive_path) as original:
        expected = [(r["title"], r["text"], r["published"], r["source"], r["url"], r["tags"]) for r in original.export()]
    assert again == expected


def test_csv_for_spreadsheets(capsys, archive_path):
    code, out, _ = export(capsys, "--archive", str(archive_path), "--format", "csv")
    assert code == 0 and out.startswith("\ufeffid,title,published,source,url,tags")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [r["title"] for r in rows] == [PORT.title, FISH.title, RAIN.title]
    assert rows[0]["tags"] == "سوريا | موانئ" and rows[0]["duplicate_urls"] == "https://example.org/wire"
    assert rows[0]["text"] == PORT.text


def test_a_query_and_filters_choose_what_is_exported(capsys, archive_path):
    def titles(*argv: str) -> list[str]:
        code, out, err = export(capsys, "--archive", str(archive_path), *argv)
        assert code == 0, err
        return [json.loads(line)["title"] for line in out.splitlines()]

    assert titles("طرطوس") == [PORT.title, FISH.title]
    assert titles("طرطوس", "--since", "2020") == [FISH.title]
    assert titles("--source", "الجزيرة") == [PORT.title]  # part of "الجزيرة نت"
    assert titles("--until", "أبريل 2019") == [PORT.title]
    code, _, err = export(capsys, "--archive", str(archive_path), "مهرجان الأفلام")
    assert code == 1 and "no article to export" in err


def test_a_quoted_phrase_no_article_holds_is_exported_as_its_words_and_named(capsys, archive_path):
    # as search does: the phrase is not required, and stderr says so (stdout stays clean JSON lines)
    code, out, err = export(capsys, "--archive", str(archive_path), "«مرفأ طرطوس العسكري»")
    assert code == 0 and "«مرفأ طرطوس العسكري»" in err
    assert [json.loads(line)["title"] for line in out.splitlines()] == [PORT.title, FISH.title]
    code, out, err = export(capsys, "--archive", str(archive_path), "«مرفأ طرطوس»")  # held: still required
    assert code == 0 and "لا مقالة تحوي" not in err
    assert [json.loads(line)["title"] for line in out.splitlines()] == [PORT.title]
    code, _, err = export(capsys, "--archive", str(archive_path), "--since", "2024-13-01")
    assert code == 1 and "there is no month 13" in err


def test_export_streams_in_pages(archive_path):
    with Archive.open(archive_path) as archive:
        assert [r["title"] for r in archive.export(batch=1)] == [PORT.title, FISH.title, RAIN.title]
        assert [r["title"] for r in archive.export("طرطوس", batch=1)] == [PORT.title, FISH.title]


def test_http_export_streams_jsonl_and_csv(archive_path):
    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from akhbar.web import create_app

    with TestClient(create_app(archive_path), base_url="http://127.0.0.1") as client:
        response = client.get("/api/export", params={"q": "طرطوس"})
        assert response.status_code == 200 and response.headers["content-type"].startswith("application/x-ndjson")
        assert "attachment" in response.headers["content-disposition"]
        rows = [json.loads(line) for line in response.text.splitlines()]
        assert [r["title"] for r in rows] == [PORT.title, FISH.title]
        assert rows[0]["duplicates"][0]["url"] == "https://example.org/wire"
        table = client.get("/api/export", params={"format": "csv", "source": "سبق"})
        assert table.headers["content-type"].startswith("text/csv")
        assert [r["title"] for r in csv.DictReader(io.StringIO(table.text.lstrip("\ufeff")))] == [FISH.title]
        bad = client.get("/api/export", params={"since": "2024-13-01"})
        assert bad.status_code == 400 and "month 13" in bad.json()["detail"]
        assert client.get("/api/export", params={"format": "xml"}).status_code == 422
