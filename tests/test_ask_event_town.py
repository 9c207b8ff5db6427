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


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("event_town") / "archive") as arc:
        arc.ingest([str(CORPUS)])  # an archive of some size, in which a town's name is a rare word
        assert len(arc.add_articles([DAIRY, GLASS], origin="tests").articles) == 2
        yield arc


@pytest.mark.parametrize(("question", "said"), [
    # the plant opened "في بلدة الندى"; the one in الريحان is only intended, in another sentence, which gives no day
    ("متى افتتحت شركة السهل للألبان مصنعها في بلدة الريحان؟", "لا تاريخ"),
    # a town no list names (rare in the archive) asked, another one told for the deed ("في مدينة الزرقاء"): the
    # message names the town, which the article holds only apart from the deed
    ("متى دشنت شركة البريق للزجاج مصنعها في عنجرة؟", "عنجرة"),
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
])
def test_the_town_told_for_the_deed_still_answers(archive, question, day):
    answer = archive.ask(question)
    assert not answer.abstained and answer.normalized == day


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
