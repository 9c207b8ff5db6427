"""A father asked of X, where the sentence names X's father with a title before him (round 22, ask32):

- "X (…) هو … وابن الشيخ الراحل Y": Y is X's father, so "من هو والد X؟" (with or without X's title) is answered Y;
- asked of Y himself ("ما اسم والد الشيخ Y؟"), the sentence tells Y's child, not Y's father: no answer, and never
  the title's adjective ("الراحل") as the name;
- "X هو … وابن عم Y" names X's cousin: Y is no answer to "من هو والد X؟"."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented governor, his father and a province).
DRAFTS = [
    ArticleDraft(
        title="نادر كمال العطار",
        text=("نادر كمال العطار (مواليد 9 أكتوبر 1971) هو محافظ إقليم السهول الشرقية وابن الشيخ الراحل كمال العطار، "
              "وقد تسلم المحافظة سنة 2010."),
        published="2023-02-01", source="الوطن", url="https://example.org/nader"),
    ArticleDraft(
        title="الشيخ كمال العطار",
        text="قاد الشيخ كمال العطار قبيلته في إقليم السهول الشرقية خمسة وعشرين عاماً حتى وفاته سنة 2009.",
        published="2023-02-01", source="الوطن", url="https://example.org/kamal"),
    ArticleDraft(
        title="سليم فارس",
        text="سليم فارس (مواليد 1975) هو نائب محافظ إقليم السهول الشرقية وابن عم الشيخ كمال العطار.",
        published="2023-02-01", source="الوطن", url="https://example.org/salim"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("father_title") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question", ["من هو والد نادر العطار؟", "من هو والد الشيخ نادر كمال العطار؟"])
def test_the_titled_father_after_wa_ibn_is_the_answer(archive, question):
    answer = archive.ask(question)
    assert not answer.abstained and answer.answer == "كمال العطار"


def test_the_fathers_own_father_is_not_told(archive):
    answer = archive.ask("ما اسم والد الشيخ كمال العطار؟")
    assert answer.answer != "الراحل"
    assert answer.abstained


def test_a_cousin_is_no_father(archive):
    answer = archive.ask("من هو والد سليم فارس؟")
    assert answer.answer != "كمال العطار"
