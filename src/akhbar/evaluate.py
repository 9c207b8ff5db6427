"""`akhbar eval`: retrieval quality on SQuAD-format questions.

Each paragraph of the file becomes one article holding its text alone (no title); optional
distractor articles are added; a question counts as answered at rank r when its paragraph's
article is the r-th distinct article returned.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .archive import Archive
from .errors import InputError
from .models import ArticleDraft

DEPTH = 20


def _load_squad(path: str) -> list[tuple[str, list[str]]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        return [(p["context"], [q["question"] for q in p.get("qas", [])])
                for article in data["data"] for p in article["paragraphs"]]
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(f"{path} is not SQuAD-format JSON (data[].paragraphs[].context/qas): {e}") from None


def _distractors(path: str) -> Iterator[ArticleDraft]:
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    text = row.get("text") or row.get("content") or ""
                    if text.strip():
                        yield ArticleDraft(text=text)
    except OSError as e:
        raise InputError(f"cannot read distractors {path}: {e}") from None


def rank_metrics(ranks: list[int | None]) -> dict[str, float]:
    """R@1, R@5, R@20 and MRR@10 of the gold's rank per question (None: not found), rounded to 4 places.
    The one definition: ``akhbar eval``, bench/retrieval.py and the quality gates use it."""
    n = len(ranks) or 1
    out = {f"R@{k}": sum(1 for r in ranks if r is not None and r <= k) / n for k in (1, 5, 20)}
    out["MRR@10"] = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    return {k: round(v, 4) for k, v in out.items()}


def evaluate_squad(path: str, *, distractors: str | None = None, archive_path: str | None = None) -> dict[str, Any]:
    paragraphs = _load_squad(path)
    with tempfile.TemporaryDirectory(prefix="akhbar-eval-") as tmp:
        with Archive.open(archive_path or tmp) as archive:
            report = archive.add_articles((ArticleDraft(text=c) for c, _ in paragraphs), origin="eval")
            # Paragraph n is "eval:item n": stored, or a duplicate of a kept article (from the ingest
            # log: the report names only the first duplicates).
            outcome = archive.store.outcomes(report.run) if report.run is not None else {}
            gold: list[int | None] = [outcome.get(f"eval:item {n}") for n in range(1, len(paragraphs) + 1)]
            extra = archive.add_articles(_distractors(distractors), origin="distractors") if distractors else None
            ranks: list[int | None] = []
            for (_, questions), article_id in zip(paragraphs, gold):
                for q in questions:
                    found = [aid for _, _, aid in archive.retriever.candidates(q, DEPTH)] if q.strip() else []
                    ranks.append(found.index(article_id) + 1 if article_id in found else None)
            total = archive.stats()["articles"]
    result: dict[str, Any] = {"questions": len(ranks), "paragraphs": len(paragraphs),
                              "distractors": extra.stored if extra else 0, "articles": total}
    result.update(rank_metrics(ranks))
    return result
