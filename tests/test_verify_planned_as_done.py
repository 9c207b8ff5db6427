"""A deed the source only plans is not supported as done (TRUST BUG, round 22: every word linked, so "افتتح" was
supported by "سيفتتح"). Sentences written for this test."""

import pytest

from akhbar import verify

PLANNED = "سيفتتح محافظ المدينة الجسر المعلق فوق نهر العاصي مطلع الشهر المقبل."
SCHEDULED = "ومن المقرر أن يفتتح محافظ المدينة الجسر المعلق فوق نهر العاصي مطلع الشهر المقبل."


def test_a_future_deed_does_not_support_it_as_done():
    claim = verify(PLANNED, "افتتح محافظ المدينة الجسر المعلق فوق نهر العاصي.").claims[0]
    assert claim.verdict == "unsupported"
    assert claim.reason == "the source only plans it: سيفتتح, where the claim says افتتح"


def test_a_scheduled_deed_does_not_support_it_as_done():
    claim = verify(SCHEDULED, "افتتح محافظ المدينة الجسر المعلق فوق نهر العاصي.").claims[0]
    assert claim.verdict == "unsupported"
    assert "the source only plans it" in claim.reason


def test_the_plan_itself_is_still_supported():
    claim = verify(PLANNED, "يفتتح محافظ المدينة الجسر المعلق فوق نهر العاصي الشهر المقبل.").claims[0]
    assert claim.verdict == "supported"


def test_a_deed_told_before_another_happened():
    source = "أغلقت الشرطة الطريق الساحلي ساعتين قبل أن تصل قافلة المساعدات إلى الميناء."
    claim = verify(source, "ووصلت قافلة المساعدات إلى الميناء.").claims[0]
    assert claim.verdict == "supported"


# A deed under a head that does not tell it done (lexicon.UNREALISED_HEADS): asked for, tried, threatened, weighed,
# believed, conditional. TRUST BUG, round 23: every word linked, so each claim below was supported.
NOT_DONE = [
    ("طالب سكان الحي بإغلاق المكب القريب من المدرسة.", "أُغلق المكب القريب من المدرسة.", "طالب"),
    ("حاول لصان سرقة سيارة الإسعاف من أمام المستشفى.", "سرق لصان سيارة الإسعاف من أمام المستشفى.", "حاول"),
    ("هددت الشركة بتسريح مئتي عامل من مصنع الإسمنت.", "سرحت الشركة مئتي عامل من مصنع الإسمنت.", "هددت"),
    ("تدرس الوزارة تحويل المبنى القديم إلى مكتبة عامة.", "حولت الوزارة المبنى القديم إلى مكتبة عامة.", "تدرس"),
    ("يُعتقد أن السفينة غرقت قرب الجزيرة الصغيرة.", "غرقت السفينة قرب الجزيرة الصغيرة.", "يُعتقد"),
    ("إذا فاز الحزب بالانتخابات فسيشكل الحكومة وحده.", "فاز الحزب بالانتخابات.", "إذا"),
    ("نفت الشرطة أن يكون الحارس قد أطلق النار على المتظاهرين.", "أطلق الحارس النار على المتظاهرين.", "نفت"),
]


@pytest.mark.parametrize("source, claim_text, head", NOT_DONE)
def test_a_deed_the_source_does_not_tell_as_done_is_not_supported(source, claim_text, head):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason.startswith(f"the source does not tell it as done: {head} … ")


DONE = [
    # (a decision and an announcement are news of the deed; a deed told in its own clause after a request)
    ("قررت البلدية إغلاق السوق الشعبي يومين للتعقيم.", "أغلقت البلدية السوق الشعبي يومين للتعقيم."),
    ("أعلنت الجامعة أنها افتتحت كلية جديدة للطب.", "افتتحت الجامعة كلية جديدة للطب."),
    ("طالب الأهالي بتعبيد الطريق، فعبدته البلدية في أسبوع.", "عبدت البلدية الطريق في أسبوع."),
    ("بعد أن حاول الحارس صد الكرة، سجل المهاجم هدف الفوز.", "سجل المهاجم هدف الفوز."),
]


@pytest.mark.parametrize("source, claim_text", DONE)
def test_a_deed_the_source_tells_as_done_stays_supported(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason


def test_a_headline_present_after_a_name_ending_in_an_is_no_plan():
    # (the "ان" ending "اليابان" is not the particle "أن": a headline tells the news with a present)
    claim = verify("اليابان ترفع أسعار الفائدة لأول مرة منذ عقدين", "رفعت اليابان أسعار الفائدة لأول مرة منذ عقدين").claims[0]
    assert claim.verdict == "supported", claim.reason
