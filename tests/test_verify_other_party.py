"""Every word of the claim is in the sentence, yet the sentence tells it of another party, another deed or a chance:
TRUST BUGS of the lead's own probe, round 25 (each claim below was supported, at 0.51 to 0.93). Sentences written for
this test."""

import pytest

from akhbar import verify


@pytest.mark.parametrize("source, claim, reason", [
    # the office's former holder is not its holder
    ("اجتمع وزير المالية السابق بممثلي النقابات في مقر الاتحاد العام.", "اجتمع وزير المالية بممثلي النقابات في مقر الاتحاد العام.",
     "the source tells it of وزير … السابق, not وزير"),
    # what some did is not what all did, nor what the whole did
    ("عاد بعض الصيادين إلى الميناء قبل هبوب العاصفة.", "عاد جميع الصيادين إلى الميناء قبل هبوب العاصفة.",
     "the source tells it of بعض الصيادين, not الصيادين"),
    ("صوت نصف الأعضاء لصالح تعديل النظام الداخلي للنادي.", "صوت الأعضاء لصالح تعديل النظام الداخلي للنادي.",
     "the source tells it of نصف الأعضاء, not الأعضاء"),
    # the one another stands in for did not do the deed
    ("افتتح المحافظ معرض الكتاب نيابة عن رئيس الوزراء.", "افتتح رئيس الوزراء معرض الكتاب.",
     "the source tells it of نيابة … رئيس, not رئيس"),
    ("ألقى السفير كلمة بلاده في المؤتمر بدلاً من الوزير.", "ألقى الوزير كلمة بلاده في المؤتمر.",
     "the source tells it of بدلاً … الوزير, not الوزير"),
    # a relative, an aide or a candidate is not the office holder
    ("زارت زوجة المحافظ دار الأيتام في الحي القديم.", "زار المحافظ دار الأيتام في الحي القديم.",
     "the source tells it of زوجة المحافظ, not المحافظ"),
    ("خطب مرشح الرئاسة في أنصاره بساحة البلدية.", "خطب الرئيس في أنصاره بساحة البلدية.",
     "the source tells it of مرشح الرئاسة, not الرئيس"),
    # ranked below the first, or among several
    ("يعد الميناء ثالث أكبر ميناء للحاويات في المنطقة.", "يعد الميناء أكبر ميناء للحاويات في المنطقة.",
     "the source tells it of ثالث أكبر, not أكبر"),
    ("تعتبر الرواية من أهم الأعمال الأدبية في القرن الماضي.", "تعتبر الرواية أهم الأعمال الأدبية في القرن الماضي.",
     "the source tells it of من أهم, not أهم"),
    # near a place, or outside it, is not in it
    ("سقطت قذيفة بالقرب من مستشفى حماة الوطني.", "سقطت قذيفة في مستشفى حماة الوطني.",
     "the source tells it of بالقرب … مستشفى, not مستشفى"),
    # the claim's doer is the sentence's object
    ("لاحق الصيادون الذئب حتى أطراف الغابة.", "لاحق الذئب الصيادين حتى أطراف الغابة.",
     "the source tells it of الصيادون, not الذئب"),
])
def test_another_party_is_no_support(source, claim, reason):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == reason


@pytest.mark.parametrize("source, claim", [
    ("اجتمع وزير المالية السابق بممثلي النقابات في مقر الاتحاد العام.",
     "اجتمع وزير المالية السابق بممثلي النقابات في مقر الاتحاد العام."),
    ("عاد بعض الصيادين إلى الميناء قبل هبوب العاصفة.", "عاد بعض الصيادين إلى الميناء."),
    ("افتتح المحافظ معرض الكتاب نيابة عن رئيس الوزراء.", "افتتح المحافظ معرض الكتاب."),
])
def test_the_same_party_is_still_supported(source, claim):
    assert verify(source, claim).claims[0].verdict == "supported"


def test_what_may_happen_is_not_told_as_done():
    # "قد" before a present is a chance ("may rise"), before a past it tells the deed done
    source = "قد تنخفض أسعار الخضار في الأسواق المحلية مع بداية موسم الحصاد."
    result = verify(source, "انخفضت أسعار الخضار في الأسواق المحلية.").claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == "the source only plans it: تنخفض, where the claim says انخفضت"
    done = "وقد انخفضت أسعار الخضار في الأسواق المحلية مع بداية موسم الحصاد."
    assert verify(done, "انخفضت أسعار الخضار في الأسواق المحلية.").claims[0].verdict == "supported"


def test_received_is_the_converse_of_handed_over():
    # "تسلم" (received) is no "سلم" (handed over): the same agent under the other verb is a contradiction
    source = "تسلم مدير المستشفى شحنة الأدوية من ممثل منظمة الإغاثة."
    result = verify(source, "سلم مدير المستشفى شحنة الأدوية إلى ممثل منظمة الإغاثة.").claims[0]
    assert result.verdict == "contradicted"
    assert result.reason == "opposite: سلم / تسلم"


def test_a_rumour_does_not_tell_the_deed_done():
    # a hollow root's past of form X ("استقال") is read as a past, so the rumour's head closes it
    source = "ترددت أنباء عن استقالة مدير الميناء بعد حادث الرافعة."
    result = verify(source, "استقال مدير الميناء بعد حادث الرافعة.").claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == "the source does not tell it as done: أنباء … استقالة, where the claim says استقال"
    told = "أعلن مدير الميناء استقالته بعد حادث الرافعة."
    assert verify(told, "استقال مدير الميناء بعد حادث الرافعة.").claims[0].verdict != "contradicted"


