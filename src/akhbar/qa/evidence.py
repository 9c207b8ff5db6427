"""Evidence sentences, steps 2–3 of the answering cascade (see :mod:`akhbar.qa.compose`): the retrieved
passages (:class:`PassageCandidate`), their sentences (:class:`Sentence`), and how much of the
question each sentence covers.

Coverage is the IDF-weighted share of the question's focus words a sentence matches
(:func:`akhbar.qa.match.word_match`: by stem, related news word, consonant skeleton or trigrams), with
framing words (النتائج، الاقتصادية، التعاون) counting for less than the named things of the question.
:mod:`akhbar.qa.rank` turns it and other features into the ranking; :mod:`akhbar.qa.compose` abstains
when no top sentence covers enough.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .. import lexicon
from ..arabic import Analyzer
from ..dates import DateMention, find_dates, reference_day
from .match import bare, fold_words, word_match
from .question import QuestionInfo

# Framing words: they say what kind of answer is wanted ("النتائج الاقتصادية للتعاون"), not what it is
# about, and the answer sentence rarely repeats them. They count for GENERIC_WEIGHT of their IDF in the
# coverage, so the named things of the question (روسيا، سوريا، حميميم) decide it.
_GENERIC = fold_words({"نتايج", "نتيجه", "اسباب", "سبب", "اثار", "اثر", "تداعيات", "عوامل", "انواع", "نوع", "اهم",
                       "ابرز", "اقتصادي", "اقتصاديه", "اقتصاديا", "سياسي", "سياسيه", "عسكري", "عسكريه", "تعاون",
                       "علاقات", "علاقه", "نظام", "وضع", "دور", "موقف", "قضيه", "امر", "امور", "شيء", "اشياء", "حدث",
                       "جانب", "مجال", "مجالات", "عمليه", "حاله", "مستوي", "طريقه", "تاثير", "اهميه", "مفهوم", "معني",
                       "تعريف", "تقع", "يقع", "توجد", "يوجد", "حصل", "جري", "تم", "يتم", "مراحل", "خصائص", "مميزات",
                       "فوائد", "اهداف", "عدد"})
GENERIC_WEIGHT = 0.3
# Punctuation between two words of a sentence that ends a clause; with a sentence's end marks too for
# the steps that also stop at a decimal point or an abbreviation's dot.
CLAUSE_BREAK = re.compile(f"[{re.escape(lexicon.CLAUSE_MARKS)}]")


@dataclass
class PassageCandidate:
    """One retrieved passage, with what sentence ranking needs to know about it."""

    article_id: int
    passage_id: int
    rank: int  # 0 = best
    score: float
    text: str  # the ARTICLE text (offsets below index into it)
    sentences: list[tuple[int, int]]  # sentence offsets in the article text, in order
    published: str | None = None
    title: str = ""


@dataclass
class Sentence:
    """One sentence of a candidate passage, analyzed, with its ranking features and results."""

    cand: PassageCandidate
    index: int  # position among the passage's sentences
    start: int
    end: int
    text: str
    stems: list[str]  # stem of every token ("" for stopwords), in order
    norms: list[str]
    spans: list[tuple[int, int]]  # token offsets relative to the sentence
    features: list[float] = field(default_factory=list)
    prob: float = 0.0
    coverage: float = 0.0  # IDF-weighted share of the question's focus terms this sentence covers (fuzzy)
    # ... it and the sentence before it in its passage cover together ("اجتاحت سيول وادي السير …. وأعلن الدفاع المدني مقتل
    # سبعة أشخاص": qa.choice reads it for a count the sentence before places)
    carried: float = 0.0
    close: dict[str, float] | None = field(default=None, repr=False)  # the re-ranker's features, when read closely
    # the sentence introducing the list this one is an item of (list questions: qa.points.introduce)
    intro: Sentence | None = field(default=None, repr=False, compare=False)
    _dates: list[DateMention] | None = field(default=None, repr=False)
    _bounds: list[int] | None = field(default=None, repr=False)

    @property
    def dates(self) -> list[DateMention]:
        """The date mentions of the sentence, found once (several steps look at them), relative
        dates ("أمس الثلاثاء") resolved against the article's publication date."""
        if self._dates is None:
            self._dates = find_dates(self.text, reference=reference_day(self.cand.published))
        return self._dates

    def token_at(self, char: int) -> int:
        """The index of the token that ends after the sentence-relative offset ``char`` (else the last)."""
        for i, (_, e) in enumerate(self.spans):
            if e > char:
                return i
        return len(self.spans) - 1

    def breaks_before(self, j: int) -> bool:
        """Punctuation ends a clause between token j-1 and token j."""
        return j > 0 and bool(CLAUSE_BREAK.search(self.text[self.spans[j - 1][1]:self.spans[j][0]]))

    @property
    def clause_bounds(self) -> list[int]:
        """The first token of each clause (:meth:`breaks_before`), then the sentence's length; found once (the count,
        date and contrast rules of qa.how_many and qa.counts each ask it of every sentence)."""
        if self._bounds is None:
            self._bounds = [0, *(j for j in range(1, len(self.norms)) if self.breaks_before(j)), len(self.norms)]
        return self._bounds

    def clause_at(self, k: int) -> int:
        """Which clause, from 0, holds token ``k``."""
        bounds = self.clause_bounds
        return bisect_right(bounds, k, 1, len(bounds) - 1) - 1


