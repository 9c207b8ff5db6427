"""Round 45 (guard54) of the generation guard: a month told by its rank in its year (a TRUST BUG), and rewordings a model
writes: a broken plural with its ي ("المباني", "الأهالي") for a word of its synonym group, a verb of a slot deed a near
spelling took ("وسويت" / "السوريتين") or whose sentence puts the doer between it and the object, "مجاورة" for "قريبة",
"فسخ" for "ألغى", "راح ضحية" for "أودى بحياة", "مشجع" for "متفرج", and the years of
another event after "بعد" set against the sentence's own after "بعد", a half of the day before a weekday alone or before
"ذلك اليوم", a memory recalled ("يستعيد ذكرى") for one kept ("يحيي ذكرى"), "يمتد" before the length or span it frames, and
light verbs before what they frame: "أدى ذلك إلى", "شهد" a count of matches; "يذهب" for "يسافر"; in our own words.

TRUST BUG of main (round 45): "في الشهر الأخير من 2019" was supported at 0.84 by "يوم الأربعاء 11 يناير 2019" ("most of the
claim is in the source; not found in it: الشهر، الأخير"): the month's rank was no word the checker read, and the bare
year matched (akhbar.link_pruning._month_parts now reads "الشهر الأول / الأخير من [عام] YEAR" as a season of one month).
And "الجمعة" met "الاجتماعي" by its root (below).

Each rewording fails on main (unsupported or contradicted); another month, year, place, deed, count or party is still not
supported."""

from __future__ import annotations

import pytest

from conftest import claim

TRADING = "وبدأ تداول أسهم المصرف في البورصة يوم الأربعاء 11 ديسمبر/كانون الأول 2019."
QUAKE = "وتهدمت آلاف المباني في مدن تركية عدة، وفي محافظتي حلب وإدلب السوريتين."
BLAST = "وقتل أكثر من مئتي شخص بعد أن دمر الانفجار أحياء كاملة قريبة من الميناء."
FLOOD = "ودمر السيل أحياء كاملة قريبة من الوادي، وأودى بحياة أكثر من ثلاثين شخصاً."
CONTRACT = "وذكرت الصحيفة أن الحكومة الجديدة ألغت عقد تشغيل المطار مع الشركة الأجنبية."
MATCH = "وشهدت المباراة الختامية على ملعب المدينة حضور نحو 52 ألف متفرج."
TITLES = "وهذا هو اللقب الرابع للنادي بعد عامي 1995 و2003."
DAWN = "ودخلت القوات المدينة فجر الاثنين 6 مارس 2023 بعد حصار طويل."
MEMORY = "ويحيي سكان البلدة اليوم ذكرى الفيضان الكبير."
LEASE = "وحصلت الشركة عام 2016 على عقد لتشغيل الميناء مدة 35 عاماً."
ROAD = "وافتتح الطريق الساحلي الجديد، وهو طريق سريع يبلغ طوله 240 كيلومتراً."
TRIP = "ولم يسافر الرئيس إلى جنيف لحضور القمة بسبب مرضه."
DELAY = "وانهار الجسر المؤدي إلى البلدة بسبب السيول، ما أخّر وصول فرق الإنقاذ."
LEAGUE = "واختتم الدوري بعد 240 مباراة سجل فيها 611 هدفاً."

# (source, a true claim worded otherwise): main left each unsupported or contradicted
REWORDED = [
    (TRADING, "وبدأ تداول أسهم المصرف في البورصة في الشهر الأخير من عام 2019."),
    ("وبدأ تداول أسهم المصرف في البورصة يوم الأحد 12 يناير/كانون الثاني 2020.",
     "وبدأ تداول أسهم المصرف في البورصة خلال الشهر الأول من سنة 2020."),
    (QUAKE, "وسويت بالأرض آلاف البنايات في مدن تركية عدة."),
    ("وتهدمت آلاف البنايات في مدن تركية عدة.", "وتهدمت آلاف المباني في مدن تركية عدة."),
    ("وتجمعت عائلات المفقودين أمام مبنى المحكمة صباح الاثنين.", "وتجمع الأهالي أمام مبنى المحكمة صباح الاثنين."),
    (BLAST, "وخربت أحياء كاملة مجاورة للميناء."),
    (FLOOD, "ودمر السيل أحياء كاملة مجاورة للوادي."),
    (FLOOD, "وراح ضحية السيل أكثر من ثلاثين شخصاً."),
    (CONTRACT, "وذكرت الصحيفة أن الحكومة الجديدة فسخت عقد تشغيل المطار."),
    (MATCH, "وحضر المباراة الختامية على ملعب المدينة قرابة 52 ألف مشجع."),
    (TITLES, "واللقب هو الرابع للنادي بعد لقبي 1995 و2003."),
    (DAWN, "ودخلت القوات المدينة فجر الاثنين."),
    ("وافتتح الوزير المعرض صباح الخميس 3 مارس 2022 في قاعة المؤتمرات.", "وافتتح الوزير المعرض صباح الخميس."),
    (DAWN, "ودخلت القوات المدينة فجر ذلك اليوم."),
    (MEMORY, "ويستعيد سكان البلدة اليوم ذكرى الفيضان الكبير."),
    (LEASE, "ويمتد عقد تشغيل الميناء خمسة وثلاثين عاماً."),
    (ROAD, "ويمتد طول الطريق الساحلي الجديد إلى 240 كيلومتراً."),
    (TRIP, "ولم يذهب الرئيس إلى جنيف لحضور القمة."),
    (DELAY, "وأدى ذلك إلى تأخر وصول فرق الإنقاذ."),
    (LEAGUE, "وشهد الدوري 240 مباراة سجل فيها 611 هدفاً."),
]

