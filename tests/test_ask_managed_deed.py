"""Who did a deed told by its verbal noun after a verb of managing: "تمكن الأمير X من دخول المدينة وإسقاط
حكم الولاة" answers "من هو الأمير الذي أسقط حكم الولاة" with X (the subject of تمكن), and "قام X بإسقاط
الطائرة" answers "من الذي أسقط الطائرة" with X, though the clause opens on other words ("وذلك بعد أن …")."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer

# Short items written for these tests: an invented prince and an invented officer.
SIEGE = ArticleDraft(
    title="نهاية حصار المدينة القديمة",
    text=("وانتهى الحصار بعد أشهر، وذلك بعد أن تمكن الأمير خالد الأول من دخول المدينة وإسقاط حكم الولاة فيها.\n"
          "وأعاد الأمير بناء الأسوار في العام التالي."),
    published="2024-07-07", source="الوطن", url="https://example.org/siege")
DRONE = ArticleDraft(
    title="إسقاط طائرة مسيرة فوق الوادي",
    text=("وقالت القيادة إن ذلك جرى بعد أن قام القائد يوسف الهاشمي بإسقاط الطائرة المسيرة فوق الوادي.\n"
          "ولم تعلن أي جهة مسؤوليتها عن إطلاق الطائرة."),
    published="2024-08-08", source="الوطن", url="https://example.org/drone")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("managed") / "archive")
    assert len(arc.add_articles([SIEGE, DRONE], origin="tests").articles) == 2
    with arc:
        yield arc


@pytest.mark.parametrize(("question", "agent"), [
    ("من هو الأمير الذي أسقط حكم الولاة؟", "خالد الأول"),
    ("من الذي أسقط الطائرة المسيرة فوق الوادي؟", "يوسف الهاشمي"),
])
def test_the_subject_of_a_verb_of_managing_did_the_deed(archive, question, agent):
    answerer = Answerer(archive.store, archive.retriever, archive.analyzer, archive.index)
    info, ranked, _, _ = answerer.evidence(question)
    decision = answerer.decide(question, info, ranked)
    assert decision.passed_rules and decision.short is not None
    assert decision.chosen.text[decision.short.start:decision.short.end] == agent
