"""Make a news corpus of any size from real articles, for scale measurements (and the engine tests).

From a source of real articles (the 20k SaudiNewsNet sample in ../shared by default: research use only,
so what this writes stays under bench/out/ and is never committed), each generated article is:

- a base article's sentences, some replaced by sentences of other articles (recombined), with its
  numbers and years varied, a title of the base article with a number varied, a date moved by up to a
  year, the base's source (so sources, dates and words keep real distributions);
- or, for ``near`` of them (10%), a near-duplicate of an earlier generated article: the same text
  with a few words changed, a sentence dropped or a number varied (the wire-copy case);
- written as JSONL records, WARC response records (HTML pages, with a few images and English pages
  among them, which ingest skips), and a few multi-article text dumps (two or three articles in one
  file, separated as scraped pages are: "اقرأ أيضا").

Deterministic for a seed. Files hold ``--per-file`` articles each, so an ingest can spread them.

    .venv/bin/python bench/generate_corpus.py --n 200000 --out bench/out/gen-200k      # JSONL + WARC
    .venv/bin/python bench/generate_corpus.py --n 20000 --formats jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[1] / "shared" / "data" / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")


@dataclass
class Source:
    title: str
    sentences: list[str]
    source: str
    published: str | None


@dataclass
class Generated:
    n: int
    title: str
    text: str
    source: str
    published: str | None
    url: str
    copy_of: int | None = None


def load_sources(path: Path = SAMPLE, limit: int | None = None) -> list[Source]:
    """Articles of a JSONL(.gz) file with title / content (or text) / date_extracted / source."""
    out: list[Source] = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                row = json.loads(line)
            except ValueError:  # a damaged line (the sample corpus has some on purpose)
                continue
            if not isinstance(row, dict) or not isinstance(row.get("content") or row.get("text") or "", str):
                continue
            text = (row.get("content") or row.get("text") or "").strip()
            sentences = [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) > 20]
            if len(sentences) >= 2:
                published = (row.get("date_extracted") or row.get("published") or "")[:10] or None
                out.append(Source(row.get("title") or "", sentences, row.get("source") or "", published))
            if limit and len(out) >= limit:
                break
    return out


def _vary_numbers(text: str, rng: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        v = int(m.group())
        if 1900 <= v <= 2030:  # a year: moved by a little
            return str(v + rng.randint(-3, 3))
        return str(max(1, int(v * rng.uniform(0.5, 1.8)))) if rng.random() < 0.7 else m.group()

    return _DIGITS.sub(one, text)


def _edit(text: str, rng: random.Random) -> str:
    """A wire copy: a few words changed, maybe a sentence dropped, a number varied."""
    sentences = _SENTENCE_END.split(text)
    if len(sentences) > 3 and rng.random() < 0.5:
        del sentences[rng.randrange(1, len(sentences))]
    words = " ".join(sentences).split(" ")
    for _ in range(max(1, len(words) // 60)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(["قد", "كما", "وقال", "أيضا", "اليوم", "الذي"])
    return _vary_numbers(" ".join(words), rng) if rng.random() < 0.3 else " ".join(words)


def generate(sources: list[Source], n: int, seed: int = 20241208, near: float = 0.1) -> Iterator[Generated]:
    rng = random.Random(seed)
    made: list[Generated] = []
    for i in range(n):
        if made and rng.random() < near:
            base = made[rng.randrange(max(0, len(made) - 2000), len(made))]  # a recent story, as wires go
            g = Generated(i, base.title, _edit(base.text, rng), rng.choice(sources).source or base.source,
                          base.published, f"https://news.example/{i}", copy_of=base.n)
        else:
            src = sources[rng.randrange(len(sources))]
            sentences = list(src.sentences)
            for k in range(len(sentences)):
                if rng.random() < 0.35:
                    other = sources[rng.randrange(len(sources))].sentences
                    sentences[k] = other[rng.randrange(len(other))]
            rng.shuffle(sentences) if rng.random() < 0.2 else None
            text = _vary_numbers(" ".join(sentences), rng)
            published = src.published
            if published and rng.random() < 0.9:
                try:
                    day = date.fromisoformat(published) + timedelta(days=rng.randint(-365, 365))
                    published = day.isoformat()
                except ValueError:
                    pass
            g = Generated(i, _vary_numbers(src.title, rng), text, src.source, published, f"https://news.example/{i}")
        made.append(g)
        if len(made) > 4000:
            del made[:2000]
        yield g


# --- writers -----------------------------------------------------------------------------------------

def _html(g: Generated) -> bytes:
    paragraphs = "".join(f"<p>{s}</p>" for s in _SENTENCE_END.split(g.text))
    meta = f'<meta property="article:published_time" content="{g.published}">' if g.published else ""
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{g.title}</title>{meta}'
            f'<meta property="og:site_name" content="{g.source}"></head><body><header><nav>الرئيسية | محليات | '
            f'اقتصاد | رياضة</nav></header><article><h1>{g.title}</h1>{paragraphs}</article>'
            f'<footer>جميع الحقوق محفوظة</footer></body></html>').encode()


def _warc_record(uri: str, ctype: str, body: bytes, n: int) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


class Writer:
    """Spreads generated articles over files of ``per_file`` articles: JSONL, WARC, text dumps."""

    def __init__(self, out: Path, formats: set[str], per_file: int, rng: random.Random):
        self.out, self.formats, self.per_file, self.rng = out, formats, per_file, rng
        out.mkdir(parents=True, exist_ok=True)
        self.files = 0
        self.batch: list[Generated] = []
        self.dump: list[Generated] = []

    def add(self, g: Generated) -> None:
        if "dumps" in self.formats and self.rng.random() < 0.01:  # some multi-article dumps
            self.dump.append(g)
            if len(self.dump) == 3:
                self._dump()
            return
        self.batch.append(g)
        if len(self.batch) >= self.per_file:
            self._flush()

    def close(self) -> None:
        self._flush()
        if self.dump:
            self._dump()

    def _flush(self) -> None:
        if not self.batch:
            return
        fmts = sorted(self.formats - {"dumps"})
        fmt = fmts[self.files % len(fmts)]
        name = self.out / f"part-{self.files:05d}.{'jsonl.gz' if fmt == 'jsonl' else 'warc.gz'}"
        if fmt == "jsonl":
            with gzip.open(name, "wt", encoding="utf-8", compresslevel=3) as f:
                for g in self.batch:
                    f.write(json.dumps({"title": g.title, "content": g.text, "published": g.published,
                                        "source": g.source, "url": g.url}, ensure_ascii=False) + "\n")
        else:
            with open(name, "wb") as f:
                for k, g in enumerate(self.batch):
                    f.write(gzip.compress(_warc_record(g.url, "text/html; charset=utf-8", _html(g), g.n), 3))
                    if k % 50 == 7:  # what a crawl also holds: images, pages in other languages
                        f.write(gzip.compress(_warc_record(g.url + ".png", "image/png", b"\x89PNG" + bytes(64), g.n), 3))
                    if k % 50 == 19:
                        english = b"<html lang='en'><body><h1>Markets</h1><p>Stocks rose on Monday.</p></body></html>"
                        f.write(gzip.compress(_warc_record(g.url + "?en", "text/html", english, g.n), 3))
        self.files += 1
        self.batch = []

    def _dump(self) -> None:
        name = self.out / f"dump-{self.files:05d}.txt"
        parts = []
        for g in self.dump:
            parts.append(f"{g.title}\n{g.published or ''}\n{g.text}\nالمصدر: {g.source}\n")
        name.write_text("\nاقرأ أيضا\n\n".join(parts), encoding="utf-8")
        self.files += 1
        self.dump = []


def write_corpus(sources: list[Source], n: int, out: Path, formats: set[str], per_file: int = 1000,
                 seed: int = 20241208, near: float = 0.1) -> int:
    """Write ``n`` generated articles under ``out``; returns the number of files."""
    writer = Writer(out, formats, per_file, random.Random(seed + 1))
    for g in generate(sources, n, seed, near):
        writer.add(g)
    writer.close()
    return writer.files


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, required=True, help="articles to generate")
    p.add_argument("--out", type=Path, required=True, help="folder to write (keep it under bench/out/)")
    p.add_argument("--formats", default="jsonl,warc,dumps", help="any of jsonl, warc, dumps (comma-separated)")
    p.add_argument("--per-file", type=int, default=1000)
    p.add_argument("--seed", type=int, default=20241208)
    p.add_argument("--source", type=Path, default=SAMPLE, help="JSONL(.gz) of real articles to recombine")
    args = p.parse_args(argv)
    if not args.source.exists():
        print(f"needs {args.source} (the SaudiNewsNet sample of ../shared/data)", file=sys.stderr)
        return 2
    files = write_corpus(load_sources(args.source), args.n, args.out, set(args.formats.split(",")), args.per_file,
                         args.seed)
    print(f"wrote {args.n:,} articles in {files} files under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