class ShortAnswer(NamedTuple):
    """A short answer inside one sentence: sentence-relative offsets and how it was found."""

    start: int
    end: int
    method: str  # event | near | counted | role | cue | plain | phrase | cause
    normalized: str | None = None  # the ISO form of a date answer ("2021-03-23")
    # other mentions of the asked kind in the sentence (dates, counts, names, place phrases): a sentence
    # telling two dates leaves the choice to the rules, one telling one date does not
    rivals: int = 0


def token_distance(positions: list[int], start: int, end: int) -> int:
    """Tokens between the span [start, end) and the nearest of ``positions`` (0 inside it, or with none)."""
    if not positions:
        return 0
    return min(0 if start <= p < end else min(abs(p - start), abs(p - (end - 1))) for p in positions)


def content_words(sent: Sentence) -> set[str]:
    """The folded words of the sentence that are not stopwords."""
    return {n for n, st in zip(sent.norms, sent.stems) if st}


def sentences_of(cands: Sequence[PassageCandidate], analyzer: Analyzer) -> list[Sentence]:
    """Every sentence of the candidates, analyzed (in candidate order, then sentence order)."""
    out: list[Sentence] = []
    for cand in cands:
        for i, (s, e) in enumerate(cand.sentences):
            text = cand.text[s:e]
            stems, norms, spans = [], [], []
            for tok in analyzer.tokens(text):
                stems.append("" if tok.stop else tok.stem)
                norms.append(tok.norm)
                spans.append((tok.start, tok.end))
            out.append(Sentence(cand=cand, index=i, start=s, end=e, text=text, stems=stems, norms=norms,
                                spans=spans))
    return out


def matched_positions(sent: Sentence, focus: set[str]) -> list[int]:
    """Token positions of the sentence whose stem is one of the ``focus`` stems."""
    return [i for i, st in enumerate(sent.stems) if st and st in focus]


def is_generic(norm: str) -> bool:
    return norm in _GENERIC or bare(norm) in _GENERIC


def focus_weights(info: QuestionInfo, idf: dict[str, float]) -> dict[str, float]:
    """Weight of each focus stem in the coverage: its IDF, scaled down for framing words."""
    weights: dict[str, float] = {}
    for norm, stem in info.focus_norms:
        w = idf.get(stem, 0.0) * (GENERIC_WEIGHT if is_generic(norm) else 1.0)
        weights[stem] = max(weights.get(stem, 0.0), w)
    return weights


def coverage(sent: Sentence, focus_words: dict[str, str], weights: dict[str, float],
             total_weight: float, before: Sentence | None = None) -> float:
    """The sentence's coverage of the question: each focus word (``focus_words``: stem → folded word)
    counts with its best match in the sentence (word_match), weighted by ``weights`` (focus_weights)
    over their ``total_weight``; with ``before``, in the two sentences together."""
    words = content_words(sent) | (content_words(before) if before is not None else set())
    stems = sent.stems + (before.stems if before is not None else [])
    got = sum(word_match(norm, stem, stems, words) * weights.get(stem, 0.0)
              for stem, norm in focus_words.items())
    return got / total_weight
