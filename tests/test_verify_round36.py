"""Round 36 (verify48): what a fact-checker sees change, in pairs written for these tests (other words than the round's
probes, bench/verify_probe_round35.jsonl and round36). Round 35's held-out kinds (verify47's Next):

- two counts of a range joined by "و", each with its scale ("بين خمسين ألفاً وسبعين ألف ريال"), were read as one number
  and a stray "ألف": the range's end was called contradicted ("number سبعين ألف ≠ ألف");
- those invited to vote ("دعي مليون ناخب إلى صناديق الاقتراع") are no count of those who voted (supported);
- a charge is not a conviction, a nomination not a win, a bound not the value, a floor not a ceiling ("لا يقل عن" /
  "لا يزيد على"): each was called contradicted, where the source says nothing against the claim; and a value
  exceeded is not the value reached ("تجاوز عدد القتلى مئة شخص" supported "بلغ عدد القتلى مئة شخص").

And three true rewordings that were unsupported or contradicted: "لم يزد على" = "لم يتجاوز", "تختلف … حسب" of a range,
"أصدرت حكماً ب" = "قضت ب".
"""

from __future__ import annotations

import pytest

from akhbar.numbers import find_numbers
from akhbar.verify import judge_pair

CASES = [
    # two counts of a range, each with its scale
    ("يبلغ ثمن السيارة المستعملة سبعين ألف ريال", "يتراوح ثمن السيارة المستعملة بين خمسين ألفاً وسبعين ألف ريال.",
     "unsupported"),
    ("يبلغ ثمن السيارة المستعملة مئة ألف ريال", "يتراوح ثمن السيارة المستعملة بين خمسين ألفاً وسبعين ألف ريال.",
     "contradicted"),
    ("يتراوح ثمن السيارة المستعملة بين خمسين ألفاً وسبعين ألف ريال",
     "يتراوح ثمن السيارة المستعملة بين خمسين ألفاً وسبعين ألف ريال حسب حالتها.", "supported"),
    # the invited are not those who voted
    ("اقترع مليون ناخب في الجولة الثانية", "دعي مليون ناخب إلى صناديق الاقتراع في الجولة الثانية.", "unsupported"),
    ("أدلى نحو ثلاثمئة ألف ناخب بأصواتهم في الانتخابات البلدية",
     "دعي نحو ثلاثمئة ألف ناخب للإدلاء بأصواتهم في الانتخابات البلدية.", "unsupported"),
    # a nomination is not a win, a bound not the value
    ("فازت المغنية بجائزة أفضل أداء", "رشحت المغنية لجائزة أفضل أداء في الحفل السنوي.", "unsupported"),
    ("فاز المخرج بجائزة لجنة التحكيم", "ترشح المخرج لجائزة لجنة التحكيم في المهرجان.", "unsupported"),
    ("بلغت نسبة البطالة تسعة في المئة", "لم تتجاوز نسبة البطالة تسعة في المئة خلال الربع الأخير.", "unsupported"),
    ("بلغ عدد القتلى مئة شخص", "تجاوز عدد القتلى مئة شخص بحسب مصادر طبية.", "unsupported"),
    # (and still: a bound exceeded against its denial, a win the sentence denies after the nomination)
    ("تجاوز عدد الركاب ألف راكب", "لم يتجاوز عدد الركاب ألف راكب في الرحلات الليلية.", "contradicted"),
    ("فاز الشاعر بجائزة الإبداع", "رشح الشاعر لجائزة الإبداع لكنه لم يفز بها.", "contradicted"),
    # a floor is not a ceiling, each denied: "at least twenty" and "at most twenty" both allow twenty
    ("لا يقل عمر المتسابق عن عشرين عاماً", "لا يزيد عمر المتسابق على عشرين عاماً.", "unsupported"),
    ("لا تزيد مدة الإقامة على ثلاثة أشهر", "لا تقل مدة الإقامة عن ثلاثة أشهر.", "unsupported"),
    # (not denied, the two exclude each other)
    ("تزيد مدة الإقامة على ثلاثة أشهر", "تقل مدة الإقامة عن ثلاثة أشهر.", "contradicted"),
]

REWORDED = [
    ("لم يتجاوز عدد المشاركين في الماراثون خمسمئة عداء", "لم يزد عدد المشاركين في الماراثون على خمسمئة عداء.",
     "supported"),
    ("تختلف أسعار الاشتراك حسب الباقة", "تتراوح أسعار الاشتراك من عشرة إلى ثلاثين ديناراً حسب الباقة.", "supported"),
    ("قضت محكمة أمن الدولة بسجن الناشط عامين", "أصدرت محكمة أمن الدولة حكماً بسجن الناشط عامين.", "supported"),
]


@pytest.mark.parametrize(("claim", "source", "expected"), CASES + REWORDED)
def test_verdict(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source", "named"), [
    ("أدين المحاسب بتزوير الفواتير", "وجه الادعاء تهمة تزوير الفواتير إلى المحاسب.",
     "the source tells another step: تهمة, not أدين"),
    ("فازت المغنية بجائزة أفضل أداء", "رشحت المغنية لجائزة أفضل أداء في الحفل السنوي.",
     "the source tells another step: رشحت, not فازت"),
    ("بلغ عدد القتلى مئة شخص", "تجاوز عدد القتلى مئة شخص بحسب مصادر طبية.",
     "the source gives مئة as a bound (تجاوز), not as the value"),
    ("اقترع مليون ناخب في الجولة الثانية", "دعي مليون ناخب إلى صناديق الاقتراع في الجولة الثانية.",
     "the source gives مليون as those who may do it or applied (دعي), not as how many did"),
])
def test_the_reason_is_named(claim: str, source: str, named: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == "unsupported" and v.reason == named, (v.verdict, v.reason)


@pytest.mark.parametrize(("text", "values"), [
    ("بين تسعين ألفاً ومئة وخمسين ألف دينار", [90000, 150000]),
    ("بين ثلاثة آلاف وخمسة آلاف زائر", [3000, 5000]),
    ("بين مليون ومليوني دولار", [1000000, 2000000]),
    # (one number still: a smaller part after the scale)
    ("تسعون ألفاً ومئة وخمسون ديناراً", [90150]),
    ("3 ملايين و200 ألف نسمة", [3200000]),
    ("ألفين وخمسمئة متقدم", [2500]),
])
def test_a_second_count_with_its_own_scale_is_a_second_number(text: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text)] == values
