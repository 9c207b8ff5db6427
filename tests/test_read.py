"""read: every input format and encoding becomes the right records, and every bad input a reasoned Skip."""

from __future__ import annotations

import gzip
import io
import json
import os
import struct
import zlib

import pytest

from akhbar.errors import UnreadableInput
from akhbar.models import RawRecord, Skip
from akhbar.read import FieldNames, decode, expand_paths, read_bytes, read_path

NEWS = "افتتحت بلدية الرياض حديقة عامة جديدة تضم ممرات للمشي وملاعب للأطفال."
NEWS2 = "ارتفعت درجات الحرارة في مدينة أبها إلى ثلاثين درجة مئوية يوم الأحد."
HTML = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head>
<body><article><h1>حديقة جديدة</h1><p>{NEWS}</p></article></body></html>
"""


def read(path, **kw) -> list[RawRecord | Skip]:
    return list(read_path(str(path), **kw))


def records(items) -> list[RawRecord]:
    return [i for i in items if isinstance(i, RawRecord)]


def skips(items) -> list[Skip]:
    return [i for i in items if isinstance(i, Skip)]


def png_bytes() -> bytes:
    """A real 1×1 PNG, so the test checks magic-number detection on what users actually have."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


# --- formats -------------------------------------------------------------------------------------


