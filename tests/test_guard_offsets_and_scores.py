"""Round 10 of the generation guard: a day an answer counts from a day it gave before is a date ("قبل ذلك بأسبوع"),
a result told in goal words is a score ("بهدفين مقابل هدف"), and a generated sentence is replaced only by a
contradiction the checker can name. The sentences are our own."""

import datetime as dt

from akhbar.qa.generate import named_contradiction
from akhbar.qa.offsets import Date, find_offsets, read_offsets, states_offset
from conftest import claim

SUNDAY = Date(dt.date(2024, 12, 8), "day")


# --- a day counted from a day given before ----------------------------------------------------------

def test_a_week_before_the_answers_last_date_is_read_as_that_date():
    read = read_offsets("وكان الوزير قد غادر العاصمة قبل ذلك بأسبوع.", SUNDAY)
    assert "1 ديسمبر 2024" in read.text and "بأسبوع" not in read.text
    assert read.anchor == Date(dt.date(2024, 12, 1), "day")  # what the next offset counts from


def test_the_next_day_and_two_days_later_chain_from_the_last_date():
    first = read_offsets("وفي اليوم التالي التقى الوفدان في جنيف.", SUNDAY)
    assert "9 ديسمبر 2024" in first.text
    second = read_offsets("وبعد ذلك بيومين وقّع الطرفان الاتفاق.", first.anchor)
    assert "11 ديسمبر 2024" in second.text


def test_an_offset_in_years_names_a_year():
    read = read_offsets("وكان الميناء قد افتُتح قبل ذلك بتسع سنوات.", Date(dt.date(1980, 10, 8), "day"))
    assert "عام 1971" in read.text


def test_a_date_earlier_in_the_same_sentence_is_what_it_counts_from():
    read = read_offsets("افتُتح المعرض في 3 مارس 2019، وأُغلق بعد ذلك بأسبوعين.", SUNDAY)
    assert "17 مارس 2019" in read.text


def test_no_day_to_count_from_leaves_the_offset_unresolved():
    read = read_offsets("وبعد ذلك بستة أيام استقال الوزير.", Date(dt.date(2013, 1, 1), "year"))
    assert read.text == "وبعد ذلك بستة أيام استقال الوزير."
    assert [(o.sign, o.unit, o.amount) for o in read.unresolved] == [(1, "day", 6)]
    # a source telling the same offset from the event may still back it; one telling another offset may not
    assert states_offset("واستقال الوزير بعد ستة أيام من الحادث.", read.unresolved[0])
    assert not states_offset("واستقال الوزير بعد أسبوع من الحادث.", read.unresolved[0])


def test_an_approximate_offset_or_one_in_hours_is_no_date():
    assert find_offsets("وبعد ذلك بنحو تسع ساعات وقعت هزة ثانية.") == []
    assert read_offsets("وبعد ذلك بنحو أسبوع وقعت هزة ثانية.", SUNDAY).unresolved == []


def test_a_source_telling_the_departure_that_day_does_not_back_a_departure_a_week_before():
    source = "ودخل المحتجون القصر فجر الأحد 8 ديسمبر 2024. وغادر الوزير العاصمة في الساعات الأولى من ذلك اليوم."
    read = read_offsets("وكان الوزير قد غادر العاصمة قبل ذلك بأسبوع.", SUNDAY)
    assert claim(source, read.text).verdict != "supported"
    assert claim(source, read_offsets("وغادر الوزير العاصمة في اليوم نفسه.", SUNDAY).text).verdict == "supported"


# --- a result in goal words is a score -------------------------------------------------------------------

LOSS = "وخسر فريق النجوم أمام فريق الساحل 2-1 في نهائي الكأس."


def test_two_goals_to_one_in_words_is_the_score_two_one():
    assert claim(LOSS, "وخسر فريق النجوم أمام فريق الساحل بهدفين مقابل هدف في نهائي الكأس.").verdict == "supported"
    assert claim(LOSS, "وخسر فريق النجوم أمام فريق الساحل بهدفين لهدف في نهائي الكأس.").verdict == "supported"
    wrong = claim(LOSS, "وخسر فريق النجوم أمام فريق الساحل بثلاثة أهداف لهدف في نهائي الكأس.")
    assert wrong.verdict == "contradicted" and wrong.reason.startswith("score")


def test_goals_counted_without_the_ba_of_a_result_are_no_score():
    source = "وسجل المهاجم هدفين مقابل هدف لزميله في الموسم الماضي."
    assert claim(source, "وسجل المهاجم هدفين في الموسم الماضي.").verdict != "contradicted"


# --- a replacement needs a contradiction the checker can name ----------------------------------------

def test_a_verb_reworded_is_no_contradiction_to_show():
    # The model reads "تابع" in the place of "حضر" as a change; the guard drops such a sentence, never replaces it.
    c = claim("وحضر المباريات أكثر من ثلاثة ملايين متفرج في الملاعب.", "وتابع المباريات أكثر من ثلاثة ملايين متفرج.")
    assert c.verdict != "supported"
    assert not named_contradiction(c) or c.verdict != "contradicted"


def test_a_changed_number_or_a_place_name_in_the_slot_still_replaces():
    number = claim("وحضر المباريات أكثر من ثلاثة ملايين متفرج.", "وحضر المباريات أكثر من خمسة ملايين متفرج.")
    assert number.verdict == "contradicted" and named_contradiction(number)
    port = claim("وكانت السفينة في طريقها من الصين إلى ميناء روتردام.", "وكانت السفينة في طريقها من الصين إلى ميناء هامبورغ.")
    assert port.verdict == "contradicted" and named_contradiction(port)
