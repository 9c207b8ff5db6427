"""What a reader checks in ask's answers on round 32's Next items and the lead's round-32 probe: a convict's sentence
shown for the partner the court acquitted ("كم عاماً سجنت المحكمة شريك …؟"); a union's head or a minister asked by the
body after his title ("نقيب المعلمين", "وزير النقل اللبناني") and answered by another's ("نقيب الممرضين"، "وزير النقل
الأردني"); another man's resignation given as the cause asked of his successor ("… خلفاً للمهندس X الذي استقال … بسبب
…"); another edition's count ("ملتقى الصناعات الغذائية الرابع بمشاركة …" for "الدورة الثالثة من ملتقى الصناعات
الغذائية"); a count over several places given for one of them ("في مناطق عجلون وكفرنجة وصخرة"); the holder of the office
asked read after it ("وزير الأشغال اللبناني فادي حمدان"), not the next office's given name; a count of two told by the
dual ("لمدة عامين"); the successor's count and date given for the man he succeeded ("…، خلفاً للفنان سامر البدور"); a
union told apart past its members ("نقابة العاملين في …") and another facility's strike ("محطة القطارات" for the port).
Each test fails on main 23bdd20 (10 of 10). The towns, people and bodies are invented or used for invented events; articles
written for this test.
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
    _draft("حملة لرش المبيدات في ثلاث مناطق",
           "بدأت مديرية الزراعة يوم الخميس 13 مارس 2025 حملة رش أشجار الزيتون ضد ذبابة الثمار تشمل 45 ألف دونم في مناطق "
           "عجلون وكفرنجة وصخرة، منها 18 ألف دونم في منطقة كفرنجة.", "2025-03-14", "olive-spraying"),
    _draft("وزراء النقل العرب في العقبة",
           "ناقش وزير النقل الأردني مازن الفرحان مع نظرائه العرب في العقبة يوم الخميس 20 مارس 2025 ربط شبكات السكك. "
           "وحضر الاجتماع وزير الأشغال اللبناني فادي حمدان ووزيرة التجهيز التونسية سميرة الورتاني.", "2025-03-21",
           "arab-transport"),
    _draft("باخرة وقود تفرغ حمولتها في العقبة",
           "أفرغت باخرة 30 ألف طن من الديزل في خزانات الشركة اللوجستية في العقبة يوم الأحد 23 مارس 2025، على أن تنقل منها "
           "8 آلاف طن إلى خزانات الزرقاء خلال الأسبوع. وكانت الشركة قد نقلت في فبراير شحنة أخرى إلى خزانات معان.",
           "2025-03-24", "diesel-ship"),
    _draft("مدير جديد لمهرجان الزيتون",
           "أعلنت بلدية الواحة يوم الإثنين 24 مارس 2025 تعيين الفنان رامي الخطيب مديراً لمهرجان الزيتون لمدة عامين، خلفاً "
           "للفنان سامر البدور الذي اعتذر عن الاستمرار لظروف صحية.", "2025-03-25", "olive-festival-director"),
    _draft("إضراب مفتوح في ميناء الصخرة",
           "بدأ عمال ميناء الصخرة يوم الإثنين 24 مارس 2025 إضراباً مفتوحاً عن العمل للمطالبة بتثبيتهم في وظائفهم، وقال رئيس "
           "نقابة العاملين في الموانئ البحرية ماهر الدويري إن الإضراب لن يتوقف قبل تلبية المطالب. وكان عمال محطة القطارات "
           "في المدينة قد أضربوا في يناير الماضي عشرة أيام.", "2025-03-25", "sakhra-port-strike"),
    _draft("البيطريون يؤجلون انتخاباتهم",
           "قال نقيب الأطباء البيطريين الحالي إنه لن يترشح لولاية ثالثة، وأجلت النقابة انتخاباتها إلى الشهر المقبل.",
           "2025-03-26", "vets-vote"),
    _draft("الصحفيون ينتخبون نقيبهم",
           "انتخبت نقابة الصحفيين يوم الجمعة 28 مارس 2025 الصحفي وليد الرواشدة نقيباً لها بحصوله على 900 صوت. وتجري نقابة "
           "الفنانين انتخاباتها في مايو.", "2025-03-29", "journalists-vote"),
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
    # the head named by his union: "انتخبت نقابة الصحفيين … نقيباً لها بحصوله على 900 صوت" is no head of the artists
    result = archive.ask("كم صوتاً حصل عليه نقيب الفنانين؟")
    assert result.abstained and result.answer is None
    assert archive.ask("كم صوتاً حصل عليه نقيب الصحفيين؟").answer == "900 صوت"


def test_a_minister_of_another_ministry_is_not_the_one_asked(archive):
    # "ناقش وزير النقل الأردني …" and "وحضر الاجتماع وزير الأشغال اللبناني …": no Lebanese transport minister (main:
    # answered, 0.62, by the Jordanian's sentence); "افتتحت وزيرة الطاقة التونسية سلمى الزواري …" is no tourism minister
    result = archive.ask("من هو وزير النقل اللبناني؟")
    assert result.abstained and result.answer is None
    assert archive.ask("من هو وزير السياحة التونسي؟").abstained
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


def test_a_count_over_several_places_is_no_count_of_one_of_them(archive):
    # "تشمل 45 ألف دونم في مناطق عجلون وكفرنجة وصخرة، منها 18 ألف دونم في منطقة كفرنجة" (main: "45 ألف دونم" for
    # Kufranja and for Sakhra alike)
    assert archive.ask("كم دونماً تشمل حملة رش أشجار الزيتون في منطقة كفرنجة؟").answer == "18 ألف دونم"
    result = archive.ask("كم دونماً تشمل حملة رش أشجار الزيتون في منطقة صخرة؟")
    assert result.abstained and result.answer is None
    # a count sent on to one place in a clause of its own keeps it ("… على أن تنقل منها 8 آلاف طن إلى خزانات الزرقاء")
    assert archive.ask("كم طناً من الديزل تنقل إلى خزانات الزرقاء؟").answer == "8 آلاف طن"


def test_the_holder_of_the_office_asked_is_the_name_after_it(archive):
    # "وزير الأشغال اللبناني فادي حمدان ووزيرة التجهيز التونسية سميرة الورتاني": the given name "سميرة" was the only
    # name cue (main: "سميرة الورتاني" for the Lebanese minister)
    assert archive.ask("من هو وزير الأشغال اللبناني؟").answer == "فادي حمدان"
    # "قال نقيب الأطباء البيطريين الحالي إنه …": "إنه" after the office names no one (the first version answered "إنه")
    assert archive.ask("من هو نقيب الأطباء البيطريين؟").answer is None


def test_a_count_of_two_is_told_by_the_dual(archive):
    # "مديراً لمهرجان الزيتون لمدة عامين" (main: "لا عدد فيه", no number in the sentence)
    assert archive.ask("كم عاماً تستمر إدارة رامي الخطيب لمهرجان الزيتون؟").answer == "عامين"


def test_the_successors_count_and_date_are_not_the_predecessors(archive):
    # "… تعيين الفنان رامي الخطيب مديراً لمهرجان الزيتون لمدة عامين، خلفاً للفنان سامر البدور …": the two years and the
    # day are الخطيب's (main: the sentence quoted, 0.99, for البدور's appointment)
    for question in ("كم عاماً تستمر إدارة سامر البدور لمهرجان الزيتون؟", "متى عينت بلدية الواحة سامر البدور مديراً لمهرجان الزيتون؟"):
        result = archive.ask(question)
        assert result.abstained and result.answer is None, question
    assert not archive.ask("متى عينت بلدية الواحة رامي الخطيب مديراً لمهرجان الزيتون؟").abstained


def test_a_union_told_apart_after_its_members_and_another_facility_of_the_town(archive):
    # "رئيس نقابة العاملين في الموانئ البحرية ماهر الدويري": the ports' union, told apart past "العاملين في" (main: his
    # name for the airports' union); "وكان عمال محطة القطارات … قد أضربوا في يناير الماضي عشرة أيام": the station's
    # strike, not the port's (main: "عشرة أيام" for the port)
    for question in ("من هو رئيس نقابة العاملين في المطارات؟", "كم يوماً أضرب عمال ميناء الصخرة في يناير؟"):
        result = archive.ask(question)
        assert result.abstained and result.answer is None, question
    assert archive.ask("كم يوماً أضرب عمال محطة القطارات في يناير؟").answer == "عشرة أيام"
