"""Light verbs (lexicon.LIGHT_VERBS): a claim worded with one is checked on the rest of its words, and a
verb used in its full sense still carries its meaning."""

from conftest import verdict

QUAKE = "ضرب زلزال بقوة 7.8 درجات على مقياس ريختر جنوب تركيا وشمال سوريا فجر الاثنين."
LAUNCH = "انطلق المسبار فجر الاثنين، بعد تأجيل إطلاقه مرتين بسبب سوء الأحوال الجوية."
CONVOY = "وضمت القافلة ست شاحنات محملة بالخيام ومواد الإغاثة."
SECOND = "وبعد نحو تسع ساعات ضرب زلزال ثانٍ بقوة 7.5 درجات المنطقة نفسها."


def test_a_claim_worded_with_a_light_verb_is_supported_by_its_source():
    assert verdict(QUAKE, "بلغت قوة الزلزال 7.8 درجات على مقياس ريختر.") == "supported"
    assert verdict(LAUNCH, "وجاء الإطلاق بعد تأجيله مرتين بسبب سوء الأحوال الجوية.") == "supported"
    assert verdict(CONVOY, "وشملت القافلة ست شاحنات محملة بالخيام.") == "supported"
    assert verdict(SECOND, "وتلاه بعد نحو تسع ساعات زلزال ثانٍ بقوة 7.5 درجات.") == "supported"


def test_a_light_verb_does_not_hide_a_wrong_value_or_a_missing_detail():
    assert verdict(QUAKE, "بلغت قوة الزلزال 7.5 درجات على مقياس ريختر.") == "contradicted"
    assert verdict(CONVOY, "وشملت القافلة عشر شاحنات محملة بالخيام.") == "contradicted"
    assert verdict(LAUNCH, "وجاء الإطلاق بعد تأجيله ثلاث مرات بسبب سوء الأحوال الجوية.") != "supported"


def test_the_same_verbs_in_their_full_sense_keep_their_meaning():
    # "جاء إلى" is a journey and "بلغت القوات" an advance: the source's opposite verb is not ignored.
    assert verdict("وغادر الرئيس السوري دمشق متوجهاً إلى موسكو.", "وجاء الرئيس السوري إلى دمشق.") != "supported"
    assert verdict("وانسحبت القوات من مشارف دمشق.", "وبلغت القوات مشارف دمشق.") != "supported"


# A verb that frames the event as caused, undergone or faced ("أدى إلى"، "تسبب في"، "تعرض لـ"، "يواجه تهمة")
# says nothing the event's noun does not: a headline worded with the noun alone supports it.
BLAST = "مقتل ثلاثة حراس في انفجار سيارة مفخخة قرب مقر البلدية في المدينة"
WHEAT = "ارتفاع أسعار القمح بسبب الجفاف"
BOAT = "غرق قارب للصيادين قبالة سواحل الجزيرة"
TRIAL = "محاكمة رجل أعمال بتهمة تهريب آثار من المدينة القديمة"


def test_a_claim_framed_by_a_causative_or_undergoing_verb_is_supported_by_the_event_itself():
    assert verdict(WHEAT, "الجفاف يؤدي إلى ارتفاع أسعار القمح") == "supported"  # was: no evidence for يؤدي
    assert verdict(BLAST, "انفجار سيارة مفخخة قرب مقر البلدية يتسبب في مقتل ثلاثة حراس") == "supported"
    assert verdict(BOAT, "قارب للصيادين يتعرض للغرق قبالة سواحل الجزيرة") == "supported"  # was: no evidence for يتعرض
    assert verdict(TRIAL, "رجل أعمال يواجه المحاكمة بتهمة تهريب آثار من المدينة القديمة") == "supported"


def test_a_framing_verb_hides_no_wrong_count_or_other_event_and_keeps_its_full_sense():
    assert verdict(BLAST, "انفجار سيارة مفخخة قرب مقر البلدية يؤدي إلى مقتل خمسة حراس") == "contradicted"
    assert verdict(WHEAT, "الجفاف يؤدي إلى انخفاض أسعار القمح") != "supported"
    assert verdict(BOAT, "قارب للصيادين يتعرض للسرقة قبالة سواحل الجزيرة") != "supported"
    # "يواجه" before a team is a match, not a charge: the source's win is no evidence of it.
    assert verdict("فوز النادي الأهلي على نادي الزمالك في نهائي الكأس", "النادي الأهلي يواجه نادي الزمالك في نهائي الكأس") != "supported"


# More framing verbs (round 17): the transitive "يسبب" / "تسبب" with its object right after it, "أسفر عن"
# (resulted in), and "أوقع" / "خلّفت" (left, of a toll) before a count. Own sentences about made-up events.
STORM = "مقتل عشرين شخصا في عاصفة ضربت الساحل الشرقي"
RAINS = "فيضانات في القرى الجبلية بسبب الأمطار الغزيرة"


def test_a_claim_framed_by_causes_resulted_in_or_left_is_supported_by_the_event_itself():
    assert verdict(RAINS, "الأمطار الغزيرة تسبب فيضانات في القرى الجبلية") == "supported"  # was: no evidence for تسبب
    assert verdict(RAINS, "الأمطار الغزيرة يسبب فيضانات في القرى الجبلية") == "supported"
    assert verdict(STORM, "عاصفة ضربت الساحل الشرقي أسفرت عن مقتل عشرين شخصا") == "supported"  # was: no evidence for أسفرت
    assert verdict("عشرون قتيلا في عاصفة ضربت الساحل الشرقي", "عاصفة ضربت الساحل الشرقي خلفت عشرين قتيلا") == "supported"
    assert verdict("عشرون قتيلا في عاصفة ضربت الساحل الشرقي", "عاصفة ضربت الساحل الشرقي أوقعت عشرين قتيلا") == "supported"


def test_these_framing_verbs_hide_no_wrong_count_no_other_event_and_no_reversed_cause():
    assert verdict(STORM, "عاصفة ضربت الساحل الشرقي أسفرت عن مقتل ثلاثين شخصا") == "contradicted"
    assert verdict("عشرون قتيلا في عاصفة ضربت الساحل الشرقي", "عاصفة ضربت الساحل الشرقي خلفت ثلاثين قتيلا") == "contradicted"
    assert verdict(RAINS, "الأمطار الغزيرة تسبب انهيارات في القرى الجبلية") != "supported"
    # which caused which: the words are the same, the cause is the other way round
    assert verdict("الفيضانات تسبب انقطاع الكهرباء في القرى", "انقطاع الكهرباء يسبب الفيضانات في القرى") != "supported"
    # "أوقع" with no count is no toll ("أوقع الفريق خصمه في الفخ"): it keeps its meaning
    assert verdict("خسر الفريق أمام خصمه في المباراة", "أوقع الفريق خصمه في المباراة") != "supported"
