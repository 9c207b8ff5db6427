"""Round 31 (guard40) of the generation guard, in our own words (a made-up town council, bus factory and two clubs):
held out 27's false "supported" — the giver and the receiver of one deed exchanged behind the same "من", every word the
sentence's ("وتسلمت الشركة المالكة قاطرة بحرية من الهيئة" where the authority received the tug from the owner)."""

from conftest import claim

BUS = ("وقعت البلدية عقداً مع المصنع في مارس. "
       "وتسلمت البلدية بموجب العقد حافلة كهربائية من المصنع. وبدأت الحافلة العمل في أبريل.")
PLAYER = "وتبادل النادي الأهلي مع نادي الشرطة لاعبين. وتسلم النادي الأهلي المدافع سامر الخطيب من نادي الشرطة."


def test_the_giver_and_the_receiver_exchanged_are_not_supported():
    # the council received the bus from the factory: a claim that the factory received it from the council has every
    # word of the sentence, its verb a past of form V ("تسلم", "تسلمت"), which the doer/object check read as no verb
    assert claim(BUS, "وتسلم المصنع حافلة كهربائية من البلدية.").verdict != "supported"
    assert claim(BUS, "تسلمت المصنع حافلة كهربائية من البلدية.").verdict != "supported"
    # a feminine verb before a masculine word and a feminine one is no object put first when that one has a "من"
    # before it: "من البلدية" is the giver, never the doer
    assert claim(BUS, "وتسلمت المصنع حافلة كهربائية من البلدية.").verdict != "supported"
    # the deed as the sentence tells it is still supported, the giver before the thing or after it
    assert claim(BUS, "وتسلمت البلدية حافلة كهربائية من المصنع.").verdict == "supported"
    assert claim(BUS, "وتسلمت البلدية من المصنع حافلة كهربائية.").verdict == "supported"
    assert claim(PLAYER, "وتسلم النادي الأهلي المدافع سامر الخطيب من نادي الشرطة.").verdict == "supported"


STORMS = ("ضرب إعصار بقوة 120 كيلومتراً في الساعة الساحل الشرقي فجر الجمعة. "
          "وبعد نحو ست ساعات ضرب إعصار ثانٍ بقوة 90 كيلومتراً في الساعة المنطقة نفسها.")


def test_the_first_of_a_series_as_the_anchor_of_an_offset_is_no_rank_of_the_second():
    # dev 27 replaced "بعد نحو تسع ساعات من الزلزال الأول ضرب زلزال ثان بقوة 7.5" ("rank الأول ≠ ثانٍ"): the claim ranks
    # two of one series, the first only the anchor of its offset, the second the sentence's own
    assert claim(STORMS, "وبعد نحو ست ساعات من الإعصار الأول ضرب إعصار ثان بقوة 90 كيلومتراً في الساعة.").verdict \
        == "supported"
    # the first given the second's strength, or a third for the second, is still no support
    assert claim(STORMS, "وبلغت قوة الإعصار الأول 90 كيلومتراً في الساعة.").verdict != "supported"
    assert claim(STORMS, "وضرب إعصار ثالث بقوة 90 كيلومتراً في الساعة.").verdict != "supported"


COUNCIL = ("أعلن المجلس البلدي أمس الثلاثاء 4 مارس 2025 خطة لتوسيع الحديقة العامة، وذلك خلال جلسة في مقر البلدية "
           "حضرها سكان الحي.")
PRIZE = "ونال المهندس سامي العلي جائزة الابتكار لأفضل مشروع في المعرض، بينما حصل زميله على شهادة تقدير."
PLANE = "انطلقت الطائرة الشراعية صباح السبت من مطار الواحة في شمال البلاد."
FIRE = "وقال الدفاع المدني إن ماساً كهربائياً تسبب في اندلاع الحريق داخل المستودع."


def test_words_that_frame_what_the_sentence_tells():
    # "صدر" before the verbal noun of the sentence's verb ("وصدر الإعلان" / "أعلن"): dev 27 dropped it, "no evidence for:
    # وصدر"; without the sentence's verb of that root it keeps its content
    assert claim(COUNCIL, "وصدر الإعلان خلال جلسة في مقر البلدية.").verdict == "supported"
    assert claim(COUNCIL, "وصدر الكتاب خلال جلسة في مقر البلدية.").verdict != "supported"
    # "بوصفه" (as): what follows it tells the fact (dev 27, "بوصفه أفضل لاعب"); a wrong title after it is still missing
    assert claim(PRIZE, "وحصل سامي العلي على جائزة الابتكار بوصفه أفضل مشروع في المعرض.").verdict == "supported"
    assert claim(PRIZE, "وحصل سامي العلي على جائزة الابتكار بوصفه أفضل مصمم في المعرض.").verdict != "supported"
    # a craft's take-off in either word ("وأقلع المسبار" / "انطلق", dev 27's true sentence replaced), another airport not
    assert claim(PLANE, "وأقلعت الطائرة الشراعية من مطار الواحة.").verdict == "supported"
    assert claim(PLANE, "وأقلعت الطائرة الشراعية من مطار العاصمة.").verdict != "supported"
    # a cause attributed is a cause said ("وعزت الهيئة فقدان السيطرة إلى رياح قوية", dev 27: "no evidence for: وعزت")
    assert claim(FIRE, "وعزا الدفاع المدني اندلاع الحريق داخل المستودع إلى ماس كهربائي.").verdict == "supported"
    assert claim(FIRE, "وعزا الدفاع المدني اندلاع الحريق داخل المستودع إلى عطل في التكييف.").verdict != "supported"
