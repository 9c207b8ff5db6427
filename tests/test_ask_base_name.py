"""A name after "قاعدة" names a base, not the town of that name (round 22, ask30): "أين تقع قاعدة حمص؟" is not
answered by a sentence on another base that stands in Homs province, nor "كم مدة عقد قاعدة تدمر؟" by a mining
contract near Palmyra. The base must be named by its cue in the evidence's article ("قاعدة X", "بقاعدتي Y وX");
the sentence itself may then call it otherwise ("ميناء X")."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (an invented kingdom, its bases and a salt company).
DRAFTS = [
    ArticleDraft(
        title="مواقع المملكة العسكرية",
        text=("تملك مملكة الساحل موقعين عسكريين رئيسيين: قاعدة الصقر الجوية قرب بلدة الريم في محافظة حمص، "
              "والمنشأة البحرية في ميناء بانياس."),
        published="2022-06-01", source="الوطن", url="https://example.org/sites"),
    ArticleDraft(
        title="عقود الملح",
        text="حصلت شركة النخيل على عقد لاستخراج الملح من مناجم قرب تدمر مدة 30 عاماً، تأخذ الشركة بموجبه نصف الإنتاج.",
        published="2022-06-01", source="الوطن", url="https://example.org/salt"),
    ArticleDraft(
        title="محطات التعاون البحري",
        text=("أقام أسطول المملكة نقطة دعم لوجستي في ميناء اللاذقية عام 1975. ووقع البلدان عام 2010 اتفاقاً يسمح "
              "باستخدام قاعدة اللاذقية البحرية مدة 25 عاماً."),
        published="2022-06-01", source="الوطن", url="https://example.org/navy"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("base_name") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_town_is_no_base_of_its_name(archive):
    answer = archive.ask("أين تقع قاعدة حمص؟")
    assert answer.abstained
    assert answer.missing == ["قاعدة حمص"]


def test_a_base_named_in_the_article_answers_from_its_port_sentence(archive):
    answer = archive.ask("متى أقام أسطول المملكة نقطة دعم في قاعدة اللاذقية؟")
    assert not answer.abstained
    assert answer.answer == "عام 1975"


def test_a_base_by_its_own_name_answers(archive):
    answer = archive.ask("أين تقع قاعدة الصقر؟")
    assert not answer.abstained
    assert "حمص" in answer.answer
