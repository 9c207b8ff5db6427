"""A person's dates in brackets after their name answer "when was X born / when did X die": the first
date is the birth, the second the death, though the sentence says neither word ("X (1765 - 1830) عالم
…"). Before, the rule that a when-answer stands by the question's event word held such answers back
("no event"). Brackets after a clause that goes on past the name, or after another person sharing only a given
name, date nothing of the person."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Short items written for these tests (invented people and places).
DRAFTS = [
    ArticleDraft(
        title="عالم من مدينة النهر",
        text=("سليم الوادي (1765 - 1830) عالم جيولوجيا من مدينة النهر.\n"
              "وكان الوادي يدرس الصخور في الجبال."),
        published="2022-06-01", source="الوطن", url="https://example.org/geologist"),
    ArticleDraft(
        title="كاتبة من التلال",
        text=("ليلى الحداد (بالإنجليزية: Laila Haddad) (13 أكتوبر 1958، مدينة التلال - 2 أكتوبر 2018)، "
              "كاتبة وصحفية.\nونشرت الحداد روايتها الأولى في شبابها."),
        published="2022-06-01", source="الوطن", url="https://example.org/writer"),
    ArticleDraft(
        title="شاعر الساحل",
        text=("رامي بن خالد بن عمر آل ناصر (1921 - 26 جمادى الآخرة 1426 هـ / 1 أغسطس 2005)، شاعر من الساحل.\n"
              "وكتب رامي عشرات القصائد عن البحر."),
        published="2022-06-01", source="الوطن", url="https://example.org/poet"),
    ArticleDraft(
        title="نجار القرية",
        text="فادي النجار (ولد في 14 يونيو 1946) حرفي من القرية، صنع أبواب مسجدها.",
        published="2022-06-01", source="الوطن", url="https://example.org/carpenter"),
    ArticleDraft(
        title="رئيس وزراء التلال",
        text="كريم الزيات (ولد في 26 فبراير 1954)، هو رئيس وزراء بلاد التلال منذ سنوات طويلة.",
        published="2022-06-01", source="الوطن", url="https://example.org/premier"),
    ArticleDraft(
        title="جسر المدينة",
        text="وقال المهندس سامر العلي إن الجسر (1990 - 1995) بني على مرحلتين.",
        published="2022-06-01", source="الوطن", url="https://example.org/bridge"),
    ArticleDraft(
        title="مؤرخ الشاطئ",
        text=("حمدان الساحلي هو عبد الله بن سالم، حمدان الساحلي أبو فهد، ولي الدين الجزري (1332 - 1406م)، "
              "ولد في مدينة الشاطئ ونشأ فيها."),
        published="2022-06-01", source="الوطن", url="https://example.org/historian"),
    ArticleDraft(
        title="قائد الساحل",
        text=("الأمير أبو الفضل عماد الدين والدنيا سالم بن حمد بن راشد بن علي بن يعقوب بن مروان الجزري البحري "
              "(532 - 589 هـ / 1138 - 1193 م)، المعروف بعماد الدين الحارثي، قائد من الساحل."),
        published="2022-06-01", source="الوطن", url="https://example.org/commander"),
    ArticleDraft(
        title="مدرب الجزر",
        text="نادر الشامي، مدرب منتخب الجزر (2000 - 2004)، قاد الفريق إلى اللقب.",
        published="2022-06-01", source="الوطن", url="https://example.org/coach"),
    ArticleDraft(
        title="رسام من الوادي",
        text=("وهاجر نبيل الصافي صبيًا مع عائلته إلى بلاد الشمال، ولد في 6 يناير 1883 في بلدة الوادي الصغيرة.\n"
              "وانتقل نبيل الصافي إلى مدينة المرفأ عام 1910، وتوفي فيها عام 1931."),
        published="2022-06-01", source="الوطن", url="https://example.org/painter"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("lives") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize(("question", "short", "iso"), [
    ("متى ولد سليم الوادي؟", "1765", "1765"),
    ("متى توفي سليم الوادي؟", "1830", "1830"),
    ("متى ولدت ليلى الحداد؟", "13 أكتوبر 1958", "1958-10-13"),  # not the place after it
    ("متى توفيت ليلى الحداد؟", "2 أكتوبر 2018", "2018-10-02"),
    ("متى ولد رامي بن خالد؟", "1921", "1921"),  # the name's lineage between name and brackets
    ("متى توفي رامي بن خالد؟", "1 أغسطس 2005", "2005-08-01"),  # of a date told in two calendars, the last
    ("متى ولد فادي النجار؟", "14 يونيو 1946", "1946-06-14"),  # a living person's one date, its verb left out
    # the sentence opens on the name, told in parts split by commas, and goes on to the birth: the brackets are
    # the life span (the birth was the bracket's last year, nearest ولد)
    ("متى ولد حمدان الساحلي؟", "1332", "1332"),
    ("متى توفي حمدان الساحلي؟", "1406م", "1406"),
    # a long lineage between the name and the brackets, the years told in both calendars, the Hijri pair first:
    # the common era's (the Hijri 532 was the birth's year, as if of the common era)
    ("متى ولد عماد الدين الحارثي؟", "1138", "1138"),
    ("متى توفي عماد الدين الحارثي؟", "1193 م", "1193"),
])
def test_the_dates_in_brackets_after_a_name_are_its_birth_and_death(archive, question, short, iso):
    answer = archive.ask(question)
    assert not answer.abstained and answer.answer == short and answer.normalized == iso


@pytest.mark.parametrize("question", [
    "متى ولد سامر العلي؟", "متى توفي سامر العلي؟",  # "قال سامر العلي إن الجسر (1990 - 1995)": the bridge's years
    "متى ولدت ليلى الساحلي؟",  # another Laila's dates: a given name alone is not the person
    "متى ولد نادر الشامي؟",  # "X، مدرب منتخب الجزر (2000 - 2004)، قاد …": the years of the post, no birth told
])
def test_brackets_of_another_thing_or_person_date_nothing_of_the_person(archive, question):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None


def test_a_birth_in_brackets_is_no_answer_to_another_when_question(archive):
    # "متى كان X رئيساً للوزراء" and "X (ولد في 26 فبراير 1954)، هو رئيس وزراء …": the sentence is cited,
    # but its one date is the birth, not the premiership (it was the short answer).
    answer = archive.ask("متى كان كريم الزيات رئيساً لوزراء بلاد التلال؟")
    assert answer.answer is None
    assert archive.ask("متى ولد كريم الزيات؟").answer == "26 فبراير 1954"


def test_a_birth_told_in_the_next_clause_is_no_answer_to_when_he_moved(archive):
    # "هاجر X صبياً …، ولد في 6 يناير 1883 …": the move has no date; the clause after the comma dates the
    # birth (it was the short answer to "متى هاجر", at 0.97). The sentence is still cited.
    answer = archive.ask("متى هاجر نبيل الصافي إلى بلاد الشمال؟")
    assert not answer.abstained and answer.answer is None
    assert archive.ask("متى ولد نبيل الصافي؟").answer == "6 يناير 1883"
    # a date in the event's own clause still answers, and "وتوفي عام …" still dates the death
    assert archive.ask("متى انتقل نبيل الصافي إلى مدينة المرفأ؟").answer == "عام 1910"
    assert archive.ask("متى توفي نبيل الصافي؟").answer == "عام 1931"
