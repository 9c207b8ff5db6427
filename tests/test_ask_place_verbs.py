"""Where and at which venue an event was held: "أقيمت" / "جرت" (was held, took place) are the event verb of
a where-question, told in the archive with either ("على أي استاد أقيمت المباراة" and "وجرت المباراة على
استاد…"), never a rare word the archive does not hold. An article written for these tests (an invented cup)."""

from __future__ import annotations

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.constraints import question_constraints
from akhbar.qa.evidence import PassageCandidate, sentences_of
from akhbar.qa.question import analyze_question
from akhbar.qa.rare import rare_constraints
from akhbar.qa.short import short_answer

SEMI_FINAL = ArticleDraft(
    title="النخيل يبلغ نهائي كأس الوادي",
    text=("تأهل فريق النخيل إلى نهائي كأس الوادي بعد فوزه على فريق الساحل بهدفين دون رد.\n"
          "وجرت مباراة النخيل والساحل على استاد الوادي أمام نحو خمسة آلاف متفرج.\n"
          "ويلتقي النخيل في النهائي فريق الجبل يوم الجمعة المقبل."),
    published="2024-06-20", source="الوطن", url="https://example.org/semi-final")


def test_the_held_verb_after_the_venue_asked_is_the_event_not_a_rare_word():
    question = "على أي استاد أقيمت مباراة النخيل والساحل؟"
    analyzer = get_analyzer()
    info = analyze_question(question, analyzer)
    constraints = question_constraints(question, info, analyzer)
    assert [c.text for c in constraints if c.kind == "event"] == ["أقيمت"]
    # a word no passage holds is a rare constraint, but not the question's event verb
    assert rare_constraints(question, info, analyzer, {"اقيم": 1.0}, constraints) == []


def test_a_match_held_at_a_venue_is_told_with_another_verb(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("semi") / "archive")
    assert len(arc.add_articles([SEMI_FINAL], origin="tests").articles) == 1
    with arc:
        answer = arc.ask("على أي استاد أقيمت مباراة النخيل والساحل؟")
        assert not answer.abstained and "أقيمت" not in answer.missing
        assert "استاد الوادي" in answer.points[0].text


def test_the_event_noun_after_fi_is_no_place():
    # "في انهيار سقالة بموقع بناء الملعب": the question's own event ("انهارت السقالة") is told after في, and the place
    # after it; read whole, "انهيار سقالة بموقع" was the short answer to "أين انهارت السقالة؟" (round 24)
    text = "وأصيب ثلاثة عمال في انهيار سقالة بموقع بناء الملعب الرياضي مساء الأحد."
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
    sent = sentences_of([cand], get_analyzer())[0]
    found = short_answer(sent, analyze_question("أين انهارت السقالة؟"))
    assert found is not None and sent.text[found.start:found.end] == "بموقع بناء الملعب الرياضي"
