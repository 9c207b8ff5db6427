"""Round 34 (verify46): what a fact-checker sees change, in pairs written for these tests (other words than the
round's probe, bench/verify_probe_round34.jsonl).

- A claim that tells a deed of a whole group ("جميع / كل / كافة") is not supported by a sentence that names the group
  without a word of the whole ("أصيب ثلاثة من لاعبي الفريق", "أغلقت البلدية عدداً من المحلات").
- A count the claim gives to a name the sentence names only after the verb's own doer is that doer's, not the name's:
  "سجل الفريق أربعة أهداف، بينها هدف لمهاجمه خالد" does not support "سجل خالد أربعة أهداف".
- A count of those who signed up, were invited or are expected, or a bound ("لا يقل عدد المشاركين عن …"), is no count
  of those who took part.
"""

from __future__ import annotations

import pytest

from akhbar.verify import judge_pair

CASES = [
    # the whole of a group the sentence does not state
    ("أصيب جميع لاعبي الفريق بنزلة برد قبل المباراة النهائية",
     "أصيب ثلاثة من لاعبي الفريق بنزلة برد قبل المباراة النهائية.", "unsupported"),
    ("أغلقت البلدية كل المحلات التجارية المخالفة في السوق القديم",
     "أغلقت البلدية عدداً من المحلات التجارية المخالفة في السوق القديم.", "unsupported"),
    ("أغلقت البلدية جميع المحلات التجارية المخالفة في السوق القديم",
     "أغلقت البلدية عدداً من المحلات التجارية المخالفة في السوق القديم.", "unsupported"),
    ("أصيب ثلاثة من لاعبي الفريق بنزلة برد", "أصيب ثلاثة من لاعبي الفريق بنزلة برد قبل المباراة النهائية.",
     "supported"),
    # a count of the doer before the name
    ("سجل خالد أربعة أهداف في الشوط الثاني", "سجل الفريق المحلي أربعة أهداف في الشوط الثاني، بينها هدف لمهاجمه خالد.",
     "unsupported"),
    ("أحرز سامي العلي خمس ميداليات ذهبية في البطولة",
     "أحرز المنتخب الوطني خمس ميداليات ذهبية في البطولة، ونال البطل سامي العلي واحدة منها.", "unsupported"),
    ("باع سعيد حسن عشرة آلاف سيارة العام الماضي",
     "باعت الشركة عشرة آلاف سيارة العام الماضي، بحسب مديرها التنفيذي سعيد حسن.", "unsupported"),
    ("جمع الفنان عمر خالد مليون دولار للمتضررين", "جمعت الحملة التي أطلقها الفنان عمر خالد مليون دولار للمتضررين.",
     "unsupported"),
    ("سجل خالد يوسف أربعة أهداف في المباراة", "سجل المهاجم الدولي خالد يوسف أربعة أهداف في المباراة.", "supported"),
    ("سجل الفريق أربعة أهداف في الشوط الثاني", "سجل الفريق المحلي أربعة أهداف في الشوط الثاني.", "supported"),
    ("فاز الأهلي على الاتحاد بثلاثة أهداف", "فاز الهلال على النصر بهدفين، وفاز الأهلي على الاتحاد بثلاثة أهداف.",
     "supported"),
    # signed up, invited or a bound: no count of those who took part
    ("شارك ثلاثة آلاف عداء في السباق", "شهد السباق مشاركة واسعة من العدائين، وبلغ عدد المسجلين ثلاثة آلاف عداء.",
     "unsupported"),
    ("شارك ألفا عداء في ماراثون المدينة", "سجل ألفا عداء أسماءهم للمشاركة في ماراثون المدينة.", "unsupported"),
    ("شاركت خمسون شركة في المعرض", "سجلت خمسون شركة للمشاركة في المعرض.", "unsupported"),
    ("شاركت خمسون شركة في المعرض", "بلغ عدد الشركات المسجلة في المعرض خمسين شركة.", "unsupported"),
    ("شارك ألفا عداء في ماراثون المدينة", "شارك ألفا عداء في ماراثون المدينة يوم الجمعة.", "supported"),
    ("شاركت نحو خمسين شركة في المعرض", "شارك في المعرض نحو خمسين شركة من عشر دول.", "supported"),
]


@pytest.mark.parametrize(("claim", "source", "expected"), CASES)
def test_verdict(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source", "named"), [
    ("أصيب جميع اللاعبين خلال المعسكر", "أصيب أحد اللاعبين بكسر في الساعد خلال المعسكر.",
     "the source tells it of أحد اللاعبين, not جميع اللاعبين"),
    ("سجل خالد أربعة أهداف في الشوط الثاني", "سجل الفريق المحلي أربعة أهداف في الشوط الثاني، بينها هدف لمهاجمه خالد.",
     "the source tells it of الفريق, not خالد"),
    ("شارك ثلاثمئة دراج في سباق الدراجات", "لا يقل عدد المشاركين في سباق الدراجات عن ثلاثمئة دراج.",
     "the source gives ثلاثمئة as those who signed up, were asked or are expected, or as a bound (لا يقل)"),
])
def test_the_reason_is_named(claim: str, source: str, named: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict != "supported" and v.reason.startswith(named), (v.verdict, v.reason)
