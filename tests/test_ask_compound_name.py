"""A place or body named by two words ("الولايات المتحدة"، "الاتحاد الأوروبي") is a constraint of the
question: the evidence must hold the two words side by side (or a word standing for the whole, "الأمريكية"),
else the answer abstains and names it. Each word alone names other things ("الولايات" any states,
"المتحدة" any union), so a sentence about the treaty with another country is no answer. So is a name ending in ي
after a thing's cue ("كوكب المشتري"): a name, not the cue's adjective. The articles are written for these
tests."""

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


# A word with ال ending in ي right after a cue without ال ("كوكب المشتري"، "نادي الأهلي") is in construct
# with the cue: a name, not the cue's adjective (an adjective would take ال like its noun: "الفريق الفائز").
PLANETS = [
    ArticleDraft(
        title="المسبار نجم يبلغ مدار المريخ",
        text=("دخل المسبار نجم مدار كوكب المريخ مساء الخميس 4 مارس 2027 بعد رحلة دامت سبعة أشهر.\n"
              "وأعلنت وكالة الفضاء الوطنية أن المسبار سيدرس عواصف الغبار على سطح الكوكب الأحمر."),
        published="2027-03-05", source="الوطن", url="https://example.org/najm"),
    ArticleDraft(
        title="علماء يرصدون عاصفة على كوكب المشتري",
        text=("رصد فلكيون عاصفة جديدة على كوكب المشتري بواسطة مقراب أرضي.\n"
              "وقال الفلكيون إن العاصفة أصغر من البقعة الحمراء الكبرى على المشتري."),
        published="2027-04-02", source="الوطن", url="https://example.org/storm"),
    ArticleDraft(
        title="مرصد جديد في الصحراء",
        text=("افتتح في الصحراء مرصد فلكي جديد يوم السبت 6 فبراير 2027.\n"
              "ويضم المرصد مقراباً قطر مرآته أربعة أمتار."),
        published="2027-02-07", source="الوطن", url="https://example.org/observatory"),
]


@pytest.fixture(scope="module")
def planets(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("planets") / "archive") as arc:
        assert len(arc.add_articles(PLANETS, origin="tests").articles) == len(PLANETS)
        yield arc


def test_a_planet_named_in_ya_is_a_name_the_orbit_sentence_must_hold(planets):
    # "المشتري" is in the archive (the storm article), so it is no rare word; the orbit's sentence
    # covers every other word of the question, but names Mars.
    answer = planets.ask("متى دخل المسبار نجم مدار كوكب المشتري؟")
    assert answer.abstained and answer.answer is None
    assert "كوكب المشتري" in answer.missing
    answer = planets.ask("متى دخل المسبار نجم مدار كوكب المريخ؟")
    assert not answer.abstained and "4 مارس 2027" in answer.points[0].text


@pytest.mark.parametrize(("question", "name"), [
    ("متى فاز نادي الأهلي بالبطولة؟", "نادي الأهلي"),
    ("كم يبلغ طول نهر الليطاني؟", "نهر الليطاني"),
])
def test_a_word_in_ya_after_a_cue_without_al_is_a_name(question, name):
    analyzer = get_analyzer()
    names = [c.text for c in question_constraints(question, analyze_question(question), analyzer) if c.kind == "name"]
    assert name in names


@pytest.mark.parametrize("question", ["من سجل للفريق الفائز؟", "متى قصفت الطائرات قاعدة الجوية؟"])
def test_an_adjective_after_its_noun_is_no_name(question):
    # "الفائز" after "الفريق" agrees with it (both with ال); "الجوية" ends in ية, a feminine adjective.
    analyzer = get_analyzer()
    assert not [c for c in question_constraints(question, analyze_question(question), analyzer) if c.kind == "name"]
