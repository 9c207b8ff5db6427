"""What a reader checks in ask's answers on round 35's Next items: a part counted after the number by a partitive
("نال 610 منهم شهادات") lost for no counted noun; a rate set against last year's shown with "مقابل" in it, and given
for last year when last year is asked; a director of another body given for the one asked ("المدير العام للأرصاد الجوية"
for "المدير العام للطيران المدني"), and a body's words shown as his name; a part's count asked with the event's noun
before the governorate ("في عاصفة محافظة …") lost, and the injured of every governorate given for one; a stage the
article tells only as planned answered with the count of the one built; the other side's scorer given for a minute;
this edition's winner given for a which-question on the last one. Each test fails on main 13e8412 but two, which hold
what the rules leave alone (the minute of the side asked; a defendant named by a director's title, his agency's word
without its ال). The towns, teams, people and bodies
are used for invented events; articles written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.evidence import PassageCandidate, sentences_of
from akhbar.qa.question import analyze_question
from akhbar.qa.short_names import sure_names

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


def _draft(title: str, text: str, published: str, slug: str) -> ArticleDraft:
    return ArticleDraft(title=title, text=text, published=published, source="دفتر التجارب", url=f"https://example.org/{slug}")


DRAFTS = [
    _draft("ماراثون صلالة يجتذب مئات العدائين",
           "انطلق ماراثون مدينة صلالة صباح الجمعة 6 يونيو 2025 بمشاركة 900 متسابق، نال 610 منهم شهادات إتمام السباق.",
           "2025-06-07", "salalah-marathon"),
    _draft("الإشغال الفندقي في البتراء يرتفع",
           "أعلنت هيئة تنشيط السياحة يوم الاثنين 9 يونيو 2025 نتائج الموسم، وبلغت نسبة الإشغال الفندقي في البتراء 74 في "
           "المئة مقابل 61 في المئة في موسم 2023.", "2025-06-10", "petra-hotels"),
    _draft("عاصفة رملية تعلق الرحلات في مطار الملكة علياء",
           "علقت هيئة تنظيم الطيران المدني الرحلات في مطار الملكة علياء مساء الأحد 8 يونيو 2025 بسبب عاصفة رملية. وقال "
           "المدير العام للأرصاد الجوية رائد الخطيب إن سرعة الرياح تجاوزت 70 كيلومتراً في الساعة.", "2025-06-09",
           "sandstorm-flights"),
    _draft("عاصفة رملية تضرب ثلاث محافظات",
           "ضربت عاصفة رملية يوم الاثنين 9 يونيو 2025 ثلاث محافظات هي معان والطفيلة والكرك. وقال الدفاع المدني إن 12 شخصاً "
           "أصيبوا بضيق في التنفس، بينهم 5 في محافظة معان، فيما تضرر 30 منزلاً.", "2025-06-10", "sandstorm-south"),
    _draft("مشروع سكني جديد في مادبا",
           "افتتح وزير الأشغال يوم الثلاثاء 10 يونيو 2025 مشروعاً سكنياً في مادبا يضم 300 شقة. وقال مدير المشروع إن المرحلة "
           "الثانية من المشروع ستطرح للبيع لاحقاً.", "2025-06-11", "madaba-housing"),
    _draft("الفيصلي يفوز على الرمثا",
           "فاز الفيصلي على الرمثا بهدفين مقابل هدف مساء الأربعاء 11 يونيو 2025. وسجل هدفي الفيصلي المهاجم باسل النمر، بينما "
           "سجل هدف الرمثا البديل وسيم القضاة في الدقيقة 77.", "2025-06-12", "faisaly-ramtha"),
    _draft("سجن مدير وكالة سفر في إربد",
           "قضت محكمة الجنايات في إربد يوم الأحد 8 يونيو 2025 بسجن مدير وكالة سفر ثلاث سنوات بتهمة الاحتيال على معتمرين. "
           "وقالت السلطات إن 7 أشخاص تضرروا من الاحتيال، من بينهم 4 في محافظة جرش، فيما استعاد 20 شخصاً أموالهم.",
           "2025-06-09", "irbid-travel-agency"),
    _draft("فيلم الجسر يتوج في مهرجان العقبة للأفلام القصيرة",
           "اختتم مهرجان العقبة للأفلام القصيرة دورته الخامسة مساء الخميس 12 يونيو 2025 بفوز فيلم الجسر بجائزة أفضل فيلم. "
           "وعرض في الدورة السابقة 40 فيلماً من تسع دول.", "2025-06-13", "aqaba-shorts"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("partitives_stages_minutes") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_count_after_a_partitive_counts_the_noun_of_the_count_before_it(archive):
    # "نال 610 منهم": the 610 are runners ("متسابق"), of the 900 told before; the 900 took part, the 610 got certificates.
    ans = archive.ask("كم متسابقاً نال شهادات إتمام السباق في ماراثون صلالة؟")
    assert not ans.abstained and ans.answer == "610"


def test_a_rate_set_against_another_keeps_its_unit_and_a_year_asked_takes_the_other(archive):
    # "74 في المئة مقابل 61 في المئة في موسم 2023": this season's rate is 74 per cent, without "مقابل"; the 2023 season's
    # is the rate after "مقابل", which the year stands after.
    now = archive.ask("كم بلغت نسبة الإشغال الفندقي في البتراء؟")
    assert not now.abstained and now.answer == "74 في المئة"
    before = archive.ask("كم بلغت نسبة الإشغال الفندقي في البتراء في موسم 2023؟")
    assert before.abstained or before.answer == "61 في المئة"
    assert before.answer != "74 في المئة" and "مقابل" not in (before.answer or "")


def test_a_director_of_another_body_is_no_answer(archive):
    # The article names the civil aviation authority, but its director is never named: the director quoted heads the
    # meteorological department ("المدير العام للأرصاد الجوية").
    other = archive.ask("من هو المدير العام للطيران المدني؟")
    assert other.abstained
    own = archive.ask("من هو المدير العام للأرصاد الجوية؟")
    assert not own.abstained and "رائد الخطيب" in own.points[0].text


def test_a_bodys_words_after_lam_alif_lam_are_no_name():
    # "للأرصاد الجوية" after the director's title is the body he heads, not a person the title names.
    text = "وقال المدير العام للأرصاد الجوية إن سرعة الرياح تجاوزت 70 كيلومتراً في الساعة."
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
    sent = sentences_of([cand], get_analyzer())[0]
    info = analyze_question("من هو المدير العام للطيران المدني؟", get_analyzer())
    names = [sent.text[sent.spans[a][0]:sent.spans[b - 1][1]] for a, b in sure_names(sent, info)]
    assert not any(n.startswith("للأرصاد") for n in names)


def test_a_part_counted_after_bainahum_when_the_question_names_the_event_before_the_governorate(archive):
    # "12 شخصاً أصيبوا …، بينهم 5 في محافظة معان": Ma'an's injured are 5, though the question's "في عاصفة محافظة معان"
    # puts the storm's noun before the governorate.
    part = archive.ask("كم شخصاً أصيب في عاصفة محافظة معان؟")
    assert not part.abstained and part.answer == "5"
    # The 30 houses are the three governorates' together: none is Ma'an's alone, whose clause counts the injured.
    houses = archive.ask("كم منزلاً تضرر في عاصفة محافظة معان؟")
    assert houses.abstained or houses.answer is None or "30" not in houses.answer


def test_a_stage_told_only_as_planned_is_not_answered_by_the_count_of_the_one_built(archive):
    # The 300 flats are the project opened; its second stage is only to be offered later ("ستطرح للبيع لاحقاً").
    ans = archive.ask("كم شقة تضم المرحلة الثانية من المشروع السكني في مادبا؟")
    assert ans.abstained or ans.answer is None or "300" not in ans.answer


def test_a_minute_of_the_other_sides_goal_is_no_scorer_of_the_side_asked(archive):
    # "بينما سجل هدف الرمثا البديل وسيم القضاة في الدقيقة 77": the 77th minute's goal is Ramtha's, not Faisaly's.
    assert archive.ask("من سجل هدف الفيصلي في الدقيقة 77؟").abstained


def test_the_minute_of_the_side_asked_still_answers(archive):
    ans = archive.ask("من سجل هدف الرمثا في الدقيقة 77؟")
    assert not ans.abstained and any("الدقيقة 77" in p.text for p in ans.points)


def test_a_which_question_on_the_last_edition_is_not_answered_by_this_ones_winner(archive):
    # The article tells the fifth edition's winner; of the last edition it tells only how many films were shown.
    assert archive.ask("أي فيلم فاز بجائزة أفضل فيلم في الدورة السابقة من مهرجان العقبة للأفلام القصيرة؟").abstained
    assert not archive.ask("أي فيلم فاز بجائزة أفضل فيلم في مهرجان العقبة للأفلام القصيرة؟").abstained


def test_a_defendant_named_by_a_directors_title_is_no_other_body(archive):
    # "مدير الوكالة" asked, "مدير وكالة سفر" told: the same agency's director, its ال off (the director rule must not read
    # "وكالة" as another body's word).
    ans = archive.ask("كم سنة سجنت المحكمة مدير الوكالة في إربد؟")
    assert not ans.abstained and ans.answer == "ثلاث سنوات"


def test_a_count_of_a_clause_naming_no_place_is_not_the_governorates_named_in_another(archive):
    # Jerash is named after its head in a clause of its own with its part of the 7; the 20 who got their money back are
    # counted for no governorate.
    ans = archive.ask("كم شخصاً استعاد أمواله في احتيال محافظة جرش؟")
    assert ans.abstained or ans.answer is None or "20" not in ans.answer
