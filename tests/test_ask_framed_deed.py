"""A deed told by its verbal noun after a verb that frames it as done ("قام X بتدشين"، "تم افتتاح") tells the
question's verb, and a question framing its deed so ("متى تم تدشين…") is told by the verb: the sentence is no "no
event". A deed only planned stays unanswered. The articles here are invented.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer

STATION = ArticleDraft(
    title="محطة لتحلية المياه في بلدة الصفا",
    text=("قام المهندس سامي العلي أمس الثلاثاء بتدشين محطة صغيرة لتحلية المياه في بلدة الصفا تكفي ثلاثة آلاف أسرة.\n"
          "وقال العلي إن المحطة تعمل بالطاقة الشمسية طوال النهار."),
    published="2024-10-16", source="أخبار الساحل", url="https://example.org/safa-station")  # a Wednesday
CLINIC = ArticleDraft(
    title="عيادة جديدة في بلدة الصفا",
    text=("وتم افتتاح العيادة الجديدة في بلدة الصفا يوم 12 مارس 2023 بحضور مدير الصحة في المحافظة.\n"
          "ويعتزم المجلس البلدي القيام بافتتاح مكتبة عامة قرب العيادة في العام المقبل."),
    published="2023-03-14", source="أخبار الساحل", url="https://example.org/safa-clinic")
BRIDGE = ArticleDraft(
    title="جسر النهر في بلدة الصفا",
    text="دشن محافظ الساحل يوم 3 مايو 2022 جسر النهر في بلدة الصفا بعد عامين من العمل.\nويربط الجسر البلدة بالطريق الساحلي.",
    published="2022-05-04", source="أخبار الساحل", url="https://example.org/safa-bridge")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("framed_deed") / "archive") as arc:
        assert len(arc.add_articles([STATION, CLINIC, BRIDGE], origin="tests").articles) == 3
        yield arc


def why(archive: Archive, question: str) -> str | None:
    answerer = Answerer(archive.store, archive.retriever, archive.analyzer, archive.index)
    info, ranked, _, _ = answerer.evidence(question)
    return answerer.decide(question, info, ranked).why


@pytest.mark.parametrize(("question", "day"), [
    ("متى دشن سامي العلي محطة تحلية المياه في بلدة الصفا؟", "2024-10-15"),  # "قام … أمس الثلاثاء بتدشين"
    ("متى افتتحت العيادة الجديدة في بلدة الصفا؟", "2023-03-12"),  # "وتم افتتاح العيادة … يوم 12 مارس 2023"
    ("متى تم تدشين جسر النهر في بلدة الصفا؟", "2022-05-03"),  # the question frames it, the sentence says "دشن"
])
def test_a_framed_deed_tells_the_question_verb(archive, question, day):
    assert why(archive, question) != "no event"
    answer = archive.ask(question)
    assert not answer.abstained and answer.normalized == day


def test_a_deed_only_intended_is_still_no_answer(archive):
    # "ويعتزم المجلس القيام بافتتاح مكتبة": planned, not done.
    answer = archive.ask("متى افتتح المجلس البلدي المكتبة العامة في بلدة الصفا؟")
    assert answer.abstained and answer.answer is None