def test_less_than_last_year_is_no_rise_above_it():
    # "أقل" compares here (no number after it), so it is a word of its own, the opposite of "أعلى"
    source = "نمت مبيعات السيارات الكهربائية هذا العام بوتيرة أعلى من العام الماضي."
    result = verify(source, "نمت مبيعات السيارات الكهربائية هذا العام بوتيرة أقل من العام الماضي.").claims[0]
    assert result.verdict == "contradicted"
    assert result.reason == "opposite: أقل / أعلى"


@pytest.mark.parametrize("source, claim, reason", [
    # the place of the next step is not the place of the first
    ("استقبل المحافظ وفد المستثمرين في مطار الشارقة، ثم رافقهم إلى العين لزيارة المزارع.",
     "استقبل المحافظ وفد المستثمرين في العين.",
     "the source gives العين in the clause of another deed; the clause of the claim's verb says مطار"),
    # the object of the second deed is not the first deed's
    ("دشن رئيس البلدية الحديقة العامة، وزار بعدها سوق الخضار في الحي الشرقي.", "دشن رئيس البلدية سوق الخضار في الحي الشرقي.",
     "the source gives سوق in the clause of another deed; the clause of the claim's verb says الحديقة"),
    # the first deed's object a noun in construct with a definite one (round 26, verify38)
    ("زار الوفد مصنع السيارات، وتفقد بعدها ميناء الحاويات.", "زار الوفد ميناء الحاويات.",
     "the source gives ميناء in the clause of another deed; the clause of the claim's verb says مصنع السيارات"),
    ("التقى السفير رئيس البرلمان، واستقبل لاحقاً وفد التجار.", "التقى السفير وفد التجار.",
     "the source gives وفد in the clause of another deed; the clause of the claim's verb says رئيس البرلمان"),
    # the first deed's object an indefinite noun and its adjective (round 27, verify39)
    ("افتتح المحافظ مدرسة حديثة، وزار بعد ذلك مستشفى المدينة.", "افتتح المحافظ مستشفى المدينة.",
     "the source gives مستشفى in the clause of another deed; the clause of the claim's verb says مدرسة حديثة"),
    ("افتتح العمدة ملعباً صغيراً، ثم زار بعد ذلك متحف الفنون.", "افتتح العمدة متحف الفنون.",
     "the source gives متحف in the clause of another deed; the clause of the claim's verb says ملعباً صغيراً"),
])
def test_a_slot_of_another_clause_is_no_support(source, claim, reason):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == reason


@pytest.mark.parametrize("source, claim", [
    ("زار الوفد مصنع السيارات، وتفقد بعدها ميناء الحاويات.", "تفقد الوفد ميناء الحاويات."),
    ("زار الوفد مصنع السيارات وميناء الحاويات.", "زار الوفد ميناء الحاويات."),
    ("افتتح الوزير صباح اليوم مستشفى الأطفال، ثم عاد إلى العاصمة.", "افتتح الوزير مستشفى الأطفال."),  # a time, no object
    ("زار الرئيس مصنعاً كبيراً للأدوية.", "زار الرئيس مصنعاً للأدوية."),  # the adjective dropped, one clause
    ("افتتح الوزير مستشفى جديداً، ثم تفقد بعدها قسم الطوارئ فيه.", "افتتح الوزير مستشفى جديداً."),
    ("افتتح الوزير مصنعاً ينتج الأدوية، وتفقد بعدها مستودع الشركة.", "افتتح الوزير مصنعاً ينتج الأدوية."),  # a verb, no adjective
])
def test_an_object_of_its_own_clause_still_supports(source, claim):
    assert verify(source, claim).claims[0].verdict == "supported"


def test_where_a_flight_was_headed_is_not_where_it_landed():
    source = "أقلعت الطائرة من عمان متجهة إلى بيروت، لكنها هبطت اضطرارياً في لارنكا."
    assert verify(source, "هبطت الطائرة في بيروت.").claims[0].verdict == "unsupported"


def test_the_level_before_a_rise_is_not_the_level_it_rose_to():
    source = "ارتفع سعر الأرز في الأسواق إلى 12 ديناراً للكيس، بعد أن كان 9 دنانير في الشهر الماضي."
    result = verify(source, "ارتفع سعر الأرز في الأسواق إلى 9 دنانير للكيس.").claims[0]
    assert result.verdict != "supported"


def test_a_place_said_once_for_the_whole_sentence_still_supports():
    source = "قتل ثلاثة أشخاص وأصيب سبعة آخرون في انهيار مبنى سكني بمدينة طنطا."
    assert verify(source, "قتل ثلاثة أشخاص في انهيار مبنى سكني بمدينة طنطا.").claims[0].verdict == "supported"


def test_a_value_only_expected_is_not_told_as_reached():
    # the claim's verb is light ("بلغ"), so the count itself must not come from the expected clause
    source = "بلغ عدد طلاب الجامعة عشرين ألفاً العام الماضي، ويتوقع أن يصل إلى ثلاثين ألفاً بعد خمس سنوات."
    result = verify(source, "بلغ عدد طلاب الجامعة ثلاثين ألفاً.").claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == "the source gives ثلاثين ألفاً only under ويتوقع: not told as done"
    assert verify(source, "بلغ عدد طلاب الجامعة عشرين ألفاً.").claims[0].verdict == "supported"
