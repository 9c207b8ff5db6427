"""akhbar.verify: a name Arabic tells only by its company, left without a partner, is no support.

Arabic writes no capitals, so many names are known only by the word before them: "سجن …", "مدينة …", "حي …",
or a name's head "أبو …" ("أبو غريب": the second word is also the common word "strange"). When such a name of the
claim has no partner in the sentence and the sentence names another thing, the two speak of different places or
people: the claim is never supported, and the reason says which name the source gives instead. The sentences are
written for this project.
"""

from __future__ import annotations

import pytest

from akhbar.verify import judge_pair


@pytest.mark.parametrize("claim,sentence,other", [
    # The claim's prison is a name by its head ("أبو"); the sentence names another prison.
    ("الولايات المتحدة تطلق سراح سجين سعودي من أبو غريب", "إطلاق سراح سجين سعودي من سجن غوانتانامو الأمريكي",
     "غوانتانامو"),
    ("الولايات المتحدة تطلق سراح معتقل سعودي من أبو غريب", "إطلاق سراح معتقل سعودي من سجن باغرام الأمريكي",
     "باغرام"),
    # A district known by its kind ("حي") against another district.
    ("الجيش يستعيد السيطرة على حي الزيتون بعد معارك عنيفة", "بعد معارك عنيفة الجيش يستعيد السيطرة على حي جوبر",
     "جوبر"),
])
def test_a_claim_name_without_partner_against_another_name_is_not_supported(claim, sentence, other):
    v = judge_pair(claim, sentence)
    assert v.verdict != "supported", v
    if v.verdict == "unsupported":
        assert other in v.reason, v


@pytest.mark.parametrize("claim,sentence", [
    # The same prison named on both sides: the release is told in other words, and it is supported.
    ("الولايات المتحدة تطلق سراح معتقل يمني من سجن أبو غريب",
     "إطلاق سراح معتقل يمني من سجن أبو غريب الأمريكي"),
    # A release told with "تطلق سراح" is the release the sentence tells with "تفرج عن".
    ("السلطات تطلق سراح الناشط الحقوقي", "السلطات تفرج عن الناشط الحقوقي بعد عام من سجنه"),
])
def test_the_same_name_or_a_release_in_other_words_is_supported(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict == "supported", v


def test_an_adjective_after_a_cue_with_the_article_is_no_name():
    # "السفينة الحربية" is a warship, no ship's name: the sentence naming its ship does not close the route on the
    # claim's adjective.
    from akhbar.align import align, analyze
    from akhbar.verify_names import other_name

    a = align(analyze("جنوح السفينة الحربية في القناة"), analyze("جنوح السفينة التجارية إيفر غيفن في القناة"))
    assert [w.text for i, w in enumerate(a.claim.words) if i not in a.links] == ["الحربية"]
    assert other_name(a) is None


@pytest.mark.parametrize("claim,sentence,reason", [
    # A name of two words after a place's kind, the second in construct with the first: the reason names it whole,
    # on both sides ("عين" alone is also "an eye", "باب" "a door").
    ("اشتباكات عنيفة في مخيم عين الحلوة", "اشتباكات عنيفة في حي باب التبانة",
     "the source names باب التبانة, not عين الحلوة"),
    # A nationality after the name is said of the place, no part of it.
    ("الإفراج عن معتقل يمني من سجن أبو غريب", "الإفراج عن معتقل يمني من سجن باغرام الأمريكي",
     "the source names باغرام, not أبو غريب"),
])
def test_the_reason_names_a_name_of_two_words_whole(claim, sentence, reason):
    v = judge_pair(claim, sentence)
    assert v.verdict == "unsupported", v
    assert v.reason == reason, v


@pytest.mark.parametrize("claim,sentence,reason", [
    # A slot changed to another name: each side's name whole, the head with it ("أبو زعبل", was "زعبل").
    ("الإفراج عن معتقلين من سجن أبو غريب", "الإفراج عن معتقلين من سجن أبو زعبل",
     "the source says أبو زعبل where the claim says أبو غريب"),
    # A name known by its place's kind, the word in construct after it with it ("دير الزور", was "دير").
    ("زيارة إلى مدينة عين العرب", "زيارة إلى مدينة دير الزور", "the source says دير الزور where the claim says عين"),
    # A common word in the slot stays one word.
    ("قاد المسيرة حاخام يهودي", "قاد المسيرة حاخام إسرائيلي", "the source says إسرائيلي where the claim says يهودي"),
])
def test_a_changed_slot_names_a_name_of_two_words_whole(claim, sentence, reason):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted", v
    assert v.reason == reason, v


def test_a_name_conflict_names_the_other_name_whole():
    v = judge_pair("وصول الوفد إلى مطار الملك خالد", "وصول الوفد إلى مطار رفيق الحريري")
    assert v.verdict == "contradicted", v
    assert v.reason == "name خالد ≠ رفيق الحريري", v
