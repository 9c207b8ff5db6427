"""Where a deed went is a place the answer must keep: the lead's round-32 probe asked "متى وصلت سفينة المساعدات إلى
معبر رفح؟" of a sentence telling the ship's arrival at another port (the crossing named only for a later transfer) and
main e0af6a4 answered that arrival's "صباح الخميس" at 0.85: the place after "إلى" was held by the article, and the
checker's reading, "the source names العريش, not رفح", set nothing aside. Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar.models import ArticleDraft
from conftest import archive_of

DRAFTS = [
    ArticleDraft(
        title="قافلة إغاثة تصل إلى الكفرة",
        text=("وصلت قافلة إغاثة تضم 40 شاحنة إلى مطار الكفرة مساء الأحد بعد رحلة استمرت خمسة أيام. وستتوزع "
              "الشحنات لاحقاً على مخيم تازربو للنازحين."),
        published="2025-09-14", source="صحيفة الواحة", url="https://example.org/relief-convoy"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with archive_of(tmp_path_factory.mktemp("where_it_went"), DRAFTS) as arc:
        yield arc


def test_an_arrival_elsewhere_does_not_date_the_one_asked(archive):
    """The convoy reached the airport; the camp is only where its loads will go (main: "مساء الأحد")."""
    answer = archive.ask("متى وصلت قافلة الإغاثة إلى مخيم تازربو؟")
    assert answer.answer is None


def test_the_arrival_told_is_dated(archive):
    assert archive.ask("متى وصلت قافلة الإغاثة إلى مطار الكفرة؟").answer == "مساء الأحد"
