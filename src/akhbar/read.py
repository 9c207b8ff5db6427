"""Read inputs into raw records: files, directories, globs and stdin → ``RawRecord`` or ``Skip``.

How one input is read (``read_path`` / ``read_bytes``):

1. Open it (a missing, vanished or unreadable file becomes a ``Skip``; a directory is expanded).
2. Look at its first 64 KB. Gzip magic → decompress and start again with the inner name and content.
   Image/PDF/ZIP magic, or NUL bytes that are not UTF-16 → ``Skip("binary file (…), not text")``.
3. Pick the format from the CONTENT first (``WARC/1.`` → WARC, ``<rss``/``<feed``/``<rdf:RDF`` → feed,
   ``<html``/``<!DOCTYPE html`` → HTML, other XML → skipped, ``{`` → JSON lines, ``[`` → JSON list),
   then from the extension (.csv/.tsv/.json/.jsonl/.html/.warc/.rss/.atom), else plain text.
4. Text, HTML and feeds are read whole (up to ``max_bytes``; a feed gives one record per item, see
   :mod:`akhbar.feeds`); JSON lines, CSV and WARC are streamed record by record so memory stays bounded
   however big the file is.
5. Decode: valid UTF-8 → UTF-8; then BOMs; then BOM-less UTF-16 by its NUL pattern; then Windows-1256 vs
   ISO-8859-6 by which one reads as more Arabic (charset-normalizer alone is unreliable on short Arabic
   texts). HTML honours a declared charset (HTTP header or ``<meta>``) when the bytes agree with it.
6. Every record ends up somewhere: a ``RawRecord``, or a ``Skip`` that names where (``path:line 7``) and
   why. Damage part-way (truncated gzip/WARC) keeps the records before it and reports the rest.
"""

from __future__ import annotations

import codecs
import csv
import functools
import glob
import gzip
import io
import itertools
import json
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any, cast

from .errors import InputError, UnreadableInput
from .feeds import feed_records, is_feed
from .models import RawRecord, Skip

__all__ = ["FieldNames", "count_records", "parse_field_names", "decode", "expand_paths", "read_bytes", "read_path"]

HEAD = 65536  # bytes looked at to pick format and encoding
Opener = Callable[[], IO[bytes]]


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


# --- paths ---------------------------------------------------------------------------------------


def expand_paths(paths: list[str]) -> tuple[list[str], list[Skip]]:
    """Files to read, in a stable order, and a ``Skip`` for every path that names nothing.

    Directories are walked recursively (sorted; hidden files and folders left out), globs are expanded
    (``**`` allowed), ``-`` stands for stdin. A file named twice is read once.
    """
    files: list[str] = []
    skips: list[Skip] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for path in paths:
        if path == "-" or os.path.isfile(path):
            add(path)
        elif os.path.isdir(path):
            found = _walk(path)
            if not found:
                skips.append(Skip(path, "directory holds no files"))
            for f in found:
                add(f)
        elif re.search(r"[*?[]", path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                skips.append(Skip(path, "no files match this pattern"))
            for m in matches:
                for f in _walk(m) if os.path.isdir(m) else [m]:
                    add(f)
        else:
            skips.append(Skip(path, "no such file or directory"))
    return files, skips


def _walk(root: str) -> list[str]:
    out: list[str] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # in place: os.walk descends in this order
        out.extend(os.path.join(folder, n) for n in sorted(names) if not n.startswith("."))
    return out


def count_records(path: str) -> int | None:
    """How many records a JSON-lines or CSV/TSV file (gzipped or not) holds, by counting its lines
    (a progress bar's total; a CSV field spanning lines makes it an over-estimate). None for other files."""
    inner = _inner_name(path) if path.lower().endswith(".gz") else path
    fmt = _EXT_FORMAT.get(_extension(inner))
    if fmt not in ("jsonl", "csv", "tsv"):
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


def read_path(path: str, fields: FieldNames | None = None, max_bytes: int = 100_000_000
              ) -> Iterator[RawRecord | Skip]:
    """Yield the records of one path (file, directory or ``-`` for stdin). Never raises for a bad file."""
    if path == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "-", fields)
        return
    if os.path.isdir(path):
        files, skips = expand_paths([path])
        yield from skips
        for f in files:
            yield from read_path(f, fields, max_bytes)
        return
    try:
        size = os.stat(path).st_size
    except OSError as err:
        yield Skip(path, _os_reason(err))
        return
    yield from _guarded(_records(path, path, lambda: open(path, "rb"), size, fields or FieldNames(), max_bytes),
                        path)


