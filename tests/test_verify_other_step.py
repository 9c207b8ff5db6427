"""Another step of the same affair in the claim's slot (lexicon.DEED_STEPS: a deliberation and its decision, an
inquiry and an arrest, a call and a meeting) is unsupported, not contradicted: the source that tells one says nothing
against the other. Round 24 left them contradicted ("the source says ناقش where the claim says وافق"). Sentences
written for this test."""

import pytest

from akhbar import verify

STEPS = [
    ("ناقش مجلس الأمن مشروع القرار الفرنسي في جلسة طارئة.", "وافق مجلس الأمن على مشروع القرار الفرنسي.", "ناقش", "وافق"),
    ("درست لجنة الميزانية مقترح رفع رسوم الموانئ في اجتماعها.", "اعتمدت لجنة الميزانية مقترح رفع رسوم الموانئ في اجتماعها.",
     "درست", "اعتمدت"),
    ("استجوبت الشرطة أمين صندوق الجمعية الخيرية بشأن التبرعات.", "اعتقلت الشرطة أمين صندوق الجمعية الخيرية بشأن التبرعات.",
     "استجوبت", "اعتقلت"),
    ("هاتف رئيس الوزراء نظيره اليوناني مساء الخميس.", "التقى رئيس الوزراء نظيره اليوناني مساء الخميس.", "هاتف", "التقى"),
]


@pytest.mark.parametrize("source, claim_text, said, claimed", STEPS)
def test_another_step_of_the_affair_is_unsupported(source, claim_text, said, claimed):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason == f"the source tells another step: {said}, not {claimed}"


OPPOSED = [
    ("أقر البرلمان الموازنة العامة بأغلبية كبيرة.", "رفض البرلمان الموازنة العامة."),
    ("اعتقلت الشرطة المشتبه به في منزله.", "أفرجت الشرطة عن المشتبه به."),
]


@pytest.mark.parametrize("source, claim_text", OPPOSED)
def test_an_opposite_deed_is_still_contradicted(source, claim_text):
    assert verify(source, claim_text).claims[0].verdict == "contradicted"
