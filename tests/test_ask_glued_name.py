"""A name written with a preposition glued to it ("خلفاً لكمال العساف"، "واحتفت النقابة بباسل الحمود") is the name the
question asks: the matcher took one letter off a name that begins with a clitic's letter ("كمال" → "مال") and compared
it with the glued form without its own ("لكمال" → "كمال"), so the name found nothing and ask abstained naming it. The
association, the union and their people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.constraint_check import name_match

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

ARTICLES = [
    ArticleDraft(
        title="رئيسة جديدة لجمعية أصدقاء المكتبات",
        text=("انتخبت الهيئة العامة لجمعية أصدقاء المكتبات أمس السبت المهندسة ريم الخوالدة رئيسة للجمعية خلفاً لكمال "
              "العساف الذي تولى رئاسة الجمعية عام 2016.\nوقالت الخوالدة إن الجمعية ستفتح ثلاث مكتبات في القرى."),
        published="2023-04-16", source="أخبار المجتمع", url="https://example.org/libraries"),
    ArticleDraft(
        title="نقابة الفنانين تكرم أعضاءها",
        text=("واحتفت نقابة الفنانين بباسل الحمود الذي نال جائزة أفضل ممثل في مهرجان المسرح يوم 3 ديسمبر 2022.\n"
              "وقال نقيب الفنانين إن التكريم سيصبح تقليداً سنوياً."),
        published="2022-12-10", source="أخبار المجتمع", url="https://example.org/artists"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("glued") / "archive") as arc:
        arc.ingest([str(CORPUS)])
        arc.add_articles(ARTICLES, origin="tests")
        yield arc


@pytest.mark.parametrize(("question", "day"), [
    ("متى تولى كمال العساف رئاسة جمعية أصدقاء المكتبات؟", "2016"),
    # (a control: this one was found before, by the stem)
    ("متى نال باسل الحمود جائزة أفضل ممثل؟", "2022-12-03"),
])
def test_a_name_glued_to_its_preposition_is_the_name_asked(archive, question, day):
    answer = archive.ask(question)
    assert not answer.abstained and answer.normalized == day


def test_another_name_is_still_no_match():
    # glued letters come off whole: "لكمال" is "كمال", and "لجمال" is no "كمال"
    assert name_match("كمال", "كمال", ["لكمال"], ["لكمال"])
    assert name_match("كمال", "كمال", ["ولكمال"], ["ولكمال"])
    assert not name_match("كمال", "كمال", ["لجمال"], ["لجمال"])
