"""A kind of place and its own name ("معبر باب السلامة"، "سجن المزة"، "حي الجمالية") are one constraint of the
question: the evidence must hold the name's words side by side, and not right after a cue of another kind of
place ("حي المزة" says nothing of a prison of that name), else the answer abstains and names it. A plural the
archive writes in the singular ("الجهات" / "جهة") is held by it, no rare word. The articles are written for
these tests."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.constraints import question_constraints
from akhbar.qa.question import analyze_question
from akhbar.qa.rare import _singular_held

ARTICLES = [
    ArticleDraft(
        title="قافلة إغاثة تعبر معبر باب الريح",
        text=("عبرت قافلة إغاثة من عشر شاحنات معبر باب الريح الحدودي يوم الاثنين 6 أكتوبر 2025.\n"
              "وحملت الشاحنات أغذية وأدوية لسكان القرى الجبلية."),
        published="2025-10-07", source="الوطن", url="https://example.org/convoy"),
    ArticleDraft(
        title="احتجاجات في حي الزيتون",
        text=("تظاهر مئات من سكان حي الزيتون يوم الجمعة 3 أكتوبر 2025 احتجاجاً على انقطاع الكهرباء.\n"
              "وأغلق المحتجون شارع النهر ساعتين قبل أن تتدخل الشرطة."),
        published="2025-10-04", source="الوطن", url="https://example.org/protest"),
    ArticleDraft(
        title="مرصد فضائي يجمع بيانات الرياح",
        text=("انضم المرصد الجديد إلى أربع بعثات سابقة ليكون خامس جهة ترصد رياح الكوكب الأحمر.\n"
              "وأطلق المرصد يوم الأربعاء 15 أكتوبر 2025 من قاعدة في الصحراء."),
        published="2025-10-16", source="الوطن", url="https://example.org/observatory"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("placecue") / "archive") as arc:
        assert len(arc.add_articles(ARTICLES, origin="tests").articles) == len(ARTICLES)
        yield arc


@pytest.mark.parametrize(("question", "named"), [
    # The convoy's sentence holds "معبر باب" and the crossing's date, but of another crossing.
    ("متى عبرت قافلة إغاثة معبر باب السلام؟", "معبر باب السلام"),
    # "الزيتون" is in the archive, as a district: no answer about a prison of that name.
    ("متى تظاهر المحتجون أمام سجن الزيتون؟", "سجن الزيتون"),
])
def test_a_place_the_evidence_names_otherwise_abstains_and_is_named(archive, question, named):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None
    assert named in answer.missing
    assert named in (answer.message or "")


@pytest.mark.parametrize(("question", "wanted"), [
    ("متى عبرت قافلة الإغاثة معبر باب الريح؟", "6 أكتوبر 2025"),
    # "منفذ" and "معبر" are one kind of place.
    ("متى عبرت قافلة الإغاثة منفذ باب الريح؟", "6 أكتوبر 2025"),
    ("متى تظاهر سكان حي الزيتون؟", "3 أكتوبر 2025"),
])
def test_the_place_held_after_a_cue_of_its_kind_is_answered(archive, question, wanted):
    answer = archive.ask(question)
    assert not answer.missing
    assert not answer.abstained and wanted in answer.points[0].text


@pytest.mark.parametrize(("question", "name"), [
    ("متى عبرت أول قافلة مساعدات معبر باب السلامة؟", "معبر باب السلامة"),  # a plain word and its ال-word
    ("متى فتحت أبواب سجن المزة؟", "سجن المزة"),
    ("كم يبلغ طول جسر الملك فهد؟", "جسر الملك فهد"),  # a title and its name
    ("متى رست السفينة في ميناء الحديدة؟", "ميناء الحديدة"),
])
def test_a_place_cue_and_its_name_are_read_as_one_name(question, name):
    analyzer = get_analyzer()
    names = [c.text for c in question_constraints(question, analyze_question(question), analyzer) if c.kind == "name"]
    assert names[0] == name


@pytest.mark.parametrize("question", [
    "من أي معبر دخلت القافلة؟",  # the place is asked: the verb after it is no name
    "في أي ميناء رست السفينة؟",
])
def test_a_place_cue_the_question_asks_for_names_nothing(question):
    analyzer = get_analyzer()
    assert not [c for c in question_constraints(question, analyze_question(question), analyzer) if c.kind == "name"]


def test_an_adjective_after_a_foreign_name_is_no_part_of_it():
    analyzer = get_analyzer()
    question = "متى وصلت السفينة إلى ميناء روتردام الهولندي؟"
    names = [c.text for c in question_constraints(question, analyze_question(question), analyzer) if c.kind == "name"]
    assert names[0] == "ميناء روتردام"


def test_a_plural_the_archive_writes_in_the_singular_is_no_rare_word(archive):
    # "الجهات" is in no passage (the archive writes "جهة"): the plural is held by its singular.
    answer = archive.ask("متى أطلق المرصد الذي انضم إلى الجهات التي ترصد رياح الكوكب الأحمر؟")
    assert "الجهات" not in answer.missing
    assert not answer.abstained and "15 أكتوبر 2025" in answer.points[0].text


def test_the_singular_holds_the_plural_but_not_a_word_of_the_same_root():
    assert _singular_held("الجهات", {"خامس", "جهه"})
    assert _singular_held("المنشات", {"المنشاه"})  # منشأة / منشآت
    assert not _singular_held("الجهات", {"وجه", "اتجاه"})


# Written for this test: the celebration's sentence names streets, the one after it the square.
FESTIVAL = ArticleDraft(
    title="احتفالات في مدينة النخيل",
    text=("خرج آلاف من أهالي مدينة النخيل إلى الشوارع مساء الخميس احتفالاً بفوز فريقهم بالكأس.\n"
          "وتجمعت الحشود في ساحة الشهداء، ورفع المحتفلون الأعلام حتى منتصف الليل.\n"
          "وقالت البلدية إن الاحتفالات مرت بهدوء."),
    published="2025-05-02", source="الوطن", url="https://example.org/festival")


def test_which_square_prefers_the_sentence_beside_that_names_a_square(tmp_path_factory):
    # The best sentence tells the celebration but names no square; the one beside it does.
    arc = Archive.open(tmp_path_factory.mktemp("festival") / "archive")
    assert len(arc.add_articles([FESTIVAL], origin="tests").articles) == 1
    with arc:
        answer = arc.ask("في أي ساحة احتفل أهالي مدينة النخيل بفوز فريقهم؟")
        assert answer.points and "ساحة الشهداء" in answer.points[0].text
