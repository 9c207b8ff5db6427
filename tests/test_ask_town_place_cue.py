"""A town after a port's, airport's or prison's cue names that place, not the town (round 23, ask33; the base's rule
of round 22 extended): "متى هبطت أول طائرة مساعدات في مطار حلب؟" is not answered by a sentence on Aleppo's convoys,
nor "كم معتقلاً خرج من سجن حماة؟" by a count of Hama's detainees freed elsewhere. Some article of the evidence must
name the place by a cue of its kind (title or text; "مرفأ جبلة" for "ميناء جبلة"); the sentence may then name the town
alone."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Written for this test (invented flights, convoys, a port contract and a prison).
DRAFTS = [
    ArticleDraft(
        title="جسر جوي للمساعدات",
        text=("هبطت أول طائرة مساعدات في مطار دمشق الدولي يوم 12 مارس 2031 محملة بالأدوية والخيام. "
              "ووصلت في اليوم نفسه قافلة برية تضم 40 شاحنة إلى مدينة حلب عبر الطريق الدولي."),
        published="2031-03-13", source="الوطن", url="https://example.org/aid"),
    ArticleDraft(
        title="عقد جديد في ميناء جبلة",
        text="وقعت شركة البحار عقداً لإدارة المرفأ التجاري في جبلة مدة 15 عاماً. وقالت الشركة إن العمل يبدأ في الصيف.",
        published="2031-04-02", source="الوطن", url="https://example.org/port"),
    ArticleDraft(
        title="الإفراج عن معتقلين",
        text="أفرجت السلطات عن 250 معتقلاً من أبناء حماة كانوا محتجزين في سجن عدرا قرب العاصمة.",
        published="2031-05-09", source="الوطن", url="https://example.org/prison"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("town_place_cue") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_an_airport_no_article_names_is_not_its_town(archive):
    answer = archive.ask("متى هبطت أول طائرة مساعدات في مطار حلب؟")
    assert answer.abstained
    assert answer.missing == ["مطار حلب"]


def test_a_prison_no_article_names_is_not_its_town(archive):
    answer = archive.ask("كم معتقلاً خرج من سجن حماة؟")
    assert answer.abstained
    assert answer.missing == ["سجن حماة"]


def test_an_airport_named_in_the_article_answers(archive):
    answer = archive.ask("متى هبطت أول طائرة مساعدات في مطار دمشق؟")
    assert not answer.abstained
    assert answer.normalized == "2031-03-12"


def test_a_port_named_in_the_title_answers_from_a_sentence_naming_its_town(archive):
    answer = archive.ask("كم مدة عقد إدارة ميناء جبلة؟")
    assert not answer.abstained
    assert answer.answer and "15" in answer.answer
