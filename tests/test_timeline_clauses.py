"""Timelines, rounds 13-14 and 16: whose body a bare name is, "اليوم" as the speaker's present, the head clause's day, a
"حيث" clause under a present head, "the Tuesday before last", a club named after its city, and a long relative clause.

Every sentence here is written for these tests (none is quoted from a news source). Each test reads what a user of
the timeline would check: an event that belongs to another country's ministry is not on the ministry's timeline; an
opinion column's "we have today" is no day; a "حيث" clause's "yesterday" does not replace the day its head reports.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from conftest import event_mentions

pytestmark = pytest.mark.usefixtures("timeline_rules_only")


# Published on Monday 3 August 2015. "اليوم" next to a preposition carrying "نا" (we have, on us, among us), after a
# ي- present verb whose object is "نا", or with "أنا" just before it, is the writer's present, not the article's day.
# A ت- verb in "نا" is also the past "we did" ("تحدثنا اليوم": we spoke today), and a noun in "نا" ("منتخبنا اليوم":
# our team today) says nothing of the time: both keep the day.
@pytest.mark.parametrize(("text", "expected"), [
    ("لدينا اليوم جيل من المهندسين يبني المدن بنفسه.", [("2015-08-03", "reference", "nowadays")]),
    ("اليوم علينا أن نراجع أولوياتنا قبل فوات الأوان.", [("2015-08-03", "reference", "nowadays")]),
    ("والخطر يهددنا اليوم من كل جانب.", [("2015-08-03", "reference", "nowadays")]),
    ("وأنا اليوم أكتب عن مدينتي التي تغيرت.", [("2015-08-03", "reference", "nowadays")]),
    ("تحدثنا اليوم مع الوزير عن الميزانية الجديدة.", [("2015-08-03", "event", "")]),
    ("وصل منتخبنا اليوم إلى الدوحة استعدادا للبطولة.", [("2015-08-03", "event", "")]),
], ids=["we have today", "today we must", "it threatens us today", "I today", "we spoke today", "our team today"])
def test_todays_we_have_and_we_must_are_the_present_not_a_day(text, expected):
    assert event_mentions(text, "2015-08-03") == expected


# Published on Thursday 23 July 2015. A "حيث" clause explains the head's report: after a day that dates the head, the
# clause's own "أمس" is background. Without a day in the head, the clause's date is the sentence's only one and
# stays its event; a year in the head does not count as its day (the clause's day dates the sentence).
@pytest.mark.parametrize(("text", "expected"), [
    ("يعقد المجلس اليوم (الخميس) جلسته الأولى، حيث أعلن الوزير أمس (الأربعاء) أن الجلسة ستناقش الميزانية.",
     [("2015-07-23", "event", ""), ("2015-07-22", "reference", "where clause")]),
    ("لن يلعب القائد مع فريقه غدا، حيث غادر المعسكر أمس عائدا إلى بلاده.",
     [("2015-07-24", "event", ""), ("2015-07-22", "reference", "where clause")]),
    ("وفي العاصمة، حيث وصل الوفد أمس، بدأت المباحثات بين الطرفين.", [("2015-07-22", "event", "")]),
    ("تأسست الرابطة عام 2001، حيث عقدت أمس اجتماعها السنوي في جدة.",
     [("2001", "reference", "coarser date"), ("2015-07-22", "event", "")]),
], ids=["today, where yesterday", "tomorrow, where he left", "where alone", "a year in the head"])
def test_a_where_clauses_day_does_not_replace_the_heads_day(text, expected):
    assert event_mentions(text, "2015-07-23") == expected


def test_a_bare_ministry_whose_paragraph_or_lead_names_another_country_is_that_countrys(tmp_path):
    # The archive names Saudi bodies most, so "وزارة الدفاع" alone is Saudi's; but a sentence that says "وزارة الدفاع"
    # after its paragraph or its article's title said "وزارة الدفاع الأمريكية" speaks of the American one. A paragraph
    # that names the Saudi ministry keeps its bare mentions, and a bare mention with no country near it stays.
    reports = [
        ("2015-08-02", "خبر", "أعلنت وزارة الدفاع الأمريكية اليوم إرسال سفن إلى الخليج. "
                              "وقالت وزارة الدفاع اليوم في بيان إن السفن ستصل خلال أسبوع."),
        ("2015-08-03", "خبر", "أعلنت وزارة الدفاع اليوم نتائج التمرين الجوي."),
        ("2015-08-04", "وزارة الدفاع الأمريكية توقع صفقة طائرات", "وقعت وزارة الدفاع اليوم عقدا لشراء طائرات نقل."),
        ("2015-08-05", "خبر", "زار وفد أمريكي وزارة الدفاع السعودية في الرياض. وأعلنت وزارة الدفاع اليوم توقيع مذكرة تفاهم."),
        ("2015-08-06", "خبر", "وصل المنتخب السعودي اليوم إلى جدة بعد معسكر الطائف."),
        ("2015-08-07", "خبر", "افتتحت الجامعة السعودية اليوم مبنى جديدا للطالبات."),
    ]
    drafts = [ArticleDraft(title=title, published=day, source="صحيفة", text=text) for day, title, text in reports]
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles(drafts)
        dates = [e.date for e in archive.timeline("وزارة الدفاع")]
    assert dates == ["2015-08-03", "2015-08-05"]


# Round 14 (published on Thursday 23 July 2015). A "حيث" clause under a head that has no date and tells a state of now
# (its first word a present verb) is the state's background; under a past head ("وصل الوفد …، حيث التقى أمس") its day
# is the sentence's event. "من حيث" ("in terms of") opens no clause.
@pytest.mark.parametrize(("text", "expected"), [
    ("ويأتي ذلك ضمن الاستعدادات للموسم الجديد، حيث أنهت اللجنة أمس تجهيز المراكز.",
     [("2015-07-22", "reference", "where clause")]),
    ("تجدر الإشارة إلى أن القائد تولى المنصب مؤخرا، حيث انسحب نجله من اجتماع الحركة يوم الأحد الماضي.",
     [("2015-07-19", "reference", "where clause")]),
    ("وصل الوفد إلى جدة، حيث التقى أمس بالمسؤولين في الغرفة التجارية.", [("2015-07-22", "event", "")]),
    ("ويبقى السوق مستقرا، ومن حيث الكميات بيعت أمس ألف طن.", [("2015-07-22", "event", "")]),
], ids=["a present head", "it is worth noting", "a past head", "in terms of"])
def test_a_where_clause_under_a_present_head_is_its_background(text, expected):
    assert event_mentions(text, "2015-07-23") == expected


# Published on Sunday 26 July 2015: "the Tuesday before last" is the 14th, not the 21st (last Tuesday).
@pytest.mark.parametrize(("text", "day"), [
    ("رصدت الدوريات قاربين مساء الثلاثاء ما قبل الماضي قرب الساحل.", "2015-07-14"),
    ("رصدت الدوريات قاربين يوم الثلاثاء قبل الماضي قرب الساحل.", "2015-07-14"),
    ("رصدت الدوريات قاربين يوم الثلاثاء الماضي قرب الساحل.", "2015-07-21"),
], ids=["ma qabl al-madi", "qabl al-madi", "al-madi"])
def test_the_weekday_before_last_is_two_weeks_back(text, day):
    assert [d for d, _, _ in event_mentions(text, "2015-07-26")] == [day]


def test_a_club_named_after_its_city_counts_only_next_to_the_club_word(tmp_path):
    # "نادي الرياض" shares its name with the capital: a match in a Riyadh stadium, another Riyadh club's camp or "the
    # sports season" (الرياضي) say nothing of the club; "نادي الرياض" does.
    reports = [("2015-08-02", "تعاقد نادي الرياض اليوم مع مدرب جديد للفريق الأول."),
               ("2015-08-03", "وقع نادي الرياض اليوم عقد رعاية مع شركة اتصالات."),
               ("2015-08-04", "أقام نادي النصر اليوم حفلا لجماهيره في الرياض."),
               ("2015-08-05", "افتتح النادي الأهلي اليوم الموسم الرياضي الجديد في الرياض.")]
    drafts = [ArticleDraft(title="خبر", published=day, source="صحيفة", text=text) for day, text in reports]
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles(drafts)
        assert [e.date for e in archive.timeline("نادي الرياض")] == ["2015-08-02", "2015-08-03"]


# Round 16 (published on Friday 24 July 2015). A relative clause long enough that its pronoun stands 13-16 words with
# meaning before the date still holds the date when it tells a deed (a past verb, or a ت- verb after "الذي", which is
# a past): the day is the blast's, not the governor's statement's. When its verb is a present that describes the noun (a ي-
# verb, or a ت- verb after "التي" without the feminine past's ت) and the date is not ahead, the clause has ended and
# the day is the head's report.
@pytest.mark.parametrize(("text", "expected"), [
    ("شجب المحافظ الانفجار الذي تسبب في حريق كبير أتلف مخازن الحبوب والأعلاف وأصاب خمسة عمال داخل مصنع الإسمنت شرق "
     "المدينة أمس الخميس، ووصفه بأنه إهمال جسيم.", [("2015-07-23", "reference", "relative clause")]),
    ("أشاد الرئيس بالفريق الذي أنقذ العائلة المحاصرة في الطابق الأخير من المبنى المحترق بحي الصناعية القديم شمال "
     "المدينة ظهر أمس الخميس.", [("2015-07-23", "reference", "relative clause")]),
    ("أعلن الفريق الذي يتدرب منذ أسبوعين بمعسكر طويل في مدينة أبها الجبلية ضم حارس مرمى شاب لمدة ثلاثة مواسم كاملة "
     "أمس الخميس.", [("2015-07-23", "event", "")]),
    ("أعلنت الشركة التي تعمل في قطاع النقل البحري منذ سنوات طويلة بين موانئ الخليج والبحر الأحمر أرباحها الفصلية "
     "أمس الخميس.", [("2015-07-23", "event", "")]),
], ids=["a past deed, far", "a rescue, far", "a present of the noun", "a feminine present"])
def test_a_long_relative_clause_keeps_its_deeds_day_but_not_past_its_present(text, expected):
    assert event_mentions(text, "2015-07-24") == expected


# Published on Monday 3 August 2015. A sentence that opens on "اليوم" (a column's "these days"), or on a place name and
# "اليوم" (round 19: "the city today is …"), tells a state, not a day; "واليوم" carrying on a report keeps the day, and so
# does a place's "اليوم" inside the sentence (the day the delegation arrived). A year beside a company's result (profits,
# revenue, losses) is the period the figure is for, reported now, not the day anything happened; a year beside a deed
# stays its event.
@pytest.mark.parametrize(("text", "expected"), [
    ("اليوم تغيرت ملامح الحي القديم وصار مقصدا للزوار من كل مكان.", [("2015-08-03", "reference", "nowadays")]),
    ("واليوم افتتح المحافظ المعرض الجديد في ساحة المدينة.", [("2015-08-03", "event", "")]),
    ("دمشق اليوم مدينة منقسمة بين أحياء هادئة وأخرى تحت القصف.", [("2015-08-03", "reference", "nowadays")]),
    ("وصل الوفد إلى دمشق اليوم في زيارة تستمر يومين.", [("2015-08-03", "event", "")]),
    ("وفي العام 2013، سجلت شركة الواحة أرباحا صافية قدرها 40 مليون دولار.", [("2013", "reference", "period")]),
    ("وبلغت إيراداتها عام 2012 نحو 90 مليون ريال.", [("2012", "reference", "period")]),
    ("وفي عام 2009 افتتحت شركة الواحة مصنعها الأول في المدينة.", [("2009", "event", "")]),
], ids=["opens on today", "and today", "a place opens on today", "a place before today", "profits of a year",
        "revenue of a year", "a deed of a year"])
def test_a_column_s_today_and_a_year_s_result_are_no_events(text, expected):
    assert event_mentions(text, "2015-08-03") == expected


# Round 18 (published on Monday 3 August 2015). "اليوم" inside a quotation that opens after the sentence's event day is
# the speaker's present (or the day of the speech), not the article's day: the speech's day dates the sentence. A
# quotation closed before "اليوم" leaves it a day of its own; with no day before the quotation, "اليوم" keeps its day.
@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المدير، أمس، إن «المدينة اليوم أجمل مما كانت».",
     [("2015-08-02", "event", ""), ("2015-08-03", "reference", "speech day")]),
    ('وقال المحافظ أمس: "جئنا اليوم لنسمع من الأهالي مطالبهم".',
     [("2015-08-02", "event", ""), ("2015-08-03", "reference", "speech day")]),
    ("وقال المدير، أمس، إن «المدينة أجمل»، ويزور الوزير المدينة اليوم لافتتاح الحديقة.",
     [("2015-08-02", "event", ""), ("2015-08-03", "event", "")]),
    ("وقال المدير إن «الوفد يصل اليوم إلى المدينة».", [("2015-08-03", "event", "")]),
], ids=["quoted today after yesterday", "quoted after a colon", "quote closed before today", "no day before the quote"])
def test_today_in_a_quotation_after_the_speechs_day_is_no_day(text, expected):
    assert event_mentions(text, "2015-08-03") == expected
