"""What a reader checks in ask's answers on round 32's Next items: a convict's sentence shown for the partner the court
acquitted ("كم عاماً سجنت المحكمة شريك …؟"); a union's head or a minister asked by the body after his title ("نقيب
الممرضين", "وزير السياحة") and answered by another's ("نقيب المعلمين"، "وزيرة الطاقة"); another man's resignation given
as the cause asked of his successor ("… خلفاً للمهندس X الذي استقال … بسبب …"); another edition's count ("ملتقى الصناعات
الغذائية الرابع بمشاركة …" for "الدورة الثالثة من ملتقى الصناعات الغذائية"). Each question below was answered wrongly
on main 23bdd20. The towns, people and bodies are invented or used for invented events; articles written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


def _draft(title: str, text: str, published: str, slug: str) -> ArticleDraft:
    return ArticleDraft(title=title, text=text, published=published, source="دفتر التجارب", url=f"https://example.org/{slug}")


DRAFTS = [
    _draft("السجن 12 عاماً لمزور عملات في الزرقاء",
           "قضت محكمة الجنايات في الزرقاء يوم الإثنين 17 مارس 2025 بسجن رجل أربعيني 12 عاماً بعد إدانته بتزوير أوراق "
           "نقدية وترويجها في أسواق المدينة. أما شريكه في القضية، وهو صاحب مطبعة، فقد برأته المحكمة من تهمة التزوير.",
           "2025-03-18", "zarqa-forgery"),
    _draft("الممرضون ينتخبون نقيباً جديداً",
           "فازت الممرضة هالة السرحان بمنصب نقيب الممرضين في الانتخابات التي أجريت السبت 15 مارس 2025 بعد حصولها على "
           "2700 صوت. ومن المقرر أن يعلن نقيب المعلمين موعد انتخابات نقابته الشهر المقبل.", "2025-03-16", "nurses-vote"),
    _draft("وزيرة الطاقة تفتتح محطة شمسية",
           "افتتحت وزيرة الطاقة التونسية سلمى الزواري يوم الأربعاء 19 مارس 2025 محطة للطاقة الشمسية في مدينة القيروان "
           "بقدرة 100 ميغاواط، بحضور سفير اليابان في تونس.", "2025-03-20", "kairouan-solar"),
    _draft("شركة المياه تعين مديراً عاماً",
           "عينت شركة مياه الشمال يوم الأحد 9 مارس 2025 المهندس طارق الزبن مديراً عاماً للشركة، خلفاً للمهندس نبيل "
           "القرالة الذي استقال مطلع الشهر بسبب خلاف مع الوزارة على تسعيرة المياه.", "2025-03-10", "north-water"),
    _draft("انطلاق ملتقى الصناعات الغذائية الرابع في إربد",
           "انطلقت يوم الثلاثاء 11 مارس 2025 في مدينة إربد أعمال ملتقى الصناعات الغذائية الرابع بمشاركة 95 شركة من ثماني "
           "دول، ويستمر يومين. وكانت الدورة الثالثة قد أقيمت في العقبة.", "2025-03-12", "food-forum"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("partner_office_edition") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_the_convicts_sentence_is_no_answer_for_his_acquitted_partner(archive):
    # "بسجن رجل أربعيني 12 عاماً …. أما شريكه في القضية … فقد برأته المحكمة" (main: "12 عاماً" for the partner)
    result = archive.ask("كم عاماً سجنت المحكمة شريك الرجل في قضية تزوير العملات في الزرقاء؟")
    assert result.abstained and result.answer is None
    # the convict keeps his own sentence
    assert archive.ask("كم عاماً سجنت المحكمة الرجل المدان بتزوير العملات في الزرقاء؟").answer == "12 عاماً"


def test_another_unions_head_is_not_the_one_asked(archive):
    # "بمنصب نقيب الممرضين … بعد حصولها على 2700 صوت"; the teachers' head only named (main: "2700 صوت")
    result = archive.ask("كم صوتاً حصل عليه نقيب المعلمين؟")
    assert result.abstained and result.answer is None
    assert "نقيب المعلمين" in result.message
    assert archive.ask("كم صوتاً حصل عليه نقيب الممرضين؟").answer == "2700 صوت"


def test_a_minister_of_another_ministry_is_not_the_one_asked(archive):
    # "افتتحت وزيرة الطاقة التونسية سلمى الزواري …" is no tourism minister (main: "سلمى الزواري", 0.5 and up)
    result = archive.ask("من هو وزير السياحة التونسي؟")
    assert result.abstained and result.answer is None
    # the energy minister asked is still answered by her sentence
    control = archive.ask("من هي وزيرة الطاقة التونسية؟")
    assert not control.abstained and "سلمى الزواري" in control.points[0].text


def test_a_predecessors_resignation_is_no_cause_for_his_successor(archive):
    # "… طارق الزبن …، خلفاً للمهندس نبيل القرالة الذي استقال مطلع الشهر بسبب خلاف مع الوزارة": القرالة resigned
    # (main: "خلاف مع الوزارة على تسعيرة المياه" for الزبن)
    result = archive.ask("لماذا استقال المهندس طارق الزبن؟")
    assert result.abstained and result.answer is None
    answer = archive.ask("لماذا استقال المهندس نبيل القرالة؟").answer
    assert answer is not None and "خلاف مع الوزارة" in answer


def test_another_editions_count_is_no_answer(archive):
    # "ملتقى الصناعات الغذائية الرابع بمشاركة 95 شركة": the fourth's, not the third's (main: "95 شركة")
    result = archive.ask("كم شركة شاركت في الدورة الثالثة من ملتقى الصناعات الغذائية؟")
    assert result.abstained and result.answer is None
    assert archive.ask("كم شركة شاركت في ملتقى الصناعات الغذائية الرابع؟").answer == "95 شركة"
