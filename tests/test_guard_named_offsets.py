"""Round 12 of the generation guard: a day counted from an event the phrase names ("قبل الافتتاح بثلاث سنوات",
"بعد أسبوع من العاصفة", "في اليوم التالي للعاصفة") is read as a date when the answer dated that event in an earlier
sentence, so a source giving the date backs it and a source giving another date contradicts it. The sentences are
our own."""

import datetime as dt

from akhbar.models import Claim, Conflict
from akhbar.qa.generate import named_contradiction
from akhbar.qa.offsets import Date, event_day, read_offsets
from conftest import claim

OPENING = ["وجرى افتتاح الجسر الجديد صباح الخامس من مايو 2018 بحضور الوزير."]
STORM = ["وضربت العاصفة الساحل ليل الثالث من مارس 2022."]


def test_years_before_a_dated_event_name_a_year():
    read = read_offsets("وكانت أعمال البناء قد بدأت قبل الافتتاح بثلاث سنوات.", None, OPENING)
    assert "عام 2015" in read.text and "بثلاث" not in read.text
    source = "وبدأت أعمال البناء في الجسر عام 2015."
    assert claim(source, read.text).verdict == "supported"
    # one year off is a date the source contradicts
    wrong = read_offsets("وكانت أعمال البناء قد بدأت قبل الافتتاح بأربع سنوات.", None, OPENING)
    assert claim(source, wrong.text).verdict == "contradicted"


def test_the_day_after_a_named_event_and_a_week_after_it():
    assert "4 مارس 2022" in read_offsets("وفي اليوم التالي للعاصفة أُغلقت المدارس.", None, STORM).text
    assert "10 مارس 2022" in read_offsets("وأعيد فتح الميناء بعد أسبوع من العاصفة.", None, STORM).text


def test_no_date_for_the_event_leaves_the_words_as_written():
    text = "وأعيد فتح الميناء بعد أسبوع من العاصفة."
    assert read_offsets(text, None).text == text  # no earlier sentences (a source read alone)
    assert read_offsets(text, None, OPENING).text == text  # the answer never dated the storm
    # a sentence giving two dates: which one is the storm's is unknown
    assert event_day("عاصف", ["وضربت العاصفة الساحل في 3 مارس 2022 وانحسرت في 5 مارس 2022."]) is None


def test_an_event_named_inside_a_phrase_of_time_is_not_dated_by_its_sentence():
    # "بعد العاصفة بيومين" dates the closing, not the storm
    assert read_offsets("وبعد أسبوع من العاصفة عاد الصيادون.", None,
                        ["وأُغلق الميناء في 5 مارس 2022 بعد العاصفة بيومين."]).text == "وبعد أسبوع من العاصفة عاد الصيادون."


def test_the_event_day_is_the_latest_earlier_sentence_that_names_it():
    earlier = ["وضربت العاصفة الساحل ليل الثالث من مارس 2022.", "وعادت العاصفة فضربت الساحل في 20 مارس 2022."]
    assert event_day("عاصف", earlier) == Date(dt.date(2022, 3, 20), "day")


# --- "بقي" (remained) says no more than the state it keeps ----------------------------------------------------

def test_remained_is_supported_by_the_state_still_or_already_told():
    assert claim("فيما لا يزال مئات العمال تحت الركام.", "وبقي مئات العمال تحت الركام.").verdict == "supported"
    source = "وكانت البضائع مخزنة في المستودع منذ خمس سنوات."
    assert claim(source, "وبقيت البضائع مخزنة في المستودع خمس سنوات.").verdict == "supported"
    # the false variants: another length, a state the source says ended
    assert claim(source, "وبقيت البضائع مخزنة في المستودع ثماني سنوات.").verdict != "supported"
    assert claim("وانسحبت القوات من المدينة بعد شهرين.", "وبقيت القوات في المدينة.").verdict != "supported"
    assert claim("وأفرجت السلطات عن الصحفيين المحتجزين.", "ويبقى الصحفيون محتجزين.").verdict != "supported"


# --- a present verb is no foreign name ------------------------------------------------------------------------

def _slot(claim_word: str, source_word: str) -> Claim:
    return Claim(text="", verdict="contradicted", evidence="", evidence_start=0, evidence_end=0, score=0.9,
                 conflict=Conflict(kind="slot", claim=claim_word, evidence=source_word))


def test_a_present_verb_read_against_a_name_does_not_replace_the_sentence():
    # The model reads "وتُصمم" (is designed) in the place of the project's name as a change: a present verb has a
    # root (صمم), so the sentence is dropped, not shown as the source's sentence about the name
    assert not named_contradiction(_slot("وتُصمم", "نيوم"))
    assert not named_contradiction(_slot("ستحتفل", "الرياض"))
    # a foreign name for another still replaces: "هامبورغ" has no Arabic root
    assert named_contradiction(_slot("هامبورغ", "روتردام"))


# --- a part of the day before "the same day" ------------------------------------------------------------------

def test_dawn_of_the_same_day_is_read_as_one_date_with_its_weekday():
    sunday = Date(dt.date(2024, 12, 8), "day")
    read = read_offsets("ودخلت القوات المدينة فجر اليوم نفسه.", sunday)
    assert "فجر الأحد 8 ديسمبر 2024" in read.text
    source = "دخلت القوات المدينة فجر الأحد 8 ديسمبر 2024، بعد حصار طويل بدأ في 3 نوفمبر."
    assert claim(source, read.text).verdict == "supported"
    # counted from another day, the same words are no longer what the source says
    monday = read_offsets("ودخلت القوات المدينة فجر اليوم نفسه.", Date(dt.date(2024, 12, 9), "day"))
    assert claim(source, monday.text).verdict != "supported"
    assert read_offsets("ومساء اليوم التالي غادر الوفد.", sunday).text == "ومساء الاثنين 9 ديسمبر 2024 غادر الوفد."
