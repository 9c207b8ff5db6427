""""وقع" is an auxiliary ("متى وقع الزلزال": when did it happen) and a deed ("متى وقعت الشركة العقد": when did it sign).
Read as the auxiliary, the question's event became the next word, the complement of the company's name ("للأدوية"),
and the company's sentence on another deed gave its day. The company and its plant are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.constraints import question_constraints
from akhbar.qa.question import analyze_question

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

PLANT = ArticleDraft(
    title="مصنع أدوية جديد في السلط",
    text=("افتتحت شركة النخيل للأدوية مصنعها في مدينة السلط يوم 2 يونيو 2021 بحضور محافظ البلقاء.\n"
          "ووقعت الشركة عقد توريد المواد الخام مع مورد هندي في فبراير 2020."),
    published="2021-06-03", source="أخبار الصناعة", url="https://example.org/nakheel-plant")


def _event(question: str) -> str | None:
    cs = question_constraints(question, analyze_question(question), Analyzer())
    return next((c.text for c in cs if c.kind == "event"), None)


@pytest.mark.parametrize(("question", "event"), [
    # a subject, then an object: signed
    ("متى وقعت شركة النخيل للأدوية عقد توريد المواد الخام؟", "وقعت"),
    ("متى وقعت موسكو ودمشق اتفاق استخدام المطار؟", "وقعت"),
    ("متى وقعت الحكومة اتفاقية قرض مع البنك الدولي؟", "وقعت"),
    # no object: happened, and the event is the subject
    ("متى وقع الزلزال في تركيا؟", "الزلزال"),
    ("متى وقع انفجار مرفأ بيروت؟", "انفجار"),
    ("متى وقعت الحرب العالمية الثانية؟", "الحرب"),
])
def test_signed_when_an_object_follows(question, event):
    assert _event(question) == event


def test_the_day_of_another_deed_is_no_signing_day(tmp_path):
    with Archive.open(tmp_path / "archive") as arc:
        arc.ingest([str(CORPUS)])
        arc.add_articles([PLANT], origin="tests")
        # the plant's opening day is in the only sentence naming "شركة النخيل": no answer to when it signed
        answer = arc.ask("متى وقعت شركة النخيل للأدوية عقد توريد المواد الخام؟")
        assert answer.normalized != "2021-06-02" and "يونيو" not in (answer.answer or "")
        # the control: the signing sentence answers when the question names the company as it does
        answer = arc.ask("متى وقعت الشركة عقد توريد المواد الخام؟")
        assert not answer.abstained and answer.normalized == "2020-02"
