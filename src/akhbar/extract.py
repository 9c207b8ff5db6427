"""A raw record → article drafts: the "extract" stage (HTML main text, page metadata, structured rows).

The cascade of :func:`extract_articles`, by record kind:

``"text"``: the line cleaner (:func:`akhbar.clean.clean_text_dump`).

``"html"`` (:func:`extract_html`)
    0. the page is made readable in bounded time (:func:`tame_html`): an unclosed ``<!--`` hides the
       rest of the page (as in a browser), a tag with hundreds of attributes keeps its name only
       (libxml2 checks them pairwise: 200,000 of them take minutes), and nesting deeper than libxml2
       reads (256 levels: the text below is lost) is flattened;
    1. trafilatura: main text (no comments), title, sitename, tags; 2. the same line cleaner;
    3. date: meta/JSON-LD/``<time datetime>`` > a date line in the main text > a date in Arabic words
       in a date/byline element near ``<h1>`` (htmldate misreads "الثلاثاء 31 ديسمبر 2024") > htmldate;
    4. trafilatura finds nothing → tags stripped with html.parser, then the text dump cleaner.

``"feed"`` (RSS/Atom items): as ``"fields"``; an item with only a title and a link is kept with its
title as its text and a "no body" note.

``"fields"`` (JSONL/CSV rows): the same line cleaner (no split: a row is one article), the date via
:func:`akhbar.dates.parse_date`; the row's own values win over harvested ones.

Cleaning that leaves no text gives ``[]`` (the caller records why), never an empty article.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser
from typing import Any

from .arabic import normalize
from .clean import (
    PUNCT,
    clean_lines,
    clean_text_dump,
    date_value,
    drop_repeated_title,
    tidy,
    to_article,
)
from .dates import parse_date
from .errors import UnreadableInput
from .models import ArticleDraft, RawRecord
from .split import len_words, split_tags, take_title

__all__ = ["extract_articles", "extract_html", "markup_to_text", "record_date"]

# --- HTML ----------------------------------------------------------------------------------------

_META_DATE_KEYS = {
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "publication_date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date", "date",
}
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_UTC = re.compile(r"(?:Z|[+-]00:?00)$")
_DATE_HINT = re.compile(r"date|time|publish|posted|byline|dateline|article-?info|post-?meta|meta", re.I)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "header",
              "aside", "form", "iframe", "button", "select"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "blockquote", "tr", "table", "figcaption", "figure", "time", "dd", "dt", "pre"}
_VOID_TAGS = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col",
              "embed", "param", "track"}


def _iso_from_machine(value: str) -> str | None:
    """A well-formed machine date ("2024-12-31", "2024-12-31T10:00:00+03:00") as written, else None."""
    m = _ISO_DATE.match(value or "")
    try:
        return dt.date(*map(int, m.groups())).isoformat() if m and 1900 <= int(m[1]) <= 2100 else None
    except ValueError:  # "2024-02-30"
        return None


class _PageScan(HTMLParser):
    """One pass over the page: meta dates, JSON-LD, <time>, date-like elements, <h1>, and plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta_dates: list[str] = []
        self.jsonld: list[str] = []
        self.time_attrs: list[str] = []
        self.date_texts: list[tuple[int, str]] = []  # (order, text) of date/byline elements
        self.h1_at: int | None = None
        self.text: list[str] = []
        self._stack: list[tuple[str, bool, int]] = []  # (tag, collecting a date text, start order)
        self._date_buf: list[list[str]] = []
        self._skip = 0
        self._script = False
        self._order = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        self._order += 1
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _META_DATE_KEYS and a.get("content"):
                self.meta_dates.append(a["content"])
            return
        if tag in _VOID_TAGS:
            if tag == "br":
                self.text.append("\n")
            return
        if tag == "script":
            self._script = a.get("type", "").lower() == "application/ld+json"
        if tag == "h1" and self.h1_at is None:
            self.h1_at = self._order
        if tag == "time" and a.get("datetime"):
            self.time_attrs.append(a["datetime"])
        if a.get("itemprop", "").lower() == "datepublished" and a.get("content"):
            self.meta_dates.append(a["content"])
        hint = tag == "time" or bool(_DATE_HINT.search(a.get("class", "") + " " + a.get("id", "")))
        self._stack.append((tag, hint, self._order))
        if hint:
            self._date_buf.append([])
        if tag in _SKIP_TAGS:
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self.text.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        while self._stack:
            open_tag, hint, order = self._stack.pop()
            if hint and self._date_buf:
                text = tidy(" ".join(self._date_buf.pop()))
                if text and len(text) <= 120:
                    self.date_texts.append((order, text))
            if open_tag in _SKIP_TAGS:
                self._skip = max(0, self._skip - 1)
            if open_tag == tag:
                break
        if tag == "script":
            self._script = False
        if tag in _BLOCK_TAGS:
            self.text.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._script:
            self.jsonld.append(data)
            return
        for buf in self._date_buf:
            buf.append(data)
        if not self._skip:
            self.text.append(data)


