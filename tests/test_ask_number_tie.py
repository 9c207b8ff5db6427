"""Ask does not count one noun with the number a tie word gives another: in "طالبت البلدية بتعويض قدره
40 مليون دولار عن أضرار الفيضان", 40 million is the compensation's ("قدره" ties it to تعويض), so "كم
بلغت أضرار الفيضان؟" gets no answer from it, while "كم بلغ التعويض…" does; a noun in ت after "كم بلغت"
("تكاليف") is counted like any other."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer
from akhbar.qa.question import analyze_question

# A short item written for these tests (an invented town and flood).
FLOOD = ArticleDraft(
    title="فيضان وادي السدر",
    text=("اجتاح فيضان مفاجئ بلدة وادي السدر الأسبوع الماضي وغمر الأسواق والمزارع.\n"
          "وطالبت بلدية وادي السدر شركة السد بتعويض قدره 40 مليون دولار عن أضرار الفيضان وتكاليف التنظيف."),
    published="2024-05-02", source="الوطن", url="https://example.org/flood")
# The same claim, and a sentence that does count the damage.
FLOOD_COUNTED = ArticleDraft(
    title="أضرار فيضان وادي السدر",
    text=("وطالبت بلدية وادي السدر شركة السد بتعويض قدره 40 مليون دولار عن أضرار الفيضان.\n"
          "وبلغت أضرار الفيضان في وادي السدر نحو 25 مليون دولار بحسب تقدير البلدية."),
    published="2024-05-09", source="الوطن", url="https://example.org/flood-damage")


@pytest.fixture(scope="module")
def flood(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("flood") / "archive")
    assert len(arc.add_articles([FLOOD], origin="tests").articles) == 1
    with arc:
        yield arc


def test_a_number_tied_to_another_noun_is_no_count_of_the_asked_noun(flood):
    # The sentence names the damage, but its only number is the compensation's: nothing to answer with.
    question = "كم بلغت أضرار الفيضان في وادي السدر؟"
    answerer = Answerer(flood.store, flood.retriever, flood.analyzer, flood.index)
    info, ranked, _, _ = answerer.evidence(question)
    assert answerer.decide(question, info, ranked).why == "no number"
    answer = flood.ask(question)
    assert answer.abstained and answer.answer is None and answer.points == []


def test_the_noun_the_number_is_tied_to_is_answered(flood):
    answer = flood.ask("كم بلغ التعويض الذي طالبت به بلدية وادي السدر؟")
    assert not answer.abstained
    assert "40 مليون" in answer.points[0].text


def test_a_sentence_counting_the_asked_noun_is_chosen_over_the_tied_one(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("flood2") / "archive")
    assert len(arc.add_articles([FLOOD_COUNTED], origin="tests").articles) == 1
    with arc:
        answer = arc.ask("كم بلغت أضرار الفيضان في وادي السدر؟")
        assert not answer.abstained
        assert "25 مليون" in answer.points[0].text and "40" not in (answer.answer or "")


def test_a_noun_in_ta_after_balagha_is_counted_too(flood):
    # "تكاليف" after "كم بلغت" is the counted noun (no verb follows بلغ), so the compensation's 40
    # million, which the sentence names beside "تكاليف التنظيف", is no count of the costs either.
    assert analyze_question("كم بلغت تكاليف التنظيف في وادي السدر؟").counted_is_noun
    answer = flood.ask("كم بلغت تكاليف التنظيف في وادي السدر؟")
    assert answer.abstained and "40" not in (answer.answer or "")
