"""A claim is not supported by a sentence that tells its deed of someone else or as not yet done: the speaker of "قال …
إن" made the doer of what he reports, a person named after a second deed ("وحل محله نائبه …"), a doer of its own right
after the verb ("، واستأنف محامي الدفاع"), the verb's object and the object of its ب-noun exchanged ("اتهم … السائق بدهس
الطفل"), one appointee's post said of another of the list, the answer of "لو", a future or a "قد" before a present
("سيزور", "قد تلغي"), a change's level read as its step ("بنسبة 5% لتصل إلى 45%"). TRUST BUGS of the lead's round 30
probe (bench/verify_probe_lead30.jsonl): each claim below was supported on main cbc4b70 (or, for "ستستضيف",
contradicted). Sentences written for this test."""

import pytest

from akhbar import verify
from conftest import probe_reading


@pytest.mark.parametrize("source, claim, reason", [
    ("أعلنت البلدية أن عمالاً مجهولين قطعوا أشجار الحديقة ليلاً.", "قطعت البلدية أشجار الحديقة.",
     "the source tells it of عمالاً, not البلدية"),
    ("قال النادي إن مشجعين غاضبين حطموا زجاج الحافلة.", "حطم النادي زجاج الحافلة.",
     "the source tells it of مشجعين, not النادي"),
    ("تقاعد قائد الفرقة سالم الخطيب وتسلم القيادة مساعده عادل فرح.", "تقاعد عادل فرح من قيادة الفرقة.",
     "the source tells it of سالم, not عادل"),
    ("رفض المجلس الطعن، واستأنف وكيل النيابة القرار.", "استأنف المجلس القرار.",
     "the source tells it of وكيل, not المجلس"),
    ("اتهمت النقابة المدير بفصل العمال دون إنذار.", "اتهمت النقابة العمال بفصل المدير.",
     "the source tells it of المدير, not العمال"),
    # one appointment's post said of another appointee of the list, after or before the name
    ("عين المجلس ماهر سليم مديراً للمستشفى ورامي حداد مديراً للمختبر.", "عين المجلس ماهر سليم مديراً للمختبر.",
     "the source tells it of حداد, not للمختبر"),
    ("عين المجلس الدكتور ماهر سليم رئيساً للجامعة والدكتورة هند عمر نائبة للرئيس.",
     "عين المجلس الدكتورة هند عمر رئيسة للجامعة.", "the source tells it of نائبة, not رئيسة"),
])
def test_a_deed_told_of_another_is_no_support(source, claim, reason):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == reason


@pytest.mark.parametrize("source, claim, planned, done", [
    ("سيزور وفد من البنك الدولي المدينة الشهر المقبل.", "زار وفد من البنك الدولي المدينة.", "سيزور", "زار"),
    ("قد تلغي الجامعة الامتحانات المسائية في الفصل المقبل.", "ألغت الجامعة الامتحانات المسائية.", "تلغي", "ألغت"),
    # (main: contradicted, "ستستضيف" read as a name put in the place of "استضافت")
    ("ستستضيف العاصمة معرض الطيران في الخريف المقبل.", "استضافت العاصمة معرض الطيران.", "ستستضيف", "استضافت"),
])
def test_a_deed_still_to_come_is_no_support(source, claim, planned, done):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == f"the source only plans it: {planned}, where the claim says {done}"


def test_the_answer_of_if_is_not_done():
    """"لو وافق … لصرفت": the salaries were not paid (main: supported at 0.86)."""
    result = verify("لو وافق البرلمان على الميزانية لصرفت الحكومة رواتب المعلمين.", "صرفت الحكومة رواتب المعلمين.").claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == "the source does not tell it as done: لو … لصرفت, where the claim says صرفت"


def test_a_change_s_level_is_not_its_step():
    """"لتصل إلى 21%" is where the rate came to; it rose by 3 (main: supported at 0.92, "every word and value", the
    word of the rise too far before "إلى" to tell it a level)."""
    result = verify("ارتفعت نسبة الادخار لدى الأسر بنسبة 3% خلال العام الماضي لتصل إلى 21%.",
                    "ارتفعت نسبة الادخار لدى الأسر بنسبة 21%.").claims[0]
    assert result.verdict == "contradicted"
    assert result.reason == "percentage 21% ≠ 3%"


@pytest.mark.parametrize("source, claim", [
    ("أعلنت البلدية أنها قطعت أشجار الحديقة المريضة.", "قطعت البلدية أشجار الحديقة المريضة."),
    ("أعلن الجيش أن قواته أسقطت طائرة مسيرة.", "أسقطت قوات الجيش طائرة مسيرة."),
    ("ارتفعت نسبة الادخار بنسبة 3% لتصل إلى 21%.", "وصلت نسبة الادخار إلى 21%."),
    ("ارتفعت نسبة الادخار بنسبة 3% لتصل إلى 21%.", "ارتفعت نسبة الادخار بنسبة 3%."),
    ("اتهمت النقابة المدير بفصل العمال دون إنذار.", "اتهمت النقابة المدير بفصل العمال."),
    ("زار وزير الزراعة المزارع المتضررة أمس.", "زار وزير الزراعة المزارع المتضررة."),
    ("عين المجلس ماهر سليم مديراً للمستشفى ورامي حداد مديراً للمختبر.", "عين المجلس رامي حداد مديراً للمختبر."),
    ("عين المجلس ماهر سليم مديراً للمستشفى ورامي حداد مديراً للمختبر.", "عين المجلس ماهر سليم مديراً للمستشفى."),
])
def test_what_the_source_tells_stays_supported(source, claim):
    assert verify(source, claim).claims[0].verdict == "supported"


def test_the_round_30_probe_keeps_its_floor():
    """bench/verify_probe_lead30.jsonl: held out (24 pairs, written before any fix of the round, first reading on main
    cbc4b70: 4 of 18 false claims supported, 5 of 6 true ones kept) and dev (92 pairs: main called 17 of 71 false claims
    supported and kept 15 of 21 true ones; the two left are a year of another clause opened by a past with its object,
    "وزاره … عام 2019", and a day without its year, "الثامن عشر من ديسمبر"). One held-out row's kind (an accused and a
    victim exchanged) was mirrored by dev rows after its first reading, so the held-out floor below is not a clean
    held-out number for that row."""
    reading = probe_reading("verify_probe_lead30.jsonl")
    assert reading["heldout"][0] == 0 and reading["heldout"][1] >= 5
    assert reading["dev"][0] <= 2 and reading["dev"][1] >= 15
