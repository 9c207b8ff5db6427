"""A place or body named by two words ("الولايات المتحدة"، "الاتحاد الأوروبي") is a constraint of the
question: the evidence must hold the two words side by side (or a word standing for the whole, "الأمريكية"),
else the answer abstains and names it. Each word alone names other things ("الولايات" any states,
"المتحدة" any union), so a sentence about the treaty with another country is no answer. The articles are
written for these tests."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.constraints import question_constraints
from akhbar.qa.question import analyze_question

ARTICLES = [
    ArticleDraft(
        title="اتفاق لتطوير ميناء الشمال",
        text=("وقعت الحكومة اتفاقاً لتطوير ميناء الشمال مع البنك الدولي يوم الأحد 12 أكتوبر 2025 في واشنطن.\n"
              "وينص الاتفاق على تمويل بقيمة 300 مليون يورو لتوسيع أرصفة الميناء.\n"
              "وشارك ممثلو الاتحاد الأفريقي والمفوضية الأوروبية في قمة الموانئ يوم السبت 1 نوفمبر 2025."),
        published="2025-11-02", source="الوطن", url="https://example.org/port"),
    ArticleDraft(
        title="سفينة مساعدات تصل إلى ميناء الجنوب",
        text=("وصلت سفينة مساعدات من الولايات المتحدة إلى ميناء الجنوب يوم الثلاثاء 7 أكتوبر 2025.\n"
              "وحملت السفينة أدوية ومعدات طبية للمستشفيات، بحسب ما قالته الأمم المتحدة."),
        published="2025-10-08", source="الوطن", url="https://example.org/aid"),
    ArticleDraft(
        title="منح دراسية للطلاب",
        text=("أعلنت السفارة الأمريكية يوم الخميس 20 نوفمبر 2025 منح 500 طالب منحاً دراسية في جامعاتها.\n"
              "وقالت السفارة إن المنح تشمل الهندسة والطب."),
        published="2025-11-21", source="الوطن", url="https://example.org/grants"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("compound") / "archive") as arc:
        assert len(arc.add_articles(ARTICLES, origin="tests").articles) == len(ARTICLES)
        yield arc


@pytest.mark.parametrize(("question", "named"), [
    # Another party to the port deal: both words of the name are in the archive (the aid article),
    # so neither is a rare word; the deal's sentence names the World Bank.
    ("متى وقعت الحكومة اتفاقاً لتطوير ميناء الشمال مع الولايات المتحدة؟", "الولايات المتحدة"),
    # The summit's sentence holds "الاتحاد" (of the African Union) and "الأوروبية" (of the Commission),
    # not the European Union: the words of a two-word name must stand together.
    ("متى شارك الاتحاد الأوروبي في قمة الموانئ؟", "الاتحاد الأوروبي"),
])
def test_a_two_word_name_the_evidence_does_not_hold_abstains_and_is_named(archive, question, named):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None
    assert named in answer.missing
    assert named in (answer.message or "")


@pytest.mark.parametrize(("question", "wanted"), [
    ("متى وقعت الحكومة اتفاقاً لتطوير ميناء الشمال مع البنك الدولي؟", "12 أكتوبر 2025"),
    ("متى وصلت سفينة المساعدات من الولايات المتحدة إلى ميناء الجنوب؟", "7 أكتوبر 2025"),
    # "الأمريكية" stands for the United States: the name is held by a word of its own.
    ("متى أعلنت سفارة الولايات المتحدة منح 500 طالب منحاً دراسية؟", "20 نوفمبر 2025"),
])
def test_the_name_held_side_by_side_or_by_its_adjective_is_answered(archive, question, wanted):
    answer = archive.ask(question)
    assert not answer.missing
    assert not answer.abstained and wanted in answer.points[0].text


@pytest.mark.parametrize(("question", "name"), [
    ("متى وقع حافظ الأسد معاهدة صداقة مع الولايات المتحدة؟", "الولايات المتحدة"),
    ("كم مليار دولار استثمرت المملكة المتحدة في المشروع؟", "المملكة المتحدة"),
    ("متى زار وفد من بالاتحاد الأوروبي العاصمة؟", "الاتحاد الأوروبي"),  # with a clitic
    ("من سجل هدف كوريا الجنوبية؟", "كوريا الجنوبية"),  # not any Korea
])
def test_the_two_words_are_read_as_one_name(name, question):
    analyzer = get_analyzer()
    names = [c for c in question_constraints(question, analyze_question(question), analyzer) if c.kind == "name"]
    assert any(c.text.endswith(name) and c.side_by_side and len(c.words) == 2 for c in names)
