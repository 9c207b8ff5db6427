"""Round 37 (verify49): what a fact-checker sees change, in pairs written for these tests (other words than the round's
probes, bench/verify_probe_round36.jsonl and round37). Round 36's held-out kinds (verify48's Next):

- a figure the source gives as revenue, told as profit where the claim's profit word is linked to nothing ("حقق
  الميناء أرباحاً قدرها …" / "بلغت مبيعات الميناء …"): supported, a TRUST BUG;
- contradicted where the source says nothing against the claim: a range's low end with its scale ("بين عشرين ألفاً
  وأربعين ألف يورو": the low end was read with "وأربعين" as its noun), a charge told by its prosecutor ("اتهمت النيابة
  …" / "أدين …"), a value not exceeded ("لم يتجاوز معدل …" / "بلغ معدل …"), a plan ("تخطط … لبناء" / "بنت …"), a
  proposal ("اقترحت …" / "أقرت …"). Each is unsupported now; a step the sentence denies stays contradicted.

Two TRUST BUGS found writing them: "نجا الممثل من الموت" supported "مات الممثل" ("مات" was no opposite of "نجا"), and
"النفط يهبط مع ارتفاع الدولار" supported "ارتفاع النفط" (the dollar's rise was said of the oil too). And true rewordings
that were unsupported: "أدلى … بأصواتهم" = "صوت", "شارك في التصويت" = "صوت", a headline's present of death ("تتوفى")
= "وفاة", "قامت الشرطة باعتقال" = "اعتقلت الشرطة", "ارتفاع أسعار النفط" = "النفط يرتفع".
"""

from __future__ import annotations

import pytest

from akhbar.align import analyze
from akhbar.verify import judge_pair

CASES = [
    # revenue told as profit, the claim's profit word linked to nothing
    ("حقق الميناء أرباحاً قدرها 25 مليون دولار من رسوم التخزين في العام الماضي",
     "بلغت مبيعات الميناء من رسوم التخزين 25 مليون دولار في العام الماضي.", "unsupported"),
    ("حققت الهيئة أرباحاً قدرها 7 ملايين دينار من تذاكر الدخول إلى المتحف عام 2021",
     "بلغت إيرادات الهيئة من تذاكر الدخول إلى المتحف 7 ملايين دينار عام 2021.", "unsupported"),
    # (the same measure, reworded, is still told)
    ("حقق الميناء إيرادات قدرها 25 مليون دولار من رسوم التخزين في العام الماضي",
     "بلغت عائدات الميناء من رسوم التخزين 25 مليون دولار في العام الماضي.", "supported"),
    # a range's low end with its scale
    ("يبلغ راتب المهندس المبتدئ عشرين ألف يورو سنوياً",
     "يتراوح راتب المهندس المبتدئ بين عشرين ألفاً وأربعين ألف يورو سنوياً.", "unsupported"),
    # (a value out of the range is still contradicted)
    ("يبلغ راتب المهندس المبتدئ خمسين ألف يورو سنوياً",
     "يتراوح راتب المهندس المبتدئ بين عشرين ألفاً وأربعين ألف يورو سنوياً.", "contradicted"),
    # a charge told by its prosecutor is no conviction; one the sentence denies stays contradicted
    ("أدين مدير البلدية بتلقي رشى", "اتهمت النيابة العامة مدير البلدية بتلقي رشى من المقاولين.", "unsupported"),
    ("أدين مدير البلدية بتلقي رشى", "اتهمت النيابة مدير البلدية بتلقي رشى لكنه لم يدن بعد.", "contradicted"),
    # a rate not exceeded is no rate reached; one above the bound, or exceeded, is contradicted
    ("بلغ معدل الإشغال في الفنادق سبعين في المئة خلال الصيف",
     "لم يتجاوز معدل الإشغال في الفنادق سبعين في المئة خلال الصيف.", "unsupported"),
    ("بلغ معدل الإشغال في الفنادق ثمانين في المئة خلال الصيف",
     "لم يتجاوز معدل الإشغال في الفنادق سبعين في المئة خلال الصيف.", "contradicted"),
    ("تجاوز معدل الإشغال في الفنادق سبعين في المئة خلال الصيف",
     "لم يتجاوز معدل الإشغال في الفنادق سبعين في المئة خلال الصيف.", "contradicted"),
    # a plan is no deed done
    ("بنت الشركة مصنعاً للإسمنت في الجنوب", "تخطط الشركة لبناء مصنع للإسمنت في الجنوب.", "unsupported"),
    # a proposal is another step than its approval; an approval the sentence denies stays contradicted
    ("أقرت الحكومة قانوناً جديداً للإيجارات", "اقترحت الحكومة قانوناً جديداً للإيجارات.", "unsupported"),
    ("وافق المجلس على زيادة رسوم التسجيل", "اقترح الوزير زيادة رسوم التسجيل لكن المجلس لم يوافق عليها.", "contradicted"),
]

