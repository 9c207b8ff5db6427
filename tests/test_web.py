"""The HTTP API, in process: what a client sends and what it gets back.

Articles are our own Arabic sentences; some carry HTML and JavaScript the way scraped pages do,
and the API must hand them back as plain JSON strings, never as markup.
"""

from __future__ import annotations

import json
import re
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e .[web]")
with warnings.catch_warnings():  # starlette nudges towards httpx2; httpx is what the test extra installs
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from akhbar import Archive, ArticleDraft
from akhbar.config import Settings
from akhbar.web import create_app

TOKEN = "tok-3f9a7c1e"

BRIDGE = ArticleDraft(
    title="افتتاح جسر جديد فوق النيل في القاهرة",
    text=("افتتحت الحكومة المصرية يوم الأربعاء جسراً جديداً فوق نهر النيل في القاهرة. "
          "ويبلغ طول الجسر 540 متراً، ويربط حي الزمالك بمنطقة بولاق. "
          "وقال وزير النقل إن الجسر سيخفف الزحام في وسط المدينة."),
    published="2023-05-10", source="الأهرام", url="https://example.org/bridge")
DATES = ArticleDraft(
    title="مهرجان التمور في بريدة",
    text=("انطلق مهرجان التمور في بريدة، كبرى مدن القصيم، في الخامس عشر من أغسطس 2022. "
          "وشارك في المهرجان أكثر من ألفي مزارع من مختلف مناطق المملكة. "
          "ويقصد المهرجانَ تجار التمور من بلدان كثيرة."),
    published="2022-08-15", source="سبق", url="https://example.org/dates")
# Scraped text with markup in every field a page shows.
HOSTILE_TEXT = ("قال إن <العدالة> ستتحقق في قضية محطة تحلية المياه في صحار. "
                "وأضاف المتحدث <script>alert('نص')</script> أن المحطة ستعمل في يناير 2024. "
                "<img src=x onerror=\"alert('صورة')\"> وتنتج محطة التحلية 250 ألف متر مكعب يومياً.")
HOSTILE = ArticleDraft(
    title="<script>alert('عنوان')</script> محطة تحلية المياه في صحار",
    text=HOSTILE_TEXT, published="2023-11-02",
    source="<img src=x onerror=alert(1)>", url="javascript:alert('رابط')")


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "archive"
    with Archive.open(path) as archive:
        report = archive.add_articles([BRIDGE, DATES, HOSTILE])
    assert report.stored == 3
    return path


@pytest.fixture(scope="module")
def client(archive_path):
    settings = Settings(archive=str(archive_path), api_token=TOKEN, max_query_chars=200, max_upload_mb=1)
    with TestClient(create_app(archive_path, settings), base_url="http://127.0.0.1") as c:
        yield c


def article_id(client, title_part: str) -> int:
    hits = client.get("/api/search", params={"q": title_part}).json()["hits"]
    return next(h["article_id"] for h in hits if title_part in h["title"])


# --- reading ------------------------------------------------------------------------------

def test_health_says_the_archive_is_ready(client, archive_path):
    data = client.get("/api/health").json()
    assert data["status"] == "ok" and data["ready"] is True
    assert data["archive"] == str(archive_path)


def test_stats_count_articles_and_sources(client):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 3
    assert {"source": "الأهرام", "articles": 1} in stats["sources"]


def test_search_returns_cli_shaped_hits_quoting_the_article(client):
    response = client.get("/api/search", params={"q": "جسر النيل", "k": 2})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    result = response.json()
    assert set(result) == {"query", "total", "offset", "hits", "facets", "unmatched_phrases"}
    hits = result["hits"]
    assert hits[0]["title"] == BRIDGE.title
    assert set(hits[0]) >= {"article_id", "title", "source", "published", "url", "text", "score", "start", "end",
                            "highlights"}
    article = client.get(f"/api/articles/{hits[0]['article_id']}").json()
    assert article["text"][hits[0]["start"]:hits[0]["end"]] == hits[0]["text"]
    for start, end in hits[0]["highlights"]:
        assert hits[0]["start"] <= start < end <= hits[0]["end"]


def test_search_names_a_quoted_phrase_no_article_holds_and_gives_its_words(client):
    result = client.get("/api/search", params={"q": "«النيل نهر»"}).json()  # no article writes them in this order
    assert result["unmatched_phrases"] == ["النيل نهر"] and result["hits"][0]["title"] == BRIDGE.title
    assert client.get("/api/search", params={"q": "«نهر النيل»"}).json()["unmatched_phrases"] == []


