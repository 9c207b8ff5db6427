"""ask reads the clause of the question's deed: no count of another sort of people, no count of the other side of a
vote, no "نعم" for a deed only come near, a giver and a receiver exchanged or a slot of the other deed, no date of
another deed's clause, none of the deed told in another place. TRUST BUGS of the lead's round 27 probe: each question
below was answered, wrongly, on main. Articles written for this test (an invented town, an invented calligrapher)."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

DRAFTS = [
    ArticleDraft(
        title="كمين قرب قرية السنديان وجلسة عاصفة لمجلس المحافظة",
        text=("قتل ثلاثة صيادين وجرح ستة حراس في كمين نصبه مسلحون قرب قرية السنديان مساء الاثنين. "
              "وفي مجلس المحافظة، صوت 22 عضواً ضد الميزانية الجديدة، بينما صوت 15 عضواً لصالحها. "
              "واقترب فريق السنديان من الفوز بكأس المحافظة بعد تغلبه على فريق الصنوبر بثلاثة أهداف. "
              "وأهدت البلدية الحديقة العامة لجمعية المكفوفين في حفل حضره المحافظ."),
        published="2025-11-18", source="الوطن", url="https://example.org/sindyan"),
    ArticleDraft(
        title="رحيل الخطاط نبيل الوراق",
        text=("توفي الخطاط نبيل الوراق في مدينة صفاقس مساء الجمعة عن 79 عاماً. "
              "وولد الوراق في قرية المنزه عام 1946 وتعلم الخط في تونس، ثم درّس الفنون في سوسة."),
        published="2025-09-13", source="الوطن", url="https://example.org/warraq"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("clause_slots") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question", [
    "هل فاز فريق السنديان بكأس المحافظة؟",  # it only came near
    "هل صوت 22 عضواً لصالح الميزانية الجديدة؟",  # the 22 voted against
    "هل أهدت جمعية المكفوفين الحديقة العامة للبلدية؟",  # the giver and the receiver exchanged
    "هل قتل ستة حراس في كمين السنديان؟",  # six guards were wounded
])
def test_no_yes_for_a_deed_the_sentence_tells_otherwise(archive, question):
    assert archive.ask(question).answer != "نعم"


def test_no_count_of_another_sort_of_people(archive):
    # (three fishermen were killed and six guards wounded: no guard was killed)
    assert archive.ask("كم حارساً قتل في كمين السنديان؟").answer is None


def test_a_count_of_the_side_of_the_vote_asked(archive):
    assert archive.ask("كم عضواً صوت لصالح الميزانية الجديدة؟").answer == "15 عضواً"


@pytest.mark.parametrize("question", [
    "متى توفي نبيل الوراق في المنزه؟",  # he died in Sfax; المنزه is where he was born
    "متى ولد نبيل الوراق في سوسة؟",  # سوسة is where he taught
])
def test_no_date_of_another_deed_or_place(archive, question):
    assert archive.ask(question).answer is None


def test_no_yes_for_another_place_of_the_deed(archive):
    assert archive.ask("هل توفي نبيل الوراق في المنزه؟").answer != "نعم"


def test_the_facts_the_article_tells_are_still_answered(archive):
    assert archive.ask("كم عضواً صوت ضد الميزانية الجديدة؟").answer == "22 عضواً"
    assert archive.ask("كم صياداً قتل في كمين السنديان؟").answer == "ثلاثة صيادين"
    assert archive.ask("هل أهدت البلدية الحديقة العامة لجمعية المكفوفين؟").answer == "نعم"
    assert archive.ask("متى ولد نبيل الوراق؟").answer == "عام 1946"
    assert archive.ask("أين توفي الخطاط نبيل الوراق؟").answer == "مدينة صفاقس"
    assert archive.ask("هل توفي نبيل الوراق في صفاقس؟").answer == "نعم"
