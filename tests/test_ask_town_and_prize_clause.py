"""Two constraints a sentence can meet word by word and still not answer (round 26):

- the town of the deed, when a date stands between the verb and the town ("افتتحت الشركة يوم الأحد 3 مارس 2024 مصنعها
  الجديد في مدينة السلط"): the town lay beyond the reach counted in tokens, and the question on a plant only intended in
  another town got the opening day;
- a prize and its winner: "سلم الوزير جائزة الرسم لسعاد، فيما ذهبت جائزة النحت لمازن" names Suad and the sculpture
  prize, in two clauses, and answered when Suad received the sculpture prize.

The companies, artists and towns are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.prize_field import asked_prize

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

PAPER = ArticleDraft(
    title="شركة النور للورق تفتتح مصنعها الجديد",
    text=("افتتحت شركة النور للورق يوم الأحد 3 مارس 2024 مصنعها الجديد في مدينة السلط بطاقة تبلغ مئتي طن شهرياً.\n"
          "وتنوي الشركة إقامة مصنع آخر في الحمر خلال السنوات المقبلة."),
    published="2024-03-04", source="أخبار الريف", url="https://example.org/noor-paper")
ARTS = ArticleDraft(
    title="توزيع جوائز معرض الفنون",
    text=("في ختام معرض الفنون يوم الثلاثاء 12 نوفمبر 2024، سلم وزير الثقافة جائزة الرسم لسعاد العلي، فيما ذهبت "
          "جائزة النحت لمازن الشريف.\nوشارك في المعرض أربعون فناناً من ثماني محافظات."),
    published="2024-11-13", source="أخبار الريف", url="https://example.org/arts-prizes")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("town_prize") / "archive") as arc:
        arc.ingest([str(CORPUS)])
        assert len(arc.add_articles([PAPER, ARTS], origin="tests").articles) == 2
        yield arc


def test_a_date_between_verb_and_town_does_not_hide_the_town(archive):
    # the plant opened in السلط; the one in الحمر is only intended, in a sentence with no day
    answer = archive.ask("متى افتتحت شركة النور للورق مصنعها في الحمر؟")
    assert answer.abstained and answer.normalized is None
    answer = archive.ask("متى افتتحت شركة النور للورق مصنعها في السلط؟")
    assert not answer.abstained and answer.normalized == "2024-03-03"


@pytest.mark.parametrize(("question", "said"), [
    ("متى تسلمت سعاد العلي جائزة النحت؟", "جائزة النحت للعلي"),
    ("متى فاز مازن الشريف بجائزة الرسم؟", "جائزة الرسم للشريف"),
])
def test_a_prize_of_another_clause_is_not_the_persons(archive, question, said):
    answer = archive.ask(question)
    assert answer.abstained and answer.normalized is None
    assert said in answer.message


def test_the_persons_own_prize_still_answers(archive):
    answer = archive.ask("متى تسلمت سعاد العلي جائزة الرسم؟")
    assert not answer.abstained and answer.normalized == "2024-11-12"


def test_which_prize_a_question_names():
    analyzer = Analyzer()
    assert asked_prize("متى تسلمت سعاد جائزة النحت؟", analyzer).text == "جائزة النحت"
    assert asked_prize("من فاز بجائزة أفضل مخلل؟", analyzer).words[0][0] == "مخلل"
    assert asked_prize("متى فاز نجيب محفوظ بجائزة نوبل في الأدب؟", analyzer).text == "جائزة نوبل في الأدب"
    # "الجائزة" names no prize of its own
    assert asked_prize("متى تسلم الفائز الجائزة؟", analyzer) is None
