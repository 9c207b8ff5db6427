"""Timelines, round 38: a reprint's "yesterday", the Eid or the Hajj season of this year, a deed told in the sentence after
the one that names its doer whole, and a governorate of another region.

* A page that reprints another's report word for word a day later says "أمس" of the first page's day: the report keeps the
  first day (round 37 measured the rule and took it out by a label three copies of the report contradict; relabelled).
* "في عيد الفطر لهذا العام 1436هـ", "موسم حج هذا العام": the year names which Eid or which season; it is no date of
  the tally or of the preparations.
* "وجاء ذلك خلال جولة تفقدية صباح اليوم" dates the deed of the sentence before, when that sentence names the query whole; a
  sentence before that scatters the query's words over other names, or names them in another phrase, lends it nothing.
* "بمحافظة الأحساء" is a governorate of the Eastern Province: for a Riyadh body, that governorate's crews are another
  region's branch, even in an article that names Riyadh elsewhere; a governorate of Riyadh's own stays Riyadh's.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a body's
timeline shows that body's own news, at the right dates, and not its region's, its namesakes' or another branch's.
"""

from __future__ import annotations

from conftest import timeline_dates
from test_timeline_round37 import _COMMON


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


_RECEPTION = [("2015-07-23", "استقبال", "استقبل أمير منطقة الجوف الأمير سعود بن مشعل صباح اليوم في مكتبه مدير فرع هيئة "
                                        "الهلال الأحمر وعددا من منسوبي الفرع المهنئين بالعيد. وتبادل الحضور التهاني، ونقل "
                                        "المدير تحيات العاملين في مراكز الإسعاف بالمحافظات."),
              ("2015-07-24", "استقبال", "استقبل أمير منطقة الجوف الأمير سعود بن مشعل أمس في مكتبه مدير فرع هيئة الهلال "
                                        "الأحمر وعددا من منسوبي الفرع المهنئين بالعيد."),
              # a print copy of the next day, word for word: its "yesterday" is the copy's, a day late
              ("2015-07-25", "أمير الجوف يستقبل", "استقبل أمير منطقة الجوف الأمير سعود بن مشعل أمس في مكتبه مدير فرع هيئة "
                                                  "الهلال الأحمر وعددا من منسوبي الفرع المهنئين بالعيد. وقدم المدير لسموه "
                                                  "تقريرا عن أعمال الفرع في شهر رمضان، واطلع على خطط الإسعاف للموسم المقبل "
                                                  "وعلى أعداد المتطوعين الجدد.")]


def test_a_print_copy_a_day_later_keeps_the_first_pages_day(tmp_path, timeline_rules_only):
    # blind13 (dev, relabelled): a print copy of an emir's reception, "yesterday" a day after two other pages, was its own
    # event a day late.
    assert _dates(tmp_path, _RECEPTION, "الأمير سعود بن مشعل") == ["2015-07-23"]


_REPRINT = [("2015-08-05", "شرطة القصيم", "أوضح المتحدث باسم شرطة منطقة القصيم أن دورية أمنية ضبطت مساء أمس ثلاثة أشخاص "
                                       "سرقوا كابلات نحاسية من موقع مشروع شرق بريدة."),
            # another paper's page of the next day: its own lead, then the statement word for word
            ("2015-08-06", "ضبط لصوص الكابلات", "نجحت الجهات الأمنية في منطقة القصيم في الإطاحة بعصابة تسرق الكابلات من "
                                              "المشاريع الحكومية. وأوضح المتحدث باسم شرطة منطقة القصيم أن دورية أمنية ضبطت "
                                              "مساء أمس ثلاثة أشخاص سرقوا كابلات نحاسية من موقع مشروع شرق بريدة. وأحيل "
                                              "الموقوفون إلى جهة التحقيق لاستكمال الإجراءات."),
            # the same spokesman's report of the next evening, of other thieves: another event, of its own day
            ("2015-08-07", "ضبط", "أوضح المتحدث باسم شرطة منطقة القصيم أن دورية أمنية ضبطت مساء أمس شخصين سرقا أسلاكا "
                                  "كهربائية من موقع مشروع غرب عنيزة.")]


def test_a_near_identical_reprint_a_day_later_is_dated_by_the_first_page(tmp_path, timeline_rules_only):
    # a police statement another paper ran a day later was filed a day after the arrest; a report of the same pattern of the
    # next day keeps its own day.
    assert _dates(tmp_path, _REPRINT, "شرطة منطقة القصيم") == ["2015-08-04", "2015-08-06"]


_EID = [("2015-07-24", "بلاغات العيد", "باشرت فرق هيئة الهلال الأحمر بمنطقة الجوف في عيد الفطر لهذا العام 1436هـ أكثر "
                                      "من ثلاثمئة بلاغ، بينها حوادث سير وحالات مرضية."),
        ("2015-07-27", "إسعاف", "نقلت فرق هيئة الهلال الأحمر بمنطقة الجوف اليوم أربعة مصابين من حادث على طريق سكاكا.")]


