"""A number told with its move and its bound (round 24, the lead's probe of numbers): a rise "by" 5% is not a rise
"to" 5% (the change against the level reached), and "fewer than 100" is no count of 100. Before, each claim was
supported by the other sentence (0.95). The sentences are our own, about made-up figures."""

from akhbar.arabic import get_analyzer
from akhbar.values import read_values
from akhbar.verify import judge_pair


def _values(text: str):
    return read_values(text, None, get_analyzer().tokens(text))[0]


def test_a_move_by_an_amount_and_a_move_to_a_level_are_read_apart():
    assert [v.move for v in _values("ارتفع سعر الخبز بنسبة 8% في يونيو")] == ["by"]
    assert [v.move for v in _values("ارتفع سعر الخبز إلى 8 دنانير في يونيو")] == ["to"]
    # "بنسبة" with no word of a move before it is a share, not a change
    assert [v.move for v in _values("فاز الحزب بنسبة 60 في المئة من الأصوات")] == [""]


def test_a_change_is_not_the_level_it_reached():
    said = judge_pair("ارتفعت البطالة بنسبة 12% العام الماضي", "ارتفعت البطالة إلى 12% العام الماضي")
    assert said.verdict != "supported", said.reason
    said = judge_pair("انخفض سعر السهم إلى 40 ريالا أمس", "انخفض سعر السهم بمقدار 40 ريالا أمس")
    assert said.verdict != "supported", said.reason
    # the same level said with another verb before it is still the level
    said = judge_pair("ارتفعت البطالة إلى 12% العام الماضي", "ارتفعت البطالة العام الماضي لتصل إلى 12%")
    assert said.verdict == "supported", said.reason


def test_fewer_than_a_count_is_no_count_of_it():
    said = judge_pair("غرق 50 مهاجرا قبالة الساحل", "غرق أقل من 50 مهاجرا قبالة الساحل")
    assert said.verdict == "contradicted", said.reason
    assert "أقل من 50" in said.reason
    # nor is "more than" it (round 38: a count given bare was met by the source's "more than" it, supported at 0.95),
    # while the source's least of it ("ما لا يقل عن") still meets it, and a bound the same bound
    said = judge_pair("غرق 50 مهاجرا قبالة الساحل", "غرق أكثر من 50 مهاجرا قبالة الساحل")
    assert said.verdict == "unsupported" and "50" in said.reason, said.reason
    assert judge_pair("غرق 50 مهاجرا قبالة الساحل", "غرق ما لا يقل عن 50 مهاجرا قبالة الساحل").verdict == "supported"
    assert judge_pair("غرق أقل من 50 مهاجرا قبالة الساحل", "غرق أقل من 50 مهاجرا قبالة الساحل الليبي").verdict == "supported"
