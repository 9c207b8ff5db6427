"""Timelines, round 24: a day written with no year, and the end of a count's span.

* A day and month with no year that fell almost a year back is the coming one, however far ahead within the year's
  turn ("from the first of October", said in August, is this October), unless the text calls it past ("الماضي").
* A count someone gives "since X until Y" is his figure as of Y, not the day he gave it: the span's end is context when
  it stands in what was said, or is coarser than a day; a count the sentence reports itself keeps its end as its day.

Every sentence here is written for these tests (none is quoted from a news source). What a user of the timeline would
check: a flight schedule announced in August for October is not filed under last year's October; a spokesman's toll
"as of" a day last week is not filed under that day.
"""

from __future__ import annotations

import pytest

from conftest import event_mentions


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2015-08-10", "وستبدأ الناقلة تشغيل رحلاتها الجديدة إلى المدينة اعتباراً من الأول من أكتوبر بمعدل ثلاث رحلات أسبوعيا.",
     [("2015-10-01", "event", "")]),
    ("2015-08-10", "وكانت الحكومة قد افتتحت المشروع في العاشر من سبتمبر الماضي بحضور عدد من المسؤولين.",
     [("2014-09-10", "event", "")]),
    ("2015-08-02", "وانطلقت أعمال الحفر في الممر الجديد في الخامس من أغسطس الماضي بعد توقيع العقود.",
     [("2014-08-05", "event", "")]),
], ids=["a schedule from October, said in August", "a September called past", "an August called past, said on the 2nd"])
def test_a_day_with_no_year_is_the_coming_one_unless_called_past(published, text, expected):
    assert event_mentions(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المتحدث باسم اللجنة إن أكثر من ألفي شخص أصيبوا منذ مطلع مارس من العام الماضي وحتى السادس والعشرين من يوليو "
     "2015.", [("2014-03", "reference", "since"), ("2015-07-26", "reference", "until")]),
    ("وضبط المراقبون 300 مخالفة منذ بدء تطبيق القرار في مطلع الشهر وحتى يوم الأربعاء 29 يوليو.",
     [("2015-07-29", "event", "")]),
], ids=["a toll as of a day, in what was said", "a count the sentence reports keeps its day"])
def test_the_end_of_a_since_span_in_what_was_said_is_its_as_of_day(text, expected):
    # Published on Friday 31 July 2015.
    assert event_mentions(text, "2015-07-31") == expected