def read_bytes(data: bytes, origin: str, fields: FieldNames | None = None, max_bytes: int = 100_000_000
               ) -> Iterator[RawRecord | Skip]:
    """Yield the records held in ``data`` (stdin, a web upload); ``origin`` names it and hints the format.

    ``max_bytes`` only bounds what a gzip may decompress to: the bytes themselves are already in memory.
    """
    limit = max(max_bytes, len(data))
    yield from _guarded(_records(origin, origin, lambda: io.BytesIO(data), len(data), fields or FieldNames(),
                                 limit), origin)


def _os_reason(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "file disappeared before it could be read"
    if isinstance(err, PermissionError):
        return "permission denied: cannot read this file (check its permissions)"
    return f"cannot read this file ({err.strerror or err})"


def _guarded(items: Iterable[RawRecord | Skip], origin: str) -> Iterator[RawRecord | Skip]:
    """Turn any failure part-way into a final ``Skip`` that says how many records came before it."""
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


# --- format detection ----------------------------------------------------------------------------

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"\x7fELF", "executable"), (b"\x1f\x8b", "gzip inside gzip"),
    (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"), (b"SQLite format 3\x00", "SQLite database"),
]
_EXT_FORMAT = {
    "txt": "text", "text": "text", "md": "text", "html": "html", "htm": "html", "xhtml": "html",
    "shtml": "html", "jsonl": "jsonl", "ndjson": "jsonl", "jsonlines": "jsonl", "json": "json",
    "csv": "csv", "tsv": "tsv", "tab": "tsv", "warc": "warc", "rss": "feed", "atom": "feed",
}
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.I)


def _binary_label(head: bytes) -> str | None:
    """What kind of binary file this is, or None for text (UTF-16 text has NULs but is text)."""
    for magic, label in _MAGIC:
        if head.startswith(magic):
            return label
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP image"
    if head[257:262] == b"ustar":
        return "TAR archive"
    if b"\x00" in head and not _bom(head) and not _utf16_pattern(head):
        return "contains NUL bytes"
    return None


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower().lstrip(".")


