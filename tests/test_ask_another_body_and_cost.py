"""What a reader checks in ask's answers on the round-31 Next items: a cause told in the relative clause of another man
("… خلفاً للمدرب X الذي أبعده النادي … بسبب …" for "لماذا أبعد <the successor>؟"); another chamber or plant of the kind than the
one asked, the question's body named by its article only in passing ("ومن المقرر أن يصوت مجلس الشيوخ …"); a cost answered
by a count of things ("بثماني عربات" for "كم كلف …؟"); a company counted by "بمشاركة N شركة" for "كم شركة شاركت …؟"
(a name cue right after كم read "شاركت" as a company's name). Each question below was answered wrongly, or not at all,
on main e0af6a4. The towns, people, clubs and bodies are invented or used for invented events; articles written for this
test.
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
    _draft("الرمثا يعين مدرباً عراقياً",
           "أعلن نادي الرمثا يوم الأربعاء 5 مارس 2025 تعيين المدرب العراقي حيدر السامرائي مديراً فنياً للفريق لموسم واحد، "
           "خلفاً للمدرب فراس العموش الذي أبعده النادي الأسبوع الماضي بسبب خلافه مع اللاعبين. وقال رئيس النادي إن "
           "السامرائي سيقود أول حصة تدريبية يوم السبت.", "2025-03-06", "ramtha-coach"),
    _draft("النواب يقرون قانون حماية المستهلك",
           "صوت مجلس النواب يوم الإثنين 10 مارس 2025 على قانون حماية المستهلك المعدل بأغلبية 64 صوتاً. ومن المقرر أن "
           "يصوت مجلس الشيوخ على القانون في دورته المقبلة.", "2025-03-11", "consumer-law"),
    _draft("عطل يوقف محطة الكهرباء في الصخرة",
           "توقفت محطة الكهرباء في مدينة الصخرة عن العمل فجر الخميس 13 مارس 2025 إثر عطل في أحد المولدات، فانقطع التيار عن "
           "نحو 40 ألف منزل. وقال الناطق باسم شركة الكهرباء وليد الحمايدة إن الفرق الفنية أعادت التيار إلى معظم "
           "الأحياء. ويجري في المدينة منذ العام الماضي إنشاء محطة التحلية الأولى على الساحل.", "2025-03-14",
           "sakhra-power"),
    _draft("قطار خفيف جديد في مدينة الواحة",
           "دشنت بلدية الواحة يوم الأحد 16 مارس 2025 خط القطار الخفيف الأول في المدينة، بثماني عربات تقل نحو 5 آلاف راكب "
           "يومياً. وقال رئيس البلدية إن الخط أنشئ بكلفة 30 مليون دينار.", "2025-03-17", "oasis-tram"),
    _draft("معرض الأثاث في مدينة النخيل",
           "افتتح وزير التجارة يوم الثلاثاء 18 مارس 2025 معرض الأثاث المنزلي في مدينة النخيل بمشاركة 62 شركة من ست دول.",
           "2025-03-19", "furniture-fair"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("another_body_and_cost") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_cause_told_in_the_relative_clause_of_another_man_is_no_answer(archive):
    # "… حيدر السامرائي …، خلفاً للمدرب فراس العموش الذي أبعده النادي الأسبوع الماضي بسبب خلافه مع اللاعبين": العموش's
    # cause (main: "خلافه مع اللاعبين" for the successor)
    result = archive.ask("لماذا أبعد المدرب حيدر السامرائي؟")
    assert result.abstained and result.answer is None
    # the man of the relative clause keeps his own cause
    answer = archive.ask("لماذا أبعد نادي الرمثا المدرب فراس العموش؟").answer
    assert answer is not None and "خلافه مع اللاعبين" in answer


def test_another_chambers_vote_dates_nothing_of_the_chamber_asked(archive):
    # "صوت مجلس النواب يوم الإثنين 10 مارس 2025 …"; the senate's vote only planned (main: "10 مارس 2025")
    result = archive.ask("متى صوت مجلس الشيوخ على قانون حماية المستهلك؟")
    assert result.abstained and result.answer is None
    assert "مجلس الشيوخ" in result.missing
    assert archive.ask("متى صوت مجلس النواب على قانون حماية المستهلك؟").answer == "10 مارس 2025"


def test_another_facility_of_the_town_is_not_the_one_asked(archive):
    # "توقفت محطة الكهرباء في مدينة الصخرة … فجر الخميس 13 مارس 2025"; the desalination plant is only being built
    # (main: "13 مارس 2025" for the desalination plant)
    result = archive.ask("متى توقفت محطة التحلية في مدينة الصخرة؟")
    assert result.abstained and result.answer is None
    assert archive.ask("متى توقفت محطة الكهرباء في مدينة الصخرة؟").answer == "13 مارس 2025"


def test_a_cost_is_a_money_amount_not_a_count(archive):
    # the tram's sentence counts its cars ("بثماني عربات"), the cost is in the next sentence (main: "بثماني" for the cost)
    answer = archive.ask("كم كلف خط القطار الخفيف في مدينة الواحة؟").answer
    assert answer is None or "دينار" in answer
    assert archive.ask("كم عربة في خط القطار الخفيف في مدينة الواحة؟").answer == "بثماني عربات"


def test_companies_counted_by_their_participation(archive):
    # "… معرض الأثاث المنزلي في مدينة النخيل بمشاركة 62 شركة" (main: silent, "شركة شاركت" read as a company's name)
    assert archive.ask("كم شركة شاركت في معرض الأثاث المنزلي؟").answer == "62 شركة"


def test_a_spokesman_of_another_body_is_no_answer(archive):
    # "وقال الناطق باسم شركة الكهرباء وليد الحمايدة …" speaks for the company, not the water ministry (main: that
    # sentence, answered)
    result = archive.ask("من هو الناطق باسم وزارة المياه؟")
    assert result.abstained and result.answer is None
    assert "الناطق باسم وزارة" in result.missing
