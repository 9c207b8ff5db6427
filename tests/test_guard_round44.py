"""Round 44 (guard53) of the generation guard: a doer named in a cleft and a time told as the same one (TRUST BUGS), and
rewordings a model writes: "وافق عليها" (its object a pronoun) for "أقر", a part of a month or a season for the day or
the month it holds, "القرن الماضي" for the twentieth century, the article named as its own teller ("بحسب الصحيفة"), and
"سويت بالأرض" for a verb of destroying; in our own words.

TRUST BUGS of main (round 44): held out 40's kept contradicted sentence was of the kind "وكان الملك بنفسه من أعلن الخطة"
against an article whose one sentence has the minister announce it and the other names the king for something else:
the doer of a cleft ("X من فعل", "X هو من فعل") was never set against the doer of the sentence's verb (akhbar.verify_clefts
.doer_of_a_cleft). "في اليوم نفسه" was supported by "في اليوم التالي": "نفسه" is no word the aligner reads
(same_time_otherwise).

Each rewording fails on main (unsupported or contradicted); another doer, day, month, season, century or deed, or a
named teller, is still not supported."""

from __future__ import annotations

import pytest

from conftest import claim

PLAN = "وأقر مجلس الوزراء برئاسة رئيس الحكومة الخطة الخمسية في جلسته الأسبوعية."
WRITER = "وولد الشاعر في حي الميدان عام 1905، وبدأ نشر قصائده في عشرينيات القرن العشرين."
DEATH = "توفي الشاعر سليم الحداد فجر يوم الخميس 27 مارس/آذار 2008 في مستشفى بعمان عن 88 عاماً."
OPENING = "وافتتحت البلدية الحديقة العامة يوم 4 يونيو/حزيران 2016 بحضور المحافظ."
FLOOD = "وجرف السيل عشرات السيارات، وأصاب أكثر من خمسين شخصاً بعد أن دمر منازل كثيرة قريبة من الوادي."
FIRE = "وشب الحريق في المستودع منذ عام 2019 دون أي رقابة على المواد المخزنة فيه."
UNTIL = "وقال المحافظ إن الطريق سيبقى مغلقاً حتى الثالث من مايو/أيار 2021."

# (source, a true claim worded otherwise): main left each unsupported or contradicted
REWORDED = [
    (PLAN, "ووافق عليها مجلس الوزراء في جلسته الأسبوعية."),
    (WRITER, "وبدأ الشاعر نشر قصائده في عشرينيات القرن الماضي."),
    (DEATH, "ورحل سليم الحداد فجر يوم خميس أواخر مارس 2008 عن 88 عاماً."),
    (OPENING, "وافتتحت البلدية الحديقة العامة في صيف 2016."),
    (OPENING, "وافتتحت البلدية الحديقة العامة مطلع يونيو 2016 بحضور المحافظ."),
    (UNTIL, "وقال المحافظ إن الطريق سيبقى مغلقاً حتى مطلع مايو 2021."),
    (FLOOD, "وسويت بالأرض منازل كثيرة قريبة من الوادي."),
    (FLOOD, "وأصاب السيل بحسب الصحيفة أكثر من خمسين شخصاً."),
    (FLOOD, "وبحسب الجريدة، أصاب السيل أكثر من خمسين شخصاً."),
]

# (source, a claim it does not back)
NOT_BACKED = [
    (PLAN, "ورفض عليها مجلس الوزراء في جلسته الأسبوعية."),
    ("وأقر وزير المالية بالخطأ في جلسته الأسبوعية.", "ووافق عليه وزير المالية في جلسته الأسبوعية."),
    ("وأقر مجلس الشورى الخطة الخمسية في جلسته الأسبوعية.", "ووافق عليها مجلس الوزراء في جلسته الأسبوعية."),
    ("ورفض مجلس الوزراء الخطة الخمسية في جلسته الأسبوعية.", "ووافق عليها مجلس الوزراء في جلسته الأسبوعية."),
    ("وبدأ الشاعر نشر قصائده في عشرينيات القرن التاسع عشر.", "وبدأ الشاعر نشر قصائده في عشرينيات القرن الماضي."),
    ("توفي الشاعر سليم الحداد فجر يوم الخميس 6 مارس/آذار 2008 في مستشفى بعمان.", "ورحل سليم الحداد أواخر مارس 2008."),
    (DEATH, "ورحل سليم الحداد مطلع مارس 2008."),
    (DEATH, "ورحل سليم الحداد أواخر أبريل 2008."),
    (OPENING, "وافتتحت البلدية الحديقة العامة في شتاء 2016."),
    (OPENING, "وافتتحت البلدية الحديقة العامة في صيف 2017."),
    (OPENING, "وافتتحت البلدية الحديقة العامة أواخر يونيو 2016."),
    (FLOOD, "وسويت بالأرض منازل كثيرة قريبة من البحر."),
    ("وجرف السيل عشرات السيارات، وأصاب أكثر من خمسين شخصاً بعد أن بنى منازل كثيرة قريبة من الوادي.",
     "وسويت بالأرض منازل كثيرة قريبة من الوادي."),
    (FLOOD, "وأصاب السيل بحسب الشرطة أكثر من خمسين شخصاً."),
    (FLOOD, "وأصاب السيل بحسب الصحيفة أكثر من مئة شخص."),
    (FIRE, "وشب الحريق في المستودع منذ عام 2018 بحسب الصحيفة."),
]


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_the_true_sentence_worded_otherwise_is_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