def _sniff(head: bytes, name: str) -> str:
    """Format of a (non-gzip, non-binary) input from its content first, then its file extension."""
    if head.startswith((b"WARC/1.", b"WARC/0.")):
        return "warc"
    ext = _extension(name)
    enc = _bom(head) or _utf16_pattern(head)
    text = head.decode(enc or "latin-1", errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith("<") and is_feed(text):  # before HTML: a feed has <title> elements too
        return "feed"
    if text.startswith("<") and _HTML_START.search(text[:4096]):
        return "html"
    if text.startswith("<?xml") or ext == "xml":
        return "xml"
    # '[' or '{' must open a JSON array of objects / an object: a text may start "[عاجل] ..." too.
    if re.match(r"\[\s*[{\]]", text) and ext not in ("csv", "tsv"):
        return "json"
    if re.match(r'\{\s*["}]', text):
        first_line = text.split("\n", 1)[0].strip()
        # A lone "{" on the first line is a pretty-printed JSON document, not one object per line.
        return "json" if ext == "json" or first_line == "{" else "jsonl"
    return _EXT_FORMAT.get(ext, "text")


# --- encodings -----------------------------------------------------------------------------------

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_LATIN_LABELS = {"latin_1", "iso8859_1", "cp1252"}  # often declared on pages that are really Windows-1256
_ARABIC_PUNCT = set("،؛؟«»–—…\u200c\u200d\u200e\u200f")


def _bom(data: bytes) -> str | None:
    for bom, enc in _BOMS:  # UTF-32 LE first: its BOM starts with the UTF-16 LE one
        if data.startswith(bom):
            return enc
    return None


def _utf16_pattern(data: bytes) -> str | None:
    """BOM-less UTF-16: Arabic and ASCII put 0x06 or 0x00 in every high byte, and NULs on one side only."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        typical = sum(b in (0x00, 0x06) for b in high) / len(high)
        if typical >= 0.7 and low.count(0) <= len(low) * 0.05:
            return enc
    return None


def decode(data: bytes) -> str:
    """Bytes of a text file → str. Raises ``UnreadableInput`` for binary data (images, PDFs, NULs)."""
    label = _binary_label(data[:HEAD])
    if label:
        raise UnreadableInput(f"binary file ({label}), not text")
    enc = _bom(data) or _utf16_pattern(data)
    if enc:
        return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few stray bytes stays UTF-8: read as Windows-1256 it would all turn to "ط§ظ„" mojibake.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= len(text) // 100 and sum(not ch.isascii() for ch in text[:HEAD]) > 10 * bad:
        return text
    return data.decode(_legacy_encoding(data), errors="replace")


def _arabic_share(text: str) -> tuple[float, float]:
    """(how plausible as Arabic, share of Arabic letters) among the non-ASCII characters of a decoded sample.

    ASCII reads the same in both candidate encodings (and HTML markup would drown the signal), so only
    the other characters are weighed.
    """
    good = letters = other = 0.0
    for i, ch in enumerate(text):
        if ch.isascii():
            continue
        if "\u0621" <= ch <= "\u064a" and ch != "\u0640":
            # An Arabic letter glued to a Latin one ("cafى") is a Latin accent read in the wrong code page.
            glued = (i and text[i - 1].isascii() and text[i - 1].isalpha()) or \
                text[i + 1:i + 2].isascii() and text[i + 1:i + 2].isalpha()
            other += glued
            letters += not glued
        elif "\u064b" <= ch <= "\u0652":
            good += 0.5  # harakat: real but rare, and a wrong decoding produces many
        elif ch in _ARABIC_PUNCT or ch.isspace() or "\u0660" <= ch <= "\u0669":
            good += 1
        else:
            other += 1
    n = max(letters + good + other, 1)
    return (good + letters) / n, letters / n


def _legacy_encoding(data: bytes) -> str:
    """Windows-1256 or ISO-8859-6 (whichever reads as more Arabic), else charset-normalizer's guess."""
    sample = data[:HEAD]
    scored = []
    for enc in ("cp1256", "iso-8859-6"):  # cp1256 first: it wins full ties, being far more common
        text = sample.decode(enc, errors="replace")
        score, letters = _arabic_share(text)
        # On a tie (short texts), the right reading has more of the article "ال", found in most Arabic text.
        scored.append((round(score, 3), text.count("ال"), letters, enc))
    best = max(scored, key=lambda s: s[:2])
    if best[2] >= 0.5:
        return best[3]
    from charset_normalizer import from_bytes

    guess = from_bytes(sample).best()
    return guess.encoding if guess is not None else "cp1252"


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes, declared: str | None = None) -> str:
    """HTML bytes → str, honouring the HTTP header charset, then ``<meta charset>``, when the bytes agree."""
    if _binary_label(data[:HEAD]) or _bom(data):
        return decode(data)
    if not declared:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    try:
        name = codecs.lookup(declared).name if declared else None
    except LookupError:
        name = None
    if name and not name.startswith(("utf-16", "utf-32")):  # a real UTF-16 page has a BOM or NULs
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            return decode(data)  # declared wrongly: trust the bytes
        if name in _LATIN_LABELS and not data.isascii() and _legacy_encoding(data) in ("cp1256", "iso-8859-6"):
            return decode(data)  # Arabic sites long sent Windows-1256 labelled as Latin-1
        return text
    return decode(data)


