"""A how-many question about one thing gets no count told of another: "كم يبلغ طول القناة" is not
answered by the length of a ship "التي يبلغ طولها …" in the canal (the relative clause, or the verb of
reaching before the number, names the ship as the length's owner), and "كم مدة عقد … لقاعدة X" is not
answered by a contract for another site in an article whose title alone names X."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer

# Short items written for these tests: an invented ferry in an invented canal; an invented air base, named
# after a city the lexicon knows (the question's name must be read as a place completing "قاعدة").
FERRY = ArticleDraft(
    title="عبارة تجنح في قناة زمرين",
    text=("وكانت العبارة، التي يبلغ طولها 120 متراً وحمولتها نحو 9 آلاف طن، قد جنحت فجر الأحد في الجزء الشمالي "
          "من القناة.\n"
          "وتبلغ العبارة 120 متراً طولاً، وترفع علم دولة صغيرة، وتملكها شركة نقل خاصة."),
    published="2024-03-03", source="الوطن", url="https://example.org/ferry")
BASE = ArticleDraft(
    title="من قاعدة عدن بدأت الرحلات العسكرية",
    text=("وأقلعت الطائرات من قاعدة عدن الجوية قرب ساحل البلاد الغربي، وسمح لها باستخدام مدرجها ليلاً.\n"
          "وفي عام 2015 وقعت الحكومة مع شركة أجنبية عقداً لإدارة ميناء سالمار التجاري مدة 30 عاماً، "
          "وتحدث مسؤولون عن استثمارات كبيرة لتحديث الميناء."),
    published="2024-04-04", source="الوطن", url="https://example.org/base")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("another") / "archive")
    assert len(arc.add_articles([FERRY, BASE], origin="tests").articles) == 2
    with arc:
        yield arc


def _why(arc, question):
    answerer = Answerer(arc.store, arc.retriever, arc.analyzer, arc.index)
    info, ranked, _, _ = answerer.evidence(question)
    return answerer.decide(question, info, ranked)


def test_the_length_of_a_ship_in_the_canal_is_no_length_of_the_canal(archive):
    decision = _why(archive, "كم يبلغ طول قناة زمرين؟")
    assert not decision.passed_rules
    answer = archive.ask("كم يبلغ طول قناة زمرين؟")
    assert answer.abstained and "120" not in (answer.answer or "")


def test_the_ship_s_own_length_is_still_answered(archive):
    decision = _why(archive, "كم يبلغ طول العبارة التي جنحت في قناة زمرين؟")
    assert decision.passed_rules and decision.chosen is not None
    assert "120" in decision.chosen.text[decision.short.start:decision.short.end]


def test_a_contract_for_another_site_is_no_answer_about_the_base_the_title_names(archive):
    decision = _why(archive, "كم مدة عقد استخدام الحكومة لقاعدة عدن؟")
    assert not decision.passed_rules
    answer = archive.ask("كم مدة عقد استخدام الحكومة لقاعدة عدن؟")
    assert answer.abstained and "30" not in (answer.answer or "")


def test_the_contract_of_the_site_the_sentence_names_is_answered(archive):
    decision = _why(archive, "كم مدة عقد إدارة ميناء سالمار؟")
    assert decision.passed_rules and decision.short is not None
    assert "30" in decision.chosen.text[decision.short.start:decision.short.end]
