"""Round 32 (verify44): what a fact-checker sees change, in pairs written for these tests (other words than the
round's probe, bench/verify_probe_round32.jsonl).

- A day written as an ordinal word of its month ("في الخامس من أكتوبر") is that day, "5 أكتوبر": it tells the same day
  written in digits, contradicts another day of the month, and is no count ("ثمانية سجناء").
- A place behind "عند" in the clause of the claim's verb is not the place another deed of the sentence went to behind
  "إلى" ("أوقفت الشرطة الشاحنة عند الجسر وأعادتها إلى المرآب" does not say it stopped the lorry at the garage).
- A light verb with the verbal noun of a weak root ("قامت … بإخلاء") tells the feminine past ("أخلت"), whose ى falls
  before its ت.
- A headline's "X تعلن <deed>" is contradicted by X denying that deed ("نفت X <deed>"), no longer "no evidence for: تعلن".
"""

from __future__ import annotations

import pytest

from akhbar.verify import judge_pair

CASES = [
    # an ordinal day of a month is that day
    ("انطلقت الدورة التدريبية في 7 مارس", "انطلقت الدورة التدريبية في السابع من مارس بمشاركة مئة متدرب.", "supported"),
    ("انطلقت الدورة التدريبية في السابع من مارس", "انطلقت الدورة التدريبية في 7 مارس بمشاركة مئة متدرب.", "supported"),
    ("انطلقت الدورة التدريبية في 17 مارس", "انطلقت الدورة التدريبية في السابع من مارس بمشاركة مئة متدرب.", "contradicted"),
    ("أفرجت المحكمة عن سبعة موقوفين", "أفرجت المحكمة عن موقوفين في السابع من مارس.", "unsupported"),
    # a place behind عند in the claim's clause, behind إلى in another deed's
    ("أوقفت الشرطة الشاحنة عند المرآب", "أوقفت الشرطة الشاحنة عند الجسر وأعادتها إلى المرآب.", "unsupported"),
    ("أوقفت الشرطة الشاحنة عند الجسر", "أوقفت الشرطة الشاحنة عند الجسر وأعادتها إلى المرآب.", "supported"),
    # a light verb and the verbal noun of a weak root
    ("أخلت الشرطة الحي القديم من السكان", "قامت الشرطة بإخلاء الحي القديم من السكان.", "supported"),
    # an announcement its announcer denies
    ("إدارة المطار تعلن إغلاق الصالة الثانية", "نفت إدارة المطار إغلاق الصالة الثانية أمام المسافرين.", "contradicted"),
    ("إدارة المطار تعلن إغلاق الصالة الثانية", "أكدت إدارة المطار إغلاق الصالة الثانية أمام المسافرين.", "supported"),
]


@pytest.mark.parametrize(("claim", "source", "expected"), CASES)
def test_verdict(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


def test_another_deed_of_the_light_verb_is_not_supported() -> None:
    v = judge_pair("رممت الشرطة الحي القديم", "قامت الشرطة بإخلاء الحي القديم من السكان.")
    assert v.verdict != "supported", (v.verdict, v.probability, v.reason)


def test_the_denial_is_named() -> None:
    v = judge_pair("إدارة المطار تعلن إغلاق الصالة الثانية", "نفت إدارة المطار إغلاق الصالة الثانية أمام المسافرين.")
    assert v.reason.startswith("the source denies a report of it: نفت"), v.reason


def test_the_ordinal_day_is_compared_as_a_date() -> None:
    v = judge_pair("انطلقت الدورة التدريبية في 17 مارس", "انطلقت الدورة التدريبية في السابع من مارس بمشاركة مئة متدرب.")
    assert v.reason.startswith("date 17 مارس ≠ السابع"), v.reason
