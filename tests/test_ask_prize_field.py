"""A prize's field is part of the prize (round 23, ask33): "متى فاز X بجائزة نوبل في الكيمياء؟" is not answered by the
sentence on X's Nobel prize in physics; ask abstains naming the prize asked. The field may be written in either of
its forms ("للآداب" / "في الأدب"), and the sentence may leave it to its article ("نال الجائزة عام …" in an article
that names the field)."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented physicist, poet, envoy and chemist).
DRAFTS = [
    ArticleDraft(
        title="العالم خالد الوراق يفوز بجائزة نوبل",
        text=("أعلنت لجنة الجائزة أمس فوز العالم خالد الوراق بجائزة نوبل في الفيزياء لعام 1971 عن أبحاثه في "
              "انكسار الضوء داخل البلورات. وكان الوراق قد درس في جامعة بغداد قبل أن ينتقل إلى باريس."),
        published="1971-10-20", source="الوطن", url="https://example.org/physics"),
    ArticleDraft(
        title="الشاعرة ليلى السمان تنال جائزة نوبل للآداب",
        text=("منحت الأكاديمية جائزة نوبل للآداب للشاعرة ليلى السمان تقديراً لدواوينها عن البحر والمنفى. "
              "وتسلمت السمان الجائزة في ديسمبر 1995 في حفل أقيم في ستوكهولم."),
        published="1995-10-12", source="الوطن", url="https://example.org/poet"),
    ArticleDraft(
        title="الدبلوماسي عمر الحلبي",
        text="نال الدبلوماسي عمر الحلبي جائزة نوبل للسلام عام 1988 لوساطته بين الجارتين بعد حرب طويلة.",
        published="2001-05-02", source="الوطن", url="https://example.org/envoy"),
    # The archive knows the chemistry prize, of someone else: the rare-word rule cannot hold the field word.
    ArticleDraft(
        title="الكيميائية فاطمة الزين",
        text="فازت الباحثة فاطمة الزين بجائزة نوبل في الكيمياء عام 1983 عن طريقة جديدة لتنقية المياه.",
        published="1983-10-19", source="الوطن", url="https://example.org/chemist"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("prize_field") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_another_field_of_the_prize_is_not_answered(archive):
    answer = archive.ask("متى فاز خالد الوراق بجائزة نوبل في الكيمياء؟")
    assert answer.abstained
    assert answer.missing == ["جائزة نوبل في الكيمياء"]


def test_the_peace_prize_is_not_the_literature_prize(archive):
    answer = archive.ask("متى فازت ليلى السمان بجائزة نوبل للسلام؟")
    assert answer.abstained
    assert answer.missing == ["جائزة نوبل للسلام"]


def test_the_field_asked_answers(archive):
    answer = archive.ask("متى فاز خالد الوراق بجائزة نوبل في الفيزياء؟")
    assert not answer.abstained
    assert answer.normalized.startswith("1971")


def test_the_field_written_otherwise_answers(archive):
    answer = archive.ask("في أي عام نال عمر الحلبي جائزة نوبل في السلام؟")
    assert not answer.abstained
    assert answer.answer and "1988" in answer.answer


def test_a_sentence_leaving_the_field_to_its_article_answers(archive):
    answer = archive.ask("متى تسلمت ليلى السمان جائزة نوبل في الأدب؟")
    assert not answer.abstained
    assert answer.answer and "1995" in answer.answer
