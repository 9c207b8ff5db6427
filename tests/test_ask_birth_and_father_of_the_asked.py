"""A birth or a father asked of X is told of X, not read off another thing the sentence names (round 22, ask30):

- "متى ولد X مدرب منتخب …؟" and "بدأ X مسيرته عام 1996 بتدريب نادي الميناء (1996-2001)": the bracket dates the
  club spell, not X's life (a year stands between X and it), and the post X is named by ("مدرب") anchors no birth:
  with no birth told, no answer;
- "من هو والد X؟" and "… وابن الرئيس السابق X": the sentence names X as a father; it tells X's child, not X's
  father: no answer. The child's own question ("من هو والد رامي الحداد؟") is still answered by it."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented coach, clubs and presidents).
DRAFTS = [
    ArticleDraft(
        title="نادي الواحة يتعاقد مع مدرب جديد",
        text="أعلن نادي الواحة تعاقده مع المدرب فالنتين كوروفي ليصبح مدرباً للفريق الأول.",
        published="2022-06-01", source="الوطن", url="https://example.org/coach"),
    ArticleDraft(
        title="سيرة المدرب",
        text=("سيرته الذاتية: بدأ كوروفي مسيرته التدريبية عام 1996 بتدريب نادي الميناء الرياضي (1996-2001)، ثم "
              "منتخب الجبل (2001-2004)، ثم نادي الواحة."),
        published="2022-06-01", source="الوطن", url="https://example.org/career"),
    ArticleDraft(
        title="رامي سامر الحداد",
        text=("رامي سامر الحداد (مواليد 3 مايو 1966) هو رئيس جمهورية الواحات وابن الرئيس السابق سامر الحداد، وقد "
              "تولى الرئاسة عام 2001 بعد وفاة أبيه."),
        published="2022-06-01", source="الوطن", url="https://example.org/rami"),
    ArticleDraft(
        title="الرئيس سامر الحداد",
        text="حكم الرئيس سامر الحداد جمهورية الواحات ثلاثين عاماً، من 1971 حتى وفاته عام 2001.",
        published="2022-06-01", source="الوطن", url="https://example.org/samer"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("birth_father") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_club_spell_is_no_birth(archive):
    answer = archive.ask("متى ولد كوروفي مدرب منتخب الجبل؟")
    assert answer.abstained and answer.answer is None


def test_the_career_start_is_still_answered(archive):
    answer = archive.ask("متى بدأ كوروفي مسيرته التدريبية؟")
    assert not answer.abstained and answer.answer == "عام 1996"


def test_a_father_named_as_one_has_no_father_told(archive):
    answer = archive.ask("من هو والد سامر الحداد؟")
    assert answer.abstained


def test_the_childs_father_is_still_answered(archive):
    answer = archive.ask("من هو والد رامي الحداد؟")
    assert not answer.abstained and "سامر الحداد" in answer.points[0].text
