"""Records with named fields: JSON lines, CSV/TSV, JSON documents → ``RawRecord(kind="fields")``.

1. JSON lines and CSV are read line by line (:func:`akhbar.charsets.text_lines`: each line at most
   ``max_record_bytes``, each in its own encoding); a CSV field is at most that long too, so an
   unclosed quote cannot swallow the file.
2. A JSON document is streamed: the items of a list (top level, or under ``articles``/``items``/…)
   are read one at a time, so a list of any length takes the memory of one item.
3. Each record's fields are found by name (:class:`FieldNames`) and checked: text must be text (a
   number, ``true`` or an object is not an article), url/title/source/date strings or numbers, no
   lone surrogate, no "title" the length of a book. A record that fails is skipped with the reason.
4. An input that holds no record (header only, blank lines, ``[]``) says so.
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import math
import re
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

from .charsets import BadLine, Opener, garbled, text_chunks, text_lines
from .errors import InputError
from .models import RawRecord, Skip

__all__ = ["FieldNames", "csv_records", "fields_record", "json_records", "jsonl_records", "parse_field_names"]


@dataclass
class FieldNames:
    """Names a JSONL/CSV/JSON record may use for each field; the first present, non-empty one wins.

    Matching ignores case, spaces, "_" and "-", so a CSV header ``Date Published`` matches
    ``date_published`` and ``datePublished``. The defaults are the names common exports use (English
    and Arabic); :meth:`named` puts a user's own names in front of them.
    """

    title: tuple[str, ...] = ("title", "headline", "name", "subject", "عنوان", "العنوان")
    text: tuple[str, ...] = ("text", "content", "body", "article", "story", "full_text", "article_body",
                             "content_text", "maintext", "النص", "نص", "المحتوى", "المتن")
    published: tuple[str, ...] = (
        "published", "date", "published_at", "publish_date", "date_published", "published_date", "pubdate",
        "pub_date", "publication_date", "datetime", "date_time", "time", "created_at", "created", "date_created",
        "creation_date", "timestamp", "posted", "posted_at", "post_date", "article_date", "news_date",
        "التاريخ", "تاريخ", "تاريخ النشر",
        # an update time only when nothing says when it was published
        "updated", "updated_at", "modified", "date_modified", "last_modified")
    url: tuple[str, ...] = ("url", "link", "href", "permalink", "canonical_url", "uri", "الرابط", "رابط")
    source: tuple[str, ...] = ("source", "site", "publisher", "domain", "website", "site_name", "sitename",
                               "source_name", "newspaper", "outlet", "المصدر", "الموقع", "الصحيفة")
    tags: tuple[str, ...] = ("tags", "keywords", "categories", "category", "topics", "section",
                             "الوسوم", "الكلمات المفتاحية", "كلمات دلالية", "التصنيف", "القسم")

    @classmethod
    def named(cls, names: Mapping[str, str | Iterable[str]] | None, base: FieldNames | None = None) -> FieldNames:
        """``base`` (default: the guesses) with the user's names for some fields tried first:
        ``FieldNames.named({"published": "date_extracted", "text": ["body", "story"]})``."""
        base = base or cls()
        if not names:
            return base
        unknown = sorted(set(names) - set(FIELD_KEYS))
        if unknown:
            raise InputError(f"unknown field {', '.join(unknown)}: the fields are {', '.join(FIELD_KEYS)} "
                             "(as in --field published=date_extracted)")
        given = {k: (v,) if isinstance(v, str) else tuple(v) for k, v in names.items()}
        return cls(**{k: tuple(dict.fromkeys(given.get(k, ()) + getattr(base, k))) for k in FIELD_KEYS})


FIELD_KEYS = ("title", "text", "published", "url", "source", "tags")


def parse_field_names(pairs: Iterable[str] | str | None) -> dict[str, list[str]]:
    """``["published=date_extracted", "text=body"]`` (or one string of comma-separated pairs, as in the
    ``fields`` setting) → ``{"published": ["date_extracted"], "text": ["body"]}``."""
    if isinstance(pairs, str):
        pairs = pairs.split(",")
    out: dict[str, list[str]] = {}
    for pair in pairs or ():
        if not pair.strip():
            continue
        field, sep, name = pair.partition("=")
        field, name = field.strip().lower(), name.strip()
        if not sep or not name:
            raise InputError(f"--field {pair!r} must look like FIELD=NAME, e.g. --field published=date_extracted")
        if field not in FIELD_KEYS:
            raise InputError(f"--field {pair!r}: unknown field {field!r}; the fields are {', '.join(FIELD_KEYS)}")
        out.setdefault(field, []).append(name)
    return out


# --- JSON documents, streamed ------------------------------------------------------------------------

_LIST_KEYS = ("articles", "items", "records", "data", "results", "documents", "docs")
_SPACE = re.compile(r"[ \t\r\n]*")
_JSON = json.JSONDecoder()


class _TooBig(Exception):
    """A JSON value over the limit; ``passed``: the cursor is after it (reading can go on)."""

    def __init__(self, passed: bool = False):
        super().__init__()
        self.passed = passed


class _JsonStream:
    """A cursor over decoded JSON text read in chunks: whitespace, single characters and whole values
    (each at most ``limit`` characters) are taken one at a time, so a list of any length is read in
    bounded memory."""

    def __init__(self, chunks: Iterator[str], limit: int):
        self.chunks = chunks
        self.limit = limit
        self.buf = ""
        self.pos = 0
        self.offset = 0  # characters dropped from the front of buf
        self.eof = False

    def _more(self, wanted: int) -> bool:
        """Read at least ``wanted`` more characters (False at the end of the input)."""
        self.offset += self.pos
        parts, got = [self.buf[self.pos:]], 0
        self.pos = 0
        while got < wanted:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
                break
            parts.append(chunk)
            got += len(chunk)
        self.buf = "".join(parts)
        return got > 0

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            match = _SPACE.match(self.buf, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more(1):
                return ""

    def take(self) -> None:
        self.pos += 1

    def value(self) -> Any:
        """The JSON value at the cursor; raises ``_TooBig`` past ``limit``, JSONDecodeError when invalid."""
        self.peek()
        wanted = 1 << 16
        while True:
            try:
                value, end = _JSON.raw_decode(self.buf, self.pos)
                if end < len(self.buf) or self.eof:  # (a number ending at the buffer's end may go on)
                    start, self.pos = self.pos, end
                    if end - start > self.limit:
                        raise _TooBig(passed=True)
                    return value
            except json.JSONDecodeError:
                if self.eof:
                    raise
            if len(self.buf) - self.pos > self.limit:
                raise _TooBig
            self._more(wanted)
            wanted *= 2

    def where(self, err: json.JSONDecodeError | None = None) -> int:
        return self.offset + (err.pos if err is not None else self.pos)


def json_records(origin: str, opener: Opener, head: bytes, fields: FieldNames, limit: int
                  ) -> Iterator[RawRecord | Skip]:
    """A .json file: a list of objects, ``{"articles": [...]}`` (other keys ignored), one object, or
    JSON lines after all (objects one after another). Read as a stream: a list item is a record, up
    to ``limit`` characters; one object alone must fit in ``limit``."""
    stream = _JsonStream(text_chunks(opener, head), limit)
    try:
        first = stream.peek()
        if first == "[":
            if (yield from _json_list(origin, stream, fields)) and stream.peek():
                yield Skip(origin, f"ignored what follows the JSON list at character {stream.where()}")
            return
        if first != "{":
            yield Skip(origin, "JSON holds neither an object nor a list of objects")
            return
        stream.take()
        whole: dict[str, Any] = {}
        listed = False
        start = stream.where()
        listed_chars = 0
        while (c := stream.peek()) != "}":
            if c == ",":
                stream.take()
                continue
            key = stream.value()
            if not isinstance(key, str) or stream.peek() != ":":
                raise json.JSONDecodeError("Expecting property name and ':'", stream.buf, stream.pos)
            stream.take()
            if not listed and key.strip().lower() in _LIST_KEYS and stream.peek() == "[":
                listed = True
                before = stream.where()
                if not (yield from _json_list(origin, stream, fields)):
                    return
                listed_chars = stream.where() - before
            else:
                whole[key] = stream.value()
            if not listed and stream.where() - start - listed_chars > limit:
                raise _TooBig
        stream.take()
        if stream.peek():
            if listed:
                yield Skip(origin, f"ignored what follows the JSON document at character {stream.where()}")
                return
            # Several objects one after another: JSON lines with a .json name.
            yield from jsonl_records(origin, text_lines(opener, head, limit), fields)
            return
        if not listed:
            yield fields_record(origin, "", whole, fields)
    except _TooBig:
        yield Skip(origin, f"a JSON object over {limit / 1e6:g} MB (the max_record_mb limit) that holds no list of "
                           "articles; convert it to JSON lines, one article per line")
    except json.JSONDecodeError as err:
        yield Skip(origin, f"invalid JSON ({err.msg} at character {stream.where(err)})")


def _json_list(origin: str, stream: _JsonStream, fields: FieldNames) -> Generator[RawRecord | Skip, None, bool]:
    """The items of the JSON list at the cursor, as records ``record 1``, ``record 2``...; returns
    False when an item too big to read stopped it (the rest of the input cannot be found then)."""
    stream.take()
    n = 0
    while (c := stream.peek()) != "]":
        if c == ",":
            stream.take()
            continue
        if not c:
            raise json.JSONDecodeError("the list is cut short", stream.buf, stream.pos)
        n += 1
        try:
            item = stream.value()
        except _TooBig as big:
            yield Skip(f"{origin}:record {n}", f"record {n}: over {stream.limit / 1e6:g} MB (the max_record_mb "
                                               "limit)" + ("" if big.passed else "; the rest of the list is not read"))
            if big.passed:
                continue
            return False
        yield fields_record(origin, f"record {n}", item, fields)
    stream.take()
    if n == 0:
        yield Skip(origin, "the JSON list is empty")
    return True


# --- JSON lines and CSV --------------------------------------------------------------------------


def jsonl_records(origin: str, lines: Iterable[str], fields: FieldNames) -> Iterator[RawRecord | Skip]:
    seen = False
    for n, line in enumerate(lines, 1):
        if isinstance(line, BadLine):
            yield Skip(f"{origin}:line {n}", f"line {n}: {line}")
            seen = True
            continue
        if not line.strip():
            continue
        seen = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skip(f"{origin}:line {n}", f"line {n}: invalid JSON ({err.msg} at column {err.colno})")
            continue
        yield fields_record(origin, f"line {n}", obj, fields)
    if not seen:
        yield Skip(origin, "no JSON lines (only blank lines)")


def csv_records(origin: str, lines: Iterable[str], fields: FieldNames, delimiter: str | None, limit: int
                 ) -> Iterator[RawRecord | Skip]:
    """CSV/TSV with a header row; ``row N`` counts data rows after the header. A field is at most
    ``limit`` characters: an unclosed quote cannot swallow the rest of the file."""
    csv.field_size_limit(limit)
    dropped: list[tuple[int, str]] = []  # physical lines that could not be read, since the last row

    def physical() -> Iterator[str]:
        for n, line in enumerate(lines, 1):
            if isinstance(line, BadLine):
                dropped.append((n, line))
                yield "\n"
            else:
                yield line

    def flush() -> Iterator[Skip]:
        yield from (Skip(f"{origin}:line {n}", f"line {n}: {why}") for n, why in dropped)
        dropped.clear()

    text = physical()
    first = next(text, "")
    if delimiter is None:
        delimiter = max(",;\t|", key=first.count)
    reader = csv.reader(itertools.chain([first], text), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as err:
        yield from flush()
        yield Skip(origin, f"malformed CSV header ({err})")
        return
    yield from flush()
    n = rows = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            yield from flush()
            yield Skip(f"{origin}:row {n}", f"row {n}: malformed CSV ({err})")
            continue
        yield from flush()
        if any(cell.strip() for cell in row):
            rows += 1
            yield fields_record(origin, f"row {n}", dict(zip(header, row)), fields)
    yield from flush()
    if not rows:
        yield Skip(origin, "the CSV has a header row but no data rows")


# --- fields of structured records ------------------------------------------------------------------


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _as_text(value: Any) -> str:
    if isinstance(value, list):  # some exports keep paragraphs as a list
        return "\n\n".join(v for v in value if _present(v))
    return cast(str, value)


def _as_tags(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else re.split(r"[,،;|]", str(value))
    return [str(t).strip() for t in items if str(t).strip()]


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """A field name as matched: lower case, without spaces, "_" and "-"."""
    return re.sub(r"[\s_\-]+", "", name.strip().lower())


def _wanted(fields: FieldNames) -> dict[str, tuple[str, int]]:
    """Matchable name → (the field it names, its rank among that field's names: 0 is tried first),
    computed once per FieldNames. A record is then read key by key: a few lookups, not one per name."""
    key = tuple(getattr(fields, k) for k in FIELD_KEYS)
    if key not in _WANTED:
        table: dict[str, tuple[str, int]] = {}
        for field, names in zip(FIELD_KEYS, key):
            for rank, name in enumerate((names,) if isinstance(names, str) else names):
                table.setdefault(_key(name), (field, rank))
        _WANTED[key] = table
    return _WANTED[key]


_WANTED: dict[tuple, dict[str, tuple[str, int]]] = {}

# Longest value a field may hold, in characters: a longer "title" is a body in the wrong column.
FIELD_CHARS = {"title": 2000, "published": 200, "url": 8000, "source": 500, "tags": 10000}
_SURROGATE = re.compile("[\ud800-\udfff]")


def _scalar(value: Any) -> Any:
    """An object where a value was expected ({"name": "BBC", "id": "bbc"}, as news APIs give a source):
    its name/title/url/text, else None."""
    if isinstance(value, dict):
        return next((value[k] for k in ("name", "title", "url", "href", "value", "text", "#text")
                     if _present(value.get(k)) and not isinstance(value[k], (dict, list))), None)
    return value


def _kind_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return {"list": "a list", "dict": "an object"}.get(type(value).__name__, type(value).__name__)


def _field_problem(key: str, name: str, value: Any) -> str | None:
    """Why the value of field ``name`` (read as ``key``) cannot be used, or None. Text must be a string
    (or a list of strings: paragraphs), tags a string or a list of strings; the others a string or a
    number. No string may hold a lone surrogate ("\\ud800" in JSON): it is not a character."""
    if key == "text":
        parts = value if isinstance(value, list) else [value]
        wrong = next((v for v in parts if not isinstance(v, str) and v is not None), None)
        if wrong is not None:
            return f"'{name}' is {_kind_name(wrong if isinstance(value, list) else value)}, not text"
    elif key == "tags":
        parts = value if isinstance(value, list) else [value]
        wrong = next((v for v in parts if isinstance(v, (bool, list, dict))), None)
        if wrong is not None:
            return f"'{name}' holds {_kind_name(wrong)}; tags must be strings"
    elif isinstance(value, bool) or not isinstance(value, (str, int, float)) or (
            isinstance(value, float) and not math.isfinite(value)):
        return f"'{name}' is {_kind_name(value)}, not a string"
    strings = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    bad = next((m for v in strings if (m := _SURROGATE.search(v))), None)
    if bad:
        return f"'{name}' holds a lone surrogate (\\u{ord(bad.group()):04x}), which is not a character"
    size = sum(len(v) for v in strings)
    if key in FIELD_CHARS and size > FIELD_CHARS[key]:
        return f"'{name}' is {size:,} characters long (at most {FIELD_CHARS[key]:,}): is it the right field?"
    return None


def fields_record(origin: str, locator: str, obj: Any, fields: FieldNames) -> RawRecord | Skip:
    where = f"{origin}:{locator}" if locator else origin
    prefix = f"{locator}: " if locator else ""
    if not isinstance(obj, dict):
        return Skip(where, f"{prefix}not a JSON object but {type(obj).__name__}")
    wanted = _wanted(fields)
    best: dict[str, tuple[int, Any, Any]] = {}  # field → (rank of the name, the record's key, its value)
    for k, v in obj.items():
        hit = wanted.get(_key(k) if isinstance(k, str) else str(k))
        if hit is not None and _present(v) and (hit[0] not in best or hit[1] < best[hit[0]][0]):
            best[hit[0]] = (hit[1], k, v)
    found: dict[str, Any] = {}
    for field in FIELD_KEYS:
        _, name, value = best.get(field, (0, None, None))
        if field in ("title", "published", "url", "source"):
            # an object is read by its name/url/…; one without such a key stays an object, and is refused
            value = _scalar(value) if _scalar(value) is not None else value
        problem = _field_problem(field, str(name), value) if name is not None else None
        if problem:
            return Skip(where, prefix + problem)
        found[field] = value
    if found["text"] is None or not _as_text(found["text"]).strip():
        keys = ", ".join(str(k) for k in list(obj)[:12]) or "none"
        return Skip(where, f"{prefix}no text field (looked for: {', '.join(fields.text[:5])}, …; this record has: "
                           f"{keys}); name it with --field text=NAME")
    found["text"] = _as_text(found["text"])
    noise = garbled(found["text"])
    if noise:
        return Skip(where, prefix + noise)
    found["tags"] = _as_tags(found["tags"])
    url = found["url"] if isinstance(found["url"], str) and found["url"].strip() else None
    date_fields = () if found["published"] is not None else \
        tuple(str(k) for k in obj if _DATE_LIKE.search(str(k).lower()) and _present(obj[k]))
    return RawRecord(origin=origin, locator=locator, kind="fields", fields=found, url=url, date_fields=date_fields)


_DATE_LIKE = re.compile(r"date|time|publish|created|تاريخ|وقت")
