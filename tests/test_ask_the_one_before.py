"""Who held an office before X is the one the sentence names after "خلفاً لـ", past a title glued to its ل ("خلفاً
للدكتور …"), and never a word of X's own name: the lead's round-31 probe asked "من كان رئيس الجامعة قبل مساد؟" of a
sentence "… تعيين الدكتور إسلام مساد رئيساً لجامعة اليرموك خلفاً للدكتور نبيل الهيلات" and main b389530 answered
"إسلام", X's own first name, at 0.95. Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar.models import ArticleDraft
from conftest import archive_of

DRAFTS = [
    ArticleDraft(
        title="تعيين رئيس جديد لجامعة الساحل",
        text=("قرر مجلس الأمناء يوم الخميس تعيين الدكتور أيمن عواد رئيساً لجامعة الساحل خلفاً للدكتور وليد شاهين، "
              "الذي انتهت ولايته في مارس الماضي."),
        published="2025-04-11", source="الساحل اليوم", url="https://example.org/coast-university"),
    ArticleDraft(
        title="نادي الميناء يتعاقد مع مدرب جديد",
        text=("قررت إدارة نادي الميناء تعيين المدرب فارس خطاب مدرباً للفريق الأول خلفاً للمدرب سمير داود، بعد سلسلة "
              "من النتائج السلبية."),
        published="2025-02-03", source="الساحل اليوم", url="https://example.org/port-club-coach"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with archive_of(tmp_path_factory.mktemp("the_one_before"), DRAFTS) as arc:
        yield arc


def test_the_one_before_is_named_after_the_title(archive):
    """"خلفاً للدكتور وليد شاهين": the title glued to ل, then the predecessor's name (main: no short answer)."""
    assert archive.ask("من كان رئيس جامعة الساحل قبل عواد؟").answer == "وليد شاهين"


def test_never_a_word_of_the_persons_own_name(archive):
    """Main answered "فارس", the new coach's own first name, for the coach before him."""
    answer = archive.ask("من كان مدرب نادي الميناء قبل خطاب؟")
    assert answer.answer == "سمير داود"