def test_the_eid_of_this_year_is_no_date_of_the_tally(tmp_path, timeline_rules_only):
    # blind37 (now dev): a Red Crescent branch's tally of the Eid days was filed as the year.
    assert _dates(tmp_path, _EID, "هيئة الهلال الأحمر بمنطقة الجوف") == ["2015-07-27"]


_SEASON = [("2015-08-05", "حج", "بدأت هيئة الهلال الأحمر بمنطقة الجوف الاستعداد لموسم حج هذا العام 1436هـ بتدريب مسعفين "
                               "متطوعين."),
           ("2015-08-06", "توزيع", "وزعت هيئة الهلال الأحمر بمنطقة الجوف اليوم حقائب إسعاف على المراكز في سكاكا.")]


def test_this_years_hajj_season_is_no_date_of_the_preparations(tmp_path, timeline_rules_only):
    # blind35 (dev): a plan "of this year, 1436" was filed as the year; so would a season "of this year" be.
    assert _dates(tmp_path, _SEASON, "هيئة الهلال الأحمر بمنطقة الجوف") == ["2015-08-06"]


_CONDOLENCE = [("2015-07-26", "عزاء", "قدم مدير التعليم في منطقة تبوك تعازيه لأسرة معلمة توفيت في حادث. وجاء ذلك خلال زيارة "
                                    "قام بها مساء أمس لمنزل أسرتها برفقة مساعديه.")]


def test_a_deed_told_in_the_sentence_after_its_doer_is_the_doers(tmp_path, timeline_rules_only):
    # blind35 (dev): the education director's condolence visit, dated in a sentence that opens "وجاء ذلك خلال زيارة", was
    # filed for nothing: the sentence names no body, the one before names it and no day.
    assert _dates(tmp_path, _CONDOLENCE, "تعليم منطقة تبوك") == ["2015-07-25"]


_SCATTERED = [("2015-07-28", "لقاء", "التقى الأمير خالد بن سلمان في جدة وفدا من رجال الأعمال بحضور الأمير فيصل بن عبدالله "
                                   "والأمير سعود بن خالد. وجاء ذلك في حفل أقامته الغرفة مساء أمس بفندق."),
              ("2015-07-30", "زيارة", "تفقد الأمير فيصل بن خالد اليوم مستشفى أبها العام واطمأن على المرضى.")]


def test_a_sentence_before_that_scatters_the_name_lends_nothing(tmp_path, timeline_rules_only):
    # round 37's back-pointing rule read two princes' names scattered over the sentence before as the query's man.
    assert _dates(tmp_path, _SCATTERED, "الأمير فيصل بن خالد") == ["2015-07-30"]


_GOVERNORATES = [("2015-07-27", "حادث", "نقلت فرق هيئة الهلال الأحمر بمحافظة الأحساء اليوم خمسة مصابين من حادث تصادم. وكان "
                                       "المصابون عائدين من الرياض بعد زيارة أقاربهم."),
                 ("2015-07-29", "حادث", "باشرت فرق هيئة الهلال الأحمر بمحافظة الخرج اليوم حادث انقلاب جنوب الرياض."),
                 ("2015-08-01", "إسعاف", "تلقت هيئة الهلال الأحمر بمنطقة الرياض اليوم مئتي بلاغ في غرفة عملياتها."),
                 # the region's name and word are common in the news, the body's words less: the body alone weighs most
                 ("2015-08-02", "غبار", "هبت رياح محملة بالغبار اليوم على منطقة الرياض وتدنت الرؤية في عدة محافظات."),
                 ("2015-08-03", "معرض", "افتتح معرض للكتاب المستعمل اليوم في منطقة الرياض بمشاركة عشرات الدور."),
                 ("2015-08-04", "مدارس", "بدأت صيانة مئة مدرسة اليوم في منطقة الرياض استعدادا للعام الدراسي."),
                 ("2015-08-05", "مياه", "افتتحت شركة المياه اليوم محطة ضخ جديدة شرق منطقة الرياض.")]


def test_a_governorate_of_another_region_is_that_regions_branch(tmp_path, timeline_rules_only):
    # blind36 and blind37 (dev): another region's governorate's crews ("بمحافظة الأحساء") were filed for a region's branch; a
    # governorate of the query's own region stays its own.
    assert _dates(tmp_path, _GOVERNORATES, "هيئة الهلال الأحمر بمنطقة الرياض") == ["2015-07-29", "2015-08-01"]


_ANOTHER_PHRASE = [("2015-08-02", "هبوط", "أعلنت وزارة الطيران المدني في مصر هبوط طائرة خاصة اضطراريا قرب مطار الأقصر. وجاء ذلك في "
                                        "بيان أصدرته الوزارة مساء أمس."),
                   ("2015-08-04", "رحلات", "أعلنت شركة مصر للطيران اليوم تشغيل رحلات جديدة إلى جدة.")]


def test_a_sentence_before_that_names_the_words_in_another_phrase_lends_nothing(tmp_path, timeline_rules_only):
    # blind22 (dev): a civil aviation ministry's statement, "وزارة الطيران المدني في مصر" in the sentence before, was filed for
    # the national airline "مصر للطيران".
    assert _dates(tmp_path, _ANOTHER_PHRASE, "مصر للطيران") == ["2015-08-04"]
