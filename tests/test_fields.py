"""Structured exports with their own field names: --field, akhbar.toml, Archive.ingest(fields=…), and the
common names and date forms akhbar reads without being told."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from akhbar import Archive

BODY = ("أعلنت هيئة الطيران المدني عن تشغيل رحلات جديدة بين الرياض والقاهرة ابتداء من الشهر المقبل، "
        "بواقع ثلاث رحلات أسبوعيا تسيرها شركتان وطنيتان.\n\n"
        "وقالت الهيئة إن الخطوة تأتي ضمن خطة لزيادة الربط الجوي مع العواصم العربية وتنشيط حركة السياحة.")


WORDS = (BODY + " المطار الدولي الطائرات الركاب الحجوزات الموسم الصيفي التذاكر الأسعار الشركات الوطنية الخطوط "
         "الجوية السياحة العواصم العربية المسافرين الرحلات الأسبوعية الوجهات الجديدة الخدمات البوابات").split()


def body(i: int) -> str:
    """A distinct story per row (rows that share most of their words would be near-duplicates)."""
    rng = random.Random(i)
    return BODY + "\n\n" + " ".join(rng.choice(WORDS) for _ in range(60)) + "."


def saudi_style_rows(n: int) -> str:
    """An export shaped like a real crawl: its date field is `date_extracted`, which nobody guesses."""
    return "".join(json.dumps({"id": f"x-{i}", "source": "صحيفة المثال", "url": f"https://example.com/{i}",
                               "date_extracted": "2024-03-19 08:15:00", "title": f"رحلات جديدة {i}",
                               "author": "القاهرة - مراسلنا", "content": body(i)}, ensure_ascii=False) + "\n"
                   for i in range(n))


def akhbar(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akhbar.cli", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd)


def published_dates(archive_path) -> set:
    with Archive.open(archive_path, create=False) as arc:
        return {arc.show(i)["published"] for i in range(1, arc.stats()["articles"] + 1)}


def test_date_extracted_export_gets_no_dates_and_a_warning_then_dates_with_field(tmp_path):
    src = tmp_path / "export.jsonl"
    src.write_text(saudi_style_rows(198), encoding="utf-8")
    plain = akhbar("ingest", str(src), "--archive", str(tmp_path / "a"), "--quiet")
    assert plain.returncode == 0
    assert "198 of 198 articles have no date: use --field published=" in plain.stderr
    assert "date_extracted" in plain.stderr  # the warning names the field that looks like a date
    assert published_dates(tmp_path / "a") == {None}

    mapped = akhbar("ingest", str(src), "--archive", str(tmp_path / "b"), "--field", "published=date_extracted",
                    "--json")
    report = json.loads(mapped.stdout)
    assert (report["stored"], report["no_date"], report["warnings"]) == (198, 0, [])
    assert published_dates(tmp_path / "b") == {"2024-03-19"}
    searched = akhbar("search", "رحلات الرياض القاهرة", "--since", "2024-03-01", "--archive", str(tmp_path / "b"),
                      "--json")
    assert json.loads(searched.stdout), "a date filter finds the mapped articles"


def test_field_setting_in_akhbar_toml(tmp_path):
    (tmp_path / "export.jsonl").write_text(saudi_style_rows(3), encoding="utf-8")
    (tmp_path / "akhbar.toml").write_text('fields = {published = "date_extracted", source = "author"}\n',
                                          encoding="utf-8")
    result = akhbar("ingest", "export.jsonl", "--archive", "arc", "--json", cwd=tmp_path)
    assert json.loads(result.stdout)["no_date"] == 0, result.stderr
    with Archive.open(tmp_path / "arc", create=False) as arc:
        assert (arc.show(1)["published"], arc.show(1)["source"]) == ("2024-03-19", "القاهرة - مراسلنا")


def test_archive_ingest_takes_field_names(tmp_path, archive):
    src = tmp_path / "rows.jsonl"
    src.write_text("".join(json.dumps({"headline_ar": f"رحلات {i}", "nass": body(i), "when": "2024-03-0" + str(i + 1)},
                                      ensure_ascii=False) + "\n" for i in range(3)), encoding="utf-8")
    report = archive.ingest([str(src)], fields={"title": "headline_ar", "text": "nass", "published": ["when"]})
    assert (report.stored, report.no_date) == (3, 0)
    assert [archive.show(i)["title"] for i in report.articles] == ["رحلات 0", "رحلات 1", "رحلات 2"]


def test_unknown_field_is_refused_before_any_archive_is_made(tmp_path):
    (tmp_path / "rows.jsonl").write_text(saudi_style_rows(1), encoding="utf-8")
    result = akhbar("ingest", str(tmp_path / "rows.jsonl"), "--archive", str(tmp_path / "arc"), "--field", "day=x")
    assert result.returncode != 0 and "unknown field 'day'" in result.stderr
    assert not (tmp_path / "arc").exists()


@pytest.mark.parametrize("row, published, source", [
    ({"headline": "رحلات", "body": BODY, "pubDate": "Tue, 19 Mar 2024 08:15:00 +0300", "link": "https://e.x/1",
      "publisher": "واس"}, "2024-03-19", "واس"),
    ({"title": "رحلات", "content": BODY, "created_at": 1710836100}, "2024-03-19", None),
    ({"title": "رحلات", "content": BODY, "timestamp": "1710836100000"}, "2024-03-19", None),
    ({"title": "رحلات", "articleBody": BODY, "datePublished": "2024-03-19T23:30:00+03:00"}, "2024-03-19", None),
    ({"title": "رحلات", "content": BODY, "publishedAt": "2024-02-14T08:00:00Z",
      "source": {"id": "bbc-arabic", "name": "بي بي سي عربي"}}, "2024-02-14", "بي بي سي عربي"),
    ({"العنوان": "رحلات", "النص": BODY, "التاريخ": "الثلاثاء 19 مارس 2024", "المصدر": "الرياض"},
     "2024-03-19", "الرياض"),
    ({"Title": "رحلات", "Full Text": BODY, "Date Published": "19/03/2024"}, "2024-03-19", None),
])
def test_common_field_names_and_date_forms_are_read_without_being_told(tmp_path, archive, row, published, source):
    src = tmp_path / "row.jsonl"
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    report = archive.ingest([str(src)])
    assert report.stored == 1, report.skipped
    article = archive.show(report.articles[0])
    assert (article["title"], article["published"], article["source"]) == ("رحلات", published, source)
    assert article["text"] == BODY


def test_csv_with_arabic_headers(tmp_path, archive):
    src = tmp_path / "rows.csv"
    src.write_text('العنوان,النص,التاريخ,الرابط\nرحلات,"' + BODY + '",2024-03-19,https://example.com/r\n',
                   encoding="utf-8")
    report = archive.ingest([str(src)])
    article = archive.show(report.articles[0])
    assert (article["title"], article["published"], article["url"]) == ("رحلات", "2024-03-19", "https://example.com/r")


def test_html_in_a_text_field_and_entities_in_a_title_are_cleaned(tmp_path, archive):
    paragraphs = BODY.split("\n\n")
    row = {"title": "بالصور.. &#8220;رحلات&#8221; جديدة", "content": f"<p>{paragraphs[0]}</p>\n<p>{paragraphs[1]}</p>"
           "<script>track()</script>", "date": "2024-03-19"}
    src = tmp_path / "row.jsonl"
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    article = archive.show(archive.ingest([str(src)]).articles[0])
    assert article["title"] == "بالصور.. “رحلات” جديدة"
    assert article["text"] == BODY


def test_a_row_without_text_names_its_fields_and_the_flag(tmp_path, archive):
    src = tmp_path / "row.jsonl"
    src.write_text(json.dumps({"headline": "رحلات", "matn": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    [skip] = archive.ingest([str(src)]).skipped
    assert "headline, matn" in skip.reason and "--field text=NAME" in skip.reason
