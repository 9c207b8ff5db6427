"""ask counts the deed and the thing the question asks: a how-many question counted by its verb ("كم جمع …") needs a
sentence telling that deed and meets the rest of its words (no sum of an unnamed fair, no head count of visitors for a
sum spent); a count told twice ("بلغت … بينما قدرت … الأولية") is the clause of the question's verb or of its own words;
a yes-no question gets no "نعم" from the deed of a relative clause or of another clause's place. TRUST BUGS of the lead's
round 28 probe: each question below was answered, wrongly, on main 7992d17. Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

DRAFTS = [
    ArticleDraft(
        title="سوق الكتاب الخيري في بلدة التلال يختتم أيامه",
        text=("اختتم سوق الكتاب الخيري في بلدة التلال أيامه الخمسة مساء الخميس بحضور نحو أربعة آلاف زائر. "
              "وأعلنت اللجنة أن السوق جمع 36 ألف دينار لدعم مكتبات المدارس، في حين بلغت نفقاته 9 آلاف دينار. "
              "وكرم رئيس اللجنة الطالب الذي تبرع بأكبر عدد من الكتب. "
              "وعاد وزير الثقافة إلى العاصمة بعد أن دشن جناح كتب الأطفال. "
              "وتقع بلدة التلال على بعد 30 كيلومتراً من العاصمة."),
        published="2025-10-02", source="الوطن", url="https://example.org/book-fair"),
    ArticleDraft(
        title="افتتاح نفق الجبل الأخضر",
        text=("افتتح المحافظ نفق الجبل الأخضر يوم السبت. "
              "ونفذت النفق شركة الصخر بكلفة بلغت 40 مليون دينار، بينما قدرت الكلفة الأولية بـ25 مليون دينار."),
        published="2025-10-05", source="الوطن", url="https://example.org/tunnel"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("counted_deed") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question", [
    "كم جمع مزاد الكتاب الخيري؟",  # no book auction in the archive (main: "نحو أربعة آلاف", the visitors)
    "كم أنفق سوق الكتاب الخيري؟",  # no sentence tells a sum spent: "نحو أربعة آلاف" counted visitors
])
def test_no_count_for_a_deed_or_a_thing_the_archive_does_not_tell(archive, question):
    result = archive.ask(question)
    assert result.answer is None and result.abstained


@pytest.mark.parametrize("question, answer", [
    ("كم جمع سوق الكتاب الخيري؟", "36 ألف دينار"),
    ("كم تبعد بلدة التلال عن العاصمة؟", "30 كيلومتراً"),  # a measure, though no sentence writes "تبعد"
])
def test_the_count_of_the_deed_asked(archive, question, answer):
    assert archive.ask(question).answer == answer


@pytest.mark.parametrize("question, answer", [
    ("كم بلغت كلفة نفق الجبل الأخضر؟", "40 مليون دينار"),  # main answered the first estimate
    ("كم قدرت الكلفة الأولية لنفق الجبل الأخضر؟", "25 مليون دينار"),
])
def test_a_count_told_twice_is_the_clause_of_the_question(archive, question, answer):
    assert archive.ask(question).answer == answer


@pytest.mark.parametrize("question", [
    "هل تبرع رئيس اللجنة بأكبر عدد من الكتب؟",  # the student the clause describes did
    "هل دشن وزير الثقافة جناح كتب الأطفال في العاصمة؟",  # the capital is where he went back to
])
def test_no_yes_from_a_deed_of_another_doer_or_place(archive, question):
    assert archive.ask(question).answer != "نعم"
