"""Bytes → text: which encoding a file, a page or each line of a stream is in, and whether the
decoded result is text at all.

1. Valid UTF-8 → UTF-8 (a few stray bytes do not make it Windows-1256: see :func:`as_utf8`).
2. A BOM; else BOM-less UTF-16 by its NUL pattern.
3. Windows-1256 vs ISO-8859-6 by which one reads as more Arabic (charset-normalizer alone is
   unreliable on short Arabic texts); charset-normalizer only when neither reads as Arabic.
4. HTML honours a declared charset (HTTP header or ``<meta>``) when the bytes agree with it.
5. Streams of lines (JSON lines, CSV) are decoded line by line: an export appended to over the
   years mixes UTF-8, Windows-1256 and the odd UTF-16 line (:class:`LineDecoder`).
6. :func:`garbled` says when decoded "text" is really binary noise (random bytes decode to ~12%
   control codes in any code page).
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import IO

from .errors import UnreadableInput

HEAD = 65536  # bytes looked at to pick format and encoding
Opener = Callable[[], IO[bytes]]

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_LATIN_LABELS = {"latin_1", "iso8859_1", "cp1252"}  # often declared on pages that are really Windows-1256
_ARABIC_PUNCT = set("،؛؟«»–—…\u200c\u200d\u200e\u200f")


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:  # UTF-32 LE first: its BOM starts with the UTF-16 LE one
        if data.startswith(bom):
            return enc
    return None


def utf16_pattern(data: bytes) -> str | None:
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
    label = binary_label(data[:HEAD])
    if label:
        raise UnreadableInput(f"binary file ({label}), not text")
    enc = bom_encoding(data) or utf16_pattern(data)
    if enc:
        return data.decode(enc, errors="replace")
    return as_utf8(data) or data.decode(legacy_encoding(data), errors="replace")


def as_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8, also when a few stray bytes break it (read as Windows-1256 it would all turn to
    "ط§ظ„" mojibake); None when it is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= len(text) // 100 and sum(not ch.isascii() for ch in text[:HEAD]) > 10 * bad:
        return text
    return None


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


def legacy_encoding(data: bytes) -> str:
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


def decode_html(data: bytes, declared: str | None = None) -> str:
    """HTML bytes → str, honouring the HTTP header charset, then ``<meta charset>``, when the bytes agree."""
    if binary_label(data[:HEAD]) or bom_encoding(data):
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
        if name in _LATIN_LABELS and not data.isascii() and legacy_encoding(data) in ("cp1256", "iso-8859-6"):
            return decode(data)  # Arabic sites long sent Windows-1256 labelled as Latin-1
        return text
    return decode(data)


class BadLine(str):
    """A line that could not be read: the reason why, in place of its text."""


class _LineDecoder:
    """Decodes the lines of a streamed file one by one, each in its own encoding: UTF-8 when it is
    UTF-8, else the file's legacy code page (chosen once, from the first line that is not UTF-8), a
    UTF-16 line by its NUL pattern. Exports that were appended to over the years mix them; one odd
    line must not turn the others into mojibake or throw the whole file away."""

    def __init__(self, head: bytes) -> None:
        self.head = head
        self.legacy: str | None = None
        self.nul_left = False  # a UTF-16-LE line leaves the NUL of its "\n" at the start of the next line

    def __call__(self, raw: bytes) -> str:
        if self.nul_left and raw.startswith(b"\x00"):
            raw = raw[1:]
        self.nul_left = False
        if b"\x00" in raw:
            even = raw + b"\x00" if len(raw) % 2 else raw
            enc = utf16_pattern(even)
            if enc is None:
                return BadLine("binary data (NUL bytes), not text")
            self.nul_left = enc == "utf-16-le" and len(raw) % 2 == 1
            return even.decode(enc, errors="replace")
        text = as_utf8(raw)
        if text is not None:
            return text
        if self.legacy is None:  # judged on all the head's non-UTF-8 lines: one short line says little
            sample = b"\n".join(line for line in self.head.split(b"\n")[:-1] if as_utf8(line) is None)
            self.legacy = legacy_encoding(sample or raw)
        return raw.decode(self.legacy, errors="replace")


def text_lines(opener: Opener, head: bytes, limit: int) -> Iterator[str]:
    """Decoded lines (endings kept) of a stream, one at a time, none longer than ``limit`` bytes: an
    over-long line is read through without being kept and comes as a ``BadLine``."""
    too_long = BadLine(f"longer than {limit / 1e6:g} MB, the max_record_mb limit; skipped")
    with opener() as raw:
        wide = bom_encoding(head) or utf16_pattern(head)
        if wide and wide != "utf-8-sig":
            chars = io.TextIOWrapper(raw, encoding=wide, errors="replace", newline="")
            while line := chars.readline(limit // 2 + 1):
                if len(line) > limit // 2 and not line.endswith("\n"):
                    while (tail := chars.readline(1 << 20)) and not tail.endswith("\n"):
                        pass
                    yield too_long
                else:
                    yield line
            return
        line_decode = _LineDecoder(head)
        first = True
        while line_bytes := raw.readline(limit + 1):
            if len(line_bytes) > limit and not line_bytes.endswith(b"\n"):
                while (rest := raw.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield too_long
            else:
                text = line_decode(line_bytes)
                yield text.lstrip("\ufeff") if first and not isinstance(text, BadLine) else text
            first = False


# Characters no news text holds in numbers: controls (not tab/newline/form feed), private use, the
# replacement character of undecodable bytes; unassigned code points are checked one by one.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_UNUSUAL = re.compile(r"[^\x09-\x0d\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u2000-\u206f]")
GARBLED_SHARE = 0.05


def garbled(text: str) -> str | None:
    """Why a decoded text is not text (random bytes decode to ~12% control codes in any code page), or None."""
    sample = text[:HEAD]
    bad = len(_CONTROL.findall(sample))
    bad += sum(unicodedata.category(ch) == "Cn" for ch in _UNUSUAL.findall(sample))
    if bad > 2 and bad > GARBLED_SHARE * len(sample):
        return (f"not text: {bad / len(sample):.0%} of its characters are control codes, unassigned or "
                "undecodable (binary data?)")
    return None


_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"\x7fELF", "executable"), (b"\x1f\x8b", "gzip inside gzip"),
    (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"), (b"SQLite format 3\x00", "SQLite database"),
]


def binary_label(head: bytes, nul: bool = True) -> str | None:
    """What kind of binary file this is, or None for text (UTF-16 text has NULs but is text).
    ``nul=False``: NUL bytes alone do not make it binary (line formats judge each line)."""
    for magic, label in _MAGIC:
        if head.startswith(magic):
            return label
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP image"
    if head[257:262] == b"ustar":
        return "TAR archive"
    if nul and b"\x00" in head and not bom_encoding(head) and not utf16_pattern(head):
        return "contains NUL bytes"
    return None


def text_chunks(opener: Opener, head: bytes) -> Iterator[str]:
    """The decoded text of a stream, in chunks (one encoding for the whole file, chosen from its head)."""
    enc = bom_encoding(head) or utf16_pattern(head) or ("utf-8" if as_utf8(head) is not None else legacy_encoding(head))
    decoder = codecs.getincrementaldecoder(enc)(errors="replace")
    with opener() as raw:
        while chunk := raw.read(1 << 20):
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)
