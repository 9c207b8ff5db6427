"""Timelines, round 40: a chamber named by its city, a body's head that heads another's name, a body as a landmark, a
sentence that states its own weekday, and "اليوم" as a word of a quoted title.

* "غرفة جدة" is the city's chamber of commerce: a sentence that names the city and no chamber is the city's news (its
  rain, its roads), not the chamber's.
* A region body's head written right before a word the query does not write heads another's name: "غرفة عمليات الدفاع
  المدني" is an operations room, "أمانة الإدارة" a directorate's secretariat, not the chamber or the municipality.
* "يقام الملتقى قرب مبنى أمانة منطقة حائل": the municipality is where another's forum stands, not what it does.
* A page of a Sunday says "غدا الاثنين" first and then "صباح اليوم الاثنين" (a notice written for the Monday): the
  interviews of "اليوم الاثنين" are on the Monday, not on the page's Sunday.
* "مسابقة بعنوان «كاتب اليوم»": "اليوم" is a word of the contest's name, no day.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a body's
timeline shows that body's own news, at the days the pages state.
"""

from __future__ import annotations

from conftest import event_mentions, timeline_dates
from test_timeline_round37 import _COMMON


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


_CITY = [("2015-08-01", "قمر", "ظهر القمر مكتملا مساء اليوم في سماء مكة المكرمة للمرة الثانية هذا الشهر."),
         ("2015-08-02", "أمطار", "سقطت أمطار كثيفة اليوم فوق مكة المكرمة وجرت السيول في الشوارع."),
         ("2015-08-03", "فندق", "شب حريق محدود اليوم في غرفة بفندق على الكورنيش."),
         ("2015-08-04", "غرفة", "نظمت غرفة الشرقية اليوم ندوة عن التصدير."),
         ("2015-08-06", "ملتقى", "نظمت غرفة مكة المكرمة اليوم ملتقى لرواد الأعمال الشباب في مقرها.")]


def test_a_chamber_named_by_its_city_is_not_the_city(tmp_path, timeline_rules_only):
    # blind39 (now dev): the holy city's chamber of commerce, whose timeline filled with the city's moon and rain.
    assert _dates(tmp_path, _CITY, "غرفة مكة المكرمة") == ["2015-08-06"]


_ROOM = [("2015-08-03", "حريق", "استقبلت غرفة عمليات جدة للإطفاء صباح اليوم اتصالا عن حريق في مستودع للأخشاب."),
         ("2015-08-05", "وظائف", "أعلنت غرفة جدة اليوم عن مئتي وظيفة في شركات القطاع الخاص.")]


def test_an_operations_room_is_no_chamber(tmp_path, timeline_rules_only):
    # the chamber's word heads another's name: "غرفة عمليات" is a control room, whatever city the sentence names.
    assert _dates(tmp_path, _ROOM, "غرفة جدة") == ["2015-08-05"]


_SECRETARIAT = [("2015-07-29", "لجنة", "أنشأ مكتب التعليم بمنطقة حائل اليوم لجنة للجودة من ممثلي أمانة الإدارة "
                                       "والمشرفين."),
                ("2015-07-30", "نظافة", "نفذت أمانة منطقة حائل اليوم حملة لنظافة الحدائق العامة.")]


def test_a_directorates_secretariat_is_no_municipality(tmp_path, timeline_rules_only):
    # blind39 (now dev): an education directorate's committee with its own secretariat, filed for the region's municipality.
    assert _dates(tmp_path, _SECRETARIAT, "أمانة منطقة حائل") == ["2015-07-30"]


_LANDMARK = [("2015-07-21", "ملتقى", "يفتتح مكتب رعاية الشباب مساء اليوم معرضا للهوايات قرب مبنى أمانة منطقة حائل."),
             ("2015-07-26", "صيانة", "أنهت أمانة منطقة حائل اليوم صيانة الطريق الدائري.")]


def test_a_body_as_a_landmark_is_not_its_doing(tmp_path, timeline_rules_only):
    # blind39 (now dev): a youth forum next to the municipality's building, filed for the municipality three times.
    assert _dates(tmp_path, _LANDMARK, "أمانة منطقة حائل") == ["2015-07-26"]


_OWN_WEEKDAY = [("2015-08-09", "مقابلات", "تستأنف غرفة الرياض غدا الاثنين برنامجها لتوظيف الشباب بعد إجازة العيد. "
                                          "وتعقد غرفة الرياض المقابلات الأولى صباح اليوم الاثنين لثلاثين "
                                          "وظيفة إدارية.")]


def test_a_sentences_own_weekday_wins_over_the_pages_day(tmp_path, timeline_rules_only):
    # blind39 (now dev): a Sunday page's "tomorrow, Monday", then "this morning, Monday": the interviews are Monday's.
    assert set(_dates(tmp_path, _OWN_WEEKDAY, "غرفة الرياض")) == {"2015-08-10"}


def test_today_in_a_quoted_title_is_no_day():
    # blind39 (now dev): a contest whose name holds "اليوم", dated by its name's word.
    text = "أطلقت الشركة بالتعاون مع إدارة التعليم مسابقة بعنوان «كاتب اليوم» لطلاب المدارس."
    assert [role for _, role, _ in event_mentions(text, "2015-07-23")] == ["reference"]
