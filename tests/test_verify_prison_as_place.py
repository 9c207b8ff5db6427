"""A place's kind after a part of it ("أبواب سجن صيدنايا", "أمام بوابة السجن") names the place, not a jailing: it is
no opposite of a release. Round 24: "وفتحت الفصائل أبواب سجن صيدنايا وأطلقت سراح آلاف المعتقلين" contradicted
"أطلقت الفصائل سراح آلاف المعتقلين" ("opposite: أفرج / وفتحت": the prison's "سجن" was read as a jailing said of the
factions), so ask --generate replaced a true sentence. Sentences written for this test, except the sample corpus's."""

import pytest

from akhbar import verify

RELEASED = [
    ("وفتحت الفصائل أبواب سجن صيدنايا وأطلقت سراح آلاف المعتقلين، فيما خرج سوريون كثيرون إلى الساحات.",
     "وأطلقت الفصائل سراح آلاف المعتقلين."),
    ("اقتحم الثوار بوابة معتقل المدينة وأفرجوا عن عشرات الموقوفين.", "أفرج الثوار عن عشرات الموقوفين."),
    ("وقف ذوو الصحفيين أمام بوابة السجن المركزي حتى أفرجت السلطات عن عشرين صحفياً.",
     "أفرجت السلطات عن عشرين صحفياً."),
]


@pytest.mark.parametrize("source, claim_text", RELEASED)
def test_a_prison_named_beside_a_release_does_not_contradict_it(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason


JAILED = [
    ("قررت المحكمة سجن رجل الأعمال خمس سنوات.", "أطلقت المحكمة سراح رجل الأعمال."),
    ("أصدرت المحكمة حكماً بالسجن عشر سنوات على المعارض البارز.", "أفرجت السلطات عن المعارض البارز."),
    ("اعتقلت الشرطة المتظاهرين أمام مبنى البرلمان.", "أفرجت الشرطة عن المتظاهرين."),
]


@pytest.mark.parametrize("source, claim_text", JAILED)
def test_a_jailing_still_contradicts_a_release(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "contradicted", claim.reason
    assert claim.reason.startswith("opposite: ")
