"""A cup's stage and a festival's edition are held like ordinals (round 26):

- "من سجل هدف النجوم في المباراة النهائية؟" is not answered by the semi-final's sentence, nor by the final still ahead
  ("ويلتقي النجوم في المباراة النهائية …"); a cup won is won in its final ("من فاز بكأس الدوري؟");
- "متى اختتم المهرجان دورته التاسعة؟" is not answered by the sentence closing the tenth, though the next sentence names
  the ninth; nor the fifth's closing by a sentence dating the sixth's closing and the fifth's opening, clause by clause.

The clubs, players and festival are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.stage import asked_stage, read_stages

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

CUP = ArticleDraft(
    title="النجوم إلى نهائي كأس الدوري",
    text=("فاز فريق النجوم على فريق الأمل بهدفين دون رد في نصف نهائي كأس الدوري يوم السبت 4 مايو 2024 على ملعب "
          "الشاطئ، وسجل الهدفين المهاجم خالد سمير.\nويلتقي النجوم في المباراة النهائية فريق الشروق يوم 20 مايو على "
          "ملعب القلعة."),
    published="2024-05-05", source="أخبار الملاعب", url="https://example.org/stars-cup")
OLIVES = ArticleDraft(
    title="مهرجان الزيتون يختتم دورته العاشرة",
    text=("اختتم مهرجان الزيتون الوطني يوم الخميس 7 نوفمبر 2024 دورته العاشرة بمشاركة 90 عارضاً.\n"
          "وكانت الدورة التاسعة قد شهدت مشاركة 70 عارضاً."),
    published="2024-11-08", source="أخبار الريف", url="https://example.org/olive-festival")
# Two editions in one sentence, in two clauses: the fifth was held in September, only the sixth's closing is dated.
POTTERY = ArticleDraft(
    title="مهرجان الفخار يختتم دورته السادسة",
    text=("اختتم مهرجان الفخار التقليدي دورته السادسة يوم الخميس 3 أكتوبر 2024 بمشاركة 40 حرفياً، بعد أن أقيمت "
          "الدورة الخامسة في سبتمبر 2023 بمشاركة 25 حرفياً."),
    published="2024-10-04", source="أخبار الريف", url="https://example.org/pottery-festival")

# A semi-final's venue told after "في نصف النهائي الذي أقيم …": the stage is no place.
KNIGHTS = ArticleDraft(
    title="الفرسان إلى النهائي",
    text=("فاز فريق الفرسان على فريق الجزيرة بهدفين مقابل لا شيء في نصف النهائي الذي أقيم مساء الأحد على ملعب "
          "الميناء، وسيواجه الفرسان في النهائي فريق الساحل."),
    published="2024-03-11", source="أخبار الملاعب", url="https://example.org/knights-semi")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("stage") / "archive") as arc:
        arc.ingest([str(CORPUS)])
        assert len(arc.add_articles([CUP, OLIVES, POTTERY, KNIGHTS], origin="tests").articles) == 4
        yield arc


@pytest.mark.parametrize("question", [
    "من سجل هدف النجوم في المباراة النهائية لكأس الدوري؟",  # only the semi-final was played
    "من فاز بكأس الدوري؟",  # the semi-final's winner has won no cup yet
    "متى اختتم مهرجان الزيتون دورته التاسعة؟",  # the day told closes the tenth
    "متى اختتم مهرجان الفخار دورته الخامسة؟",  # the sixth's day; the fifth's clause tells when it was held
    "أين أقيمت المباراة النهائية بين الفرسان والساحل؟",  # the final is still ahead; main showed "نصف النهائي الذي"
])
def test_another_stage_or_edition_is_no_answer(archive, question):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None and answer.normalized is None


@pytest.mark.parametrize(("question", "expected"), [
    ("متى اختتم مهرجان الزيتون دورته العاشرة؟", "7 نوفمبر 2024"),
    ("كم عارضاً شارك في الدورة التاسعة لمهرجان الزيتون؟", "70"),
    ("متى أقيمت الدورة الخامسة لمهرجان الفخار؟", "سبتمبر 2023"),
    ("متى اختتم مهرجان الفخار دورته السادسة؟", "3 أكتوبر 2024"),
    # a match ahead, asked ahead: its day is the answer
    ("متى يلتقي النجوم والشروق في المباراة النهائية؟", "20 مايو"),
])
def test_the_stage_or_edition_told_still_answers(archive, question, expected):
    answer = archive.ask(question)
    assert not answer.abstained and expected in (answer.answer or "")


def test_a_match_ahead_is_dated_ahead(archive):
    # written on 5 May 2024: "يوم 20 مايو" of the final still ahead is that month's, not May 2023 (main: 2023-05-20)
    answer = archive.ask("متى يلتقي النجوم والشروق في المباراة النهائية؟")
    assert not answer.abstained and answer.normalized == "2024-05-20"


def test_a_stage_is_no_place(archive):
    answer = archive.ask("أين أقيمت مباراة نصف النهائي بين الفرسان والجزيرة؟")
    assert "النهائي" not in (answer.answer or "")  # main: "النهائي الذي"


def test_which_stage_words_name_a_match():
    analyzer = Analyzer()

    def stages(text):
        return [(stage, reached) for stage, _, _, reached in read_stages([t.norm for t in analyzer.tokens(text)])]

    assert stages("في نصف نهائي كأس الدوري") == [(2, False)]
    assert stages("تأهل الفريق إلى المباراة النهائية") == [(1, True)]
    assert stages("أعلنت اللجنة النتائج النهائية للانتخابات") == []  # no match
    assert asked_stage("من سجل هدف النجوم في المباراة النهائية؟", analyzer).value == 1
    assert asked_stage("من تأهل إلى النهائي؟", analyzer) is None
    assert asked_stage("من فاز بكأس الدوري؟", analyzer).kind == "cup"
    assert asked_stage("متى يلتقي الفريقان في المباراة النهائية؟", analyzer).day == 1
