"""Timelines, round 45: dates of blind44's kinds (dev from this round) and of earlier rounds' leftovers.

* A directive sent out for tomorrow: "عمم المكتب على الأئمة موضوع الخطبة غداً" reports today's order; the sermon it
  asks for is tomorrow's, not the news (blind44's two sermon rows, filed at the Friday).
* A plan told in the past: "كانت الرحلة مقررة غداً الثلاثاء، لكنها تأجلت" gives the day once set, which news tells of
  because it changed (blind44's postponed group wedding, filed at the day it was no longer held on).
* A deadline ahead: "آخر موعد لتسليم الطلبات … سيكون يوم الأحد القادم" is the last day a door is open; the notice is the news
  (blind43's ability test, filed at the deadline).
* "اليوم" as the present: in the circumstances a statement stands in ("في ظل النمو … اليوم"), in a sentence a verb of
  being heads ("تعتبر … من الأسماء البارزة اليوم"), and a day's takings ("غلة اليوم") (blind44's solar and Quran-prize
  rows, blind43's beggar).

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a timeline
dates an event by the day it happened, or leaves it off; never by the day a notice names for later, nor by "today" used
for the present.
"""

from __future__ import annotations

from conftest import event_mentions


def _events(text: str, published: str) -> list[str]:
    return [d for d, role, _ in event_mentions(text, published) if role == "event"]


def test_tomorrows_sermon_ordered_today_is_not_dated_tomorrow():
    # blind44 (now dev): a ministry branch's order, filed at the Friday of the sermon it asks for.
    assert _events("عمم مكتب الأوقاف في المحافظة على الأئمة موضوع خطبة الجمعة غداً: السيول التي اجتاحت القرى.", "2015-08-06") == []
    assert _events("وأوضح المكتب أنه تم إبلاغ الأئمة بتخصيص الخطبة غداً للحديث عن السلامة المرورية، وتم تعميم ذلك على "
                   "الجوامع لتكون خطبة الجمعة غداً عنها.", "2015-08-06") == []


def test_tomorrows_opening_told_today_keeps_tomorrow():
    # control: what a sentence tells will happen tomorrow, with no order before it, is tomorrow's event.
    assert _events("يفتتح أمير المنطقة غداً معرض الكتاب في مركز المعارض.", "2015-08-06") == ["2015-08-07"]
    assert _events("افتتاح معرض الكتاب غداً بحضور أمير المنطقة.", "2015-08-06") == ["2015-08-07"]


def test_the_day_a_plan_once_had_is_not_its_event():
    # blind44 (now dev): a group wedding put off, filed at the Tuesday it had been set for.
    assert _events("وبينت اللجنة أن الحفل كان مقرراً إقامته غداً الثلاثاء في قاعة البلدية، لكنه تأجل إلى "
                   "موعد لاحق.", "2015-07-20") == []
    assert _events("وكان من المفترض وصول الشحنة أمس إلى الميناء.", "2015-07-20") == []


def test_a_deed_done_as_planned_keeps_its_day():
    # control: "كما كان مقرراً" tells the deed was done on its day.
    assert _events("ووصل الوفد أمس إلى العاصمة كما كان مقرراً.", "2015-07-20") == ["2015-07-19"]
    assert _events("وكان الوفد قد وصل أمس إلى العاصمة.", "2015-07-20") == ["2015-07-19"]


def test_a_deadline_ahead_is_not_an_event():
    # blind43 (dev): a notice that the last day to register is the coming Sunday, filed at that Sunday.
    assert _events("أعلنت الهيئة أن آخر موعد لتسليم طلبات برنامج التدريب الصيفي سيكون يوم الأحد القادم.", "2015-07-22") == []


def test_a_start_ahead_keeps_its_day():
    # control: a start the sentence tells for a coming day is dated by it (blind43 judged such a start right).
    assert _events("تبدأ الهيئة يوم الأحد القادم صرف المستحقات للمزارعين.", "2015-07-22") == ["2015-07-26"]