# (source, a claim it does not back)
NOT_BACKED = [
    (TRADING.replace("ديسمبر/كانون الأول", "نوفمبر/تشرين الثاني"), "وبدأ تداول أسهم المصرف في البورصة في الشهر الأخير من عام 2019."),
    (TRADING.replace("2019", "2018"), "وبدأ تداول أسهم المصرف في البورصة في الشهر الأخير من عام 2019."),
    (TRADING, "وبدأ تداول أسهم المصرف في البورصة خلال الشهر الأول من سنة 2019."),
    (QUAKE.replace("وتهدمت", "وبنيت"), "وسويت بالأرض آلاف البنايات في مدن تركية عدة."),
    (QUAKE, "وسويت بالأرض مئات البنايات في مدن تركية عدة."),
    ("وتهدمت آلاف البنايات في مدن تركية عدة.", "وتهدمت آلاف السيارات في مدن تركية عدة."),
    (BLAST.replace("دمر", "بنى"), "وخربت أحياء كاملة مجاورة للميناء."),
    (FLOOD, "ودمر السيل أحياء كاملة مجاورة للبحر."),
    (FLOOD.replace("قريبة من", "بعيدة عن"), "ودمر السيل أحياء كاملة مجاورة للوادي."),
    (FLOOD, "وراح ضحية السيل أكثر من مئة شخص."),
    (FLOOD.replace("وأودى بحياة", "وأصاب"), "وراح ضحية السيل أكثر من ثلاثين شخصاً."),
    (CONTRACT.replace("ألغت", "جددت"), "وذكرت الصحيفة أن الحكومة الجديدة فسخت عقد تشغيل المطار."),
    (MATCH, "وحضر المباراة الختامية على ملعب المدينة قرابة 70 ألف مشجع."),
    (TITLES, "واللقب هو الرابع للنادي بعد لقبي 1995 و2007."),
    (TITLES, "وفاز النادي باللقب الرابع في 2003."),  # (the date of an earlier title dates no later one)
    (TITLES, "واللقب هو الرابع للنادي في 2003."),
    (DAWN, "ودخلت القوات المدينة فجر الأحد."),
    (DAWN, "ودخلت القوات المدينة مساء الاثنين."),
    (DAWN, "ودخلت القوات المدينة مساء ذلك اليوم."),
    (DAWN, "وخرجت القوات من المدينة فجر ذلك اليوم."),
    ("وأعلن الوزير الخطة يوم الأحد 5 مارس 2023، ودخلت القوات المدينة فجر اليوم التالي.",
     "ودخلت القوات المدينة فجر اليوم نفسه."),
    (MEMORY.replace("الفيضان", "الزلزال"), "ويستعيد سكان البلدة اليوم ذكرى الفيضان الكبير."),
    (MEMORY.replace("ويحيي", "ويتجاهل"), "ويستعيد سكان البلدة اليوم ذكرى الفيضان الكبير."),
    (LEASE, "ويمتد عقد تشغيل الميناء عشرين عاماً."),
    (ROAD, "ويمتد طول الطريق الساحلي الجديد إلى 300 كيلومتر."),
    ("وسافر الرئيس إلى جنيف لحضور القمة.", "ولم يذهب الرئيس إلى جنيف لحضور القمة."),
    (DELAY, "وأدى ذلك إلى تسريع وصول فرق الإنقاذ."),
    (DELAY, "وأدى ذلك إلى إغلاق الطريق."),
    (LEAGUE, "وشهد الدوري 300 مباراة سجل فيها 611 هدفاً."),
]


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_the_true_sentence_worded_otherwise_is_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


@pytest.mark.parametrize(("source", "text"), NOT_BACKED)
def test_another_month_year_place_deed_count_or_party_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


# TRUST BUG of main: a month by its rank, against another month of the year (supported at 0.84)
@pytest.mark.parametrize("text", ["وبدأ تداول أسهم المصرف في البورصة في الشهر الأخير من 2019.",
                                  "وبدأ تداول أسهم المصرف في البورصة في الشهر الأخير من عام 2019."])
def test_a_month_by_its_rank_is_not_another_month(text):
    told = claim("وبدأ تداول أسهم الشركة في السوق يوم الأربعاء 11 يناير 2019.", text.replace("المصرف في البورصة", "الشركة في السوق"))
    assert told.verdict != "supported", told.reason


def test_a_month_by_its_rank_without_its_year_word_is_still_read():
    told = claim(TRADING, "وبدأ تداول أسهم المصرف في البورصة في الشهر الأخير من 2019.")
    assert told.verdict == "supported", told.reason


# TRUST BUG of main: a weekday's name met another word of its root ("الجمعة" / "الاجتماعي", root جمع) and a false claim of
# another day was supported (0.84): a weekday links by its root to no word but itself (wordlinks._root_link)
PRAYER = "وتداول مستخدمو موقع التواصل الاجتماعي صوراً للانفجار الذي وقع داخل مسجد المعسكر خلال صلاة الظهر يوم الخميس."


def test_a_weekday_is_no_other_word_of_its_root():
    told = claim(PRAYER, "وقع الانفجار داخل مسجد المعسكر خلال صلاة الجمعة.")
    assert told.verdict != "supported", told.reason


def test_the_weekday_the_sentence_gives_is_still_supported():
    told = claim(PRAYER.replace("الظهر يوم الخميس", "الجمعة"), "وقع الانفجار داخل مسجد المعسكر خلال صلاة الجمعة.")
    assert told.verdict == "supported", told.reason
