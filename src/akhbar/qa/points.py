"""The points of a list or description answer (step 7 of the cascade, chosen in step 4 so that the
list's confidence can read them): up to five sentences that each say something the question does
not, a list's in date order.

A list is often told as a sentence that introduces it and the sentences after it that give its
items, which repeat none of the question's words ("لم يقتصر التعاون بين روسيا وسوريا على الجانب
العسكري. ففي عام 2018 حصلت شركة … على عقد لاستخراج الفوسفات … وفي عام 2019 … مرفأ طرطوس …"):
:func:`introduce` links each item to the sentence introducing it, whose coverage of the question
counts for the item (:func:`list_coverage`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .. import lexicon
from ..arabic import normalize
from .evidence import Sentence, is_generic
from .match import bare, fold_words
from .question import QuestionInfo

LIST_REACH = 3  # sentences after an introducing sentence that may be items of its list
LIST_LIMIT = 5  # points of a list or description answer
OTHER_LIMIT = 3  # points of any other answer that is not a factoid


def similar(a: Sentence, b: Sentence) -> float:
    """Jaccard overlap of two sentences' content stems."""
    x, y = {st for st in a.stems if st}, {st for st in b.stems if st}
    return len(x & y) / max(len(x | y), 1)


def _article_order(ranked: Sequence[Sentence]) -> dict[int, list[Sentence]]:
    """The ranked sentences of each article in the order the article tells them (one per offset)."""
    by_article: dict[int, dict[int, Sentence]] = {}
    for s in ranked:
        by_article.setdefault(s.cand.article_id, {}).setdefault(s.start, s)
    return {aid: [row[k] for k in sorted(row)] for aid, row in by_article.items()}


def introduce(ranked: Sequence[Sentence], threshold: float) -> None:
    """Link every sentence to the nearest of the LIST_REACH sentences before it in its article that
    covers the question to ``threshold`` (``Sentence.intro``): an item of the list it introduces."""
    for order in _article_order(ranked).values():
        for i, s in enumerate(order):
            s.intro = next((t for t in reversed(order[max(0, i - LIST_REACH):i]) if t.coverage >= threshold), None)


def list_coverage(sent: Sentence) -> float:
    """How much of the question a list's item covers: its own coverage or its introducing sentence's."""
    return max(sent.coverage, sent.intro.coverage) if sent.intro is not None else sent.coverage


def is_filler(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence says nothing the question does not: no date or number, and at most two content
    words beyond the question's own and framing words ("لم يقتصر التعاون بين روسيا وسوريا على الجانب
    العسكري")."""
    if sent.dates or any(ch.isdigit() for ch in sent.text):
        return False
    focus = set(info.focus)
    new = {n for n, st in zip(sent.norms, sent.stems) if st and st not in focus and not is_generic(n)
           and n not in info.words}
    return len(new) <= 2


# The domains a question may ask for (lexicon.DOMAINS), folded: adjectives that name one, and words
# that tell a sentence of it.
_DOMAINS = {name: (fold_words(set(adjectives)), {bare(w) for w in fold_words(set(words))})
            for name, (adjectives, words) in lexicon.DOMAINS.items()}


def asked_domain(info: QuestionInfo) -> str | None:
    """The domain a question asks for ("النتائج الاقتصادية" → economic), or None."""
    return next((name for name, (adjectives, _) in _DOMAINS.items() if info.words & adjectives), None)


def off_domain(sent: Sentence, domain: str | None) -> bool:
    """The sentence speaks of another domain than the one asked, and not of the asked one ("63 ألف
    عسكري روسي شاركوا في العمليات" for the economic results of a cooperation)."""
    if domain is None:
        return False
    words = {bare(n) for n, st in zip(sent.norms, sent.stems) if st}
    if words & _DOMAINS[domain][1]:
        return False
    return any(words & other for name, (_, other) in _DOMAINS.items() if name != domain)


def _diverse(ranked: list[Sentence], limit: int, floor: float) -> list[Sentence]:
    """Greedy selection: good sentences that say different things, preferring other sources."""
    chosen: list[Sentence] = []
    pool = [s for s in ranked if s.prob >= floor]
    while pool and len(chosen) < limit:
        def value(s: Sentence) -> float:
            sim = max((similar(s, c) for c in chosen), default=0.0)
            same = any(c.cand.article_id == s.cand.article_id for c in chosen)
            return s.prob - 0.5 * sim - (0.05 if same else 0.0)

        best = max(pool, key=value)
        pool.remove(best)
        if any(similar(best, c) > 0.6 or normalize(best.text) == normalize(c.text) for c in chosen):
            continue  # near-identical to a point already made
        chosen.append(best)
    return chosen


def answer_points(info: QuestionInfo, top: Sentence, ranked: Sequence[Sentence], threshold: float) -> list[Sentence]:
    """Points of a list or description answer: up to five sentences that each say something the
    question does not (no filler), of the asked domain, a list's in date order when they carry dates.
    A list's items are the sentences after the one introducing it."""
    limit = LIST_LIMIT if info.answer_type in {"list", "description"} else OTHER_LIMIT
    # The first point met the threshold; the others may cover less of the question (a list's
    # items rarely repeat all of its words) but must still share some of its content.
    pool = [top] + [s for s in ranked[1:] if s is not top and s.coverage >= threshold * 0.4]
    chosen = _diverse(pool, limit, top.prob * 0.3)
    if info.answer_type == "list":
        head = top.intro or top
        order = _article_order(ranked).get(head.cand.article_id, [])
        after = [s for s in order if s.start > head.start][:LIST_REACH + (head is not top)]
        follow = [s for s in after if s is not top and all(s is not c for c in chosen)]
        items = [top] + follow + [s for s in chosen if s is not top]
        chosen = [s for s in items if not is_filler(s, info)][:limit] or chosen[:1]
    # A point of another domain than the one asked is no part of the answer (the economic results
    # of a cooperation leave out its military figures).
    domain = asked_domain(info)
    chosen = [s for s in chosen if not off_domain(s, domain)] or chosen[:1]
    if info.answer_type == "list" and sum(bool(s.dates) for s in chosen) >= 2:
        far = dt.date.max
        chosen.sort(key=lambda s: min((d.date for d in s.dates), default=far))
    return chosen
