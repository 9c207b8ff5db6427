"""The retrieval benchmark pool: QA paragraphs as articles, plus news articles as distractors.

Every paragraph of XQuAD-ar and ARCD becomes one article holding its text alone (no title);
identical contexts are one article (5 ARCD paragraphs sit in both train and test). The
20,000 SaudiNewsNet articles are added as distractors, with their body text only (no title,
so no system gets a signal the QA paragraphs lack). Each article is cut into passages of
whole sentences of about ``PASSAGE_WORDS`` words, the same way for every article.

The pool is defined here, not by akhbar's own segmenter, on purpose: the baselines must see
the same passages whatever the product changes. (akhbar itself receives whole articles and
segments them its own way.)

Building takes a few seconds; the result is cached in bench/out/ (gitignored).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
XQUAD = DATA / "xquad_ar" / "xquad.ar.json"
ARCD_TRAIN = DATA / "arcd" / "arcd-train.json"
ARCD_TEST = DATA / "arcd" / "arcd-test.json"
NEWS = DATA / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"
OUT = Path(__file__).resolve().parent / "out"

POOL_VERSION = 1  # bump when the pool definition changes, so stale caches are ignored
PASSAGE_WORDS = 90  # ~61k passages over the whole pool, as the search issue's pool

# A sentence ends after . ! ? ؟ ؛ … followed by space, or at a line break; ، does not end one.
_SENTENCE_END = re.compile(r"(?<=[.!?\u061F\u061B\u2026])\s+|\s*\n\s*")


@dataclass
class Question:
    set: str  # "xquad-ar", "arcd-train", "arcd-test"
    id: str
    question: str
    gold: int  # index of the gold paragraph's article in Pool.articles


@dataclass
class Pool:
    article_keys: list[str]  # "xquad:<n>", "arcd:<n>", or the news id "snn-<n>"
    article_texts: list[str]
    passage_article: list[int]  # article index of each passage; passages of one article are contiguous
    passage_texts: list[str]
    questions: list[Question]

    @property
    def n_qa_articles(self) -> int:
        return sum(not key.startswith("snn-") for key in self.article_keys)

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for q in self.questions:
            counts[q.set] = counts.get(q.set, 0) + 1
        return {
            "articles": len(self.article_keys),
            "qa_articles": self.n_qa_articles,
            "news_articles": len(self.article_keys) - self.n_qa_articles,
            "passages": len(self.passage_texts),
            "passage_words": PASSAGE_WORDS,
            **{f"questions_{name}": n for name, n in sorted(counts.items())},
        }


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def cut_passages(text: str, target_words: int = PASSAGE_WORDS) -> list[str]:
    """Whole consecutive sentences packed into passages of about ``target_words`` words."""
    passages: list[str] = []
    current: list[str] = []
    words = 0
    for sentence in split_sentences(text):
        n = len(sentence.split())
        # Close early rather than let one passage grow far beyond the target.
        if current and words + n > target_words * 1.5 and words >= target_words // 2:
            passages.append(" ".join(current))
            current, words = [], 0
        current.append(sentence)
        words += n
        if words >= target_words:
            passages.append(" ".join(current))
            current, words = [], 0
    if current:
        passages.append(" ".join(current))
    return passages


def _squad(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(context, [(question id, question)]) for every paragraph of a SQuAD-format file."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    return [(p["context"], [(qa["id"], qa["question"]) for qa in p["qas"]])
            for article in data for p in article["paragraphs"]]


def missing_data() -> list[Path]:
    return [p for p in (XQUAD, ARCD_TRAIN, ARCD_TEST, NEWS) if not p.exists()]


def build_pool() -> Pool:
    keys: list[str] = []
    texts: list[str] = []
    by_context: dict[str, int] = {}
    questions: list[Question] = []
    per_prefix: dict[str, int] = {}
    for set_name, prefix, path in (("xquad-ar", "xquad", XQUAD), ("arcd-train", "arcd", ARCD_TRAIN),
                                   ("arcd-test", "arcd", ARCD_TEST)):
        for context, qas in _squad(path):
            if context not in by_context:
                by_context[context] = len(keys)
                keys.append(f"{prefix}:{per_prefix.get(prefix, 0)}")
                per_prefix[prefix] = per_prefix.get(prefix, 0) + 1
                texts.append(context)
            questions.extend(Question(set_name, qid, q, by_context[context]) for qid, q in qas)
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            keys.append(record["id"])
            texts.append(record["content"])

    passage_article: list[int] = []
    passage_texts: list[str] = []
    for i, text in enumerate(texts):
        for passage in cut_passages(text):
            passage_article.append(i)
            passage_texts.append(passage)
    return Pool(keys, texts, passage_article, passage_texts, questions)


def _cache_path() -> Path:
    stamp = "|".join(f"{p.name}:{p.stat().st_size}:{int(p.stat().st_mtime)}"
                     for p in (XQUAD, ARCD_TRAIN, ARCD_TEST, NEWS))
    digest = hashlib.sha1(f"{POOL_VERSION}|{PASSAGE_WORDS}|{stamp}".encode()).hexdigest()[:10]
    return OUT / f"pool-{digest}.json.gz"


def load_pool() -> Pool:
    """The pool, from the cache when it is current, else built and cached."""
    path = _cache_path()
    if path.exists():
        raw = json.loads(gzip.decompress(path.read_bytes()))
        raw["questions"] = [Question(**q) for q in raw["questions"]]
        return Pool(**raw)
    pool = build_pool()
    OUT.mkdir(parents=True, exist_ok=True)
    raw = asdict(pool)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(gzip.compress(json.dumps(raw, ensure_ascii=False).encode("utf-8"), 1))
    tmp.replace(path)
    return pool


if __name__ == "__main__":
    print(json.dumps(load_pool().summary(), indent=2))
