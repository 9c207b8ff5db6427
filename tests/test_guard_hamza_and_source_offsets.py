"""Round 11 of the generation guard: a present verb whose hamza sits on و / ئ is its past ("تؤكد" is "أكدت"),
"بست سنوات" is six years (ب glued to a number word), and a source's own "وفي اليوم التالي" is the day after the
date its article gave just before. The sentences are our own."""

import datetime as dt

from akhbar.models import EvidenceSentence
from akhbar.numbers import find_numbers
from akhbar.qa.offsets import Date, read_offsets
from akhbar.verify import check_claim
from akhbar.wordfacts import hamza_past
from conftest import claim

# --- a present verb with its hamza on و / ئ ------------------------------------------------------------------

def test_a_present_with_hamza_on_waw_is_supported_by_its_past():
    source = "وأكدت الوزارة أن المدارس ستبقى مفتوحة خلال العطلة."
    assert claim(source, "وتؤكد الوزارة أن المدارس ستبقى مفتوحة خلال العطلة.").verdict == "supported"
    # the false variants still fail: another state, the opposite verb
    assert claim(source, "وتؤكد الوزارة أن المدارس ستبقى مغلقة خلال العطلة.").verdict != "supported"
    assert claim(source, "وتنفي الوزارة أن المدارس ستبقى مفتوحة خلال العطلة.").verdict == "contradicted"


def test_the_present_of_a_doubled_hamza_verb_keeps_who_it_was_done_with():
    source = "وأيّد الحزب الاتفاق الجديد مع النقابة."
    assert claim(source, "ويؤيد الحزب الاتفاق الجديد مع النقابة.").verdict == "supported"
    assert claim(source, "ويؤيد الحزب الاتفاق الجديد مع الحكومة.").verdict == "contradicted"


def test_only_a_written_hamza_makes_a_past_of_alif():
    assert hamza_past("تؤكد") == hamza_past("ويؤكد") == "اكد"
    assert hamza_past("يؤخّر") == "اخر"
    assert hamza_past("يوقع") == ""  # the present of وقّع: folded alike, but no hamza is written
    assert hamza_past("تؤول") == ""  # a hollow root's present (آل), not the past of "أول"
    assert hamza_past("مؤكدا") == ""  # a participle, not a present


# --- a number word after ب -----------------------------------------------------------------------------------

def test_six_glued_to_ba_is_a_number_but_not_i_am_not_nor_west():
    assert [n.value for n in find_numbers("وكانت قد خُزنت قبل ذلك بست سنوات")] == [6]
    assert [n.value for n in find_numbers("فاز باللقب قبل ذلك بست وثلاثين سنة")] == [36]
    assert find_numbers("لست متأكدا من موعد الرحلة") == []
    assert find_numbers("فاز وست هام على ضيفه") == []


def test_an_offset_of_six_years_counts_back_from_the_answers_last_date():
    read = read_offsets("وكانت الشحنة قد خُزنت في المستودع قبل ذلك بست سنوات.", Date(dt.date(2020, 8, 4), "day"))
    assert "عام 2014" in read.text and "بست" not in read.text


# --- a source's own "the next day" ---------------------------------------------------------------------------

def _article(*sentences: str) -> list[EvidenceSentence]:
    out, pos = [], 0
    for text in sentences:
        out.append(EvidenceSentence(text, pos, pos + len(text), 1, "2023-03-20"))
        pos += len(text) + 1
    return out


def test_a_sources_next_day_is_the_day_after_the_date_its_article_gave_before():
    source = _article("وصل الوزير إلى العاصمة مساء الخامس من مارس.", "وأوضح مكتبه أن الزيارة تستمر يومين.",
                      "وفي اليوم التالي التقى الوزير رئيس البرلمان في مقره.")
    assert check_claim("التقى الوزير رئيس البرلمان في 6 مارس 2023", source).verdict == "supported"
    assert check_claim("التقى الوزير رئيس البرلمان في 8 مارس 2023", source).verdict == "contradicted"
    assert check_claim("التقى الوزير رئيس البرلمان في 5 مارس 2023", source).verdict == "contradicted"
    assert check_claim("التقى الوزير رئيس البرلمان في مقره", source).verdict == "supported"


def test_a_sources_next_day_after_two_dates_names_no_day():
    # which of the two days "the next day" counts from is unknown: no date, so no verdict on one
    source = _article("وصل الوزير في الخامس من مارس وغادر في السابع من مارس.",
                      "وفي اليوم التالي التقى الوزير رئيس البرلمان في مقره.")
    assert check_claim("التقى الوزير رئيس البرلمان في 8 مارس 2023", source).verdict == "unsupported"


def test_the_day_after_a_named_event_is_not_counted_from_the_answers_last_date():
    # "the day after the blast" names its own day: counting it from the last date the answer gave (9 February)
    # would make a false date that a true source then "contradicts"
    read = read_offsets("وارتفع عدد الجرحى إلى ألف شخص في اليوم التالي للانفجار.", Date(dt.date(2023, 2, 9), "day"))
    assert "فبراير" not in read.text and not read.unresolved
    source = "انفجر مستودع للوقود في الميناء مساء الاثنين 6 فبراير 2023. وحتى صباح الثلاثاء 7 فبراير 2023 ارتفع عدد الجرحى إلى ألف شخص."
    assert claim(source, "وارتفع عدد الجرحى إلى ألف شخص في اليوم التالي للانفجار.").verdict != "contradicted"
    # "the day after that" still counts from the day given before
    assert "10 فبراير 2023" in read_offsets("وفي اليوم التالي لذلك التقى الوفدان.", Date(dt.date(2023, 2, 9), "day")).text
