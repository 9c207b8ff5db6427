"""A report denied is not told as fact, however long the title of the one who denies it: "نفى مساعد وزير الداخلية
لقطاع السجون اللواء X ما تردد عن إصابة …" had the report read as fact (supported at 0.95 in a real-news reading of
round 33): the report stood eight words past the denial, and the checker looked four. Sentences written for this test."""

from __future__ import annotations

from conftest import verdict

SOURCE = ("نفى مدير عام الشؤون الصحية بالمنطقة الشرقية الدكتور سامي الخالد ما تردد عن إصابة عشرين طالباً بتسمم غذائي "
          "في المدينة الجامعية.")


def test_the_denied_report_is_not_supported():
    assert verdict(SOURCE, "أصيب عشرون طالباً بتسمم غذائي في المدينة الجامعية.") != "supported"


def test_the_denial_itself_is_supported():
    assert verdict(SOURCE, "نفى الدكتور سامي الخالد إصابة عشرين طالباً بتسمم غذائي.") == "supported"
