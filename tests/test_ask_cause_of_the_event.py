"""A why-question's short answer is the cause of the event it asks about: not the event itself, told as the cause of
what it led to ("…، ما أدى إلى إصابة …"), nor the cause of another clause's deed ("إن الحريق اندلع بسبب …، وإنها
أخلت …"). TRUST BUGS of the lead's round-30 probe: both were shown at 0.96–0.98 on main cbc4b70. Articles written for this
test."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

DRAFTS = [
    ArticleDraft(
        title="حريق في سوق الخضار المركزي",
        text=("اندلع حريق في سوق الخضار المركزي بمدينة الزهراء مساء الاثنين 20 أكتوبر 2025، ما أدى إلى احتراق 35 محلاً. "
              "وقال الدفاع المدني إن الحريق اندلع بسبب تماس كهربائي في أحد المحلات، وإنه أخلى سوق اللحوم المجاور احترازياً."),
        published="2025-10-21", source="الزهراء اليوم", url="https://example.org/market-fire"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("cause_of_the_event") / "archive")
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_the_cause_of_the_event_asked(archive):
    """Main: "اندلع حريق في سوق الخضار المركزي …", the fire given as its own cause."""
    assert archive.ask("لماذا اندلع الحريق في سوق الخضار؟").answer == "تماس كهربائي في أحد المحلات"


def test_no_cause_of_another_deed(archive):
    """The meat market was evacuated as a precaution; the short circuit is the fire's cause, and the fire's clause
    before "ما أدى إلى" is the cause of the burnt shops (main: the short circuit, 0.98)."""
    answer = archive.ask("لماذا أخلى الدفاع المدني سوق الخضار؟")
    assert answer.answer is None or "تماس" not in answer.answer and "اندلع" not in answer.answer
