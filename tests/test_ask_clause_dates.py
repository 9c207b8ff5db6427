"""A when-answer is the date in the clause of the question's verb: "لكن" / "بينما" open a clause of
another event as a comma does ("سيطرت … في 1830 لكنها بدأت … بعد 1850": بدأت's date is 1850, though
1830 stands nearer, right before the verb)."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented kingdom).
DRAFT = ArticleDraft(
    title="مملكة الساحل",
    text=("سيطرت مملكة الساحل على جزيرة الملح في 1830 لكنها بدأت بجدية في إعادة بناء أسطولها بعد 1850، "
          "مع التركيز على التجارة."),
    published="2022-06-01", source="الوطن", url="https://example.org/kingdom")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("clauses") / "archive")
    assert len(arc.add_articles([DRAFT], origin="tests").articles) == 1
    with arc:
        yield arc


@pytest.mark.parametrize(("question", "short"), [
    ("متى بدأت مملكة الساحل بجدية في إعادة بناء أسطولها؟", "1850"),  # was 1830, across "لكنها"
    ("متى سيطرت مملكة الساحل على جزيرة الملح؟", "1830"),
])
def test_a_date_across_lakin_belongs_to_the_other_clause(archive, question, short):
    answer = archive.ask(question)
    assert not answer.abstained and answer.answer == short
