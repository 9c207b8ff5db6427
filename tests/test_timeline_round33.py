"""Timelines, round 33: a comment's quoted past day, a page written in Ramadan and read after it, and a region's emirate
or municipality named by its head.

* "علق المتحدث بقوله: «وقع الحادث بتاريخ …»": the day months before is the accident's, told in the comment; it does not
  date the comment (round 32's blind set: a spokesman's reply filed under the accident's day, twice).
* A page recorded in Shawwal that calls Ramadan "this month" ("في هذا الشهر الفضيل") was written in Ramadan and fetched
  late: its "أمس" is a day of Ramadan, not the day before the recorded one (round 32's blind set: a column's "yesterday"
  filed a week after Ramadan).
* A region's emirate or municipality ("إمارة منطقة الباحة", "أمانة منطقة الباحة") is named by its head: the region's
  emir alone, or the region alone, is not the body; nor is another region's emirate, nor "إمارة المنطقة" in a text that
  names that other region (the region said short is the one the text named).

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a
timeline's dates are the days its events happened, and a regional body's timeline shows that body's news.
"""

from __future__ import annotations

from conftest import timeline_dates

_COMMON = [("2015-07-20", "صناعة", "افتتحت شركة محلية اليوم مصنعا للأثاث في الدمام."),
           ("2015-07-21", "طيران", "أعلنت شركة طيران خاصة اليوم رحلات جديدة إلى أفريقيا."),
           ("2015-07-22", "سياحة", "زار وفد فرنسي اليوم متحف الفنون في جدة."),
           ("2015-07-23", "خيول", "أقيم اليوم سباق للخيل العربية في ميدان الفروسية."),
           ("2015-07-25", "صحة", "افتتح مركز صحي جديد اليوم في حي الملز."),
           ("2015-07-26", "اقتصاد", "ارتفعت الصادرات السعودية غير النفطية اليوم بعد قرار الهيئة السعودية للتصدير."),
           ("2015-07-28", "تقنية", "أطلقت شركة سعودية ناشئة اليوم تطبيقا للجامعات السعودية.")]


def _timeline_dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


_COMMENT = ("أسعفت فرق الهلال الأحمر السعودي اليوم ثلاثة مصابين في حادث انقلاب شاحنة. من جانبه، علق متحدث فرع الهلال "
            "الأحمر السعودي على شكوى أحد المواطنين بقوله: «وقع الحادث بتاريخ 3-2-1436هـ على طريق الساحل، ووصلت الفرقة "
            "بعد تسع دقائق من البلاغ».")


def test_a_comments_quoted_past_day_does_not_date_the_comment(tmp_path, timeline_rules_only):
    # blind32 (now dev): "علق … بقوله: «وقع الحادث في العاشر من جمادى»" filed a spokesman's reply of July under March.
    dates = _timeline_dates(tmp_path, [("2015-08-02", "إسعاف", _COMMENT)], "الهلال الأحمر السعودي")
    assert dates == ["2015-08-02"]


def test_a_comment_on_yesterdays_accident_keeps_its_day(tmp_path, timeline_rules_only):
    # The control: a comment's "أمس" is a day near the page's, the accident's as the report tells it.
    text = ("علق متحدث فرع الهلال الأحمر السعودي على الحادث بقوله: «انقلبت الشاحنة أمس على طريق الساحل، ونقلت الفرق "
            "المصابين إلى المستشفى».")
    assert _timeline_dates(tmp_path, [("2015-08-02", "إسعاف", text)], "الهلال الأحمر السعودي") == ["2015-08-01"]


_COLUMN = ("بالأمس أعلنت إدارة نادي الوحدة فسخ عقد مدربها بعد خلاف على برنامج الإعداد، ونرجو في هذا الشهر الفضيل أن "
           "يوفق الجميع.")


def test_a_page_written_in_ramadan_and_read_after_it_dates_nothing_by_its_yesterday(tmp_path, timeline_rules_only):
    # blind32 (now dev): a column recorded on 24 July (8 Shawwal) calling Ramadan "this month" was filed under 23 July.
    assert _timeline_dates(tmp_path, [("2015-07-24", "رأي", _COLUMN)], "نادي الوحدة") == []


def test_the_same_page_recorded_in_ramadan_keeps_its_yesterday(tmp_path, timeline_rules_only):
    # The control: recorded on 5 July (18 Ramadan), the page's "أمس" is the day before.
    assert _timeline_dates(tmp_path, [("2015-07-05", "رأي", _COLUMN)], "نادي الوحدة") == ["2015-07-04"]


_EMIRATES = [("2015-08-05", "تنمية", "دشن أمير منطقة الباحة اليوم مهرجان الصيف في منتزهات المنطقة."),
             ("2015-08-06", "طقس", "هطلت أمطار غزيرة اليوم على منطقة الباحة وسالت الأودية في عدد من القرى."),
             ("2015-08-07", "إدارة", "أعلنت إمارة منطقة الباحة اليوم تشكيل لجنة لمتابعة مشاريع الطرق المتعثرة."),
             ("2015-08-08", "إدارة", "أقامت إمارة منطقة الجوف اليوم حفلا لمنسوبيها بحضور وكيل إمارة المنطقة ومديري الإدارات.")]


def test_a_regions_emirate_is_not_its_emir_the_region_nor_another_regions_emirate(tmp_path, timeline_rules_only):
    # blind31/32 (now dev) and round 32's Next: the region alone (its emir, its weather) and another region's body were
    # filed for a region's body; "إمارة المنطقة" in a report on al-Jouf's emirate is al-Jouf's.
    assert _timeline_dates(tmp_path, _EMIRATES, "إمارة منطقة الباحة") == ["2015-08-07"]


def test_a_regions_emirate_said_short_in_its_own_report_is_still_it(tmp_path, timeline_rules_only):
    # The control: "إمارة المنطقة" in a report that names no other region is the query's.
    reports = _EMIRATES + [("2015-08-09", "إدارة", "أعلنت إمارة منطقة الباحة اليوم نتائج المسابقة، وأوضح متحدث إمارة "
                                                   "المنطقة أن الجوائز تسلم الأسبوع المقبل.")]
    assert "2015-08-09" in _timeline_dates(tmp_path, reports, "إمارة منطقة الباحة")


def test_a_regions_municipality_is_not_the_region_alone(tmp_path, timeline_rules_only):
    # The same head rule for a municipality ("أمانة"): the region's weather is not its municipality's news.
    reports = [("2015-08-06", "طقس", "هطلت أمطار غزيرة اليوم على منطقة الباحة وسالت الأودية في عدد من القرى."),
               ("2015-08-10", "بلديات", "بدأت أمانة منطقة الباحة اليوم سفلتة الطرق في ثلاثة أحياء جديدة.")]
    assert _timeline_dates(tmp_path, reports, "أمانة منطقة الباحة") == ["2015-08-10"]
