"""What a sentence tells of its article's town, a castle's name, and who got which prize (round 27).

- A town the article never writes, with ال and a common stem ("السلط" / "السلطات"), was neither a rare word nor a town
  the article reads as one, so the opening day of a shop "في مدينة جرش" answered a question on one "في السلط".
- A sentence naming no town tells of its article's town: the staff of the shop opened in جرش is no count of a shop
  only intended "في المفرق".
- "قلعة X" with ال after the castle's word was read as the question's event word, never a constraint: another
  castle's visitors answered; and of two years' counts in one sentence, the nearest to the question's words was shown
  for the other year.
- A winner no list of given names knows ("سناء") made no name constraint, so the prize's clause was never checked; and
  "ذهبت جائزة الشعر إلى الشاعر X" told no winner of "من فاز بجائزة الشعر؟" (no verb of winning), while "من تسلم جائزة
  الشعر؟" was answered with the novelist the handing verb's clause names.

The shop, castle, writers and prizes are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.constraints import question_constraints
from akhbar.qa.question import analyze_question

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

SWEETS = ArticleDraft(
    title="الفجر للحلويات تدشن محلها الجديد في جرش",
    text=("دشنت شركة الفجر للحلويات مساء الأحد 7 أبريل 2024 محلها الجديد في مدينة جرش بحضور رئيس البلدية.\n"
          "وقال صاحب الشركة ماهر القيسي إن المحل يوظف 35 عاملاً ويبيع نحو ثلاثة أطنان من الحلوى كل شهر.\n"
          "وتنوي الشركة افتتاح محل آخر في المفرق العام القادم."),
    published="2024-04-08", source="دفتر التجارب", url="https://example.org/fajr-sweets")
CASTLE = ArticleDraft(
    title="120 ألف زائر لقلعة النسور",
    text=("ذكرت دائرة الآثار أن عدد زوار قلعة النسور بلغ في عام 2024 قرابة 120 ألف زائر، مقارنة بـ95 ألف زائر في عام 2023.\n"
          "وأشار مدير الدائرة إلى أنها أنفقت 500 ألف دينار على صيانة أبراج القلعة."),
    published="2025-01-12", source="دفتر التجارب", url="https://example.org/eagles-castle")
WRITERS = ArticleDraft(
    title="جمعية الأدباء تكرم الفائزين بجوائزها",
    text=("كرمت جمعية الأدباء مساء الخميس 3 أكتوبر 2024 الفائزين بجوائزها، فسلم رئيس الجمعية جائزة الرواية للكاتبة "
          "سناء الحمدان، فيما ذهبت جائزة الشعر إلى الشاعر زياد القاسم.\n"
          "وتعتزم الجمعية إطلاق جائزة لأدب الأطفال في العام المقبل."),
    published="2024-10-04", source="دفتر التجارب", url="https://example.org/writers-prizes")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("untold_town") / "archive") as arc:
        arc.ingest([str(CORPUS)])
        assert len(arc.add_articles([SWEETS, CASTLE, WRITERS], origin="tests").articles) == 3
        yield arc


def test_a_town_no_article_writes_is_not_the_deeds_town(archive):
    answer = archive.ask("متى دشنت شركة الفجر للحلويات محلها في السلط؟")
    assert answer.abstained and answer.normalized is None
    answer = archive.ask("متى دشنت شركة الفجر للحلويات محلها في جرش؟")
    assert not answer.abstained and answer.normalized == "2024-04-07"


def test_a_count_whose_sentence_names_no_town_is_of_the_articles_town(archive):
    # the article names المفرق only for a shop it intends to open
    answer = archive.ask("كم عاملاً يوظف محل الفجر للحلويات في المفرق؟")
    assert answer.abstained and not answer.answer
    answer = archive.ask("كم عاملاً يوظف محل الفجر للحلويات في جرش؟")
    assert not answer.abstained and answer.answer == "35 عاملاً"


def test_another_castle_is_another_castle(archive):
    question = "كم بلغ عدد زوار قلعة الربض في عام 2024؟"
    names = [c.text for c in question_constraints(question, analyze_question(question, Analyzer()), Analyzer())
             if c.kind == "name"]
    assert names == ["قلعة الربض"]
    answer = archive.ask(question)
    assert answer.abstained and "قلعة الربض" in answer.message
    answer = archive.ask("كم بلغ عدد زوار قلعة النسور في عام 2024؟")
    assert not answer.abstained and "120 ألف زائر" in (answer.answer or "")


def test_a_count_of_the_asked_year_is_read_in_its_clause(archive):
    # the sentence counts 2024's visitors first and 2023's in its second clause
    answer = archive.ask("كم بلغ عدد زوار قلعة النسور في عام 2023؟")
    assert not answer.abstained and answer.answer == "95 ألف زائر"


def test_a_winner_no_list_names_is_held_to_the_prizes_clause(archive):
    from akhbar.qa.prize_field import asked_winner

    assert asked_winner("متى تسلمت سناء الحمدان جائزة الشعر؟", Analyzer()).text == "سناء الحمدان"
    assert asked_winner("متى حصلت سناء الحمدان على جائزة الشعر؟", Analyzer()).text == "سناء الحمدان"
    answer = archive.ask("متى تسلمت سناء الحمدان جائزة الشعر؟")
    assert answer.abstained and "جائزة الشعر لسناء الحمدان" in answer.message
    answer = archive.ask("متى تسلمت سناء الحمدان جائزة الرواية؟")
    assert not answer.abstained and answer.normalized == "2024-10-03"


def test_a_persons_other_prize_does_not_answer_a_prize_only_announced(archive):
    # the poet's prize is poetry; the children's literature prize is only intended for next year
    answer = archive.ask("متى تسلم زياد القاسم جائزة أدب الأطفال؟")
    assert answer.abstained and answer.normalized is None
    # "كم بلغت قيمة جائزة …" asks no one's prize: its words are no winner
    from akhbar.qa.prize_field import asked_winner

    assert asked_winner("كم بلغت قيمة جائزة الشعر؟", Analyzer()) is None


@pytest.mark.parametrize("question", ["من فاز بجائزة الشعر؟", "من تسلم جائزة الشعر؟"])
def test_a_prize_gone_to_someone_names_its_winner(archive, question):
    answer = archive.ask(question)
    assert not answer.abstained
    assert "زياد القاسم" in answer.points[0].text
    assert answer.answer in (None, "زياد القاسم")  # never the novelist of the other clause
    decision = archive_decision(archive, question)
    assert decision.short is not None and decision.chosen.text[decision.short.start:decision.short.end] == "زياد القاسم"


def archive_decision(archive, question):
    from akhbar.qa import Answerer

    answerer = Answerer(archive.store, archive.retriever, archive.analyzer, archive.index)
    info, ranked, _, _ = answerer.evidence(question)
    return answerer.decide(question, info, ranked)
