"""Round 35 (verify47): what a fact-checker sees change, in pairs written for these tests (other words than the round's
probe, bench/verify_probe_round35.jsonl). Round 34's held-out kinds (verify46's Next), each a claim that was supported:

- a range's end is no single value: "تتراوح أجرة الغرفة بين 50 و120 ديناراً" does not tell "تبلغ أجرة الغرفة 120 ديناراً";
- a sentence is no punishment carried out: "قضت المحكمة بسجن المدير" does not tell "سجن المدير";
- those who may vote, or signed up, are no count of those who voted; those who applied none of those admitted, hired
  or granted;
- a stake is not the whole: "اشترى المصرف حصة 20 في المئة من شركة التأمين" does not tell "اشترى المصرف شركة التأمين";
- a net profit is not the profit before tax.

And two changes that were called contradicted, where the source says nothing against the claim: revenue or sales told
as profit (another measure of the year), a treaty signed told as ratified (another step). Both are unsupported now.
"""

from __future__ import annotations

import pytest

from akhbar.verify import judge_pair

CASES = [
    # a range's end, not the value
    ("تبلغ أجرة الغرفة في الفندق 120 ديناراً", "تتراوح أجرة الغرفة في الفندق بين 50 و120 ديناراً حسب الموسم.",
     "unsupported"),
    ("تستغرق مدة العلاج عشرة أسابيع", "تتراوح مدة العلاج بين ستة وعشرة أسابيع بحسب حالة المريض.", "unsupported"),
    ("يعمل في المصنع 300 عامل", "يتراوح عدد من يعمل في المصنع من 200 إلى 300 عامل بحسب الموسم.", "unsupported"),
    ("تتراوح أجرة الغرفة في الفندق بين 50 و120 ديناراً",
     "تتراوح أجرة الغرفة في الفندق بين 50 و120 ديناراً حسب الموسم.", "supported"),
    # a sentence, not the punishment carried out
    ("سجنت السلطات مدير المصرف عشر سنوات", "قضت المحكمة بسجن مدير المصرف عشر سنوات بتهمة الاختلاس.", "unsupported"),
    ("أعدم قاتل الحارس", "أصدرت محكمة الجنايات حكماً بإعدام قاتل الحارس.", "unsupported"),
    ("قضت المحكمة بسجن مدير المصرف عشر سنوات", "قضت المحكمة بسجن مدير المصرف عشر سنوات بتهمة الاختلاس.", "supported"),
    # (the court named as the doer: its jailing is the ruling, in news' loose words)
    ("سجنت المحكمة الصراف خمس سنوات", "قضت المحكمة بسجن الصراف خمس سنوات بتهمة التزوير.", "supported"),
    # those who may vote, or applied, are not those who did
    ("صوت أربعمئة ألف ناخب في الانتخابات", "يحق لأربعمئة ألف ناخب التصويت في الانتخابات النيابية المقبلة.",
     "unsupported"),
    ("اقترع نصف مليون ناخب", "بلغ عدد المسجلين في سجلات الاقتراع نصف مليون ناخب.", "unsupported"),
    ("عينت البلدية ألف عامل نظافة", "تقدم ألف عامل نظافة بطلبات توظيف إلى البلدية.", "unsupported"),
    ("التحق ثلاثمئة متدرب بالأكاديمية", "بلغ عدد المتقدمين للأكاديمية ثلاثمئة متدرب.", "unsupported"),
    ("صوت ستون ألف ناخب في الدائرة", "صوت ستون ألف ناخب في الدائرة الأولى أمس.", "supported"),
    ("التحق ثلاثمئة متدرب بالأكاديمية", "التحق ثلاثمئة متدرب بالأكاديمية هذا الخريف.", "supported"),
    # a stake, not the whole
    ("اشترى المصرف شركة التأمين", "اشترى المصرف حصة 20 في المئة من شركة التأمين الأهلية.", "unsupported"),
    ("باعت البلدية شركة النقل العام", "باعت البلدية 35 بالمئة من أسهم شركة النقل العام.", "unsupported"),
    ("اشترى المصرف حصة في شركة التأمين", "اشترى المصرف حصة 20 في المئة من شركة التأمين الأهلية.", "supported"),
    ("اشترى المصرف شركة التأمين الأهلية", "اشترى المصرف شركة التأمين الأهلية بكامل أسهمها.", "supported"),
    # net, not before tax
    ("بلغت أرباح شركة الموانئ قبل الضرائب 45 مليون دولار",
     "بلغ صافي أرباح شركة الموانئ 45 مليون دولار بعد خصم الضرائب.", "unsupported"),
    ("حققت شركة الموانئ أرباحاً إجمالية قدرها 45 مليون دولار", "حققت شركة الموانئ أرباحاً صافية قدرها 45 مليون دولار.",
     "unsupported"),
    ("بلغ صافي أرباح شركة الموانئ 45 مليون دولار", "بلغ صافي أرباح شركة الموانئ 45 مليون دولار بعد خصم الضرائب.",
     "supported"),
]