def _scan(html: str) -> _PageScan:
    scan = _PageScan()
    try:
        scan.feed(html)
        scan.close()
    except Exception:  # html.parser is lenient; a broken page still yields what was read
        pass
    return scan


def _jsonld_dates(blobs: list[str]) -> list[str]:
    # A regex, not json.loads: JSON-LD on news sites is often invalid (trailing commas, raw newlines).
    return [d for blob in blobs for d in re.findall(r'"datePublished"\s*:\s*"([^"]+)"', blob)]


_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _words_date(scan: _PageScan) -> str | None:
    """A day-precision date written in Arabic words in a date/byline element, nearest after <h1>."""
    cands = []
    for order, text in scan.date_texts:
        if not _ARABIC.search(text):
            continue
        m = parse_date(text)
        if m and not m.relative and m.precision == "day":
            cands.append((order, m.iso))
    if not cands:
        return None
    h1 = scan.h1_at or 0
    # After the title first (the dateline sits under it); a header "today" date sits before it.
    return min(cands, key=lambda c: (c[0] < h1, abs(c[0] - h1)))[1]


def _publication_date(scan: _PageScan, in_text: str | None, guessed: str | None) -> str | None:
    """A page's date: meta/JSON-LD/<time datetime> > a date line in the main text > a date in
    Arabic words near the title > the extractor's guess (htmldate)."""
    stated = in_text or _words_date(scan)
    for value in [*scan.meta_dates, *_jsonld_dates(scan.jsonld), *scan.time_attrs]:
        iso = _iso_from_machine(value)
        if iso:
            # A UTC timestamp near midnight names the neighbouring day; the page's words give the local one.
            if stated and len(stated) == 10 and _UTC.search(value.strip()) \
                    and abs((dt.date.fromisoformat(stated) - dt.date.fromisoformat(iso)).days) == 1:
                return stated
            return iso
    if stated:
        return stated
    iso = _iso_from_machine(guessed or "")
    if iso and iso.endswith("-01-01"):
        return iso[:4]  # htmldate's stand-in when it found only a year
    return iso


def _trafilatura(html: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura  # here, not at the top: a second of import time that search/ask never need

    try:
        # htmldate's "extensive" search falls back to dateparser: seconds per page and no better on
        # Arabic pages than our own meta/Arabic-words reading (bench/extraction.py), so it is off.
        dates = {"original_date": True, "extensive_search": False, "max_date": dt.date.today().isoformat()}
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          favor_precision=False, date_extraction_params=dates)
    except Exception:  # trafilatura raises assorted errors on broken markup; fall back to tags
        return None
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
    return doc if doc and (doc.get("text") or "").strip() else None


def _clean_sitename(name: str | None) -> str | None:
    return re.sub(r"^https?://(?:www\.)?", "", (name or "").strip()).rstrip("/") or None


