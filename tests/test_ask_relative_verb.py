"""Who did it, asked by a noun and a relative clause: "من هو الحاكم … الذي دعا …" asks the agent of دعا
(qa/question._relative_verb). The sentence that tells it ("دعا X التجار …") names no الحاكم, so the head noun,
read as the question's event word, had held the answer back ("no event"); a passive or a head carried back by a
preposition ("المبادئ التي بني عليها") asks no agent."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.question import analyze_question

# Short items written for these tests (invented people and events).
DRAFTS = [
    ArticleDraft(
        title="تجار الساحل",
        text=("دعا الأمير منصور القحطاني، سيد الإقليم الشرقي، تجار الساحل إلى الإقامة في مدنه، وتولى عدد من "
              "أبنائهم مناصب رفيعة."),
        published="2022-06-01", source="الوطن", url="https://example.org/coast"),
    ArticleDraft(
        title="جسر الوادي",
        text="وقال الوزير خالد العنزي إن المهندسين أتموا بناء جسر الوادي الجديد، بعد أن افتتحه الحاكم في الربيع.",
        published="2022-06-01", source="الوطن", url="https://example.org/bridge"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("relative") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_the_agent_of_the_relative_verb_answers(archive):
    answer = archive.ask("من هو الحاكم الذي دعا تجار الساحل إلى الإقامة في مدنه؟")
    assert not answer.abstained
    assert answer.answer == "منصور القحطاني"


def test_a_name_beside_another_deed_is_no_agent(archive):
    # the minister speaks of the bridge; the one who opened it is named by his office only (الحاكم): no name to give
    answer = archive.ask("من هو المسؤول الذي افتتح جسر الوادي؟")
    assert answer.answer != "خالد العنزي"


@pytest.mark.parametrize(("question", "verb"), [
    ("من هو الحاكم الألماني الذي دعا التجار؟", "دعا"),
    ("من الفنان الذي رسم اللوحة؟", "رسم"),
    ("من هو اللاعب الذي سجل هدف الفوز؟", "سجل"),
    ("من الشخص الذي سُميت الجادة باسمه؟", None),  # written passive: whom it is named after, not who named it
    ("من صاحب المبادئ التي بني عليها المذهب؟", None),  # the head carried back by عليها: no agent
    ("من كتب الرواية التي فازت بالجائزة؟", None),  # the word after من may be the verb asked itself
    ("من هو اللاعب الذي تم انتقاده؟", None),  # an auxiliary tells no deed
])
def test_the_relative_verb_is_read_only_where_the_head_is_its_agent(question, verb):
    info = analyze_question(question)
    assert (info.relative[0] if info.relative else None) == verb
