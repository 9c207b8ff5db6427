"""Light verbs (lexicon.LIGHT_VERBS): a claim worded with one is checked on the rest of its words, and a
verb used in its full sense still carries its meaning."""

from akhbar import verify

QUAKE = "ضرب زلزال بقوة 7.8 درجات على مقياس ريختر جنوب تركيا وشمال سوريا فجر الاثنين."
LAUNCH = "انطلق المسبار فجر الاثنين، بعد تأجيل إطلاقه مرتين بسبب سوء الأحوال الجوية."
CONVOY = "وضمت القافلة ست شاحنات محملة بالخيام ومواد الإغاثة."
SECOND = "وبعد نحو تسع ساعات ضرب زلزال ثانٍ بقوة 7.5 درجات المنطقة نفسها."


def verdict(source: str, claim: str) -> str:
    return verify(source, claim).claims[0].verdict


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