def _clean_title(title: str | None, site: str | None) -> str:
    title = tidy(title or "")
    if site and title:
        for sep in (" - ", " | ", " – ", " — ", " :: "):
            head, _, tail = title.rpartition(sep)
            if head and normalize(tail) == normalize(site):
                return head.strip()
            tail, _, rest = title.partition(sep)
            if rest and normalize(tail) == normalize(site):
                return rest.strip()
    return title


def _page_tags(raw: Any, title: str) -> list[str]:
    items = raw if isinstance(raw, list) else [raw] if raw else []
    tags: list[str] = []
    for item in items:
        for t in split_tags(str(item)):
            if t not in tags and len_words(t) <= 6 and normalize(t) != normalize(title):
                tags.append(t)
    title_words = {w.strip(PUNCT) for w in normalize(title).split()}
    if tags and all(normalize(t).strip(PUNCT) in title_words for t in tags):
        return []  # "keywords" that are just the title cut into words
    return tags


MAX_ATTRIBUTES = 200  # per tag; a real page has a few dozen at most
MAX_DEPTH = 200  # nested elements; libxml2 stops at 256 and drops what is deeper
_LONG_TAG = re.compile(r"<([a-zA-Z][\w:-]*)[^>]{2000,}>")
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
# Formatting tags that carry no structure: removed first when a page nests too deep.
_INLINE = re.compile(r"</?(?:b|i|u|s|em|strong|span|font|small|big|sub|sup|mark|strike|tt|a|abbr|cite|q|"
                     r"code|var|kbd|samp|ins|del)\b[^>]*>", re.I)


def tame_html(page: str) -> str:
    """``page`` as the HTML parsers can read in bounded time and without losing its text (see step 0
    of the module docstring). A page that needs none of it comes back unchanged."""
    at = 0
    while (start := page.find("<!--", at)) >= 0:  # comments in order: an unclosed one runs to the end
        end = page.find("-->", start + 4)
        if end < 0:
            page = page[:start]
            break
        at = end + 3
    if _LONG_TAG.search(page):
        page = _LONG_TAG.sub(lambda m: f"<{m[1]}>" if m[0].count("=") > MAX_ATTRIBUTES else m[0], page)
    if _depth(page) > MAX_DEPTH:
        page = _INLINE.sub("", page)
        if _depth(page) > MAX_DEPTH:  # deep blocks too: keep the text, one line per tag
            page = _ANY_TAG.sub("\n", page)
    return page


def _depth(page: str) -> int:
    depth = deepest = 0
    for close, name, self_closing in _ANY_TAG.findall(page):
        if self_closing or name.lower() in _VOID_TAGS:
            continue
        depth = max(0, depth - 1) if close else depth + 1
        deepest = max(deepest, depth)
    return deepest


def extract_html(html: str, url: str | None = None) -> list[ArticleDraft]:
    """A web page → its article(s). See the module docstring for the cascade."""
    html = tame_html(html or "")
    scan = _scan(html)
    doc = _trafilatura(html, url) if (html or "").strip() else None
    if doc is None:
        articles = clean_text_dump("".join(scan.text))
        if articles:
            articles[0].published = _publication_date(scan, articles[0].published, None)
            for a in articles:
                a.url = url
        return articles
    site = _clean_sitename(doc.get("sitename"))
    title = _clean_title(doc.get("title"), site)
    drafts = clean_lines(doc["text"], split=True, unwrap=False)  # trafilatura: one line per block
    first = drafts[0]
    first.title = title
    drop_repeated_title(first)
    if not first.title:
        take_title(first)
    tags = _page_tags(doc.get("tags"), title)
    first.meta["published"] = _publication_date(scan, first.published, doc.get("date"))
    if tags:
        first.meta["tags"] = tags
    for d in drafts:
        d.meta["source"] = site or d.meta.get("source")
    return [a for a in (to_article(d, url=url or doc.get("url")) for d in drafts) if a is not None]


# --- structured records ----------------------------------------------------------------------------

_TAG = re.compile(r"</?(?:p|br|div|span|a|img|strong|em|b|i|u|ul|ol|li|h[1-6]|figure|figcaption|blockquote|table"
                  r"|tr|td|section|article|iframe|script|style)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8});", re.I)


