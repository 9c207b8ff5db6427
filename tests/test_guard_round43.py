"""Round 43 (guard52) of the generation guard: a whole of a thing borrowed from another noun's adjective (TRUST BUG),
an interview told as a meeting (TRUST BUG), and rewordings a model writes: "أثناء" and "قبيل" for "خلال" and "قبل", a
verb of exceeding with "عدد" for "أكثر من", "وافق … على" for "أقر", "حصل على" for "تسلم", "بيع السهم بسعر" for "طرحت …
بسعر"; in our own words.

TRUST BUGS of main (round 43): held out 39's kept contradicted sentence was of the kind "أمر بسحب كامل القوات" against
"أمر بسحب جزء كبير من القوات" beside "النصر الكامل" in the article's other sentence: the claim's "كامل" (all of) was read
off that adjective of another noun (lexicon.EXTENT_ADVERBS now holds "كامل"; an extent the pair of sentences finds only in
the other sentence than its verb's is borrowed, akhbar.verify_pairs.extent_of_the_neighbour). "خلال مقابلة" was supported
by "خلال اجتماع" through Arabic WordNet's "اجتماع لقاء مقابلة" (lexicon.SYNONYMS_SPLIT reads it as two groups: "لقاء" is
either, a meeting or an interview) and "خلال اجتماع" by the sentence's "المجلس" (lexicon.SYNONYMS_APART).

Each rewording fails on main (unsupported or contradicted); another doer, thing, count, day or deed, a negation, a prize
received, or an admission is still not supported."""

from __future__ import annotations

import pytest

from conftest import claim

VICTORY = ("وأعلن قائد الجيش تحقيق النصر الكامل في معركة الوادي. وبعد يومين زار المعسكر الشمالي وأمر بسحب جزء كبير "
           "من الجنود.")
COUNCIL = "وأعلن المجلس البلدي تعيين رامي العلي مديراً للمشروع، وذلك خلال اجتماع في الزرقاء."
INTERVIEW = "وأعلن المحافظ تعيين رامي العلي مديراً للمشروع، وذلك خلال مقابلة في الزرقاء."
CROSSING = "وانتظرت عشرات الشاحنات عند المعبر الحدودي خلال فترة الإغلاق."
GOAL = "وسجل سامي الحداد الهدف الثاني برأسه قبل نهاية الشوط الأول."
FIRE = "وأودى الحريق بحياة أكثر من ثلاثين شخصاً، وأصاب أكثر من مئتين آخرين."
PLAN = "وأقر مجلس الوزراء برئاسة رئيس الحكومة الخطة الخمسية في جلسته الأسبوعية."
BUDGET = "ووافق البرلمان على الموازنة الجديدة بأغلبية كبيرة."
BUSES = "وتسلمت البلدية بموجب العقد عشر حافلات جديدة من الشركة المصنعة."
OFFER = "وطرحت الشركة عشرة في المئة من أسهمها للاكتتاب بسعر 20 ديناراً للسهم."

# (source, a true claim worded otherwise): main left each unsupported or contradicted
REWORDED = [
    (CROSSING, "وانتظرت عشرات الشاحنات عند المعبر الحدودي أثناء الإغلاق."),
    (CROSSING, "وانتظرت عشرات الشاحنات عند المعبر الحدودي في أثناء فترة الإغلاق."),
    (GOAL, "وأحرز سامي الحداد الهدف الثاني برأسه قبيل نهاية الشوط الأول."),
    (FIRE, "وتجاوز عدد الجرحى مئتين."),
    (FIRE, "وتخطى عدد الجرحى مئتين."),
    (FIRE, "وتجاوز عدد قتلى الحريق ثلاثين شخصاً."),
    (PLAN, "ووافق مجلس الوزراء على الخطة الخمسية في جلسته الأسبوعية."),
    (PLAN, "ووافق مجلس الوزراء برئاسة رئيس الحكومة على الخطة الخمسية."),
    (BUDGET, "وأقر البرلمان الموازنة الجديدة."),
    (BUSES, "وحصلت البلدية بموجب العقد على عشر حافلات جديدة من الشركة المصنعة."),
    (BUSES, "وحصلت البلدية بموجب العقد على عشر حافلات جديدة."),
    (OFFER, "وبيع السهم بسعر 20 ديناراً."),
    (OFFER, "وبيعت الأسهم في الاكتتاب بسعر 20 ديناراً للسهم."),
]

