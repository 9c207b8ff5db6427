"""The re-ranker's first sentence keeps its place unless a rule sets it aside or the sentence that would
replace it is ranked close to it (choice.TELLS_RATIO / MOVE_RATIO / BESIDE_RATIO, chosen by 5-fold CV on
XQuAD-ar + ARCD: bench/qa_notes.md, round 15). The sentences are written for these tests."""

from __future__ import annotations

from akhbar.arabic import get_analyzer
from akhbar.qa.choice import choose
from akhbar.qa.evidence import PassageCandidate
from akhbar.qa.question import analyze_question
from akhbar.qa.rank import rank_sentences

QUESTION = "متى افتتح الجسر الجديد في مدينة الواحة؟"
# The first tells when the bridge was planned (a date, not of the opening); the second tells the opening.
TEXT = ("وقال رئيس بلدية مدينة الواحة إن الجسر الجديد خطط له عام 2015 لتخفيف الزحام. "
        "وافتتح الجسر الجديد في مدينة الواحة يوم 3 مارس 2021.")


def ranked_with(first_prob: float, second_prob: float):
    analyzer = get_analyzer()
    info = analyze_question(QUESTION, analyzer)
    spans = [(0, TEXT.index("وافتتح") - 1), (TEXT.index("وافتتح"), len(TEXT))]
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=TEXT, sentences=spans)
    sents = sorted(rank_sentences(info, dict.fromkeys(info.focus, 1.0), [cand], analyzer), key=lambda s: s.index)
    sents[0].prob, sents[1].prob = first_prob, second_prob
    return info, sents


def test_a_sentence_telling_the_event_replaces_the_first_when_ranked_close_to_it():
    info, sents = ranked_with(0.6, 0.45)
    assert choose(sents, info, threshold=0.1, type_bonus=0.0) is sents[1]


def test_the_first_keeps_its_place_against_one_ranked_far_below_it():
    # SQuAD-style questions name their event in other words than the sentence holding the answer:
    # the first of the re-ranker was more often right than the one further down that "tells" it.
    info, sents = ranked_with(0.6, 0.2)
    assert choose(sents, info, threshold=0.1, type_bonus=0.0) is sents[0]
