"""A person's lineage names their father: "X بن Y" answers "من هو والد X" though the sentence has no word
of fatherhood (qa/nasab.py). Before, the rule that a who-answer stands by the question's event word held it
back ("no event"). Only the link of the chain that holds the asked name whole names that person's father:
the son's lineage does not name his father's father, and a given name alone is anyone's."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Short items written for these tests (invented people and places).
DRAFTS = [
    ArticleDraft(
        title="سلطان الجزر",
        text=("مراد خان الثالث بن سليم خان الأول (بالإنجليزية: Murad Khan)، هو السلطان العاشر لمملكة الجزر.\n"
              "وحكم مراد خان الثالث مملكة الجزر أربعين عاماً."),
        published="2022-06-01", source="الوطن", url="https://example.org/sultan"),
    ArticleDraft(
        title="شاعر البادية",
        text=("عمرو المهلهل بن حجر بن الحارث الكندي (500 - 540 م) هو شاعر من البادية.\n"
              "وقال محمد بن سالم إن قصائد الشاعر جمعت في ديوان."),
        published="2022-06-01", source="الوطن", url="https://example.org/bedouin-poet"),
    ArticleDraft(
        title="مؤرخ الساحل",
        text=("ابن رشدان هو عبد الكريم بن سالم، ابن رشدان أبو علي، مؤرخ من الساحل (1610 - 1671م)، ولد في المدينة القديمة.\n"
              "نادر العمري هو صديق بن فهد في الرحلة الأولى."),
        published="2022-06-01", source="الوطن", url="https://example.org/coast-historian"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("nasab") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize(("question", "father"), [
    ("من هو والد مراد خان الثالث؟", "سليم خان الأول"),  # an ordinal after the name, a bracket ends the father's
    ("من هو والد عمرو المهلهل؟", "حجر"),  # the father's own link, not his forebears
    ("من هو والد ابن رشدان؟", "سالم"),  # the lineage given after "هو": the asked name stands in no link
])
def test_the_name_after_bin_is_the_fathers(archive, question, father):
    answer = archive.ask(question)
    assert not answer.abstained
    assert answer.answer == father
    assert "بن" in answer.points[0].text


@pytest.mark.parametrize("question", [
    "من هو والد سليم خان الأول؟",  # his son's lineage names him, not his father
    "من هو والد عمرو المهلهل بن حجر بن الحارث؟",  # asked whole, its links are three people
    "من هو والد محمد؟",  # a given name alone is anyone's
    "من هو والد نادر العمري؟",  # "هو صديق بن فهد": a friend, no link of his lineage
])
def test_another_link_of_the_chain_names_no_father(archive, question):
    answer = archive.ask(question)
    assert answer.answer is None
