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
4. **Constraints and choice** (:mod:`akhbar.qa.decide`, :mod:`akhbar.qa.constraints`, :mod:`akhbar.qa.choice`): every year or
   date, number, quoted phrase and name of the question must be in the evidence sentence or its
   article's title or date; when none of the sentences about the question satisfies one, the answer
   abstains and names it ("لا يذكر الأرشيف شيئاً عن كأس العالم 2018"). Among the sentences that do,
   the first of the top ones covering enough of the question answers — one that joins the question's
   nouns as it does ("رئاسة سوريا", not "رئاسة حكومة") and tells of its event ("متى توفي": the
   sentence on the death, not the birth); the claim checker (:func:`akhbar.verify.check_claim`) sends a
   sentence back when it contradicts the question turned into a statement.
5. **Answer by role** (:mod:`akhbar.qa.short`, :mod:`akhbar.qa.roles`): the agent of the question's
   verb for من, the date of its event for متى (as written and as an ISO date), the count of the
   counted noun with its unit for كم, the place phrase for أين, the cause clause for لماذا, نعم / لا
   for هل (لا only when the sentence says the opposite). A who / when answer must stand by the
   question's event word or role noun; a sentence with neither near does not answer.
6. **Confidence** (:mod:`akhbar.qa.confidence`): a logistic model fitted with cross-validation on
   XQuAD-ar + ARCD gives the probability that the first point holds the answer (it reads, among
   others, how rare in the archive the rarest question word is that the sentence leaves out: every
   rare word is a constraint, not only the names of the lexicon); below its threshold
   (chosen for precision) the answer abstains. A list question has a model of its own (any of its
   points holding the answer). Another one decides whether the short answer is shown.
7. **Composition** (:meth:`Answerer.compose`): factoid questions get the answering sentence as point 1
   (plus corroborating sentences from other sources) and the short answer when it is sure enough;
   description and list questions get up to five diverse points (:mod:`akhbar.qa.points`, chosen in
   step 4), a list's items after the sentence introducing it, in date order, without filler
   sentences. Every point is an exact slice of a stored article, and its numbered source gives the
   offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..arabic import Analyzer
from ..models import Answer, Article, Hit, Point, Source
from ..retrieve import parse_query
from .choice import FACTOID_TYPES
from .confidence import short_model
from .constraint_check import describe, known_bases
from .constraints import question_constraints
from .decide import Decision, decide
from .evidence import PassageCandidate, Sentence, matched_positions
from .match import idf_from_counts
from .question import QuestionInfo, analyze_question
from .rank import load_model, rank_sentences
from .rare import rarity_of
from .rerank import Reranker, rerank

