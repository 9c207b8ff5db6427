"""What a reader checks in ask's answers when the archive holds a near neighbour of the fact asked, not the fact (round
41, held out 27 and the two kinds held out 26 left): another defendant's arrest, the beaten side's titles, a length of
time shown as a consul's name, a driver named by his role alone, the reverse of an envoy's post, the day of an oath for
the opening it followed, those who graduated for those who joined, a sum to return for a fine, a university's students
for one college's, a grade for a count, a count of another kind, a sum for each of the dead for each of the injured; and
a prize's field read as the place of the ceremony.
Each rule's test fails on main 7ba1f17; the controls beside them pass there too. The towns, bodies and people are used
for invented events; articles written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.asked_detail import counts_no_noun
from akhbar.qa.event_place import asked_town
from akhbar.qa.evidence import PassageCandidate, sentences_of
from akhbar.qa.question import analyze_question

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


def _draft(title: str, text: str, published: str, slug: str) -> ArticleDraft:
    return ArticleDraft(title=title, text=text, published=published, source="دفتر التجارب", url=f"https://example.org/{slug}")


DRAFTS = [
    _draft("السجن لمدير مخزن أدوية وصيدلي في سوسة",
           "قضت محكمة الجنح في مدينة سوسة يوم الخميس 6 نوفمبر 2025 بسجن مدير مخزن للأدوية ثلاث سنوات، وبسجن صيدلي يعمل "
           "معه سنة واحدة، في قضية بيع أدوية منتهية الصلاحية. وكانت الشرطة قد أوقفت مدير المخزن يوم 12 مايو 2025 في "
           "مكتبه.", "2025-11-07", "sousse-expired-medicines"),
    _draft("الصفاقسي يحرز كأس تونس للكرة الطائرة",
           "أحرز النادي الصفاقسي كأس تونس للكرة الطائرة بعد فوزه على النجم الساحلي بثلاثة أشواط دون رد في المباراة "
           "النهائية التي أقيمت في رادس يوم الأحد 18 مايو 2025، ليتوج بالكأس للمرة الرابعة.", "2025-05-19",
           "tunisia-volleyball-cup"),
    _draft("الروائية نور الحسيني تتسلم جائزة الأطلس",
           "تسلمت الروائية المغربية نور الحسيني جائزة الأطلس للآداب في حفل أقيم في باريس مساء الأربعاء 10 ديسمبر 2025. "
           "وتبلغ قيمة الجائزة 40 ألف يورو.", "2025-12-11", "atlas-prize-letters"),
    _draft("هشام الراشدي سفيراً للمغرب لدى البرازيل",
           "أدى هشام الراشدي يوم الاثنين 3 نوفمبر 2025 اليمين سفيراً للمغرب لدى البرازيل، ليكون أول من يتولى المنصب بعد "
           "افتتاح السفارة المغربية في برازيليا. وشغل الراشدي قبل ذلك منصب القنصل العام للمغرب في ليون مدة ثلاث سنوات.",
           "2025-11-04", "morocco-brazil-envoy"),
    _draft("أربعة قتلى في اصطدام شاحنة وقود بسيارة أجرة قرب الخمس",
           "اصطدمت شاحنة لنقل الوقود بسيارة أجرة على الطريق الساحلي قرب مدينة الخمس الليبية مساء الجمعة 24 أكتوبر 2025، "
           "فتوفي أربعة أشخاص وأصيب ستة آخرون، بينهم سائق الشاحنة. ونقل المصابون إلى مستشفى الخمس. وقررت البلدية صرف ثلاثة "
           "آلاف دينار لأسرة كل متوفى.",
           "2025-10-25", "khoms-fuel-truck"),
    _draft("جامعة النخيل تفتتح عامها الدراسي",
           "افتتحت جامعة النخيل في مدينة صحار يوم الأحد 7 سبتمبر 2025 عامها الدراسي الجديد. ويدرس في الجامعة حالياً نحو "
           "2900 طالب. وحصل الطالب يوسف الحارثي من كلية الهندسة على جائزة التفوق بمعدل 93.5 في المئة.", "2025-09-08",
           "nakheel-university-year"),
    _draft("معهد الواحات التقني يخرج دفعته الثالثة",
           "احتفل معهد الواحات التقني في مدينة نزوى يوم الأربعاء 18 يونيو 2025 بتخريج 640 طالباً وطالبة.", "2025-06-19",
           "wahat-institute-graduation"),
    _draft("حبس محاسب سابق في جمعية خيرية بالزرقاء",
           "قضت محكمة صلح الزرقاء يوم الثلاثاء 4 نوفمبر 2025 بحبس محاسب سابق في جمعية خيرية سنتين، وإلزامه برد 95 ألف "
           "دينار استولى عليها من أموال الجمعية.", "2025-11-05", "zarqa-charity-accountant"),
    _draft("معرض العسل الجبلي في إب",
           "اختتم معرض العسل الجبلي في مدينة إب يوم السبت 11 أكتوبر 2025، وشارك فيه نحو 90 نحالاً عرضوا 40 نوعاً من "
           "العسل.", "2025-10-12", "ibb-honey-fair"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("round41") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def _answered(archive, question: str, *words: str) -> None:
    answer = archive.ask(question)
    assert not answer.abstained, question
    for w in words:
        assert answer.answer is not None and w in answer.answer, (question, answer.answer)


def test_a_case_is_no_verdict_so_another_defendants_arrest_is_not_told(archive):
    # "في قضية بيع أدوية": "قضية" was read as "قضى" (a verdict), so the verdict's sentence was no other step of the case
    # and stood for the pharmacist's arrest; the arrest the article tells is the manager's.
    assert archive.ask("متى أوقفت الشرطة الصيدلي في قضية الأدوية منتهية الصلاحية؟").abstained
    _answered(archive, "متى أوقفت الشرطة مدير مخزن الأدوية في سوسة؟", "12 مايو 2025")


def test_the_beaten_sides_titles_are_not_the_winners(archive):
    # "بعد فوزه على النجم الساحلي …، ليتوج بالكأس للمرة الرابعة": the fourth time is the winner's.
    assert archive.ask("كم مرة أحرز النجم الساحلي كأس تونس للكرة الطائرة؟").abstained
    assert not archive.ask("كم مرة أحرز النادي الصفاقسي كأس تونس للكرة الطائرة؟").abstained


def test_a_prizes_field_is_no_town():
    analyzer = get_analyzer()
    assert asked_town("متى تسلمت نور الحسيني جائزة الأطلس في الأدب؟", analyzer, {"ادب": 0.99}) is None
    town = asked_town("متى افتتحت الشركة مصنعها في الرباط؟", analyzer, {})
    assert town is not None and town.text == "الرباط"


def test_a_prize_asked_by_its_field_is_answered_by_a_ceremony_in_a_known_city(archive):
    # "جائزة الأطلس للآداب في حفل أقيم في باريس": "الأدب" was asked as the ceremony's town, and باريس is another one.
    _answered(archive, "متى تسلمت نور الحسيني جائزة الأطلس في الأدب؟", "10 ديسمبر 2025")


def test_a_length_of_time_is_no_consuls_name(archive):
    # "شغل … منصب القنصل العام للمغرب في ليون مدة ثلاث سنوات": "مدة ثلاث سنوات" was shown as the consul's name.
    answer = archive.ask("من هو القنصل العام الحالي للمغرب في ليون؟")
    assert answer.abstained and not answer.answer


def test_an_envoy_is_not_the_one_of_the_reverse_post(archive):
    # "سفيراً للمغرب لدى البرازيل" is Morocco's ambassador in Brazil, not Brazil's in Morocco.
    assert archive.ask("من هو سفير البرازيل لدى المغرب؟").abstained
    _answered(archive, "من هو سفير المغرب لدى البرازيل؟", "هشام الراشدي")


def test_the_day_of_an_oath_is_not_the_day_of_the_opening_it_followed(archive):
    # "أدى … يوم الاثنين 3 نوفمبر 2025 اليمين …، ليكون أول من يتولى المنصب بعد افتتاح السفارة": the day is the oath's.
    assert archive.ask("متى افتتحت السفارة المغربية في برازيليا؟").abstained
    _answered(archive, "متى أدى هشام الراشدي اليمين سفيراً للمغرب لدى البرازيل؟", "3 نوفمبر 2025")


def test_a_driver_named_by_his_role_alone_has_no_name(archive):
    # "بينهم سائق الشاحنة": the article never names him.
    assert archive.ask("من هو سائق شاحنة الوقود التي اصطدمت بسيارة الأجرة قرب الخمس؟").abstained


def test_a_sum_for_each_of_the_dead_is_none_for_each_of_the_injured(archive):
    # "صرف ثلاثة آلاف دينار لأسرة كل متوفى"
    assert archive.ask("كم ديناراً قررت البلدية صرفها لكل مصاب في اصطدام شاحنة الوقود قرب الخمس؟").abstained
    _answered(archive, "كم ديناراً قررت البلدية صرفها لأسرة كل متوفى في اصطدام شاحنة الوقود قرب الخمس؟", "ثلاثة آلاف")


def test_those_who_graduated_are_not_those_who_joined(archive):
    # "بتخريج 640 طالباً": no count of the students who joined this year.
    assert archive.ask("كم طالباً التحق بمعهد الواحات التقني في نزوى هذا العام؟").abstained
    _answered(archive, "كم طالباً تخرج في معهد الواحات التقني في نزوى؟", "640")


def test_a_universitys_students_are_not_one_colleges_and_a_grade_is_no_count(archive):
    # "ويدرس في الجامعة حالياً نحو 2900 طالب" counts the university; "بمعدل 93.5 في المئة" counts no student.
    assert archive.ask("كم طالباً يدرس في كلية الهندسة بجامعة النخيل؟").abstained
    _answered(archive, "كم طالباً يدرس في جامعة النخيل؟", "2900")


def test_a_grade_counts_no_student():
    question = "كم طالباً يدرس في كلية الهندسة؟"
    for text in ("وحصل الطالب يوسف الحارثي من كلية الهندسة على جائزة التفوق بمعدل 93.5 في المئة.",
                 "وحصلت الطالبة من كلية الهندسة على المرتبة الأولى بمعدل 91%."):
        cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
        assert counts_no_noun(question, sentences_of([cand], get_analyzer())[0], analyze_question(question))
    text = "ويدرس في كلية الهندسة 900 طالب."
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
    assert not counts_no_noun(question, sentences_of([cand], get_analyzer())[0], analyze_question(question))


def test_a_sum_to_return_is_no_fine(archive):
    # "وإلزامه برد 95 ألف دينار": a sum to return, no fine.
    assert archive.ask("كم ديناراً غرمت المحكمة المحاسب السابق في الجمعية الخيرية بالزرقاء؟").abstained
    assert not archive.ask("كم سنة حبس المحاسب السابق في الجمعية الخيرية بالزرقاء؟").abstained


def test_a_count_of_another_kind_after_its_noun(archive):
    # "عرضوا 40 نوعاً من العسل": no count of the kinds of wax.
    assert archive.ask("كم نوعاً من الشمع عرض في معرض العسل الجبلي في إب؟").abstained
    _answered(archive, "كم نوعاً من العسل عرض في معرض العسل الجبلي في إب؟", "40")
