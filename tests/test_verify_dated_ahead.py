"""A deed told by its verbal noun or a present with a day ahead ("افتتاح الوزير الجسر الأسبوع المقبل", "يزور الرئيس
الجزائر يوم الأحد المقبل") is planned, not done: it supports no claim that tells it done. TRUST BUG, round 25: the
verbal noun was linked to the claim's past and every word was in the source, so each claim below was supported.
Sentences written for this test."""

import pytest

from akhbar import verify

PLANNED = [
    ("افتتاح الوزير الجسر الجديد على النهر الأسبوع المقبل.", "افتتح الوزير الجسر الجديد على النهر.",
     "افتتاح … الأسبوع المقبل"),
    ("إعلان اللجنة نتائج الانتخابات البلدية الأسبوع المقبل.", "أعلنت اللجنة نتائج الانتخابات البلدية.",
     "إعلان … الأسبوع المقبل"),
    ("يزور الرئيس الفرنسي الجزائر يوم الأحد المقبل.", "زار الرئيس الفرنسي الجزائر.", "يزور … الأحد المقبل"),
    ("استئناف الدراسة في المدارس الحكومية مطلع سبتمبر المقبل.", "استأنفت المدارس الحكومية الدراسة.",
     "استئناف … سبتمبر المقبل"),
    ("تدشين المحافظ المستشفى الجديد خلال الأيام المقبلة.", "دشن المحافظ المستشفى الجديد.", "تدشين … الأيام المقبلة"),
    # the claim's verb is the sentence's first word, but its object follows the planned verbal noun
    ("أعلنت اللجنة أن إعلان النتائج النهائية سيكون الأسبوع المقبل.", "أعلنت اللجنة النتائج النهائية.",
     "إعلان … الأسبوع المقبل"),
]


@pytest.mark.parametrize("source, claim_text, planned", PLANNED)
def test_a_deed_dated_ahead_is_not_supported_as_done(source, claim_text, planned):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason.startswith(f"the source only plans it: {planned}, where the claim says "), claim.reason


DONE = [
    # a past that says the deed, whatever its clause of "أن" plans
    ("افتتح الوزير المعرض الدولي للكتاب الذي يستمر حتى الشهر المقبل.", "افتتح الوزير المعرض الدولي للكتاب."),
    # "القادم" of a generation, not of a day
    ("أطلقت الشركة هاتفها الجديد من الجيل القادم.", "أطلقت الشركة هاتفها الجديد."),
    # a span's end: the protests began yesterday and run until next week
    ("انطلاق الاحتجاجات في العاصمة أمس واستمرارها حتى الأسبوع المقبل.", "انطلقت الاحتجاجات في العاصمة."),
    ("وقعت الحكومة اتفاقاً مع النقابات على أن يدخل حيز التنفيذ الشهر المقبل.", "وقعت الحكومة اتفاقاً مع النقابات."),
]


@pytest.mark.parametrize("source, claim_text", DONE)
def test_a_deed_told_done_beside_a_day_ahead_is_still_supported(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason


def test_the_plan_itself_is_supported():
    claim = verify("يزور الرئيس الفرنسي الجزائر يوم الأحد المقبل.", "يزور الرئيس الفرنسي الجزائر.").claims[0]
    assert claim.verdict == "supported", claim.reason
