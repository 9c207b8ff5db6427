"""A when-question that states its own year ("متى … عام 1810؟") is not answered by that year: the
sentence's "في سنة 1810 م" repeats the question, it tells nothing the asker lacks (round 20 ask27: an
absent fact took the question's own year as its short answer). A day of that year does answer it."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented kingdom and its islands).
DRAFTS = [
    ArticleDraft(
        title="جزيرة الملح",
        text=("كانت جزيرة الملح مرفأً لتجارة الحرير في المحيط، فاستولت عليها مملكة الساحل في سنة 1810 م "
              "بعد حصار طويل."),
        published="2022-06-01", source="الوطن", url="https://example.org/salt"),
    ArticleDraft(
        title="جزيرة العنبر",
        text=("استولت مملكة الساحل على جزيرة العنبر في 3 مارس 1812 بعد معركة بحرية قصيرة."),
        published="2022-06-01", source="الوطن", url="https://example.org/amber"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("own_year") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_the_questions_own_year_is_no_answer(archive):
    answer = archive.ask("متى استولت مملكة الساحل على جزيرة الملح عام 1810؟")
    assert answer.abstained and "1810" not in (answer.answer or "")


def test_a_day_of_the_questions_year_answers_it(archive):
    answer = archive.ask("متى استولت مملكة الساحل على جزيرة العنبر عام 1812؟")
    assert not answer.abstained and "3 مارس 1812" in answer.answer


def test_without_the_year_the_same_sentence_answers(archive):
    answer = archive.ask("متى استولت مملكة الساحل على جزيرة الملح؟")
    assert not answer.abstained and "1810" in answer.answer
