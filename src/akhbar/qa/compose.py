"""Question → evidence sentences → an answer made of cited sentences, or an honest abstention.

The cascade of :meth:`Answerer.ask`:

1. **Question analysis** (:func:`akhbar.qa.question.analyze_question`): the interrogative and its
   context give the question type (متى، من، أين، كم، ما/ماذا، لماذا، كيف، هل، "ما هي أهم…") and the
   expected answer type (date, number, person, place, description, list, yesno); the analyzer gives
   the focus terms.
2. **Candidates** (:mod:`akhbar.qa.evidence`): the retriever's best passage per article (top
   ``k_passages``), plus the passages next to it in the top ``NEIGHBOR_ARTICLES`` articles (the
   answering sentence is often there).
3. **Sentence ranking** (:func:`akhbar.qa.rank.rank_sentences`): every sentence of every candidate
   passage gets features (IDF-weighted term overlap, coverage of the focus terms, proximity, passage
   rank and score, answer-type match, position, neighbouring sentences, recency when the question asks
   for the latest) scored by a logistic model fitted on ARCD-train (``bench/fit_answer.py`` →
   ``data/answer_weights.json``). Coverage (:mod:`akhbar.qa.evidence`, :mod:`akhbar.qa.match`) matches a
   focus word by stem, by a related news word (ضحايا → "أودى بحياة… شخص"), by consonant skeleton
   (سقط / سقوط / أسقطت) or by trigrams, and counts framing words (النتائج، الاقتصادية، التعاون) for
   less than the named things of the question.
4. **Abstention** (:func:`choose`): the first of the top sentences whose coverage reaches the
   threshold (calibrated on questions whose paragraph is not in the archive) answers; a factoid
   question prefers one of them, or its neighbour sentence, that holds a date / count / name / place.
   When none does, the answer says so plainly and lists the closest hits.
5. **Composition** (:meth:`Answerer.ask`, short answers from :mod:`akhbar.qa.short`): factoid
   questions get a short answer only when the sentence surely holds one — the date nearest the event
   (not one of an event "بعد سقوط…"), the count of what is counted (not a duration or a distance), a
   name with a cue (title, team, known given name, بن/أبو, Latin), the place phrase after في/قرب —
   with that sentence as point 1 (plus corroborating sentences from other sources); descriptive and
   list questions get up to five diverse points (a list's items following its opening sentence).
   Every point is an exact slice of a stored article, and its numbered source gives the offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..arabic import Analyzer, normalize
from ..models import Answer, Article, Hit, Point, Source
from ..retrieve import parse_query
from .evidence import PassageCandidate, Sentence, matched_positions
from .match import idf_from_counts
from .question import QuestionInfo, analyze_question
from .rank import load_model, rank_sentences
from .short import place_phrases, short_answer, sure_names

ABSTAIN_MESSAGE = "لم أجد في الأرشيف ما يجيب عن هذا السؤال."

FACTOID_TYPES = {"date", "number", "person", "place"}
NEIGHBOR_ARTICLES = 3  # the top articles whose passages next to the retrieved one are read too
COMMON_MIN_PASSAGES = 2000  # below this, word frequency in the archive says nothing about names


# --- points -----------------------------------------------------------------------------------


def _clause(sent: Sentence, keep: tuple[int, int] | None, focus: set[str]) -> tuple[int, int]:
    """Sentence-relative offsets of the point: the whole sentence, or for a very long sentence the run
    of its comma-separated clauses that holds the matched terms (and the short answer)."""
    if len(sent.stems) <= 40:
        return 0, len(sent.text)
    cuts = [0] + [m.end() for m in re.finditer(r"[،؛;]\s*", sent.text)] + [len(sent.text)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    marks = [sent.spans[p] for p in matched_positions(sent, focus)]
    if keep:
        marks.append(keep)
    if not marks or len(pieces) < 2:
        return 0, len(sent.text)
    lo = min(m[0] for m in marks)
    hi = max(m[1] for m in marks)
    first = next(i for i, (s, e) in enumerate(pieces) if e > lo)
    last = next(i for i, (s, e) in enumerate(pieces) if e >= hi)
    s, e = pieces[first][0], pieces[last][1]
    text = sent.text[s:e].rstrip(" ،؛;")
    if len(text.split()) < 6:
        return 0, len(sent.text)
    return s, s + len(text)


def _similar(a: Sentence, b: Sentence) -> float:
    x, y = {s for s in a.stems if s}, {s for s in b.stems if s}
    return len(x & y) / max(len(x | y), 1)


def _diverse(ranked: list[Sentence], limit: int, floor: float) -> list[Sentence]:
    """Greedy selection: good sentences that say different things, preferring other sources."""
    chosen: list[Sentence] = []
    pool = [s for s in ranked if s.prob >= floor]
    while pool and len(chosen) < limit:
        def value(s: Sentence) -> float:
            sim = max((_similar(s, c) for c in chosen), default=0.0)
            same = any(c.cand.article_id == s.cand.article_id for c in chosen)
            return s.prob - 0.5 * sim - (0.05 if same else 0.0)

        best = max(pool, key=value)
        pool.remove(best)
        if any(_similar(best, c) > 0.6 or normalize(best.text) == normalize(c.text) for c in chosen):
            continue  # near-identical to a point already made
        chosen.append(best)
    return chosen


# --- abstention -------------------------------------------------------------------------------

PICK_DEPTH = 3  # sentences looked at for one that supports an answer
PICK_RATIO = 0.5  # ... each at least this share of the best ranking probability


def has_answer_type(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence holds what a factoid question asks for: a date for متى, a count for كم, a name
    for من, a place for أين (the answer-type features of the ranking)."""
    return info.answer_type in FACTOID_TYPES and any(sent.features[7:11])


