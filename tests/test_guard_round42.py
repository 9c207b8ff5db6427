"""Round 42 (guard51) of the generation guard: orders issued, "to avoid", "the sum" and "it came in …" said in other
words; a resignation only planned told as submitted and the edge of one period told as another's (TRUST BUGS); in our own
words.

A model that words "the commander ordered the evacuation" often writes "أصدر قائد الجيش أوامره بإخلاء …" (issued his
orders): the verb and its noun for the noun's own verb (lexicon.PHRASED_DEEDS), read by akhbar.deed_phrases where the
verb "أمر" is written as its noun: it is the verb only right before the "ب" of what it orders, and what the claim's orders
order must be what the sentence's verb orders. "تفادياً" is "تجنباً" (lexicon.SYNONYM_GROUPS), and "وجاء" is light before
both (lexicon.LIGHT_AFTER) and in "وجاء ذلك في …" (akhbar.wordfacts.used_lightly). "المبلغ" (the sum) only points back
to the amount the answer told before, as "الخطوة" does to a deed (lexicon.POINTING_NOUNS). Each rewording fails on main
(unsupported or contradicted); another doer, thing, deed, day, place, cause or a negation is still not supported.

TRUST BUGS of main (round 42): round 40's phrased deeds read a future or planned verb of the noun as the deed done ("قال
وزير المالية إنه سيستقيل الأسبوع المقبل" supported "وقدم وزير المالية استقالته", 0.58); "مطلع الشهر" supported "مطلع
العام" (0.84; akhbar.verify_days)."""

from __future__ import annotations

import pytest

from conftest import claim

ORDER = "وتفقد قائد الجيش المعسكر الشمالي يوم الخميس، وأمر بإخلاء المستودعات القديمة قبل نهاية الشهر."
TRIP = "وأجلت المدرسة الرحلة إلى الجبل تجنباً للأمطار الغزيرة المتوقعة."
SUM = ("وكانت البلدية قد طالبت في البداية بتعويض قدره 40 مليون دينار عن أضرار الفيضان وتكاليف الإصلاح، ثم خفضت المطالبة، "
       "ولم تعلن القيمة النهائية للاتفاق.")
MEETING = "أعلن المجلس البلدي تعيين سامر الخطيب مديراً للمشروع، وذلك خلال اجتماع في إربد حضره ممثلو النقابات."

# (source, a true claim worded otherwise): main left each unsupported or contradicted
REWORDED = [
    (ORDER, "وأصدر قائد الجيش أوامره بإخلاء المستودعات القديمة قبل نهاية الشهر."),
    (ORDER, "وأصدر قائد الجيش أمره بإخلاء المستودعات القديمة."),
    (TRIP, "وأجلت المدرسة الرحلة إلى الجبل تفادياً للأمطار الغزيرة."),
    (SUM, "وشمل المبلغ أضرار الفيضان وتكاليف الإصلاح."),
    (SUM, "ثم خفضت البلدية المبلغ."),
    (SUM, "ولم تعلن البلدية المبلغ النهائي للاتفاق."),
    (MEETING, "وجاء ذلك في اجتماع في إربد حضره ممثلو النقابات."),
]

