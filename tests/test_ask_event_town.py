"""The town a question puts its event in must be the one the answering sentence tells the deed in: a company's
plant opened in one town is no answer to when it opened its plant in another, which its article names only as a plan.
The companies and the towns' articles here are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.event_place import asked_town

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

DAIRY = ArticleDraft(
    title="شركة السهل للألبان تفتتح مصنعاً في بلدة الندى",
    text=("افتتحت شركة السهل للألبان مصنعها الأول في بلدة الندى يوم 4 فبراير 2021 بعد عام من أعمال البناء.\n"
          "وأوضح رئيس مجلس الإدارة أن الشركة تنوي بناء مصنع آخر في بلدة الريحان حين تتوفر الأرض المناسبة.\n"
          "ويصنع المصنع الأجبان والألبان لأسواق المنطقة."),
    published="2021-02-06", source="أخبار الريف", url="https://example.org/sahl-dairy")
GLASS = ArticleDraft(
    title="مصنع زجاج جديد في الزرقاء",
    text=("دشنت شركة البريق للزجاج مصنعها الجديد في مدينة الزرقاء يوم 17 سبتمبر 2022 بطاقة تصل إلى ألف طن شهرياً.\n"
          "وقال مدير الشركة إن دراسة تجري لإقامة فرع للشركة في عنجرة دون أن يحدد موعداً لذلك."),
    published="2022-09-18", source="أخبار الريف", url="https://example.org/bariq-glass")
# A town with ال that no list names, on both sides: the plant opened in الكرك, another one only intended in الحصن.
PAPER = ArticleDraft(
    title="مصنع للورق في الكرك",
    text=("افتتحت شركة الضياء للورق مصنعها في الكرك يوم 12 أغسطس 2020 بحضور وزير الصناعة.\n"
          "وتنوي الشركة إقامة مصنع آخر في الحصن بعد عامين."),
    published="2020-08-13", source="أخبار الريف", url="https://example.org/diyaa-paper")
# The same shape with a town's head in the sentence and a name with ال in the question.
DRUGS = ArticleDraft(
    title="شركة الفجر للأدوية تفتتح مصنعاً جديداً",
    text=("افتتحت شركة الفجر للأدوية مصنعها في مدينة الشمال يوم 5 مايو 2022 بكلفة بلغت عشرين مليون دينار.\n"
          "وتدرس الشركة افتتاح مصنع آخر في الهضبة العام المقبل."),
    published="2022-05-06", source="أخبار الريف", url="https://example.org/fajr-drugs")
# "في الانفجار" is no town: the article writes the word otherwise too ("وأدى الانفجار").
BLAST = ArticleDraft(
    title="انفجار في مستودع للغاز",
    text=("أصيب سبعة عشر عاملاً في الانفجار الذي هز مستودعاً للغاز في مدينة الضليل فجر الأحد 3 مارس 2024.\n"
          "وأدى الانفجار إلى انهيار جدار المستودع الشرقي."),
    published="2024-03-04", source="أخبار الريف", url="https://example.org/dhlail-blast")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("event_town") / "archive") as arc:
        arc.ingest([str(CORPUS)])  # an archive of some size, in which a town's name is a rare word
        assert len(arc.add_articles([DAIRY, GLASS, PAPER, DRUGS, BLAST], origin="tests").articles) == 5
        yield arc


@pytest.mark.parametrize(("question", "said"), [
    # the plant opened "في بلدة الندى"; the one in الريحان is only intended, in another sentence, which gives no day:
    # it says so (round 31: a plan's town is read after "في" and a town's head too; before, "لا تاريخ")
    ("متى افتتحت شركة السهل للألبان مصنعها في بلدة الريحان؟", "لا يقول إن ذلك حدث"),
    # a town no list names (rare in the archive) asked, another one told for the deed ("في مدينة الزرقاء"): the
    # message names the town, which the article holds only apart from the deed
    ("متى دشنت شركة البريق للزجاج مصنعها في عنجرة؟", "عنجرة"),
    # a town with ال no list names, which its article writes only after "في": the deed is told in another one
    ("متى افتتحت شركة الضياء للورق مصنعها في الحصن؟", "الحصن"),
    # (the other town's sentence tells the opening there as only weighed: it says so)
    ("متى افتتحت شركة الفجر للأدوية مصنعها في الهضبة؟", "لا يقول إن ذلك حدث"),
])
def test_a_deed_told_in_another_town_is_no_answer(archive, question, said):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None and answer.normalized is None
    assert said in answer.message


@pytest.mark.parametrize(("question", "day"), [
    ("متى افتتحت شركة السهل للألبان مصنعها في بلدة الندى؟", "2021-02-04"),
    ("متى دشنت شركة البريق للزجاج مصنعها في الزرقاء؟", "2022-09-17"),
    # no town asked: the sentence's own town is no conflict
    ("متى افتتحت شركة السهل للألبان مصنعها الأول؟", "2021-02-04"),
    ("متى افتتحت شركة الضياء للورق مصنعها في الكرك؟", "2020-08-12"),
    ("متى افتتحت شركة الفجر للأدوية مصنعها في مدينة الشمال؟", "2022-05-05"),
])
def test_the_town_told_for_the_deed_still_answers(archive, question, day):
    answer = archive.ask(question)
    assert not answer.abstained and answer.normalized == day


def test_a_word_with_al_written_otherwise_is_no_town(archive):
    # "في الانفجار" after the event, and "في مدينة الضليل" in the sentence: the blast is no other place
    answer = archive.ask("كم عاملاً أصيب في الانفجار؟")
    assert not answer.abstained and "سبعة عشر" in (answer.answer or "")


def test_which_words_after_fi_are_read_as_a_town():
    analyzer = Analyzer()
    # a word no list names is a town only when rare in the archive
    question = "متى افتتحت الشركة مصنعها في معان؟"
    stem = next(t.stem for t in analyzer.tokens(question) if t.norm == "معان")
    assert asked_town(question, analyzer, {stem: 0.9}).text == "معان"
    assert asked_town(question, analyzer, {stem: 0.3}) is None
    # a country holds towns: "في الأردن" sets no town
    assert asked_town("متى افتتحت الشركة مصنعها في الأردن؟", analyzer) is None
    # after a town's head, the name is the town; an adjective is none
    assert asked_town("متى افتتحت الشركة مصنعها في مدينة الجنوب؟", analyzer).text == "مدينة الجنوب"
    assert asked_town("متى افتتحت الشركة مصنعها في المدينة الساحلية؟", analyzer) is None
