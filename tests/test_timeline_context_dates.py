"""Timelines, round 20: the year of the figure a comparison sets against the news ("مقابل 9 آلاف عام 2013") does not
date the sentence's news.

Every sentence here is written for these tests (none is quoted from a news source). What a user of the timeline would
check: a company's sales of last year are not filed under the year it compares them with.
"""

from __future__ import annotations

import pytest

from conftest import event_mentions


# Published on Monday 3 August 2015. A comparison cue, then the compared figure (its digits and a unit word), then the
# year: the year is the figure's. "عن" before a figure is as often "about" ("أعلن عن 3 مشاريع"): it keeps its date.
@pytest.mark.parametrize(("text", "expected"), [
    ("وباعت الشركة 12 ألف سيارة في السوق المحلية، مقابل 9.5 آلاف عام 2013.", [("2013", "reference", "comparison")]),
    ("ونقل المطار 4.2 ملايين مسافر العام الماضي، مقارنة مع 3.7 ملايين عام 2013.",
     [("2014", "reference", "relative year"), ("2013", "reference", "comparison")]),
    ("وأعلنت الشركة عن 3 مشاريع جديدة في مارس 2015.", [("2015-03", "event", "")]),
], ids=["against a figure", "compared with a figure", "about, not against"])
def test_the_year_of_a_compared_figure_does_not_date_the_news(text, expected):
    assert event_mentions(text, "2015-08-03") == expected
