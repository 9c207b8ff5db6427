"""A yes/no question about an opening is not answered "نعم" from a closing (TRUST BUG, round 24): "فتحت" was read as
ف + تحت (a stopword), so the question's statement had no verb, and "وأغلقت السلطات المعبر …" supported "فتحت السلطات
المعبر". The article is written for this test (an invented port)."""

from __future__ import annotations

from akhbar import Archive
from akhbar.models import ArticleDraft

PORT = ArticleDraft(
    title="إغلاق معبر ميناء الصفصاف",
    text=("وأغلقت السلطات المعبر البحري الشمالي لميناء الصفصاف أمام القوارب الخاصة لمدة أسبوع بعد ضبط شحنة مهربة. "
          "وقالت إدارة الميناء إن حركة السفن التجارية مستمرة."),
    published="2024-03-14", source="الوطن", url="https://example.org/port")


def test_an_opening_is_not_answered_yes_from_a_closing(tmp_path):
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles([PORT], origin="tests")
        opened = archive.ask("هل فتحت السلطات المعبر البحري الشمالي لميناء الصفصاف؟")
        assert opened.answer != "نعم"
        closed = archive.ask("هل أغلقت السلطات المعبر البحري الشمالي لميناء الصفصاف؟")
        assert closed.answer == "نعم"