def holds_short_answer(sent: Sentence, info: QuestionInfo) -> bool:
    """Stricter than has_answer_type: a date / count, a surely-named person, a place phrase."""
    if info.answer_type == "date":
        return bool(sent.features[7])
    if info.answer_type == "number":
        return bool(sent.features[8])
    if info.answer_type == "person":
        return bool(sure_names(sent, info))
    if info.answer_type == "place":
        return bool(place_phrases(sent, info) or sure_names(sent, info))
    return False


def support(sent: Sentence, info: QuestionInfo, type_bonus: float) -> float:
    """How well one sentence supports answering: its coverage of the question (IDF-weighted, framing
    words discounted, fuzzy and related-word matches), plus ``type_bonus`` when it holds the expected
    answer type. Unlike the ranking probability, which is relative to the candidates at hand, this
    tells "the best of weak evidence" from an answer."""
    return sent.coverage + (type_bonus if has_answer_type(sent, info) else 0.0)


def choose(ranked: Sequence[Sentence], info: QuestionInfo, threshold: float,
           type_bonus: float) -> Sentence | None:
    """The sentence to answer with: the best-ranked of the first PICK_DEPTH (within PICK_RATIO of the
    top probability) whose support reaches ``threshold``; None means abstain."""
    if not ranked:
        return None
    floor = ranked[0].prob * PICK_RATIO
    passing = [s for s in ranked[:PICK_DEPTH] if s.prob >= floor and support(s, info, type_bonus) >= threshold]
    if not passing or info.answer_type not in FACTOID_TYPES:
        return passing[0] if passing else None
    # A factoid question is better answered by a sentence that holds its answer: a passing one, or
    # the next / previous sentence of the first passing one, which in news often goes on about the
    # same thing ("استقبلت قلعة صلاح الدين آلاف الزوار. وتقع القلعة قرب مدينة الحفة…").
    for sent in passing:
        if holds_short_answer(sent, info):
            return sent
    first = passing[0]
    for sent in ranked:
        if sent.cand is first.cand and sent.index in (first.index + 1, first.index - 1) and sent.coverage > 0 \
                and holds_short_answer(sent, info):
            return sent
    return first


