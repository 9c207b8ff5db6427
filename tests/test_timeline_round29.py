"""Timelines, round 29: a word the search cannot read; another man of the family; a country alone; a later clause's day,
a possible day, a market's Friday page.

* "كيا" of "شركة كيا" is no term of any view of the index (ك + the stopword يا), so the search read "شركة" alone and the
  pages that write the make never came: the retriever now reads the word as written, in the texts themselves.
* A person query's family word after another given name ("فيصل أبا الخيل" for "سليمان أبا الخيل") or in another man's chain
  ("عمر بن محمد الجاسر" for "محمد الجاسر": a given name after "بن" is the father's) names another man of the family.
* A query that ends in its country ("الجيش البحريني", "نادي الجيش القطري"): the country alone is any of its news.
* Dates: "غداً" in a clause of "وسـ…" after one that "اليوم" dates is what will follow (a funeral after the death notice); a
  day that "يمكن" may bring, told by sources, is no day set; a Saudi market's session "today" on a Friday page was Thursday's.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: the timeline
of one company, man or army shows that one, and a dated event is the day of what its sentence reports.
"""

from __future__ import annotations

from conftest import event_mentions, timeline_dates

_COMMON = [("2015-07-20", "صناعة", "افتتحت شركة محلية اليوم مصنعا للأثاث في الدمام."),
           ("2015-07-21", "أسواق", "أعلنت شركة للتأمين اليوم زيادة رأس مالها بعد موافقة المساهمين."),
           ("2015-07-22", "رياضة", "تعاقد نادي الوحدة اليوم مع مدافع برازيلي لموسمين."),
           ("2015-07-23", "دفاع", "أجرى الجيش اللبناني اليوم تمرينا على الحدود الشمالية."),
           ("2015-07-23", "دفاع", "تسلم الجيش الأردني اليوم طائرات تدريب جديدة."),
           ("2015-07-24", "دفاع", "احتفل الجيش المصري اليوم بتخريج دفعة من الضباط."),
           ("2015-07-25", "دفاع", "نشر الجيش العراقي اليوم وحدات إضافية غرب البلاد."),
           ("2015-07-26", "دفاع", "أعلن الجيش التونسي اليوم إحباط محاولة تسلل في الجنوب."),
           ("2015-07-27", "دفاع", "استعاد الجيش الليبي اليوم السيطرة على مطار في الشرق."),
           ("2015-07-24", "جامعة", "كرمت الجامعة اليوم محمد الشهري على بحثه في الطاقة الشمسية."),
           ("2015-07-25", "خيول", "أقيم اليوم سباق للخيل العربية في ميدان الملك عبدالعزيز.")]


def _timeline_dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


def test_a_word_no_term_holds_is_searched_as_written(tmp_path, timeline_rules_only):
    # blind28's Next: the pages that write the make never write "شركة"; the search of "شركة" alone never brought them.
    reports = [("2015-08-02", "سيارات", "أعلنت كيا اليوم عن طراز جديد من سياراتها العائلية في سيول."),
               ("2015-08-03", "سيارات", "قالت شركة يابانية للسيارات اليوم إن مبيعاتها ارتفعت في آسيا.")]
    assert _timeline_dates(tmp_path, reports, "شركة كيا") == ["2015-08-02"]


def test_another_given_name_before_the_family_word_is_another_man(tmp_path, timeline_rules_only):
    # blind28: the club's vice-president "فيصل أبا الخيل" was filed for "سليمان أبا الخيل".
    reports = [("2015-08-02", "أندية", "أعلن فيصل أبا الخيل اليوم تركه عمله نائبا لرئيس النادي."),
               ("2015-08-03", "جامعة", "افتتح سليمان أبا الخيل اليوم مبنى كلية الطب الجديد.")]
    assert _timeline_dates(tmp_path, reports, "سليمان أبا الخيل") == ["2015-08-03"]


def test_a_given_name_after_bin_is_the_fathers(tmp_path, timeline_rules_only):
    # blind28: "عمر بن محمد الجاسر" (another man, whose father is named محمد) was filed for "محمد الجاسر".
    reports = [("2015-08-02", "عزاء", "كرمت الغرفة التجارية اليوم عمر بن محمد الجاسر على مسيرته في التجارة."),
               ("2015-08-03", "اقتصاد", "ترأس محمد الجاسر اليوم اجتماعا لمناقشة خطة التنمية.")]
    assert _timeline_dates(tmp_path, reports, "محمد الجاسر") == ["2015-08-03"]


def test_a_country_alone_is_not_its_army(tmp_path, timeline_rules_only):
    # blind28: a Bahraini player's move and Bahrain's diplomacy were filed for "الجيش البحريني".
    reports = [("2015-08-02", "رياضة", "انضم المهاجم البحريني اليوم إلى معسكر فريقه في النمسا."),
               ("2015-08-03", "سياسة", "استدعت البحرين اليوم سفيرها لدى دولة مجاورة للتشاور."),
               ("2015-08-04", "دفاع", "شارك الجيش البحريني اليوم في تمرين بحري مع قوات خليجية.")]
    assert _timeline_dates(tmp_path, reports, "الجيش البحريني") == ["2015-08-04"]


def test_a_later_clauses_tomorrow_is_not_the_notice(tmp_path):
    # blind28 snn-07929: the court's notice of a death "today" was filed under the funeral's "tomorrow".
    text = "أعلنت الأسرة اليوم وفاة الشيخ صالح بعد مرض طويل، وسيصلى عليه في جامع الحي ظهر غد الأربعاء."
    mentions = event_mentions(text, "2015-07-28")  # a Tuesday
    assert [d for d, role, _ in mentions if role == "event"] == ["2015-07-28"]


def test_a_plan_in_its_own_sentence_keeps_its_day():
    # The control: a sentence that only tells what will be done tomorrow is that day's.
    mentions = event_mentions("وسيصلى على الفقيد في جامع الحي ظهر غد الأربعاء.", "2015-07-28")
    assert [d for d, role, _ in mentions if role == "event"] == ["2015-07-29"]


def test_a_day_sources_say_may_come_is_no_day_set():
    # blind28 snn-10663: "may be announced next Monday", told by sources, was filed under that Monday.
    text = "ونقلت صحيفة مالية عن مصادر مطلعة أنه يمكن توقيع الاتفاق بين الشركتين يوم الاثنين المقبل."
    assert [role for _, role, _ in event_mentions(text, "2015-08-02")] == ["reference"]


def test_a_saudi_market_session_on_a_friday_page_is_thursdays():
    # blind28 snn-05092: a Friday page's session "today" (the market trades Sunday to Thursday).
    text = "صعدت اليوم أغلب أسهم المصارف في سوق الأسهم السعودية بدعم من نتائجها الفصلية الجيدة."
    assert [d for d, role, _ in event_mentions(text, "2015-07-24")] == ["2015-07-23"]  # a Friday page


def test_a_session_on_a_thursday_page_keeps_its_day():
    text = "صعدت اليوم أغلب أسهم المصارف في سوق الأسهم السعودية بدعم من نتائجها الفصلية الجيدة."
    assert [d for d, role, _ in event_mentions(text, "2015-07-23")] == ["2015-07-23"]
