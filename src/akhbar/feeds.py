"""News feeds (RSS 2.0, RSS 1.0/RDF, Atom) → one record per item.

feedparser reads the XML (namespaces, CDATA, entities, broken feeds it can still recover, dates in the
many ways feeds write them); this module maps each item onto akhbar's fields:

- title ← ``<title>``; url ← ``<link>`` (Atom: the alternate link);
- published ← ``<pubDate>`` / ``<dc:date>`` / Atom ``<published>``, else ``<updated>``, as the feed wrote
  it (akhbar.extract reads it; feedparser's own parse is in UTC and can move the day);
- text ← ``<content:encoded>`` / Atom ``<content>``, else ``<description>`` / ``<summary>``: HTML,
  cleaned of markup at extraction;
- source ← the channel's (feed's) title; tags ← ``<category>`` terms.

An item with a title and a link but no body is kept (kind ``"feed"``: extraction stores its title as its
text, with a "no body" note); an item with neither title nor body is a ``Skip`` with its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .models import RawRecord, Skip

__all__ = ["is_feed", "feed_records"]

# The root element of a feed, after any XML declaration, comments and processing instructions.
_ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b([^>]*)>", re.I)


def is_feed(head: str) -> bool:
    """Does this start of an XML document open an RSS or Atom feed?"""
    m = _ROOT.search(head[:4096])
    if not m:
        return False
    name, attrs = m.group(1).lower(), m.group(2)
    if name == "feed":
        return "atom" in attrs.lower() or "<entry" in head or "<title" in head
    return True


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _body(entry: Any) -> str:
    for part in entry.get("content") or []:
        if _text(part.get("value")):
            return _text(part.get("value"))
    return _text(entry.get("summary"))


def feed_records(origin: str, data: bytes) -> Iterator[RawRecord | Skip]:
    """Each item of the feed in ``data`` as a record (see the module docstring)."""
    import feedparser  # here: only feeds need it

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield Skip(origin, f"feed holds no items{f' (it is damaged: {problem})' if problem else ''}")
        return
    channel = _text(parsed.feed.get("title")) or None
    for n, entry in enumerate(parsed.entries, 1):
        locator = f"item {n}"
        title, body, link = _text(entry.get("title")), _body(entry), _text(entry.get("link")) or None
        if not title and not body:
            yield Skip(f"{origin}:{locator}", f"{locator}: feed item with neither title nor text")
            continue
        fields = {
            "title": title,
            "text": body,
            "published": _text(entry.get("published")) or _text(entry.get("created")) or _text(entry.get("updated")),
            "url": link,
            "source": channel,
            "tags": [t["term"].strip() for t in entry.get("tags") or [] if _text(t.get("term"))],
        }
        yield RawRecord(origin=origin, locator=locator, kind="feed", fields=fields, url=link)
