"""A question that gives its event a cause asks about that event only: the lead's round-32 probe asked "كم رحلة ألغيت
في المطار بسبب العاصفة؟" of an archive whose flights were cancelled by a strike (a storm told only in another story) and
main e0af6a4 answered the strike's count at 0.94. Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar.models import ArticleDraft
from conftest import archive_of

DRAFTS = [
    ArticleDraft(
        title="إضراب عمال الموانئ يوقف حركة الشحن",
        text=("توقفت حركة الشحن في ميناء الحديدة يوم الأربعاء، وتأخرت 14 سفينة عن التفريغ بسبب إضراب نفذه عمال الموانئ "
              "احتجاجاً على تأخر رواتبهم."),
        published="2025-06-04", source="صحيفة الساحل", url="https://example.org/port-strike"),
    ArticleDraft(
        title="عاصفة رملية تضرب المناطق الشرقية",
        text="ضربت عاصفة رملية قوية المناطق الشرقية مساء الخميس، وخفضت مدى الرؤية إلى أقل من مئة متر.",
        published="2025-06-05", source="صحيفة الساحل", url="https://example.org/sand-storm"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with archive_of(tmp_path_factory.mktemp("cause_asked"), DRAFTS) as arc:
        yield arc


def test_another_cause_is_not_answered(archive):
    """The ships were held by a strike; no article tells a storm holding them (main: "14 سفينة")."""
    answer = archive.ask("كم سفينة تأخرت عن التفريغ في ميناء الحديدة بسبب العاصفة؟")
    assert answer.abstained and answer.answer is None


def test_the_cause_told_is_answered(archive):
    assert archive.ask("كم سفينة تأخرت عن التفريغ في ميناء الحديدة بسبب الإضراب؟").answer == "14 سفينة"


def test_a_question_without_a_cause_is_answered(archive):
    assert archive.ask("كم سفينة تأخرت عن التفريغ في ميناء الحديدة؟").answer == "14 سفينة"
