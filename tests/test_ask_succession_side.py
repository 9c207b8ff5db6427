"""Who led a body before or after X: a verb of leading asks for X's predecessor or successor, and the sentence must tie a
succession word to X on the side asked.

"من قاد هيئة تحرير الشام قبل أحمد الشرع؟" was answered (0.88) by the sentence giving al-Sharaa's former name: "قاد" was
no word of an office, so "قبل X" was read as a time. "من تولى رئاسة اتحاد الكرة قبل X؟" was answered with X's successor
from "Y … خلفاً لـX". The articles here are invented.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer
from akhbar.qa.succession import succession_target

MOVEMENT = ArticleDraft(
    title="حركة الوادي تنظم مسيرة في مدينة السهل",
    text=("نظمت حركة الوادي الطلابية مسيرة حاشدة في مدينة السهل يوم السبت بقيادة سامر الخياط، الذي عرف في "
          "سنوات الجامعة باسم أبي نور.\n"
          "وطالب المشاركون في المسيرة بخفض رسوم التسجيل في الجامعات الحكومية."),
    published="2024-04-14", source="صوت السهل", url="https://example.org/wadi-march")
UNION = ArticleDraft(
    title="نقيب جديد للمهندسين",
    text=("انتخبت الهيئة العامة لنقابة المهندسين ياسر القاسم نقيباً للمهندسين في دورتها الجديدة خلفاً لعادل النجار.\n"
          "وتعهد القاسم بإطلاق صندوق لدعم المهندسين حديثي التخرج."),
    published="2023-05-20", source="صوت السهل", url="https://example.org/engineers-union")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("succession_side") / "archive") as arc:
        assert len(arc.add_articles([MOVEMENT, UNION], origin="tests").articles) == 2
        yield arc


def decided(archive: Archive, question: str):
    answerer = Answerer(archive.store, archive.retriever, archive.analyzer, archive.index)
    info, ranked, _, _ = answerer.evidence(question)
    decision = answerer.decide(question, info, ranked)
    short = decision.chosen.text[decision.short.start:decision.short.end] \
        if decision.chosen is not None and decision.short is not None else None
    return decision, short


def test_who_led_before_x_is_not_answered_by_x_former_name(archive):
    # The sentence says the march was led by الخياط and gives his student name: nothing on who led before him.
    from akhbar.qa.succession import succession_side

    question = "من قاد حركة الوادي الطلابية قبل سامر الخياط؟"
    assert succession_target(question) == ["سامر", "خياط"] and succession_side(question) == "before"
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None
    assert decided(archive, question)[0].why == "no succession"


def test_a_successor_told_by_khalafan_is_no_predecessor(archive):
    # "ياسر القاسم … خلفاً لعادل النجار" tells who came after النجار, not who came before him.
    question = "من كان نقيب المهندسين قبل عادل النجار؟"
    answer = archive.ask(question)
    assert answer.abstained and "القاسم" not in (answer.answer or "")


def test_x_succeeding_y_tells_who_came_before_x_and_x_is_no_answer(archive):
    # "ياسر القاسم … خلفاً لعادل النجار": النجار came before القاسم; القاسم himself is no short answer.
    question = "من كان نقيب المهندسين قبل ياسر القاسم؟"
    decision, short = decided(archive, question)
    assert decision.why != "no succession" and "خلفاً لعادل النجار" in decision.chosen.text
    assert short is None or "القاسم" not in short


@pytest.mark.parametrize("question", ["من قاد المنتخب إلى الفوز قبل النهائي؟", "من قاد الجيش بعد سقوط المدينة؟",
                                      "من قاد الحملة بعد ذلك؟"])
def test_a_leader_asked_before_a_time_asks_no_succession(question):
    assert succession_target(question) == []
