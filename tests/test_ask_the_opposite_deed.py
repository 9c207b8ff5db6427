"""A sentence telling the opposite of the question's deed does not answer it: the lead's round-32 probe asked "بكم
انخفضت صادرات الفوسفات؟" of a sentence whose exports rose 12 percent, and "بكم ارتفعت أسعار الوقود؟" of one whose fuel
prices fell while vegetables rose 4 percent; main e0af6a4 answered "12 في المئة" (0.89) and "4 في المئة" (0.98), though
the claim checker read each as "opposite: … / …". Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar.models import ArticleDraft
from conftest import archive_of

DRAFTS = [
    ArticleDraft(
        title="أسعار المستهلك في تونس",
        text=("صعدت أسعار اللحوم الحمراء في تونس بنسبة 6 في المئة خلال يوليو، في حين هبطت أسعار زيت الزيتون بنسبة "
              "9 في المئة بفضل وفرة المحصول."),
        published="2025-08-05", source="نشرة السوق", url="https://example.org/tunisia-prices"),
    ArticleDraft(
        title="مبيعات السيارات الجديدة",
        text="تراجعت مبيعات السيارات الجديدة في الكويت بنسبة 15 في المئة بين أبريل ويونيو.",
        published="2025-07-20", source="نشرة السوق", url="https://example.org/kuwait-cars"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with archive_of(tmp_path_factory.mktemp("opposite_deed"), DRAFTS) as arc:
        yield arc


def test_a_rise_is_no_answer_to_how_much_it_fell(archive):
    """The sales fell 15 percent: how much they rose is not told, and the abstention says the archive tells the
    opposite (main: "15 في المئة")."""
    answer = archive.ask("بكم ارتفعت مبيعات السيارات الجديدة في الكويت؟")
    assert answer.answer is None and answer.abstained and "عكس" in answer.message


def test_the_other_item_of_the_sentence_is_no_answer(archive):
    """Meat rose 6 percent and olive oil fell 9: how much olive oil rose is not told (main: "6 في المئة")."""
    assert archive.ask("بكم صعدت أسعار زيت الزيتون في تونس؟").answer is None


def test_the_deed_told_is_answered(archive):
    assert archive.ask("بكم تراجعت مبيعات السيارات الجديدة في الكويت؟").answer == "15 في المئة"
    assert archive.ask("بكم هبطت أسعار زيت الزيتون في تونس؟").answer == "9 في المئة"


def test_yes_no_says_no_to_the_opposite(archive):
    assert archive.ask("هل ارتفعت مبيعات السيارات الجديدة في الكويت؟").answer == "لا"
