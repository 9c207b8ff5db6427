"""Who did a deed for a side ("من سجل للمغرب؟") is the doer of the clause that names that side with its ل, not the
doer of another clause that holds more of the question's other words: guard42's round-33 reading had "من سجل للأرجنتين
في نهائي كأس العالم 2022؟" answered "كيليان مبابي", who scored for France. Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar.models import ArticleDraft
from conftest import archive_of

DRAFTS = [
    ArticleDraft(
        title="المغرب يتأهل إلى نهائي كأس أفريقيا للشباب",
        text=("فاز المغرب على السنغال 3-2 في نصف نهائي كأس أفريقيا للشباب. وسجل يوسف الحداوي هدفين للمغرب، فيما أحرز "
              "السنغالي مامادو ندياي هدفين في المباراة ليصبح هداف البطولة في نصف النهائي."),
        published="2025-05-18", source="نشرة الرياضة", url="https://example.org/u20-semi"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with archive_of(tmp_path_factory.mktemp("scored_for_a_side"), DRAFTS) as arc:
        yield arc


def test_the_scorer_for_the_side_asked(archive):
    assert archive.ask("من سجل للمغرب في نصف نهائي كأس أفريقيا للشباب؟").answer == "يوسف الحداوي"


def test_no_scorer_of_the_other_side_for_a_side_the_sentence_does_not_name(archive):
    """The sentence names the Senegalese scorer without "للسنغال": no short answer rather than the Moroccan."""
    answer = archive.ask("من سجل للسنغال في نصف نهائي كأس أفريقيا للشباب؟").answer
    assert answer != "يوسف الحداوي"
