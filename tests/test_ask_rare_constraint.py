"""A question word the archive hardly knows is a constraint: when no article of the evidence holds it,
the answer abstains and names it, however well the rest of the question is covered ("when did the
probe enter the orbit of *Saturn*" asked, an article on its Mars orbit found). The articles are
written for these tests."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer
from akhbar.qa.constraints import question_constraints
from akhbar.qa.question import analyze_question
from akhbar.qa.rare import rare_constraints, rarity_of

ARTICLES = [
    ArticleDraft(
        title="المسبار نجم يبلغ مدار المريخ",
        text=("دخل المسبار نجم مدار كوكب المريخ مساء الخميس 4 مارس 2027 بعد رحلة دامت سبعة أشهر.\n"
              "وأعلنت وكالة الفضاء الوطنية أن المسبار سيدرس عواصف الغبار على سطح الكوكب الأحمر.\n"
              "وكان المسبار قد انطلق من قاعدة الساحل الفضائية في أغسطس 2026."),
        published="2027-03-05", source="الوطن", url="https://example.org/probe"),
    ArticleDraft(
        title="افتتاح جسر النهر الكبير في مدينة الواحة",
        text=("افتتح وزير النقل جسر النهر الكبير في مدينة الواحة يوم الأحد 9 مايو 2027.\n"
              "ويبلغ طول الجسر 1200 متر، ويربط ضفتي النهر للمرة الأولى.\n"
              "وقالت البلدية إن الجسر سيخفف الزحام عن وسط المدينة."),
        published="2027-05-10", source="الوطن", url="https://example.org/bridge"),
    ArticleDraft(
        title="فيضانات في وادي السدر",
        text=("أدت الأمطار الغزيرة إلى فيضانات في وادي السدر يوم الثلاثاء 14 يناير 2027.\n"
              "وقال الدفاع المدني إن 12 شخصاً لقوا حتفهم وإن مئات الأسر نزحت من القرى القريبة."),
        published="2027-01-15", source="الوطن", url="https://example.org/flood"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("rare") / "archive") as arc:
        assert len(arc.add_articles(ARTICLES, origin="tests").articles) == len(ARTICLES)
        yield arc


@pytest.mark.parametrize(("question", "named"), [
    # Another planet: the Mars article covers every other word of the question.
    ("متى دخل المسبار نجم مدار زحل؟", "زحل"),
    ("متى دخل المسبار نجم مدار كوكب زحل؟", "كوكب زحل"),  # shown with the noun it names
    # Another city, which no lexicon lists: the bridge article is the only one about a bridge.
    ("متى افتتح وزير النقل جسر النهر الكبير في تامنغست؟", "تامنغست"),
])
def test_a_word_no_article_of_the_evidence_holds_abstains_and_is_named(archive, question, named):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None
    assert named in answer.missing
    assert named in (answer.message or "")


@pytest.mark.parametrize(("question", "wanted"), [
    ("متى دخل المسبار نجم مدار كوكب المريخ؟", "4 مارس 2027"),
    ("كم يبلغ طول جسر النهر الكبير في مدينة الواحة؟", "1200"),
])
def test_the_same_questions_about_what_the_archive_tells_are_answered(archive, question, wanted):
    answer = archive.ask(question)
    assert not answer.missing
    assert not answer.abstained and wanted in answer.points[0].text


def test_a_rare_word_held_elsewhere_in_the_article_is_met(archive):
    # "الغبار" is not in the orbit's sentence, but the article goes on about dust storms: the
    # question's constraint is the article's, not the one sentence's.
    answer = archive.ask("متى دخل المسبار الذي يدرس عواصف الغبار مدار المريخ؟")
    assert "الغبار" not in " ".join(answer.missing)


def test_the_event_word_is_no_rare_constraint():
    # Every word of the question unknown to the archive: the event verb "هجرت" (told as "نزحت" above)
    # is still no rare constraint, it is weighed where it stands in the sentence (event_level), so a
    # verb told in other words never abstains by itself; the place is one.
    analyzer = get_analyzer()
    question = "متى هجرت الأسر من قرى وادي السدر؟"
    info = analyze_question(question, analyzer)
    stems = {t.stem for t in analyzer.tokens(question) if t.stem}
    everything_unknown = rarity_of(100, {st: 0 for st in stems})
    constraints = question_constraints(question, info, analyzer)
    event = [c for c in constraints if c.kind == "event"]
    assert event and event[0].text == "هجرت"
    rares = rare_constraints(question, info, analyzer, everything_unknown, constraints)
    assert "هجرت" not in [c.text for c in rares]
    assert "السدر" in [c.text for c in rares]


def test_a_common_word_is_no_rare_constraint(archive):
    answerer = Answerer(archive.store, archive.retriever, archive.analyzer, archive.index)
    question = "كم شخصاً لقوا حتفهم في فيضانات وادي السدر؟"
    info = analyze_question(question, archive.analyzer)
    num_docs, dfs = archive.index.doc_freqs(info.focus)
    rares = rare_constraints(question, info, archive.analyzer, rarity_of(num_docs, dfs))
    assert all(dfs.get(c.words[0][1], 0) <= 1 for c in rares)
    answer = answerer.ask(question)
    assert not answer.abstained and "12" in answer.points[0].text


def test_a_place_the_archive_names_elsewhere_is_not_said_to_be_unknown(archive):
    # The bridge article names "مدينة الواحة", the flood article never does: the archive cannot answer
    # for the town's flood victims, but saying it tells nothing of the town would be false.
    answer = archive.ask("كم عدد ضحايا فيضانات وادي السدر في مدينة الواحة؟")
    assert answer.abstained and "مدينة الواحة" in answer.missing
    assert answer.message == "لم يجد الأرشيف خبراً يذكر مدينة الواحة مع بقية السؤال."
    # a planet no article names is still said to be unknown
    assert archive.ask("متى دخل المسبار نجم مدار زحل؟").message == "لا يذكر الأرشيف شيئاً عن زحل."
