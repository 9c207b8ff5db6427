"""Hostile input: one bad record or file never stops an ingest, every reader is bounded, nothing hangs.

Each test is an input an adversarial probe of akhbar found to abort, hang or balloon an ingest; the
records around the bad one must be stored, and the bad one skipped with a reason that says what is
wrong with it.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
import threading

import pytest

from akhbar import Archive
from akhbar.config import load_settings
from akhbar.models import RawRecord, Skip
from akhbar.read import expand_paths, read_path
from akhbar.store import Store

WORDS = ("أعلنت وزارة الموارد المائية خطة جديدة لتحديث شبكة الري في محافظات الدلتا تشمل تبطين الترع وخفض الفاقد "
         "من المياه وتحسين وصولها إلى نهايات الترع وقال المتحدث باسم الحكومة إن المشروع يمتد ثلاث سنوات بكلفة "
         "كبيرة ويشمل بناء محطات ضخ جديدة في القرى البعيدة عن النهر").split()


def story(i: int) -> str:
    """A distinct Arabic news text per ``i`` (no two are near-duplicates)."""
    rng = random.Random(i)
    sentences = [" ".join(rng.choice(WORDS) for _ in range(14)) + "." for _ in range(4)]
    return f"الخبر رقم {i}: " + " ".join(sentences)


def row(i: int, **fields) -> str:
    return json.dumps({"title": f"خبر {i}", "text": story(i), **fields}, ensure_ascii=False)


def akhbar(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "akhbar.cli", *args], input=stdin, capture_output=True,
                          timeout=timeout, env={**os.environ, **(env or {})})
    done.stdout, done.stderr = done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    return done


def accounted(report) -> None:
    """Every record ended somewhere."""
    assert report.records >= 1
    assert report.stored + report.duplicates + report.skipped_count >= report.records


# --- one bad record -----------------------------------------------------------------------------


def test_bad_values_in_jsonl_skip_only_their_line(tmp_path):
    lines = [row(i) for i in range(60)]
    bad = {
        3: '{"title": "\\ud800 عنوان", "text": "' + story(3) + '"}',  # a lone surrogate, as JSON writes it
        7: '{"title": "خبر", "text": "' + story(7) + ' \\udfff"}',
        11: row(11, url=["https://a.example/1", "https://a.example/2"]),
        13: row(13, url={"id": 7}),  # (an object with a name or href is read by it: news APIs give those)
        17: json.dumps({"title": "رقم", "text": 12345}),
        19: json.dumps({"title": "صح", "text": True}),
        23: '{"title": "ليس رقما", "text": NaN}',
        29: json.dumps({"title": "كائن", "text": {"body": story(29)}}, ensure_ascii=False),
        31: json.dumps({"title": "قائمة", "text": [story(31), 7]}, ensure_ascii=False),
    }
    for n, line in bad.items():
        lines[n] = line
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = akhbar("ingest", str(path), "--archive", str(tmp_path / "arc"), "--json", "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert report["records"] == 60
    assert report["stored"] + report["duplicates"] == 60 - len(bad)
    reasons = {s["source"].rsplit(":", 1)[1]: s["reason"] for s in report["skipped"]}
    assert set(reasons) == {f"line {n + 1}" for n in bad}
    assert "'title' holds a lone surrogate (\\ud800)" in reasons["line 4"]
    assert "'url' is a list, not a string" in reasons["line 12"]
    assert "'url' is an object, not a string" in reasons["line 14"]
    assert "'text' is a number, not text" in reasons["line 18"]
    assert "'text' is true/false, not text" in reasons["line 20"]
    assert "'text' is a number, not text" in reasons["line 24"]  # NaN
    assert "'text' is an object, not text" in reasons["line 30"]
    with Archive.open(tmp_path / "arc", create=False) as arc:
        texts = [t for (t,) in arc.store.db.execute("SELECT text FROM articles")]
    assert not any(t in ("12345", "True", "nan") or t.startswith("{") for t in texts)


def test_a_file_name_that_is_not_utf8_is_read_under_an_escaped_name(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(story(i), encoding="utf-8")
    odd = os.path.join(os.fsencode(folder), b"bad\xff.txt")
    with open(odd, "wb") as f:
        f.write(story(99).encode("utf-8"))
    done = akhbar("ingest", str(folder), "--archive", str(tmp_path / "arc"), "--json", "--workers", "1")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["records"] == 6 and report["stored"] == 6 and report["skipped"] == []
    with Archive.open(tmp_path / "arc", create=False) as arc:
        origins = sorted(os.path.basename(o) for (o,) in arc.store.db.execute("SELECT origin FROM articles"))
    assert origins == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "bad\\xff.txt"]
    again = json.loads(akhbar("ingest", str(folder), "--archive", str(tmp_path / "arc"), "--json").stdout)
    assert again["stored"] == 0 and again["duplicates"] == 6  # the escaped name is recognised on a re-run


def test_a_record_the_store_refuses_is_skipped_and_its_batch_kept(archive):
    # A value only SQLite finds wrong (here: a lone surrogate in a record built by a caller) undoes
    # that record alone; the batch around it is committed.
    items = [RawRecord("api", "item 1", "fields", fields={"text": story(1)}),
             RawRecord("api\ud800", "item 2", "fields", fields={"text": story(2)}),
             RawRecord("api", "item 3", "fields", fields={"text": story(3)})]
    told: list[str] = []
    report = archive._ingestor.run(iter(items), progress=lambda _origin, label: told.append(label))
    assert report.stored == 2 and report.records == 3
    assert [label.rsplit(":", 1)[1] for label in told] == ["item 1", "item 2", "item 3"]  # each told once
    [skip] = report.skipped
    assert skip.source == "api\\ud800:item 2" and skip.reason.startswith("akhbar failed on this record (UnicodeEncodeError")
    assert archive.store.stats()["articles"] == 2


# --- reports stay small -------------------------------------------------------------------------


def test_a_flood_of_skips_is_counted_not_listed(archive, tmp_path):
    path = tmp_path / "empty.jsonl.gz"
    path.write_bytes(gzip.compress(b"{}\n" * 5000 + b"[1]\n" * 300 + row(1).encode("utf-8") + b"\n"))
    report = archive.ingest([str(path)])
    assert report.records == 5301 and report.stored == 1
    assert report.skipped_count == 5300
    reasons = report.to_dict()["skip_reasons"]
    assert list(reasons.values()) == [5000, 300]
    assert list(reasons)[0].startswith("no text field") and list(reasons)[1] == "not a JSON object but list"
    assert len(report.skipped) == 200  # the first 100 of each reason; every one is in the ingest log
    assert archive.store.stats()["skipped"] == 5300


# --- encodings, line by line --------------------------------------------------------------------


def test_jsonl_mixing_windows_1256_and_utf8_lines_reads_each_in_its_own(tmp_path):
    lines = [(row(i) + "\n").encode("cp1256" if i % 3 == 0 else "utf-8") for i in range(12)]
    path = tmp_path / "appended.jsonl"
    path.write_bytes(b"".join(lines))
    records = list(read_path(str(path)))
    assert [r.fields["text"] for r in records] == [story(i) for i in range(12)]


def test_one_utf16_line_does_not_cost_the_rest_of_the_file(tmp_path):
    lines = [(row(i) + "\n").encode("utf-16-le" if i == 2 else "utf-8") for i in range(6)]
    lines.insert(4, b"\x00\x01\x02binary\x00\x00\x00junk\n")
    path = tmp_path / "odd.jsonl"
    path.write_bytes(b"".join(lines))
    items = list(read_path(str(path)))
    assert [i.fields["text"] for i in items if isinstance(i, RawRecord)] == [story(i) for i in range(6)]
    [skip] = [i for i in items if isinstance(i, Skip)]
    assert skip.reason == "line 5: binary data (NUL bytes), not text"


def test_random_bytes_are_not_stored_as_an_article(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(20000))  # no NULs: not caught as binary by them
    path = tmp_path / "noise.txt"
    path.write_bytes(data)
    [skip] = list(read_path(str(path)))
    assert "not text" in skip.reason and "control codes" in skip.reason


# --- empty inputs leave a trace -----------------------------------------------------------------


@pytest.mark.parametrize("name, content, reason", [
    ("header.csv", "title,text\n", "the CSV has a header row but no data rows"),
    ("blank.jsonl", "\n\n  \n", "no JSON lines (only blank lines)"),
    ("list.json", "[]", "the JSON list is empty"),
    ("wrapped.json", '{"articles": []}', "the JSON list is empty"),
])
def test_an_input_with_no_record_says_so(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert list(read_path(str(path))) == [Skip(str(path), reason)]


# --- paths: only regular files, each once, unreadable folders named -------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_in_a_folder_is_reported_not_opened(tmp_path):
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    result: list = []
    reader = threading.Thread(target=lambda: result.append(expand_paths([str(tmp_path)])), daemon=True)
    reader.start()
    reader.join(10)
    assert result, "expanding a folder with a named pipe hung"
    files, skips = result[0]
    assert files == [str(tmp_path / "a.txt")]
    assert skips == [Skip(str(tmp_path / "pipe.txt"),
                          "not a regular file (a named pipe); name it on its own to read it")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_given_by_name_is_read_like_stdin(tmp_path):
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_text(row(1) + "\n" + row(2) + "\n", encoding="utf-8"))
    writer.start()
    items = list(read_path(str(pipe)))
    writer.join(10)
    assert [i.fields["text"] for i in items] == [story(1), story(2)]


def test_a_glob_over_a_directory_link_loop_reads_each_file_once(tmp_path):
    (tmp_path / "news" / "2024").mkdir(parents=True)
    (tmp_path / "news" / "2024" / "a.txt").write_text(story(1), encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(story(2), encoding="utf-8")
    os.symlink(tmp_path / "news", tmp_path / "news" / "2024" / "up")  # a link back to a parent
    os.symlink(tmp_path / "news", tmp_path / "news" / "again")
    result: list = []
    walker = threading.Thread(target=lambda: result.append(expand_paths([str(tmp_path / "news" / "**" / "*.txt")])),
                              daemon=True)
    walker.start()
    walker.join(20)
    assert result, "the ** glob did not finish"
    files, skips = result[0]
    assert sorted(os.path.realpath(f) for f in files) == [
        str((tmp_path / "news" / "2024" / "a.txt").resolve()), str((tmp_path / "news" / "b.txt").resolve())]
    assert skips == []


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(story(1), encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(story(2), encoding="utf-8")
    scandir = os.scandir

    def refuse(path="."):  # chmod 000 does not stop root, so deny the listing itself
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    files, skips = expand_paths([str(tmp_path)])
    assert files == [str(tmp_path / "open" / "a.txt")]
    assert skips == [Skip(str(tmp_path / "locked"),
                          "cannot list this folder: permission denied: cannot read this folder (check its permissions)")]


# --- run ids ------------------------------------------------------------------------------------


def test_ingests_started_at_once_get_their_own_run_numbers(tmp_path):
    with Archive.open(tmp_path / "arc"):
        pass
    first, second = Store(tmp_path / "arc" / "archive.db"), Store(tmp_path / "arc" / "archive.db")
    try:
        assert first.start_run() != second.start_run()  # neither has logged a record yet
    finally:
        first.close()
        second.close()


# --- bounded readers ----------------------------------------------------------------------------


def test_an_over_long_jsonl_line_is_skipped_and_the_next_ones_read(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    huge = json.dumps({"text": "كلمة " * 300_000}, ensure_ascii=False)  # ~3 MB on one line
    path.write_bytes(gzip.compress((row(1) + "\n" + huge + "\n" + row(2) + "\n").encode("utf-8")))
    items = list(read_path(str(path), max_record_bytes=1_000_000))
    assert [i.fields["text"] for i in items if isinstance(i, RawRecord)] == [story(1), story(2)]
    [skip] = [i for i in items if isinstance(i, Skip)]
    assert skip.reason == "line 2: longer than 1 MB, the max_record_mb limit; skipped"


def test_an_unclosed_csv_quote_cannot_swallow_the_file(tmp_path):
    path = tmp_path / "open.csv"
    body = "".join(f"{i},{story(i)}\n" for i in range(2, 3000))
    path.write_text(f"title,text\n1,{story(1)}\n2,\"{story(2)}\n" + body, encoding="utf-8")
    items = list(read_path(str(path), max_record_bytes=100_000))
    assert items[0].fields["text"] == story(1)
    assert any("row 2: malformed CSV (field larger than field limit" in i.reason
               for i in items if isinstance(i, Skip))
    assert len(items) > 100  # reading went on after the unclosed quote


def test_a_huge_json_list_is_read_item_by_item(tmp_path):
    path = tmp_path / "articles.json"
    items = [{"title": f"خبر {i}", "text": story(i)} for i in range(300)]
    doc = {"generated": "2024-01-01", "articles": items, "count": 300}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    read = list(read_path(str(path), max_record_bytes=10_000))  # far less than the file, more than one item
    assert [r.locator for r in read] == [f"record {i}" for i in range(1, 301)]
    assert read[-1].fields["text"] == story(299)
    # An item over the limit is skipped; when its end is not even in sight, reading ends there.
    for words, stops in ((100_000, False), (400_000, True)):
        big = {"text": "كلمة " * words}
        path.write_text(json.dumps([items[0], big, items[2]], ensure_ascii=False), encoding="utf-8")
        read = list(read_path(str(path), max_record_bytes=10_000))
        assert read[0].fields["text"] == story(0)
        if stops:
            assert read[1:] == [Skip(f"{path}:record 2", "record 2: over 0.01 MB (the max_record_mb limit); "
                                                         "the rest of the list is not read")]
        else:
            assert read[1:] == [Skip(f"{path}:record 2", "record 2: over 0.01 MB (the max_record_mb limit)"),
                                RawRecord(str(path), "record 3", "fields", fields=read[2].fields)]


def test_stdin_has_the_same_limits_as_a_file(tmp_path):
    data = (story(1) + "\n\n").encode("utf-8") * 5000  # ~3 MB of text, over a 1 MB max_file_mb
    env = {"AKHBAR_MAX_FILE_MB": "1"}
    piped = akhbar("ingest", "-", "--archive", str(tmp_path / "arc"), "--json", stdin=data, env=env)
    path = tmp_path / "dump.txt"
    path.write_bytes(data)
    named = akhbar("ingest", str(path), "--archive", str(tmp_path / "arc"), "--json", env=env)
    for done in (piped, named):
        assert done.returncode == 1 and "Traceback" not in done.stderr
        [skip] = json.loads(done.stdout)["skipped"]
        assert skip["reason"] == "file too large (3.0 MB > 1.0 MB limit; split it or raise max_file_mb)"


def test_workers_and_one_process_skip_the_same_records(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [row(i) if i % 5 else json.dumps({"text": i}) for i in range(40)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports = []
    for workers in ("1", "2"):
        with Archive.open(tmp_path / workers, settings=load_settings({"workers": workers}, env={})) as arc:
            reports.append(arc.ingest([str(path)]))
    assert reports[0].skipped == reports[1].skipped and len(reports[0].skipped) == 8
    accounted(reports[0])


# --- web pages that would hang or lose their text ----------------------------------------------

PAGE = ("<html><head><title>مكتبة جديدة</title></head><body><article><h1>افتتاح مكتبة عامة في نزوى</h1>"
        "<p>افتتحت وزارة الثقافة مكتبة عامة جديدة في مدينة نزوى تضم أكثر من عشرين ألف كتاب في الأدب والتاريخ.</p>"
        "<p>وقال مدير المكتبة إن أبوابها ستفتح للزوار طوال أيام الأسبوع من الصباح حتى المساء.</p>{}</article></body></html>")


def test_an_unclosed_comment_hides_the_rest_of_the_page():
    from akhbar.extract import extract_html

    page = PAGE.replace("<article>", "<!-- لم يغلق " + "<p>نص في تعليق لا يظهر في المتصفح.</p>" * 30 + "<article>")
    assert extract_html(page) == []  # a browser shows nothing after "<!--": no article, not the comment
    [article] = extract_html(PAGE.format("<!-- إعلان لم يغلق " + "نص مخفي " * 200))
    assert "مكتبة عامة جديدة" in article.text and "مخفي" not in article.text and "<!--" not in article.text


def test_text_nested_deeper_than_the_parser_reads_is_kept():
    from akhbar.extract import extract_html

    deep = "<b>" * 100_000 + "<p>وأضاف أن المكتبة تنظم أمسيات شعرية كل شهر.</p>" + "</b>" * 100_000
    [article] = extract_html(PAGE.format(deep))
    assert "أمسيات شعرية" in article.text and "مكتبة عامة جديدة" in article.text


def test_a_tag_with_200000_attributes_is_read_at_once(tmp_path):
    attributes = " ".join(f'data-x{i}="{i}"' for i in range(200_000))  # 2.3 MB in one tag
    page = tmp_path / "page.html"
    page.write_text(PAGE.format("").replace("<article>", f"<article {attributes}>"), encoding="utf-8")
    done = akhbar("ingest", str(page), "--archive", str(tmp_path / "arc"), "--json", timeout=90)  # was: minutes
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stored"] == 1


def test_a_page_that_takes_too_long_is_skipped_with_a_reason(monkeypatch):
    import akhbar.ingest as ingest

    def forever(record):
        while True:
            pass

    monkeypatch.setattr(ingest, "extract_articles", forever)
    monkeypatch.setattr(ingest, "PAGE_SECONDS", 0.2)
    outcome = ingest.prepare(RawRecord("slow.html", "", "html", text="<html></html>"), 60)
    assert outcome == ingest.Unreadable("reading this page took more than 0.2 s (too complex to read); skipped")
