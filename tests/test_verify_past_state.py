"""A state the sentence dates in the past ("كان سعر الخبز قبل عشر سنوات نصف دينار") supports no claim that states it
as now ("سعر الخبز نصف دينار"): the state held then. Round 26 (verify38): each of the first pairs was supported on main
8521042. Sentences written for this test."""

import pytest

from akhbar import verify

PAST = [
    ("كان سعر الخبز قبل عشر سنوات نصف دينار.", "سعر الخبز نصف دينار.", "كان سعر الخبز قبل عشر …", "سعر"),
    ("كان مدرب المنتخب في البطولة السابقة هو الإسباني لويس غارسيا.", "مدرب المنتخب هو الإسباني لويس غارسيا.",
     "كان مدرب المنتخب في البطولة السابقة …", "مدرب"),
    ("وكانت حصة الشركة من السوق في العام الماضي ربع المبيعات.", "تبلغ حصة الشركة من السوق ربع المبيعات.",
     "وكانت حصة الشركة من السوق في العام الماضي …", "تبلغ"),
]


@pytest.mark.parametrize("source, claim_text, then, word", PAST)
def test_a_past_state_is_no_state_now(source, claim_text, then, word):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason == f"the source tells a state of the past: {then}, where the claim states {word} … as now"


STILL = [
    ("كان سعر الخبز أمس نصف دينار.", "كان سعر الخبز أمس نصف دينار."),  # the claim dates it too
    ("سعر الخبز اليوم نصف دينار.", "سعر الخبز نصف دينار."),
    ("كانت أجرة الحافلة قبل عامين ربع دينار.", "كانت أجرة الحافلة قبل عامين ربع دينار."),
]


@pytest.mark.parametrize("source, claim_text", STILL)
def test_a_state_told_of_its_own_time_stays_supported(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason
