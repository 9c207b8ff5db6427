"""Round 34 (guard43) of the generation guard, in our own words (two strikers of one match, a company's two sites, a
gallery's statement): dev 30's true sentences that were replaced by a wrong "correction", each a name read in
another's slot — a clause of the claim with a doer of its own, a name set beside the doer ("إلى جانب"), a word of
emphasis ("جمعاء") read as a name."""

from __future__ import annotations

from conftest import claim

MATCH = "وسجل البرتغالي كريستيانو رونالدو هدفين لفريقه، فيما أحرز الأرجنتيني ليونيل ميسي ثلاثة أهداف في اللقاء نفسه."


def test_each_clause_of_the_claim_keeps_its_own_doer():
    # the three goals are ميسي's, told in a clause of the claim whose own doer is ميسي: no deed of رونالدو's given to
    # another (dev 30: "وسجل ميسي هدفين بينما أحرز مبابي ثلاثة أهداف" was replaced, "name ميسي ≠ كيليان")
    told = claim(MATCH, "وسجل رونالدو هدفين بينما أحرز ميسي ثلاثة أهداف.")
    assert told.verdict == "supported", told.reason
    # each doer given the other's count is still caught, as is one doer given the other's deed
    assert claim(MATCH, "وسجل رونالدو ثلاثة أهداف بينما أحرز ميسي هدفين.").verdict == "contradicted"
    assert claim(MATCH, "وسجل ميسي هدفين بينما أحرز رونالدو ثلاثة أهداف.").verdict == "contradicted"
    assert claim(MATCH, "وسجل رونالدو ثلاثة أهداف.").verdict == "contradicted"


SITES = ("تملك أرامكو في المنطقة موقعين رئيسيين: مصفاة قرب العقبة في محافظة معان، ومستودعاً كبيراً في ميناء ضبا.")


def test_a_name_beside_the_doer_is_not_the_doer():
    # "besides ضبا" sets the port beside what أرامكو owns; it does not make ضبا the owner, nor the word "جانب" a word
    # put in the port's place (dev 30: "وإلى جانب طرطوس تملك روسيا قاعدة حميميم …" was replaced, "name طرطوس ≠ اللاذقية")
    told = claim(SITES, "وإلى جانب ضبا تملك أرامكو مصفاة قرب العقبة.")
    assert told.verdict == "supported", told.reason
    # the two places exchanged are still a contradiction
    assert claim(SITES, "وإلى جانب العقبة تملك أرامكو مصفاة قرب ضبا.").verdict == "contradicted"


GALLERY = "وقال المتحدث في بيانه إن محفوظ قدم في لوحات المعرض فناً يخاطب الإنسانية كلها."


def test_a_word_of_emphasis_is_no_name():
    # "جمعاء" ("all of it") is no name the sentence replaces by محفوظ (dev 30: "… يخاطب البشرية جمعاء" was replaced,
    # "name جمعاء ≠ محفوظ")
    told = claim(GALLERY, "وقال المتحدث إن لوحات المعرض تخاطب البشرية جمعاء.")
    assert told.verdict == "supported", told.reason


def test_a_capacity_a_crowding_and_an_approximation_said_in_other_words():
    # dev 30's true sentences dropped for one word the source says otherwise: "تتسع المدينة لخمسة ملايين" for "تستوعب
    # المدينة خمسة ملايين", "الزحام" for "الازدحام", "45 كيلومتراً تقريباً" for "نحو 45 كيلومتراً"
    stadium = "وقال المهندس إن الملعب الجديد سيستوعب أربعين ألف متفرج عند اكتماله."
    assert claim(stadium, "وقال المهندس إن الملعب الجديد سيتسع لأربعين ألف متفرج.").verdict == "supported"
    assert claim(stadium, "وقال المهندس إن الملعب الجديد سيتسع لخمسين ألف متفرج.").verdict == "contradicted"
    plan = "وتهدف الخطة إلى تخفيف الازدحام في وسط المدينة."
    assert claim(plan, "وتسعى الخطة إلى تخفيف الزحام في وسط المدينة.").verdict == "supported"
    town = "تقع البلدة على بعد نحو 30 كيلومتراً من الساحل."
    assert claim(town, "تقع البلدة على بعد 30 كيلومتراً تقريباً من الساحل.").verdict == "supported"
    assert claim(town, "تقع البلدة على بعد 50 كيلومتراً تقريباً من الساحل.").verdict == "contradicted"


def test_a_disclosure_refused_is_no_disclosure():
    # "الإفصاح" now meets "الكشف": a refusal to disclose is still no disclosure (the source's refusal against the
    # claim's deed is never support)
    refused = "وفي اليوم التالي امتنع المتحدث باسم الشركة سامي العلي عن الكشف عن قيمة الصفقة."
    assert claim(refused, "وفي اليوم التالي أفصح المتحدث باسم الشركة عن قيمة الصفقة.").verdict != "supported"
    assert claim(refused, "وفي اليوم التالي وافق المتحدث باسم الشركة على الإفصاح عن قيمة الصفقة.").verdict != "supported"