# (a TRUST BUG found this round: "مات" and the present verbs of death were no opposite of "نجا", and "نجا من الموت" linked
# "الموت" to the claim's death)
SURVIVED = [
    ("مات الممثل في حادث سير", "نجا الممثل من الموت في حادث سير.", "contradicted"),
    ("ماتت الممثلة في حادث سير", "نجت الممثلة من الموت في حادث سير.", "contradicted"),
    ("نجت الممثلة من حادث سير", "نجت الممثلة من الموت في حادث سير.", "supported"),
]

# (and another: a move said of another thing in a phrase of its own, "مع ارتفاع الدولار", was said of the oil too)
OTHER_THING = [
    ("ارتفاع النفط", "النفط يهبط مع ارتفاع الدولار.", "contradicted"),
    ("ارتفاع أسعار النفط", "النفط يهبط مع ارتفاع الدولار.", "contradicted"),
    ("النفط يرتفع مع هبوط الدولار", "النفط يهبط مع ارتفاع الدولار.", "contradicted"),
]

REWORDED = [
    ("قامت الشرطة باعتقال المشتبه به", "اعتقلت الشرطة المشتبه به.", "supported"),
    ("قام الجيش بقصف المدينة", "قصف الجيش المدينة.", "supported"),
    ("ارتفاع أسعار النفط مع هبوط الدولار", "النفط يرتفع مع هبوط الدولار.", "supported"),
    # (a noun of the sentence's own before the thing is another measure of it)
    ("ارتفاع أسعار النفط", "إنتاج النفط يرتفع.", "unsupported"),
    ("الشاعرة تتوفى عن عمر يناهز 90 عاماً", "وفاة الشاعرة عن 90 عاماً.", "supported"),
    ("صوت أكثر من مليوني ناخب في الجولة الأولى", "أدلى أكثر من مليوني ناخب بأصواتهم في الجولة الأولى.", "supported"),
    ("أدلى الناخبون بأصواتهم في 300 مركز اقتراع", "صوت الناخبون في 300 مركز اقتراع.", "supported"),
    ("شارك في التصويت نحو أربعين ألف ناخب", "صوت نحو أربعين ألف ناخب في انتخابات النقابة.", "supported"),
    # (those invited to vote are still no count of those who voted)
    ("صوت نحو ثلاثمئة ألف ناخب في الانتخابات البلدية",
     "دعي نحو ثلاثمئة ألف ناخب للإدلاء بأصواتهم في الانتخابات البلدية.", "unsupported"),
]


@pytest.mark.parametrize(("claim", "source", "expected"), CASES + SURVIVED + OTHER_THING + REWORDED)
def test_verdict(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source", "named"), [
    ("حقق الميناء أرباحاً قدرها 25 مليون دولار من رسوم التخزين في العام الماضي",
     "بلغت مبيعات الميناء من رسوم التخزين 25 مليون دولار في العام الماضي.",
     "the source gives the figure as مبيعات, not as أرباحاً"),
    ("أدين مدير البلدية بتلقي رشى", "اتهمت النيابة العامة مدير البلدية بتلقي رشى من المقاولين.",
     "the source tells another step: اتهمت, not أدين"),
    ("بلغ معدل الإشغال في الفنادق سبعين في المئة خلال الصيف",
     "لم يتجاوز معدل الإشغال في الفنادق سبعين في المئة خلال الصيف.", "the source tells another bound: يتجاوز, not بلغ"),
    ("بنت الشركة مصنعاً للإسمنت في الجنوب", "تخطط الشركة لبناء مصنع للإسمنت في الجنوب.",
     "the source does not tell it as done: تخطط, where the claim says بنت"),
])
def test_the_reason_is_named(claim: str, source: str, named: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == "unsupported" and v.reason == named, (v.verdict, v.reason)


@pytest.mark.parametrize(("text", "units"), [
    ("بين عشرين ألفاً وأربعين ألف يورو", ["يورو", "يورو"]),
    ("بين ثلاثة آلاف وخمسة آلاف زائر", ["زاير", "زاير"]),
])
def test_a_count_before_another_counts_its_noun(text: str, units: list[str]) -> None:
    assert [v.unit for v in analyze(text).values] == units
