"""A deed the source only plans is not supported as done (TRUST BUG, round 22: every word linked, so "افتتح" was
supported by "سيفتتح"). Sentences written for this test."""

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
