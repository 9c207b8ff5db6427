"""A team beaten to nil scored no goal: who scored its goal, or when, is no fact of a sentence telling that match
("فاز الوادي على السهل بهدف نظيف"). Before, such a sentence met every constraint (the team, the match, a goal) and
its points were shown. The clubs and players are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.team_goal import asked_goal

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"

MATCH = ArticleDraft(
    title="الوادي يتصدر الدوري",
    text=("فاز نادي الوادي على نادي السهل بهدف نظيف في المباراة التي أقيمت مساء الجمعة 14 أبريل 2023، وسجل الهدف "
          "المهاجم رامي العطار في الدقيقة 70.\nوتصدر الوادي ترتيب الدوري بهذا الفوز."),
    published="2023-04-15", source="أخبار الملاعب", url="https://example.org/wadi-sahl")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("team_goal") / "archive") as arc:
        arc.ingest([str(CORPUS)])
        arc.add_articles([MATCH], origin="tests")
        yield arc


def test_the_goal_of_a_team_beaten_to_nil_is_not_answered(archive):
    answer = archive.ask("من سجل هدف نادي السهل في مباراته أمام الوادي؟")
    assert answer.abstained and answer.answer is None and not answer.points


def test_the_winners_goal_still_answers(archive):
    answer = archive.ask("من سجل هدف نادي الوادي في مباراته أمام السهل؟")
    assert not answer.abstained
    assert "رامي العطار" in answer.points[0].text


def test_the_team_asked():
    analyzer = Analyzer()
    assert asked_goal("من سجل هدف منتخب البرتغال؟", analyzer).words[0][0] == "البرتغال"
    assert asked_goal("من سجل هدفي فرنسا في النهائي؟", analyzer).words[0][0] == "فرنسا"
    assert asked_goal("من سجل في المباراة؟", analyzer) is None
