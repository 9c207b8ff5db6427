"""Hostile requests and hostile archive text: 4xx with a message for what a client sent wrong, never a
500; archive text printed as plain text, its escape sequences shown, never run by the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings

import pytest

from akhbar import Archive, ArticleDraft
from akhbar.config import Settings

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e .[web]")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from akhbar.web import create_app

# An article as a hostile page could leave it: escape sequences that clear the screen, retitle the
# window and switch colours, an 8-bit CSI, and rich markup in every field.
ESCAPES = ArticleDraft(
    title="[/]انقطاع الكهرباء\x1b]0;pwned\x07 في المدينة",
    text=("أعلنت شركة الكهرباء انقطاع التيار عن أحياء المدينة يوم الثلاثاء 5 مارس 2024 لأعمال الصيانة.\x1b[2J\x1b[H "
          "وقالت الشركة إن الانقطاع سيستمر ست ساعات.\x9b31m وطلبت من السكان الاستعداد."),
    published="2024-03-05", source="[red]\x1b[31mصحيفة المدينة", url="https://example.org/power")
BRIDGE = ArticleDraft(
    title="افتتاح جسر جديد فوق النيل في القاهرة",
    text="افتتحت الحكومة المصرية يوم الأربعاء جسراً جديداً فوق نهر النيل في القاهرة. ويبلغ طول الجسر 540 متراً.",
    published="2023-05-10", source="الأهرام")
LONG = ArticleDraft(  # several passages
    title="موسم الحصاد في سهل البقاع",
    text=" ".join(f"وقال المزارع رقم {i} إن محصول القمح في سهل البقاع جاء هذا العام أوفر من العام الماضي بفضل الأمطار."
                  for i in range(20)))


def akhbar(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akhbar.cli", *args], capture_output=True, timeout=120,
                          env={**os.environ, "COLUMNS": "300"})


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "archive"
    with Archive.open(path) as archive:
        report = archive.add_articles([ESCAPES, BRIDGE, LONG])
        assert report.stored == 3
        assert "\x1b[2J" in archive.show(report.articles[0])["text"]  # stored as written
    return path


# --- the terminal -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["show", "1"], ["search", "انقطاع الكهرباء"], ["ask", "متى ينقطع التيار الكهربائي عن المدينة؟"],
    ["timeline", "انقطاع الكهرباء"], ["stats"]])
def test_escape_sequences_in_archive_text_never_reach_the_terminal(archive_path, command):
    done = akhbar(*command, "--archive", str(archive_path))
    assert done.returncode == 0, done.stderr.decode()
    shown = done.stdout.decode("utf-8")
    assert "\x1b" not in shown and "\x9b" not in shown and "\x07" not in shown
    if command[0] in ("show", "search", "stats"):
        assert "␛[31mصحيفة المدينة" in shown and "[red]" in shown  # visible, and markup printed as written


def test_an_ingest_report_prints_odd_file_names_as_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[red]\x1b[2J.txt").write_bytes(b"")  # empty: skipped, and named in the report
    (folder / "news.txt").write_text(BRIDGE.text, encoding="utf-8")
    done = akhbar("ingest", str(folder), "--archive", str(tmp_path / "arc"))
    assert done.returncode == 0, done.stderr.decode()
    shown = done.stdout.decode("utf-8")
    assert "\x1b" not in shown and "[red]␛[2J.txt: empty file" in shown


# --- HTTP: what a client sends wrong is a 4xx that says what ------------------------------------


@pytest.fixture(scope="module")
def client(archive_path):
    with TestClient(create_app(archive_path, Settings(archive=str(archive_path))), base_url="http://127.0.0.1") as c:
        yield c


def post_json(client, path: str, body: str):
    return client.post(path, content=body.encode("utf-8"), headers={"content-type": "application/json"})


@pytest.mark.parametrize("path, body", [
    ("/api/ask", '{"q": "\\ud800 وزارة"}'),
    ("/api/verify", '{"answer": "\\ud800 افتتح جسر فوق النيل"}'),
    ("/api/verify", '{"answer": "افتتح جسر فوق النيل", "context": "نص \\udfff عن الجسر"}'),
])
def test_a_lone_surrogate_is_a_400_that_says_so(client, path, body):
    response = post_json(client, path, body)
    assert response.status_code == 400, response.text
    assert "lone surrogate" in response.json()["detail"]


def test_an_article_id_beyond_any_integer_is_a_4xx(client):
    for article_id in ("9223372036854775808", "99999999999999999999999"):
        response = client.get(f"/api/articles/{article_id}")
        assert 400 <= response.status_code < 500, response.text
    assert client.get("/api/articles/9223372036854775807").status_code == 404


@pytest.mark.parametrize("params, message", [
    ({"since": "2024-13-45"}, "since '2024-13-45' is not a date akhbar can read (there is no month 13)"),
    ({"until": "2023-02-29"}, "until '2023-02-29' is not a date akhbar can read (2023-02 has no day 29)"),
    ({"since": "2024-05-01", "until": "2024-04"}, "since (2024-05-01) is after until (2024-04)"),
])
def test_impossible_dates_are_refused_in_words_an_http_user_understands(client, params, message):
    for path in ("/api/search", "/api/timeline"):
        response = client.get(path, params={"q": "الجسر", **params})
        assert response.status_code == 400
        assert message in response.json()["detail"] and "--" not in response.json()["detail"]


def test_only_requests_naming_this_server_are_answered(archive_path):
    settings = Settings(archive=str(archive_path))
    app = create_app(archive_path, settings)
    for host, status in (("127.0.0.1:8000", 200), ("localhost", 200), ("[::1]:8000", 200),
                         ("attacker.example", 400), ("attacker.example:8000", 400)):
        with TestClient(app, base_url="http://127.0.0.1") as c:
            response = c.get("/api/stats", headers={"host": host})
        assert response.status_code == status, host
        if status == 400:
            assert "allowed_hosts" in response.json()["detail"]
    listening = create_app(archive_path, settings, host="192.168.1.20")
    named = create_app(archive_path, Settings(archive=str(archive_path), allowed_hosts="news.example.org"))
    for app, host in ((listening, "192.168.1.20:8000"), (named, "news.example.org")):
        with TestClient(app, base_url="http://127.0.0.1") as c:
            assert c.get("/api/stats", headers={"host": host}).status_code == 200


def test_show_an_article_id_beyond_any_integer(archive_path):
    done = akhbar("show", "9223372036854775808", "--archive", str(archive_path))
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert "no article 9223372036854775808" in done.stderr.decode()


def test_reindex_reports_articles_and_passages(archive_path):
    done = akhbar("reindex", "--archive", str(archive_path), "--json")
    assert done.returncode == 0, done.stderr.decode()
    with Archive.open(archive_path, create=False) as archive:
        stats = archive.stats()
    assert json.loads(done.stdout) == {"indexed_articles": stats["articles"], "indexed_passages": stats["passages"]}
    assert stats["passages"] > stats["articles"] == 3


def test_searches_are_answered_while_an_upload_is_being_ingested(tmp_path):
    import threading

    path = tmp_path / "arc"
    with Archive.open(path) as archive:
        archive.add_articles([BRIDGE])
    upload = "\n".join(json.dumps({"title": f"خبر {i}", "text": f"{LONG.text} وهذا الخبر رقم {i} عن موسم الحصاد."},
                                  ensure_ascii=False) for i in range(30)).encode("utf-8")
    settings = Settings(archive=str(path), api_token="tok")
    with TestClient(create_app(path, settings), base_url="http://127.0.0.1") as c, \
            Archive.open(path, create=False) as other:
        assert c.get("/api/search", params={"q": "جسر النيل"}).json()["total"] == 1
        outcome: dict = {}
        with other.index.writer_lock():  # the upload's final index sync waits here: the ingest is in flight
            poster = threading.Thread(target=lambda: outcome.update(upload=c.post(
                "/api/ingest", files={"files": ("harvest.jsonl", upload)}, headers={"authorization": "Bearer tok"})))
            poster.start()
            for _ in range(400):  # its records are stored (committed) before it indexes them
                if other.store.stats()["articles"] > 1:
                    break
                threading.Event().wait(0.05)
            reader = threading.Thread(target=lambda: outcome.update(search=c.get(
                "/api/search", params={"q": "جسر النيل"})))
            reader.start()
            reader.join(15)
            assert "search" in outcome and poster.is_alive(), "a search waited for the upload"
            assert outcome["search"].status_code == 200 and outcome["search"].json()["total"] == 1
        poster.join(60)
        assert outcome["upload"].status_code == 200, outcome["upload"].text
        assert outcome["upload"].json()["stored"] + outcome["upload"].json()["duplicates"] == 30
        assert c.get("/api/search", params={"q": "موسم الحصاد"}).json()["total"] >= 1


def test_an_upload_is_held_to_the_same_record_limit_as_a_file(tmp_path):
    # A gzip whose middle line is over max_record_mb (5 MB by default; the 1 GiB line, in
    # small): that line is skipped with the reason a file on disk gets, the lines around it are stored.
    import gzip

    path = tmp_path / "arc"
    with Archive.open(path) as archive:
        archive.add_articles([BRIDGE])
    line = lambda text: json.dumps({"title": "خبر", "text": text}, ensure_ascii=False)  # noqa: E731
    body = "\n".join([line(LONG.text), line("كلمة " * 700_000), line(ESCAPES.text)]) + "\n"
    upload = gzip.compress(body.encode("utf-8"))
    assert len(upload) < 100_000 < len(body.encode("utf-8")) // 10  # small on the wire, 6.3 MB inside
    settings = Settings(archive=str(path), api_token="tok")
    with TestClient(create_app(path, settings), base_url="http://127.0.0.1") as c:
        response = c.post("/api/ingest", files={"files": ("bomb.jsonl.gz", upload)},
                          headers={"authorization": "Bearer tok"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["records"], report["stored"]) == (3, 2)
    [skip] = report["skipped"]
    assert skip["source"] == "bomb.jsonl.gz:line 2"
    assert skip["reason"] == "line 2: longer than 5 MB, the max_record_mb limit; skipped"