def test_search_filters_by_source_and_date(client):
    by_source = client.get("/api/search", params={"q": "المهرجان الجسر المحطة", "source": "سبق"}).json()["hits"]
    assert [h["source"] for h in by_source] == ["سبق"]
    since = client.get("/api/search", params={"q": "مهرجان التمور بريدة", "since": "2023-01-01"}).json()["hits"]
    assert all(h["published"] >= "2023-01-01" for h in since)
    assert DATES.title not in [h["title"] for h in since]


def test_bad_date_filter_is_a_400_that_names_the_format(client):
    response = client.get("/api/search", params={"q": "الجسر", "since": "أمس"})
    assert response.status_code == 400
    assert "2024-12-31" in response.json()["detail"]


def test_ask_answers_with_numbered_sources_that_quote_articles(client):
    answer = client.get("/api/ask", params={"q": "كم يبلغ طول الجسر الجديد في القاهرة؟"}).json()
    assert answer["abstained"] is False and 0 < answer["confidence"] <= 1 and answer["missing"] == []
    numbers = {s["n"] for s in answer["sources"]}
    assert numbers and all(set(p["citations"]) <= numbers for p in answer["points"])
    assert any("540" in s["quote"] for s in answer["sources"])
    for source in answer["sources"]:
        text = client.get(f"/api/articles/{source['article_id']}").json()["text"]
        assert text[source["start"]:source["end"]] == source["quote"]


def test_ask_by_post_gives_the_same_answer(client):
    question = "كم يبلغ طول الجسر الجديد في القاهرة؟"
    by_get = client.get("/api/ask", params={"q": question}).json()
    by_post = client.post("/api/ask", json={"q": question}).json()
    assert by_post == by_get


def test_question_too_long_or_empty_is_refused_with_the_limit(client):
    long = client.get("/api/ask", params={"q": "جسر " * 100})
    assert long.status_code == 400
    assert "200" in long.json()["detail"]
    assert client.get("/api/ask", params={"q": "  "}).status_code == 400
    assert client.get("/api/search", params={"q": "جسر " * 100}).status_code == 400
    # a text to verify may be ten times longer than a question, not more
    assert client.post("/api/verify", json={"answer": "يبلغ طول الجسر 540 متراً. " * 100}).status_code == 400


def test_verify_against_a_given_context(client):
    report = client.post("/api/verify", json={"answer": "يبلغ طول الجسر 540 متراً.", "context": BRIDGE.text}).json()
    assert [c["verdict"] for c in report["claims"]] == ["supported"]
    wrong = client.post("/api/verify", json={"answer": "يبلغ طول الجسر 900 متر.", "context": BRIDGE.text}).json()
    assert [c["verdict"] for c in wrong["claims"]] == ["contradicted"]


def test_verify_against_the_archive_points_at_the_article(client):
    report = client.post("/api/verify", json={"answer": "يبلغ طول الجسر الجديد في القاهرة 540 متراً."}).json()
    claim = report["claims"][0]
    assert claim["verdict"] == "supported"
    assert claim["article_id"] == article_id(client, "جسر")


def test_timeline_lists_dated_events_in_order(client):
    events = client.get("/api/timeline", params={"q": "مهرجان التمور"}).json()
    assert "2022-08-15" in [e["date"] for e in events]
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_article_by_id_and_missing_ids(client):
    aid = article_id(client, "جسر")
    article = client.get(f"/api/articles/{aid}").json()
    assert article["text"] == BRIDGE.text
    assert all(article["text"][s["start"]:s["end"]].strip() for s in article["sentences"])
    missing = client.get("/api/articles/999999")
    assert missing.status_code == 404 and "999999" in missing.json()["detail"]
    assert client.get("/api/articles/abc").status_code == 422


def test_parallel_requests_all_succeed(client):
    questions = ["كم يبلغ طول الجسر؟", "متى انطلق مهرجان التمور؟", "كم تنتج محطة التحلية؟"] * 6
    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(lambda q: client.get("/api/ask", params={"q": q}).status_code, questions))
    assert statuses == [200] * len(questions)


