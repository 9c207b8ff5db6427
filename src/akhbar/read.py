"""Read inputs into raw records: files, directories, globs and stdin → ``RawRecord`` or ``Skip``.

How one input is read (``read_path`` / ``read_bytes``):

1. Open it (a missing, vanished or unreadable file becomes a ``Skip``; a directory is expanded).
2. Look at its first 64 KB. Gzip magic → decompress and start again with the inner name and content.
   Image/PDF/ZIP magic, or NUL bytes that are not UTF-16 → ``Skip("binary file (…), not text")``.
3. Pick the format from the CONTENT first (``WARC/1.`` → WARC, ``<rss``/``<feed``/``<rdf:RDF`` → feed,
   ``<html``/``<!DOCTYPE html`` → HTML, other XML → skipped, ``{`` → JSON lines, ``[`` → JSON list),
   then from the extension (.csv/.tsv/.json/.jsonl/.html/.warc/.rss/.atom), else plain text.
4. Text dumps and feeds are read whole (up to ``max_bytes``; a feed gives one record per item, see
   :mod:`akhbar.feeds`), web pages too (up to ``max_record_bytes``); JSON lines, CSV, JSON lists and
   WARC are streamed record by record, each record (a line, a row, a list item, a page) up to
   ``max_record_bytes``, so memory stays bounded whatever the input (stdin is spooled to a temporary
   file first, so it is read like a file).
5. Decode (:mod:`akhbar.charsets`): UTF-8, BOMs, BOM-less UTF-16, Windows-1256 vs ISO-8859-6, a page's
   declared charset when the bytes agree; line formats line by line. Decoded "text" that is mostly
   control codes is binary noise, skipped. Records with fields: :mod:`akhbar.structured`.
6. Every record ends up somewhere: a ``RawRecord``, or a ``Skip`` that names where (``path:line 7``) and
   why; a value no article can have (a lone surrogate, a number as text, a list as url) skips its
   record only. Damage part-way (truncated gzip/WARC) keeps the records before it and reports the
   rest; an input that holds no record at all says so.
"""

from __future__ import annotations

import fnmatch
import glob
import gzip
import io
import os
import re
import shutil
import stat
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import IO, Any, cast

from .arabic import ARABIC_CHAR_RE
from .charsets import HEAD, Opener, binary_label, bom_encoding, decode, decode_html, garbled, text_lines, utf16_pattern
from .errors import UnreadableInput
from .feeds import feed_records, is_feed
from .models import RawRecord, Skip
from .structured import FieldNames, csv_records, json_records, jsonl_records, parse_field_names

__all__ = ["FieldNames", "count_records", "decode", "display_name", "expand_paths", "parse_field_names",
           "read_bytes", "read_path", "read_stream"]


# --- paths ---------------------------------------------------------------------------------------


