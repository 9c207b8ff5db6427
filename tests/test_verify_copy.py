"""The word-for-word route of the claim checker: a sentence that holds every word of the claim in order is
called "supported" with no probability at all, so it must copy the claim's phrase, not only its content words.

A copy with a function word changed, a head noun put before a name or a share put before the subject is judged
on the model's route instead (its cut, never lower than the word-for-word route's). The sentences are written for
this project.
"""

from __future__ import annotations

import pytest

from akhbar import verify_routes as routes
from akhbar import verify_speakers as speakers
from akhbar.align import align, analyze
from akhbar.verify import judge_pair


def route(claim: str, sentence: str) -> str:
    return routes.support_route(align(analyze(claim), analyze(sentence)))


def copy_break(claim: str, sentence: str) -> str:
    return routes.copy_break(align(analyze(claim), analyze(sentence)))


@pytest.mark.parametrize("claim, sentence, why", [
    # "after the vote" is not "shortly before the vote": the only word that differs is a function word
    ("وصل الوفد بعد الاجتماع", "وصل الوفد قبيل الاجتماع", "function"),
    ("عاد السفير إلى العاصمة بعد الانتخابات", "عاد السفير إلى العاصمة قبل الانتخابات", "function"),
    # the year of independence is not its day
    ("يحتفل البلد بالذكرى في عام الاستقلال", "يحتفل البلد بالذكرى في يوم الاستقلال", "function"),
    # the widow of a man is not the man
    ("كرمت الجامعة سعيد الخطيب في حفل كبير", "كرمت الجامعة أرملة سعيد الخطيب في حفل كبير", "head"),
    # a fifth of the residents, half of the army: not all of them
    ("السكان يغادرون المدينة الساحلية", "خمس السكان يغادرون المدينة الساحلية", "share"),
    ("الجيش يستعيد السيطرة على المدينة", "نصف الجيش يستعيد السيطرة على المدينة", "share"),
])
def test_a_copy_with_a_word_changed_or_put_in_is_not_word_for_word(claim, sentence, why):
    assert copy_break(claim, sentence) == why
    assert route(claim, sentence) != "aligned"