# True rewordings main left unsupported or contradicted: a buy told as an acquisition, a court's ruling in either verb.
REWORDED = [
    ("اشترت الشركة القابضة حصة في المصرف", "استحوذت الشركة القابضة على حصة 10 في المئة في المصرف.", "supported"),
    ("حكمت المحكمة العليا ببراءة الطبيب", "قضت المحكمة العليا ببراءة الطبيب من تهمة الإهمال.", "supported"),
    # (and still not the whole, nor a buy only wanted)
    ("اشترت الشركة القابضة المصرف", "استحوذت الشركة القابضة على حصة 10 في المئة في المصرف.", "unsupported"),
    ("اشترت الشركة القابضة المصرف", "أرادت الشركة القابضة شراء المصرف لكن الصفقة تعثرت.", "contradicted"),
]

# A bound's verb negated right before its number is the other bound: "ما لا يقل عن" is at least, "لا يزيد على" at most.
# Main read "ما لا يقل عن ألف" as fewer than a thousand, and supported the claim of fewer.
NEGATED_BOUNDS = [
    ("زار المعرض أقل من ألف شخص في يومه الأول", "زار المعرض ما لا يقل عن ألف شخص في يومه الأول.", "contradicted"),
    ("زار المعرض ألف شخص في يومه الأول", "زار المعرض ما لا يقل عن ألف شخص في يومه الأول.", "supported"),
    ("يضم الوفد أكثر من عشرين عضواً", "يضم الوفد ما لا يزيد على عشرين عضواً.", "contradicted"),
]

# Called contradicted on main; the source says nothing against the claim.
NOT_AGAINST = [
    ("بلغت أرباح شركة الألبان 90 مليون درهم هذا العام", "بلغت إيرادات شركة الألبان 90 مليون درهم هذا العام.",
     "the source tells another measure: إيرادات, not أرباح"),
    ("حققت الشركة مبيعات بقيمة 15 مليون دولار", "حققت الشركة أرباحاً بقيمة 15 مليون دولار.",
     "the source tells another measure: أرباحاً, not مبيعات"),
    ("صادقت الحكومتان على اتفاقية النقل البري", "وقعت الحكومتان اتفاقية النقل البري في الرباط.",
     "the source tells another step: وقعت, not صادقت"),
]


@pytest.mark.parametrize(("claim", "source", "expected"), CASES + REWORDED + NEGATED_BOUNDS)
def test_verdict(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source", "named"), NOT_AGAINST)
def test_another_measure_or_step_is_unsupported(claim: str, source: str, named: str) -> None:
    v = judge_pair(claim, source)
    assert (v.verdict, v.reason) == ("unsupported", named)


@pytest.mark.parametrize(("claim", "source", "named"), [
    ("تبلغ أجرة الغرفة في الفندق 120 ديناراً", "تتراوح أجرة الغرفة في الفندق بين 50 و120 ديناراً حسب الموسم.",
     "the source gives 120 as one end of a range (50 … 120), not as the value"),
    ("سجنت السلطات مدير المصرف عشر سنوات", "قضت المحكمة بسجن مدير المصرف عشر سنوات بتهمة الاختلاس.",
     "the source does not tell it as done: قضت … بسجن, where the claim says سجنت"),
    ("صوت أربعمئة ألف ناخب في الانتخابات", "يحق لأربعمئة ألف ناخب التصويت في الانتخابات النيابية المقبلة.",
     "the source gives أربعمئة ألف as those who may do it or applied (يحق), not as how many did"),
    ("اشترى المصرف شركة التأمين", "اشترى المصرف حصة 20 في المئة من شركة التأمين الأهلية.",
     "the source tells of a stake (حصة … من شركة), not the whole of شركة"),
    ("بلغت أرباح شركة الموانئ قبل الضرائب 45 مليون دولار",
     "بلغ صافي أرباح شركة الموانئ 45 مليون دولار بعد خصم الضرائب.",
     "the source reckons it صافي, where the claim says قبل الضرائب"),
])
def test_the_reason_is_named(claim: str, source: str, named: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == "unsupported" and v.reason == named, (v.verdict, v.reason)
