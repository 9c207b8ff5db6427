"""ask gives a count only where the sentence tells it of what the question names: the year asked dates the clause of its
own count ("مقارنة بـ30 ملم في سيول عام 2018"), the doer of a counting verb stands in that verb's clause ("في حين قالت
البلدية …" is no estimate of the chamber's), a clause of contrast ("بينما أيدت الحكم بسجن مدير الحسابات …") counts
another than the man the question names, and a count told beside the question's deed comes before another deed's of the
same year; nor is the one replaced ("خلفاً للمدرب المقال …") the new holder. TRUST BUGS of the lead's round 29 probe:
each question below was answered, wrongly, on main 1019ea0. Round 30 (the lead's probe, main cbc4b70): of two counts,
the one of the clause naming the person asked ("…، فيما جمع منافسه حمد السويدي 41 نقطة"). Articles written for this
test. And the ones a count says were saved ("أنقذت فرق الدفاع المدني 14 شخصاً") are no count of the dead.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

DRAFTS = [
    ArticleDraft(
        title="سيول تجتاح بلدة الكروم",
        text=("اجتاحت السيول بلدة الكروم فجر الأحد بعد أمطار غزيرة استمرت أربع ساعات. "
              "وبلغت كمية الأمطار 95 ملم، مقارنة بـ30 ملم في سيول عام 2018 التي اجتاحت البلدة نفسها. "
              "وقدرت غرفة التجارة الخسائر بنحو 60 مليون ريال، في حين قالت البلدية إنها لا تتجاوز 45 مليون ريال."),
        published="2025-11-02", source="الوطن", url="https://example.org/floods"),
    ArticleDraft(
        title="الحكم في قضية صندوق التعاونية",
        text=("أصدرت محكمة الاستئناف حكمها في قضية صندوق التعاونية يوم الأربعاء. "
              "وبرأت المحكمة شريكه كمال العلوان من تهمة التزوير، بينما أيدت الحكم بسجن مدير الحسابات ثلاث سنوات. "
              "وكانت محكمة أول درجة قد أدانت المتهمين في يونيو 2024 بالاستيلاء على 20 مليون دينار من أموال المساهمين. "
              "وأعادت السلطات إلى المساهمين 9 ملايين دينار حتى الآن، مقارنة بخمسة ملايين دينار في نهاية عام 2024."),
        published="2025-11-05", source="الوطن", url="https://example.org/fund"),
    ArticleDraft(
        title="نادي الشروق يتعاقد مع مدرب إسباني",
        text=("تعاقد نادي الشروق مع مدربه الجديد الإسباني خافيير لوبيز خلفاً للمدرب المقال أحمد النجار، الذي قاد الفريق ثلاثة مواسم. "
              "ورفض رئيس النادي الكشف عن قيمة العقد، بينما قدرتها صحيفة رياضية بنحو مليون ريال."),
        published="2025-11-08", source="الوطن", url="https://example.org/coach"),
    ArticleDraft(
        title="الرميثي يتصدر بطولة الرماية",
        text=("تصدر الرامي خالد الرميثي بطولة الخليج للرماية التي اختتمت في الدوحة مساء الخميس. "
              "وجمع الرميثي 48 نقطة في الجولة النهائية، فيما جمع منافسه حمد السويدي 41 نقطة."),
        published="2025-11-14", source="الوطن", url="https://example.org/shooting"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("count_of_its_own") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question, wrong", [
    ("كم قدرت البلدية خسائر السيول؟", "نحو 60 مليون ريال"),  # the chamber's estimate; the town's is told otherwise
    ("كم سنة حكم على كمال العلوان؟", "ثلاث سنوات"),  # acquitted: the three years are the accountant's
    ("كم مليون دينار أعادت السلطات إلى المساهمين في نهاية 2024؟", "20 مليون دينار"),  # 2024's conviction, no return
    ("كم قدر رئيس نادي الشروق قيمة العقد؟", "نحو مليون ريال"),  # he refused to tell; a newspaper estimated
    ("كم نقطة جمع خالد الرميثي في الجولة النهائية؟", "41 نقطة"),  # his rival's count
])
def test_no_count_of_another(archive, question, wrong):
    assert archive.ask(question).answer != wrong


@pytest.mark.parametrize("question, answer", [
    ("كم بلغت كمية الأمطار في سيول 2018؟", "30 ملم"),  # main: 95 ملم, this year's rain
    ("كم بلغت كمية الأمطار في بلدة الكروم؟", "95 ملم"),
    ("كم قدرت غرفة التجارة الخسائر؟", "نحو 60 مليون ريال"),
    ("كم سنة حكم على مدير الحسابات؟", "ثلاث سنوات"),
    ("كم قدرت صحيفة رياضية قيمة عقد خافيير لوبيز؟", "نحو مليون ريال"),
    # the count of the clause naming the one asked (round 30; main: "48 نقطة", the count nearest the question's words)
    ("كم نقطة جمع حمد السويدي في الجولة النهائية؟", "41 نقطة"),
    ("كم نقطة جمع الرميثي في الجولة النهائية؟", "48 نقطة"),
])
def test_the_count_of_what_is_asked(archive, question, answer):
    assert archive.ask(question).answer == answer


def test_the_one_replaced_is_not_the_new_holder(archive):
    """"خلفاً لـ" names the one the new coach came after (main answered "أحمد النجار")."""
    assert archive.ask("من هو المدرب الجديد لنادي الشروق؟").answer != "أحمد النجار"



FLOOD = ArticleDraft(
    title="فيضان وادي الريم يقطع الطريق الدولي",
    text=("قطع فيضان وادي الريم الطريق الدولي بين مدينتي الحصن والشاطئ مساء الأربعاء 12 نوفمبر 2025 بعد هطول 80 ملم من "
          "الأمطار خلال ساعتين. وأنقذت فرق الدفاع المدني 14 شخصاً حاصرتهم المياه داخل سياراتهم، فيما لقي سائق شاحنة "
          "حتفه بعد أن جرفت المياه شاحنته. وأعادت السلطات فتح الطريق صباح الجمعة."),
    published="2025-11-14", source="الطقس والناس", url="https://example.org/weather/reem-flood")


def test_the_ones_saved_are_no_count_of_the_dead(tmp_path):
    """One article alone (main answered "14 شخصاً" at 0.91: the count after "أنقذت" was of no family of people, so it
    counted the dead the question asks about)."""
    arc = Archive.open(tmp_path / "archive")
    assert len(arc.add_articles([FLOOD], origin="tests").articles) == 1
    with arc:
        assert arc.ask("كم شخصاً لقي حتفه في فيضان وادي الريم؟").answer != "14 شخصاً"
        assert arc.ask("كم شخصاً أنقذ الدفاع المدني في فيضان وادي الريم؟").answer == "14 شخصاً"
