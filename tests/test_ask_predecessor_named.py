"""Who led a body before or after X, told by "Y … خلفاً لـX": the succession word tells the office changing hands, so
a question with another verb of leading ("قاد"، "أدار") is answered by it, and the name glued to "خلفاً لـ" is the one
before Y. The association and its heads are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

ELECTION = ArticleDraft(
    title="رئيسة جديدة لجمعية حماية المستهلك",
    text=("انتخبت الهيئة العامة لجمعية حماية المستهلك أمس السبت المحامية هالة الرفاعي رئيسة للجمعية خلفاً لسعيد "
          "البدور الذي ترأسها منذ عام 2015.\nوقالت الرفاعي إن الجمعية ستراقب أسعار الخبز."),
    published="2023-04-16", source="أخبار المجتمع", url="https://example.org/consumer-union")
# Another article of the same paper, so the archive has more than the one article on the association.
HONOURS = ArticleDraft(
    title="تكريم معلمين في إربد",
    text=("سلم محافظ إربد مساء الأحد 9 يوليو 2023 درع التميز لنادر الحوامدة مدير مدرسة الحصن الثانوية.\n"
          "واحتفت مديرية التربية بسلمى العمري التي فازت بجائزة المعلم المبدع في يونيو 2023."),
    published="2023-07-10", source="أخبار المجتمع", url="https://example.org/teachers")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("predecessor") / "archive") as arc:
        arc.ingest([str(CORPUS)])
        arc.add_articles([ELECTION, HONOURS], origin="tests")
        yield arc


def test_the_name_after_khalafan_is_the_one_before(archive):
    answer = archive.ask("من ترأس الجمعية قبل هالة الرفاعي؟")
    assert not answer.abstained and answer.answer == "سعيد البدور"


def test_the_succession_word_tells_the_office_changing_hands(archive):
    answer = archive.ask("من قاد جمعية حماية المستهلك بعد سعيد البدور؟")
    assert not answer.abstained and "هالة الرفاعي" in answer.points[0].text


@pytest.mark.parametrize("question", [
    "من قاد جمعية حماية المستهلك قبل سعيد البدور؟",  # no one is named before him
    "من سيقود جمعية حماية المستهلك بعد هالة الرفاعي؟",  # nor after her
])
def test_no_other_side_is_told(archive, question):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None