def test_today_in_the_circumstances_of_a_statement_is_the_present():
    # blind44 (now dev): an expert on a boom "today", filed at the page's day.
    assert _events("وأوضح الخبير أنه في ظل الانتشار الواسع لمحطات تحلية المياه اليوم، وجد المستثمرون فرصاً في المدن "
                   "الساحلية.", "2015-08-08") == []


def test_today_in_a_sentence_a_verb_of_being_heads_is_the_present():
    # blind44 (now dev): two reciters "among the names that stand out today", filed at the page's day.
    assert _events("تعتبر الفرقة الشعبية من أبرز الفرق المشاركة اليوم في مهرجان الصيف بالمدينة.", "2015-07-24") == []


def test_today_as_a_day_of_takings_is_no_day():
    # blind43 (dev): a beggar's daily deposit of "the day's takings".
    assert _events("واعتاد البائع أن يودع في المصرف كل مساء غلة اليوم من بيع الخضار.", "2015-08-02") == []


def test_today_of_a_deed_stays_a_day():
    # controls: a deed today is the day, in a sentence that opens on its verb or tells of a crowd.
    assert _events("وتنطلق اليوم فعاليات مهرجان الصيف في المدينة.", "2015-07-24") == ["2015-07-24"]
    assert _events("وشهدت الأسواق اليوم إقبالاً كبيراً من المتسوقين.", "2015-07-24") == ["2015-07-24"]


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    from conftest import timeline_dates
    from test_timeline_round37 import _COMMON

    return timeline_dates(tmp_path, _COMMON + reports, query)


_TAKING_ONE_S_LIFE = [("2015-07-21", "هجوم", "فجر انتحاري نفسه أمس في سوق شعبية قرب الحدود، وقتل تسعة أشخاص."),
                      ("2015-07-25", "تفجير", "قتلت عملية انتحارية اليوم عشرة من رواد مسبح في المدينة الساحلية."),
                      ("2015-08-03", "دراسة", "حذر أطباء أمس من ارتفاع حالات الانتحار بين المراهقين في المدن الكبرى.")]


def test_a_suicide_bombing_is_not_news_of_suicide(tmp_path, timeline_rules_only):
    # blind44 (now dev): four of its 37 judged shown events are bombings ("انتحاري", "عملية انتحارية") filed for suicide.
    assert _dates(tmp_path, _TAKING_ONE_S_LIFE, "الانتحار") == ["2015-08-02"]


_CIVIL = [("2015-07-22", "طيران", "أعلنت هيئة الطيران المدني أمس تشغيل رحلات جديدة."),
          ("2015-07-23", "مدن", "افتتحت هيئة المدن الصناعية أمس مصنعا جديدا في جدة.")]


def test_the_plural_of_another_nisba_still_stands_apart(tmp_path, timeline_rules_only):
    # control: the list's first pair keeps its reading; the industrial cities are still found.
    assert _dates(tmp_path, _CIVIL, "هيئة المدن الصناعية") == ["2015-07-22"]


_LIRA = [("2015-08-05", "عملات", "تراجع الدولار والليرة التركية أمس أمام اليورو بعد بيانات ضعيفة."),
         ("2015-08-07", "عملات", "ارتفع الدينار والليرة السورية أمس في السوق الموازية.")]


def test_a_whole_name_after_and_is_the_name(tmp_path, timeline_rules_only):
    # a round-44 leftover: "والليرة التركية" (and the Turkish lira) names the lira whole; "والليرة السورية" is another.
    assert _dates(tmp_path, _LIRA, "الليرة التركية") == ["2015-08-04"]


_RED_CRESCENT = [("2015-07-26", "إغاثة", "وزعت منظمة الصليب الأحمر والهلال الأحمر أمس مساعدات في القرى المنكوبة.")]


def test_a_part_of_a_name_after_and_is_not_the_name(tmp_path, timeline_rules_only):
    # control: "والهلال الأحمر" without "السعودي" is another country's society, as before.
    assert _dates(tmp_path, _RED_CRESCENT, "الهلال الأحمر السعودي") == []
