"""A claim's count or date that the source says of another clause's verb, while the clause of the claim's verb gives
its own value of that kind, is contradicted (verify_routes.home_clause_value). Our own sentences."""

from __future__ import annotations

from akhbar.verify import judge_pair

PARLIAMENT = "انتخب البرلمان رئيسه في 9 يناير، وصادق على الحكومة في 14 يناير"
VISIT = "وصل الوزير إلى المدينة في 3 مارس، وافتتح المعرض في 5 مارس"
ARRESTS = "اعتقلت الشرطة أربعة متظاهرين وأطلقت سراح تسعة آخرين"


def test_the_home_clause_gives_another_value():
    for claim, source, ours, theirs in (
            ("صادق البرلمان على الحكومة في 9 يناير", PARLIAMENT, "9", "انتخب"),
            ("افتتح الوزير المعرض في 3 مارس", VISIT, "3", "وصل"),
            ("اعتقلت الشرطة تسعة متظاهرين", ARRESTS, "تسعة", "وأطلقت")):
        verdict = judge_pair(claim, source)
        assert verdict.verdict == "contradicted", verdict
        assert f"({ours} is said of {theirs})" in verdict.reason


def test_each_clause_keeps_its_own_value():
    assert judge_pair("صادق البرلمان على الحكومة في 14 يناير", PARLIAMENT).verdict == "supported"
    assert judge_pair("انتخب البرلمان رئيسه في 9 يناير", PARLIAMENT).verdict == "supported"
    assert judge_pair("افتتح الوزير المعرض في 5 مارس", VISIT).verdict == "supported"


def test_no_value_of_the_same_kind_in_the_home_clause_stays_unsupported():
    # a count of another thing in the home clause, or two days there (a span), says nothing of the claim's
    assert judge_pair("قتل عشرة مدنيين في القصف", "قتل خمسة جنود وأصيب عشرة مدنيين في القصف").verdict == "unsupported"
    assert judge_pair("صادق البرلمان على الحكومة في 9 يناير",
                      "انتخب البرلمان رئيسه في 9 يناير، وصادق على الحكومة بين 12 و14 يناير").verdict == "unsupported"