def display_name(path: str) -> str:
    """A path as the archive records it: a name that is not valid UTF-8 (``bad\xff.txt``, which Python
    holds with a lone surrogate) shows its odd bytes escaped, so it can be stored, printed and matched
    again on a re-run."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def _kind_of(mode: int) -> str | None:
    """What a non-regular, non-directory file is, or None for a regular file."""
    for test, label in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                        (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return label
    return None


def expand_paths(paths: list[str]) -> tuple[list[str], list[Skip]]:
    """Files to read, in a stable order, and a ``Skip`` for every path that names nothing.

    Directories are walked recursively (sorted; hidden files and folders left out; only regular files:
    a named pipe or device inside a folder would block the read, so it is reported instead; a folder
    that cannot be listed is reported), globs are expanded (``**`` allowed, following directory links
    once each, so a link loop ends), ``-`` stands for stdin. A file named twice, or through a link, is
    read once. A pipe or device named explicitly (``<(zcat x.gz)``) is read like stdin.
    """
    files: list[str] = []
    skips: list[Skip] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    def add_tree(root: str) -> None:
        found, problems = _walk(root)
        skips.extend(problems)
        if not found and not problems:
            skips.append(Skip(display_name(root), "directory holds no files"))
        for f in found:
            add(f)

    for path in paths:
        if path == "-" or (os.path.exists(path) and not os.path.isdir(path)):
            add(path)
        elif os.path.isdir(path):
            add_tree(path)
        elif re.search(r"[*?[]", path):
            matches = _glob(path, skips)
            if not matches:
                skips.append(Skip(display_name(path), "no files match this pattern"))
            for m in matches:
                if os.path.isdir(m):
                    add_tree(m)
                elif _regular(m, skips):
                    add(m)
        else:
            skips.append(Skip(display_name(path), "no such file or directory"))
    return files, skips


def _regular(path: str, skips: list[Skip]) -> bool:
    """Is this a regular file? Anything else found by a walk or a pattern is reported, not opened."""
    try:
        kind = _kind_of(os.stat(path).st_mode)
    except OSError as err:
        skips.append(Skip(display_name(path), _os_reason(err)))
        return False
    if kind:
        skips.append(Skip(display_name(path), f"not a regular file ({kind}); name it on its own to read it"))
    return kind is None


def _walk(root: str) -> tuple[list[str], list[Skip]]:
    out: list[str] = []
    skips: list[Skip] = []

    for folder, dirs, names in os.walk(root, onerror=partial(_unlistable, skips, root)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # in place: os.walk descends in this order
        for name in sorted(names):
            path = os.path.join(folder, name)
            if not name.startswith(".") and _regular(path, skips):
                out.append(path)
    return out, skips


def _unlistable(skips: list[Skip], root: str, err: OSError) -> None:
    skips.append(Skip(display_name(err.filename or root), f"cannot list this folder: {_os_reason(err, 'folder')}"))


def _glob(pattern: str, skips: list[Skip]) -> list[str]:
    """Paths matching a glob, sorted. ``**`` is expanded by a walk that enters each real directory
    once (the standard glob follows directory links without end: a link to a parent reads the same
    files again and again, or never finishes)."""
    parts = pattern.split(os.sep)
    if "**" not in parts:
        return sorted(glob.glob(pattern))
    cut = parts.index("**")
    prefix = os.sep.join(parts[:cut])
    rest = [None if p == "**" else re.compile(fnmatch.translate(p)) for p in parts[cut:]]
    found: set[str] = set()
    for base in glob.glob(prefix) if prefix else ["."]:
        seen: set[str] = set()

        for folder, dirs, names in os.walk(base, onerror=partial(_unlistable, skips, base), followlinks=True):
            real = os.path.realpath(folder)
            if real in seen:  # a directory link loop, or a second way into the same folder
                dirs[:] = []
                continue
            seen.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            below = [] if folder == base else os.path.relpath(folder, base).split(os.sep)
            for name in dirs + names:
                if not name.startswith(".") and _matches(below + [name], rest):
                    path = os.path.join(folder, name)
                    found.add(path if prefix else os.path.normpath(path))
    return sorted(found)


def _matches(parts: list[str], patterns: list[re.Pattern[str] | None]) -> bool:
    """Do path components match glob components (None = ``**``: any number of components, even none)?"""
    if not patterns:
        return not parts
    first, others = patterns[0], patterns[1:]
    if first is None:
        return any(_matches(parts[i:], others) for i in range(len(parts) + 1))
    return bool(parts) and bool(first.match(parts[0])) and _matches(parts[1:], others)


def count_records(path: str) -> int | None:
    """How many records a JSON-lines or CSV/TSV file (gzipped or not) holds, by counting its lines
    (a progress bar's total; a CSV field spanning lines makes it an over-estimate). None for other files."""
    inner = _inner_name(path) if path.lower().endswith(".gz") else path
    fmt = _EXT_FORMAT.get(_extension(inner))
    if fmt not in ("jsonl", "csv", "tsv") or not os.path.isfile(path):  # (a named pipe is read once only)
        return None
    lines, last = 0, b"\n"
    try:
        with (gzip.open(path, "rb") if inner != path else open(path, "rb")) as f:
            while chunk := f.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except (OSError, EOFError, zlib.error):
        return None
    lines += last != b"\n"
    return max(0, lines - (fmt != "jsonl"))


# --- entry points --------------------------------------------------------------------------------

MAX_FILE = 20_000_000  # defaults of the max_file_mb and max_record_mb settings, in bytes
MAX_RECORD = 5_000_000


def read_path(path: str, fields: FieldNames | None = None, max_bytes: int = MAX_FILE,
              max_record_bytes: int = MAX_RECORD, origin: str | None = None) -> Iterator[RawRecord | Skip]:
    """Yield the records of one path (file, directory or ``-`` for stdin). Never raises for a bad file.
    ``origin`` names the records (and hints the format) instead of the path: an upload saved under a
    name of its own."""
    name = origin or display_name(path)
    if path == "-":
        yield from read_stream(sys.stdin.buffer, "-", fields, max_bytes, max_record_bytes)
        return
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        yield Skip(name, _os_reason(err))
        return
    if stat.S_ISDIR(mode):
        files, skips = expand_paths([path])
        yield from skips
        for f in files:
            yield from read_path(f, fields, max_bytes, max_record_bytes)
        return
    if _kind_of(mode):  # a pipe or device named on the command line: read it through once, like stdin
        try:
            with open(path, "rb") as stream:
                yield from read_stream(stream, name, fields, max_bytes, max_record_bytes)
        except OSError as err:
            yield Skip(name, _os_reason(err))
        return
    yield from _guarded(_records(name, origin or path, lambda: open(path, "rb"), os.stat(path).st_size,
                                 fields or FieldNames(), _Limits(max_bytes, max_record_bytes)), name)


def read_stream(stream: IO[bytes], origin: str, fields: FieldNames | None = None, max_bytes: int = MAX_FILE,
                max_record_bytes: int = MAX_RECORD) -> Iterator[RawRecord | Skip]:
    """Yield the records of a stream read once (stdin, a pipe, an upload), named ``origin``.

    The stream is copied to a temporary file first (in chunks: memory stays flat however much comes),
    then read like a file of that name, with the same limits."""
    with tempfile.TemporaryDirectory(prefix="akhbar-") as folder:
        spool = os.path.join(folder, "input")
        try:
            with open(spool, "wb") as out:
                shutil.copyfileobj(stream, out, 1 << 20)
        except OSError as err:
            yield Skip(origin, f"cannot read or spool this input ({err.strerror or err})")
            return
        yield from _guarded(_records(origin, origin, lambda: open(spool, "rb"), os.path.getsize(spool),
                                     fields or FieldNames(), _Limits(max_bytes, max_record_bytes)), origin)


def read_bytes(data: bytes, origin: str, fields: FieldNames | None = None, max_bytes: int = MAX_FILE,
               max_record_bytes: int = MAX_RECORD) -> Iterator[RawRecord | Skip]:
    """Yield the records held in ``data``; ``origin`` names it and hints the format."""
    yield from _guarded(_records(origin, origin, lambda: io.BytesIO(data), len(data), fields or FieldNames(),
                                 _Limits(max_bytes, max_record_bytes)), origin)


@dataclass(frozen=True)
class _Limits:
    whole: int  # a text dump read whole
    record: int  # one record: a line, a row, a list item, a page, a field


def _os_reason(err: OSError, what: str = "file") -> str:
    if isinstance(err, FileNotFoundError):
        return f"{what} disappeared before it could be read"
    if isinstance(err, PermissionError):
        return f"permission denied: cannot read this {what} (check its permissions)"
    return f"cannot read this {what} ({err.strerror or err})"


def _guarded(items: Iterable[RawRecord | Skip], origin: str) -> Iterator[RawRecord | Skip]:
    """Turn any failure part-way into a final ``Skip`` that says how many records came before it, and
    an input that gave nothing at all into one that says so."""
    n = 0
    try:
        for item in items:
            n += 1
            yield item
    except EOFError as err:
        yield Skip(origin, f"truncated gzip after {n} records: {err}")
    except (zlib.error, gzip.BadGzipFile) as err:
        yield Skip(origin, f"damaged gzip after {n} records: {err}")
    except UnreadableInput as err:
        yield Skip(origin, str(err))
    except OSError as err:
        yield Skip(origin, _os_reason(err) if n == 0 else f"read error after {n} records: {err}")
    except Exception as err:  # a bad file must never stop a run; say what went wrong instead
        yield Skip(origin, f"unreadable after {n} records ({type(err).__name__}: {err})")
    else:
        if n == 0:
            yield Skip(origin, "holds no records")


# --- format detection ----------------------------------------------------------------------------

_EXT_FORMAT = {
    "txt": "text", "text": "text", "md": "text", "html": "html", "htm": "html", "xhtml": "html",
    "shtml": "html", "jsonl": "jsonl", "ndjson": "jsonl", "jsonlines": "jsonl", "json": "json",
    "csv": "csv", "tsv": "tsv", "tab": "tsv", "warc": "warc", "rss": "feed", "atom": "feed",
}
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.I)


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower().lstrip(".")


