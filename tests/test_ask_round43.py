"""What a reader checks in ask's answers when the archive holds a near neighbour of the fact asked, not the fact (round
43, held out 29 read as dev): a city asked by its head and a sentence naming the country's adjective of another town, the
injured asked of a noun no list counts as people where the sentence tells the dead and the saved, a state after a head
glued to ب, a destination its article tells only as planned, a fleet asked where only flights are counted, one winner's
prize asked where the purse of every prize is told, a defendant whose clause holds a life term or a term told as a dual
("سنتين"), "كم سنة سجن X" read as a prison named X, an office's field asked where the sentence names another field's
holder (the abstention names the office), and a prize won by "نال" / "حصل على" for "من فاز بـ…؟".
Each rule's test fails on main f14e7e7; the controls beside them pass there too. The towns, bodies and people are used for
invented events; articles written for this test.
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
    _draft("الوفرة تسجل أعلى حرارة في الصيف",
           "سجلت محطة الرصد في بلدة الوفرة الكويتية 51.3 درجة مئوية ظهر الخميس 14 أغسطس 2025، وهي أعلى قراءة في البلاد "
           "هذا الصيف. وقال مراقب الأرصاد يوسف العنزي إن الرطوبة ستعود للارتفاع مطلع الأسبوع.", "2025-08-15", "wafra-heat"),
    _draft("مصرع سبعة حطابين في انهيار جسر خشبي",
           "لقي سبعة حطابين حتفهم وأنقذ خمسة آخرون إثر انهيار جسر خشبي فوق وادي الغابة في منطقة الدندر بولاية سنار مساء "
           "السبت 8 نوفمبر 2025. وقال المدير المالي لهيئة الغابات إن الجسر لم يخضع للصيانة منذ سنوات، فيما أمر المدير "
           "العام للهيئة عثمان الفكي بإغلاق ثلاثة جسور مماثلة.", "2025-11-09", "dinder-bridge"),
    _draft("طيران الواحة تبدأ رحلاتها إلى تبليسي",
           "دشنت شركة طيران الواحة يوم الاثنين 3 نوفمبر 2025 أولى رحلاتها المباشرة بين عمان وتبليسي، بواقع أربع رحلات "
           "أسبوعياً على طائرات بوينغ حديثة. وقالت مديرة العمليات في الشركة رنا الحديدي إن الشركة تعتزم تشغيل رحلات إلى "
           "باكو في أبريل 2026.", "2025-11-04", "waha-tbilisi"),
    _draft("مازن الحلبي بطلاً للشام في الشطرنج الخاطف",
           "توج اللاعب السوري مازن الحلبي بلقب البطولة الشامية للشطرنج الخاطف التي اختتمت في حمص يوم الجمعة 21 نوفمبر "
           "2025، بعد أن جمع ثماني نقاط. وشارك في البطولة 60 لاعباً، وبلغت جوائزها 30 ألف دولار.", "2025-11-22", "sham-blitz"),
    _draft("اختتام دوري حماة للكرة الطائرة",
           "اختتم دوري حماة للكرة الطائرة يوم السبت 29 نوفمبر 2025 بتتويج نادي العاصي باللقب. ونال الحكم الدولي سامي "
           "القاسم جائزة الروح الرياضية، وحصل النادي المنظم على منحة من وزارة الرياضة.", "2025-11-30", "hama-volleyball"),
    _draft("أحكام في قضية تهريب الوقود بمدينة أبشي",
           "قضت محكمة الجنايات في أبشي يوم الأربعاء 12 نوفمبر 2025 بالسجن المؤبد على العقيد تيمان أرديمي، وبالسجن 15 عاماً "
           "على النقيب آدم بشارة، وبالسجن سبع سنوات على أربعة جنود آخرين، في قضية تهريب الوقود. كما قضت بسجن المحاسب في "
           "الشركة سنتين، وبسجن أمين المخزن ست سنوات.", "2025-11-13", "abeche-fuel"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("round43") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_city_asked_by_its_head_is_not_its_countrys_adjective(archive):
    # "في بلدة الوفرة الكويتية": another town of the country; main gave its 51.3 degrees (0.97) for Kuwait City.
    assert archive.ask("كم درجة سجلت مدينة الكويت يوم 14 أغسطس 2025؟").abstained
    answer = archive.ask("كم درجة سجلت الكويت يوم 14 أغسطس 2025؟")  # the country is met by its adjective
    assert not answer.abstained and answer.answer and "51.3" in answer.answer


def test_the_injured_are_not_the_dead_of_a_noun_no_list_counts_as_people(archive):
    # "لقي سبعة حطابين حتفهم وأنقذ خمسة آخرون": the dead and the saved, no injured; main answered "سبعة حطابين" (0.93).
    assert archive.ask("كم حطاباً أصيب في انهيار الجسر الخشبي؟").abstained
    answer = archive.ask("كم حطاباً لقي حتفه في انهيار الجسر الخشبي؟")
    assert not answer.abstained and answer.answer and "سبعة" in answer.answer


def test_a_state_after_a_head_glued_to_b_is_held(archive):
    # "بولاية كسلا" asked, "بولاية سنار" told: another state's collapse (main: "سبعة حطابين", 0.93).
    answer = archive.ask("كم حطاباً قتل في انهيار جسر خشبي بولاية كسلا؟")
    assert answer.abstained and any("كسلا" in m for m in answer.missing)
    answer = archive.ask("كم حطاباً قتل في انهيار جسر خشبي بولاية سنار؟")
    assert not answer.abstained and answer.answer and "سبعة" in answer.answer


def test_a_destination_told_only_as_planned_is_not_done(archive):
    # "تعتزم تشغيل رحلات إلى باكو في أبريل 2026": main gave the Tbilisi route's day (0.95).
    assert archive.ask("متى دشنت طيران الواحة رحلاتها إلى باكو؟").abstained
    answer = archive.ask("متى دشنت طيران الواحة رحلاتها إلى تبليسي؟")
    assert not answer.abstained and answer.normalized == "2025-11-03"


def test_a_fleet_is_not_answered_by_the_flights_counted(archive):
    # "بواقع أربع رحلات أسبوعياً على طائرات بوينغ": no number of planes; main answered with no short answer (0.73).
    assert archive.ask("كم طائرة يضم أسطول طيران الواحة؟").abstained
    answer = archive.ask("كم رحلة أسبوعياً تشغل طيران الواحة بين عمان وتبليسي؟")
    assert not answer.abstained and answer.answer and "أربع" in answer.answer


def test_one_winners_prize_is_not_the_purse_of_every_prize(archive):
    # "وبلغت جوائزها 30 ألف دولار": every prize together; main gave it for the champion's prize.
    assert archive.ask("كم بلغت جائزة بطل البطولة الشامية للشطرنج الخاطف؟").abstained
    answer = archive.ask("كم بلغت جوائز البطولة الشامية للشطرنج الخاطف؟")
    assert not answer.abstained and answer.answer and "30 ألف" in answer.answer


def test_a_life_term_gives_the_officer_no_years_of_the_others(archive):
    # "بالسجن المؤبد على العقيد تيمان أرديمي، وبالسجن 15 عاماً على النقيب …، وبالسجن سبع سنوات على أربعة جنود": main gave
    # the colonel a count of the others' clauses.
    assert archive.ask("كم سنة سجن العقيد تيمان أرديمي؟").abstained
    answer = archive.ask("كم عاماً سجن النقيب آدم بشارة؟")
    assert not answer.abstained and answer.answer and "15" in answer.answer


def test_a_term_told_as_a_dual_is_the_defendants_count(archive):
    # "كما قضت بسجن المحاسب في الشركة سنتين، وبسجن أمين المخزن ست سنوات": main abstained "another party".
    answer = archive.ask("كم سنة سجن المحاسب؟")
    assert not answer.abstained and answer.answer == "سنتين"
    answer = archive.ask("كم سنة سجن أمين المخزن؟")
    assert not answer.abstained and answer.answer and "ست سنوات" in answer.answer


def test_how_many_years_jailed_names_no_prison(archive):
    # "كم سنة سجن المحاسب …؟" was read as a prison named "المحاسب": main abstained naming "سجن المحاسب". Read as the verb,
    # the case's sentence naming the other defendants only gives him none of their terms (their "سبع سنوات").
    answer = archive.ask("كم سنة سجن المحاسب في قضية تهريب الوقود؟")
    assert not any("سجن" in m for m in answer.missing)
    assert answer.abstained or answer.answer == "سنتين"


def test_an_offices_field_asked_is_not_another_fields_holder(archive):
    # "وقال المدير المالي لهيئة الغابات إن …، فيما أمر المدير العام للهيئة عثمان الفكي …": main named the director
    # general for the financial director (0.95); the abstention names the office asked.
    answer = archive.ask("من هو المدير المالي لهيئة الغابات؟")
    assert answer.abstained and "المدير المالي" in answer.message
    answer = archive.ask("من هو المدير العام لهيئة الغابات؟")
    assert not answer.abstained and answer.answer == "عثمان الفكي"


def test_a_prize_won_by_another_verb_of_winning(archive):
    # "ونال الحكم الدولي سامي القاسم جائزة الروح الرياضية": main showed the sentence with no name.
    answer = archive.ask("من فاز بجائزة الروح الرياضية في دوري حماة للكرة الطائرة؟")
    assert not answer.abstained and answer.answer == "سامي القاسم"
    # another prize of the sentence is no answer, nor a grant "حصل على" names
    assert archive.ask("من فاز بجائزة أفضل حكم في دوري حماة للكرة الطائرة؟").abstained
