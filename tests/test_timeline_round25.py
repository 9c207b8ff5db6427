"""Timelines, round 25: days that are no day, a guess of a coming day, and names that belong to another body.

* "الأمس" right after a plural of people in construct ("نجوم الأمس", "حلفاء الأمس") is their past, not the day before
  the page; after a thing ("مران الأمس") it is the day.
* A famous day named by its day and month alone ("أحداث 11 سبتمبر") is a name of another year's day, not this
  September's.
* A day ahead in a sentence that a verb of expecting heads ("يتوقع المحللون …") is what is guessed, not a day something
  happened.
* A club's name right after another body's head ("شركة توكيلات الجزيرة", "قناة الجزيرة") is that body's name; a
  university's or an airport's head in construct before another word ("جامعة الدول العربية", "مطار صنعاء") heads
  another's name, whatever place word the sentence names elsewhere.

Every sentence here is written for these tests (none is quoted from a news source). What a user of the timeline would
check: a column about retired players is not filed under yesterday; a July essay recalling 2001 is not filed under
this September; a university's timeline does not fill with the Arab League, nor a club's with a car dealer.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from conftest import event_mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("ويخصص الملحق الأسبوعي صفحات نجوم الأمس للحديث عن لاعبين قدامى اعتزلوا اللعب منذ سنوات.",
     [("2015-08-02", "reference", "nowadays")]),
    ("وعاد حلفاء الأمس في البرلمان إلى تبادل الاتهامات بعد فشل التسوية.", [("2015-08-02", "reference", "nowadays")]),
    ("وشهد مران الأمس غياب المدافع بسبب إصابة في الركبة.", [("2015-08-02", "event", "")]),
], ids=["a page section on past stars", "yesterday's allies", "yesterday's training is a day"])
def test_yesterday_after_a_plural_of_people_is_their_past(text, expected):
    # Published on Monday 3 August 2015.
    assert event_mentions(text, "2015-08-03") == expected


def test_a_famous_day_named_by_its_day_alone_is_a_name():
    text = "وتغيرت السياسة الخارجية للبلاد كثيرا بعد أحداث 11 سبتمبر وما تبعها من حروب في المنطقة."
    assert event_mentions(text, "2015-07-27") == [("2015-09-11", "reference", "name")]
    # Its anniversary is this year's day.
    text = "وأحيت المدينة الذكرى الخامسة لهجمات السابع من يوليو بدقيقة صمت في محطات القطارات."
    assert event_mentions(text, "2015-07-24") == [("2015-07-07", "event", "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("يتوقع المحللون أن يرفع البنك المركزي سعر الفائدة في اجتماعه يوم 17 سبتمبر المقبل.",
     [("2015-09-17", "reference", "projection")]),
    ("ويعقد البنك المركزي اجتماعه المقبل يوم 17 سبتمبر لبحث أسعار الفائدة.", [("2015-09-17", "event", "")]),
], ids=["a guess of a coming day", "a meeting set for a coming day"])
def test_a_day_ahead_under_a_verb_of_expecting_is_a_guess(text, expected):
    # Published on Friday 31 July 2015.
    assert event_mentions(text, "2015-07-31") == expected


def _timeline_dates(tmp_path, reports: list[tuple[str, str]], query: str) -> list[str]:
    drafts = [ArticleDraft(title="خبر", published=day, source="صحيفة", text=text) for day, text in reports]
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles(drafts)
        return [e.date for e in archive.timeline(query)]


def test_a_clubs_name_after_another_bodys_head_is_that_bodys(tmp_path):
    # blind23: a horse race whose prize a car dealer ("شركة توكيلات الجزيرة") gave, at a riding club ("نادي الفروسية"),
    # was filed for "نادي الجزيرة"; a TV channel of the same name is no club either.
    reports = [("2015-08-02", "تعاقد نادي الجزيرة اليوم مع مهاجم برازيلي لمدة موسمين."),
               ("2015-08-03", "يقيم نادي الفروسية اليوم سباقه الرابع بجوائز قدمتها شركة توكيلات الجزيرة للسيارات."),
               ("2015-08-04", "بثت قناة الجزيرة اليوم لقاء مع رئيس النادي الأهلي عن خطط الموسم.")]
    assert _timeline_dates(tmp_path, reports, "نادي الجزيرة") == ["2015-08-02"]


def test_a_place_head_before_another_word_heads_anothers_name(tmp_path):
    # blind23: an Iraqi memo to the Arab League that names Kuwait covered both words of "جامعة الكويت"; an airport
    # of another city is no "مطار عدن" either, while "المطار" with its article in a report on Aden still is.
    reports = [("2015-08-02", "افتتحت جامعة الكويت اليوم مبنى جديدا لكلية الهندسة."),
               ("2015-08-03", "قدم الوفد اليوم مذكرة إلى جامعة الدول العربية تتهم فيها الكويت بخرق الاتفاق.")]
    assert _timeline_dates(tmp_path / "university", reports, "جامعة الكويت") == ["2015-08-02"]
    airports = [("2015-08-02", "هبطت في مطار صنعاء اليوم طائرة تقل مساعدات موجهة إلى عدن."),
                ("2015-08-03", "وصلت إلى عدن اليوم طائرة مساعدات وهبطت في المطار بعد إصلاح مدرجه.")]
    assert _timeline_dates(tmp_path / "airport", airports, "مطار عدن") == ["2015-08-03"]
