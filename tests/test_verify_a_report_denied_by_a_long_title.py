"""A report denied is not told as fact, however long the title of the one who denies it: a denier's office, rank and
name eight words long before "ما تردد عن إصابة …" had the report read as fact (supported at 0.95 in a real-news reading
of round 33): the checker looked four words past the denial. Sentences written for this test."""

from __future__ import annotations

from conftest import verdict

SOURCE = ("نفى مدير إدارة التعليم في محافظة الوادي الأستاذ سامي الخالد ما تردد عن إصابة عشرين طالباً بتسمم غذائي "
          "في المدينة الجامعية.")


def test_the_denied_report_is_not_supported():
    assert verdict(SOURCE, "أصيب عشرون طالباً بتسمم غذائي في المدينة الجامعية.") != "supported"


def test_the_denial_itself_is_supported():
    assert verdict(SOURCE, "نفى سامي الخالد إصابة عشرين طالباً بتسمم غذائي.") == "supported"
