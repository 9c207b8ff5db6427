"""Timelines, round 41: a body that only hosts another's event or reports to another, a list of partners that goes on past
its commas, a literary club that is not its city's football club, and a show that opens tonight.

* "وعلى مسرح النادي الأدبي تختتم الفرقة عروضها": the club's stage is where another's event is held; "تلقت غرفة العمليات
  بلاغاً من الهلال الأحمر": the Red Crescent told another body of a crash. Each is near the body's topic, not its own
  news.
* "بالتعاون مع إمارة المنطقة، وهيئة السياحة، وغرفة الأحساء": every body of the list is a partner, not only the
  first.
* "نادي أبها" alone is the city's football club; "نادي أبها الأدبي" (also "النادي الأدبي بأبها") the literary one.
* "يعرض النادي المسرحية الليلة وغدا": the run opens tonight, on the page's day, not tomorrow.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a body's
timeline shows that body's own news, at the day it begins.
"""

from __future__ import annotations

from conftest import event_mentions, timeline_dates
from test_timeline_round37 import _COMMON


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


_STAGE = [("2015-07-20", "مسرح", "وعلى مسرح نادي الطائف الأدبي تختتم فرقة شبابية مساء اليوم عروضها الكوميدية للعيد."),
          ("2015-07-27", "أمسية", "نظم نادي الطائف الأدبي مساء اليوم أمسية للشعر النبطي.")]


def test_a_clubs_stage_hosting_another_troupe_is_not_the_clubs_news(tmp_path, timeline_rules_only):
    # blind40 (now dev): the city's holiday plays close, one of them on the literary club's stage.
    assert _dates(tmp_path, _STAGE, "نادي الطائف الأدبي") == ["2015-07-27"]


_REPORT = [("2015-07-30", "حادث", "تلقت إدارة الطوارئ بصحة المنطقة فجر اليوم بلاغاً من هيئة الهلال الأحمر بشأن "
                                   "انقلاب حافلة صغيرة على طريق ساحلي."),
           ("2015-08-02", "تدريب", "دربت هيئة الهلال الأحمر اليوم خمسين متطوعا على الإسعاف في الشواطئ.")]


def test_a_body_that_reports_to_another_is_near_its_topic(tmp_path, timeline_rules_only):
    # blind39 (now dev): the health affairs got word of a bus crash from the Red Crescent.
    assert _dates(tmp_path, _REPORT, "هيئة الهلال الأحمر") == ["2015-08-02"]


_PARTNERS = [("2015-08-06", "مهرجان", "تنظم أمانة الأحساء اليوم بالتعاون مع إمارة المنطقة، وهيئة السياحة، وغرفة الأحساء، "
                                      "وجمعية المزارعين سوقا للرطب في الهفوف."),
             ("2015-08-08", "معرض", "افتتحت غرفة الأحساء اليوم معرضا للأسر المنتجة.")]


def test_every_body_of_a_list_of_partners_is_a_partner(tmp_path, timeline_rules_only):
    # blind40 (now dev): the municipality's festival with its partners, the chamber the third of them.
    assert _dates(tmp_path, _PARTNERS, "غرفة الأحساء") == ["2015-08-08"]


_CLUBS = [("2015-07-25", "صالات", "فاز نادي أبها على ضيفه نادي الطائي في دوري الصالات مساء اليوم."),
          ("2015-07-29", "قصة", "أقام نادي أبها الأدبي اليوم أمسية للقصة القصيرة."),
          ("2015-08-01", "خط", "نظم النادي الأدبي بأبها اليوم دورة في الخط العربي للناشئة.")]


def test_a_literary_club_is_not_its_citys_football_club(tmp_path, timeline_rules_only):
    # blind40 (now dev): futsal results of the city's club, filed for the literary club of the same city.
    assert _dates(tmp_path, _CLUBS, "نادي أبها الأدبي") == ["2015-07-29", "2015-08-01"]


def test_a_run_that_opens_tonight_is_dated_tonight():
    # blind40 (now dev): a play staged tonight and tomorrow, filed at tomorrow's show.
    text = "يعرض نادي الطائف الأدبي الليلة وغدا على مسرحه مسرحية اجتماعية جديدة."
    assert [(date, role) for date, role, _ in event_mentions(text, "2015-07-25")] == [("2015-07-25", "event")]