@pytest.mark.parametrize("claim, sentence", [
    ("وصل الوفد بعد الاجتماع", "وصل الوفد قبيل الاجتماع"),
    ("يحتفل البلد بالذكرى في عام الاستقلال", "يحتفل البلد بالذكرى في يوم الاستقلال"),
    ("كرمت الجامعة سعيد الخطيب في حفل كبير", "كرمت الجامعة أرملة سعيد الخطيب في حفل كبير"),
    ("السكان يغادرون المدينة الساحلية", "خمس السكان يغادرون المدينة الساحلية"),
    ("الجيش يستعيد السيطرة على المدينة", "نصف الجيش يستعيد السيطرة على المدينة"),
])
def test_such_false_variants_are_not_supported(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict != "supported", v


@pytest.mark.parametrize("claim, sentence", [
    # more after the copied phrase, a title before the name, clitics on the function words
    ("استقبل الرئيس وفد الشركة في القصر", "استقبل الرئيس وفد الشركة في القصر صباح الأحد"),
    ("زار بوتين دمشق", "زار الرئيس بوتين دمشق"),
    ("افتتح الوزير المعرض بعد ترميمه", "وافتتح الوزير المعرض وبعد ترميمه"),
    # a pronoun between a subject and what it is says the sentence's apposition (round 20)
    ("الجسر المعلق هو أطول جسر في البلاد", "ويعبر النهر الجسر المعلق، أطول جسر في البلاد"),
    ("وهو أطول جسر في البلاد", "ويعبر النهر الجسر المعلق، أطول جسر في البلاد"),
])
def test_a_true_copy_stays_word_for_word(claim, sentence):
    assert copy_break(claim, sentence) == ""
    assert route(claim, sentence) == "aligned"
    assert judge_pair(claim, sentence).verdict == "supported"


def test_the_check_only_moves_a_pair_to_a_route_with_a_cut_at_least_as_high():
    # The word-for-word route supports at any probability; a pair it no longer takes goes to the model's route
    # (or to none), never to the fully aligned route's lower cut: the change cannot add a "supported".
    claim, sentence = "وصل الوفد بعد الاجتماع", "وصل الوفد قبيل الاجتماع"
    a = align(analyze(claim), analyze(sentence))
    assert routes.contained(a) and routes.fully_aligned(a)
    assert routes.support_route(a) in ("model", "never")
    cuts = {"supported": 0.83}
    assert routes.support_cut("model", cuts) >= max(routes.support_cut("aligned", cuts),
                                                      routes.support_cut("fully aligned", cuts))


# --- who said it, who did it: "X: Y does Z" headlines ---------------------------------------------

@pytest.mark.parametrize("claim, sentence", [
    # the speaker and the party of the deed exchanged across the colon: who accused whom is not stated
    ("واشنطن: الصين تضر نفسها", "الصين: واشنطن تضر نفسها"),
    ("القاهرة: الرياض تدعم الاتفاق الجديد", "الرياض: القاهرة تدعم الاتفاق الجديد"),
])
def test_a_speaker_exchanged_with_the_agent_of_the_deed_is_not_supported(claim, sentence):
    a = align(analyze(claim), analyze(sentence))
    assert speakers.speaker_swapped(a)
    assert routes.support_route(a) == "never"
    assert judge_pair(claim, sentence).verdict != "supported"


@pytest.mark.parametrize("claim, sentence", [
    ("القاهرة: الرياض تدعم الاتفاق الجديد", "القاهرة: الرياض تدعم الاتفاق الجديد بقوة"),  # the same speaker
    ("الرياض تدعم الاتفاق الجديد", "القاهرة: الرياض تدعم الاتفاق الجديد"),  # the claim names no speaker
])
def test_the_same_speaker_or_none_is_still_word_for_word(claim, sentence):
    a = align(analyze(claim), analyze(sentence))
    assert not speakers.speaker_swapped(a)
    assert judge_pair(claim, sentence).verdict == "supported"


@pytest.mark.parametrize("claim, sentence, speaker, other", [
    # the claim has Moscow say it of Ankara; the source has Ankara say it of Moscow
    ("موسكو: أنقرة تعرقل المفاوضات", "أنقرة: موسكو تعرقل المفاوضات", "موسكو", "أنقرة"),
    # a place named on both sides in the deed keeps its side: the swap is still clear
    ("موسكو: أنقرة تعرقل المفاوضات مع دمشق", "أنقرة: موسكو تعرقل المفاوضات مع دمشق", "موسكو", "أنقرة"),
    ("القاهرة: الرياض تدعم الاتفاق الجديد", "الرياض: القاهرة تدعم الاتفاق الجديد", "القاهرة", "الرياض"),
])
def test_a_clear_swap_of_speaker_and_party_is_contradicted_naming_both(claim, sentence, speaker, other):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted", v
    assert v.reason.startswith("speaker swapped"), v.reason
    assert speaker in v.reason and other in v.reason


@pytest.mark.parametrize("claim, sentence", [
    # a name of the source's deed the claim never names: who is accused is not the claim's pair alone
    ("موسكو: أنقرة تعرقل المفاوضات", "أنقرة: موسكو تعرقل المفاوضات مع دمشق"),
    # a second speaker the source leaves out
    ("موسكو ودمشق: أنقرة تعرقل المفاوضات", "أنقرة: موسكو تعرقل المفاوضات"),
])
def test_a_swap_with_a_name_left_over_is_only_unsupported(claim, sentence):
    assert judge_pair(claim, sentence).verdict == "unsupported"


# --- a title as the speaker: "وزير الداخلية: …" is a party like a name ------------------------------

@pytest.mark.parametrize("claim, sentence, speaker, other", [
    # the claim has the minister say it of Turkey; the source has Turkey say it of the minister
    ("وزير الداخلية: تركيا تهدد استقرار الحدود", "تركيا: وزير الداخلية يهدد استقرار الحدود", "وزير الداخلية", "تركيا"),
    ("الرئيس: كوريا الشمالية تخرق الهدنة", "كوريا الشمالية: الرئيس يخرق الهدنة", "الرئيس", "كوريا الشمالية"),
])
def test_a_title_swapped_with_the_party_of_the_deed_is_contradicted(claim, sentence, speaker, other):
    a = align(analyze(claim), analyze(sentence))
    assert speakers.speaker_swapped(a)
    assert routes.support_route(a) == "never"
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted", v
    assert v.reason.startswith("speaker swapped") and speaker in v.reason and other in v.reason, v.reason


def test_a_title_swap_with_a_name_left_over_is_only_unsupported():
    # the source names a neighbour the claim never gives: who threatens whom is not the claim's pair alone
    claim, sentence = "وزير الداخلية: تركيا تهدد استقرار الحدود", "تركيا: وزير الداخلية يهدد استقرار الحدود مع سوريا"
    assert judge_pair(claim, sentence).verdict == "unsupported"


def test_the_same_title_as_speaker_on_both_sides_is_no_swap():
    a = align(analyze("وزير الداخلية: تركيا تهدد استقرار الحدود"),
              analyze("وزير الداخلية: تركيا تهدد استقرار الحدود الجنوبية"))
    assert not speakers.speaker_swapped(a)
    assert routes.support_route(a) != "never"


# --- "without" reaching the noun it governs -------------------------------------------------------

@pytest.mark.parametrize("claim, sentence", [
    # the claim says nobody was hurt; the source reports the injuries ("وقوع" is unlinked, "إصابات" linked)
    ("انهار الجسر دون وقوع إصابات", "إصابات في انهيار الجسر"),
    ("غرق قارب صيد قبالة الساحل بدون سقوط ضحايا", "ضحايا في غرق قارب صيد قبالة الساحل"),
])
def test_a_claim_denying_what_the_source_reports_is_never_supported(claim, sentence):
    a = align(analyze(claim), analyze(sentence))
    assert routes.denial_reaches(a)
    assert routes.support_route(a) == "never"
    assert judge_pair(claim, sentence).verdict != "supported"


@pytest.mark.parametrize("claim, sentence", [
    ("أرباح الشركة دون المتوقع", "أرباح الشركة تتراجع"),  # "below" expectations, not "without"
    ("ارتفاع غير مسبوق لأسعار الذهب", "ارتفاع قياسي لأسعار الذهب"),  # "unprecedented": a quality, no denial
    ("انهار الجسر دون وقوع إصابات", "انهار الجسر ولم تقع إصابات"),  # the source denies it too
    ("هدم المنازل دون تعويض والسكان يحتجون", "السكان يحتجون على هدم المنازل"),  # the next conjunct is not denied
])
def test_without_reaches_only_the_noun_it_governs_in_a_source_that_denies_nothing(claim, sentence):
    assert not routes.denial_reaches(align(analyze(claim), analyze(sentence)))
