"""Timelines, round 28: a query word the analyzer drops; a family word that is a nisba; a guess told in the past; a plan
told after the report.

* A company's name the analyzer reads as a stopword with a clitic ("كيا" as ك + يا) left "شركة كيا" with one term, "شركة":
  every company covered it. The word is now read as written, so the timeline holds only what names it.
* A family word that is a nisba ("الخضيري") shares its stem with a shorter name ("الخضير", another family) and another word
  ("خضيرة"): a text names the man's family only written as the query writes it.
* "وتوقع …" heading a sentence is a guess someone made: the coming month in it is guessed, not a day something happened;
  "توقّع" before a feminine noun is "she signs", and a signing set for a day keeps its day.
* A day ahead after a speaker's participle that adds what he said ("…، مشيراً إلى أن …") is of the plan he told, not of
  the sentence's report.

The rules alone file these (``timeline_rules_only``). Every sentence here is written for these tests (none is quoted from a
news source). What a user would check: the timeline of one company or one man shows that company or man, or nothing; and
a dated event is the day of what its sentence reports, not of a guess or a plan told in passing.
"""

from __future__ import annotations

from conftest import event_mentions, timeline_dates

# Pages that make the query's common words common in a small test archive too, as in real news, so that no single word
# outweighs the rest by being rare only here.
_COMMON = [("2015-07-20", "صناعة", "افتتحت شركة محلية اليوم مصنعا للأثاث في الدمام."),
           ("2015-07-21", "أسواق", "أعلنت شركة للتأمين اليوم زيادة رأس مالها بعد موافقة المساهمين."),
           ("2015-07-22", "جامعة", "احتفلت جامعة الملك عبدالعزيز اليوم بتخريج دفعة من طلاب الهندسة."),
           ("2015-07-23", "طرق", "افتتح الأمير طريقا يحمل اسم الملك عبدالعزيز في شمال المدينة."),
           ("2015-07-24", "مكتبة", "زار الطلاب اليوم مكتبة تحمل اسم عبدالعزيز بن سعود في الرياض."),
           ("2015-07-25", "معرض", "شارك عبدالعزيز الحربي اليوم في معرض للخط العربي في جدة."),
           ("2015-07-26", "مستشفى", "وسع مستشفى الملك عبدالعزيز قسم الطوارئ بإضافة عشرين سريرا."),
           ("2015-07-27", "ميناء", "استقبل ميناء الملك عبدالعزيز اليوم سفينة حاويات عملاقة."),
           ("2015-07-28", "مسابقة", "فاز عبدالعزيز القحطاني اليوم بالمركز الأول في مسابقة للتصوير."),
           ("2015-07-29", "مدينة", "أبرمت مدينة علمية باسم الملك عبدالعزيز مذكرة تعاون مع جامعة كورية."),
           ("2015-07-30", "إمارة", "استقبل الأمير فيصل بن عبدالعزيز اليوم وفدا من رجال الأعمال."),
           ("2015-07-31", "ملعب", "يستضيف ملعب الأمير عبدالعزيز بن مساعد مباراة ودية الليلة."),
           ("2015-08-01", "مركز", "نظم مركز يحمل اسم الملك عبدالعزيز لقاء مفتوحا للشباب.")]


def _timeline_dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


_OTHER_COMPANIES = [("2015-08-02", "سيارات", "أعلنت شركة يابانية للسيارات اليوم أنها ستفتح مصنعا في المغرب."),
                    ("2015-08-03", "اتصالات", "قالت شركة اتصالات خليجية اليوم إن أرباحها تراجعت في الربع الثاني.")]


def test_a_query_word_the_analyzer_drops_leaves_no_head_alone(tmp_path, timeline_rules_only):
    # blind27: "شركة كيا" filed 73 events of other companies; the analyzer left no term of "كيا".
    assert _timeline_dates(tmp_path, _OTHER_COMPANIES, "شركة كيا") == []


def test_the_dropped_word_written_still_files(tmp_path, timeline_rules_only):
    # The control: a page that writes the name is on the timeline, the other companies are not.
    reports = _OTHER_COMPANIES + [("2015-08-04", "سيارات", "كشفت شركة كيا الكورية اليوم عن طراز جديد من سياراتها العائلية.")]
    assert _timeline_dates(tmp_path, reports, "شركة كيا") == ["2015-08-04"]


def test_a_nisba_family_word_is_not_a_shorter_name_of_its_stem(tmp_path, timeline_rules_only):
    # blind27: "عبداللطيف الخضير" (another family) was filed for "عبدالعزيز الخضيري" by the family word alone; and a
    # footballer's name "خضيرة" has the same stem.
    reports = [("2015-08-02", "تعليم", "افتتح عبداللطيف الخضير اليوم مدرسة للموهوبين في بريدة."),
               ("2015-08-03", "رياضة", "غاب خضيرة اليوم عن تدريبات فريقه بسبب إصابة في الركبة."),
               ("2015-08-04", "لجان", "ترأس عبدالعزيز الخضيري اليوم اجتماع لجنة التخطيط في الغرفة التجارية.")]
    assert _timeline_dates(tmp_path, reports, "عبدالعزيز الخضيري") == ["2015-08-04"]


def test_a_guess_told_in_the_past_dates_no_coming_month():
    # blind27: "وتوقع مدير المطار زيادة …" filed under the next month; "توقع" was not read as a verb of expecting.
    text = "وتوقع مدير المطار ارتفاع أعداد المسافرين عبر صالاته خلال الشهر المقبل مع نهاية الإجازة."
    assert [r for r in event_mentions(text, "2015-08-11") if r[1] == "event"] == []


def test_she_signs_keeps_the_day_of_the_signing():
    # The control: "توقّع إدارة الميناء …" is "the port's administration signs"; the day set for it is the event's.
    text = "توقّع إدارة الميناء يوم الأحد المقبل عقدا لتوسعة أرصفة الحاويات مع شركة صينية."
    assert [r[0] for r in event_mentions(text, "2015-08-05") if r[1] == "event"] == ["2015-08-09"]


def test_a_plan_told_after_the_report_is_not_its_day():
    # blind27: a minister's request was filed under the coming Wednesday when a committee would discuss it.
    text = ("أوضح رئيس الجمعية أن الوزير طلب منها أفكارا لتطوير الخدمات، مشيرا إلى أن فريقها سيعرضها على الوزير "
            "يوم الأربعاء المقبل.")
    assert [r for r in event_mentions(text, "2015-07-31") if r[1] == "event"] == []


def test_the_plan_itself_keeps_its_day():
    # The control: a sentence whose report is the plan keeps the day.
    text = "تعرض اللجنة أفكارها لتطوير الخدمات على الوزير يوم الأربعاء المقبل."
    assert [r[0] for r in event_mentions(text, "2015-07-31") if r[1] == "event"] == ["2015-08-05"]
