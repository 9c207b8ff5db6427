"""Round 14 of the generation guard: "في النهاية" is an adverb, a side named after "أمام" is no deed of the other
clause's doer, a time zone is no place of the event, a suspension said by a form the list lacks, a colon between
digits is an hour, a name of two words ("ذا لاين"), a planet with its kind. Each with its false variant. The sentences
are our own."""

from akhbar.align import analyze
from akhbar.verify import split_claims
from conftest import claim

# --- "في النهاية": at last, not the end of anything -----------------------------------------------------------

LAUNCH = "أقلعت الطائرة الشراعية صباح الخميس 4 مارس 2021 من مطار صغير شمال المدينة."


def test_in_the_end_as_an_adverb_is_no_opposite_of_a_start():
    # read word by word, "النهاية" met the source's start as its opposite and the true sentence was replaced
    assert claim("انطلقت القافلة فجر الخميس 4 مارس 2021 من ساحة البلدة.",
                 "وانطلقت القافلة في النهاية فجر الخميس 4 مارس 2021.").verdict != "contradicted"
    # an end the claim names is still read: "في نهاية" with what it ends
    assert claim(LAUNCH, "أقلعت الطائرة الشراعية في نهاية مارس 2021.").verdict != "supported"


# --- the side a scorer played against, in a sentence of two doers -----------------------------------------------

FINAL = "وأحرز سامي العلي هدفين للنسور، فيما سجل الضيف كريم الهاشمي ثلاثة أهداف في المباراة ليقود فريقه إلى اللقب."


def test_the_side_played_against_is_no_deed_of_the_other_clause():
    # "أمام النسور" names the side he scored against; the source's "للنسور" belongs to the first clause's scorer,
    # which was read as crediting الهاشمي with العلي's deed ("كريم ≠ سامي") and replaced a true sentence
    said = claim(FINAL, "سجل كريم الهاشمي ثلاثة أهداف أمام النسور.")
    assert said.verdict != "contradicted"


def test_the_other_clause_deed_credited_to_him_is_still_a_clash():
    # the same words for the same side: the two goals for النسور are العلي's, not الهاشمي's
    assert claim(FINAL, "سجل كريم الهاشمي هدفين للنسور.").verdict == "contradicted"
    # the other clause's count for the first clause's scorer: never supported
    assert claim(FINAL, "سجل سامي العلي ثلاثة أهداف في المباراة.").verdict != "supported"


# --- a time zone is no place of the event ------------------------------------------------------------------------

def test_a_time_zone_is_no_rival_of_the_claim_place():
    source = "وأقلع الصاروخ عند الساعة 6:40 صباحاً بتوقيت مكة، بعد تأجيله مرة بسبب الرياح في موقع الإطلاق."
    said = claim(source, "أُجّل إقلاع الصاروخ مرة بسبب الرياح في موقع الإطلاق بكازاخستان.")
    assert said.verdict != "contradicted"
    assert analyze(source).words[[w.text for w in analyze(source).words].index("مكة")].role == "clock"
    # a place of the event against another still contradicts
    assert claim("أقلع الصاروخ من قاعدة بايكونور في كازاخستان.",
                 "أقلع الصاروخ من قاعدة بايكونور في روسيا.").verdict == "contradicted"


# --- a suspension said by a form the list lacks -------------------------------------------------------------------

def test_a_postponement_said_by_another_form_is_no_denial_on_one_side():
    source = "وعُقد المؤتمر في قاعة البلدية، بعد تأجيله مرتين بسبب الأمطار."
    # "تأجل" is not in the polarity list, "تأجيله" is: the claim says the same suspension
    said = claim(source, "وتأجل المؤتمر مرتين بسبب الأمطار.")
    assert said.verdict != "contradicted"
    assert "denial or refusal" not in said.reason
    # a claim's withdrawal against the source's ordered pull-out is not made the same by their shared root
    assert claim("وأمر الوزير بسحب جزء من الجنود من الحدود.",
                 "وأعلن الوزير انسحاب الجنود من الحدود.").verdict != "supported"


# --- an hour's colon is no title ----------------------------------------------------------------------------------

def test_a_colon_between_digits_is_an_hour_not_a_title():
    assert split_claims("وأقلعت الطائرة عند الساعة 6:40 صباحاً.") == ["وأقلعت الطائرة عند الساعة 6:40 صباحاً."]
    assert split_claims("الوزارة: الطائرة أقلعت صباحاً.") == ["الطائرة أقلعت صباحاً."]
    # the hour is compared as one value: another hour contradicts (it was read as the claim "40 صباحاً")
    source = "وأقلعت الطائرة عند الساعة 6:40 صباحاً من المطار."
    assert claim(source, "وأقلعت الطائرة عند الساعة 7:40 صباحاً.").verdict == "contradicted"


# --- a name of two words --------------------------------------------------------------------------------------------

def test_the_line_is_one_name_not_a_slot_word():
    source = "وفي مارس 2022 كُشف عن تصميم \"ذا لاين\" ضمن المشروع، وهو مدينة خطية طولها 170 كيلومتراً."
    assert claim(source, "وذا لاين مدينة خطية طولها 170 كيلومتراً.").verdict == "supported"
    assert claim(source, "وذا لاين مدينة خطية طولها 200 كيلومتر.").verdict == "contradicted"


# --- a planet named with its kind or its colour ---------------------------------------------------------------------

def test_a_planet_with_its_kind_is_the_planet():
    source = "وتحمل المركبة جهازين لقياس حرارة سطح المريخ."
    assert claim(source, "وتحمل المركبة جهازين لقياس حرارة سطح كوكب المريخ.").verdict == "supported"
    assert claim("ووصلت المركبة إلى مدار الكوكب الأحمر ليلاً.", "ووصلت المركبة إلى مدار المريخ ليلاً.").verdict == "supported"
    # another planet is another
    assert claim(source, "وتحمل المركبة جهازين لقياس حرارة سطح كوكب الزهرة.").verdict != "supported"
