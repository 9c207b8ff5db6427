"""akhbar.verify: two things told the other way round, every word linked, are no support.

Each case was supported before (all of the claim's words are in the sentence) while the sentence says something
else: which thing rises and which falls, or which country acts and whose firms it acts on. Sentences written for
this project.
"""

from __future__ import annotations

from akhbar.verify import judge_pair


def test_a_rise_and_a_fall_said_of_the_other_things_contradict():
    # The claim's prices fall and the maize rises; the sentence says the prices rise and the maize falls. "حاد" is
    # the fall's degree, not what falls: each move is said of the noun past it (before: both falls of "حاد").
    v = judge_pair("هبوط حاد في أسعار القمح مع ارتفاع الذرة", "ارتفاع أسعار القمح مع هبوط حاد للذرة")
    assert v.verdict == "contradicted", v
    assert v.reason == "opposite: هبوط / ارتفاع", v


def test_the_same_moves_of_the_same_things_are_supported():
    v = judge_pair("هبوط حاد في أسعار القمح مع ارتفاع الذرة", "هبوط حاد في أسعار القمح مع ارتفاع الذرة في الأسواق")
    assert v.verdict == "supported", v


def test_a_country_and_a_nationality_that_change_places_are_no_support():
    # Egypt pursues American banks; the sentence has Washington pursue Egyptian banks.
    v = judge_pair("مصر تلاحق مصارف أميركية", "واشنطن تلاحق مصارف مصرية")
    assert v.verdict != "supported", v
    assert v.reason == "the source puts مصر and أميركية the other way round", v


def test_a_country_said_as_its_nationality_under_the_same_head_is_supported():
    # "رئيس العراق" is "الرئيس العراقي": the country and its adjective qualify the same head on both sides.
    v = judge_pair("رئيس العراق يستقبل السفير الأميركي", "الرئيس العراقي يستقبل سفير أمريكا")
    assert v.verdict == "supported", v


def test_another_kind_of_the_same_thing_is_no_support():
    # A science book's prize is not a history book's: the adjective after the linked noun differs (before: supported
    # 0.93, "every word of the claim is in the source").
    v = judge_pair("جائزة جديدة لأفضل كتاب علمي تطلقها الجامعة", "الجامعة تطلق جائزة جديدة لأفضل كتاب تاريخي")
    assert v.verdict != "supported", v
    assert v.reason == "the source says تاريخي where the claim says علمي", v
    v = judge_pair("وفاة الممثل المصري بأزمة قلبية خلال برنامج إذاعي", "رحيل الممثل المصري إثر أزمة قلبية أثناء برنامج تلفزيوني")
    assert v.verdict != "supported", v


def test_the_same_kind_with_a_word_more_is_still_supported():
    v = judge_pair("الجامعة تطلق جائزة جديدة لأفضل كتاب علمي", "الجامعة تطلق جائزة جديدة لأفضل كتاب علمي مترجم")
    assert v.verdict == "supported", v