HEADER = ("وفاز المنتخب على البرتغال بهدف نظيف في الدور ربع النهائي. وسجل سامي العلي هدف المباراة الوحيد بضربة رأس "
          "قبل نهاية الشوط الأول.")
SQUARE = ("خرج آلاف السكان إلى شوارع حلب احتفالاً بالفوز. وتجمعت الحشود في ساحة سعد الله الجابري، ورفع المحتفلون "
          "الأعلام حتى ساعات متأخرة من الليل.")


def test_a_name_after_a_party_or_before_a_clause_is_in_no_slot():
    # the scorer told after the beaten side ("على البرتغال يوسف النصيري") is no name in the slot of the sentence's word
    # after "البرتغال" (dev 26: replaced, "name يوسف ≠ بهدف"); nor is the word opening the next clause ("…، ورفع") a
    # name after the square's (dev 14: replaced, "name بدمشق ≠ ورفع"). Neither is contradicted now.
    assert claim(HEADER, "وسجل هدف الفوز على البرتغال سامي العلي بضربة رأس.").verdict != "contradicted"
    assert claim(SQUARE, "تجمعت حشود المحتفلين في ساحة سعد الله الجابري بحلب.").verdict != "contradicted"


PLAN = ("أعلن نائب أمير المنطقة الأمير خالد بن فيصل يوم الأحد 3 مارس 2019 عن خطة تطوير الساحل، وهي خطة طويلة المدى "
        "لتنويع مصادر الدخل. وأقرت اللجنة العليا برئاسة الملك فيصل بن سعود الخطة في اليوم نفسه.")


def test_a_name_is_the_one_after_the_title_the_claim_gives_it():
    # "الملك فيصل" is the king the second sentence names after "الملك", not the "بن فيصل" of the prince's name before it
    # (dev 30: "وأقر مجلس الوزراء برئاسة الملك سلمان الرؤية في يوم إعلانها" was replaced, "name سلمان ≠ محمد")
    told = claim(PLAN, "وأقرت اللجنة العليا برئاسة الملك فيصل الخطة في يوم إعلانها.")
    assert told.verdict == "supported", told.reason
    assert claim(PLAN, "وأقرت اللجنة العليا برئاسة الأمير خالد الخطة في يوم إعلانها.").verdict == "contradicted"


CUP = "وكانت هذه آخر دورة بمشاركة 16 فريقاً، إذ يرتفع العدد إلى 24 فريقاً في بطولة 2027."


def test_a_year_is_the_count_told_right_before_it():
    # 2027 is the year of the 24 teams: the 16 teams were the last edition's (the TRUST BUG guard42 left: "وشارك 32
    # منتخباً في مونديال 2026" was supported, every value of it found in the sentence)
    told = claim(CUP, "ويشارك 16 فريقاً في بطولة 2027.")
    assert told.verdict == "contradicted", told.reason
    assert "16" in told.reason and "24" in told.reason
    assert claim(CUP, "ويشارك 24 فريقاً في بطولة 2027.").verdict == "supported"


BRIDGE = ("وانتظرت أكثر من 300 شاحنة عند مدخلي الجسر خلال فترة الإغلاق، وقدرت الغرفة التجارية الخسائر بنحو مليون دولار "
          "يومياً.")


def test_a_thing_awaited_is_not_told():
    # trucks waiting for the bridge to open wait while it is closed: no opposite (dev 15: "… في انتظار فتحها" was
    # replaced, "opposite: فتحها / الإغلاق"); an opening told as done still meets the closure
    assert claim(BRIDGE, "وتكدست أكثر من 300 شاحنة عند مدخلي الجسر في انتظار فتحه.").verdict != "contradicted"
    assert claim(BRIDGE, "وعبرت أكثر من 300 شاحنة الجسر خلال فترة فتحه.").verdict == "contradicted"


def test_a_title_with_its_nationality_and_a_claim_telling_both_counts():
    # (the readings above must not undo others: with "الفتاح" of the mosque now taken for the claim's mosque, the
    # president's own "الرئيس المصري عبد الفتاح السيسي" was read as a title beside another man, "name الرئيس ≠ الفتاح",
    # which replaced dev 14's and dev 20's true sentences while this round was written; and a claim that gives the year
    # its own right count, 24, as the sentence does, is told as the sentence tells it)
    opened = "افتتح الرئيس المصري عبد الفتاح السيسي صباح أمس الخميس مكتبة الشباب ومسجد الفتاح الكبير في مدينة العلمين."
    told = claim(opened, "وقد افتتح الرئيس السيسي في المدينة نفسها مكتبة الشباب ومسجد الفتاح الكبير.")
    assert told.verdict == "supported", told.reason
    told = claim(CUP, "وكانت هذه آخر دورة يشارك فيها 16 فريقاً، إذ يرتفع العدد إلى 24 فريقاً في بطولة 2027.")
    assert told.verdict == "supported", told.reason
