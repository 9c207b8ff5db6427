"""Timelines, round 34: a body named in passing, another general directorate, and the region said short in an article
about another region.

* "نفذت هيئة حملة بالتعاون مع إمارة المنطقة": the emirate helps with another's deed; the event is near the
  emirate's topic, not its own doing (round 33's blind set: a food authority's campaign, a municipality's detours
  studied "in coordination with" the traffic directorate, both filed as the body's own news).
* "الإدارة العامة للطرق والنقل" is another general directorate than "الإدارة العامة للمرور": the head and "العامة" before
  a field the query does not write name another body of the kind.
* "ديوان الإمارة … بإمارة المنطقة" in an article whose title names Asir's emirate is Asir's, not Riyadh's: the region
  said short in a sentence that names no region is the region its article's lead names.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a body's
timeline shows that body's own news, not another's in which it is named in passing.
"""

from __future__ import annotations

from conftest import timeline_dates

_COMMON = [("2015-07-20", "صناعة", "افتتحت شركة محلية اليوم مصنعا للأثاث في الدمام."),
           ("2015-07-21", "طيران", "أعلنت شركة طيران خاصة اليوم رحلات جديدة إلى أفريقيا."),
           ("2015-07-22", "سياحة", "زار وفد فرنسي اليوم متحف الفنون في جدة."),
           ("2015-07-23", "خيول", "أقيم اليوم سباق للخيل العربية في ميدان الفروسية."),
           ("2015-07-25", "صحة", "افتتح مركز صحي جديد اليوم في حي الملز."),
           ("2015-07-26", "اقتصاد", "ارتفعت الصادرات غير النفطية اليوم بعد قرار هيئة التصدير."),
           ("2015-07-28", "تقنية", "أطلقت شركة ناشئة اليوم تطبيقا لطلاب الجامعات.")]


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


def _near(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[tuple[str, str]]:
    from akhbar import Archive
    from akhbar.models import ArticleDraft
    drafts = [ArticleDraft(title=title, published=day, source="صحيفة", text=text) for day, title, text in _COMMON + reports]
    with Archive.open(tmp_path / "near") as archive:
        archive.add_articles(drafts)
        return [(e.date, e.topic) for e in archive.timeline(query, near=True)]


_PARTNER = [("2015-08-03", "رقابة", "نفذت هيئة الغذاء والدواء اليوم حملات تفتيش على الصيدليات بالتنسيق مع إمارة المنطقة "
                                    "الشرقية وفرق الشرطة، وأغلقت أربعة محال مخالفة."),
            ("2015-08-04", "إدارة", "أعلنت إمارة المنطقة الشرقية اليوم تشكيل لجنة لمتابعة المشاريع المتعثرة في المحافظات.")]


def test_a_body_named_as_a_partner_of_anothers_deed_is_near_not_on(tmp_path, timeline_rules_only):
    # blind33 (now dev): the emirate named as a partner of another authority's campaign filed the campaign for the
    # emirate.
    assert _dates(tmp_path, _PARTNER, "إمارة المنطقة الشرقية") == ["2015-08-04"]


def test_the_partners_event_stays_near_the_topic(tmp_path, timeline_rules_only):
    # ... and it is still offered with the near-topic events (the body is named, as a helper).
    assert ("2015-08-03", "near") in _near(tmp_path, _PARTNER, "إمارة المنطقة الشرقية")


def test_a_body_that_does_the_deed_with_a_partner_is_on(tmp_path, timeline_rules_only):
    # The control: the body before the cue does the deed; its partner after it changes nothing.
    reports = [("2015-08-05", "رقابة", "نفذت إمارة المنطقة الشرقية اليوم حملة على الأسواق بالتعاون مع هيئة الغذاء والدواء.")]
    assert _dates(tmp_path, reports, "إمارة المنطقة الشرقية") == ["2015-08-05"]


_GENERAL = [("2015-08-06", "طرق", "توقعت الإدارة العامة للطرق والنقل اليوم انتهاء أعمال الجسر قبل نهاية العام."),
            ("2015-08-07", "مرور", "أطلقت الإدارة العامة للمرور اليوم حملة لضبط السرعة على الطرق السريعة.")]


def test_another_general_directorate_is_not_the_querys(tmp_path, timeline_rules_only):
    # blind33 (now dev): the roads directorate's forecast was filed for the traffic directorate.
    assert _dates(tmp_path, _GENERAL, "الإدارة العامة للمرور") == ["2015-08-07"]


_ASIR = [("2015-08-08", "أمير منطقة عسير يستقبل مديري الإدارات الحكومية",
          "استقبل أمير منطقة عسير اليوم مديري الإدارات الحكومية بمقر الإمارة في أبها. وفي ديوان الإمارة التقى "
          "وكيل إمارة المنطقة اليوم عددا من المواطنين واستمع إلى مطالبهم."),
         ("2015-08-09", "إدارة", "أعلنت إمارة منطقة الرياض اليوم مواعيد استقبال المراجعين في ديوانها.")]


def test_the_region_said_short_is_the_one_its_articles_lead_names(tmp_path, timeline_rules_only):
    # blind33 (now dev): Asir's emirate ("بإمارة المنطقة", the title naming Asir) was filed for Riyadh's emirate.
    assert _dates(tmp_path, _ASIR, "إمارة منطقة الرياض") == ["2015-08-09"]


def test_the_region_said_short_in_its_own_regions_article_is_still_it(tmp_path, timeline_rules_only):
    # The control: the same short form in an article whose lead names the query's region is the query's.
    reports = [("2015-08-10", "أمير منطقة الرياض يستقبل مديري الإدارات الحكومية",
                "استقبل أمير منطقة الرياض اليوم مديري الإدارات الحكومية. وفي ديوان الإمارة التقى وكيل إمارة المنطقة اليوم "
                "عددا من المواطنين واستمع إلى مطالبهم.")]
    assert "2015-08-10" in _dates(tmp_path, reports, "إمارة منطقة الرياض")
