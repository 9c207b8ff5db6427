"""A when-answer said from the day of writing ("أمس الأحد") is shown with the day it resolves to, against the article's
date, or not at all: an article with no date, or a weekday the article's date disowns ("أمس الأحد" on a Thursday's page,
counted to a Wednesday), tells no day. The articles here are invented.
"""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

BRIDGE = ArticleDraft(
    title="جسر جديد فوق وادي الريحان",
    text=("افتتح محافظ الشمال أمس الأحد جسراً جديداً فوق وادي الريحان بطول 300 متر.\n"
          "وقال المحافظ إن الجسر سيختصر الطريق إلى المدينة نحو نصف ساعة."),
    published="2024-06-20", source="صوت الشمال", url="https://example.org/rayhan-bridge")  # a Thursday
MARKET = ArticleDraft(
    title="سوق شعبي جديد في بلدة النخيل",
    text="افتتحت بلدية النخيل أمس الأربعاء سوقاً شعبياً جديداً يضم مئة متجر.\nويفتح السوق أبوابه كل صباح.",
    published="2024-06-20", source="صوت الشمال", url="https://example.org/nakheel-market")
LIBRARY = ArticleDraft(
    title="مكتبة عامة في بلدة الزيتون",
    text=("دشنت بلدية الزيتون أمس الأحد مكتبة عامة تضم عشرين ألف كتاب، وكان بناؤها قد بدأ في عام 2019.\n"
          "وتفتح المكتبة أبوابها للقراء يومياً."),
    published=None, source="نشرة البلدية", url="https://example.org/zaytoun-library")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("relative_day") / "archive") as arc:
        assert len(arc.add_articles([BRIDGE, MARKET, LIBRARY], origin="tests").articles) == 3
        yield arc


def test_a_relative_day_is_shown_with_the_day_it_resolves_to(archive):
    answer = archive.ask("متى افتتحت بلدية النخيل السوق الشعبي؟")
    assert answer.answer == "أمس الأربعاء" and answer.normalized == "2024-06-19"


def test_a_weekday_the_article_date_disowns_gives_no_short_answer(archive):
    # "أمس الأحد" on a Thursday's page counts to Wednesday 2024-06-19: which Sunday it was, the archive cannot tell.
    answer = archive.ask("متى افتتح محافظ الشمال جسر وادي الريحان؟")
    assert answer.answer is None and answer.normalized is None
    assert answer.abstained or "أمس الأحد" in answer.points[0].text


def test_a_relative_day_of_an_undated_article_is_no_date_and_leaves_no_other_in_its_place(archive):
    # The opening was "أمس الأحد" of a page with no date; 2019 is when the building began, not the opening.
    answer = archive.ask("متى دشنت بلدية الزيتون المكتبة العامة؟")
    assert answer.answer is None and "2019" not in (answer.normalized or "")
