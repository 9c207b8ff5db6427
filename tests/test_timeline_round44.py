"""Timelines, round 44: dates of blind43's kinds (dev from this round) and of earlier rounds' leftovers.

* An old page in a site's first fetch: a site that numbers its pages in their addresses gives back, on a first visit,
  pages weeks old with the new. Read from the newest number down, the days the pages state run back in order (today,
  yesterday, …) until a page of another week breaks the run; a page numbered below the run is older than it, so its
  "اليوم (الخميس)" is a Thursday of an unknown week, though Thursday was yesterday (blind42's and blind43's stories a
  month old told as "today Saturday" on a Tuesday's fetch).
* A set phrase that shares a query word's stem: "من تسول له نفسه" (whoever is tempted) is no begging.
* The noun of a nisba adjective's stem: "دراسة" (a study) is not the school year's "الدراسي", nor "مركز" (a centre) the
  central bank's "المركزي".

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a timeline
dates an event by the day it happened, or leaves it off; never by the fetch day of a page weeks older than it.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

FETCHED = "2015-07-24"  # a Friday
WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
_BODIES = ["بلدية", "جمعية", "غرفة", "هيئة", "لجنة", "مؤسسة", "إدارة"]
_PLACES = ["تبوك", "حائل", "أبها", "جازان", "نجران", "الجوف", "القريات"]
FACTORY = "أعلنت شركة الواحة للتمور اليوم ({day}) افتتاح مصنعها الجديد في الأحساء بطاقة ألف طن."


def _page(number: int | None, n: int, day: str) -> ArticleDraft:
    text = (f"نظمت {_BODIES[n % 7]} في {_PLACES[(n * 3) % 7]} اليوم ({day}) فعالية شارك فيها {100 + 37 * n} "
            f"من الأهالي، وقال رئيسها إن الفعالية رقم {n + 1} هذا العام.")
    url = None if number is None else f"http://news.example/{number}/page-{n}/"
    return ArticleDraft(title=f"فعالية {n}", published=FETCHED, source="موقع", text=text, url=url)


def _first_visit(factory_number: int | None, numbered: bool = True) -> list[ArticleDraft]:
    """A site's first fetch: 18 new pages numbered 90000-90017 that state Wednesday to Friday (the newest today), and 35
    back pages numbered 10000-10034 that state every weekday (15 of them a day far from the fetch: the batch is late)."""
    new = [_page(90000 + i if numbered else None, i, ["الأربعاء", "الخميس", "الجمعة"][i // 6]) for i in range(18)]
    old = [_page(10000 + i if numbered else None, 18 + i, WEEKDAYS[i % 7]) for i in range(35)]
    url = None if factory_number is None else f"http://news.example/{factory_number}/factory/"
    factory = ArticleDraft(title="مصنع", published=FETCHED, source="موقع", text=FACTORY.format(day="الخميس"), url=url)
    return new + old + [factory]


def _factory_dates(tmp_path, drafts: list[ArticleDraft]) -> list[str]:
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles(drafts)
        return [e.date for e in archive.timeline("شركة الواحة للتمور")]


@pytest.mark.usefixtures("timeline_rules_only")
def test_a_back_page_of_a_first_visit_stating_yesterday_dates_nothing(tmp_path):
    # blind43 (now dev): the factory's page is numbered among the back pages (10020, below the new pages' run from 90000):
    # its "today (Thursday)" is a Thursday of some earlier week, not the day before the fetch.
    assert _factory_dates(tmp_path, _first_visit(10020)) == []


@pytest.mark.usefixtures("timeline_rules_only")
def test_a_new_page_of_a_first_visit_keeps_its_day(tmp_path):
    # Control: the same page numbered above the new pages (91000) is one of them: its Thursday is yesterday.
    assert _factory_dates(tmp_path, _first_visit(91000)) == ["2015-07-23"]


@pytest.mark.usefixtures("timeline_rules_only")
def test_pages_with_no_numbers_keep_a_near_day(tmp_path):
    # Control: without numbers in the addresses nothing tells the back pages from the new; a near day is kept as before.
    assert _factory_dates(tmp_path, _first_visit(None, numbered=False)) == ["2015-07-23"]


def test_the_run_of_days_allows_a_page_written_near_midnight():
    from akhbar.crawl import oldest_in_run, serial

    # Newest first: today, today, yesterday, today (a page of late last night numbered after one of this morning),
    # yesterday, two days back; then a page a day ahead of the fetch: another week.
    pages = [(110, 0), (109, 0), (108, 1), (107, 0), (106, 1), (105, 2), (104, -1), (103, 0), (None, 5), (102, None)]
    assert oldest_in_run(pages) == 105
    # Two days newer than a newer page's day is another week's page.
    assert oldest_in_run([(110, 0), (109, 3), (108, 1)]) == 109
    assert oldest_in_run([(110, -1), (109, 0)]) is None
    assert serial("http://www.site.example/349210/some-title/") == 349210
    assert serial("http://www.site.example/2015/20150802/ar6.htm") is None  # a day's issue, not a number
    assert serial("http://www.site.example/news/local/a/some-title/") is None


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    from conftest import timeline_dates
    from test_timeline_round37 import _COMMON

    return timeline_dates(tmp_path, _COMMON + reports, query)


_BEGGING = [("2015-07-21", "بيان", "حذر رئيس المجلس أمس بائعي الأرصفة ومن تسول له نفسه رفع أسعار الخبز."),
            ("2015-08-03", "حملة", "ضبطت فرق مكافحة التسول أمس عشرين متسولا عند إشارات المرور في جدة.")]


def test_whoever_is_tempted_is_no_begging(tmp_path, timeline_rules_only):
    # blind43 (now dev): two statements after an attack ("… من تسول له نفسه …") filed for begging.
    assert _dates(tmp_path, _BEGGING, "التسول") == ["2015-08-02"]


_STUDIES = [("2015-08-11", "كتاب", "نشر المركز أمس دراسة أجراها العام الماضي عن السوق العقارية في المدينة."),
            ("2015-08-09", "مدارس", "أعلنت الوزارة أمس جاهزية المدارس لاستقبال الطلاب في العام الدراسي الجديد.")]


def test_a_study_is_not_the_school_year(tmp_path, timeline_rules_only):
    # blind42 (now dev): a chamber's studies listed by year ("دراسة" shares the stem of "الدراسي"), filed for the school year.
    assert _dates(tmp_path, _STUDIES, "العام الدراسي الجديد") == ["2015-08-08"]


def test_the_adjectives_other_forms_still_count(tmp_path, timeline_rules_only):
    # Control: "السنة الدراسية الجديدة" writes the same adjective in its feminine form.
    reports = [("2015-08-10", "حقائب", "وزعت الجمعية أمس الحقائب على طلاب القرية قبل بدء العام الجديد والسنة الدراسية.")]
    assert _dates(tmp_path, _STUDIES[1:] + reports, "العام الدراسي الجديد") == ["2015-08-08", "2015-08-09"]
