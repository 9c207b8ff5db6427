"""Timelines, round 30: a follow-up that names the body by its country alone, in an article about that body.

* A query that ends in its country ("الخطوط الجوية البريطانية", "البرلمان المصري"): since round 29 the country alone in an
  event's sentence counts nothing (a Bahraini player is no Bahraini army). But a follow-up sentence of an article whose
  lead names the body says it short ("الشركة البريطانية" after "الخطوط الجوية البريطانية"): there it is part of the story,
  as any follow-up that names part of it is (``timeline.PART_TOPIC``).

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: the timeline
of one airline shows the airline's own follow-up, and not another story that names only its country.
"""

from __future__ import annotations

from conftest import timeline_dates

_COMMON = [("2015-07-20", "صناعة", "افتتحت شركة محلية اليوم مصنعا للأثاث في الدمام."),
           ("2015-07-21", "طيران", "أعلنت الخطوط الجوية القطرية اليوم رحلات جديدة إلى أفريقيا."),
           ("2015-07-22", "طيران", "استلمت الخطوط الجوية التركية اليوم طائرتين من طراز حديث."),
           ("2015-07-23", "سياحة", "زار وفد فرنسي اليوم متحف الفنون في جدة."),
           ("2015-07-24", "رياضة", "تعاقد نادي الوحدة اليوم مع مدافع برازيلي لموسمين."),
           ("2015-07-25", "خيول", "أقيم اليوم سباق للخيل العربية في ميدان الملك عبدالعزيز.")]


def _timeline_dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


def test_a_follow_up_names_the_body_by_its_country(tmp_path, timeline_rules_only):
    # blind24 snn-09190: "the British company" speaking in an article whose lead names the airline, lost in round 29.
    reports = [("2015-08-02", "طيران", "ألغت الخطوط الجوية البريطانية اليوم عشرين رحلة بسبب إضراب عمال الصيانة.\n"
                                       "وكانت الشركة البريطانية قد نبهت أمس ركابها إلى احتمال تأخر الرحلات.")]
    assert _timeline_dates(tmp_path, reports, "الخطوط الجوية البريطانية") == ["2015-08-01", "2015-08-02"]


def test_the_country_alone_in_another_story_stays_off(tmp_path, timeline_rules_only):
    # The control: a lead that names only the country ("وفد تجاري بريطاني") tells no story of the airline, so the
    # follow-up's "الشركة البريطانية" (another company) is not the airline's.
    reports = [("2015-08-02", "تجارة", "وصل وفد تجاري بريطاني اليوم إلى الرياض في جولة تجارية قصيرة.\n"
                                       "وكانت الشركة البريطانية المنظمة للزيارة قد نشرت أمس برنامج اللقاءات.")]
    assert _timeline_dates(tmp_path, reports, "الخطوط الجوية البريطانية") == []


def test_another_bank_of_the_country_is_not_its_central_bank(tmp_path, timeline_rules_only):
    # blind29: "البنك الأهلي الكويتي" and "البنك الوطني الكويتي" were filed for "بنك الكويت المركزي" by "بنك" and "الكويت".
    reports = [("2015-07-26", "صحة", "افتتح مركز صحي جديد اليوم في حي الملز."),
               ("2015-07-27", "ثقافة", "نظم المركز الثقافي اليوم أمسية للشعر النبطي."),
               ("2015-07-28", "بحوث", "زار وفد من الطلاب مركز الأبحاث اليوم للاطلاع على تجاربه."),
               ("2015-08-02", "مصارف", "رفع البنك الأهلي الكويتي اليوم رأس ماله بعد موافقة الجمعية العامة."),
               ("2015-08-03", "مصارف", "قال البنك الوطني الكويتي اليوم إن أرباحه الفصلية تراجعت قليلا."),
               ("2015-08-04", "مصارف", "أبقى بنك الكويت المركزي اليوم سعر الخصم دون تغيير.")]
    assert _timeline_dates(tmp_path, reports, "بنك الكويت المركزي") == ["2015-08-04"]


def test_the_central_bank_named_in_another_order_is_still_it(tmp_path, timeline_rules_only):
    # The control: "البنك المركزي الكويتي" is the query's bank, its words in another order (the head's next word is the
    # query's own).
    reports = [("2015-08-04", "مصارف", "أبقى البنك المركزي الكويتي اليوم سعر الخصم دون تغيير.")]
    assert _timeline_dates(tmp_path, reports, "بنك الكويت المركزي") == ["2015-08-04"]


def test_another_chamber_of_the_congress_is_not_the_house(tmp_path, timeline_rules_only):
    # "مجلس الشيوخ الأمريكي" (the Senate) shares the head and the country with "مجلس النواب الأمريكي" (the House).
    reports = [("2015-08-05", "سياسة", "صوت مجلس الشيوخ الأمريكي اليوم على مشروع قانون للطاقة."),
               ("2015-08-06", "سياسة", "أقر مجلس النواب الأمريكي اليوم ميزانية إضافية للطرق.")]
    assert _timeline_dates(tmp_path, reports, "مجلس النواب الأمريكي") == ["2015-08-06"]