def test_searches_are_answered_while_slow_questions_hold_their_lane(client, monkeypatch):
    # Questions that take long (held here until released) must not hold up a search, an article or
    # the stats: they queue in a lane of their own.
    release, started = threading.Event(), threading.Event()
    answer = Archive.ask

    def slow_ask(self, question, **kwargs):
        started.set()
        assert release.wait(30), "the test never released the questions"
        return answer(self, question, **kwargs)

    monkeypatch.setattr(Archive, "ask", slow_ask)
    with ThreadPoolExecutor(4) as pool:  # three questions, then the quick calls
        asks = [pool.submit(client.get, "/api/ask", params={"q": "كم يبلغ طول الجسر؟"}) for _ in range(3)]
        try:
            assert started.wait(10)
            quick = pool.submit(lambda: (client.get("/api/search", params={"q": "جسر النيل"}),
                                         client.get("/api/stats")))
            search, stats = quick.result(timeout=10)  # raises TimeoutError if it queued behind the questions
            assert not any(a.done() for a in asks)  # (the questions were still held meanwhile)
        finally:
            release.set()
        assert search.status_code == 200 and "جسر" in search.json()["hits"][0]["title"]
        assert stats.status_code == 200 and stats.json()["articles"] == 3
        assert [a.result(timeout=30).status_code for a in asks] == [200] * 3


# --- untrusted content ------------------------------------------------------------------

def test_markup_in_articles_comes_back_as_json_text(client):
    aid = article_id(client, "محطة تحلية")
    response = client.get(f"/api/articles/{aid}")
    assert response.headers["content-type"].startswith("application/json")
    article = response.json()
    assert article["text"] == HOSTILE_TEXT  # kept verbatim: "<العدالة>" is text, not a tag
    assert article["title"] == HOSTILE.title
    assert article["source"] == HOSTILE.source and article["url"] == HOSTILE.url
    hit = client.get("/api/search", params={"q": "العدالة ستتحقق"}).json()["hits"][0]
    assert "<العدالة>" in hit["text"]


def test_every_response_carries_a_strict_content_security_policy(client):
    for path in ("/", "/static/app.js", "/api/stats", "/api/articles/999999", "/docs", "/openapi.json"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        for rule in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                     "base-uri 'none'", "frame-ancestors 'none'"):
            assert rule in csp, (path, rule)
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_page_is_arabic_rtl_and_loads_nothing_from_other_hosts(client):
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert re.search(r'<html lang="ar" dir="rtl">', html)
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script would be blocked by the CSP"
    assert not re.search(r"\sstyle=|<style", html), "inline style would be blocked by the CSP"
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert url.startswith(("/", "#", "data:")), url
        if url.startswith("/"):
            assert client.get(url).status_code == 200, url
    css = client.get("/static/style.css").text
    assert '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri"' in css and "@import" not in css and "url(" not in css


