"""Timelines, round 43: dates of blind42's kinds (dev from this round) and of earlier rounds' leftovers.

* A figure's period: "ونزل معدل البطالة في الإقليم خلال مايو إلى 6.1 في المائة" gives June's figure; June is what it measures,
  not the day it was told (the judges' rule since blind7: an indicator's date is its release).
* A court's next session: "… إلى جلسة 10 أغسطس الجاري" is the sitting the case was put off to, not the day it was.
* "في أمسّ الحاجة": the superlative "most", not yesterday.
* A weekday at odds with its day ("الجمعة 25 يوليو" when the 25th was a Saturday): which of the two is meant is not told.
* A quote's "today" after "أول من أمس" in the sentence before: the paper retold a report of two days back and kept the
  quote as it was said.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a timeline
dates an event by the day it happened, or leaves it off; never by a period a figure measures, a session still to come,
a word that only looks like a date, or a day the text contradicts.
"""

from __future__ import annotations

from conftest import event_mentions


def _events(text: str, published: str) -> list[str]:
    return [d for d, role, _ in event_mentions(text, published) if role == "event"]


def test_a_rate_for_a_month_is_the_figures_period_not_its_day():
    # blind42 (now dev): six of its fifteen wrong dates are an indicator filed at the month or year it measures.
    assert _events("ونزل معدل البطالة في الإقليم خلال مايو الماضي إلى 6.1 في المائة من 6.4 في المائة قبل عام.",
                   "2015-08-09") == []
    assert _events("وسجل التضخم في يونيو الماضي زيادة 0.4% للشهر الرابع على التوالي.", "2015-07-21") == []


def test_a_figures_release_day_and_a_deed_by_a_share_keep_their_dates():
    # controls: the day the office told the figure dates it; a bank's cut by a share is a deed of its month,
    assert _events("وأعلن مكتب الإحصاء أمس أن معدل التضخم السنوي بلغ 2.7 بالمائة خلال يوليو.", "2015-08-09") == ["2015-08-08"]
    assert _events("وخفض البنك المركزي سعر الفائدة بنسبة نصف نقطة في يونيو الماضي.", "2015-08-09") == ["2015-06"]
    # ... and a market's fall in a month is a deed of that month (blind7 judged it so), not an indicator's period.
    assert _events("وهبط مؤشر البورصة نحو 12% في يوليو الماضي بعد موجة بيع.", "2015-08-09") == ["2015-07"]


def test_the_session_a_case_is_put_off_to_is_not_the_day_it_was():
    # blind41 (dev): a court's adjournment two days before, filed at the session it set for later in the month.
    assert _events("وكانت المحكمة قررت أول من أمس تأجيل الحكم في دعوى عشرين متهما بإدارة خلية، تستهدف المنشآت "
                   "العامة، إلى جلسة 12 من أغسطس.", "2015-08-03") == ["2015-08-01"]


def test_a_session_held_on_its_day_keeps_it():
    # control: a session that sat on the day the sentence gives.
    assert _events("وعقد المجلس جلسته الأولى أمس برئاسة الأمير.", "2015-08-03") == ["2015-08-02"]


def test_most_in_need_is_no_yesterday():
    # blind41 (dev): a lawyer's "في أمس الحاجة" read as the day before the page.
    assert _events("وقال المنظمون إن المستشفيات في أمس الحاجة إلى المتبرعين في هذه الأيام.", "2015-07-26") == []


def test_yesterday_before_a_verb_stays_a_day():
    # control: "أمس" before the sentence's own words is the day.
    assert _events("وزار الوزير أمس المرضى في مستشفى المدينة.", "2015-07-26") == ["2015-07-25"]


def test_a_weekday_at_odds_with_its_day_dates_nothing():
    # blind42 (dev): "الجمعة 25 يوليو" when the 25th of July 2015 was a Saturday; the Friday was the 24th.
    assert _events("عرضت الوكالة صورا جديدة للكوكب الجمعة 25 يوليو في مؤتمر صحفي.", "2015-07-26") == []


def test_a_weekday_that_fits_its_day_dates_it():
    # control: "الجمعة 24 يوليو" agrees.
    assert _events("عرضت الوكالة صورا جديدة للكوكب الجمعة 24 يوليو في مؤتمر صحفي.", "2015-07-26") == ["2015-07-24"]


def _two_sentences(first: str, second: str, published: str) -> list[str]:
    from akhbar.events import article_mentions

    text = f"{first} {second}"
    spans = [(0, len(first)), (len(first) + 1, len(text))]
    return [m.date for m in article_mentions(text, spans, published) if m.role == "event"]


