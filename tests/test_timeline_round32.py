"""Timelines, round 32: another country's or region's body of the same kind, and a man named in a long list of names.

* A Red Crescent society is a body every country has one of: "الهلال الأحمر السعودي" (or the society named bare in a
  Saudi report) is not "الهلال الأحمر المصري" (round 31's blind set: the Saudi, Emirati and Egyptian societies were
  filed for Kuwait's and Qatar's).
* A region's police ("شرطة منطقة حائل") is not the region alone (its weather, its emir) nor another region's police
  ("شرطة منطقة تبوك"): the query's region word right before another name is another region's.
* A footballer named as one of a squad list or a line-up (eight names or more one after another) is named in passing;
  a man of three or four told of a deed (the scorers of a match) is not.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a Red
Crescent society's timeline shows that society's news, a region's police timeline its police, and a player's timeline
what he did, not every list that holds his name.
"""

from __future__ import annotations

from conftest import timeline_dates

_COMMON = [("2015-07-20", "صناعة", "افتتحت شركة محلية اليوم مصنعا للأثاث في الدمام."),
           ("2015-07-21", "طيران", "أعلنت شركة طيران خاصة اليوم رحلات جديدة إلى أفريقيا."),
           ("2015-07-22", "سياحة", "زار وفد فرنسي اليوم متحف الفنون في جدة."),
           ("2015-07-23", "خيول", "أقيم اليوم سباق للخيل العربية في ميدان الفروسية."),
           ("2015-07-24", "تعليم", "بدأت المدارس اليوم استقبال طلبات النقل بين المدن."),
           ("2015-07-25", "صحة", "افتتح مركز صحي جديد اليوم في حي الملز."),
           # the archive's own country is the one its pages name most (``timeline_nations.home_country``)
           ("2015-07-26", "اقتصاد", "ارتفعت الصادرات السعودية غير النفطية اليوم بعد قرار الهيئة السعودية للتصدير."),
           ("2015-07-27", "رياضة", "وصل المنتخب السعودي اليوم إلى معسكره استعدادا للتصفيات."),
           ("2015-07-28", "تقنية", "أطلقت شركة سعودية ناشئة اليوم تطبيقا للجامعات السعودية.")]


def _timeline_dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


# Egypt named on other days too, so that its word weighs in the query as in a real archive (where it is no rarer than the
# society's own two words)
_CRESCENTS = [("2015-07-29", "تجارة", "استقبل الميناء اليوم سفينة مصرية محملة بالفواكه."),
              ("2015-07-30", "ثقافة", "شارك فريق مسرحي مصري اليوم في مهرجان الطائف."),
              ("2015-08-01", "إسعاف", "نقلت فرق الهلال الأحمر السعودي اليوم ثلاثة مصابين في حادث على طريق القصيم."),
              ("2015-08-02", "إسعاف", "أسعفت طواقم الهلال الأحمر بمنطقة حائل اليوم مصابي انقلاب سيارة قرب المدينة."),
              ("2015-08-03", "إغاثة", "أعلن الهلال الأحمر المصري في بيان اليوم إرسال قافلة أدوية إلى القرى المتضررة من السيول."),
              ("2015-08-04", "إغاثة", "أطلقت هيئة الهلال الأحمر الإماراتي اليوم حملة لتوزيع الطرود الغذائية على الأسر.")]


def test_another_countrys_red_crescent_is_another_society(tmp_path, timeline_rules_only):
    # Round 31's blind set (now dev): the Saudi society, named with its country or bare in a Saudi report, and the
    # Emirati one were filed for Kuwait's and Qatar's Red Crescent (a body every country has one of).
    assert _timeline_dates(tmp_path, _CRESCENTS, "الهلال الأحمر المصري") == ["2015-08-03"]


def test_the_archives_own_red_crescent_keeps_its_reports(tmp_path, timeline_rules_only):
    # The control: the Saudi society's query keeps its own reports, named with the country or bare.
    assert {"2015-08-01", "2015-08-02"} <= set(_timeline_dates(tmp_path, _CRESCENTS, "الهلال الأحمر السعودي"))


_POLICE = [("2015-08-05", "طقس", "هطلت أمطار غزيرة اليوم على منطقة حائل وسالت الأودية في عدد من القرى."),
           ("2015-08-06", "أمن", "أعلنت شرطة منطقة تبوك اليوم القبض على عصابة لسرقة المواشي."),
           ("2015-08-07", "أمن", "ضبطت شرطة منطقة حائل اليوم مستودعا للسلع المغشوشة في أحد الأحياء."),
           ("2015-08-08", "تنمية", "دشن أمير منطقة حائل اليوم مشروعا لتطوير الحدائق العامة.")]


def test_a_regions_police_is_not_the_region_nor_another_regions_police(tmp_path, timeline_rules_only):
    # blind31 (now dev): the region's governorate and the labour ministry's branch were filed for Makkah's police, Qassim's
    # police for the Eastern Province's; a region's weather and its emir covered "منطقة حائل" of "شرطة منطقة حائل".
    assert _timeline_dates(tmp_path, _POLICE, "شرطة منطقة حائل") == ["2015-08-07"]


def test_a_regions_police_said_short_is_still_it(tmp_path, timeline_rules_only):
    # The control: "شرطة حائل" (the region word left out) is the query's police.
    reports = _POLICE + [("2015-08-09", "أمن", "أوقفت شرطة حائل اليوم شابين بعد مطاردة في الطريق الدائري.")]
    assert {"2015-08-07", "2015-08-09"} <= set(_timeline_dates(tmp_path, reports, "شرطة منطقة حائل"))


_PLAYERS = [("2015-08-10", "رياضة", "أعلن المدرب اليوم قائمة المعسكر وضمت: خالد الحربي، عبدالله العمري، فهد الدوسري، "
                                     "محمد القحطاني، سلمان الفرج، ياسر الغامدي، أحمد الزهراني، سعود الشهري، نايف المطيري."),
            ("2015-08-11", "رياضة", "غاب سلمان الفرج اليوم عن التدريب الصباحي بسبب آلام في الركبة."),
            ("2015-08-12", "رياضة", "فاز الفريق اليوم في مباراة ودية بثلاثة أهداف سجلها سلمان الفرج وفهد الدوسري "
                                     "ونايف المطيري.")]


def test_a_player_in_a_squad_list_is_named_in_passing(tmp_path, timeline_rules_only):
    # blind31 (now dev): one name of the thirty a club took to its camp was filed for three of its players.
    assert "2015-08-10" not in _timeline_dates(tmp_path, _PLAYERS, "سلمان الفرج")


def test_a_player_among_a_matchs_scorers_is_told_of(tmp_path, timeline_rules_only):
    # The control: his own absence, and the three scorers of a match, are his news.
    assert {"2015-08-11", "2015-08-12"} <= set(_timeline_dates(tmp_path, _PLAYERS, "سلمان الفرج"))
