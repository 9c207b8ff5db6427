"""A count asked of one place gets no count told of another: "كم يبلغ عدد سكان X عام 2040" is not answered
by the world's people in that year ("عدد سكان العالم"), in an article whose title names X; the place
completing the counted noun before the number is the count's owner, and a count joined to it by و is
the same owner's. A count told of the asked place, or of
the world when the world is asked, is still answered."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer

# Short items written for these tests: an invented valley the lexicon does not know, a report on its future
# that gives the world's count for the year asked, and a census of the valley itself.
REPORT = ArticleDraft(
    title="تقرير دولي عن مستقبل المدن في وادي سامر",
    text=("ويتوقع معدو الدراسة أن يرتفع عدد سكان العالم إلى 8.9 مليار نسمة بحلول عام 2040 و9.6 مليار نسمة بحلول عام 2050، "
          "يعيش أكثرهم في المدن.\n"
          "ودعا معدو التقرير سلطات وادي سامر إلى التخطيط لشبكات المياه والنقل قبل ذلك الموعد."),
    published="2024-05-05", source="الوطن", url="https://example.org/report")
CENSUS = ArticleDraft(
    title="نتائج التعداد في وادي حيرون",
    text=("وأظهرت نتائج التعداد أن عدد سكان وادي حيرون بلغ 420 ألف نسمة عام 2023، بزيادة طفيفة عن التعداد "
          "السابق.\nوقالت هيئة الإحصاء إن أغلب السكان يعيشون في القرى الزراعية قرب النهر."),
    published="2024-06-06", source="الوطن", url="https://example.org/census")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("place") / "archive")
    assert len(arc.add_articles([REPORT, CENSUS], origin="tests").articles) == 2
    with arc:
        yield arc


def _decide(arc, question):
    answerer = Answerer(arc.store, arc.retriever, arc.analyzer, arc.index)
    info, ranked, _, _ = answerer.evidence(question)
    return answerer.decide(question, info, ranked)


def test_the_world_s_people_are_no_count_of_the_valley(archive):
    for year in ("2040", "2050"):  # the count joined by و to the world's first one is the world's too
        decision = _decide(archive, f"كم يبلغ عدد سكان وادي سامر عام {year}؟")
        assert not decision.passed_rules
        answer = archive.ask(f"كم يبلغ عدد سكان وادي سامر عام {year}؟")
        assert answer.abstained and "8.9" not in (answer.answer or "") and "9.6" not in (answer.answer or "")


def test_the_world_s_people_answer_a_question_about_the_world(archive):
    decision = _decide(archive, "كم يبلغ عدد سكان العالم عام 2040؟")
    assert decision.passed_rules and decision.short is not None
    assert "8.9" in decision.chosen.text[decision.short.start:decision.short.end]


def test_the_valley_s_own_count_is_still_answered(archive):
    decision = _decide(archive, "كم عدد سكان وادي حيرون؟")
    assert decision.passed_rules and decision.short is not None
    assert "420" in decision.chosen.text[decision.short.start:decision.short.end]