_QUOTE = "وقال المكتب في بيان إن «المستشارة تحدثت اليوم مع الرئيس عن الهجمات»."


def test_a_quotes_today_after_the_day_before_yesterday_is_that_day():
    # blind41 (dev): the White House's "today" for a call, retold two days later, filed at the page's day.
    assert _two_sentences("واتصلت مستشارة الرئيس أول من أمس بالرئيس الأفغاني وقدمت إليه التعازي.", _QUOTE,
                          "2015-08-10") == ["2015-08-08", "2015-08-08"]


def test_a_quotes_today_after_today_stays_today():
    # control: the sentence before tells of today; the quote's "today" is the page's day.
    assert _two_sentences("واتصلت مستشارة الرئيس اليوم بالرئيس الأفغاني وقدمت إليه التعازي.", _QUOTE,
                          "2015-08-10") == ["2015-08-10", "2015-08-10"]


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    from conftest import timeline_dates
    from test_timeline_round37 import _COMMON

    return timeline_dates(tmp_path, _COMMON + reports, query)


_PAPERS = [("2015-08-06", "صحة", "أوردت صحيفة بانكوك بوست صباح اليوم عن وزير الصحة قوله إن بلاده خفضت انتقال الفيروس إلى المواليد."),
           ("2015-08-18", "انفجار", "قتل عشرون شخصا في تفجير استهدف معبدا وسط بانكوك أمس."),
           ("2015-07-30", "إدانة", "أدان المجلس التفجير الذي استهدف سوقا شعبية في مدينة ساحلية."),
           ("2015-08-02", "تحقيق", "فتحت الشرطة تحقيقا في تفجير سيارة قرب مبنى البلدية."),
           ("2015-08-04", "محاكمة", "بدأت محاكمة ثلاثة متهمين بالتخطيط لتفجير محطة قطارات."),
           ("2015-08-08", "ذكرى", "أحيا السكان ذكرى ضحايا تفجير وقع قبل عشرة أعوام."),
           ("2015-08-10", "إحباط", "أحبطت قوات الأمن محاولة تفجير خط أنابيب في الصحراء."),
           ("2015-07-24", "جسر", "أعادت الهيئة فتح الجسر بعد إصلاح أضرار تفجير طاله الشتاء الماضي."),
           ("2015-07-25", "مسرحية", "تروي المسرحية قصة عائلة فقدت ابنها في تفجير بعيد."),
           ("2015-07-27", "منجم", "استأنف المنجم العمل بعد تفجير صخري مقرر لتوسعة النفق."),
           ("2015-07-28", "إدانة", "دان الاتحاد تفجير الحافلة ودعا إلى محاسبة الفاعلين."),
           ("2015-07-29", "تعويض", "أقرت الحكومة تعويض المتضررين من تفجير المستودع القديم.")]


def test_a_city_in_a_newspapers_name_is_not_the_place_of_the_news(tmp_path, timeline_rules_only):
    # blind42 (now dev): a health minister quoted by a paper named after the city, filed for the city's bombing.
    assert _dates(tmp_path, _PAPERS, "تفجير بانكوك") == ["2015-08-17"]


_SINGERS = [("2015-08-05", "الحقول", "أكد وزير الدولة محمد العبد الله أمس أن الخلاف على الحقول فني."),
            ("2015-08-07", "حفل", "أحيا الفنان محمد عبده أمس حفلا غنائيا على مسرح المدينة.")]


def test_a_name_written_bare_is_not_a_word_of_its_stem_with_the_article(tmp_path, timeline_rules_only):
    # blind42 (now dev): a minister whose names hold the singer's two words (the stem of "عبده" is "العبد"'s).
    assert _dates(tmp_path, _SINGERS, "محمد عبده") == ["2015-08-06"]


_CURRENCIES = [("2015-07-23", "صرافة", "قال صراف إن الطلب ارتفع أمس على الدولار واليورو والجنيه، وعلى الليرة التركية بعد العيد."),
               ("2015-08-05", "هبوط", "هبطت الليرة التركية أمس إلى أدنى مستوى لها أمام الدولار.")]


def test_a_currency_among_several_is_not_its_own_news(tmp_path, timeline_rules_only):
    # blind41 (dev): a money changer's round-up of demand for several currencies, filed for the lira.
    assert _dates(tmp_path, _CURRENCIES, "الليرة التركية") == ["2015-08-04"]
