"""What the archive tells of another party is no answer about the one asked (TRUST BUGS, round 25): "من هو وزير
الطاقة؟" was answered with the former minister's name, "هل افتتح رئيس الوزراء المعرض؟" with "نعم" from a sentence where
a minister opened it on his behalf, "هل صوت جميع الأعضاء …؟" with "نعم" from "صوت بعض الأعضاء", "من افتتح المعرض نيابة
عن رئيس الوزراء؟" with the prime minister's own name, and "من سلم … إلى X؟" with the one who received it from X."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import OTHER_PARTY_MESSAGE

# Written for this test (an invented town and its people).
DRAFTS = [
    ArticleDraft(
        title="معرض الصناعات الغذائية في بلدة الريحان",
        text=("افتتح وزير الطاقة السابق ماجد الحربي يوم الإثنين معرض الصناعات الغذائية الخامس في بلدة الريحان "
              "نيابة عن رئيس الوزراء عادل النوري، بمشاركة 150 شركة. "
              "وصوت بعض أعضاء غرفة التجارة لصالح نقل المعرض إلى العاصمة في دورته المقبلة. "
              "وفي ختام الافتتاح تسلم رئيس البلدية وليد الشمري درع المعرض من مدير الغرفة."),
        published="2024-02-06", source="الوطن", url="https://example.org/fair"),
    ArticleDraft(
        title="حريق قرب ميناء الصيادين",
        text=("اشتعلت النيران في قارب صيد قرب ميناء الصيادين في بلدة المرجان فجر الخميس. "
              "واستقبل محافظ المرجان أسر الصيادين في مبنى البلدية، ثم انتقل إلى قرية اللؤلؤ لتفقد السوق. "
              "ويعد ميناء الصيادين ثالث أكبر ميناء للصيد في الساحل. "
              "ولاحق خفر السواحل قارب تهريب ثانياً قرب الجزيرة."),
        published="2024-03-08", source="الوطن", url="https://example.org/harbour"),
    ArticleDraft(
        title="جوائز مسابقة الخط العربي",
        text=("وفاز الخطاط حسن العمري بجائزة أفضل لوحة بخط الثلث، فيما ذهبت جائزة أفضل لوحة بالخط الديواني إلى الخطاطة "
              "فاطمة الصالح."),
        published="2024-05-14", source="الوطن", url="https://example.org/calligraphy"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("other_party") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize("question, told_of", [
    ("من هو وزير الطاقة؟", "وزير … السابق"),  # the former minister is no answer
    ("هل افتتح رئيس الوزراء معرض الصناعات الغذائية في بلدة الريحان؟", "نيابة … رئيس"),  # opened on his behalf
    ("هل صوت جميع أعضاء غرفة التجارة لصالح نقل المعرض إلى العاصمة؟", "بعض أعضاء"),  # some of them did
    ("هل اشتعلت النيران في قارب صيد في ميناء الصيادين؟", "قرب … ميناء"),  # near the harbour, not in it
    ("هل يعد ميناء الصيادين أكبر ميناء للصيد في الساحل؟", "ثالث أكبر"),  # the third largest
])
def test_what_is_told_of_another_party_is_not_answered(archive, question, told_of):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None
    assert answer.message == OTHER_PARTY_MESSAGE.format(told_of)


@pytest.mark.parametrize("question, wrong", [
    ("من افتتح معرض الصناعات الغذائية الخامس نيابة عن رئيس الوزراء؟", "عادل النوري"),  # the one stood in for
    ("من سلم درع المعرض إلى مدير الغرفة؟", "وليد الشمري"),  # the one who received it from him
])
def test_the_other_party_is_never_the_short_answer(archive, question, wrong):
    assert archive.ask(question).answer != wrong


def test_the_deed_of_the_party_asked_is_still_answered(archive):
    answer = archive.ask("من تسلم درع المعرض؟")
    assert not answer.abstained and answer.answer == "وليد الشمري"


@pytest.mark.parametrize("question", [
    "هل استقبل محافظ المرجان أسر الصيادين في قرية اللؤلؤ؟",  # he received them at the town hall, then went there
    "هل لاحق قارب التهريب خفر السواحل؟",  # the coast guard chased the boat
])
def test_no_yes_from_a_sentence_the_checker_closes(archive, question):
    answer = archive.ask(question)
    assert answer.abstained and answer.answer is None


def test_the_winner_of_another_prize_is_not_the_short_answer(archive):
    # the asked prize is the second clause's, which names its winner without the verb "فاز"
    assert archive.ask("من فاز بجائزة أفضل لوحة بالخط الديواني؟").answer != "حسن العمري"
    assert archive.ask("من فاز بجائزة أفضل لوحة بخط الثلث؟").answer == "حسن العمري"