@pytest.mark.parametrize(("source", "text"), NOT_BACKED)
def test_a_changed_doer_day_month_season_century_deed_or_teller_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


# TRUST BUG of main: a cleft's doer the sentence names only for another deed (or for none), the verb found elsewhere
CLEFT = [
    ("أعلن وزير الإسكان سامر العلي الخطة أمس، ورحب بها الرئيس ماهر الخطيب.", "وكان الرئيس ماهر الخطيب بنفسه من أعلن الخطة"),
    ("أعلن وزير الإسكان سامر العلي الخطة أمس، ورحب بها الرئيس ماهر الخطيب.", "والرئيس ماهر الخطيب هو من أعلن الخطة"),
    ("أعلن وزير الإسكان سامر العلي الخطة الخمسية أمس. وأقرها مجلس الوزراء برئاسة الرئيس ماهر الخطيب.",
     "وكان الرئيس ماهر الخطيب من أعلن الخطة الخمسية"),
]


@pytest.mark.parametrize(("source", "text"), CLEFT)
def test_a_cleft_doer_of_another_deed_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


@pytest.mark.parametrize(("source", "text"), [
    ("أعلن وزير الإسكان سامر العلي الخطة أمس، ورحب بها الرئيس ماهر الخطيب.", "وكان وزير الإسكان سامر العلي بنفسه من أعلن الخطة."),
    ("وقال المتحدث إن رئيس البلدية طلب المساعدة من الوزارة.", "وقال المتحدث إن رئيس البلدية هو من طلب المساعدة."),
    ("وكانت الأردن من أوائل الدول التي أرسلت مساعدات إلى المنطقة.", "وكانت الأردن من أوائل الدول التي أرسلت مساعدات."),
])
def test_a_cleft_the_sentence_tells_is_still_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


# TRUST BUG of main: "في اليوم نفسه" told by "في اليوم التالي"
@pytest.mark.parametrize(("source", "text"), [
    ("وأقر مجلس الوزراء الخطة في اليوم التالي.", "وأقر مجلس الوزراء الخطة في اليوم نفسه"),
    ("وتسلم الفريق الكأس في الليلة التالية.", "وتسلم الفريق الكأس في الليلة نفسها"),
])
def test_the_same_time_is_not_another(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


@pytest.mark.parametrize("text", ["وأقر مجلس الوزراء الخطة في اليوم نفسه.", "وأقر مجلس الوزراء الخطة في اليوم ذاته."])
def test_the_same_time_told_so_is_still_supported(text):
    told = claim("وأعلن الوزير الخطة صباح الأحد، وأقر مجلس الوزراء الخطة في اليوم نفسه.", text)
    assert told.verdict == "supported", told.reason


# TRUST BUG of main: a part of a month the sentence's day is not in ("آخر" not found, "أيام" linked to "يوم")
@pytest.mark.parametrize(("source", "text"), [
    ("باشرت طواقم البلدية يوم الأحد 10 أبريل/نيسان 2022 تنظيف مجرى النهر.",
     "وفي آخر أيام أبريل 2022 باشرت طواقم البلدية تنظيف مجرى النهر"),
    ("باشرت طواقم البلدية يوم الأحد 10 أبريل/نيسان 2022 تنظيف مجرى النهر.",
     "وفي أواخر أبريل 2022 باشرت طواقم البلدية تنظيف مجرى النهر"),
])
def test_a_part_of_the_month_the_day_is_not_in_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason

