"""A when-answer says what the source says, at the precision asked: "في أي عام" is answered by the year
(not the day and month before it: the cited sentence keeps them), a span of years by the whole span
("بين عامي 2005 و2010", not its first year, which would date the event to 2005), and an end asked of
a sentence telling a start and an end gets the end ("من 28 يوليو 1914 وانتهت في 11 نوفمبر 1918")."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Short items written for these tests (invented places and events).
DRAFTS = [
    ArticleDraft(
        title="متحف الآلات في مدينة النهر",
        text=("وأغلق متحف الآلات في مدينة النهر أبوابه يوم 25 من شباط عام 2010 بعد نقص التمويل.\n"
              "وكان المتحف يعرض آلات موسيقية قديمة جمعها أهل المدينة."),
        published="2022-06-01", source="الوطن", url="https://example.org/museum"),
    ArticleDraft(
        title="مدارس بلدة التلال",
        text=("وبلغت الاعتداءات على مدرسي بلدة التلال ذروتها بين عامي 2005 و2010 بحسب تقرير الوزارة.\n"
              "واشتغل مسرح الساحل الصيفي من 1870 إلى 1939 قبل أن يهدم.\n"
              "وحكم الوالي سليم البلاد ما بين عامي 1805 و1848.\n"
              "واندلعت حرب الجزر في 28 يوليو 1914 وانتهت في 11 نوفمبر 1918."),
        published="2022-06-02", source="الوطن", url="https://example.org/schools"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("spans") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize(("question", "short"), [
    ("في أي عام أغلق متحف الآلات في مدينة النهر؟", "2010"),  # the year asked, not "25 من شباط عام 2010"
    ("متى أغلق متحف الآلات في مدينة النهر؟", "25 من شباط عام 2010"),  # متى: the date as written
    ("متى بلغت الاعتداءات على مدرسي بلدة التلال ذروتها؟", "بين عامي 2005 و2010"),  # was "عامي 2005"
    ("متى اشتغل مسرح الساحل الصيفي؟", "1870 إلى 1939"),  # was "1870"
    ("في أي عام حكم الوالي سليم البلاد؟", "بين عامي 1805 و1848"),  # was "1805": a span asked a year
    ("متى انتهت حرب الجزر؟", "11 نوفمبر 1918"),  # was the start, "28 يوليو 1914"
    ("متى اندلعت حرب الجزر؟", "28 يوليو 1914"),
])
def test_a_when_answer_is_the_date_asked_as_written(archive, question, short):
    answer = archive.ask(question)
    assert not answer.abstained and answer.answer == short


def test_a_year_asked_is_normalised_to_the_year(archive):
    answer = archive.ask("في أي عام أغلق متحف الآلات في مدينة النهر؟")
    assert answer.answer == "2010" and answer.normalized == "2010"
    assert "25 من شباط عام 2010" in answer.points[0].text  # the cited sentence keeps the day


def test_a_when_answer_keeps_its_whole_iso_date(archive):
    # Only a year asked cuts the ISO form to the year; a time of day dropped before the date does not.
    answer = archive.ask("متى أغلق متحف الآلات في مدينة النهر؟")
    assert answer.normalized == "2010-02-25"
