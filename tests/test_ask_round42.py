"""What a reader checks in ask's answers when the archive holds a near neighbour of the fact asked, not the fact (round
42, held out 28 read as dev): a second phase told only as planned past an aside of its measure, a prize's own name
(another prize's sentence, or "الجائزة" of the article's main prize), an edition the article names with another ordinal,
an office's field ("المدير المالي" is no "المدير العام"), a count's nisba ("زائراً عمانياً"), the beaten side's goal, the
cup's titles for the league's, sold for exported, the whole's count for its qualified part, this year's count for the
year asked; and a verdict read by person: "في قضية" / "في انقلاب" is no town, and
each defendant's term and fine stand in his own clause.
Each rule's test fails on main 1afdac8; the controls beside them pass there too (the verdict's controls abstained there,
naming "قضية" as the town). The towns, bodies and people are used for invented events; articles written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.event_place import asked_town
from akhbar.qa.evidence import PassageCandidate, sentences_of
from akhbar.qa.question import analyze_question

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


def _draft(title: str, text: str, published: str, slug: str) -> ArticleDraft:
    return ArticleDraft(title=title, text=text, published=published, source="دفتر التجارب", url=f"https://example.org/{slug}")


DRAFTS = [
    _draft("محطة الحسا الشمسية تدخل الخدمة",
           "دخلت محطة الحسا للطاقة الشمسية في جنوب الأردن الخدمة يوم الأحد 5 أكتوبر 2025 بقدرة 120 ميغاواط، وتضم 210 آلاف "
           "لوح شمسي. وقال مدير المشروع المهندس خالد الطراونة إن المرحلة الثانية من المحطة، بقدرة 80 ميغاواط، ستدخل "
           "الخدمة في عام 2027.", "2025-10-06", "hasa-solar-plant"),
    _draft("الشاعر سليم الدباغ يتسلم جائزة نوبل للآداب",
           "تسلم الشاعر سليم الدباغ جائزة نوبل للآداب في حفل أقيم في ستوكهولم يوم الأربعاء 10 ديسمبر 2025 بحضور ملك "
           "السويد. وتبلغ قيمة الجائزة 11 مليون كرونة سويدية.", "2025-12-11", "dabbagh-nobel"),
    _draft("فيلم «ملح الأرض» يفوز بجائزة النخلة الذهبية",
           "فاز فيلم «ملح الأرض» للمخرجة هند العامري بجائزة النخلة الذهبية في دورتها السادسة، في حفل أقيم في مدينة صحار "
           "مساء الخميس 20 نوفمبر 2025. وتصل قيمة الجائزة إلى 20 ألف دولار، ويعرض الفيلم الفائز في صالات الخليج. وتنافس على "
           "الجائزة 24 فيلماً من 11 دولة. ونال المخرج ماجد السيابي جائزة الفيلم الأول.", "2025-11-21", "oasis-film-fest"),
    _draft("أرباح شركة الوادي للأسمدة ترتفع",
           "أعلنت شركة الوادي للأسمدة يوم الثلاثاء 28 أكتوبر 2025 ارتفاع أرباحها الصافية في الأشهر التسعة الأولى إلى 48 "
           "مليون دينار. وعزا المدير العام لشركة الوادي للأسمدة فراس الزعبي الارتفاع إلى تحسن الأسعار العالمية.", "2025-10-29",
           "wadi-fertilizers"),
    _draft("متحف قلعة نزوى يستقبل 120 ألف زائر",
           "قالت إدارة متحف قلعة نزوى في سلطنة عمان يوم الأحد 2 نوفمبر 2025 إن عدد زوار المتحف بلغ 120 ألف زائر منذ "
           "بداية العام، منهم 45 ألف سائح أجنبي.", "2025-11-03", "nizwa-fort-museum"),
    _draft("الاتحاد يحرز كأس ليبيا",
           "أحرز نادي الاتحاد كأس ليبيا لكرة القدم إثر فوزه على نادي التحدي 2-1 في المباراة النهائية التي أقيمت في "
           "ملعب طرابلس الدولي مساء الجمعة 31 أكتوبر 2025. وسجل المهاجم أنس الورفلي هدف الفوز في الدقيقة 81. وكان "
           "التحدي قد أحرز الكأس أربع مرات من قبل.", "2025-11-01", "libya-cup-final"),
    _draft("مبيعات شركة الساحل للسكر ترتفع",
           "أعلنت شركة الساحل للسكر المغربية يوم الاثنين 27 أكتوبر 2025 أنها باعت 310 آلاف طن من السكر في الأشهر التسعة "
           "الأولى من العام، بزيادة 6 في المئة.", "2025-10-28", "sahel-sugar-sales"),
    _draft("افتتاح مستشفى الرحمة الجديد في صلالة",
           "افتتح وزير الصحة العماني يوم الاثنين 3 نوفمبر 2025 مستشفى الرحمة الجديد في صلالة، بسعة 220 سريراً بينها 30 "
           "سريراً للعناية المركزة.", "2025-11-04", "salalah-rahma-hospital"),
    _draft("زوار قلعة بهلاء يرتفعون",
           "قالت وزارة التراث العمانية يوم الأحد 10 أغسطس 2025 إن عدد زوار قلعة بهلاء بلغ 150 ألف زائر في الشهور السبعة "
           "الأولى من 2025، مقارنة بـ 110 آلاف زائر في الشهور ذاتها من عام 2024.", "2025-08-11", "bahla-fort-visitors"),
    _draft("السجن خمس سنوات لرئيس سابق لجمعية تعاونية",
           "أصدرت محكمة الجنايات في إربد يوم الأربعاء 15 أكتوبر 2025 حكماً بسجن رئيس سابق لجمعية تعاونية زراعية خمس سنوات "
           "وتغريمه 20 ألف دينار بعد إدانته باختلاس أموال الجمعية، كما قضت بسجن محاسب في الجمعية ثلاث سنوات.", "2025-10-16",
           "irbid-cooperative-verdict"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("round42") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def _sentences(analyzer, *texts: str):
    """Each text as the one sentence of a passage of its own."""
    return [sentences_of([PassageCandidate(k, k, 0, 1.0, t, [(0, len(t))], "2025-11-01", "")], analyzer)[0]
            for k, t in enumerate(texts)]


def _answered(archive, question: str, *words: str) -> None:
    answer = archive.ask(question)
    assert not answer.abstained, question
    for w in words:
        assert answer.answer is not None and w in answer.answer, (question, answer.answer)


def test_a_second_phase_told_as_planned_past_an_aside_is_not_begun(archive):
    # "إن المرحلة الثانية من المحطة، بقدرة 80 ميغاواط، ستدخل الخدمة في عام 2027": the future verb stands past the aside
    # of its measure; the first sentence's day and panels are the plant's first phase.
    assert archive.ask("متى دخلت المرحلة الثانية من محطة الحسا للطاقة الشمسية الخدمة؟").abstained
    assert archive.ask("كم لوحاً شمسياً تضم المرحلة الثانية من محطة الحسا؟").abstained
    _answered(archive, "كم تبلغ قدرة المرحلة الثانية من محطة الحسا للطاقة الشمسية؟", "80")


def test_a_prize_is_not_answered_by_another_prizes_sentence(archive):
    # "تسلم … جائزة نوبل للآداب في حفل أقيم في ستوكهولم": the field is the one asked, the prize another.
    assert archive.ask("أين أقيم حفل جائزة الأطلس في الأدب؟").abstained
    assert archive.ask("كم تبلغ قيمة جائزة الأطلس في الأدب؟").abstained
    _answered(archive, "كم تبلغ قيمة جائزة نوبل للآداب؟", "11 مليون")


def test_the_prize_of_the_article_is_not_the_one_named_at_its_end(archive):
    # "وتصل قيمة الجائزة إلى 20 ألف دولار، ويعرض الفيلم الفائز …" after "فاز … بجائزة النخلة الذهبية": the first film's
    # prize is named last.
    assert archive.ask("كم تبلغ قيمة جائزة الفيلم الأول؟").abstained
    _answered(archive, "كم تبلغ قيمة جائزة النخلة الذهبية؟", "20 ألف")


def test_an_edition_the_article_names_with_another_ordinal(archive):
    # "بجائزة النخلة الذهبية في دورتها السادسة …. وتنافس على الجائزة 24 فيلماً": the sixth's films.
    assert archive.ask("كم فيلماً تنافس على جائزة النخلة الذهبية في دورتها الثالثة؟").abstained
    _answered(archive, "كم فيلماً تنافس على جائزة النخلة الذهبية في دورتها السادسة؟", "24")


def test_an_offices_field_is_part_of_the_office(archive):
    # "وعزا المدير العام لشركة الوادي للأسمدة فراس الزعبي …": no chief financial officer is named.
    assert archive.ask("من هو المدير المالي لشركة الوادي للأسمدة؟").abstained
    answer = archive.ask("من هو المدير العام لشركة الوادي للأسمدة؟")
    assert not answer.abstained and "فراس الزعبي" in answer.points[0].text


def test_a_counts_nisba_is_a_constraint(archive):
    # "متحف قلعة نزوى في سلطنة عمان …: بلغ 120 ألف زائر …، منهم 45 ألف سائح أجنبي": no count of the Omanis (the country
    # is no nisba).
    assert archive.ask("كم زائراً عمانياً استقبل متحف قلعة نزوى منذ بداية العام؟").abstained
    assert not archive.ask("كم سائحاً أجنبياً استقبل متحف قلعة نزوى منذ بداية العام؟").abstained


def test_a_case_or_an_accident_after_fi_is_no_town():
    analyzer = get_analyzer()
    rare = {"قضي": 0.99, "قضيه": 0.99, "انقلاب": 0.99, "انقلب": 0.99}
    assert asked_town("كم سنة سجن المحاسب في قضية الجمعية التعاونية؟", analyzer, rare) is None
    assert asked_town("كم شخصاً أصيب في انقلاب حافلة قرب المدينة؟", analyzer, rare) is None


def test_a_verdicts_terms_and_fines_are_each_defendants_own(archive):
    # "بسجن رئيس سابق لجمعية … خمس سنوات وتغريمه 20 ألف دينار …، كما قضت بسجن محاسب في الجمعية ثلاث سنوات"
    _answered(archive, "كم سنة سجن رئيس الجمعية التعاونية السابق في قضية الاختلاس؟", "خمس سنوات")
    _answered(archive, "كم سنة سجن المحاسب في قضية الجمعية التعاونية؟", "ثلاث سنوات")
    assert archive.ask("كم ديناراً غرمت المحكمة المحاسب في قضية الجمعية التعاونية؟").abstained
    _answered(archive, "كم ديناراً غرمت المحكمة رئيس الجمعية التعاونية السابق في قضية الاختلاس؟", "20 ألف")


def test_the_winning_goal_is_not_the_beaten_sides(archive):
    # "إثر فوزه على نادي التحدي 2-1 …. وسجل المهاجم أنس الورفلي هدف الفوز": the winner's goal; the sentence of the
    # match names no scorer at all.
    assert archive.ask("من سجل هدف التحدي في نهائي كأس ليبيا؟").abstained
    answer = archive.ask("من سجل للاتحاد هدف الفوز على التحدي؟")
    assert not answer.abstained and "أنس الورفلي" in answer.points[0].text


def test_the_cups_titles_are_no_league_titles():
    # "وكان التحدي قد أحرز الكأس أربع مرات من قبل" (held out 28's league question got the cup's four titles, 0.83)
    from akhbar.qa.other_kind import asked_other_kinds, other_kind_unmet

    analyzer = get_analyzer()
    question = "كم مرة فاز التحدي بالدوري الليبي؟"
    asked = asked_other_kinds(question, analyze_question(question, analyzer), analyzer)
    cup, league = _sentences(analyzer, "وكان التحدي قد أحرز الكأس أربع مرات من قبل.", "وأحرز التحدي الدوري مرتين.")
    assert other_kind_unmet(asked, cup) == asked and other_kind_unmet(asked, league) == []


def test_sold_is_not_exported(archive):
    # "أنها باعت 310 آلاف طن من السكر"
    assert archive.ask("كم طناً من السكر صدرت شركة الساحل المغربية؟").abstained
    _answered(archive, "كم طناً من السكر باعت شركة الساحل المغربية؟", "310 آلاف")


def test_a_count_qualified_as_the_question_qualifies_it(archive):
    # "بسعة 220 سريراً بينها 30 سريراً للعناية المركزة": the beds of the intensive care are 30, not the whole's 220.
    _answered(archive, "كم سريراً للعناية المركزة في مستشفى الرحمة الجديد؟", "30")
    _answered(archive, "كم سريراً يضم مستشفى الرحمة الجديد في صلالة؟", "220")


def test_the_questions_year_over_an_ordinal_of_the_same_months(archive):
    # "150 ألف زائر في الشهور السبعة الأولى من 2025، مقارنة بـ 110 آلاف زائر في الشهور ذاتها من عام 2024"
    _answered(archive, "كم زائراً استقبلت قلعة بهلاء في الشهور السبعة الأولى من 2024؟", "110 آلاف")
    _answered(archive, "كم زائراً استقبلت قلعة بهلاء في الشهور السبعة الأولى من 2025؟", "150 ألف")


def test_a_prize_described_by_a_superlative_has_no_name_of_its_own():
    # "جائزة أكثر الشركات ابتكاراً" describes the prize; the sentence may name it "جائزة المجلة السنوية لـ«الشركة الأكثر
    # ابتكاراً»" (an XQuAD-ar question lost its right answer to that reading).
    from akhbar.qa.prize_name import asked_prize_name

    analyzer = get_analyzer()
    assert asked_prize_name("ما الشركة التي فازت بجائزة أكثر الشركات ابتكاراً هذا العام؟", analyzer) is None
    named = asked_prize_name("كم تبلغ قيمة جائزة النخلة الذهبية؟", analyzer)
    assert named is not None and named.text == "جائزة النخلة الذهبية"
