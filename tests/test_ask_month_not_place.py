"""A place the question names is not met by a month that shares its stem: "اليونان" and "يونيو" both
fold to the stem يون, so a sentence dating a Turkish office "في 9 يونيو" passed the question's
constraint "اليونان" and answered when that man became Greece's premier (round 20 ask27)."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented politician).
DRAFTS = [
    ArticleDraft(
        title="سليم داود قرطاس",
        text=("سليم داود قرطاس سياسي تركي، انتخب رئيساً لبلدية إزمير في انتخابات مبكرة في 12 يونيو 2016 "
              "وتسلم مهامه في 20 يونيو 2016."),
        published="2022-06-01", source="الوطن", url="https://example.org/qurtas"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("month_place") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_month_does_not_stand_for_the_asked_country(archive):
    answer = archive.ask("متى أصبح سليم داود قرطاس رئيساً لليونان؟")
    assert answer.abstained and "2016" not in (answer.answer or "")


def test_the_office_the_sentence_tells_is_answered(archive):
    answer = archive.ask("متى انتخب سليم داود قرطاس رئيساً لبلدية إزمير؟")
    assert not answer.abstained and "2016" in answer.answer
