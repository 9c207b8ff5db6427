"""Who did it, told in the passive by the verb's noun and its agent: "تم اختطافها من قبل X" answers "من الذي
اختطف …", "إيقاف قواته من قبل X" answers "من أوقف …" (qa/roles.passive_positions). No form of the asked verb
stands in such a sentence (اختطافها carries a pronoun, إيقاف is the noun of أوقف), so the rule that a who-answer
stands by the question's event word had held it back ("no event") or shown it with no name."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

# Short items written for these tests (invented people and events).
DRAFTS = [
    ArticleDraft(
        title="سفينة الشحن",
        text=("وصلت سفينة الشحن إلى الميناء الشمالي يوم الأحد.\n"
              "وبعد أيام من وصول سفينة الشحن، تم اختطافها من قبل القائد سالم الحربي وتفيد التقارير بأنها نقلت "
              "إلى الجزر."),
        published="2022-06-01", source="الوطن", url="https://example.org/ship"),
    ArticleDraft(
        title="معركة النهر",
        text="وعبر الجيش النهر على الرغم من إيقاف قواته من قبل الجنرال فهد العتيبي في الشمال، ولكن القائد عاد لاحقاً.",
        published="2022-06-01", source="الوطن", url="https://example.org/river"),
    ArticleDraft(
        title="ناقلة النفط",
        text="وبعد أسبوع من إبحار ناقلة النفط، تم احتجازها من قبل القراصنة وقال الشيخ سالم المري إن التفاوض بدأ.",
        published="2022-06-01", source="الوطن", url="https://example.org/tanker"),
    ArticleDraft(
        title="قرى الوادي",
        text="وأحرق المسلحون قرى الوادي الأربع، وهي قرى حكمت طويلا من قبل الأمير ناصر الدوسري.",
        published="2022-06-01", source="الوطن", url="https://example.org/valley"),
    ArticleDraft(
        title="قائد القافلة",
        text=("خرجت القافلة من الواحة الغربية في الربيع.\n"
              "وبعد ثلاثة أيام من خروج القافلة، تم أسر قائدها من قبل الزرقانيين في الصحراء الكبرى.\n"
              "وتم تفتيش القافلة من قبل المسؤولين عند الحدود."),
        published="2022-06-01", source="الوطن", url="https://example.org/caravan"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("passive") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


@pytest.mark.parametrize(("question", "agent"), [
    ("من الذي اختطف سفينة الشحن؟", "سالم الحربي"),  # the verbal noun with its pronoun: اختطافها
    ("من أوقف قوات الجيش في الشمال؟", "فهد العتيبي"),  # the noun of a form IV verb: إيقاف / أوقف
])
def test_the_name_after_min_qibal_is_the_agent_of_the_verbal_noun(archive, question, agent):
    answer = archive.ask(question)
    assert not answer.abstained
    assert answer.answer == agent


def test_another_deed_is_not_told_by_the_passive(archive):
    # the sentence tells the ship was taken, not bought: no answer names the one who took it
    answer = archive.ask("من الذي اشترى سفينة الشحن؟")
    assert answer.answer is None


def test_a_name_past_the_agent_is_no_agent(archive):
    # the agent is the word the marker opens ("القراصنة", no name); the named man speaks of it in the next clause
    answer = archive.ask("من الذي احتجز ناقلة النفط؟")
    assert answer.answer != "سالم المري"


def test_a_marker_in_another_clause_names_no_agent_of_an_active_verb(archive):
    # "من قبل" after the comma belongs to "حكمت" (who ruled the villages), not to "أحرق": the prince burnt nothing
    answer = archive.ask("من الذي أحرق قرى الوادي؟")
    assert answer.answer != "ناصر الدوسري"


def test_a_people_after_the_marker_is_the_agent(archive):
    # no person is named: the agent is a people, a nisba plural with ال ("الزرقانيين"), read after من قبل only
    answer = archive.ask("من الذي أسر قائد القافلة؟")
    assert answer.answer == "الزرقانيين"


def test_a_plural_of_a_trade_is_no_agent_answer(archive):
    # "المسؤولين" names no people: the search is told, with no one to name in large type
    answer = archive.ask("من الذي فتش القافلة عند الحدود؟")
    assert answer.answer is None