def test_page_script_never_parses_archive_text_as_html(client):
    script = client.get("/static/app.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink


# --- documentation ----------------------------------------------------------------------

def test_openapi_lists_every_endpoint_and_docs_are_served_locally(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/health", "/api/stats", "/api/search", "/api/ask", "/api/verify", "/api/timeline",
            "/api/articles/{article_id}", "/api/ingest"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text
    assert "http" not in re.sub(r'href="/[^"]*"', "", docs.text)


# --- ingest ------------------------------------------------------------------------------

def jsonl(*drafts: ArticleDraft) -> bytes:
    return "\n".join(json.dumps(d.to_dict(), ensure_ascii=False) for d in drafts).encode()


UPLOADED = ArticleDraft(
    title="تدشين خط قطار بين مسقط وصحار",
    text="دشنت سلطنة عمان خط قطار يربط مسقط بصحار في مارس 2024. ويبلغ طول الخط 200 كيلومتر تقريباً.",
    published="2024-03-05", source="الوطن", url="https://example.org/train")


def test_ingest_is_disabled_without_a_configured_token(archive_path):
    app = create_app(archive_path, Settings(archive=str(archive_path)))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        response = c.post("/api/ingest", files={"files": ("a.jsonl", jsonl(UPLOADED))},
                          headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert "api_token" in response.json()["detail"]


def test_ingest_needs_the_right_bearer_token(client):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        response = client.post("/api/ingest", files={"files": ("a.jsonl", jsonl(UPLOADED))}, headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_with_the_token_stores_and_indexes_the_upload(tmp_path):
    path = tmp_path / "archive"
    settings = Settings(archive=str(path), api_token=TOKEN)
    with TestClient(create_app(path, settings), base_url="http://127.0.0.1") as c:
        assert c.get("/api/health").json()["ready"] is False  # nothing ingested yet
        response = c.post("/api/ingest", files=[("files", ("news.jsonl", jsonl(UPLOADED))),
                                                ("files", ("again.jsonl", jsonl(UPLOADED)))],
                          headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 200
        report = response.json()
        assert (report["records"], report["stored"], report["duplicates"]) == (2, 1, 1)
        hits = c.get("/api/search", params={"q": "قطار مسقط صحار"}).json()["hits"]
        assert [h["article_id"] for h in hits] == report["articles"]


def test_uploads_over_the_limit_are_refused_with_413(client):
    big = b"x" * 1_200_000
    declared = client.post("/api/ingest", files={"files": ("big.txt", big)},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert declared.status_code == 413
    assert "max_upload_mb" in declared.json()["detail"]

    def chunks():  # no Content-Length: the limit must hold while streaming too
        for _ in range(12):
            yield b"y" * 100_000

    streamed = client.post("/api/verify", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413


# --- no archive, several archives -------------------------------------------------------

def test_missing_archive_gives_503_saying_what_to_do(tmp_path):
    with TestClient(create_app(tmp_path / "nothing-here"), base_url="http://127.0.0.1") as c:
        health = c.get("/api/health").json()
        assert health["ready"] is False and "akhbar ingest" in health["message"]
        response = c.get("/api/search", params={"q": "جسر"})
    assert response.status_code == 503
    assert "akhbar ingest" in response.json()["detail"]


def test_two_apps_serve_two_archives_side_by_side(archive_path, tmp_path):
    other = tmp_path / "other"
    with Archive.open(other) as archive:
        archive.add_articles([UPLOADED])
    local = "http://127.0.0.1"
    with TestClient(create_app(archive_path), base_url=local) as first, \
            TestClient(create_app(other), base_url=local) as second:
        assert first.get("/api/stats").json()["articles"] == 3
        assert second.get("/api/stats").json()["articles"] == 1


# --- everyday use: errors in two languages, the start page ---------------------------------

def test_errors_say_what_went_wrong_in_arabic_and_english(client):
    empty = client.get("/api/ask", params={"q": "   "}).json()
    assert empty["detail_en"] == "the question is empty; write a few Arabic words"
    assert empty["detail_ar"] == "النص فارغ؛ اكتب بضع كلمات عربية"
    assert empty["detail"] == f"{empty['detail_ar']} — {empty['detail_en']}" and empty["error"] == "bad_query"
    date = client.get("/api/search", params={"q": "الجسر", "since": "2024-13-01"})
    assert date.status_code == 400 and "month 13" in date.json()["detail_en"] and "غير ممكن" in date.json()["detail_ar"]
    for response, code in [(client.get("/api/articles/abc"), "invalid"), (client.get("/api/articles/999999"), "not_found"),
                           (client.post("/api/ingest", files={"files": ("a.txt", b"x")}), "unauthorized"),
                           (client.get("/api/search", params={"q": "جسر", "k": 0}), "invalid")]:
        body = response.json()
        assert body["error"] == code and body["detail_ar"] and body["detail_en"], body
        assert body["detail"].startswith(body["detail_ar"])


def test_overview_tells_the_start_page_what_is_inside(client):
    overview = client.get("/api/overview").json()
    assert (overview["articles"], overview["first"], overview["last"]) == (3, "2022-08-15", "2023-11-02")
    assert {"source": "الأهرام", "articles": 1} in overview["top_sources"]
    assert overview["ingest_enabled"] is True  # this server has an api_token
    assert 1 <= len(overview["sample_questions"]) <= 3
    for question in overview["sample_questions"]:  # each one is answered, not abstained
        assert client.get("/api/ask", params={"q": question}).json()["abstained"] is False


def test_an_article_names_its_copies_and_a_copy_its_original(tmp_path):
    path = tmp_path / "arc"
    copy = ArticleDraft(title="جسر جديد فوق النيل", text=BRIDGE.text, published="2023-05-11", source="وكالة",
                        url="https://example.org/copy")
    with Archive.open(path) as archive:
        archive.add_articles([BRIDGE, copy])
    with TestClient(create_app(path), base_url="http://127.0.0.1") as c:
        original = c.get("/api/articles/1").json()
        assert [(d["title"], d["source"], d["published"]) for d in original["duplicates"]] == [
            ("جسر جديد فوق النيل", "وكالة", "2023-05-11")]
        duplicate = c.get("/api/articles/2").json()
        assert (duplicate["original"]["title"], duplicate["original"]["source"]) == (BRIDGE.title, "الأهرام")