# --- the answerer -----------------------------------------------------------------------------


class Answerer:
    """Answers questions from an archive's store, retriever and index.

    ``Answerer(archive.store, archive.retriever, archive.analyzer, archive.index).ask("متى …؟")``
    """

    def __init__(self, store: Any, retriever: Any, analyzer: Analyzer, index: Any,
                 model: dict[str, Any] | None = None):
        self.store = store
        self.retriever = retriever
        self.analyzer = analyzer
        self.index = index
        self.model = model or load_model()
        # Abstain below this coverage: how much of the question (IDF-weighted focus terms, fuzzy-matched)
        # the best sentence covers. The ranking probability is relative to the candidates at hand, so
        # it cannot tell "the best of weak evidence" from an answer; coverage can.
        self.threshold = float(self.model.get("threshold", 0.5))
        self.type_bonus = float(self.model.get("type_bonus", 0.0))

    # -- evidence --

    def idf(self, terms: Sequence[str]) -> dict[str, float]:
        if not terms:
            return {}
        num_docs, dfs = self.index.doc_freqs(list(dict.fromkeys(terms)))
        return idf_from_counts(num_docs, dfs)

    def evidence(self, question: str, k_passages: int = 10) -> tuple[QuestionInfo, list[Sentence],
                                                                    dict[int, Article], list[Hit]]:
        """Question analysis, candidate passages and all their sentences ranked best first."""
        info = analyze_question(question, self.analyzer)
        if not info.focus:
            return info, [], {}, []
        # A quote in a question is often a title or a name spelt otherwise than in the archive
        # ("«عاصفة الحزم»"): when requiring it finds nothing, its words still count as words.
        found = self.retriever.candidates(question, k_passages)
        if not found and parse_query(question, self.analyzer).phrases:
            found = self.retriever.candidates(question, k_passages, phrases=False)
        if not found:
            return info, [], {}, []
        # The retriever gives one passage per article; the sentence that answers often sits in the
        # next or previous paragraph of a top article ("…الذي أسقط حكم بشار الأسد في الثامن من ديسمبر"
        # after a paragraph about the appointment), so those come along with the article's rank and score.
        best_pids = {pid for _, pid, _ in found}
        near = [pid + d for _, pid, _ in found[:NEIGHBOR_ARTICLES] for d in (-1, 1) if pid + d not in best_pids]
        passages = self.store.passages([pid for _, pid, _ in found] + near)
        sentences = self.store.sentences_of_passages(passages)
        articles = self.store.articles(aid for _, _, aid in found)
        cands = []
        hits = []
        for rank, (sc, pid, aid) in enumerate(found):
            art = articles[aid]
            pids = [pid] + [q for q in (pid - 1, pid + 1)
                            if q in near and q in passages and passages[q].article_id == aid]
            for q in pids:
                spans = [(s, e) for _, s, e in sentences.get(q, [])] or [(passages[q].start, passages[q].end)]
                cands.append(PassageCandidate(article_id=aid, passage_id=q, rank=rank, score=sc, text=art.text,
                                              sentences=spans, published=art.published))
            p = passages[pid]
            hits.append(Hit(article_id=aid, title=art.title, source=art.source, published=art.published,
                            url=art.url, passage_id=pid, text=p.text, start=p.start, end=p.end,
                            score=round(sc, 4)))
        ranked = rank_sentences(info, self.idf(info.focus), cands, self.analyzer, self.model)
        return info, ranked, articles, hits

    def _common(self, sent: Sentence) -> set[str] | None:
        """Stems of the sentence found in more than 0.5% of the archive's passages; None when the
        archive is too small for frequency to mean anything. (0.5% was the best of 0.1/0.2/0.5% for
        person/place short-answer F1 on ARCD-train.)"""
        stems = [st for st in dict.fromkeys(sent.stems) if st]
        num_docs, dfs = self.index.doc_freqs(stems)
        if num_docs < COMMON_MIN_PASSAGES:
            return None
        return {st for st, df in dfs.items() if df > num_docs * 0.005}

    # -- answer --

    def ask(self, question: str, k_passages: int = 10) -> Answer:
        """Answer ``question`` from the archive, or abstain (``abstained=True``) when the evidence is weak.

        Raises :class:`akhbar.errors.QueryError` (from the retriever) for a question over the length limit.
        """
        question = (question or "").strip()
        if not question:
            info = QuestionInfo("what", "description", [])
            return self._abstain(question, info, [])
        info, ranked, articles, hits = self.evidence(question, k_passages)
        chosen = choose(ranked, info, self.threshold, self.type_bonus)
        if chosen is None:
            return self._abstain(question, info, hits[:5])
        ranked = [chosen] + [s for s in ranked if s is not chosen]
        return self._compose(question, info, ranked, articles)

    def _abstain(self, question: str, info: QuestionInfo, hits: list[Hit]) -> Answer:
        return Answer(question=question, answer_type=info.answer_type, answer=None, points=[], sources=[],
                      abstained=True, message=ABSTAIN_MESSAGE, closest=hits)

    def _compose(self, question: str, info: QuestionInfo, ranked: list[Sentence],
                 articles: dict[int, Article]) -> Answer:
        top = ranked[0]
        focus = set(info.focus)
        sources: list[Source] = []
        points: list[Point] = []

        def cite(sent: Sentence, keep: tuple[int, int] | None = None) -> None:
            s, e = _clause(sent, keep, focus)
            start, end = sent.start + s, sent.start + e
            art = articles[sent.cand.article_id]
            quote = art.text[start:end]
            for src in sources:
                if src.article_id == art.id and src.start == start and src.end == end:
                    return
            n = len(sources) + 1
            sources.append(Source(n=n, article_id=art.id, title=art.title, source=art.source,
                                  published=art.published, url=art.url, quote=quote, start=start, end=end))
            points.append(Point(text=quote, citations=[n]))

        short = None
        if info.answer_type in FACTOID_TYPES:
            span = short_answer(top, info, self._common(top) if info.answer_type in {"person", "place"} else None)
            if span:
                short = top.text[span[0]:span[1]]
            cite(top, span)
            if short:
                # Corroboration: other sources whose good sentences carry the same answer.
                wanted = normalize(short)
                others = {top.cand.article_id}
                for sent in ranked[1:]:
                    if len(points) >= 3 or sent.coverage < self.threshold:
                        break
                    if sent.cand.article_id not in others and wanted in normalize(sent.text):
                        others.add(sent.cand.article_id)
                        cite(sent, None)
        else:
            limit = 5 if info.answer_type in {"list", "description"} else 3
            # The first point met the threshold; the others may cover less of the question (a list's
            # items rarely repeat all of its words) but must still share some of its content.
            pool = [top] + [s for s in ranked[1:] if s.coverage >= self.threshold * 0.4]
            chosen = _diverse(pool, limit, top.prob * 0.3)
            if info.answer_type == "list":
                # A list's items usually follow the sentence that introduces it ("لم يقتصر التعاون على
                # الجانب العسكري. ففي عام 2018… وفي عام 2019…"), repeating none of the question's words.
                follow = sorted((s for s in ranked if s.cand is top.cand and top.index < s.index <= top.index + 2
                                 and s not in chosen), key=lambda s: s.index)
                chosen = (chosen[:1] + follow + chosen[1:])[:limit]
            for sent in chosen:
                cite(sent)
        return Answer(question=question, answer_type=info.answer_type, answer=short, points=points,
                      sources=sources, abstained=False)