def test_plain_text_file_is_one_text_record(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text(NEWS + "\n\n" + NEWS2 + "\n", encoding="utf-8")
    [rec] = read(path)
    assert (rec.origin, rec.locator, rec.kind) == (str(path), "", "text")
    assert NEWS in rec.text and NEWS2 in rec.text


def test_html_file_is_an_html_record(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(HTML, encoding="utf-8")
    [rec] = read(path)
    assert rec.kind == "html" and NEWS in rec.text


def test_html_with_txt_extension_is_detected_as_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text("\n  " + HTML, encoding="utf-8")
    [rec] = read(path)
    assert rec.kind == "html"


def test_jsonl_records_get_normalized_fields(tmp_path):
    path = tmp_path / "export.jsonl"
    rows = [
        {"headline": "حديقة جديدة", "content": NEWS, "date": "2024-03-05", "link": "https://ex.sa/1",
         "site": "صحيفة المدينة", "keywords": "بلدية، حدائق, أطفال", "views": 120},
        {"title": "طقس", "text": NEWS2, "tags": ["طقس", "أبها"]},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    first, second = read(path)
    assert first.kind == "fields" and first.locator == "line 1"
    assert first.fields == {"title": "حديقة جديدة", "text": NEWS, "published": "2024-03-05",
                            "url": "https://ex.sa/1", "source": "صحيفة المدينة", "tags": ["بلدية", "حدائق", "أطفال"]}
    assert first.url == "https://ex.sa/1"
    assert second.locator == "line 2" and second.fields["tags"] == ["طقس", "أبها"]
    assert second.fields["published"] is None and second.url is None


def test_jsonl_malformed_line_reports_its_number_and_keeps_the_others(tmp_path):
    path = tmp_path / "export.ndjson"
    path.write_text(
        json.dumps({"text": NEWS}, ensure_ascii=False) + "\n"
        + '{"text": "نص" "title": 1}\n\n'
        + json.dumps({"text": NEWS2}, ensure_ascii=False) + "\n", encoding="utf-8")
    items = read(path)
    assert [r.fields["text"] for r in records(items)] == [NEWS, NEWS2]
    [bad] = skips(items)
    assert bad.source == f"{path}:line 2"
    assert bad.reason.startswith("line 2: invalid JSON (Expecting ','")


def test_json_line_without_text_says_which_fields_were_looked_for(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"title": "عنوان فقط"}\n', encoding="utf-8")
    [skip] = read(path)
    assert isinstance(skip, Skip)
    assert "no text field" in skip.reason and "text, content, body, article, story" in skip.reason


def test_lines_starting_with_a_brace_are_jsonl_whatever_the_extension(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text(json.dumps({"body": NEWS}, ensure_ascii=False) + "\n", encoding="utf-8")
    [rec] = read(path)
    assert rec.kind == "fields" and rec.fields["text"] == NEWS


@pytest.mark.parametrize("doc", [
    [{"text": NEWS}, {"text": NEWS2}],
    {"articles": [{"text": NEWS}, {"text": NEWS2}]},
])
def test_json_file_with_a_list_of_articles(tmp_path, doc):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    items = read(path)
    assert [(r.locator, r.fields["text"]) for r in items] == [("record 1", NEWS), ("record 2", NEWS2)]


def test_csv_with_header_and_a_very_long_field(tmp_path):
    long_text = (NEWS + " ") * 3000  # ~200 KB: over csv's default 128 KB field limit
    path = tmp_path / "news.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write('Title,Body,Date\n"عنوان، بفاصلة","' + long_text + '",2024-01-02\n,,\nطقس,"' + NEWS2 + '\nسطر ثان",\n')
    items = read(path)
    assert [r.locator for r in items] == ["row 1", "row 3"]
    assert items[0].fields["title"] == "عنوان، بفاصلة" and items[0].fields["text"] == long_text
    assert items[1].fields["text"] == NEWS2 + "\nسطر ثان"


def test_tsv(tmp_path):
    path = tmp_path / "news.tsv"
    path.write_text(f"title\ttext\nطقس\t{NEWS2}\n", encoding="utf-8")
    [rec] = read(path)
    assert rec.fields["title"] == "طقس" and rec.fields["text"] == NEWS2


def test_custom_field_names(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"nass": NEWS, "onwan": "عنوان", "text": "ليس هذا"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    [rec] = read(path, fields=FieldNames(text=("nass",), title=("onwan",)))
    assert rec.fields["text"] == NEWS and rec.fields["title"] == "عنوان"


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_legacy_arabic_encodings_are_told_apart(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes((NEWS + "\n" + NEWS2 + "\n").encode(encoding))
    [rec] = read(path)
    assert rec.text == NEWS + "\n" + NEWS2 + "\n"


def test_short_legacy_texts_decode_right():
    assert decode("سعر النفط".encode("cp1256")) == "سعر النفط"
    assert decode("سعر النفط".encode("iso-8859-6")) == "سعر النفط"


@pytest.mark.parametrize("data", [
    NEWS.encode("utf-16"),  # with BOM
    NEWS.encode("utf-16-le"),  # BOM-less, found by its NUL pattern
    NEWS.encode("utf-16-be"),
    "\ufeff".encode("utf-8") + NEWS.encode("utf-8"),  # UTF-8 BOM
], ids=["utf16-bom", "utf16le", "utf16be", "utf8-bom"])
def test_unicode_encodings_with_and_without_bom(tmp_path, data):
    path = tmp_path / "news.txt"
    path.write_bytes(data)
    [rec] = read(path)
    assert rec.text == NEWS


def test_utf16_jsonl_is_streamed_in_its_encoding(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_bytes((json.dumps({"text": NEWS}, ensure_ascii=False) + "\n").encode("utf-16"))
    [rec] = read(path)
    assert rec.fields["text"] == NEWS


def test_html_meta_charset_is_honoured(tmp_path):
    page = HTML.replace('charset="utf-8"', 'charset="windows-1256"')
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1256"))
    [rec] = read(path)
    assert NEWS in rec.text


def test_decode_refuses_binary():
    with pytest.raises(UnreadableInput, match=r"binary file \(PNG image\), not text"):
        decode(png_bytes())


# --- gzip and WARC -------------------------------------------------------------------------------


def test_gzip_inner_format_comes_from_inner_name_and_content(tmp_path):
    jsonl = tmp_path / "export.jsonl.gz"
    jsonl.write_bytes(gzip.compress(json.dumps({"text": NEWS}, ensure_ascii=False).encode()))
    page = tmp_path / "page.gz"
    page.write_bytes(gzip.compress(HTML.encode("utf-8")))
    [rec] = read(jsonl)
    assert rec.kind == "fields" and rec.fields["text"] == NEWS
    [rec] = read(page)
    assert rec.kind == "html" and NEWS in rec.text


def test_truncated_gzip_keeps_earlier_records_and_reports_the_damage(tmp_path):
    lines = "".join(json.dumps({"text": f"{NEWS} رقم {i}"}, ensure_ascii=False) + "\n" for i in range(2000))
    data = gzip.compress(lines.encode("utf-8"))
    path = tmp_path / "export.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    kept = records(items)
    assert 0 < len(kept) < 2000
    assert kept[0].fields["text"] == f"{NEWS} رقم 0"
    assert items[-1].reason.startswith(f"truncated gzip after {len(items) - 1} records")


def _warc(tmp_path, name: str, gz: bool) -> tuple[str, bytes]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    pages = [
        ("https://ex.sa/1", "text/html; charset=windows-1256", HTML.replace("utf-8", "windows-1256").encode("cp1256")),
        ("https://ex.sa/logo.png", "image/png", png_bytes()),
        ("https://ex.sa/2", "text/html", HTML.replace(NEWS, NEWS2).encode("utf-8")),
        ("https://ex.sa/3", "text/html; charset=utf-8", HTML.replace(NEWS, NEWS2 + " ثالث").encode("utf-8")),
    ]
    for url, ctype, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return str(path), buf.getvalue()


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_become_html_records_with_their_url(tmp_path, gz):
    path, _ = _warc(tmp_path, "crawl.warc.gz" if gz else "crawl.warc", gz)
    items = read(path)
    pages = records(items)
    assert [(r.kind, r.url) for r in pages] == [("html", "https://ex.sa/1"), ("html", "https://ex.sa/2"),
                                               ("html", "https://ex.sa/3")]
    assert pages[0].locator == "record 1 (https://ex.sa/1)"
    assert NEWS in pages[0].text  # decoded with the HTTP charset (windows-1256)
    assert NEWS2 in pages[1].text
    [ignored] = skips(items)
    assert "image/png ×1" in ignored.reason


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc_keeps_earlier_records_and_reports_the_damage(tmp_path, gz):
    path, data = _warc(tmp_path, "crawl.warc.gz" if gz else "crawl.warc", gz)
    with open(path, "wb") as f:
        f.write(data[: len(data) - 300])  # cuts into the last page
    items = read(path)
    assert [r.url for r in records(items)] == ["https://ex.sa/1", "https://ex.sa/2"]
    assert any(s.reason.startswith("truncated WARC after 2 records") for s in skips(items))


# --- bad input -----------------------------------------------------------------------------------


def test_empty_file_is_skipped(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read(path) == [Skip(str(path), "empty file")]


def test_png_renamed_txt_is_skipped_as_binary(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(png_bytes())
    assert read(path) == [Skip(str(path), "binary file (PNG image), not text")]


def test_directory_of_images_gives_a_skip_per_file(tmp_path):
    for name in ("a.png", "b.jpg"):
        (tmp_path / name).write_bytes(png_bytes() if name.endswith("png") else b"\xff\xd8\xff\xe0" + bytes(64))
    items = read(tmp_path)
    assert [(os.path.basename(s.source), s.reason) for s in items] == [
        ("a.png", "binary file (PNG image), not text"), ("b.jpg", "binary file (JPEG image), not text")]


def test_big_text_is_refused_but_big_jsonl_is_streamed(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(NEWS * 100, encoding="utf-8")
    [skip] = read(big, max_bytes=1000)
    assert skip.reason.startswith("file too large (") and "MB limit; split it" in skip.reason
    lines = tmp_path / "big.jsonl"
    lines.write_text("".join(json.dumps({"text": NEWS}, ensure_ascii=False) + "\n" for _ in range(50)))
    assert len(records(read(lines, max_bytes=1000))) == 50


def test_file_deleted_before_reading_is_skipped(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text(NEWS, encoding="utf-8")
    files, _ = expand_paths([str(path)])
    path.unlink()
    assert read(files[0]) == [Skip(str(path), "file disappeared before it could be read")]


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    import akhbar.read as read_module

    path = tmp_path / "secret.txt"
    path.write_text(NEWS, encoding="utf-8")

    def refuse(*args, **kwargs):  # chmod 000 does not stop root, so deny the open itself
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(read_module, "open", refuse, raising=False)
    [skip] = read(path)
    assert skip.reason.startswith("permission denied")


# --- paths and bytes -----------------------------------------------------------------------------


def test_expand_paths_recurses_sorted_globs_and_reports_missing(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    for rel in ("b/2.txt", "a/1.txt", "a/deep/3.html", "a/.hidden.txt", "top.jsonl"):
        (tmp_path / rel).write_text(NEWS, encoding="utf-8")
    files, missing = expand_paths([str(tmp_path / "a"), str(tmp_path / "*.jsonl"), str(tmp_path / "b" / "2.txt"),
                                   str(tmp_path / "a" / "1.txt"), str(tmp_path / "nope.txt"),
                                   str(tmp_path / "*.csv"), "-"])
    assert [os.path.relpath(f, tmp_path) if f != "-" else f for f in files] == [
        os.path.join("a", "1.txt"), os.path.join("a", "deep", "3.html"), "top.jsonl", os.path.join("b", "2.txt"), "-"]
    assert missing == [Skip(str(tmp_path / "nope.txt"), "no such file or directory"),
                       Skip(str(tmp_path / "*.csv"), "no files match this pattern")]


def test_read_bytes_uses_the_name_as_a_format_hint(tmp_path):
    upload = gzip.compress(f"title,text\nطقس,{NEWS2}\n".encode("cp1256"))
    [rec] = list(read_bytes(upload, "upload.csv.gz"))
    assert (rec.origin, rec.locator, rec.fields["text"]) == ("upload.csv.gz", "row 1", NEWS2)
    [rec] = list(read_bytes(NEWS.encode("utf-8"), "-"))
    assert (rec.origin, rec.kind, rec.text) == ("-", "text", NEWS)


def test_text_starting_with_a_bracket_stays_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("[عاجل] " + NEWS, encoding="utf-8")
    [rec] = read(path)
    assert rec.kind == "text" and rec.text == "[عاجل] " + NEWS


def test_utf8_with_a_stray_byte_is_not_read_as_windows_1256():
    text = decode(NEWS.encode("utf-8") + b"\xff" + NEWS2.encode("utf-8"))
    assert text == NEWS + "\ufffd" + NEWS2


def test_html_without_charset_in_cp1256_is_detected(tmp_path):
    page = HTML.replace('<meta charset="utf-8">', '<link rel="stylesheet" href="/static/site.css">' * 20)
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1256"))
    [rec] = read(path)
    assert NEWS in rec.text


def test_latin_text_still_decodes_through_charset_normalizer():
    assert decode("Le café de la gare est fermé depuis lundi.".encode("cp1252")) == \
        "Le café de la gare est fermé depuis lundi."


def test_a_crawl_s_pages_in_other_languages_are_dropped_before_extraction_and_counted(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    english = b"<html lang='en'><body><h1>Markets</h1><p>Stocks rose on Monday in New York.</p></body></html>"
    for url, ctype, body in [("https://ex.com/en", "text/html", english),
                             ("https://ex.sa/1", "text/html", HTML.encode("utf-8")),
                             ("https://ex.com/en2", "text/html", english),
                             ("https://ex.sa/logo.png", "image/png", png_bytes())]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buf.getvalue())
    items = read(str(path))
    assert [r.url for r in records(items)] == ["https://ex.sa/1"]
    [ignored] = skips(items)
    assert "ignored 3 WARC responses" in ignored.reason
    assert "not Arabic ×2" in ignored.reason and "image/png ×1" in ignored.reason
