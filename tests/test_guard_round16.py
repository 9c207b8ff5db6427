"""Round 16 of the generation guard: a name borrowed from the article where the sentence names another place, a
negation of a clause that dates the event by another, "أودى" with its subject between it and "بحياة", and "على
متن" as what carries. Each with its false variant. The sentences are our own, about made-up events."""

from conftest import claim

# --- a place the sentence names otherwise --------------------------------------------------------------------

BASE = "وانطلقت الطائرات من قاعدة الشعيرات الجوية الواقعة قرب مدينة حمص."


def test_a_name_the_article_says_elsewhere_is_not_the_place_the_sentence_names():
    # "حماة" is in the article, so it was read as stated although the sentence names حمص in its place: the wrong
    # place was supported (held out 13's kept contradiction)
    article = BASE + " وقال الوزير إن بلاده ستبقي قوات في الشعيرات وحماة."
    assert claim(article, "وتقع قاعدة الشعيرات الجوية قرب مدينة حماة.").verdict == "contradicted"
    assert claim(article, "وتقع قاعدة الشعيرات الجوية قرب مدينة حمص.").verdict == "supported"


def test_a_head_word_the_article_says_only_before_another_name_is_not_borrowed():
    # the second sentence names the base and حماة; "مدينة" (said only in "مدينة حمص") was borrowed for "مدينة حماة"
    # and the base placed near the wrong town was supported
    article = BASE + " وقال الوزير إن بلاده ستبقي قواتها في قاعدة الشعيرات وفي حماة."
    assert claim(article, "وتقع قاعدة الشعيرات الجوية قرب مدينة حماة.").verdict != "supported"
    assert claim(article, "وتقع قاعدة الشعيرات الجوية قرب مدينة حمص.").verdict == "supported"


# --- a negation in a clause that dates the event by another ---------------------------------------------------

TOWNS = "وخلال أقل من شهر خرجت مأرب ثم شبوة ثم عتق عن سيطرة الجيش، قبل أن تبلغ القوات الساحل من دون مقاومة تذكر."


def test_a_negation_after_before_that_is_no_negation_of_the_main_clause():
    # the "من دون مقاومة" of the later advance put the true sentence about the towns at 0.000
    assert claim(TOWNS, "وخرجت مأرب ثم شبوة ثم عتق عن سيطرة الجيش خلال أقل من شهر.").verdict == "supported"
    assert claim(TOWNS, "وخرجت مأرب ثم شبوة ثم عتق عن سيطرة الجيش خلال أقل من أسبوع.").verdict != "supported"
    assert claim(TOWNS, "وبلغت القوات الساحل بعد مقاومة عنيفة.").verdict == "contradicted"


# --- "أودى" with its subject inside the phrase -----------------------------------------------------------------

FIRE = "وأودى الحريق بحياة 12 شخصاً، وأصاب 40 آخرين."


def test_a_death_toll_worded_with_or_without_the_subject_inside_the_phrase():
    # "وأودى بحياة" was read as "قتل" and the sentence's split "أودى الحريق بحياة" was not: a true sentence was
    # contradicted (and replaced by another article's toll)
    assert claim(FIRE, "وأودى بحياة 12 شخصاً.").verdict != "contradicted"
    assert claim(FIRE, "وقتل الحريق 12 شخصاً.").verdict == "supported"
    assert claim(FIRE, "وأودى بحياة 15 شخصاً.").verdict == "contradicted"


# --- what carries --------------------------------------------------------------------------------------------

LAUNCH = "وانطلق القمر الاصطناعي من قاعدة الإطلاق فجر الخميس على متن صاروخ روسي من طراز سويوز."


def test_on_board_is_carried_by():
    assert claim(LAUNCH, "وحمله صاروخ روسي من طراز سويوز.").verdict == "supported"
    assert claim(LAUNCH, "وحمله صاروخ صيني من طراز لونغ مارش.").verdict != "supported"