ABSTAIN_MESSAGE = "لم أجد في الأرشيف ما يجيب عن هذا السؤال."
UNSURE_MESSAGE = "لم أجد في الأرشيف ما يجيب عن هذا السؤال بثقة كافية."
YESNO_MESSAGE = "لم أجد في الأرشيف ما يؤكد ذلك أو ينفيه."
NO_DATE_MESSAGE = "وجدت في الأرشيف ما يتصل بالسؤال، لكن لا تاريخ فيه لما يسأل عنه."
NO_NUMBER_MESSAGE = "وجدت في الأرشيف ما يتصل بالسؤال، لكن لا عدد فيه لما يسأل عنه."
NO_NAME_MESSAGE = "وجدت في الأرشيف ما يتصل بالسؤال، لكنه يذكر المنصب دون اسم من يشغله."
NO_NAME_OFFICE_MESSAGE = "وجدت في الأرشيف ما يتصل بالسؤال، لكنه يذكر «{}» دون اسم من يشغله."
NOT_DONE_MESSAGE = "وجدت في الأرشيف ما يتصل بالسؤال، لكنه لا يقول إن ذلك حدث: يذكره خطةً أو طلباً أو محاولةً أو ظناً أو اتهاماً."
OPPOSITE_MESSAGE = "وجدت في الأرشيف ما يتصل بالسؤال، لكنه يقول عكس ما يسأل عنه."
OTHER_PARTY_MESSAGE = "وجدت في الأرشيف ما يتصل بالسؤال، لكنه يقوله عن غير ما يسأل عنه: «{}»."

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
        found = self.model.get("reranker")
        self.reranker: Reranker | None = found if isinstance(found, Reranker) or found is None else Reranker.of(found)

    # -- evidence --

    def idf(self, terms: Sequence[str]) -> dict[str, float]:
        if not terms:
            return {}
        num_docs, dfs = self.index.doc_freqs(list(dict.fromkeys(terms)))
        return idf_from_counts(num_docs, dfs)

    def evidence(self, question: str, k_passages: int = 10, exclude: frozenset[int] = frozenset()
                 ) -> tuple[QuestionInfo, list[Sentence], dict[int, Article], list[Hit]]:
        """Question analysis, candidate passages and all their sentences ranked best first.
        ``exclude``: article ids to leave out, as if the archive did not hold them (the benchmark asks
        questions whose paragraph is absent this way)."""
        info = analyze_question(question, self.analyzer)
        if not info.focus:
            return info, [], {}, []
        # A quote in a question is often a title or a name spelt otherwise than in the archive
        # ("«عاصفة الحزم»"): when requiring it finds nothing, its words still count as words.
        wanted = k_passages + len(exclude)
        found = self.retriever.candidates(question, wanted, phrases="required")
        if not found and parse_query(question, self.analyzer).phrases:
            found = self.retriever.candidates(question, wanted, phrases="words")
        found = [f for f in found if f[2] not in exclude][:k_passages]
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
                                              sentences=spans, published=art.published, title=art.title or ""))
            p = passages[pid]
            hits.append(Hit(article_id=aid, title=art.title, source=art.source, published=art.published,
                            url=art.url, passage_id=pid, text=p.text, start=p.start, end=p.end,
                            score=round(sc, 4)))
        ranked = rank_sentences(info, self.idf(info.focus), cands, self.analyzer, self.model)
        if self.reranker is not None:
            constraints = known_bases(question_constraints(question, info, self.analyzer), ranked, self.analyzer)
            ranked = rerank(question, info, constraints, ranked, self.analyzer, self.reranker)
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
        """Answer ``question`` from the archive, or abstain (``abstained=True``) when the evidence is weak
        or leaves one of the question's constraints unmet (``missing`` names it).

        Raises :class:`akhbar.errors.QueryError` (from the retriever) for a question over the length limit.
        """
        question = (question or "").strip()
        if not question:
            info = QuestionInfo("what", "description", [])
            return self._abstain(question, info, Decision(None, []), [])
        info, ranked, articles, hits = self.evidence(question, k_passages)
        decision = self.decide(question, info, ranked)
        return self.compose(question, info, decision, ranked, articles, hits)

    def decide(self, question: str, info: QuestionInfo, ranked: Sequence[Sentence]) -> Decision:
        """Steps 4–6: constraints, checker, choice, confidence (:func:`akhbar.qa.decide.decide`)."""
        num_docs, dfs = self.index.doc_freqs(info.focus)
        return decide(question, info, ranked, self.analyzer, self.model, self._common,
                      small_archive=num_docs < COMMON_MIN_PASSAGES, rarity=rarity_of(num_docs, dfs))

    def compose(self, question: str, info: QuestionInfo, decision: Decision, ranked: list[Sentence],
                articles: dict[int, Article], hits: list[Hit]) -> Answer:
        """The Answer of a decision: cited points and the short answer, or the abstention and its reason."""
        if not decision.answered or decision.chosen is None:
            return self._abstain(question, info, decision, hits[:5])
        return self._compose(question, info, decision, ranked, articles)

    def _abstain(self, question: str, info: QuestionInfo, decision: Decision, hits: list[Hit]) -> Answer:
        told: list[str] = []
        if decision.why == "constraint" and decision.missing:
            apart = [c for c in decision.missing if c.kind not in ("before", "after") and self._told(c.text)]
            told = list(dict.fromkeys(c.text for c in apart))
            message = describe(decision.missing, told=apart)
        elif decision.why in ("confidence", "list rank"):
            message = UNSURE_MESSAGE
        elif decision.why in ("no date", "no number"):
            message = NO_DATE_MESSAGE if decision.why == "no date" else NO_NUMBER_MESSAGE
        elif decision.why == "no name":
            message = NO_NAME_OFFICE_MESSAGE.format(decision.told_of) if decision.told_of else NO_NAME_MESSAGE
        elif decision.why == "not done":
            message = NOT_DONE_MESSAGE
        elif decision.why == "opposite":
            message = OPPOSITE_MESSAGE
        elif decision.why == "another party":
            message = OTHER_PARTY_MESSAGE.format(decision.told_of)
        elif decision.why == "coverage" and info.answer_type == "yesno" and decision.chosen is not None:
            message = YESNO_MESSAGE
        else:
            message = ABSTAIN_MESSAGE
        return Answer(question=question, answer_type=info.answer_type, answer=None, points=[], sources=[],
                      abstained=True, message=message, closest=hits,
                      confidence=round(decision.confidence, 3) if decision.chosen is not None else 0.0,
                      missing=list(dict.fromkeys(c.text for c in decision.missing)), apart=told)

    def _told(self, text: str) -> bool:
        """Whether some article of the archive holds ``text`` as a phrase: the abstention may then not say
        the archive tells nothing of it ("مدينة الواحة" named by an article the question did not reach)."""
        words = re.sub(r'["“”«»]', " ", text).strip()
        return bool(words) and bool(self.retriever.candidates(f'"{words}"', 1, phrases="required", hybrid=False))

    def _compose(self, question: str, info: QuestionInfo, decision: Decision, ranked: list[Sentence],
                 articles: dict[int, Article]) -> Answer:
        top = decision.chosen
        assert top is not None
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

        short: str | None = None
        normalized: str | None = None
        found = decision.short
        if info.answer_type == "yesno":
            short = decision.yesno
            cite(top)
        elif info.answer_type in FACTOID_TYPES or found is not None:
            if found is not None and decision.short_confidence >= short_model(self.model).threshold:
                short = top.text[found.start:found.end]
                normalized = found.normalized
            cite(top, (found.start, found.end) if found else None)
            for sent in decision.corroborating[:2]:
                cite(sent)
        else:
            for sent in decision.points or [top]:
                cite(sent)
        return Answer(question=question, answer_type=info.answer_type, answer=short, points=points,
                      sources=sources, abstained=False, confidence=round(decision.confidence, 3),
                      normalized=normalized)
