"""A when-answer is the date in the clause of the question's verb: "لكن" / "بينما" open a clause of
another event as a comma does ("سيطرت … في 1830 لكنها بدأت … بعد 1850": بدأت's date is 1850, though
1830 stands nearer, right before the verb). A verb told twice of two subjects ("استقلت جزر المرجان … في
1956 … واستقلت جزر الجنوب عام 2011") dates the event of the subject the question names. A clause that tells its
time from another deed ("…، وأصدرت قرارها بعد عشرة أيام") takes no date of the clause before it, and a year asked
("في أي عام") is answered by a date that holds one."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented kingdom).
DRAFTS = [
    ArticleDraft(
        title="مملكة الساحل",
        text=("سيطرت مملكة الساحل على جزيرة الملح في 1830 لكنها بدأت بجدية في إعادة بناء أسطولها بعد 1850، "
              "مع التركيز على التجارة."),
        published="2022-06-01", source="الوطن", url="https://example.org/kingdom"),
    ArticleDraft(
        title="جزر المرجان",
        text=("استقلت جزر المرجان عن التاج البحري في الأول من يناير 1956 واشتعلت فيها الحرب الأهلية منذ قبيل "
              "إعلان الاستقلال حتى 2005 عدا فترات هدوء قصيرة، واستقلت جزر الجنوب عام 2011 بعد استفتاء شعبي."),
        published="2022-06-01", source="الوطن", url="https://example.org/islands"),
    ArticleDraft(
        title="حريق سوق الحدادين",
        text=("وفتحت النيابة تحقيقاً في حريق سوق الحدادين في 3 مارس 2021، وأصدرت قرارها بإغلاق السوق بعد عشرة أيام. "
              "ويضم السوق نحو مئة محل."),
        published="2021-03-25", source="الوطن", url="https://example.org/market"),
    ArticleDraft(
        title="جائزة البحر للرواية",
        text="وتسلم الروائي سالم الفارس أمس الخميس جائزة البحر للرواية لعام 2019 في حفل أقيم بالعاصمة.",
        published="2019-10-11", source="الوطن", url="https://example.org/novel"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("clauses") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize(("question", "short"), [
    ("متى بدأت مملكة الساحل بجدية في إعادة بناء أسطولها؟", "1850"),  # was 1830, across "لكنها"
    ("متى سيطرت مملكة الساحل على جزيرة الملح؟", "1830"),
])
def test_a_date_across_lakin_belongs_to_the_other_clause(archive, question, short):
    answer = archive.ask(question)
    assert not answer.abstained and answer.answer == short


@pytest.mark.parametrize(("question", "short"), [
    ("متى استقلت جزر المرجان؟", "الأول من يناير 1956"),  # was 2011: the later verb's date, nearer its verb
    ("متى استقلت جزر الجنوب؟", "عام 2011"),
])
def test_a_verb_told_twice_is_dated_by_the_clause_of_the_asked_subject(archive, question, short):
    answer = archive.ask(question)
    assert not answer.abstained and answer.answer == short


def test_a_clause_timed_from_another_deed_takes_no_date_of_it(archive):
    # (round 23: "في 3 مارس 2021" dates the inquiry; the decision came ten days later)
    answer = archive.ask("متى أصدرت النيابة قرارها بإغلاق سوق الحدادين؟")
    assert answer.answer is None
    assert archive.ask("متى فتحت النيابة تحقيقاً في حريق سوق الحدادين؟").answer == "3 مارس 2021"


def test_a_year_asked_is_answered_by_the_date_that_holds_one(archive):
    # (round 23: "أمس الخميس", nearer the verb, was the short answer to "في أي عام …؟"; the day still answers "متى")
    assert archive.ask("في أي عام تسلم سالم الفارس جائزة البحر للرواية؟").answer == "2019"
    assert archive.ask("متى تسلم سالم الفارس جائزة البحر للرواية؟").answer == "أمس الخميس"
