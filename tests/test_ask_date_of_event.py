"""A when-answer is the date of the question's own event, not a neighbouring one's (round 22, ask30):

- "في أي سنة": the unit "سنة" / "عام" stands before every year of the sentence, so it says nothing of which year
  is asked; the date follows the thing it dates ("معاهدة الوادي سنة 1921 ومعاهدة السهل سنة 1934": the plain's
  treaty is 1934, not the first year the sentence writes);
- a span "من … في D1 إلى <the event> في D2": D1 is the start of the span, another event's date; D2 is the
  event's."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented kingdom, its treaties and its war).
DRAFTS = [
    ArticleDraft(
        title="ذكرى التوقيع على معاهدتي الحدود",
        text=("نظّمت مملكة الساحل حدودها الشمالية عبر معاهدتين: معاهدة الوادي سنة 1921 ومعاهدة السهل سنة 1934 "
              "(المعروفة اليوم بمعاهدة الحدود الكبرى)."),
        published="2022-06-01", source="الوطن", url="https://example.org/treaties"),
    ArticleDraft(
        title="حرب الجزر",
        text=("دامت الحرب بين المملكتين ست سنوات، من معركة التل الأحمر في 1802 إلى الاستيلاء على قلعة المرجان "
              "في 1808."),
        published="2022-06-01", source="الوطن", url="https://example.org/war"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("date_of_event") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_the_year_after_the_named_treaty_not_the_first_year(archive):
    answer = archive.ask("في أي سنة تم التوقيع على معاهدة السهل؟")
    assert not answer.abstained
    assert answer.answer == "1934"


def test_the_date_after_the_event_not_the_spans_start(archive):
    answer = archive.ask("متى تم الاستيلاء على قلعة المرجان؟")
    assert not answer.abstained
    assert answer.answer == "1808"
