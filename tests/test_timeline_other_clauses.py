"""Timelines, round 21: a date that belongs to another part of its sentence does not date the query's news.

* A since-phrase runs from منذ to the next verb or clause break: a date at its end is the phrase's start ("منذ قدومه من
  … عام 2012"), however many words the phrase has, unless a count of time or a span's end closed it first.
* A long sentence that strings clauses of other doings together with "في حين", "فيما", "وسوف": a date in a clause that
  does not name the query is not the query's when the query's clause comes later and the two are of different times.

Every sentence here is written for these tests (none is quoted from a news source). What a user of the timeline would
check: a player's transfer year is not filed as this week's news; a rival club's coming match is not filed under the
club the sentence names only in its last clause.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.clauses import imperfect_verb
from akhbar.models import ArticleDraft
from conftest import event_mentions


# One test of "a present verb" for every rule that reads one: the since-phrase's end (a verb closes it) and the head's
# present (a state of now). A month after و is a month there too: "ويوليو" once ended a since-phrase as a verb would.
@pytest.mark.parametrize(("word", "verb"), [
    ("يعمل", True), ("ويسعى", True), ("فيطالب", True),
    ("يونيو", False), ("ويوليو", False), ("ويناير", False), ("يوم", False), ("فيها", False), ("تعاون", False),
    ("نادي", False),
], ids=["present", "after wa", "after fa", "month", "month after wa", "january after wa", "day", "in it", "a noun in ta",
        "a noun in nun"])
def test_one_shape_reads_a_present_verb(word, verb):
    assert imperfect_verb(word) is verb


# Published on Monday 3 August 2015.
@pytest.mark.parametrize(("text", "expected"), [
    ("وتحول المهاجم إلى هداف الفريق منذ قدومه من أحد أندية الدرجة الثانية في الشمال عام 2012 ونال معه لقبين.",
     [("2012", "reference", "since")]),
    ("وفاز الحزب بالمقاعد للمرة الأولى منذ نحو عشرين عاما في الانتخابات البلدية في مايو الماضي.",
     [("2015-05", "event", "")]),
], ids=["a since-phrase eight words long", "a count of years closes it"])
def test_a_since_phrase_runs_to_its_date(text, expected):
    assert event_mentions(text, "2015-08-03") == expected


@pytest.mark.usefixtures("timeline_rules_only")
def test_a_date_of_another_clause_is_not_the_query_clubs(tmp_path):
    # Pages of a sports desk about فريق الساحل that name نادي الوادي only in a last clause. The first page's year is
    # the other club's first cup (a past year, then "في حين" about the query's club); the second page's Thursday is the
    # other club's coming match (a "وسوف" clause), while its last clause gives the query club's own day, last Sunday.
    reports = [
        ("2015-08-02", "توج فريق الساحل باللقب وقد نال كأسه الأولى عام 2009، في حين أخفق نادي الوادي في بلوغ الدور الثاني."),
        ("2015-08-05", "أنهى فريق الساحل معسكره الخارجي أمس الثلاثاء بفوز كبير، وسوف يستضيف غدا الخميس فريق الشاطئ في أولى "
                       "مبارياته الرسمية، فيما هزم يوم الأحد الماضي نادي الوادي بثلاثة أهداف نظيفة."),
        ("2015-08-06", "أعلن نادي الوادي اليوم تعاقده مع مهاجم جديد، فيما يواصل الفريق تدريباته في المعسكر."),
    ]
    drafts = [ArticleDraft(title="خبر", published=day, source="صحيفة", text=text) for day, text in reports]
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles(drafts)
        dates = [e.date for e in archive.timeline("نادي الوادي")]
    assert "2009" not in dates and "2015-08-06" in dates
    assert dates.count("2015-08-06") == 1  # the rival's Thursday is gone; the club's own signing of that day stays
    assert "2015-08-02" in dates  # the win over the query club last Sunday, in the clause that names it
