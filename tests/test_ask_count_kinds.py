"""A how-many question that names which kind of thing it counts by an adjective after the counted noun
("كم منتخباً عربياً شارك…") asks for that kind, not for the whole: "بمشاركة 16 منتخباً" is the cup's
total, not the Arab teams; a sentence counting the Arab teams answers it. Articles written for these
tests (an invented cup)."""

from __future__ import annotations

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.question import analyze_question

TOTAL = ArticleDraft(
    title="انطلاق كأس الواحة لكرة اليد",
    text=("انطلقت أمس بطولة كأس الواحة لكرة اليد بمشاركة 16 منتخباً تتنافس على أربع صالات.\n"
          "وتستمر البطولة أسبوعين، ويقام النهائي في صالة المدينة الرياضية.\n"
          "وهي أول بطولة قارية تقام في مدينة عربية."),
    published="2024-04-02", source="الوطن", url="https://example.org/cup")
KINDS = ArticleDraft(
    title="المنتخبات العربية في كأس الواحة لكرة اليد",
    text=("ويشارك في كأس الواحة لكرة اليد خمسة منتخبات عربية إلى جانب منتخبات من أوروبا وآسيا.\n"
          "وتأهل منتخبان عربيان إلى الدور الثاني."),
    published="2024-04-05", source="الوطن", url="https://example.org/cup-arab")


def _archive(tmp_path_factory, name: str, drafts: list[ArticleDraft]) -> Archive:
    arc = Archive.open(tmp_path_factory.mktemp(name) / "archive")
    assert len(arc.add_articles(drafts, origin="tests").articles) == len(drafts)
    return arc


def test_the_adjective_after_the_counted_noun_is_the_kind_asked():
    from akhbar.qa.counts import asked_kinds

    question = "كم منتخباً عربياً شارك في كأس الواحة لكرة اليد؟"
    parts = [norm for norm, _ in asked_kinds(question, analyze_question(question), get_analyzer())]
    assert parts == ["عربيا"]
    # an ordinal names no kind; nor does a question without an adjective after its noun
    for plain in ("كم منتخباً شارك في كأس الواحة لكرة اليد؟", "كم هدفاً سجل الفريق في المباراة الثانية؟"):
        assert not any(p.startswith("عرب") for p, _ in asked_kinds(plain, analyze_question(plain), get_analyzer()))


def test_the_whole_is_no_count_of_the_kind_asked(tmp_path_factory):
    with _archive(tmp_path_factory, "total", [TOTAL]) as arc:
        assert arc.ask("كم منتخباً شارك في كأس الواحة لكرة اليد؟").answer == "16 منتخباً"
        answer = arc.ask("كم منتخباً عربياً شارك في كأس الواحة لكرة اليد؟")
        assert answer.abstained and answer.answer is None  # was "16 منتخباً", the whole tournament


def test_a_count_of_the_kind_asked_answers(tmp_path_factory):
    with _archive(tmp_path_factory, "kinds", [TOTAL, KINDS]) as arc:
        answer = arc.ask("كم منتخباً عربياً شارك في كأس الواحة لكرة اليد؟")
        assert not answer.abstained and "خمسة منتخبات عربية" in answer.points[0].text
