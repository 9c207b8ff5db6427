"""A deed the archive only tells as planned, asked for, tried or supposed is no answer to a question about it done
(TRUST BUG, round 23): "متى أغلق المصنع؟" was answered with the day a minister said the government was weighing the
closure, and "هل أغلقت الحكومة المصنع؟" with "نعم". The abstention says why; what the archive tells as done is still
answered."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import NOT_DONE_MESSAGE

# Written for this test (an invented town, its refinery and its stadium).
DRAFTS = [
    ArticleDraft(
        title="مصير مصفاة وادي السنديان",
        text=("قال وزير الطاقة يوم الأربعاء إن الحكومة تدرس إغلاق مصفاة وادي السنديان بسبب تسرب الغاز منها. "
              "وطالب سكان البلدة بتعويض المزارعين المتضررين من التسرب. "
              "وكانت المصفاة قد شُغّلت عام 1979 ويعمل فيها نحو 450 موظفاً."),
        published="2023-04-12", source="الوطن", url="https://example.org/refinery"),
    ArticleDraft(
        title="ملعب البلدة الجديد",
        text=("تأجل افتتاح ملعب وادي السنديان الجديد إلى شهر نوفمبر المقبل بسبب تأخر أعمال الإنارة. "
              "ويتسع الملعب لثمانية عشر ألف متفرج."),
        published="2023-06-20", source="الوطن", url="https://example.org/stadium"),
    ArticleDraft(
        title="مخزن الأسمدة",
        text="واتهمت جمعية المزارعين صاحب المخزن بخلط الأسمدة بمواد مغشوشة.",
        published="2023-07-02", source="الوطن", url="https://example.org/store"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("not_done") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question", [
    "متى أغلقت الحكومة مصفاة وادي السنديان؟",  # weighed only ("تدرس إغلاق"), not the day it was said
    "هل أغلقت الحكومة مصفاة وادي السنديان؟",  # no "نعم"
    "متى افتتح ملعب وادي السنديان الجديد؟",  # put off to a month to come
    "هل خلط صاحب المخزن الأسمدة بمواد مغشوشة؟",  # an accusation, no "نعم"
])
def test_a_deed_the_archive_does_not_tell_as_done_is_not_answered(archive, question):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None
    assert answer.message == NOT_DONE_MESSAGE


def test_what_the_archive_tells_as_done_is_answered(archive):
    answer = archive.ask("متى شغلت مصفاة وادي السنديان؟")
    assert not answer.abstained
    assert answer.answer == "عام 1979"
