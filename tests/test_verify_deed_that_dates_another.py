"""A deed the sentence names only to date another by ("بعد توقف دام أسبوعين", "بعد احتجازه يومين") is told as before
the main deed: the main deed's day is not its day, and it is no opposite of the main deed. The lead's round-31 dev probe
(bench/verify_probe_lead31.jsonl): "توقفت الدراسة في المدارس يوم الأحد" was supported (0.91) by a sentence whose
Sunday is the day classes resumed, and "احتجزت الشرطة الناشط يومين" was contradicted by the release that followed the
detention ("opposite: احتجزت / أفرج"). Sentences written for this test."""

import pytest

from akhbar import verify


@pytest.mark.parametrize("source, claim, day, deed", [
    ("عاد العمال إلى المصنع يوم الثلاثاء بعد إضراب استمر عشرة أيام.", "أضرب العمال عن العمل يوم الثلاثاء.",
     "الثلاثاء", "إضراب"),
    ("استأنف المطار رحلاته صباح الخميس بعد إغلاق دام ست ساعات بسبب الضباب.", "أغلق المطار صباح الخميس.", "الخميس",
     "إغلاق"),
])
def test_the_main_deeds_day_is_not_the_dating_deeds(source, claim, day, deed):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == f"the source gives {day} to another deed; it tells {deed} only as what dates that one"


@pytest.mark.parametrize("source, claim", [
    ("عاد العمال إلى المصنع يوم الثلاثاء بعد إضراب استمر عشرة أيام.", "عاد العمال إلى المصنع يوم الثلاثاء."),
    # a deed later in the dating phrase may be of the same day: "بعد أن دخلت … وأعلنت … نهاية …"
    ("احتفل السكان مساء الجمعة بعد أن أعلنت الحكومة انتهاء حظر التجول.", "أعلنت الحكومة انتهاء حظر التجول."),
])
def test_what_the_sentence_tells_stays_supported(source, claim):
    assert verify(source, claim).claims[0].verdict == "supported"


def test_a_release_after_a_detention_is_no_opposite_of_it():
    source = "أفرجت السلطات عن الصحفية بعد احتجازها ثلاثة أيام."
    assert verify(source, "احتجزت السلطات الصحفية ثلاثة أيام.").claims[0].verdict == "supported"
    # the dating phrase's own word, not the pronoun's thing: another thing's fall stays an opposite
    assert verify("ارتفع سعر الأرز بعد انخفاض سعر السكر.", "انخفض سعر الأرز.").claims[0].verdict == "contradicted"
