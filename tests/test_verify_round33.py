"""Round 33 (verify45): what a fact-checker sees change, in pairs written for these tests (other words than the
round's probe, bench/verify_probe_round33.jsonl).

- A recommendation, a nomination or an offer tells no deed done: "أوصت اللجنة بترميم …" does not support "رممت اللجنة
  …", "رشح … لتولي إدارة …" not "تولى … إدارة …", "عرضت … على العمال رفع أجورهم" not "رفعت … أجور العمال".
- A capacity is no attendance: "يتسع المسرح لستمئة متفرج" does not support "حضر ستمئة متفرج العرض".
- A loan is no grant: "وافق البنك على تقديم قرض" contradicts "قدم البنك منحة" (no longer "no evidence for: منحة").
- "ثم" before a plural past with its object pronoun opens a clause: the place of that clause is not the first deed's.
- A month or a ranked period given to the main deed does not date the deed the sentence dates it by ("بعد تراجعها").
- "مئتا" (the nominative of two hundred before its noun) is the number 200.
"""

from __future__ import annotations

import pytest

from akhbar.verify import judge_pair

CASES = [
    # a recommendation, a nomination, an offer
    ("رممت لجنة التراث السوق القديم", "أوصت لجنة التراث بترميم السوق القديم قبل موسم السياحة.", "unsupported"),
    ("لجنة التراث توصي بترميم السوق القديم", "أوصت لجنة التراث بترميم السوق القديم قبل موسم السياحة.", "supported"),
    ("تولت المهندسة سعاد الكرمي إدارة الميناء", "رشحت وزارة النقل المهندسة سعاد الكرمي لتولي إدارة الميناء.",
     "unsupported"),
    ("رفعت شركة النسيج أجور العمال بنسبة خمسة في المئة",
     "عرضت شركة النسيج على العمال رفع أجورهم بنسبة خمسة في المئة لإنهاء الإضراب.", "unsupported"),
    # a capacity is no attendance
    # (contradicted since round 34: the sentence counts those who came, two hundred; verify45's Next 4)
    ("حضر ستمئة متفرج العرض الأول في المسرح البلدي", "يتسع المسرح البلدي لستمئة متفرج، لكن العرض الأول لم يحضره سوى مئتين.",
     "contradicted"),
    ("حضر ستمئة متفرج العرض الأول", "شهد العرض الأول في المسرح البلدي الذي يتسع لستمئة متفرج حضوراً كبيراً.", "unsupported"),
    ("يتسع المسرح البلدي لستمئة متفرج", "يتسع المسرح البلدي لستمئة متفرج، لكن العرض الأول لم يحضره سوى مئتين.", "supported"),
    # a loan is no grant
    ("قدم البنك الإسلامي منحة بقيمة خمسة ملايين دولار لبناء سكن للطلاب",
     "وافق البنك الإسلامي على تقديم قرض بقيمة خمسة ملايين دولار لبناء سكن للطلاب.", "contradicted"),
    ("قدم البنك الإسلامي قرضاً بقيمة خمسة ملايين دولار لبناء سكن للطلاب",
     "وافق البنك الإسلامي على تقديم قرض بقيمة خمسة ملايين دولار لبناء سكن للطلاب.", "supported"),
    # "ثم" + a plural past with its object pronoun
    ("فتش الجنود الشاحنة عند المستودع", "فتش الجنود الشاحنة عند الحاجز ثم أرسلوها إلى المستودع.", "unsupported"),
    ("فتش الجنود الشاحنة عند الحاجز", "فتش الجنود الشاحنة عند الحاجز ثم أرسلوها إلى المستودع.", "supported"),
    # a period of the main deed
    ("انخفض إنتاج المصنع في النصف الأول", "استقر إنتاج المصنع في النصف الأول، بعد انخفاضه في النصف الثاني من العام الماضي.",
     "unsupported"),
    ("تراجع عدد الزوار في شهر يوليو", "استقر عدد الزوار في شهر يوليو عقب تراجعه في شهر يونيو.", "unsupported"),
    ("تراجع عدد الزوار في شهر يونيو", "استقر عدد الزوار في شهر يوليو عقب تراجعه في شهر يونيو.", "supported"),
    # "مئتا"
    ("نقل مئتا جريح إلى المستشفيات", "نقل مئتا جريح إلى المستشفيات بعد انهيار الجسر.", "supported"),
    ("نقل ثلاثمئة جريح إلى المستشفيات", "نقل مئتا جريح إلى المستشفيات بعد انهيار الجسر.", "contradicted"),
]


@pytest.mark.parametrize(("claim", "source", "expected"), CASES)
def test_verdict(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


def test_the_recommendation_is_named() -> None:
    v = judge_pair("رممت لجنة التراث السوق القديم", "أوصت لجنة التراث بترميم السوق القديم قبل موسم السياحة.")
    assert v.reason.startswith("the source does not tell it as done: أوصت"), v.reason


def test_the_capacity_is_named() -> None:
    v = judge_pair("حضر ستمئة متفرج العرض الأول في المسرح البلدي",
                   "يتسع المسرح البلدي لستمئة متفرج، لكن العرض الأول لم يحضره سوى مئتين.")
    assert "as what the place holds (يتسع)" in v.reason, v.reason


def test_the_verb_granted_gives_a_loan_too() -> None:
    # (the verb "منح" is no grant: only the noun "منحة" is)
    v = judge_pair("منح البنك الجامعة قرضاً بقيمة خمسة ملايين دولار", "قدم البنك للجامعة قرضاً بقيمة خمسة ملايين دولار.")
    assert v.verdict != "contradicted", (v.verdict, v.probability, v.reason)
