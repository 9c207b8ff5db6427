"""A word Arabic WordNet lists whole keeps its own letters where light10 would cut it to another listed word of
another root (wordtables.whole_key): the two words are not one. Our own sentences."""

from __future__ import annotations

import pytest

from akhbar.arabic import normalize
from akhbar.verify import judge_pair
from akhbar.wordtables import own_key, whole_key


@pytest.mark.parametrize(("claim", "source"), [
    # "الإعلان" (an announcement, علن) was keyed by light10's "اعل", the key of "أعلى" (highest, علو)
    ("الإعلان عن أسعار النفط الجديدة", "أعلى أسعار النفط الجديدة"),
    # "ضمان" (a guarantee, ضمن) was keyed "ضم" (joining, ضمم)
    ("أكدت الوزارة ضمان حقوق العمال المهاجرين", "أكدت الوزارة ضم حقوق العمال المهاجرين"),
    # two presents met by the stem "تعل" alone: "تعلن" (announces, أعلن) and "تعلي" (raises, أعلى)
    ("الحكومة تعلن أسعار الوقود الجديدة", "الحكومة تعلي أسعار الوقود الجديدة"),
])
def test_a_word_cut_to_another_listed_word_does_not_support(claim, source):
    verdict = judge_pair(claim, source)
    assert verdict.verdict != "supported", verdict


@pytest.mark.parametrize(("claim", "source"), [
    # the verbal noun still meets its verb, both ways, and a present meets its past and verbal noun
    ("الإعلان عن نتائج الانتخابات البلدية", "أعلنت اللجنة نتائج الانتخابات البلدية"),
    ("أعلنت اللجنة نتائج الانتخابات البلدية", "الإعلان عن نتائج الانتخابات البلدية من قبل اللجنة"),
    ("الحكومة تعلن أسعار الوقود الجديدة", "أعلنت الحكومة أسعار الوقود الجديدة"),
    ("تعلن اللجنة نتائج الانتخابات البلدية غدا", "إعلان اللجنة نتائج الانتخابات البلدية غدا"),
    # "إعادة" (عود) and "أعاد" (عيد): one pair of strong letters, still one word
    ("أعادت الحكومة فتح الحدود مع الجارة", "إعادة فتح الحدود مع الجارة من قبل الحكومة"),
])
def test_a_verbal_noun_still_meets_its_verb(claim, source):
    verdict = judge_pair(claim, source)
    assert verdict.verdict == "supported", verdict


def test_the_whole_key_of_a_word_and_its_forms():
    # the article, a pronoun and a feminine plural taken off, the word keeps its letters
    for word in ("إعلان", "الإعلان", "إعلانها", "الإعلانات"):
        assert whole_key(normalize(word)) == "اعلان", word
    assert own_key("إعلان") == "اعلان"
    assert own_key("أعلى") == "اعل"
    # one root in two spellings is no other word: "إعادة" keeps light10's key
    assert whole_key(normalize("إعادة")) == ""


def test_a_deed_awaited_is_not_told_done():
    # the verbal noun now meets its verb: a deed the sentence only awaits does not support it done
    verdict = judge_pair("أعلنت اللجنة نتائج الانتخابات البلدية", "ينتظر الشارع إعلان اللجنة نتائج الانتخابات البلدية")
    assert verdict.verdict == "unsupported", verdict
    assert "ينتظر" in verdict.reason