# (source, a claim it does not back): another doer, thing, deed, day, place, cause or event, a negation, the one ordered
# told as the one who orders, a deed the sentence tells of itself, an order only planned
NOT_BACKED = [
    (ORDER, "وأصدر قائد الشرطة أوامره بإخلاء المستودعات القديمة."),
    (ORDER, "وأصدر قائد الجيش أوامره بإخلاء المستودعات الجديدة."),
    (ORDER, "وأصدر قائد الجيش أوامره بإغلاق المستودعات القديمة."),
    (ORDER, "ولم يصدر قائد الجيش أوامره بإخلاء المستودعات القديمة."),
    (ORDER, "وأصدر قائد الجيش أوامره بإخلاء المستودعات القديمة يوم الجمعة."),
    (ORDER, "وأصدر قائد الجيش أوامره بتفقد المعسكر الشمالي."),
    ("وتفقد وزير الدفاع الحدود يوم الأحد، وأمره الرئيس بإغلاق المعسكر الشمالي.",
     "وأصدر وزير الدفاع أوامره بإغلاق المعسكر الشمالي."),
    ("وأمر الرئيس وزير الدفاع بإغلاق المعسكر الشمالي.", "وأصدر وزير الدفاع أوامره بإغلاق المعسكر الشمالي."),
    ("قال قائد الجيش إنه سيأمر بإخلاء المستودعات القديمة قبل نهاية الشهر.",
     "وأصدر قائد الجيش أوامره بإخلاء المستودعات القديمة قبل نهاية الشهر."),
    ("طالب النواب الحكومة بإخلاء المستودعات القديمة قبل نهاية الشهر.",
     "وأصدرت الحكومة أوامرها بإخلاء المستودعات القديمة قبل نهاية الشهر."),
    (TRIP, "وأجلت المدرسة الرحلة إلى الجبل تفادياً للرياح الشديدة."),
    (TRIP, "وألغت المدرسة الرحلة إلى الجبل تفادياً للأمطار الغزيرة."),
    (TRIP, "وأجلت المدرسة الرحلة إلى الجبل رغم الأمطار الغزيرة."),
    (TRIP, "وأجلت المدرسة الرحلة إلى البحر تفادياً للأمطار الغزيرة."),
    (SUM, "وشمل المبلغ أضرار الفيضان وتكاليف النقل."),
    (SUM, "ثم رفعت البلدية المبلغ."),
    (SUM, "وبلغ المبلغ 50 مليون دينار."),
    (SUM, "وأعلنت البلدية المبلغ النهائي للاتفاق."),
    (SUM, "ودفعت البلدية المبلغ."),
    (MEETING, "وجاء ذلك في اجتماع في عمان حضره ممثلو النقابات."),
    (MEETING, "وجاء ذلك في مؤتمر صحفي في إربد."),
    (MEETING, "وجاء ذلك في اجتماع في إربد حضره وزير العمل."),
]


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_the_true_sentence_worded_otherwise_is_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


@pytest.mark.parametrize(("source", "text"), NOT_BACKED)
def test_a_changed_doer_thing_deed_day_place_or_negation_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


# TRUST BUG of main: the phrased deed "قدم … استقالته" read a future or planned verb of its noun as the deed done
PLANNED = [
    ("قال وزير المالية إنه سيستقيل الأسبوع المقبل.", "وقدم وزير المالية استقالته."),
    ("قال وزير المالية إنه سيستقيل الأسبوع المقبل.", "وقدم وزير المالية استقالته الأسبوع المقبل."),
    ("قال وزير المالية إنه سوف يستقيل إذا أقر البرلمان الموازنة.", "وقدم وزير المالية استقالته."),
    ("يعتزم وزير المالية أن يستقيل بعد إقرار الموازنة.", "وقدم وزير المالية استقالته."),
]


@pytest.mark.parametrize(("source", "text"), PLANNED)
def test_a_resignation_only_planned_is_not_one_submitted(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


def test_a_resignation_done_is_still_one_submitted():
    told = claim("استقال وزير المالية مساء الأحد بعد خلاف مع رئيس الحكومة.", "وقدم وزير المالية استقالته مساء الأحد.")
    assert told.verdict == "supported", told.reason


# TRUST BUG of main: the edge of one period told as the same edge of another ("العام" is no word the aligner links):
# "مطلع الشهر" supported "مطلع العام" (0.84), "قبل نهاية الشهر" supported "قبل نهاية العام" (verify_days)
PERIOD_EDGES = [
    ("افتتح المحافظ السوق الجديد مطلع الشهر.", "وافتتح المحافظ السوق الجديد مطلع العام."),
    ("افتتح المحافظ السوق الجديد يوم الخميس، وأمر بإغلاق السوق القديم قبل نهاية الشهر.",
     "وأمر المحافظ بإغلاق السوق القديم قبل نهاية العام."),
    (ORDER, "وأصدر قائد الجيش أوامره بإخلاء المستودعات القديمة قبل نهاية العام."),
]


@pytest.mark.parametrize(("source", "text"), PERIOD_EDGES)
def test_the_edge_of_another_period_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


def test_the_edge_of_the_same_period_is_still_supported():
    told = claim("افتتح المحافظ السوق الجديد نهاية الشهر الماضي، على أن يفتتح المكتبة مطلع العام.",
                 "وافتتح المحافظ السوق الجديد نهاية الشهر الماضي.")
    assert told.verdict == "supported", told.reason
