"""The web page in a real browser (Playwright driving the system's Chromium).

A journalist asks a question, sees a cited answer, opens a citation and sees the quoted sentence
highlighted in the article; searches with a filter; browses a timeline; reads the stats. Scraped
articles full of markup must show as text, and nothing in them may run.

Needs the ``playwright`` Python package (the ``browser`` extra) and a Chromium binary: the Debian
package ``chromium`` (/usr/bin/chromium), or $AKHBAR_CHROMIUM. No browser is ever downloaded.
Screenshots go to pytest's tmp_path, or to $AKHBAR_SCREENSHOTS when set (for CI artifacts).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs the playwright package: pip install -e .[browser] (no browser download)")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install -e .[web]")
httpx = pytest.importorskip("httpx")

from akhbar import Archive, ArticleDraft  # noqa: E402
from akhbar.config import Settings  # noqa: E402
from akhbar.web import create_app  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Our own scraped-looking article: markup in title, source, URL and text, and an emoji before the
# quoted sentences so code-point offsets (Python) and UTF-16 offsets (JavaScript) differ.
HOSTILE = ArticleDraft(
    title="<script>alert('عنوان')</script> محطة تحلية المياه في صحار",
    text=("🔴 عاجل | قال إن <العدالة> ستتحقق في قضية محطة تحلية المياه في صحار. "
          "وأضاف المتحدث <script>alert('نص')</script> أن محطة التحلية ستعمل في يناير 2024. "
          "<img src=x onerror=\"alert('صورة')\"> وتنتج محطة التحلية في صحار 250 ألف متر مكعب من المياه يومياً."),
    published="2023-11-02", source="<img src=x onerror=alert(1)>", url="javascript:alert('رابط')")
# A source name that opens a right-to-left override (U+202E) and never closes it.
OVERRIDE = ArticleDraft(
    title="افتتاح مكتبة عامة جديدة في مدينة نزوى",
    text=("افتتحت وزارة الثقافة مكتبة عامة جديدة في مدينة نزوى تضم أكثر من عشرين ألف كتاب. "
          "وقال مدير المكتبة إن أبوابها ستفتح للزوار طوال أيام الأسبوع."),
    published="2024-05-01", source="\u202eصحيفة الوطن")
SAMPLE = ["export.jsonl", "dumps", "feeds.csv"]  # the sample corpus without its (slow to extract) HTML pages


def find_chromium() -> str | None:
    for candidate in (os.environ.get("AKHBAR_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


HMEIMIM = "أين تقع قاعدة حميميم الجوية؟"
# A recorded model answer for the generated-answer test: one sentence the sources back, one they do not.
HMEIMIM_REPLY = ("تقع قاعدة حميميم الجوية قرب مدينة جبلة في محافظة اللاذقية [1]. "
                 "وتضم القاعدة مدرجين طويلين لهبوط الطائرات الثقيلة [1].")


@pytest.fixture(scope="module")
def chat_server():
    """A chat-completions server on 127.0.0.1 answering with HMEIMIM_REPLY (no model runs here)."""
    from model_servers import StubServer

    with StubServer(reply=lambda messages: HMEIMIM_REPLY) as stub:
        yield stub.url


@pytest.fixture(scope="module")
def server(tmp_path_factory, chat_server):
    """The real app under uvicorn on a free loopback port, over the sample corpus + HOSTILE."""
    path = tmp_path_factory.mktemp("browser") / "archive"
    with Archive.open(path) as archive:
        archive.ingest([str(EXAMPLES / "corpus" / name) for name in SAMPLE])
        archive.add_articles([HOSTILE, OVERRIDE])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(path, Settings(archive=str(path), llm_url=chat_server))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium found: install the Debian package `chromium` (/usr/bin/chromium) "
                    "or set AKHBAR_CHROMIUM; browsers are never downloaded")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    where = Path(os.environ.get("AKHBAR_SCREENSHOTS") or tmp_path)
    where.mkdir(parents=True, exist_ok=True)
    return where


@pytest.fixture
def page(browser, server):
    """A fresh page that fails the test on any alert/confirm dialog and records CSP violations."""
    context = browser.new_context(base_url=server, locale="ar", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));")
    page.set_default_timeout(15_000)
    yield page
    violations = page.evaluate("window.__violations") if not page.is_closed() else []
    context.close()
    assert dialogs == [], f"a dialog fired: archive content was executed: {dialogs}"
    assert violations == [], f"the page broke its own Content-Security-Policy: {violations}"


def api(server: str, path: str, **params):
    return httpx.get(server + path, params=params, timeout=30).json()


def ask(page, question: str) -> None:
    page.goto("/")
    page.fill("#ask-q", question)
    page.press("#ask-q", "Enter")
    page.wait_for_selector(".answer")


# --- the journalist's path -------------------------------------------------------------

def test_ask_cite_and_read_the_highlighted_sentence(page, server, shots):
    question = "أين تقع قاعدة حميميم الجوية؟"
    expected = api(server, "/api/ask", q=question)
    assert not expected["abstained"], "the sample archive should answer this question"
    ask(page, question)
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    cites = page.locator(".answer .points .cite")
    assert cites.count() >= 1
    # one entry per cited article, each quote under it with its number
    assert page.locator(".answer .sources > li").count() == len({s["article_id"] for s in expected["sources"]})
    assert page.locator(".answer .sources .quote").count() == len(expected["sources"])
    page.screenshot(path=str(shots / "answer.png"), full_page=True)

    first = cites.first
    n = int(first.inner_text().strip("[]"))
    source = next(s for s in expected["sources"] if s["n"] == n)
    first.click()
    mark = page.locator("#article-body mark")
    mark.wait_for()
    assert mark.inner_text() == source["quote"]
    assert page.locator("#article-h").inner_text() == (source["title"] or "(بلا عنوان)")
    assert page.evaluate("document.activeElement.tagName") == "MARK"  # keyboard users land on the quote
    assert mark.evaluate("m => getComputedStyle(m).direction") == "rtl"
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    page.go_back()
    page.wait_for_selector(".answer .cite")
    assert page.input_value("#ask-q") == question


def test_an_answer_shows_its_confidence_and_an_abstention_what_found_nothing(page, server):
    ask(page, "أين تقع قاعدة حميميم الجوية؟")
    meter = page.locator(".answer .confidence meter")
    assert meter.count() == 1 and 0 < float(meter.get_attribute("value")) <= 100

    expected = api(server, "/api/ask", q="من فاز بكأس العالم 2018؟")
    assert expected["abstained"] and expected["missing"]
    ask(page, "من فاز بكأس العالم 2018؟")
    assert page.locator(".answer.abstained").count() == 1
    assert "2018" in page.locator(".answer .abstain").inner_text()
    assert [m.inner_text() for m in page.locator(".answer .missing mark").all()] == expected["missing"]


def test_layout_runs_right_to_left(page):
    page.goto("/")
    tabs = page.locator(".tabs a")
    first, second = tabs.nth(0).bounding_box(), tabs.nth(1).bounding_box()
    assert first["x"] > second["x"], "the first tab should be at the right"
    field, button = page.locator("#ask-q").bounding_box(), page.locator("#ask-form button").bounding_box()
    assert field["x"] > button["x"], "in RTL the question box comes before (right of) its button"


def test_search_with_source_filter(page, server, shots):
    page.goto("/#/search")
    page.fill("#search-q", "سوريا")
    page.fill("#search-source", "وكالة الأنباء العربية")  # the filters are open on a wide screen
    page.press("#search-q", "Enter")
    page.wait_for_selector(".hit")
    expected = api(server, "/api/search", q="سوريا", source="وكالة الأنباء العربية")["hits"]
    titles = page.locator(".hit h3").all_inner_texts()
    assert titles == [h["title"] for h in expected] and titles
    assert all("وكالة الأنباء العربية" in m for m in page.locator(".hit .meta").all_inner_texts())
    assert page.locator(".hit mark").count() >= 1  # query words highlighted in the passages
    assert "source=" in page.url  # the filtered search is a link that can be shared
    page.screenshot(path=str(shots / "search.png"), full_page=True)


def test_timeline_view_lists_events_in_date_order(page, server, shots):
    page.goto("/#/timeline")
    page.fill("#timeline-q", "سوريا")
    page.press("#timeline-q", "Enter")
    page.wait_for_selector(".event")
    dates = page.locator(".event time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))")
    assert dates == [e["date"] for e in api(server, "/api/timeline", q="سوريا")]
    assert dates == sorted(dates)
    page.locator(".event a").first.click()
    page.locator("#article-body mark").wait_for()
    page.go_back()
    page.wait_for_selector(".event")
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)


def test_stats_view_shows_the_archive_counts(page, server):
    stats = api(server, "/api/stats")
    page.goto("/#/stats")
    page.wait_for_selector(".stat-cards .card")
    cards = dict(zip(page.locator(".card dt").all_inner_texts(), page.locator(".card dd").all_inner_texts()))
    assert cards["مقالات"] == str(stats["articles"])


def test_keyboard_and_phone(browser, server, shots):
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"  # first stop: skip to content
    page.focus("#ask-q")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "اسأل"
    page.fill("#ask-q", "متى وصل مسبار الأمل إلى مدار المريخ؟")
    page.press("#ask-q", "Enter")
    page.wait_for_selector(".answer")
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"), \
        "the page scrolls sideways on a phone"
    page.screenshot(path=str(shots / "phone.png"), full_page=True)
    context.close()


# --- untrusted content -----------------------------------------------------------------

def test_hostile_article_shows_as_text_and_nothing_runs(page, server, shots):
    page.goto("/#/search?q=" + "محطة تحلية المياه صحار")
    page.wait_for_selector(".hit")
    hit_title = page.locator(".hit h3").first
    assert hit_title.inner_text() == HOSTILE.title
    assert "<img src=x onerror=alert(1)>" in page.locator(".hit .meta").first.inner_text()

    hit_title.locator("a").click()
    page.locator("#article-body mark").wait_for()
    body = page.locator("#article-body").inner_text()
    assert body == HOSTILE.text  # every character shown, markup included, as text
    assert page.locator("#article-h").inner_text() == HOSTILE.title
    assert page.locator("main script, main img, main iframe, main object").count() == 0
    assert page.locator("script").count() == 1  # only /static/app.js
    assert page.locator("a[href^='javascript:']").count() == 0  # the javascript: URL is not a link
    page.screenshot(path=str(shots / "hostile.png"), full_page=True)


def test_a_source_with_a_bidi_override_does_not_reverse_the_date_after_it(page, server):
    page.goto("/#/search?q=" + "مكتبة عامة نزوى")
    meta = page.locator(".hit .meta").first
    meta.wait_for()
    # Where the browser draws the first and last digit of "2024": left to right, as numbers read.
    lefts = meta.evaluate("""(p) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf("2024");
            if (at < 0) continue;
            const x = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                               return r.getBoundingClientRect().left; };
            return [x(at), x(at + 3)];
        }
        return null;
    }""")
    assert lefts is not None, meta.inner_text()
    assert lefts[0] < lefts[1], "the year after an unclosed U+202E is drawn reversed (4202)"


def test_citation_highlight_survives_emoji_offsets(page, server):
    question = "كم تنتج محطة التحلية في صحار من المياه يومياً؟"
    expected = api(server, "/api/ask", q=question)
    hostile = [s for s in expected["sources"] if s["title"] == HOSTILE.title]
    assert hostile, "the answer should cite the desalination article"
    ask(page, question)
    page.locator(f".answer a.cite[href*='/article/{hostile[0]['article_id']}?']").first.click()
    mark = page.locator("#article-body mark")
    mark.wait_for()
    assert mark.inner_text() == hostile[0]["quote"]
    assert page.locator("main script, main img").count() == 0


def test_verify_tab_shows_each_verdict_with_its_reason(page, server, shots):
    page.goto("/#/verify")
    page.fill("#verify-answer", "افتُتحت قناة السويس للملاحة عام 1879.")
    page.fill("#verify-context", "افتُتحت قناة السويس للملاحة في 17 نوفمبر 1869.")
    page.locator("#verify-form button[type=submit]").click()
    page.wait_for_selector(".claim")
    assert page.locator(".claim").get_attribute("class") == "claim contradicted"
    reason = page.locator(".claim .reason").inner_text()
    assert "1879" in reason and "1869" in reason
    page.screenshot(path=str(shots / "verify.png"), full_page=True)


def test_generated_answer_shows_each_sentence_with_its_verdict_above_the_sources(page, server, shots):
    page.goto("/")
    page.wait_for_selector("#ask-generate-label:not([hidden])")  # offered: the server has a chat model
    page.fill("#ask-q", HMEIMIM)
    page.check("#ask-generate")
    page.press("#ask-q", "Enter")
    block = page.locator(".generated-answer")
    block.wait_for()
    kept = block.locator("> ul > li.generated")
    assert kept.count() == 1 and "جبلة" in kept.inner_text() and "مدعومة بالمصادر" in kept.inner_text()
    assert kept.locator(".cite").count() == 1
    dropped = block.locator("details li.generated.dropped")
    assert not dropped.is_visible()  # the unsupported sentence is not shown until asked for
    block.locator("details summary").click()
    assert dropped.is_visible() and "مدرجين" in dropped.locator("s").inner_text()
    assert "غير مدعومة" in dropped.inner_text()
    sources = page.locator(".answer .sources")
    assert block.bounding_box()["y"] < sources.bounding_box()["y"]  # the verified answer above the sources
    assert "generate=1" in page.url
    page.screenshot(path=str(shots / "generated.png"), full_page=True)


# --- everyday use: start page, citations, facets, more results, errors, phone -------------

def test_start_page_says_what_is_inside_and_its_sample_questions_answer(page, server, shots):
    overview = api(server, "/api/overview")
    page.goto("/")
    page.wait_for_selector("#start:not([hidden]) .samples a")
    summary = page.locator("#start-summary").inner_text()
    assert f"{overview['articles']} مقالاً" in summary and "منشورة بين" in summary
    assert page.locator("#start-sources li").count() == len(overview["top_sources"]) > 0
    samples = page.locator(".samples a")
    assert samples.all_inner_texts() == overview["sample_questions"] and samples.count() == 3
    assert page.locator("#upload-form").is_hidden()  # no api_token on this server: no upload form
    assert page.title() == "اسأل الأرشيف — أخبار"
    page.screenshot(path=str(shots / "start.png"), full_page=True)
    samples.first.click()
    page.wait_for_selector(".answer")
    assert page.locator(".answer .abstain").count() == 0
    assert page.title() == f"اسأل الأرشيف: {overview['sample_questions'][0]} — أخبار"  # the title follows the view


def test_copy_citation_puts_the_quote_with_its_source_on_the_clipboard(browser, server, shots):
    context = browser.new_context(base_url=server, locale="ar", viewport={"width": 1100, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    question = "أين تقع قاعدة حميميم الجوية؟"
    expected = api(server, "/api/ask", q=question)["sources"]
    ask(page, question)
    group = page.locator(".answer .sources > li").first
    meta = group.locator(".meta").inner_text()
    assert (expected[0]["source"] or "مصدر غير معروف") in meta  # where the citation comes from, under its title
    group.locator("button.copy").first.click()
    page.wait_for_function("() => document.querySelector('.sources button.copy').textContent.includes('نُسخ')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == expected[0]["citation"]
    assert copied.startswith(f"«{expected[0]['quote']}» — ") and "،" in copied
    page.screenshot(path=str(shots / "copy-citation.png"), full_page=True)
    context.close()


def test_facets_filter_the_search_by_source_and_year(page, server, shots):
    result = api(server, "/api/search", q="سوريا")
    source = next(f for f in result["facets"]["source"] if f["value"])
    page.goto("/#/search?q=" + "سوريا")
    page.wait_for_selector(".facets a.facet")
    page.screenshot(path=str(shots / "facets.png"), full_page=True)
    page.locator(".facets a.facet", has_text=source["value"]).first.click()
    page.wait_for_function("() => location.hash.includes('source=')")
    page.wait_for_selector(".facets a.facet.active")
    metas = page.locator(".hit .meta").all_inner_texts()
    assert len(metas) == min(source["count"], 10) and all(source["value"] in m for m in metas)
    assert page.input_value("#search-source") == source["value"]
    year = next(f for f in result["facets"]["year"] if f["value"])
    page.goto("/#/search?q=" + "سوريا")
    page.wait_for_selector(".facets a.facet")
    page.locator(".facets a.facet", has_text=str(year["value"])).first.click()
    page.wait_for_function(f"() => location.hash.includes('since={year['value']}')")
    page.wait_for_selector(".facets a.facet.active")
    assert page.locator(".hit").count() == min(year["count"], 10)
    assert page.locator(".count").inner_text().startswith(
        {1: "نتيجة واحدة", 2: "نتيجتان"}.get(year["count"], str(year["count"])))


def test_more_results_appends_the_next_page(page, server):
    result = api(server, "/api/search", q="سوريا روسيا العالم")
    assert result["total"] > 10, "the sample archive should have more than one page for this query"
    page.goto("/#/search?q=" + "سوريا روسيا العالم")
    page.wait_for_selector(".hit")
    assert page.locator(".hit").count() == 10
    assert page.locator(".count").inner_text().startswith(f"{result['total']} ")
    page.locator("button.more").click()
    page.wait_for_function(f"() => document.querySelectorAll('.hit').length === {min(result['total'], 20)}")
    second = api(server, "/api/search", q="سوريا روسيا العالم", offset=10)
    titles = page.locator(".hit h3").all_inner_texts()
    assert titles[10:] == [h["title"] or "(بلا عنوان)" for h in second["hits"]]
    if result["total"] <= 20:
        assert page.locator("button.more").is_hidden()


def test_errors_in_arabic_with_retry_busy_state_and_empty_input(page, server, shots):
    page.goto("/")
    page.wait_for_selector("#start:not([hidden])")
    page.fill("#ask-q", "   ")
    page.press("#ask-q", "Enter")
    assert page.locator("#error-text").inner_text().endswith("اكتب سؤالاً أولاً")
    assert page.locator("#error-retry").is_hidden()

    # the server does not answer: an Arabic message and a retry button, which works once it does
    page.route("**/api/ask*", lambda route: route.abort())
    page.fill("#ask-q", "متى وصل مسبار الأمل إلى مدار المريخ؟")
    page.press("#ask-q", "Enter")
    page.wait_for_selector("#error:not([hidden])")
    assert "الخادم لا يستجيب، أعد المحاولة" in page.locator("#error-text").inner_text()
    assert "Failed to fetch" not in page.locator("main").inner_text()
    page.screenshot(path=str(shots / "error.png"), full_page=True)
    page.unroute("**/api/ask*")

    release = []

    def slow(route):  # hold the answer until the test has looked at the busy page
        release.append(route)

    page.route("**/api/ask*", slow)
    page.click("#error-retry")
    page.wait_for_function("() => document.body.getAttribute('aria-busy') === 'true'")
    assert page.locator("#ask-form button[type=submit]").is_disabled()
    assert page.locator("#status").inner_text()  # a visible busy state
    page.screenshot(path=str(shots / "busy.png"), full_page=True)
    while not release:
        page.wait_for_timeout(50)
    release.pop().continue_()
    page.wait_for_selector(".answer")
    assert page.locator("#error").is_hidden() and page.locator("#ask-form button[type=submit]").is_enabled()

    # a new question clears the old answer at once
    page.fill("#ask-q", "كم عدد ضحايا انفجار مرفأ بيروت؟")
    page.press("#ask-q", "Enter")
    page.wait_for_function("() => document.body.getAttribute('aria-busy') === 'true'")
    assert page.locator(".answer").count() == 0
    while not release:
        page.wait_for_timeout(50)
    release.pop().continue_()
    page.unroute("**/api/ask*")
    page.wait_for_selector(".answer")

    # an API error comes in Arabic
    page.goto("/#/search?q=" + "سوريا" + "&since=2024-13-01")
    page.wait_for_selector("#error:not([hidden])")
    assert "غير مفهوم أو غير ممكن" in page.locator("#error-text").inner_text()


def test_phone_folds_the_filters_so_results_show_first(browser, server, shots):
    context = browser.new_context(base_url=server, locale="ar", viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto("/#/search?q=" + "سوريا")
    page.wait_for_selector(".hit")
    assert page.evaluate("document.getElementById('search-filters').open") is False
    assert page.locator(".hit").first.bounding_box()["y"] < 844, "the first result is below the first screen"
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")
    page.screenshot(path=str(shots / "phone-search.png"))
    page.click("#search-filters summary")
    assert page.locator("#search-since").is_visible()
    assert page.evaluate("getComputedStyle(document.getElementById('search-since')).direction") == "rtl"
    assert "1 رمضان 1445" in page.locator("#date-hint").inner_text()  # an Arabic hint for the date boxes
    page.screenshot(path=str(shots / "phone-filters.png"))
    context.close()


def test_verify_has_a_share_link_that_runs_the_check_again(page, server, shots):
    page.goto("/#/verify")
    page.fill("#verify-answer", "افتُتحت قناة السويس للملاحة عام 1879.")
    page.fill("#verify-context", "افتُتحت قناة السويس للملاحة في 17 نوفمبر 1869.")
    page.locator("#verify-form button[type=submit]").click()
    page.wait_for_selector(".claim")
    link = page.locator("#verify-link").get_attribute("href")
    assert "answer=" in link and "context=" in link and page.locator("#verify-share").is_visible()
    page.goto("/")
    page.goto("/" + link)
    page.wait_for_selector(".claim.contradicted")
    assert page.input_value("#verify-answer") == "افتُتحت قناة السويس للملاحة عام 1879."
    assert page.title().startswith("تحقّق من نص: افتُتحت قناة السويس")



def test_upload_from_the_start_page_when_a_token_is_configured(browser, tmp_path, shots):
    """A fresh server with the api_token setting: the start page says the archive is empty, takes a
    file and the token, and then counts what was stored."""
    path = tmp_path / "fresh"
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    app = create_app(path, Settings(archive=str(path), api_token="tok-page-1"))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    upload = tmp_path / "news.jsonl"
    upload.write_text('{"title": "افتتاح جسر جديد في القاهرة", "published": "2023-05-10", "source": "الأهرام", '
                      '"text": "افتتحت الحكومة المصرية جسراً جديداً فوق نهر النيل في القاهرة يبلغ طوله 540 متراً."}\n',
                      encoding="utf-8")
    context = browser.new_context(base_url=f"http://127.0.0.1:{sock.getsockname()[1]}", locale="ar")
    page = context.new_page()
    try:
        page.goto("/")
        page.wait_for_selector("#upload-form:not([hidden])")
        assert page.locator("#start-summary").inner_text() == "الأرشيف فارغ بعد."
        page.set_input_files("#upload-files", str(upload))
        page.fill("#upload-token", "wrong")
        page.click("#upload-form button[type=submit]")
        page.wait_for_selector("#error:not([hidden])")
        assert "رمز الدخول مفقود أو غير صحيح" in page.locator("#error-text").inner_text()
        page.fill("#upload-token", "tok-page-1")
        page.click("#upload-form button[type=submit]")
        page.wait_for_function("() => document.getElementById('upload-result').textContent.includes('خُزّن 1')")
        page.wait_for_function("() => document.getElementById('start-summary').textContent.includes('مقال واحد')")
        assert page.locator("#banner").is_hidden()
        page.screenshot(path=str(shots / "upload.png"), full_page=True)
    finally:
        context.close()
        server.should_exit = True
        thread.join(10)
        sock.close()
