"""Question analysis: question type, expected answer type, focus terms, recency."""

from __future__ import annotations

import pytest

from akhbar.qa.question import analyze_question


@pytest.mark.parametrize("question, qtype, answer_type", [
    ("متى انتهت الحرب العالمية الأولى؟", "when", "date"),
    ("متي ولدت نانسي عجرم", "when", "date"),
    ("في أي عام تأسست الجامعة العربية؟", "when", "date"),
    ("من هو مؤسس شركة أرامكو؟", "who", "person"),
    ("مع من كان يقطن الملك سعود في صغره؟", "who", "person"),
    ("ما اسم رئيس هيئة قناة السويس؟", "who", "person"),
    ("من أين جاءت السفينة؟", "where", "place"),
    ("أين تقع الكويت؟", "where", "place"),
    ("في أي مدينة أقيمت المباراة النهائية؟", "where", "place"),
    ("كم عدد سكان مصر؟", "how_many", "number"),
    ("ما عدد ضحايا الانفجار؟", "how_many", "number"),
    ("ما هو عدد الدول الأعضاء؟", "how_many", "number"),
    ("في نهاية عام 2009 كم كان تعداد سكان العالم؟", "how_many", "number"),
    ("ما هي أسباب انفجار مرفأ بيروت؟", "list", "list"),
    ("ما هي أهم نتائج القمة؟", "list", "list"),
    ("اذكر نتائج المؤتمر", "list", "list"),
    ("لماذا استقالت الحكومة اللبنانية؟", "why", "description"),
    ("كيف تم تعويم السفينة؟", "how", "description"),
    ("هل فاز منتخب الأرجنتين بكأس العالم؟", "yesno", "yesno"),
    # a choice between two is no yes/no question (round 25: "نعم" answered one); "أم" in a name is no choice
    ("هل أقيم العرض في القاعة الكبرى أم في الساحة؟", "what", "description"),
    ("هل غنت أم كلثوم في مسرح الأولمبيا؟", "yesno", "yesno"),
    ("ماذا حدث في قناة السويس؟", "what", "description"),
    ("ما هو التقويم الميلادي؟", "what", "description"),
])
def test_question_type_and_answer_type(question, qtype, answer_type):
    info = analyze_question(question)
    assert (info.qtype, info.answer_type) == (qtype, answer_type)


def test_preposition_min_inside_a_question_is_not_who():
    # "من" here means "of/from", the question asks for a number.
    assert analyze_question("كم شخصا قتل من سكان بيروت؟").qtype == "how_many"


def test_focus_terms_leave_out_the_question_words():
    info = analyze_question("متى وقع انفجار مرفأ بيروت؟")
    assert len(info.focus) == 4  # وقع، انفجار، مرفأ، بيروت (analyzed)
    assert analyze_question("ما هو؟").focus == []


def test_latest_is_a_recency_question():
    assert analyze_question("ما هو آخر قرار للحكومة اللبنانية؟").recency
    assert not analyze_question("ما هو قرار الحكومة اللبنانية؟").recency
