"""What a reader checks in ask's answers on the round-30 Next items: a lawyer the sentence names for another client of
the case ("وقال وكيل الدفاع عن السائق، المحامي …" for "من هو محامي صاحب الشركة؟"); a dismissal told by a relative
clause of another man ("… خلفاً للمدرب زياد الشلبي الذي أقيل في …" for "متى أقيل حسام فهمي؟"); a town its article names
only for a plan, after "إلى" or after "في" and a town's head ("نقل المهرجان … إلى بلدة الرميل", "محطة مماثلة في مدينة
الطفيلة"); a month asked alone ("… في سبتمبر؟") against a sentence dating its deed in another month. Each question below
was answered, or answered wrongly, on main b389530. The towns, people and clubs are invented or used for invented
events; articles written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import NOT_DONE_MESSAGE

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


def _draft(title: str, text: str, published: str, slug: str) -> ArticleDraft:
    return ArticleDraft(title=title, text=text, published=published, source="دفتر التجارب", url=f"https://example.org/{slug}")


DRAFTS = [
    _draft("ثلاث سنوات لسائق شاحنة في المفرق",
           "قضت محكمة الجنايات في المفرق يوم الأحد 3 نوفمبر 2024 بسجن سائق شاحنة ثلاث سنوات بعد أن أدانته بالتسبب في حادث "
           "أودى بحياة شخصين. وقال وكيل الدفاع عن السائق، المحامي هاني الروسان، إن موكله سيستأنف الحكم. وكانت المحكمة قد "
           "برأت في يوليو الماضي صاحب الشركة التي يعمل لديها.", "2024-11-04", "truck-driver"),
    _draft("محاكمة مقاول في انهيار جدار مدرسة",
           "بدأت محكمة بداية عمان يوم الثلاثاء 12 نوفمبر 2024 محاكمة مقاول ومهندس في قضية انهيار جدار مدرسة في حي نزال. "
           "وقال المحامي رامي العزام، وكيل الدفاع عن المقاول، إن موكله نفذ المخططات كما وردت إليه. ولم يحضر المهندس "
           "الجلسة لمرضه.", "2024-11-13", "school-wall"),
    _draft("الجليل يتعاقد مع مدرب مصري",
           "وقع نادي الجليل يوم السبت 16 نوفمبر 2024 مع المدرب المصري حسام فهمي خلفاً للمدرب زياد الشلبي الذي أقيل في 10 "
           "نوفمبر 2024 بعد خسارتين متتاليتين.", "2024-11-17", "jalil-coach"),
    _draft("مهرجان العنب في بلدة السرو",
           "انطلق مساء الجمعة 6 سبتمبر 2024 مهرجان العنب السنوي في بلدة السرو، بمشاركة 35 مزارعاً من قرى المنطقة. وتنوي "
           "البلدية نقل المهرجان في دورته المقبلة إلى بلدة الرميل.", "2024-09-07", "grape-festival"),
    _draft("افتتاح محطة الضخ الجديدة في الكرك",
           "افتتح وزير المياه محطة الضخ الجديدة في مدينة الكرك يوم الثلاثاء 8 أكتوبر 2024. وقال الوزير إن المحطة ستخدم "
           "أربعين ألف نسمة، وإن الوزارة تعتزم إنشاء محطة مماثلة في مدينة الطفيلة. وكان الوزير السابق قد وضع حجر الأساس "
           "للمحطة في مايو 2022.", "2024-10-09", "karak-pump"),
    _draft("إضراب عمال مصنع الإسمنت في الفحيص",
           "دخل إضراب عمال مصنع الإسمنت في الفحيص يومه الثاني الإثنين 21 أكتوبر 2024. وقال رئيس النقابة سليم العواملة إن نحو "
           "400 عامل يشاركون في الإضراب، وإن النقابة ستدعو عمال مصنع الزجاج إلى الانضمام الأسبوع المقبل.", "2024-10-22",
           "cement-strike"),
    _draft("أمطار غزيرة على بلدة الجديدة",
           "هطلت على بلدة الجديدة مساء الإثنين 14 أكتوبر 2024 أمطار غزيرة بلغت 45 ملم خلال ثلاث ساعات، وغمرت المياه عدداً من "
           "المنازل.", "2024-10-15", "rain"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("another_of_the_article") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question", [
    "من هو محامي صاحب الشركة؟",  # main: the driver's lawyer's sentence, answered 0.89 ("وكيل الدفاع عن السائق")
    "من هو محامي المهندس؟",  # main: the contractor's lawyer's sentence, 0.53 ("المحامي رامي العزام، وكيل الدفاع عن المقاول")
])
def test_a_lawyer_of_another_client_is_no_answer(archive, question):
    result = archive.ask(question)
    assert result.abstained and result.answer is None


@pytest.mark.parametrize("question, answer", [
    ("من هو محامي سائق الشاحنة؟", "هاني الروسان"),
    ("من هو محامي المقاول؟", "رامي العزام"),
])
def test_the_clients_own_lawyer_is_named(archive, question, answer):
    assert archive.ask(question).answer == answer


def test_a_deed_told_of_another_man_by_a_relative_clause_dates_nothing_of_the_man_asked(archive):
    # "… مع المدرب المصري حسام فهمي خلفاً للمدرب زياد الشلبي الذي أقيل في 10 نوفمبر 2024": الشلبي was dismissed
    # (main: "10 نوفمبر 2024" for فهمي)
    result = archive.ask("متى أقيل حسام فهمي؟")
    assert result.answer is None and result.abstained
    assert archive.ask("متى أقيل زياد الشلبي؟").answer == "10 نوفمبر 2024"


@pytest.mark.parametrize("question", [
    "كم مزارعاً شارك في مهرجان العنب في بلدة الرميل؟",  # main: "35 مزارعاً", the town only planned after "إلى"
    "كم نسمة تخدم محطة الطفيلة؟",  # main: silent, but as a sentence with no count (the plan not read after a head)
    "متى وضع حجر الأساس لمحطة الطفيلة؟",  # main: "مايو 2022", the Karak station's ("للمحطة" alone)
])
def test_a_town_its_article_names_only_for_a_plan_is_not_done(archive, question):
    result = archive.ask(question)
    assert result.abstained and result.answer is None
    assert result.message == NOT_DONE_MESSAGE


@pytest.mark.parametrize("question, answer", [
    ("كم مزارعاً شارك في مهرجان العنب في بلدة السرو؟", "35 مزارعاً"),
    ("متى وضع حجر الأساس لمحطة الضخ في الكرك؟", "مايو 2022"),
])
def test_the_town_told_keeps_its_answer(archive, question, answer):
    assert archive.ask(question).answer == answer


def test_a_month_asked_alone_is_held_by_the_sentence(archive):
    # "هطلت على بلدة الجديدة مساء الإثنين 14 أكتوبر 2024 أمطار غزيرة بلغت 45 ملم" (main: "45 ملم" for September)
    result = archive.ask("كم ملم من الأمطار هطلت على بلدة الجديدة في سبتمبر؟")
    assert result.abstained and result.answer is None
    assert "سبتمبر" in result.missing
    assert archive.ask("كم ملم من الأمطار هطلت على بلدة الجديدة في أكتوبر؟").answer == "45 ملم"


def test_a_count_whose_clause_names_none_of_the_name_asked_is_anothers(archive):
    # "إن نحو 400 عامل يشاركون في الإضراب، وإن النقابة ستدعو عمال مصنع الزجاج إلى الانضمام": the glass factory's workers
    # are only to be invited (main: silent, but for a wrong reason that also silenced the count asked, below)
    result = archive.ask("كم عاملاً يشارك في إضراب مصنع الزجاج؟")
    assert result.abstained and result.answer is None


def test_a_how_many_statement_opening_on_its_counted_noun_tells_no_deed_undone(archive):
    # the statement "عاملاً يشاركون في إضراب مصنع الإسمنت" read "عاملاً" as a past the later plan ("ستدعو …") left undone
    # (main: "لا يقول إن ذلك حدث", the lead's round-30 Not fixed)
    assert archive.ask("كم عاملاً يشاركون في إضراب مصنع الإسمنت؟").answer == "نحو 400 عامل"
