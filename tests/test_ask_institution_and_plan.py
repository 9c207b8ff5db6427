"""Another institution of the same kind, a race only planned elsewhere, and the year a prize is for (round 28).

- "مستشفى"، "متحف"، "مكتبة" were no name cues, so the word after them ("مكتبة الأمل") made no constraint: the day a hall
  opened in one library answered a question on another, and a museum's budget answered for another museum.
- A town glued in a race's name ("سباق المفرق للجري") follows no "في", so no town was asked: the runners of the race held
  in one town answered for the race the article only says is planned in the other.
- "الفائزين بجوائزها لهذا العام" dates the prizes' year, not the ceremony: "متى تسلمت X جائزة Y؟" showed "هذا العام".

The library, museum, hospital, race and prizes are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.compose import NOT_DONE_MESSAGE
from akhbar.qa.constraints import question_constraints
from akhbar.qa.question import analyze_question

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

HOSPITAL = ArticleDraft(
    title="وزارة الصحة تفتتح قسماً للأطفال في الكرك",
    text=("افتتحت وزارة الصحة يوم الثلاثاء 5 مارس 2024 قسماً جديداً لطب الأطفال في مستشفى الأمل الحكومي بمدينة الكرك، "
          "يضم 40 سريراً.\nوقال مدير المستشفى حسام المجالي إن 25 ممرضاً يعملون في القسم الذي سيستقبل الأطفال من القرى المجاورة."),
    published="2024-03-06", source="دفتر التجارب", url="https://example.org/amal-hospital")
LIBRARY = ArticleDraft(
    title="قاعة للمطالعة في مكتبة الفجر",
    text=("افتتح محافظ إربد يوم الأحد 14 يناير 2024 قاعة جديدة للمطالعة في مكتبة الفجر العامة، وتتسع القاعة لمئة قارئ.\n"
          "وأوضحت أمينة المكتبة سعاد الربضي أن المكتبة تعير نحو 900 كتاب كل شهر."),
    published="2024-01-15", source="دفتر التجارب", url="https://example.org/fajr-library")
MUSEUM = ArticleDraft(
    title="ترميم متحف الفخار في مادبا",
    text=("خصصت وزارة السياحة 200 ألف دينار لترميم متحف الفخار في مادبا، الذي زاره العام الماضي 30 ألف سائح.\n"
          "ويضم المتحف قطعاً يعود أقدمها إلى العصر البرونزي."),
    published="2024-02-20", source="دفتر التجارب", url="https://example.org/pottery-museum")
RACE = ArticleDraft(
    title="600 متسابق في سباق الرمثا للجري",
    text=("شارك 600 متسابق صباح السبت 9 مارس 2024 في سباق الرمثا للجري الذي نظمته البلدية، وفاز بالمركز الأول العداء "
          "أنس البطاينة.\nويعتزم المنظمون إقامة سباق مشابه في المفرق العام المقبل."),
    published="2024-03-10", source="دفتر التجارب", url="https://example.org/ramtha-run")
ARTISTS = ArticleDraft(
    title="رابطة التشكيليين تكرم الفائزين",
    text=("كرمت رابطة الفنانين التشكيليين مساء الخميس 3 أكتوبر 2024 الفائزين بجوائزها لهذا العام، فسلم رئيس الرابطة "
          "جائزة الرسم الزيتي للفنانة هالة الشريف، وجائزة النحت للفنان مازن داود."),
    published="2024-10-04", source="دفتر التجارب", url="https://example.org/artists-prizes")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("institution_plan") / "archive") as arc:
        arc.ingest([str(CORPUS)])
        assert len(arc.add_articles([HOSPITAL, LIBRARY, MUSEUM, RACE, ARTISTS], origin="tests").articles) == 5
        yield arc


def _names(question: str) -> list[str]:
    analyzer = Analyzer()
    return [c.text for c in question_constraints(question, analyze_question(question, analyzer), analyzer) if c.kind == "name"]


def test_the_word_after_an_institutions_head_names_it():
    assert _names("متى افتتح المحافظ القاعة الجديدة في مكتبة الأمل؟") == ["مكتبة الأمل"]
    assert _names("كم خصصت وزارة السياحة لترميم متحف العملات؟") == ["متحف العملات"]
    assert _names("من هو مدير مستشفى الأمل؟") == ["مستشفى الأمل"]


def test_another_library_or_museum_of_the_same_deed_is_another_one(archive):
    answer = archive.ask("كم قارئاً تتسع قاعة المطالعة في مكتبة الأمل؟")
    assert answer.abstained and "مكتبة الأمل" in answer.message
    answer = archive.ask("كم خصصت وزارة السياحة لترميم متحف العملات؟")
    assert answer.abstained and "متحف العملات" in answer.message
    # the ones the articles name are still answered
    answer = archive.ask("كم قارئاً تتسع قاعة المطالعة في مكتبة الفجر؟")
    assert not answer.abstained and "قارئ" in (answer.answer or "")
    answer = archive.ask("كم خصصت وزارة السياحة لترميم متحف الفخار؟")
    assert not answer.abstained and answer.answer == "200 ألف دينار"


def test_the_head_alone_is_the_institution_its_article_names(archive):
    # "وقال مدير المستشفى … إن 25 ممرضاً …": the sentence names no hospital, its article names one, the one asked
    answer = archive.ask("كم ممرضاً يعمل في قسم الأطفال في مستشفى الأمل؟")
    assert not answer.abstained and answer.answer == "25 ممرضاً"
    answer = archive.ask("كم ممرضاً يعمل في قسم الأطفال في مستشفى السلام؟")
    assert answer.abstained and "مستشفى السلام" in answer.message
    answer = archive.ask("كم سريراً يضم قسم الأطفال في مستشفى الأمل؟")
    assert not answer.abstained and answer.answer == "40 سريراً"


def test_a_race_only_planned_in_the_town_its_name_holds_is_not_done(archive):
    for question in ("كم متسابقاً شارك في سباق المفرق للجري؟", "متى أقيم سباق المفرق للجري؟"):
        answer = archive.ask(question)
        assert answer.abstained and answer.message == NOT_DONE_MESSAGE, question
    answer = archive.ask("كم متسابقاً شارك في سباق الرمثا للجري؟")
    assert not answer.abstained and answer.answer == "600 متسابق"
    answer = archive.ask("متى أقيم سباق الرمثا للجري؟")
    assert not answer.abstained and answer.normalized == "2024-03-09"


def test_the_year_a_prize_is_for_is_no_day_it_was_handed(archive):
    answer = archive.ask("متى تسلمت هالة الشريف جائزة الرسم الزيتي؟")
    assert not answer.abstained and answer.normalized == "2024-10-03" and "هذا العام" not in (answer.answer or "")
