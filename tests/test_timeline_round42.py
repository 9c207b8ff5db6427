"""Timelines, round 42: namesakes of blind41 (now dev) and a body named only in a minister's second title.

* "النائب العام": the office is the two words together; "النائب الثاني لرئيس الوزراء" (a deputy) or "نائب المرشد" in a
  story on Egypt is no prosecutor.
* "الأمير علي بن الحسين": the analyzer reads "علي" as the stopword "على", so the father after "بن" counts only right after
  that name as written; "عبدالله الثاني بن الحسين" is another son.
* "منتخب الإمارات": the team word and the country are one name; the country alone is a host or another match's side,
  the team word alone another team.
* "سوق أبوظبي للأوراق المالية": a market named by its city; "سوق الكويت للأوراق المالية" is another city's.
* "وزير العدل والأوقاف رئيس المجلس …": the minister does what the sentence tells; the council names who he is (near).
* "…الأحد الماضي، بحسب ما أعلنت الوزارة أمس": the deed's day is Sunday, "أمس" the day the source told of it.
* "في الوقت الذي … أمس …، توقع خبير": the date is in the clause of what goes on meanwhile, not the main clause's.

Every sentence here is written for these tests (none is quoted from a news source). What a user would check: a timeline
shows the news of the office, the man, the team or the body asked for, not of a namesake.
"""

from __future__ import annotations

from conftest import event_mentions, timeline_dates
from test_timeline_round37 import _COMMON


def _dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _COMMON + reports, query)


_DEPUTY = [("2015-07-22", "زيارة", "يصل النائب الثاني لرئيس الوزراء اليوم إلى العاصمة المصرية في زيارة قصيرة."),
           ("2015-07-26", "تحقيق", "فتح النائب العام المصري أمس تحقيقا في حريق مخزن للأدوية بالقاهرة.")]


def test_a_deputy_in_a_story_on_egypt_is_no_prosecutor(tmp_path, timeline_rules_only):
    # blind41 (now dev): another deputy's title and a story on Egypt, filed for the Egyptian prosecutor general.
    assert _dates(tmp_path, _DEPUTY, "النائب العام المصري") == ["2015-07-25"]


_SONS = [("2015-07-23", "اتصال", "اتصل رئيس الوزراء هاتفيا اليوم بالملك عبدالله الثاني بن الحسين."),
         ("2015-07-28", "ترشح", "أعلن الأمير علي بن الحسين اليوم ترشحه لرئاسة الاتحاد الدولي.")]


def test_another_son_of_the_father_is_not_the_prince(tmp_path, timeline_rules_only):
    # blind41 (now dev): the king of Jordan, another son of al-Hussein, filed for Prince Ali.
    assert _dates(tmp_path, _SONS, "الأمير علي بن الحسين") == ["2015-07-28"]


_TEAMS = [("2015-07-24", "سلة", "وصل منتخبنا للناشئين أمس إلى القاهرة استعدادا لبطولة تقام في الإمارات الشهر المقبل."),
          ("2015-08-03", "ودية", "فاز منتخب الإمارات اليوم على منتخب لبنان في مباراة ودية.")]


def test_a_country_hosting_another_team_is_not_its_team(tmp_path, timeline_rules_only):
    # blind41 (now dev): another country's youth team camps for a championship the Emirates hosts.
    assert _dates(tmp_path, _TEAMS, "منتخب الإمارات") == ["2015-08-03"]


_MARKETS = [("2015-07-27", "الكويت", "ربح سوق الكويت للأوراق المالية نصف نقطة اليوم في تعاملات هادئة."),
            ("2015-07-29", "أبوظبي", "أغلق سوق أبوظبي للأوراق المالية اليوم على انخفاض طفيف.")]


def test_another_citys_market_is_not_the_market_asked_for(tmp_path, timeline_rules_only):
    # blind41 (now dev): another Gulf exchange's close, filed for Abu Dhabi's.
    assert _dates(tmp_path, _MARKETS, "سوق أبوظبي للأوراق المالية") == ["2015-07-29"]


_TITLES = [("2015-07-30", "استقبال", "استقبل وزير العدل والأوقاف رئيس المجلس الأعلى للقضاء ظهر اليوم سفير اليابان في مكتبه."),
           ("2015-08-04", "تعيين", "أقر المجلس الأعلى للقضاء اليوم تعيين عشرين قاضيا جديدا.")]


def test_a_body_in_a_ministers_second_title_is_near_its_topic(tmp_path, timeline_rules_only):
    # blind41 (now dev): the justice minister receives a guest; the council is only his second office.
    assert _dates(tmp_path, _TITLES, "المجلس الأعلى للقضاء") == ["2015-08-04"]


def test_the_day_a_source_told_of_a_deed_is_not_the_deeds_day():
    # blind41 (now dev): deaths in a heat wave filed at the day the ministry announced them.
    text = "توفي ثمانية مسنين الأحد الماضي بسبب ارتفاع الحرارة في الصعيد، بحسب ما ذكرت مديرية الصحة بالمحافظة أمس."
    assert [(date, role) for date, role, _ in event_mentions(text, "2015-08-11")] == [
        ("2015-08-09", "event"), ("2015-08-10", "reference")]


def test_a_date_in_a_while_clause_is_not_the_main_clauses():
    # blind41 (now dev): an expert's forecast filed at the deaths' day of the clause before it.
    text = "في الوقت الذي يشتد الحر على الصعيد حيث توفي ثمانية مسنين أمس، توقع خبير أن يستمر الحر حتى الخريف."
    assert [role for _, role, _ in event_mentions(text, "2015-08-11")] == ["reference"]
