"""Timelines, round 18: a fetch batch that holds pages of every week dates nothing from its fetch day.

Every sentence here is written for these tests (none is quoted from a news source). A site fetched for the first time
on Friday 24 July 2015 gives back its old pages with the new: their "اليوم (الأحد)" is a Sunday of some week, not
necessarily the last one. What a user of the timeline checks: such a page's event is not filed under last Sunday
when the batch shows pages of every weekday; the same page fetched with pages of the last days keeps its Sunday.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

pytestmark = pytest.mark.usefixtures("timeline_rules_only")

FETCHED = "2015-07-24"  # a Friday
WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
_BODIES = ["بلدية", "جمعية", "غرفة", "هيئة", "لجنة", "مؤسسة", "إدارة"]
_FIELDS = ["الزراعة", "التجارة", "الرياضة", "الثقافة", "السياحة", "الإسكان", "الصحة"]
_PLACES = ["تبوك", "حائل", "أبها", "جازان", "نجران", "الجوف", "القريات"]
_DEEDS = ["ورشة عن الري الحديث", "معرضا للكتب المستعملة", "سباقا للدراجات", "ندوة عن التراث",
          "مهرجانا للعسل", "حملة لزراعة الأشجار", "دورة في الإسعاف"]
FACTORY = "أعلنت شركة الواحة للتمور اليوم ({day}) افتتاح مصنعها الجديد في الأحساء بطاقة ألف طن."


def _page(n: int, day: str) -> ArticleDraft:
    body, field, place = _BODIES[n % 7], _FIELDS[(n // 7 + n) % 7], _PLACES[(n * 3) % 7]
    text = (f"نظمت {body} {field} في {place} اليوم ({day}) {_DEEDS[(n * 5 + 1) % 7]} شارك فيها {100 + 37 * n} "
            f"من الأهالي، وقال رئيسها إن الفعالية رقم {n + 1} هذا العام.")
    return ArticleDraft(title=f"فعالية {n}", published=FETCHED, source="موقع", text=text)


def _factory_dates(tmp_path, weekdays: list[str], day: str) -> list[str]:
    drafts = [_page(n, wd) for n, wd in enumerate(weekdays)]
    drafts.append(ArticleDraft(title="مصنع", published=FETCHED, source="موقع", text=FACTORY.format(day=day)))
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles(drafts)
        return [e.date for e in archive.timeline("شركة الواحة للتمور")]


def test_a_page_of_a_batch_of_every_week_stating_a_far_day_dates_nothing(tmp_path):
    # 21 pages of the batch state a weekday, three of each: 9 of them a day ahead of the fetch (Saturday) or four or
    # more days before it (Sunday, Monday): the site's back pages came with the new. The factory's "Sunday" is of
    # an unknown week.
    assert _factory_dates(tmp_path, WEEKDAYS * 3, "الأحد") == []


def test_the_same_page_fetched_with_pages_of_the_last_days_keeps_its_sunday(tmp_path):
    # The batch's pages state Thursday and Friday, the days before the fetch: its one Sunday page is last Sunday's.
    assert _factory_dates(tmp_path, ["الخميس", "الجمعة"] * 11, "الأحد") == ["2015-07-19"]


def test_a_page_of_such_a_batch_stating_a_near_day_keeps_it(tmp_path):
    # A Thursday the day before the fetch is one of the days a fetch of the last days holds.
    assert _factory_dates(tmp_path, WEEKDAYS * 3, "الخميس") == ["2015-07-23"]


def test_a_few_pages_are_no_batch(tmp_path):
    # Seven pages, one of each weekday: too few to say the site gave back its old pages.
    assert _factory_dates(tmp_path, WEEKDAYS, "الأحد") == ["2015-07-19"]
