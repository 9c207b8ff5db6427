"""A time limit set by an event ("قبل فوزه بنوبل") is a constraint the counted fact must satisfy: a count of all of a
writer's novels is no count of those written before the prize (issue 12, heldout6 of bench/ask_corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.qa.before_after import limits

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("corpus") / "archive") as archive:
        archive.ingest([str(CORPUS)])
        yield archive


def test_a_total_is_no_count_before_the_prize(corpus):
    # The archive says he wrote more than thirty novels, not when: before the prize it says nothing.
    whole = corpus.ask("كم رواية كتب نجيب محفوظ؟")
    assert not whole.abstained and "ثلاثين" in whole.answer
    for question, limit in (("كم رواية كتب نجيب محفوظ قبل فوزه بنوبل؟", "قبل فوزه بنوبل"),
                            ("كم رواية كتب نجيب محفوظ بعد فوزه بنوبل؟", "بعد فوزه بنوبل")):
        answer = corpus.ask(question)
        assert answer.abstained and answer.answer is None and answer.points == []
        assert limit in answer.missing and limit in answer.message, answer.message
        assert "لا يذكر الأرشيف شيئاً عن " + limit not in answer.message  # the prize is told: only not the count


def test_the_demo_successor_after_an_event_is_still_answered(corpus):
    # Counts only: "بعد سقوط الأسد" of a who-question is answered by the appointment, dated after the fall.
    answer = corpus.ask("من تولى رئاسة سوريا في المرحلة الانتقالية بعد سقوط الأسد؟")
    assert not answer.abstained and "أحمد الشرع" in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("كم رواية كتب الكاتب قبل فوزه بالجائزة؟", ["قبل فوزه بالجائزة"]),
    ("كم قتيلاً سقط بعد انهيار السد؟", ["بعد انهيار السد"]),
    ("كم هدفاً سجل اللاعب قبل عام 2010؟", []),  # a date: the date constraint's
    ("كم يوماً بقي المعبر مغلقاً بعد ذلك؟", []),  # an offset
    ("كم مرة زار الوزير المدينة بعد يومين؟", []),
    ("كم مبنى هدم من قبل البلدية؟", []),  # the agent of a passive
])
def test_only_an_event_sets_a_limit(question, expected):
    assert [c.text for c in limits(question, Analyzer(), [])] == expected
