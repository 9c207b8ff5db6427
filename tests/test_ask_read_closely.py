"""No "نعم" from a sentence that does not tell the question's statement (TRUST BUGS of the lead's round 26 probe, each
answered "نعم" at 0.62 to 0.95): the two parties of "قبل" exchanged, an ambassador's two countries exchanged, a bank
named after a country, a decision given up, a hoped-for win, one accused of the deed, a total read as the count, the
doer after "على يد" made the object, a relative clause's own doer, a deed one could not do, a place "بدلاً من" the one
used, a university named after its city."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented town and its people).
DRAFTS = [
    ArticleDraft(
        title="مهرجان التمور يختتم دورته في واحة السدر",
        text=("وصل محافظ الواحة إلى حفل ختام مهرجان التمور قبل وزير الزراعة بنصف ساعة. "
              "والتقى سفير الكويت في عمان بالمزارعين المشاركين في المهرجان. "
              "وأعلن بنك عمان تقديم قروض ميسرة لمزارعي النخيل بقيمة مليون ريال. "
              "وتراجعت البلدية عن قرارها بفرض رسوم على أكشاك المهرجان. "
              "ويأمل نادي الواحة في الفوز بدرع المهرجان الرياضي هذا العام. "
              "ومثل المتهم بسرقة مخزن التمور أمام المحكمة يوم الأربعاء. "
              "وفازت 15 مزرعة من أصل 60 مزرعة بشهادة الجودة."),
        published="2025-10-30", source="الوطن", url="https://example.org/dates"),
    ArticleDraft(
        title="عاصفة ثلجية تضرب بلدة الرمان",
        text=("خطف مدير مدرسة الرمان على يد عصابة مسلحة مساء الأحد. "
              "وزار المحافظ السد الذي بناه المهندسون الألمان قبل نصف قرن. "
              "وتعذر على سيارات الإسعاف الوصول إلى قرية التين بسبب الثلوج. "
              "وهبطت طائرة الشحن في مطار الرمان بدلاً من مطار الكرمة. "
              "وأعلنت جامعة حلب تعليق الدوام ثلاثة أيام."),
        published="2025-12-21", source="الوطن", url="https://example.org/snow"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("read_closely") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question", [
    "هل وصل وزير الزراعة إلى حفل ختام مهرجان التمور قبل محافظ الواحة؟",  # the governor came first
    "هل التقى سفير عمان في الكويت بالمزارعين المشاركين في المهرجان؟",  # Kuwait's ambassador in Oman
    "هل قدمت عمان قروضاً ميسرة لمزارعي النخيل؟",  # a bank named Oman's
    "هل فرضت البلدية رسوماً على أكشاك المهرجان؟",  # the decision was given up
    "هل فاز نادي الواحة بدرع المهرجان الرياضي؟",  # it only hopes to
    "هل سرق المتهم مخزن التمور؟",  # he is accused of it
    "هل فازت 60 مزرعة بشهادة الجودة؟",  # 15 of 60 did
    "هل خطف مدير مدرسة الرمان عصابة مسلحة؟",  # the gang took him
    "هل بنى المحافظ السد؟",  # the engineers built it
    "هل وصلت سيارات الإسعاف إلى قرية التين؟",  # they could not
    "هل هبطت طائرة الشحن في مطار الكرمة؟",  # instead of there
    "هل علقت حلب الدوام ثلاثة أيام؟",  # its university did
])
def test_no_yes_from_a_sentence_that_tells_otherwise(archive, question):
    answer = archive.ask(question)
    assert answer.answer != "نعم"


def test_the_fact_the_sentence_tells_is_still_answered(archive):
    assert archive.ask("هل وصل محافظ الواحة إلى حفل ختام مهرجان التمور قبل وزير الزراعة؟").answer == "نعم"
    assert archive.ask("كم مزرعة فازت بشهادة الجودة؟").answer == "15 مزرعة"
