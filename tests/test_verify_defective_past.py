"""A past of a root ending in a weak letter, written with its final ى ("ألغى", "أخفى", "استدعى"), is a deed told as
done: a sentence that only calls for it, seeks it or accuses someone of it supports no claim that it was done. Round 26
(verify38): each of the first pairs was supported on main 8521042 (the claim's "ألغى" was not read as a past, the ي a
noun's ending shares). Sentences written for this test."""

import pytest

from akhbar import verify

CALLED_FOR = [
    ("دعا النواب الوزير إلى إلغاء الرسوم الجديدة.", "ألغى الوزير الرسوم الجديدة.", "دعا … إلغاء", "ألغى"),
    ("يسعى الوزير إلى إلغاء القرار.", "ألغى الوزير القرار.", "يسعى … إلغاء", "ألغى"),
    ("تتهم المعارضة الرئيس بإخفاء نتائج التحقيق.", "أخفى الرئيس نتائج التحقيق.", "تتهم … بإخفاء", "أخفى"),
]


@pytest.mark.parametrize("source, claim_text, head, word", CALLED_FOR)
def test_a_deed_called_for_is_not_done(source, claim_text, head, word):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason == f"the source does not tell it as done: {head}, where the claim says {word}"


@pytest.mark.parametrize("source, claim_text", [
    ("ألغى الوزير القرار أمس.", "ألغى الوزير القرار."),
    ("أجرى الفريق الطبي عملية ناجحة للطفل.", "أجرى الفريق الطبي عملية ناجحة."),
])
def test_the_deed_told_done_stays_supported(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason
