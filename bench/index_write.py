"""Index write cost: where the bulk writer's tantivy time goes, one schema choice at a time.

The bulk writer (akhbar.bulk.load) hands tantivy terms analyzed ahead by the shard tasks. This bench
takes those same terms for N generated articles (bench/generate_corpus.py from the SaudiNewsNet sample,
segmented and analyzed as a shard task does; cached under bench/out/, never committed) and indexes them
into fresh tantivy indexes, measuring the CPU seconds of the process (tantivy's indexing and merging
threads included) from the first document to the end of the merges:

- ``akhbar``: the index as akhbar builds it (``index_article``, one indexing thread, one commit);
- ablations, each one change to the schema of round 3 (``INDEX_FORMAT`` 3): what that part costs.

    .venv/bin/python bench/index_write.py                  # 20k articles, every variant, 2 rounds
    .venv/bin/python bench/index_write.py --n 5000 --variants round3,akhbar

Needs ../shared/data (exits with a message when it is absent).
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import tantivy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from akhbar.arabic import get_analyzer, normalize
from akhbar.config import Settings
from akhbar.index_schema import VIEWS, DocumentTerms, _schema, day_number, document_terms, index_article, view_analyzers
from akhbar.segment import segment
from generate_corpus import SAMPLE, generate, load_sources

OUT = Path(__file__).resolve().parent / "out"
HEAP = 128_000_000


@dataclass
class Article:
    aid: int
    published: str | None
    source: str
    pids: list[int]
    terms: DocumentTerms


def articles(n: int) -> list[Article]:
    """The index terms of ``n`` generated articles (cached: the analysis is not what is measured)."""
    cache = OUT / f"index-terms-{n}.pkl"
    if cache.exists():  # plain tuples: readable whichever script unpickles them
        return [Article(aid, published, source, pids, DocumentTerms(views, passages))
                for aid, published, source, pids, views, passages in pickle.loads(cache.read_bytes())]
    if not SAMPLE.exists():
        raise SystemExit(f"needs the SaudiNewsNet sample at {SAMPLE} (see ../shared/data)")
    analyzer = get_analyzer()
    views = view_analyzers(analyzer)
    words = Settings().passage_words
    out, pid = [], 1
    for g in generate(load_sources(), n):
        spans = [(s, e) for s, e, _ in segment(g.text, words).passages]
        terms = document_terms(analyzer, views, g.title, g.text, spans)
        out.append(Article(g.n + 1, g.published, g.source, list(range(pid, pid + len(spans))), terms))
        pid += len(spans)
    OUT.mkdir(exist_ok=True)
    cache.write_bytes(pickle.dumps([(a.aid, a.published, a.source, a.pids, a.terms.views, a.terms.passages)
                                    for a in out]))
    return out


# --- the variants --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Variant:
    """One schema choice against round 3's (``INDEX_FORMAT`` 3)."""

    stored_ids: bool = True  # pid and aid stored (the doc store)
    pid_indexed: bool = True  # pid searchable (a term per document)
    passage_filters: bool = True  # day and source on passage documents too
    body_positions: bool = True  # positions of the passage text (phrase queries on passages)
    stem_positions: bool = True  # positions of the stem view (quoted phrases)
    passages: bool = True  # the passage documents at all
    views: bool = True  # the article documents' three views at all


VARIANTS = {
    "round3": Variant(),
    "no stored ids": Variant(stored_ids=False),
    "pid not indexed": Variant(pid_indexed=False),
    "no day/source on passages": Variant(passage_filters=False),
    "no positions on body": Variant(body_positions=False),
    "no positions on stem": Variant(stem_positions=False),
    "articles only (no passage docs)": Variant(passages=False),
    "passages only (no views)": Variant(views=False),
}


def schema(v: Variant) -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("pid", stored=v.stored_ids, indexed=v.pid_indexed, fast=True)
    b.add_unsigned_field("aid", stored=v.stored_ids, indexed=True, fast=True)
    b.add_text_field("body", tokenizer_name="whitespace", index_option="position" if v.body_positions else "freq")
    for view in VIEWS:
        positions = view == "stem" and v.stem_positions
        b.add_text_field(view, tokenizer_name="whitespace", index_option="position" if positions else "freq")
    b.add_integer_field("day", indexed=True, fast=True)
    b.add_text_field("source", tokenizer_name="raw", index_option="basic", fast=True)
    return b.build()


def add_variant(v: Variant) -> Callable[[tantivy.IndexWriter, Article], None]:
    def add(writer: tantivy.IndexWriter, a: Article) -> None:
        day, source = day_number(a.published), normalize(a.source or "")

        def doc(pid: int, filters: bool) -> tantivy.Document:
            d = tantivy.Document()
            d.add_unsigned("pid", pid)
            d.add_unsigned("aid", a.aid)
            if filters:
                d.add_integer("day", day)
                d.add_text("source", source)
            return d

        if v.views:
            article = doc(0, True)
            for view, text in a.terms.views.items():
                article.add_text(view, text)
            writer.add_document(article)
        if v.passages:
            for pid, body in zip(a.pids, a.terms.passages):
                passage = doc(pid, v.passage_filters)
                passage.add_text("body", body)
                writer.add_document(passage)
    return add


def build(folder: Path, index_schema: tantivy.Schema, add: Callable[[tantivy.IndexWriter, Article], None],
          docs: list[Article]) -> tuple[float, float, float]:
    """CPU seconds, wall seconds, MB on disk of one index built from ``docs``."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    index = tantivy.Index(index_schema, path=str(folder), reuse=False)
    cpu, wall = time.process_time(), time.perf_counter()
    writer = index.writer(heap_size=HEAP, num_threads=1)
    for a in docs:
        add(writer, a)
    writer.commit()
    writer.wait_merging_threads()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file()) / 1e6
    return cpu, wall, size


def akhbar_build(folder: Path, docs: list[Article]) -> tuple[float, float, float]:
    """The index as akhbar builds it now (its schema and ``index_article``)."""
    def add(writer: tantivy.IndexWriter, a: Article) -> None:
        index_article(writer, a.aid, a.published, a.source, a.pids, a.terms)

    return build(folder, _schema(), add, docs)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=20_000, help="generated articles (default 20000)")
    p.add_argument("--variants", default="akhbar," + ",".join(VARIANTS),
                   help="comma-separated: akhbar and/or " + ", ".join(VARIANTS))
    p.add_argument("--rounds", type=int, default=2, help="each variant this many times, interleaved")
    args = p.parse_args(argv)
    docs = articles(args.n)
    passages = sum(len(a.pids) for a in docs)
    print(f"{len(docs):,} articles, {passages:,} passages", file=sys.stderr)
    names = args.variants.split(",")
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            for name in names:
                folder = Path(tmp) / "index"
                if name == "akhbar":
                    results[name].append(akhbar_build(folder, docs))
                else:
                    v = VARIANTS[name]
                    results[name].append(build(folder, schema(v), add_variant(v), docs))
                print(f"  {name}: {results[name][-1][0]:.2f} CPU s", file=sys.stderr)
    print(f"| variant ({len(docs):,} articles, {passages:,} passages) | CPU s (min of {args.rounds}) |"
          f" articles per CPU s | MB on disk |\n|---|---:|---:|---:|")
    for name, runs in results.items():
        cpu = min(r[0] for r in runs)
        print(f"| {name} | {cpu:.2f} | {len(docs) / cpu:,.0f} | {runs[0][2]:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