def _line_decoder(head: bytes) -> Callable[[bytes], str]:
    """How to decode each line of a streamed file, chosen once from its first 64 KB."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        enc = "utf-8"
    except UnicodeDecodeError:
        enc = _legacy_encoding(head)

    def line_decode(raw: bytes) -> str:
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            return decode(raw)

    return line_decode


def _text_lines(opener: Opener, head: bytes) -> Iterator[str]:
    """Decoded lines (endings kept) of a stream, one at a time."""
    with opener() as raw:
        wide = _bom(head) or _utf16_pattern(head)
        if wide and wide != "utf-8-sig":
            yield from io.TextIOWrapper(raw, encoding=wide, errors="replace", newline="")
            return
        line_decode = _line_decoder(head)
        for n, line in enumerate(raw):
            text = line_decode(line)
            yield text.lstrip("\ufeff") if n == 0 else text


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


def _too_large(size: int, max_bytes: int) -> str:
    return (f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit; "
            "split it or raise max_file_mb)")


def _records(origin: str, name: str, opener: Opener, size: int | None, fields: FieldNames, max_bytes: int,
             compressed: bool = False) -> Iterator[RawRecord | Skip]:
    """Records of one input; ``size`` is None inside a gzip (unknown until decompressed)."""
    head, err = _read_upto(opener, HEAD)
    if not head:
        yield Skip(origin, f"damaged gzip: {err}" if err else "empty file")
        return
    if head.startswith(b"\x1f\x8b") and not compressed:
        yield from _gzip_records(origin, name, opener, size, fields, max_bytes)
        return
    fmt = _sniff(head, name)
    label = _binary_label(head) if fmt != "warc" else None  # a WARC may hold images: NULs are fine there
    if label:
        yield Skip(origin, f"binary file ({label}), not text")
        return
    if fmt == "warc":
        yield from _warc_records(origin, opener, size, max_bytes)
    elif fmt == "jsonl" or (fmt == "json" and size is not None and size > max_bytes):
        yield from _jsonl_records(origin, _text_lines(opener, head), fields)
    elif fmt in ("csv", "tsv"):
        yield from _csv_records(origin, _text_lines(opener, head), fields, "\t" if fmt == "tsv" else None)
    else:
        yield from _whole_records(origin, fmt, opener, head, size, fields, max_bytes)


def _gzip_records(origin: str, name: str, opener: Opener, size: int | None, fields: FieldNames,
                  max_bytes: int) -> Iterator[RawRecord | Skip]:
    inner: Opener = lambda: cast(IO[bytes], _Gunzip(opener()))  # noqa: E731  # a GzipFile reads like a binary file
    inner_head, _err = _read_upto(inner, HEAD)
    if inner_head.startswith(b"WARC/") or _extension(_inner_name(name)) == "warc":
        # warcio reads .warc.gz member by member itself, which lets it find where damage starts.
        yield from _warc_records(origin, opener, size, max_bytes)
        return
    yield from _records(origin, _inner_name(name), inner, None, fields, max_bytes,
                        compressed=True)


def _whole_records(origin: str, fmt: str, opener: Opener, head: bytes, size: int | None, fields: FieldNames,
                   max_bytes: int) -> Iterator[RawRecord | Skip]:
    """Text, HTML and JSON documents: read whole, but never more than ``max_bytes``."""
    if size is not None and size > max_bytes:
        yield Skip(origin, _too_large(size, max_bytes))
        return
    data, err = (head, None) if size is not None and len(head) >= size else _read_upto(opener, max_bytes + 1)
    if len(data) > max_bytes:
        yield Skip(origin, _too_large(len(data), max_bytes) if size else
                   f"file too large (over {max_bytes / 1e6:.1f} MB once decompressed; split it or raise max_file_mb)")
        return
    if fmt == "json":
        yield from _json_document(origin, data, fields)
    elif fmt == "feed":
        yield from feed_records(origin, data)
    elif fmt == "xml":
        yield Skip(origin, "XML that is not an RSS or Atom feed: no articles to read in it")
    else:
        if err is not None:
            # Keep what came through whole: drop the last line, which may end inside a character.
            data = data[: data.rfind(b"\n") + 1]
        text = _decode_html(data) if fmt == "html" else decode(data)
        if text.strip():
            yield RawRecord(origin=origin, locator="", kind="html" if fmt == "html" else "text", text=text)
        elif err is None:
            yield Skip(origin, "empty file (only whitespace)")
    if err is not None:
        raise err  # reported by _guarded with the count of records kept


def _json_document(origin: str, data: bytes, fields: FieldNames) -> Iterator[RawRecord | Skip]:
    """A .json file: a list of objects, ``{"articles": [...]}``, one object, or JSON lines after all."""
    text = decode(data)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # several objects: it is JSON lines with a .json name
            yield from _jsonl_records(origin, io.StringIO(text), fields)
            return
        yield Skip(origin, f"invalid JSON ({err.msg} at line {err.lineno} column {err.colno})")
        return
    if isinstance(doc, dict):
        listed = next((doc[k] for k in ("articles", "items", "records", "data", "results", "documents", "docs")
                       if isinstance(doc.get(k), list)), None)
        if listed is None:
            yield _fields_record(origin, "", doc, fields)
            return
        doc = listed
    if not isinstance(doc, list):
        yield Skip(origin, "JSON holds neither an object nor a list of objects")
        return
    for n, item in enumerate(doc, 1):
        yield _fields_record(origin, f"record {n}", item, fields)


def _jsonl_records(origin: str, lines: Iterable[str], fields: FieldNames) -> Iterator[RawRecord | Skip]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skip(f"{origin}:line {n}", f"line {n}: invalid JSON ({err.msg} at column {err.colno})")
            continue
        yield _fields_record(origin, f"line {n}", obj, fields)


def _csv_records(origin: str, lines: Iterator[str], fields: FieldNames, delimiter: str | None
                 ) -> Iterator[RawRecord | Skip]:
    """CSV/TSV with a header row; ``row N`` counts data rows after the header."""
    # Articles are long: the default 128 KB per field would stop at the first big one.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    lines = iter(lines)
    first = next(lines, "")
    if delimiter is None:
        delimiter = max(",;\t|", key=first.count)
    reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    header = [h.strip() for h in next(reader, [])]
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Skip(f"{origin}:row {n}", f"row {n}: malformed CSV ({err})")
            continue
        if any(cell.strip() for cell in row):
            yield _fields_record(origin, f"row {n}", dict(zip(header, row)), fields)


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _as_text(value: Any) -> str:
    if isinstance(value, list):  # some exports keep paragraphs as a list
        return "\n\n".join(str(v) for v in value if _present(v))
    return value if isinstance(value, str) else str(value)


def _as_tags(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else re.split(r"[,،;|]", str(value))
    return [str(t).strip() for t in items if str(t).strip()]


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """A field name as matched: lower case, without spaces, "_" and "-"."""
    return re.sub(r"[\s_\-]+", "", name.strip().lower())


def _wanted(fields: FieldNames) -> list[tuple[str, tuple[str, ...]]]:
    """(field, matchable names to look for), computed once per FieldNames."""
    key = tuple(getattr(fields, k) for k in FIELD_KEYS)
    if key not in _WANTED:
        _WANTED[key] = [(k, tuple(dict.fromkeys(_key(n) for n in ((names,) if isinstance(names, str) else names))))
                        for k, names in zip(FIELD_KEYS, key)]
    return _WANTED[key]


_WANTED: dict[tuple, list[tuple[str, tuple[str, ...]]]] = {}


def _scalar(value: Any) -> Any:
    """An object where a value was expected ({"name": "BBC", "id": "bbc"}, as news APIs give a source):
    its name/title/url/text, else None."""
    if isinstance(value, dict):
        return next((value[k] for k in ("name", "title", "url", "href", "value", "text", "#text")
                     if _present(value.get(k)) and not isinstance(value[k], (dict, list))), None)
    return value


def _fields_record(origin: str, locator: str, obj: Any, fields: FieldNames) -> RawRecord | Skip:
    where = f"{origin}:{locator}" if locator else origin
    prefix = f"{locator}: " if locator else ""
    if not isinstance(obj, dict):
        return Skip(where, f"{prefix}not a JSON object but {type(obj).__name__}")
    keyed = {_key(k) if isinstance(k, str) else str(k): v for k, v in obj.items()}
    found: dict[str, Any] = {}
    for field, names in _wanted(fields):
        found[field] = next((keyed[n] for n in names if _present(keyed.get(n))), None)
    for field in ("title", "published", "url", "source"):
        found[field] = _scalar(found[field])
    if found["text"] is None or not _as_text(found["text"]).strip():
        keys = ", ".join(str(k) for k in list(obj)[:12]) or "none"
        return Skip(where, f"{prefix}no text field (looked for: {', '.join(fields.text[:5])}, …; this record has: "
                           f"{keys}); name it with --field text=NAME")
    found["text"] = _as_text(found["text"])
    found["tags"] = _as_tags(found["tags"])
    url = found["url"] if isinstance(found["url"], str) and found["url"].strip() else None
    date_fields = () if found["published"] is not None else \
        tuple(str(k) for k in obj if _DATE_LIKE.search(str(k).lower()) and _present(obj[k]))
    return RawRecord(origin=origin, locator=locator, kind="fields", fields=found, url=url, date_fields=date_fields)


_DATE_LIKE = re.compile(r"date|time|publish|created|تاريخ|وقت")


# --- WARC ----------------------------------------------------------------------------------------

_HTML_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def _warc_records(origin: str, opener: Opener, size: int | None, max_bytes: int) -> Iterator[RawRecord | Skip]:
    """HTML responses of a WARC (.warc or .warc.gz) as ``html`` records with their target URL.

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
                item = _warc_item(origin, n, rec, max_bytes)
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
        yield Skip(origin, f"ignored {sum(ignored.values())} WARC responses that are not text pages ({summary})")
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


def _warc_item(origin: str, n: int, rec: Any, max_bytes: int) -> RawRecord | Skip | str | None:
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
    body = rec.content_stream().read(max_bytes + 1)
    where = f"{origin}:{locator}"
    if len(body) > max_bytes:
        return Skip(where, f"{locator}: page too large (over {max_bytes / 1e6:.1f} MB; raise max_file_mb)")
    if not body.strip():
        return Skip(where, f"{locator}: empty response body")
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.I)
    text = _decode_html(body, m.group(1) if m else None) if kind == "html" else decode(body)
    return RawRecord(origin=origin, locator=locator, kind=kind, text=text, url=url)
