"""What a reader checks in ask's answers on the round-30 Next items (the lead's round-29 probe): a date of another deed's
clause whose verb opens with و ("وفي 9 يناير 1995 وقع الجانبان …") dates no reception; researchers are no researches
("ثلاثين باحثاً" for "كم بحثاً …؟"); a race's town its own article names only for a plan is not done, though other
articles name the town; and four answers the archive holds that ask left silent: a toll told in the sentence after the
one that places it, days after "كم يوماً", a man dismissed named by his family name, a lawyer named in apposition. Each
question below was answered wrongly or left silent on main cbc4b70. The countries, towns, people and clubs are
invented; articles written for this test.
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
    _draft("وزير الخارجية يستقبل وفد جمهورية الواحة",
           "استقبل وزير الخارجية في مكتبه وفد جمهورية الواحة برئاسة نائب رئيس وزرائها، وبحث معه سبل زيادة التبادل "
           "التجاري، وفي 9 يناير 1995 وقع الجانبان اتفاق التعاون الجمركي.", "2024-10-20", "oasis"),
    _draft("معهد الدراسات الزراعية يستضيف باحثين",
           "استضاف معهد الدراسات الزراعية في الكرك يوم الثلاثاء 5 نوفمبر 2024 ثلاثين باحثاً من ست دول. وقدم المعهد خلال "
           "العام 45 بحثاً في تقنيات الري، وقال مديره فؤاد الطراونة إن 80 طالباً التحقوا ببرامجه.", "2024-11-06", "institute"),
    _draft("150 دراجاً في سباق الأزرق للدراجات الجبلية",
           "شارك 150 دراجاً صباح السبت 9 نوفمبر 2024 في سباق الأزرق للدراجات الجبلية الذي نظمه نادي الصقور، وفاز به الدراج "
           "يزن العمري. ويعتزم النادي إقامة سباق مماثل في الشوبك العام المقبل.", "2024-11-10", "azraq-race"),
    _draft("محافظ الشوبك يفتتح مدرسة",
           "افتتح محافظ الشوبك يوم الأحد 17 نوفمبر 2024 مدرسة ثانوية للبنات في البلدة تتسع لـ400 طالبة.", "2024-11-18",
           "shobak-school"),
    _draft("مهرجان للتفاح في الشوبك",
           "انطلق في الشوبك مساء السبت 9 نوفمبر 2024 مهرجان التفاح السنوي بمشاركة 60 مزارعاً.", "2024-11-10",
           "shobak-apples"),
    _draft("سيول جارفة في وادي السير",
           "اجتاحت سيول جارفة وادي السير مساء الأربعاء 6 نوفمبر 2024. وأعلن الدفاع المدني مقتل سبعة أشخاص وإصابة 15 آخرين. "
           "وأمر المحافظ بإغلاق المدارس ثلاثة أيام.", "2024-11-07", "floods"),
    _draft("الرمثا يتعاقد مع مدرب برتغالي",
           "تعاقد نادي الرمثا مع مدربه الجديد البرتغالي نونو سيلفا خلفاً للمدرب المقال أحمد الخطيب، الذي قاد الفريق موسمين. "
           "وكان الخطيب قد أقيل في 2 نوفمبر 2024 بعد الخسارة أمام الحسين.", "2024-11-09", "coach"),
    _draft("رجل الأعمال فراس الشمري أمام المحكمة",
           "مثل رجل الأعمال فراس الشمري أمام محكمة أمن الدولة يوم الأحد 17 نوفمبر 2024 بتهمة التهرب الضريبي. وقال محامي "
           "الشمري، المحامي فادي الحداد، إن موكله بريء وسيثبت ذلك.", "2024-11-18", "court"),
    _draft("تأجيل محاكمة متهمين في قضية الأسمدة",
           "أجلت محكمة الجنايات يوم الإثنين 25 نوفمبر 2024 محاكمة التاجر باسل النمر وشريكه المحاسب يوسف القيسي في قضية "
           "الأسمدة المغشوشة. وقال محامي النمر، المحامي جهاد العبادي، إن موكله لم يطلع على الفواتير.", "2024-11-26",
           "fertiliser"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("told_apart") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_date_of_another_deed_whose_verb_opens_with_waw_is_no_when_answer(archive):
    # "وفي 9 يناير 1995 وقع الجانبان …" dates the signing: its "وقع" is a verb of the root و ق ع, not "و" + "قع"
    # (main: "9 يناير 1995")
    result = archive.ask("متى استقبل وزير الخارجية وفد جمهورية الواحة؟")
    assert result.abstained and result.answer is None


def test_the_signing_keeps_its_own_date(archive):
    assert archive.ask("متى وقع الجانبان اتفاق التعاون الجمركي؟").answer == "9 يناير 1995"


@pytest.mark.parametrize("question, answer", [
    ("كم بحثاً قدم معهد الدراسات الزراعية؟", "45 بحثاً"),  # main: "ثلاثين باحثاً", researchers for researches
    ("كم باحثاً استضاف معهد الدراسات الزراعية؟", "ثلاثين باحثاً"),
    ("كم طالباً التحق ببرامج معهد الدراسات الزراعية؟", "80 طالباً"),
])
def test_a_doer_is_no_count_of_his_deeds(archive, question, answer):
    assert archive.ask(question).answer == answer


@pytest.mark.parametrize("question", [
    "كم دراجاً شارك في سباق الشوبك للدراجات الجبلية؟",  # main: "150 دراجاً", the Azraq race's
    "من فاز بسباق الشوبك للدراجات الجبلية؟",
])
def test_a_race_its_own_article_only_plans_is_not_done_though_other_articles_name_the_town(archive, question):
    result = archive.ask(question)
    assert result.abstained and result.answer is None and result.message == NOT_DONE_MESSAGE


@pytest.mark.parametrize("question, answer", [
    ("كم دراجاً شارك في سباق الأزرق للدراجات الجبلية؟", "150 دراجاً"),
    # the toll's sentence names no place: the sentence before it places it (main: silent)
    ("كم شخصاً قتل في سيول وادي السير؟", "سبعة أشخاص"),
    ("كم يوماً أغلقت المدارس في وادي السير؟", "ثلاثة أيام"),  # "يوماً" is the يوم of "أيام" (main: no number)
    ("متى أقيل أحمد الخطيب؟", "2 نوفمبر 2024"),  # "وكان الخطيب قد أقيل": the family name alone (main: no date)
    ("من هو محامي فراس الشمري؟", "فادي الحداد"),  # "محامي الشمري، المحامي فادي الحداد" (main: points only)
    ("من هو محامي باسل النمر؟", "جهاد العبادي"),
])
def test_what_the_archive_tells_is_answered(archive, question, answer):
    assert archive.ask(question).answer == answer


@pytest.mark.parametrize("question", [
    "متى أقيل نونو سيلفا؟",  # the coach dismissed is the one he replaced
    "من هو محامي المحاسب يوسف القيسي؟",  # the lawyer named is النمر's
    "من هو محامي المحاسب؟",
])
def test_no_short_answer_of_another_man(archive, question):
    assert archive.ask(question).answer is None