def markup_to_text(value: str) -> str:
    """Text of a field that may hold HTML (a CMS export's body, a feed item's description): tags become
    paragraph breaks, scripts and styles go, entities ("&#8220;", "&amp;") are decoded. Plain text passes
    through unchanged."""
    if _TAG.search(value):
        return "".join(_scan(value).text)
    return html.unescape(value) if _ENTITY.search(value) else value


_EPOCH = re.compile(r"^\s*(\d{9,13})(?:\.\d+)?\s*$")
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$")


def record_date(value: Any) -> str | None:
    """A structured record's date value → ISO date, or None: epoch seconds or milliseconds (a number or
    digits), "20240319", a machine date ("2024-03-19T08:15:00Z", "2024-03-19 08:15:00"), or any form
    akhbar.dates reads ("Tue, 19 Mar 2024 08:15:00 +0300", "19/03/2024", "الثلاثاء 19 مارس 2024")."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    compact = _COMPACT.match(text)
    if compact:
        return _iso_from_machine("-".join(compact.groups()))
    epoch = float(value) if isinstance(value, (int, float)) else float(text) if _EPOCH.match(text) else None
    if epoch is not None:
        seconds = epoch / 1000 if epoch >= 1e11 else epoch  # 1e11 s is the year 5138; 1e11 ms is 1973
        try:
            day = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
        return day.isoformat() if 1970 < day.year <= 2100 else None
    return _iso_from_machine(text) or date_value(text) if text else None


def _from_fields(fields: dict[str, Any], url: str | None) -> list[ArticleDraft]:
    """A structured row (keys already normalized by akhbar.read): its own values win over harvested ones."""
    raw = fields.get("text")
    if raw is None or raw == "":
        raise UnreadableInput("record has no text field")
    d = clean_lines(markup_to_text("\n\n".join(map(str, raw)) if isinstance(raw, list) else str(raw)), split=False)[0]
    d.title = tidy(markup_to_text(str(fields.get("title") or "")))
    (drop_repeated_title if d.title else take_title)(d)
    tags = fields.get("tags")
    if tags:
        d.meta["tags"] = [str(t).strip() for t in tags] if isinstance(tags, list) else split_tags(str(tags))
    if fields.get("source"):
        d.meta["source"] = str(fields["source"]).strip()
    published = record_date(fields.get("published"))
    if published:
        d.meta["published"] = published
    article = to_article(d, url=fields.get("url") or url)
    return [article] if article else []


NO_BODY = "no body: the feed item has only a title and a link; its title is stored as its text"


def _from_feed_item(fields: dict[str, Any], url: str | None) -> list[ArticleDraft]:
    """An RSS/Atom item (akhbar.feeds): as a structured row; an item with no body keeps its title as text."""
    if str(fields.get("text") or "").strip():
        articles = _from_fields(fields, url)
        if articles:
            return articles
    title = tidy(markup_to_text(str(fields.get("title") or "")))
    if not title:
        return []
    tags = fields.get("tags") or []
    return [ArticleDraft(text=title, title=title, published=record_date(fields.get("published")),
                         source=fields.get("source"), url=fields.get("url") or url, tags=list(tags), note=NO_BODY)]


# --- entry point -----------------------------------------------------------------------------------

def extract_articles(record: RawRecord) -> list[ArticleDraft]:
    """One raw record → its clean articles ([] when nothing article-like is left after cleaning).

    Raises ``UnreadableInput`` when the record cannot be used at all (unknown kind, no text field)."""
    if record.kind == "html":
        return extract_html(record.text, record.url)
    if record.kind == "text":
        articles = clean_text_dump(record.text)
        for a in articles:
            a.url = record.url
        return articles
    if record.kind == "fields":
        return _from_fields(record.fields, record.url)
    if record.kind == "feed":
        return _from_feed_item(record.fields, record.url)
    raise UnreadableInput(f"unknown record kind {record.kind!r} (expected html, text, fields or feed)")