# (source, a claim it does not back)
NOT_BACKED = [
    ("وانتظرت عشرات الشاحنات عند المعبر الحدودي بعد الإغلاق.", "وانتظرت عشرات الشاحنات عند المعبر الحدودي أثناء الإغلاق."),
    ("وانتظرت عشرات الشاحنات عند المعبر الحدودي قبل الإغلاق.", "وانتظرت عشرات الشاحنات عند المعبر الحدودي أثناء الإغلاق."),
    (CROSSING, "وانتظرت عشرات الشاحنات عند المعبر الحدودي أثناء العاصفة."),
    ("وسجل سامي الحداد الهدف الثاني برأسه بعد بداية الشوط الثاني.",
     "وأحرز سامي الحداد الهدف الثاني برأسه قبيل نهاية الشوط الأول."),
    (GOAL, "وأحرز سامي الحداد الهدف الثاني برأسه قبيل نهاية الشوط الثاني."),
    (FIRE, "وتجاوز عدد الجرحى ثلاثمئة."),
    (FIRE, "وتجاوز عدد القتلى مئتين."),
    (FIRE, "وتجاوز عدد قتلى الحريق خمسين شخصاً."),
    ("وأودى الحريق بحياة ثلاثين شخصاً، وأصاب نحو مئتين آخرين.", "وتجاوز عدد الجرحى مئتين."),
    ("وأودى الحريق بحياة ثلاثين شخصاً، وأصاب مئتين آخرين.", "وتجاوز عدد الجرحى مئتين."),
    (PLAN, "ووافق مجلس الوزراء على الموازنة الجديدة في جلسته الأسبوعية."),
    (PLAN, "ووافق وزير المالية على الخطة الخمسية."),
    (PLAN, "ولم يوافق مجلس الوزراء على الخطة الخمسية."),
    ("وناقش مجلس الوزراء الخطة الخمسية في جلسته الأسبوعية.", "ووافق مجلس الوزراء على الخطة الخمسية."),
    ("وأقر وزير المالية بالخطأ في حساب الموازنة.", "ووافق وزير المالية على الخطأ في حساب الموازنة."),
    (BUDGET, "وأقر مجلس الشيوخ الموازنة الجديدة."),
    (BUSES, "وحصلت الشركة المصنعة بموجب العقد على عشر حافلات جديدة."),
    (BUSES, "وحصلت البلدية بموجب العقد على عشرين حافلة جديدة."),
    (BUSES, "وحصلت البلدية بموجب العقد على عشر شاحنات جديدة."),
    ("وتسلم ابنه الجائزة نيابة عنه في حفل أقيم بالعاصمة.", "وحصل ابنه على الجائزة."),
    ("وتسلم ابنه الجائزة نيابة عنه في حفل أقيم بالعاصمة.", "وفاز ابنه بالجائزة."),
    ("وسلمت البلدية عشر حافلات جديدة إلى الشركة المصنعة.", "وحصلت البلدية على عشر حافلات جديدة."),
    (OFFER, "وبيع السهم بسعر 25 ديناراً."),
    ("وارتفع السهم في أول يوم تداول إلى 24 ديناراً.", "وبيع السهم بسعر 24 ديناراً."),
    ("وطرحت الحكومة مناقصة لشراء القمح بسعر 300 دولار للطن.", "وبيع القمح بسعر 300 دولار للطن."),
]


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_the_true_sentence_worded_otherwise_is_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


@pytest.mark.parametrize(("source", "text"), NOT_BACKED)
def test_a_changed_doer_thing_count_day_deed_or_negation_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


# TRUST BUG of main: "كامل" (all of) read off another noun's adjective ("النصر الكامل") in the article's other sentence,
# where the sentence of the deed says a part ("جزء كبير من") or no extent at all
WHOLE = [
    (VICTORY, "وأمر قائد الجيش بسحب كامل الجنود."),
    (VICTORY, "وهناك أصدر قائد الجيش أمراً بسحب كامل الجنود من المعسكر الشمالي."),
    ("وأعلن قائد الجيش تحقيق النصر الكامل في معركة الوادي. وبعد يومين أمر بسحب الجنود من المعسكر الشمالي.",
     "وأمر قائد الجيش بسحب كامل الجنود من المعسكر الشمالي."),
    ("وأعلن المدرب جاهزية الفريق الكاملة للمباراة. وشارك ثلاثة من لاعبي الفريق في التدريب.",
     "وشارك كامل لاعبي الفريق في التدريب."),
]


@pytest.mark.parametrize(("source", "text"), WHOLE)
def test_a_whole_read_off_another_nouns_adjective_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


def test_an_extent_the_neighbour_sentence_says_of_another_deed_is_borrowed():
    # (not supported on main either, by another reason: with "كامل" an extent, the pair of sentences must not lend it)
    told = claim("واحتفلت المدينة بالفوز، وقال المحافظ إن النصر كامل. وأغلقت البلدية بعض الشوارع.", "وأغلقت البلدية كامل الشوارع.")
    assert told.verdict != "supported", told.reason


@pytest.mark.parametrize("text", ["وأمر قائد الجيش بسحب كامل الجنود من المدينة.", "وأمر قائد الجيش بسحب الجنود بالكامل من المدينة."])
def test_a_whole_the_sentence_says_itself_is_still_supported(text):
    told = claim("وأعلن المحافظ النصر الكامل. وأمر قائد الجيش بسحب الجنود بالكامل من المدينة.", text)
    assert told.verdict == "supported", told.reason


# TRUST BUG of main: an interview told as a meeting and a meeting as an interview (AWN's "اجتماع لقاء مقابلة")
@pytest.mark.parametrize(("source", "text"), [
    (COUNCIL, "وأعلن المجلس البلدي تعيين رامي العلي مديراً للمشروع خلال مقابلة في الزرقاء."),
    (INTERVIEW, "وأعلن المحافظ تعيين رامي العلي مديراً للمشروع خلال اجتماع في الزرقاء."),
    ("وقال الوزير في اجتماع مع التجار إن الأسعار ستنخفض.", "وقال الوزير في مقابلة مع التجار إن الأسعار ستنخفض."),
    ("وقال الوزير في مقابلة مع قناة محلية إن الأسعار ستنخفض.", "وقال الوزير في اجتماع مع قناة محلية إن الأسعار ستنخفض."),
])
def test_an_interview_is_no_meeting(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


@pytest.mark.parametrize(("source", "text"), [
    ("وقال الوزير في لقاء تلفزيوني إن الأسعار ستنخفض.", "وقال الوزير في مقابلة تلفزيونية إن الأسعار ستنخفض."),
    ("وقال الوزير في مقابلة تلفزيونية إن الأسعار ستنخفض.", "وقال الوزير في لقاء تلفزيوني إن الأسعار ستنخفض."),
    ("وقال الوزير في اجتماع مع التجار إن الأسعار ستنخفض.", "وقال الوزير في لقاء مع التجار إن الأسعار ستنخفض."),
])
def test_a_meeting_or_an_interview_is_still_a_liqaa(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason
