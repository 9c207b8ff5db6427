"""An institution named by its head and a country's adjective ("الجامعة اللبنانية", "الجامعة الأردنية") is one name the
evidence must hold as such: neither the country alone ("مجلس التعليم العالي في لبنان") nor another university of the
same country answers for it. TRUST BUG of the lead's round-31 probe: "من عين رئيساً للجامعة الأردنية؟" was answered
with the new president of another university, whose sentence names "الأردن"; and "اللبنانية" was no name at all (the
ل of "لبنان" read as glued), so "كم طالباً تضم الجامعة اللبنانية؟" took another university's count (main b389530,
0.89–0.93). Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar.models import ArticleDraft
from conftest import archive_of

DRAFTS = [
    ArticleDraft(
        title="تعيين رئيس جديد لجامعة الساحل",
        text=("قرر مجلس التعليم العالي في لبنان يوم الخميس تعيين الدكتور أيمن عواد رئيساً لجامعة الساحل خلفاً للدكتور "
              "وليد شاهين. وكان عواد يعمل عميداً لكلية الهندسة في الجامعة اللبنانية. وتضم جامعة الساحل نحو 12 ألف طالب."),
        published="2025-04-11", source="الساحل اليوم", url="https://example.org/coast-university-president"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with archive_of(tmp_path_factory.mktemp("institution_by_adjective"), DRAFTS) as arc:
        yield arc


@pytest.mark.parametrize("question", ["من عين رئيساً للجامعة اللبنانية؟", "كم طالباً تضم الجامعة اللبنانية؟"])
def test_another_university_of_the_country_answers_nothing(archive, question):
    assert archive.ask(question).answer is None


@pytest.mark.parametrize("question, answer", [
    ("من عين رئيساً لجامعة الساحل؟", "أيمن عواد"),
    ("كم طالباً تضم جامعة الساحل؟", "نحو 12 ألف طالب"),
])
def test_the_university_named_is_answered(archive, question, answer):
    assert archive.ask(question).answer == answer
