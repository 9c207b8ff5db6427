"""Timelines, round 22: a page fetched after midnight that says "today" was written the day before.

Every sentence here is written for these tests (none is quoted from a news source). Papers post the evening's news
and a crawler fetches it in the small hours: the page's day is then the next one, and its "اليوم" is the evening
before. What a user of the timeline checks: when another page of the same day tells the same report and dates it
"yesterday", the report is filed once, under the day before, with both pages as its sources; a bulletin of the day
before that also says "today" is another bulletin, not a witness, and a page alone keeps its own day.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

pytestmark = pytest.mark.usefixtures("timeline_rules_only")

QUERY = "رابطة الشطرنج الوطنية"
TODAY = "أعلنت رابطة الشطرنج الوطنية اليوم اختيار ثلاثة حكام من النرويج لإدارة المباراة النهائية للبطولة في مدينة الدمام."
YESTERDAY = ("اختارت رابطة الشطرنج الوطنية أمس ثلاثة حكام من النرويج لإدارة المباراة النهائية للبطولة في الدمام، وقال متحدث "
             "باسم الرابطة إن القرار جاء بعد مشاورات طويلة مع الأندية المشاركة.\n\nويتنافس في النهائي لاعبان من الرياض وجدة "
             "على اللقب الذي يحمله لاعب من المدينة المنورة منذ عامين.")


def _timeline(tmp_path, drafts: list[ArticleDraft]) -> list[tuple[str, int]]:
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles(drafts)
        return [(e.date, len(e.sources)) for e in archive.timeline(QUERY)]


def test_a_page_of_the_small_hours_that_says_today_joins_the_day_its_copy_names(tmp_path):
    # Both pages were fetched on Thursday 5 March; the second says the referees were chosen yesterday, Wednesday.
    late = ArticleDraft(title="حكام النهائي", published="2026-03-05", source="صحيفة الشرق", text=TODAY)
    copy = ArticleDraft(title="النرويج تحكم النهائي", published="2026-03-05", source="صحيفة الغرب", text=YESTERDAY)
    assert _timeline(tmp_path, [late, copy]) == [("2026-03-04", 2)]


def test_a_bulletin_of_the_day_before_that_says_today_is_another_day(tmp_path):
    # The same wording on two days' pages, each "today": two reports (a daily bulletin), not a late copy.
    first = ArticleDraft(title="حكام النهائي", published="2026-03-04", source="صحيفة الغرب", text=TODAY)
    second = ArticleDraft(title="حكام النهائي مجددا", published="2026-03-05", source="صحيفة الشرق",
                          text=TODAY.replace("ثلاثة", "أربعة"))
    assert [d for d, _ in _timeline(tmp_path, [first, second])] == ["2026-03-04", "2026-03-05"]


def test_a_page_alone_keeps_its_own_day(tmp_path):
    late = ArticleDraft(title="حكام النهائي", published="2026-03-05", source="صحيفة الشرق", text=TODAY)
    assert _timeline(tmp_path, [late]) == [("2026-03-05", 1)]