def _sniff(head: bytes, name: str) -> str:
    """Format of a (non-gzip, non-binary) input from its content first, then its file extension."""
    if head.startswith((b"WARC/1.", b"WARC/0.")):
        return "warc"
    ext = _extension(name)
    enc = bom_encoding(head) or utf16_pattern(head)
    text = head.decode(enc or "latin-1", errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith("<") and is_feed(text):  # before HTML: a feed has <title> elements too
        return "feed"
    if text.startswith("<") and _HTML_START.search(text[:4096]):
        return "html"
    if text.startswith("<?xml") or ext == "xml":
        return "xml"
    # '[' or '{' must open a JSON array of objects / an object: a text may start "[عاجل] ..." too.
    if re.match(r"\[\s*[{\]]", text) and ext not in ("csv", "tsv"):
        return "jsonl" if _EXT_FORMAT.get(ext) == "jsonl" else "json"  # a .jsonl line may hold a list
    if re.match(r'\{\s*["}]', text):
        first_line = text.split("\n", 1)[0].strip()
        # A lone "{" on the first line is a pretty-printed JSON document, not one object per line.
        return "json" if ext == "json" or first_line == "{" else "jsonl"
    return _EXT_FORMAT.get(ext, "text")


# --- reading -------------------------------------------------------------------------------------


def _read_upto(opener: Opener, limit: int) -> tuple[bytes, Exception | None]:
    """Up to ``limit`` bytes of a stream, and the error that stopped reading them (a damaged gzip)."""
    chunks: list[bytes] = []
    got = 0
    with opener() as f:
        read1 = getattr(f, "read1", f.read)  # read1: what a damaged gzip gave before failing is kept
        try:
            while got < limit:
                chunk = read1(min(1 << 16, limit - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            return b"".join(chunks), err
    return b"".join(chunks), None


class _Gunzip(gzip.GzipFile):
    """A GzipFile that also closes the file under it (the standard one leaves it open)."""

    def __init__(self, raw: IO[bytes]):
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def _inner_name(name: str) -> str:
    low = name.lower()
    if low.endswith(".tgz"):
        return name[:-4] + ".tar"
    return name[:-3] if low.endswith(".gz") else name


def _too_large(size: int, limit: int, setting: str = "max_file_mb") -> str:
    return f"file too large ({size / 1e6:.1f} MB > {limit / 1e6:.1f} MB limit; split it or raise {setting})"


_LINE_FORMATS = ("jsonl", "csv", "tsv")


def _records(origin: str, name: str, opener: Opener, size: int | None, fields: FieldNames, limits: _Limits,
             compressed: bool = False) -> Iterator[RawRecord | Skip]:
    """Records of one input; ``size`` is None inside a gzip (unknown until decompressed)."""
    head, err = _read_upto(opener, HEAD)
    if not head:
        yield Skip(origin, f"damaged gzip: {err}" if err else "empty file")
        return
    if head.startswith(b"\x1f\x8b") and not compressed:
        yield from _gzip_records(origin, name, opener, size, fields, limits)
        return
    fmt = _sniff(head, name)
    # A WARC may hold images: NULs are fine there; a line format judges each line on its own.
    label = binary_label(head, nul=fmt not in _LINE_FORMATS) if fmt != "warc" else None
    if label:
        yield Skip(origin, f"binary file ({label}), not text")
        return
    if fmt == "warc":
        yield from _warc_records(origin, opener, size, limits.record)
    elif fmt == "jsonl":
        yield from jsonl_records(origin, text_lines(opener, head, limits.record), fields)
    elif fmt == "json":
        yield from json_records(origin, opener, head, fields, limits.record)
    elif fmt in ("csv", "tsv"):
        yield from csv_records(origin, text_lines(opener, head, limits.record), fields,
                                "\t" if fmt == "tsv" else None, limits.record)
    else:
        yield from _whole_records(origin, fmt, opener, head, size, limits)


def _gzip_records(origin: str, name: str, opener: Opener, size: int | None, fields: FieldNames,
                  limits: _Limits) -> Iterator[RawRecord | Skip]:
    inner: Opener = lambda: cast(IO[bytes], _Gunzip(opener()))  # noqa: E731  # a GzipFile reads like a binary file
    inner_head, _err = _read_upto(inner, HEAD)
    if inner_head.startswith(b"WARC/") or _extension(_inner_name(name)) == "warc":
        # warcio reads .warc.gz member by member itself, which lets it find where damage starts.
        yield from _warc_records(origin, opener, size, limits.record)
        return
    yield from _records(origin, _inner_name(name), inner, None, fields, limits, compressed=True)


def _whole_records(origin: str, fmt: str, opener: Opener, head: bytes, size: int | None, limits: _Limits
                   ) -> Iterator[RawRecord | Skip]:
    """A text dump or feed (up to the max_file_mb limit) or a web page (one record: up to max_record_mb), read whole."""
    limit, setting = (limits.record, "max_record_mb") if fmt == "html" else (limits.whole, "max_file_mb")
    if size is not None and size > limit:
        yield Skip(origin, _too_large(size, limit, setting))
        return
    data, err = (head, None) if size is not None and len(head) >= size else _read_upto(opener, limit + 1)
    if len(data) > limit:
        yield Skip(origin, _too_large(len(data), limit, setting) if size else
                   f"file too large (over {limit / 1e6:.1f} MB once decompressed; split it or raise {setting})")
        return
    if fmt == "feed":
        yield from feed_records(origin, data)
    elif fmt == "xml":
        yield Skip(origin, "XML that is not an RSS or Atom feed: no articles to read in it")
    if fmt in ("feed", "xml"):
        if err is not None:
            raise err
        return
    if err is not None:
        # Keep what came through whole: drop the last line, which may end inside a character.
        data = data[: data.rfind(b"\n") + 1]
    text = decode_html(data) if fmt == "html" else decode(data)
    if text.strip():
        yield _text_record(origin, "", "html" if fmt == "html" else "text", text)
    elif err is None:
        yield Skip(origin, "empty file (only whitespace)")
    if err is not None:
        raise err  # reported by _guarded with the count of records kept


def _text_record(origin: str, locator: str, kind: str, text: str, url: str | None = None) -> RawRecord | Skip:
    noise = garbled(text)
    if noise:
        return Skip(f"{origin}:{locator}" if locator else origin, f"{locator}: {noise}" if locator else noise)
    return RawRecord(origin=origin, locator=locator, kind=kind, text=text, url=url)


# --- WARC ----------------------------------------------------------------------------------------

_HTML_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
MIN_ARABIC = 50  # Arabic letters a crawled page must hold to be read (menus alone have more)
NOT_ARABIC = "not Arabic"


def _has_arabic(text: str, least: int = MIN_ARABIC) -> bool:
    """Does ``text`` hold at least ``least`` Arabic letters? (Stops counting there.)"""
    for n, _ in enumerate(ARABIC_CHAR_RE.finditer(text), 1):
        if n >= least:
            return True
    return False


def _warc_records(origin: str, opener: Opener, size: int | None, limit: int) -> Iterator[RawRecord | Skip]:
    """HTML responses of a WARC (.warc or .warc.gz) as ``html`` records with their target URL.

    A crawl holds mostly what an Arabic archive does not want: responses that are not pages (images,
    scripts), errors, and pages in other languages. Those are dropped here, before extraction (the
    costly part), and counted by reason in one skip per file: "ignored 7 WARC responses … (not Arabic
    ×5, image/png ×2)". A page is "not Arabic" when it holds fewer than ``MIN_ARABIC`` Arabic letters.

    warcio stops quietly at a cut-off end, so damage is found by checking each record against its
    Content-Length, and what warcio consumed against the file size.
    """
    from warcio.archiveiterator import ArchiveIterator

    ignored: Counter[str] = Counter()
    kept = 0
    with opener() as raw:
        try:
            records = ArchiveIterator(raw)  # reads the first line already
            for n, rec in enumerate(records, 1):
                item = _warc_item(origin, n, rec, limit)
                if _cut_short(rec):
                    yield Skip(origin, f"truncated WARC after {kept} records: record {n} is cut short or malformed")
                    return
                if isinstance(item, str):
                    ignored[item] += 1
                elif item is not None:
                    kept += isinstance(item, RawRecord)
                    yield item
        except Exception as err:  # warcio meets some cut-off headers with odd errors
            detail = "a record header is cut short" if isinstance(err, AttributeError) else str(err)
            yield Skip(origin, f"truncated or damaged WARC after {kept} records ({detail})")
            return
        leftover = _trailing_data(opener, records.offset, size)
    if ignored:
        summary = ", ".join(f"{what} ×{count}" for what, count in ignored.most_common())
        yield Skip(origin, f"ignored {sum(ignored.values())} WARC responses that are not Arabic text pages ({summary})")
    if leftover:
        yield Skip(origin, f"truncated WARC after {kept} records: the last {leftover} bytes could not be read")


def _trailing_data(opener: Opener, offset: int, size: int | None) -> int:
    """Bytes after the last record warcio could read, not counting the blank lines that may end a WARC."""
    if size is None or offset >= size:
        return 0
    with opener() as f:
        f.seek(offset)
        return size - offset if f.read(64).strip() else 0


def _cut_short(rec: Any) -> bool:
    """Did the file end inside this record? (Its headers are incomplete, or its body is shorter than declared.)"""
    if rec.rec_type is None or rec.rec_headers.get_header("Content-Length") is None:
        return True
    if (rec.rec_type == "response" and rec.http_headers is None
            and "application/http" in (rec.rec_headers.get_header("Content-Type") or "")):
        return True  # too short to hold even its HTTP headers: Content-Length itself was cut
    stream = rec.raw_stream
    if not hasattr(stream, "limit"):
        return False
    while stream.read(1 << 16):  # the unread rest of a skipped body; warcio would read it next anyway
        pass
    return stream.limit > 0


def _warc_item(origin: str, n: int, rec: Any, limit: int) -> RawRecord | Skip | str | None:
    """A page record, a Skip, the reason a response is not a page (a str), or None for non-responses."""
    if rec.rec_type not in ("response", "resource"):
        return None  # requests, warcinfo, metadata, revisits: not pages
    url = rec.rec_headers.get_header("WARC-Target-URI") or None
    locator = f"record {n} ({url})" if url else f"record {n}"
    if rec.rec_type == "response" and rec.http_headers is not None:
        status = rec.http_headers.get_statuscode() or ""
        ctype = rec.http_headers.get_header("Content-Type") or ""
    else:
        status, ctype = "", rec.rec_headers.get_header("Content-Type") or ""
    mime = ctype.split(";")[0].strip().lower()
    kind = _HTML_TYPES.get(mime)
    if kind is None:
        return mime or "no Content-Type"
    if status and not status.startswith("2"):
        return f"HTTP {status}"
    body = rec.content_stream().read(limit + 1)
    where = f"{origin}:{locator}"
    if len(body) > limit:
        return Skip(where, f"{locator}: page too large (over {limit / 1e6:.1f} MB; raise max_record_mb)")
    if not body.strip():
        return Skip(where, f"{locator}: empty response body")
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.I)
    try:
        text = decode_html(body, m.group(1) if m else None) if kind == "html" else decode(body)
    except UnreadableInput as err:  # a "text/plain" body that is an image
        return Skip(where, f"{locator}: {err}")
    if not _has_arabic(text):
        return NOT_ARABIC
    return _text_record(origin, locator, kind, text, url)
