"""Timelines, round 39: the weekday a page writes after "بعد غد", a region's branch for a governorate's body, and a body
among the guests, helpers or sponsors of another's deed.

* "بعد غد الأربعاء" on a Friday page: the count of days says Sunday, the text says Wednesday; the text wins (the Wednesday
  nearest the Sunday, the one after it).
* "هيئة الهلال الأحمر بمنطقة تبوك" doing its work in a city of the region is the region's branch: near the topic of the
  city's own branch ("… بمحافظة ضباء"), not on it.
* "بحضور مدير مرور محافظة ينبع", "تحت رعاية الصندوق": for a body's query, the body is a guest or a sponsor of another's
  deed, near its topic; for a person's query, attending stays his own public doing.
* "الانتخابات البلدية": the municipal elections, not the municipality ("بلدية محافظة الزلفي").
* "محافظ ينبع" is the governor: for a governorate's body ("تعليم محافظة ينبع") he is not the governorate, unless the
  sentence names the body short by the city ("تعليم ينبع"), which his word then places as before.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a body's
timeline shows that body's own news, at the days the pages state.
"""

from __future__ import annotations

from conftest import timeline_dates
from test_timeline_round37 import _COMMON


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


_AFTER_TOMORROW = [("2015-08-07", "اجتماع المديرين", "دعا وزير الزراعة مديري فروع الوزارة في المناطق إلى اجتماع بعد غد "
                                                   "الأربعاء لبحث خطط مكافحة الجراد في موسم الخريف.")]


def test_the_weekday_after_the_day_after_tomorrow_wins(tmp_path, timeline_rules_only):
    # blind38 (now dev): a minister's call to a meeting "after tomorrow, Wednesday" on a Friday page was filed on the Sunday.
    assert _dates(tmp_path, _AFTER_TOMORROW, "وزير الزراعة") == ["2015-08-12"]


_BRANCH = [("2015-08-03", "تدريب", "أنهت هيئة الهلال الأحمر بمنطقة تبوك اليوم في مقرها بمحافظة ضباء دورة لخمسين مسعفا "
                                   "متطوعا."),
           ("2015-08-05", "حادث", "باشرت فرق هيئة الهلال الأحمر بمحافظة ضباء اليوم حادث تصادم على الطريق الساحلي.")]


def test_a_regions_branch_is_near_a_governorates_body(tmp_path, timeline_rules_only):
    # blind38 (now dev): the Makkah region's Red Crescent, ending a stage of its work at its base in Jeddah, was filed for
    # Jeddah's Red Crescent.
    assert _dates(tmp_path, _BRANCH, "هيئة الهلال الأحمر بمحافظة ضباء") == ["2015-08-05"]


_GUEST = [("2015-08-02", "تكريم", "كرمت جمعية البر اليوم مئة متطوع في حفل أقامته بمقرها بحضور مدير مرور محافظة ينبع."),
          ("2015-08-04", "حملة", "ضبط مرور محافظة ينبع اليوم ثلاثين سائقا تجاوزوا الإشارة الحمراء."),
          ("2015-08-06", "تدريب", "بدأ مستشفى خاص اليوم برنامجا صيفيا لطلاب الطب تحت رعاية مرور محافظة ينبع."),
          # a list of guests, the directorate the third of them
          ("2015-08-08", "تخريج", "احتفلت جمعية لرعاية الأيتام اليوم بتخريج أربعين طالبا بحضور وكيل وزارة الشؤون "
                                  "الاجتماعية د. سالم العمري، وقائد الدفاع المدني في المحافظة، ومدير مرور محافظة ينبع.")]


def test_a_body_among_the_guests_or_as_the_sponsor_is_near(tmp_path, timeline_rules_only):
    # blind38 (now dev): the governorate's police director at another directorate's Eid party, a fund sponsoring a hospital's
    # summer training: another's deed, the body a guest or its sponsor.
    assert _dates(tmp_path, _GUEST, "مرور محافظة ينبع") == ["2015-08-04"]


_ATTENDING = [("2015-08-02", "افتتاح", "افتتح وزير الصحة اليوم مستشفى جديدا في المدينة المنورة بحضور الأمير فيصل بن سلمان.")]


def test_a_person_attending_is_his_own_doing(tmp_path, timeline_rules_only):
    # the guests' cue reads a body as a guest; a man at an opening is there in person, and his timeline keeps it.
    assert _dates(tmp_path, _ATTENDING, "الأمير فيصل بن سلمان") == ["2015-08-02"]


_MUNICIPAL = [("2015-08-09", "ندوة", "نظم مكتب التعليم في محافظة الزلفي اليوم ندوة للمعلمين عن الانتخابات البلدية وطرق التسجيل."),
              ("2015-08-10", "نظافة", "أطلقت بلدية محافظة الزلفي اليوم حملة لنظافة الأحياء الشمالية.")]


def test_the_municipal_adjective_is_no_municipality(tmp_path, timeline_rules_only):
    # blind38 (now dev): an education office's session on the municipal elections was filed for a governorate's municipality.
    assert _dates(tmp_path, _MUNICIPAL, "بلدية محافظة الزلفي") == ["2015-08-10"]


_GOVERNOR = [("2015-08-09", "لقاء", "التقى محافظ ينبع اليوم لجنة وطنية للتعليم الأهلي وبحث معها فتح مدارس جديدة."),
             ("2015-08-11", "مدارس", "أنهت إدارة تعليم محافظة ينبع اليوم صيانة أربعين مدرسة قبل بدء العام الدراسي."),
             # the directorate named short, by the city's name, beside the governor's word: still the directorate's own deed
             ("2015-08-12", "معرض", "افتتح تعليم ينبع اليوم معرضا للوسائل التعليمية، وأثنى محافظ ينبع على تنظيمه."),
             # the archive writes the governorate's word and its name together: they are one name
             ("2015-08-01", "طقس", "سجلت محافظة ينبع اليوم أعلى درجة حرارة في الساحل."),
             ("2015-08-02", "ميناء", "استقبل ميناء محافظة ينبع اليوم سفينة سياحية."),
             ("2015-08-03", "مهرجان", "انطلق مهرجان الصيف في محافظة ينبع اليوم بعروض بحرية."),
             ("2015-08-04", "مزارع", "قطفت مزارع محافظة ينبع اليوم أول محصول من النخيل."),
             ("2015-08-05", "سباحة", "أقيمت في محافظة ينبع اليوم بطولة للسباحة في البحر.")]


def test_the_governor_is_not_the_governorate(tmp_path, timeline_rules_only):
    # blind38 (now dev): a governor meeting a committee whose name holds the word of education was filed for the
    # governorate's education directorate.
    assert _dates(tmp_path, _GOVERNOR, "تعليم محافظة ينبع") == ["2015-08-11", "2015-08-12"]
