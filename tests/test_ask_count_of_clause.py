"""Of two counts of the asked noun in one sentence, the answer is the one in the clause of the question's verb (TRUST
BUG, round 25): "كم أسرة حصلت على بطاقات جديدة؟" was answered with all the families the scheme serves, the count nearest
the question's other words, not the families that got new cards."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented town and its bread scheme).
DRAFTS = [
    ArticleDraft(
        title="بطاقات الخبز في بلدة النرجس",
        text=("ووصل عدد المستفيدين من بطاقة الخبز المدعوم في بلدة النرجس إلى 35 ألف أسرة، حصلت منها 9 آلاف أسرة على "
              "بطاقات جديدة هذا الشهر."),
        published="2025-11-20", source="الوطن", url="https://example.org/bread"),
    ArticleDraft(
        title="معرض الكتاب في بلدة الصفصاف",
        text=("افتتح معرض الكتاب في بلدة الصفصاف يوم الخميس دورته السادسة بمشاركة 140 ناشراً، بعد أن شارك في الدورة "
              "الخامسة 95 ناشراً."),
        published="2025-04-03", source="الوطن", url="https://example.org/books"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("count_clause") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_the_count_of_the_asked_deed(archive):
    answer = archive.ask("كم أسرة حصلت على بطاقات جديدة للخبز المدعوم في بلدة النرجس؟")
    assert answer.answer == "9 آلاف أسرة"


@pytest.mark.parametrize("question, count", [
    ("كم ناشراً شارك في الدورة السادسة لمعرض الكتاب في بلدة الصفصاف؟", "140 ناشراً"),
    ("كم ناشراً شارك في الدورة الخامسة لمعرض الكتاب في بلدة الصفصاف؟", "95 ناشراً"),
])
def test_the_count_of_the_asked_ordinal(archive, question, count):
    # the clause that names the asked session counts it, whichever clause holds the question's verb
    assert archive.ask(question).answer == count
